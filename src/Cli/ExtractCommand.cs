using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using WorkTeam.Extraction.Facts;

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

        var command = new Command("extract", """
            Extract money, counts, measures, percentages, dates, places, organisations, people and work teams.
            One record per fact (docs/facts.md): doc, kind, text, start, end, value, max, unit, currency, approx, level, parent, subject, code, place, period, actor, scope.

            Examples:
              workteam extract seeds/
              workteam extract --format csv --out facts.csv reports/
              workteam extract --db facts.db --kinds money,count --date 2021-07-13 reports/
              workteam extract --include '*.txt' --exclude 'draft*' --jobs 2 reports/
              cat shard.jsonl | workteam extract --jsonl-input > facts.jsonl
            """)
        {
            format, kinds, date, output, db, jsonlInput,
        };
        inputs.AddTo(command);
        command.SetAction(parse =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var stdout = parse.InvocationConfiguration.Output;
            if (inputs.JobsOrError(parse, stderr) is not { } jobs
                || !TryParseKinds(parse.GetValue(kinds), stderr, out var kindSet)
                || !TryParseDate(parse.GetValue(date), stderr, out var documentDate))
            {
                return WorkTeamCommand.UsageError;
            }
            bool fromJsonl = parse.GetValue(jsonlInput);
            var paths = parse.GetValue(inputs.Paths) ?? [];
            if (fromJsonl && paths.Length > 0)
            {
                stderr.WriteLine("workteam extract: --jsonl-input reads standard input; name no PATH.");
                return WorkTeamCommand.UsageError;
            }
            bool csv = parse.GetValue(format) == "csv";
            string? outPath = parse.GetValue(output);
            string? dbPath = parse.GetValue(db);
            foreach (var target in new[] { outPath, dbPath })
            {
                if (target is not null and not "-" && Path.GetDirectoryName(Path.GetFullPath(target)) is { } folder && !Directory.Exists(folder))
                {
                    stderr.WriteLine($"workteam: cannot write '{target}': folder '{folder}' does not exist.");
                    return WorkTeamCommand.UsageError;
                }
            }

            using var outFile = outPath is null or "-" ? null : new AtomicFile(outPath);
            using var fileWriter = outFile?.OpenWriter();
            // With --db alone, the database is the output: thousands of documents' facts are not dumped on the terminal.
            TextWriter? writer = fileWriter ?? (dbPath is null || outPath == "-" ? stdout : null);
            using var store = dbPath is null ? null : new SqliteFactStore(dbPath);
            if (csv && writer is not null)
            {
                writer.Write('\uFEFF');
                writer.Write(FactFormat.CsvLine(FactFormat.Columns));
            }

            // A document's lines go into a pooled builder that the consumer writes out chunk by chunk and
            // gives back: no string the size of the output is made per document. The run's window bounds
            // how many builders exist.
            var builders = new BuilderPool();

            (IReadOnlyList<Fact> Facts, StringBuilder? Lines) Work(LoadedDocument document)
            {
                var facts = context.Pipeline.Extract(document, kindSet, documentDate);
                if (kindSet != FactKinds.All)
                {
                    facts = facts.Where(f => (f.Kind & kindSet) != 0).ToList();
                }
                if (writer is null || facts.Count == 0)
                {
                    return (facts, null);
                }
                var lines = builders.Rent();
                foreach (var fact in facts)
                {
                    if (csv)
                    {
                        FactFormat.AppendCsvLine(lines, FactFormat.CsvCells(document.Doc, fact));
                    }
                    else
                    {
                        FactFormat.AppendJsonLine(lines, document.Doc, fact).Append('\n');
                    }
                }
                return (facts, lines);
            }

            void Consume(LoadedDocument document, (IReadOnlyList<Fact> Facts, StringBuilder? Lines) result)
            {
                if (result.Lines is { } lines)
                {
                    writer!.Write(lines);
                    builders.Return(lines);
                }
                store?.Add(document, result.Facts);
            }

            context.Pipeline.Prepare(jobs, kindSet);
            int code;
            if (fromJsonl)
            {
                int failed = DocumentRun.Run(context, stderr, JsonlInputs(context.Stdin), -1, jobs, parse.GetValue(inputs.Quiet),
                    line => $"standard input line {line.Number}", line => LoadJsonl(context.Pipeline, line), Work, Consume);
                code = failed == 0 ? WorkTeamCommand.Ok : WorkTeamCommand.SomeFailed;
            }
            else
            {
                code = DocumentRun.Files(context, parse, inputs, Work, Consume);
            }
            writer?.Flush();
            fileWriter?.Dispose();
            outFile?.Commit();
            store?.Commit();
            return code;
        });
        return command;
    }

    /// <summary>Builders handed from the workers to the consumer and back; a huge one is dropped, not kept.</summary>
    private sealed class BuilderPool
    {
        private readonly Lock _gate = new();
        private readonly Stack<StringBuilder> _free = new();

        public StringBuilder Rent()
        {
            lock (_gate)
            {
                if (_free.TryPop(out var builder))
                {
                    return builder;
                }
            }
            return new StringBuilder(1 << 13);
        }

        public void Return(StringBuilder builder)
        {
            if (builder.Capacity > 1 << 20)
            {
                return;
            }
            builder.Clear();
            lock (_gate)
            {
                _free.Push(builder);
            }
        }
    }

    internal readonly record struct JsonlLine(long Number, string Text);

    private static IEnumerable<JsonlLine> JsonlInputs(TextReader stdin)
    {
        long number = 0;
        while (stdin.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return new JsonlLine(number, line);
            }
        }
    }

    /// <summary>One line of <c>--jsonl-input</c>: <c>{"doc":…,"text":…}</c>, or <c>{"path":…}</c> read through the pipeline.</summary>
    private static LoadedDocument LoadJsonl(IDocumentPipeline pipeline, JsonlLine line)
    {
        string? doc = null, text = null, path = null;
        try
        {
            using var json = JsonDocument.Parse(line.Text);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UnreadableDocumentException("not a JSON object");
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
            throw new UnreadableDocumentException($"not valid JSON (at byte {e.BytePositionInLine + 1} of the line)", e);
        }
        if (text is not null)
        {
            return pipeline.FromText(text, doc ?? path ?? $"-:{line.Number}");
        }
        if (path is not null)
        {
            try
            {
                return pipeline.Load(path, doc ?? path);
            }
            catch (Exception e) when (e is UnreadableDocumentException or IOException or UnauthorizedAccessException)
            {
                throw new UnreadableDocumentException($"{path}: {e.Message}", e);
            }
        }
        throw new UnreadableDocumentException("neither a \"text\" nor a \"path\" string");
    }

    private static string? StringField(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => property.Value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new UnreadableDocumentException($"\"{property.Name}\" is {property.Value.ValueKind.ToString().ToLowerInvariant()}, not a string"),
    };

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
