using WorkTeam.Cli;
using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Cli.Tests;

/// <summary>
/// A pipeline whose facts the test decides: files are read as UTF-8 (a NUL byte makes a file
/// unreadable, as a binary file is) into the library's <see cref="Document"/>, <see cref="Facts"/>
/// gives each document's facts and <see cref="Metadata"/>, when set, its metadata.
/// </summary>
internal sealed class ScriptedPipeline : IDocumentPipeline
{
    public Func<Document, IReadOnlyList<Fact>> Facts { get; init; } = _ => [];

    /// <summary>The metadata of the document named by the argument; null keeps what the library read.</summary>
    public Func<string, DocumentMetadata>? Metadata { get; init; }

    public List<DateOnly?> DatesSeen { get; } = [];

    /// <summary>How many documents each call of <see cref="ExtractEach"/> was given, in call order.</summary>
    public List<int> Blocks { get; } = [];

    /// <summary>When set and true for a block given to <see cref="ExtractEach"/>, the call throws (a fault of the block, not of a document).</summary>
    public Func<IReadOnlyList<Document>, bool>? FailBlock { get; init; }

    public Document Load(string path)
    {
        string text = File.ReadAllText(path);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new DocumentLoadException("binary file");
        }
        return FromText(text, path);
    }

    public Document Load(Stream stream, string doc)
    {
        using var reader = new StreamReader(stream);
        return FromText(reader.ReadToEnd(), doc);
    }

    public Document FromText(string text, string doc)
    {
        var document = Document.FromText(text, doc);
        return Metadata is null ? document : document.WithMetadata(Metadata(doc));
    }

    public IReadOnlyList<Fact> Extract(Document document, FactKinds kinds, DateOnly? documentDate)
    {
        lock (DatesSeen)
        {
            DatesSeen.Add(documentDate);
        }
        return Facts(document);
    }

    public IReadOnlyList<IReadOnlyList<Fact>> ExtractEach(IReadOnlyList<Document> documents, FactKinds kinds, DateOnly? documentDate)
    {
        lock (Blocks)
        {
            Blocks.Add(documents.Count);
        }
        if (FailBlock?.Invoke(documents) == true)
        {
            throw new InvalidOperationException("a bad block");
        }
        return [.. documents.Select(document => Extract(document, kinds, documentDate))];
    }

    /// <summary>A fact per 万 in the text: money whose value is the offset times 10,000, so facts depend on the text alone.</summary>
    public static IReadOnlyList<Fact> MoneyAtEveryWan(Document document)
    {
        var facts = new List<Fact>();
        for (int i = document.Text.IndexOf('万', StringComparison.Ordinal); i >= 0; i = document.Text.IndexOf('万', i + 1))
        {
            facts.Add(new Fact { Kind = FactKinds.Money, Text = "万", Start = i, End = i + 1, Value = i * 10000m, Currency = "CNY" });
        }
        return facts;
    }
}

/// <summary>Runs the tool in-process and keeps what it wrote.</summary>
internal sealed record CliRun(int Code, string Stdout, string Stderr)
{
    public static CliRun Of(IDocumentPipeline pipeline, params string[] args) => Of(pipeline, "", CancellationToken.None, args);

    public static CliRun Of(IDocumentPipeline pipeline, string stdin, CancellationToken cancel, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = WorkTeamCommand.Run(args, new CliContext(input, pipeline, StderrIsTerminal: false, cancel), output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("workteam-cli-").FullName;
    }

    public string Path { get; }

    public string Write(string relative, string text)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
