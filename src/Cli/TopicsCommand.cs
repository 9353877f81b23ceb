using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using WorkTeam.Extraction.Documents;
using WorkTeam.Topics;

namespace WorkTeam.Cli;

/// <summary><c>workteam topics</c>: an LDA topic model of the documents (WorkTeam.Topics): topics, their share by year, each document's mix.</summary>
internal static class TopicsCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var topics = new Option<int>("--topics", "-k") { Description = "How many topics (default 10).", DefaultValueFactory = _ => 10 };
        var topWords = new Option<int>("--top-words", "-n") { Description = "Words shown per topic (default 10, at most 30).", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Random seed (default 1): with --jobs 1 the same seed and inputs give the same model.", DefaultValueFactory = _ => 1 };
        var model = new Option<string?>("--model") { Description = "Score the documents with a model saved by --save-model instead of fitting one." };
        var saveModel = new Option<string?>("--save-model") { Description = "Save the fitted model to FILE, to score other documents later with --model." };
        var format = new Option<string>("--format", "-f") { Description = "table (default) or json (JSON Lines: topics, then documents).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var db = new Option<string?>("--db") { Description = "Add (replace) the tables topics and document_topics in this SQLite database; nothing else in it is touched." };
        var command = new Command("topics", """
            What the documents talk about: an LDA topic model (Microsoft.ML's LightLDA) of their nouns, in
            the simplified view. A table of topics with their best words and, by publication year, the share
            of documents whose main topic each is; --format json: one line per topic
            {"topic":0,"words":[…],"weights":[…]}, then one per document {"doc":"…","mix":[…]}.
            --jobs sets the sampler's threads too: another --jobs gives another model; --jobs 1 is the repeatable one.

            Examples:
              workteam topics reports/
              workteam topics --topics 20 --save-model topics.model --format json reports/ > topics.jsonl
              workteam topics --model topics.model --db facts.db new-reports/
            """)
        {
            topics, topWords, seed, model, saveModel, format, db,
        };
        inputs.AddTo(command);
        var options = new TopicsOptions(inputs, topics, topWords, seed, model, saveModel, format, db);
        command.SetAction(parse => ReadSettings(parse, options) is { } settings ? Run(context, parse, inputs, settings) : WorkTeamCommand.UsageError);
        return command;
    }

    /// <summary>The options of <c>topics</c> beside the inputs'.</summary>
    private sealed record TopicsOptions(
        InputOptions Inputs, Option<int> Topics, Option<int> TopWords, Option<int> Seed, Option<string?> Model, Option<string?> SaveModel,
        Option<string> Format, Option<string?> Db);

    /// <summary>What a run of <c>topics</c> was asked for, once the command line is checked.</summary>
    private sealed record TopicsSettings(
        int Jobs, int Topics, int TopWords, int Seed, string? ModelPath, string? SavePath, bool Json, string? DbPath, bool Quiet);

    /// <summary>A document's name, publish date and terms, as the model reads them.</summary>
    private sealed record TopicDocument(string Doc, string? Published, IReadOnlyList<string> Terms);

    /// <summary>The settings of the command line, or null after naming the usage error on standard error.</summary>
    private static TopicsSettings? ReadSettings(ParseResult parse, TopicsOptions o)
    {
        var stderr = parse.InvocationConfiguration.Error;
        if (o.Inputs.JobsOrError(parse, stderr) is not { } jobs)
        {
            return null;
        }
        int k = parse.GetValue(o.Topics);
        int n = parse.GetValue(o.TopWords);
        if (k < 2)
        {
            stderr.WriteLine($"workteam: --topics must be at least 2, not {k}.");
            return null;
        }
        if (n is < 1 or > 30)
        {
            stderr.WriteLine($"workteam: --top-words must be from 1 to 30, not {n}.");
            return null;
        }
        var modelPath = parse.GetValue(o.Model);
        if (modelPath is not null && !File.Exists(modelPath))
        {
            stderr.WriteLine($"workteam: --model {modelPath}: no such file");
            return null;
        }
        return new TopicsSettings(jobs, k, n, parse.GetValue(o.Seed), modelPath, parse.GetValue(o.SaveModel), parse.GetValue(o.Format) == "json",
            parse.GetValue(o.Db), parse.GetValue(o.Inputs.Quiet));
    }

    /// <summary>Reads the documents' terms, fits (or loads) the model, scores the documents and writes the outputs.</summary>
    private static int Run(CliContext context, ParseResult parse, InputOptions inputs, TopicsSettings settings)
    {
        var stderr = parse.InvocationConfiguration.Error;
        var documents = new List<TopicDocument>();
        int code = DocumentRun.Files(context, parse, inputs,
            document => TopicTerms.Of(document.Document),
            (document, terms) => documents.Add(new TopicDocument(document.Doc, document.Document.Metadata.Published, terms)));
        if (code == WorkTeamCommand.UsageError)
        {
            return code;
        }
        if (documents.Count == 0)
        {
            stderr.WriteLine("workteam: no document was read; no topics.");
            return WorkTeamCommand.SomeFailed;
        }
        var clock = Stopwatch.StartNew();
        var terms = documents.Select(d => d.Terms).ToList();
        var options = new TopicModelOptions { Topics = settings.Topics, Seed = settings.Seed, Threads = settings.Jobs };
        if (ModelOf(settings.ModelPath, terms, options, settings.Quiet, stderr, out int failure) is not { } fitted)
        {
            return failure;
        }
        var mixes = fitted.Infer(terms);
        if (!settings.Quiet)
        {
            stderr.WriteLine($"workteam: {fitted.Topics.Count} topics, {fitted.Vocabulary.Count} terms, {documents.Count} documents in {clock.Elapsed.TotalSeconds:F1} s");
        }
        WriteOutputs(parse.InvocationConfiguration.Output, settings, fitted, documents, mixes);
        return code;
    }

    /// <summary>The saved model (<c>--save-model</c>), the database's tables (<c>--db</c>), then the table or JSON Lines on standard output.</summary>
    private static void WriteOutputs(TextWriter stdout, TopicsSettings settings, TopicModel fitted, List<TopicDocument> documents, IReadOnlyList<float[]> mixes)
    {
        if (settings.SavePath is { } savePath)
        {
            using var target = new AtomicFile(savePath);
            using (var stream = new FileStream(target.TempPath, FileMode.CreateNew, FileAccess.Write))
            {
                fitted.Save(stream);
            }
            target.Commit();
        }
        if (settings.DbPath is { } dbPath)
        {
            TopicStore.Write(dbPath, fitted, documents.Select(d => d.Doc).ToList(), mixes);
        }
        if (settings.Json)
        {
            WriteJson(stdout, fitted, settings.TopWords, documents.Select(d => d.Doc).ToList(), mixes);
        }
        else
        {
            WriteTable(stdout, fitted, settings.TopWords, documents.Select(d => d.Published).ToList(), mixes);
        }
    }

    /// <summary>The saved model of <c>--model</c>, or one fitted to the documents' terms; null after naming the failure on standard error.</summary>
    private static TopicModel? ModelOf(string? modelPath, List<IReadOnlyList<string>> terms, TopicModelOptions options, bool quiet, TextWriter stderr, out int failure)
    {
        failure = WorkTeamCommand.Ok;
        if (modelPath is not null)
        {
            using var file = File.OpenRead(modelPath);
            try
            {
                return TopicModel.Load(file);
            }
            catch (InvalidDataException e)
            {
                stderr.WriteLine($"workteam: --model {modelPath}: {e.Message}");
                failure = WorkTeamCommand.UsageError;
                return null;
            }
        }
        else
        {
            if (!quiet)
            {
                stderr.WriteLine($"workteam: fitting {options.Topics} topics on {terms.Count} documents ({options.Threads} thread{(options.Threads == 1 ? "" : "s")})...");
            }
            try
            {
                return TopicModel.Fit(terms, options);
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"workteam: {e.Message}");
                failure = WorkTeamCommand.SomeFailed;
                return null;
            }
        }
    }

    private static void WriteJson(TextWriter stdout, TopicModel model, int n, List<string> docs, IReadOnlyList<float[]> mixes)
    {
        var buffer = new MemoryStream();
        foreach (var topic in model.Topics)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteNumber("topic", topic.Index);
                json.WriteStartArray("words");
                foreach (var word in topic.Words.Take(n))
                {
                    json.WriteStringValue(word);
                }
                json.WriteEndArray();
                json.WriteStartArray("weights");
                foreach (var weight in topic.Weights.Take(n))
                {
                    json.WriteNumberValue(Math.Round(weight, 4));
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            stdout.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n");
        }
        for (int i = 0; i < docs.Count; i++)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("doc", docs[i]);
                json.WriteStartArray("mix");
                foreach (var share in mixes[i])
                {
                    json.WriteNumberValue(Math.Round(share, 4));
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            stdout.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n");
        }
    }

    private static void WriteTable(TextWriter stdout, TopicModel model, int n, List<string?> published, IReadOnlyList<float[]> mixes)
    {
        stdout.WriteLine("topic\twords");
        foreach (var topic in model.Topics)
        {
            stdout.WriteLine($"{topic.Index}\t{string.Join(' ', topic.Words.Take(n))}");
        }
        // Share of documents whose main topic each is, by the year of publication (unknown when no date was found).
        var byYear = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        for (int i = 0; i < mixes.Count; i++)
        {
            var year = published[i] is { Length: >= 4 } date ? date[..4] : "unknown";
            if (!byYear.TryGetValue(year, out var counts))
            {
                byYear[year] = counts = new int[model.Topics.Count];
            }
            if (mixes[i].Any(share => share > 0))
            {
                counts[Dominant(mixes[i])]++;
            }
        }
        stdout.WriteLine();
        stdout.WriteLine("year\tdocs\t" + string.Join('\t', model.Topics.Select(t => "t" + t.Index.ToString(CultureInfo.InvariantCulture))));
        foreach (var (year, counts) in byYear)
        {
            int docs = counts.Sum();
            stdout.WriteLine($"{year}\t{docs}\t" + string.Join('\t', counts.Select(c => docs == 0 ? "-" : ((double)c / docs).ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal))));
        }
    }

    private static int Dominant(float[] mix)
    {
        int best = 0;
        for (int t = 1; t < mix.Length; t++)
        {
            if (mix[t] > mix[best])
            {
                best = t;
            }
        }
        return best;
    }
}
