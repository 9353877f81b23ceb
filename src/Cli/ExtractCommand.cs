using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Cli;

/// <summary><c>workteam extract</c>: every fact of every document, as JSON Lines, CSV and/or a SQLite database.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var format = new Option<string>("--format", "-f") { Description = "jsonl (default) or csv (UTF-8 with BOM, for Excel).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var kinds = new Option<string>("--kinds", "-k") { Description = "Only these kinds, comma-separated: money,count,measure,percent,date,place,org,person,team." };
        var date = new Option<string>("--date") { Description = "The documents' date (YYYY-MM-DD), to resolve 去年 and year-less dates; default: each document's own." };
        var output = new Option<string>("--out", "-o") { Description = "Write the facts to FILE (atomically) instead of standard output." };
        var db = new Option<string>("--db") { Description = "Also write a SQLite database (tables documents and facts) to FILE; then standard output gets facts only with --out -." };
        var jsonlInput = new Option<bool>("--jsonl-input") { Description = "Read JSON Lines {\"doc\":…,\"text\":…} or {\"path\":…} from standard input (Hadoop Streaming mapper, Spark RDD.pipe)." };
        var root = new Option<string>("--root") { Description = "With --jsonl-input: the folder {\"path\":…} lines may read from (links resolved); without it no \"path\" is read." };
        var force = new Option<bool>("--force") { Description = "With --db: replace the documents and facts of an existing WorkTeam database (other tables are kept)." };
        var append = new Option<bool>("--append") { Description = "With --db: add to the documents and facts of an existing WorkTeam database." };
        var gazetteer = new GazetteerOption();

        var command = new Command("extract", """
            Extract money, counts, measures, percentages, dates, places, organisations, people and work teams.
            One record per fact (docs/facts.md): doc, kind, text, start, end, value, max, unit, currency, approx, level, parent, subject, code, place, period, actor, scope.

            Examples:
              workteam extract seeds/
              workteam extract --format csv --out facts.csv reports/
              workteam extract --db facts.db --kinds money,count --date 2021-07-13 reports/
              workteam extract --include '*.txt' --exclude 'draft*' --jobs 2 reports/
              cat shard.jsonl | workteam extract --jsonl-input > facts.jsonl
              workteam extract --gazetteer my-villages.tsv reports/
            """)
        {
            format, kinds, date, output, db, jsonlInput, root, force, append, gazetteer.Option,
        };
        inputs.AddTo(command);
        var options = new ExtractOptions(inputs, format, kinds, date, output, db, jsonlInput, root, force, append);
        command.SetAction(parse =>
        {
            if (ReadSettings(parse, options) is not { } settings)
            {
                return WorkTeamCommand.UsageError;
            }
            // One's own gazetteer reaches the analyzer and the database's places table.
            var own = gazetteer.Load(parse, parse.InvocationConfiguration.Error, "extract", out var failed);
            var run = own is null ? context : context with { Pipeline = context.Pipeline.WithGazetteer(own) };
            return GazetteerOption.Worst(Run(run, parse, options.Inputs, settings, own), failed);
        });
        return command;
    }

    /// <summary>What a run of <c>extract</c> was asked for, once the command line is checked.</summary>
    private sealed record ExtractSettings(
        int Jobs, FactKinds Kinds, DateOnly? DocumentDate, bool FromJsonl, string? RootFull, DbMode DbMode, bool Csv, string? OutPath, string? DbPath);

    /// <summary>The options of <c>extract</c> beside the inputs'.</summary>
    private sealed record ExtractOptions(
        InputOptions Inputs, Option<string> Format, Option<string> Kinds, Option<string> Date, Option<string> Output, Option<string> Db,
        Option<bool> JsonlInput, Option<string> Root, Option<bool> Force, Option<bool> Append);

    /// <summary>The settings of the command line, or null after naming the usage error on standard error.</summary>
    private static ExtractSettings? ReadSettings(ParseResult parse, ExtractOptions o)
    {
        var stderr = parse.InvocationConfiguration.Error;
        if (o.Inputs.JobsOrError(parse, stderr) is not { } jobs
            || !TryParseKinds(parse.GetValue(o.Kinds), stderr, out var kindSet)
            || !TryParseDate(parse.GetValue(o.Date), stderr, out var documentDate))
        {
            return null;
        }
        bool fromJsonl = parse.GetValue(o.JsonlInput);
        var paths = parse.GetValue(o.Inputs.Paths) ?? [];
        if (fromJsonl && paths.Length > 0)
        {
            stderr.WriteLine("workteam extract: --jsonl-input reads standard input; name no PATH.");
            return null;
        }
        if (parse.GetValue(o.Force) && parse.GetValue(o.Append))
        {
            stderr.WriteLine("workteam extract: --force replaces a database and --append adds to it; give one of them.");
            return null;
        }
        string? rootPath = parse.GetValue(o.Root);
        if (rootPath is not null && !Directory.Exists(rootPath))
        {
            stderr.WriteLine($"workteam extract: --root '{rootPath}' is not a folder.");
            return null;
        }
        string? rootFull = rootPath is null ? null : OutputLock.ResolveLinks(Path.GetFullPath(rootPath));
        var dbMode = parse.GetValue(o.Force) ? DbMode.Replace : parse.GetValue(o.Append) ? DbMode.Append : DbMode.Create;
        bool csv = parse.GetValue(o.Format) == "csv";
        string? outPath = parse.GetValue(o.Output);
        string? dbPath = parse.GetValue(o.Db);
        foreach (var target in new[] { outPath, dbPath })
        {
            if (target is not null and not "-" && Path.GetDirectoryName(Path.GetFullPath(target)) is { } folder && !Directory.Exists(folder))
            {
                stderr.WriteLine($"workteam: cannot write '{target}': folder '{folder}' does not exist.");
                return null;
            }
        }
        return new ExtractSettings(jobs, kindSet, documentDate, fromJsonl, rootFull, dbMode, csv, outPath, dbPath);
    }

    /// <summary>Opens the outputs (the database first), extracts every input in order and commits the outputs.</summary>
    private static int Run(CliContext context, ParseResult parse, InputOptions inputs, ExtractSettings settings, Gazetteer? own)
    {
        var (_, kindSet, documentDate, fromJsonl, rootFull, dbMode, csv, outPath, dbPath) = settings;
        var stderr = parse.InvocationConfiguration.Error;
        var stdout = parse.InvocationConfiguration.Output;
        // The database first: a refused --db (not WorkTeam's, or existing without --force/--append) leaves --out untouched too.
        using var store = dbPath is null ? null : new SqliteFactStore(dbPath, dbMode, own);
        using var outFile = outPath is null or "-" ? null : new AtomicFile(outPath);
        using var fileWriter = outFile?.OpenWriter();
        // With --db alone, the database is the output: thousands of documents' facts are not dumped on the terminal.
        TextWriter? writer = fileWriter ?? (dbPath is null || outPath == "-" ? stdout : null);
        foreach (var written in new[] { outPath is null or "-" ? null : outPath, outFile?.TempPath, dbPath, store?.WritePath })
        {
            if (written is not null)
            {
                inputs.Outputs.Add(written);
            }
        }
        if (csv && writer is not null)
        {
            writer.Write('\uFEFF');
            writer.Write(FactFormat.CsvLine(FactFormat.Columns));
        }

        // A document's lines go into a pooled buffer that the consumer writes out and gives back: no string
        // the size of the output is made per document. A block is formatted whole before its first document is
        // written, so up to a buffer per document of the blocks in flight (4 x jobs blocks of up to 256) are live
        // at the peak; the pool keeps at most 8 x jobs of them once written (and none over 1-2 MB), the rest are
        // dropped, so what the run holds after a peak is bounded by the jobs, not by the blocks' size.
        // JSON Lines are formatted as UTF-8 and copied to the output's stream as they are (Utf8Lines); CSV
        // rows, with their cells made safe for spreadsheets, go through a builder and the writer.
        // A new buffer starts small and grows by doubling: most of a block's buffers are new ones (the pool keeps 8 a job,
        // a block formats up to 256 documents before the first is written), and at 16 KB each they were ~530 MB allocated
        // and cleared for the 9.4 MB speed corpus (32,550 documents with facts, 274 bytes of JSON Lines each on average).
        int pooled = 8 * settings.Jobs;
        var builders = new ScratchPool<StringBuilder>(() => new StringBuilder(FirstBufferSize), b => b.Capacity <= 1 << 20, b => b.Clear(), pooled);
        var buffers = new ScratchPool<Utf8Lines>(() => new Utf8Lines(FirstBufferSize), b => b.Capacity <= 1 << 21, b => b.Clear(), pooled);
        var sink = writer is not null && !csv ? new Utf8Sink(writer) : null;

        (IReadOnlyList<Fact> Facts, StringBuilder? Rows, Utf8Lines? Lines) Format(RunDocument document, IReadOnlyList<Fact> facts)
        {
            if (kindSet != FactKinds.All)
            {
                facts = facts.Where(f => (f.Kind & kindSet) != 0).ToList();
            }
            if (writer is null || facts.Count == 0)
            {
                return (facts, null, null);
            }
            if (csv)
            {
                var rows = builders.Rent();
                foreach (var fact in facts)
                {
                    FactFormat.AppendCsvLine(rows, FactFormat.CsvCells(document.Doc, fact));
                }
                return (facts, rows, null);
            }
            var lines = buffers.Rent();
            foreach (var fact in facts)
            {
                FactFormat.AppendJsonLine(lines, document.Doc, fact);
                lines.Append('\n');
            }
            return (facts, null, lines);
        }

        (IReadOnlyList<Fact> Facts, StringBuilder? Rows, Utf8Lines? Lines) Work(RunDocument document) =>
            Format(document, context.Pipeline.Extract(document.Document, kindSet, documentDate));

        // A block of documents read by the library stage by stage (DocumentRun names a document that fails alone).
        IReadOnlyList<(IReadOnlyList<Fact> Facts, StringBuilder? Rows, Utf8Lines? Lines)> WorkBlock(IReadOnlyList<RunDocument> documents)
        {
            var facts = context.Pipeline.ExtractEach([.. documents.Select(d => d.Document)], kindSet, documentDate);
            var results = new (IReadOnlyList<Fact> Facts, StringBuilder? Rows, Utf8Lines? Lines)[documents.Count];
            for (int i = 0; i < results.Length; i++)
            {
                results[i] = Format(documents[i], facts[i]);
            }
            return results;
        }

        void Consume(RunDocument document, (IReadOnlyList<Fact> Facts, StringBuilder? Rows, Utf8Lines? Lines) result)
        {
            if (result.Rows is { } rows)
            {
                writer!.Write(rows);
                builders.Return(rows);
            }
            if (result.Lines is { } lines)
            {
                sink!.Write(lines.Written);
                buffers.Return(lines);
            }
            store?.Add(document, result.Facts);
        }

        context.Pipeline.Prepare(settings.Jobs, kindSet);
        int code;
        try
        {
            if (fromJsonl)
            {
                int failed = DocumentRun.Run(context, stderr, JsonlInputs(context.Stdin, context.MaxInputBytes), -1, settings.Jobs, parse.GetValue(inputs.Quiet),
                    line => $"standard input line {line.Number}", line => LoadJsonl(context.Pipeline, line, rootFull, context.MaxInputBytes), Work, Consume,
                    WorkBlock, line => line.Text?.Length ?? 0);
                code = failed == 0 ? WorkTeamCommand.Ok : WorkTeamCommand.SomeFailed;
            }
            else
            {
                code = DocumentRun.Files(context, parse, inputs, Work, WorkBlock, Consume);
            }
        }
        finally
        {
            // The lines written so far leave the sink's buffer however the run ends, as they left the writer's.
            sink?.Flush();
        }
        writer?.Flush();
        fileWriter?.Dispose();
        outFile?.Commit();
        store?.Commit();
        return code;
    }

    /// <summary>The first size of a document's output buffer (bytes of JSON Lines, characters of CSV): a few facts' lines.</summary>
    private const int FirstBufferSize = 512;

    /// <summary>
    /// Buffers handed from the workers to the consumer and back; a huge one is dropped, not kept, and so is any
    /// returned while <paramref name="most"/> are already kept.
    /// </summary>
    private sealed class ScratchPool<T>(Func<T> create, Func<T, bool> keep, Action<T> clear, int most)
    {
        private readonly Lock _gate = new();
        private readonly Stack<T> _free = new();

        public T Rent()
        {
            lock (_gate)
            {
                if (_free.TryPop(out var buffer))
                {
                    return buffer;
                }
            }
            return create();
        }

        public void Return(T buffer)
        {
            if (!keep(buffer))
            {
                return;
            }
            clear(buffer);
            lock (_gate)
            {
                if (_free.Count < most)
                {
                    _free.Push(buffer);
                }
            }
        }
    }

    /// <summary>One line of standard input; <see cref="Text"/> is null when the line was over the size limit (then skipped).</summary>
    internal readonly record struct JsonlLine(long Number, string? Text, long Length = 0);

    /// <summary>
    /// The non-blank lines of standard input. A line longer than <paramref name="maxChars"/> is not
    /// held: it is read past and handed on without its text, to be named as failed, as a file over
    /// the size limit is.
    /// </summary>
    private static IEnumerable<JsonlLine> JsonlInputs(TextReader stdin, long maxChars)
    {
        long number = 0;
        var line = new StringBuilder();
        var buffer = new char[1 << 16];
        int length = 0, position = 0;
        while (true)
        {
            long lineLength = 0;
            bool ended = false, any = false;
            line.Clear();
            while (!ended)
            {
                if (position == length)
                {
                    length = stdin.Read(buffer, 0, buffer.Length);
                    position = 0;
                    if (length == 0)
                    {
                        break;
                    }
                }
                any = true;
                int newline = Array.IndexOf(buffer, '\n', position, length - position);
                int end = newline < 0 ? length : newline;
                int take = end - position;
                if (lineLength + take <= maxChars)
                {
                    line.Append(buffer, position, take);
                }
                lineLength += take;
                position = newline < 0 ? length : newline + 1;
                ended = newline >= 0;
            }
            if (!any)
            {
                yield break;
            }
            number++;
            if (lineLength > maxChars)
            {
                yield return new JsonlLine(number, null, lineLength);
            }
            else if (line.ToString() is var text && !string.IsNullOrWhiteSpace(text))
            {
                // One copy of the line (TrimEnd returns the same string when there is no carriage return).
                yield return new JsonlLine(number, text.TrimEnd('\r'));
            }
            if (!ended)
            {
                yield break;
            }
        }
    }

    /// <summary>One line of <c>--jsonl-input</c>: <c>{"doc":…,"text":…}</c>, or <c>{"path":…}</c> read through the pipeline.</summary>
    private static RunDocument LoadJsonl(IDocumentPipeline pipeline, JsonlLine line, string? root, long maxChars)
    {
        if (line.Text is null)
        {
            throw new DocumentLoadException($"the line is {line.Length} characters, over the limit of {maxChars} (the size limit of a document)");
        }
        // The plain shape read directly; any other line through the JSON document reader, which words the errors.
        if (!JsonlFields.TryRead(line.Text, out var doc, out var text, out var path))
        {
            (doc, text, path) = ParseJsonl(line.Text);
        }
        if (text is not null)
        {
            return DocumentRun.FromText(pipeline, text, doc ?? path ?? $"-:{line.Number}");
        }
        if (path is not null)
        {
            if (root is null)
            {
                throw new DocumentLoadException("\"path\" is read only under a folder named with --root DIR (none was given)");
            }
            string full = OutputLock.ResolveLinks(Path.GetFullPath(path, root));
            string prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
            if (!full.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new DocumentLoadException($"\"path\" {path} is outside --root {root}");
            }
            if (UnixFile.Stat(full) is { Kind: not FileKind.Regular } special)
            {
                throw new DocumentLoadException($"{path}: {InputExpansion.NotRegular(special)}");
            }
            try
            {
                return DocumentRun.LoadFile(pipeline, full, doc ?? path);
            }
            catch (Exception e) when (DocumentRun.IsUnreadable(e))
            {
                throw new DocumentLoadException($"{path}: {DocumentRun.Reason(e)}", e);
            }
        }
        throw new DocumentLoadException("neither a \"text\" nor a \"path\" string");
    }

    /// <summary>The fields of a line that is not in the plain shape, read by the JSON document reader; its errors as the line's reason.</summary>
    private static (string? Doc, string? Text, string? Path) ParseJsonl(string line)
    {
        string? doc = null, text = null, path = null;
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new DocumentLoadException("not a JSON object");
            }
            foreach (var property in json.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    // A numeric id is a name too ({"doc":5}); anything else but a string is a mistake, said as one.
                    case "doc": doc = property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetRawText() : StringField(property); break;
                    case "text": text = StringField(property); break;
                    case "path": path = StringField(property); break;
                    default: break;
                }
            }
        }
        catch (JsonException e)
        {
            throw new DocumentLoadException($"not valid JSON (at byte {e.BytePositionInLine + 1} of the line)", e);
        }
        return (doc, text, path);
    }

    private static string? StringField(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => StringValue(property),
        JsonValueKind.Null => null,
        _ => throw new DocumentLoadException($"\"{property.Name}\" is {property.Value.ValueKind.ToString().ToLowerInvariant()}, not a string"),
    };

    /// <summary>A JSON string; one with a lone surrogate escape (<c>"\ud800"</c>), which no text holds, names the line as unreadable.</summary>
    private static string? StringValue(JsonProperty property)
    {
        try
        {
            return property.Value.GetString();
        }
        catch (InvalidOperationException e)
        {
            throw new DocumentLoadException($"\"{property.Name}\" holds a lone surrogate escape (\\ud800-\\udfff without its pair), which is not text", e);
        }
    }

        internal static bool TryParseKinds(string? list, TextWriter stderr, out FactKinds kinds)
    {
        kinds = FactKinds.All;
        if (list is null)
        {
            return true;
        }
        var set = FactKinds.None;
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!OutputNames.TryParseKind(name, out var kind))
            {
                stderr.WriteLine($"workteam: unknown kind '{name}' in --kinds; kinds are money, count, measure, percent, date, place, org, person, team.");
                return false;
            }
            set |= kind;
        }
        if (set == FactKinds.None)
        {
            stderr.WriteLine("workteam: --kinds names no kind.");
            return false;
        }
        kinds = set;
        return true;
    }

    internal static bool TryParseDate(string? text, TextWriter stderr, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }
        stderr.WriteLine($"workteam: --date '{text}' is not a date of the form YYYY-MM-DD.");
        return false;
    }
}
