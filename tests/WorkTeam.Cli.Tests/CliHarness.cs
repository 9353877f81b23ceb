using WorkTeam.Cli;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Cli.Tests;

/// <summary>
/// A pipeline whose facts the test decides: files are read as UTF-8 (a NUL byte makes a file
/// unreadable, as a binary file is), and <see cref="Facts"/> gives each document's facts.
/// </summary>
internal sealed class ScriptedPipeline : IDocumentPipeline
{
    public Func<LoadedDocument, IReadOnlyList<Fact>> Facts { get; init; } = _ => [];

    public Func<string, DocumentInfo> Metadata { get; init; } = _ => DocumentInfo.Unknown;

    /// <summary>The body a reader would keep of a text: by default none apart from the text.</summary>
    public Func<string, string?> Body { get; init; } = _ => null;

    public Func<string, IReadOnlyList<string>?> Warnings { get; init; } = _ => null;

    public List<DateOnly?> DatesSeen { get; } = [];

    public LoadedDocument Load(string path, string doc)
    {
        string text = File.ReadAllText(path);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new UnreadableDocumentException("binary file");
        }
        return FromText(text, doc);
    }

    public LoadedDocument Load(Stream stream, string doc)
    {
        using var reader = new StreamReader(stream);
        return FromText(reader.ReadToEnd(), doc);
    }

    public LoadedDocument FromText(string text, string doc) =>
        new(doc, text, Metadata(doc), text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, text.Length, Body: Body(text), Warnings: Warnings(text));

    public IReadOnlyList<Fact> Extract(LoadedDocument document, FactKinds kinds, DateOnly? documentDate)
    {
        lock (DatesSeen)
        {
            DatesSeen.Add(documentDate);
        }
        return Facts(document);
    }

    /// <summary>A fact per 万 in the text: money whose value is the offset times 10,000, so facts depend on the text alone.</summary>
    public static IReadOnlyList<Fact> MoneyAtEveryWan(LoadedDocument document)
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
