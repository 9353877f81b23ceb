using System.CommandLine;
using System.Globalization;
using System.Text;
using WorkTeam.Extraction.Analysis;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Cli;

/// <summary><c>workteam docs</c> and <c>workteam text</c>: what the Documents stage made of each file.</summary>
internal static class DocsCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var command = new Command("docs", """
            One JSON line per document: doc, title, published (ISO 8601), source, authors, editors,
            script, encoding, chars, paragraphs, and duplicate_of (the first document, by path, that
            tells the same story) for a reprint. Unknown fields are left out.

            Examples:
              workteam docs seeds/
              workteam docs --include '*.html' saved-pages/ > documents.jsonl
            """);
        inputs.AddTo(command);
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            if (inputs.JobsOrError(parse, parse.InvocationConfiguration.Error) is null)
            {
                return WorkTeamCommand.UsageError;
            }
            // A reprint (the same story on another site) names its first copy by path: duplicate_of.
            var reprints = new ReprintDetector();
            return DocumentRun.Files(context, parse, inputs,
                document => (Line: JsonLine(document), Signature: ReprintSignature.Of(document.Body)),
                (document, one) => stdout.Write(WithDuplicateOf(one.Line, reprints.Add(document.Doc, one.Signature))));
        });
        return command;
    }

    public static Command CreateText(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A text file or web page; '-' for standard input." };
        var full = new Option<bool>("--full") { Description = "The whole text facts' offsets point into (the decoded file; for a web page the extracted text), furniture lines included." };
        var command = new Command("text", """
            Print the cleaned body of a document: page furniture (bylines, navigation, share bars) left out.
            Facts come from the body, but their offsets count in the whole text: print it with --full.

            Examples:
              workteam text page.html
              workteam text --full seeds/001_5fdf72617200650f.txt | less
            """)
        {
            file, full,
        };
        command.SetAction(parse => PrintText(context, parse, parse.GetValue(file)!, parse.GetValue(full)));
        return command;
    }

    /// <summary>The input <c>text</c> names: standard input, a special file (refused when read) or a file.</summary>
    private static InputSource TextInput(string path) =>
        path == "-" ? new InputSource("-", null)
        : UnixFile.Stat(path) is { Kind: not FileKind.Regular and not FileKind.Directory } special ? new InputSource(path, null, InputExpansion.NotRegular(special))
        : new InputSource(path, path);

    /// <summary>Prints one document's body (or with <paramref name="full"/> its whole text); a folder is a usage error, a missing or unreadable file exit 1.</summary>
    private static int PrintText(CliContext context, ParseResult parse, string path, bool full)
    {
        var stderr = parse.InvocationConfiguration.Error;
        var input = TextInput(path);
        if (input.Path is not null && Directory.Exists(input.Path))
        {
            stderr.WriteLine($"workteam: {path}: is a folder; 'text' prints one document (use 'docs' for a folder)");
            return WorkTeamCommand.UsageError;
        }
        if (input.Path is not null && !File.Exists(input.Path))
        {
            stderr.WriteLine($"workteam: {path}: no such file");
            return WorkTeamCommand.SomeFailed;
        }
        try
        {
            var document = DocumentRun.Load(context, input);
            parse.InvocationConfiguration.Output.Write(full ? document.Document.Text : document.Body);
            return WorkTeamCommand.Ok;
        }
        catch (Exception e) when (DocumentRun.IsUnreadable(e))
        {
            stderr.WriteLine($"workteam: {path}: {DocumentRun.Reason(e)}");
            return WorkTeamCommand.SomeFailed;
        }
    }

    internal static string JsonLine(RunDocument document)
    {
        var meta = document.Document.Metadata;
        var json = new StringBuilder(256);
        json.Append("{\"doc\":");
        FactFormat.AppendJsonString(json, document.Doc);
        FactFormat.AppendOptional(json, "title", meta.Title);
        FactFormat.AppendOptional(json, "published", meta.Published);
        FactFormat.AppendOptional(json, "source", meta.Source);
        AppendNames(json, "authors", meta.Authors);
        AppendNames(json, "editors", meta.Editors);
        FactFormat.AppendOptional(json, "script", ScriptName(meta.Script));
        FactFormat.AppendOptional(json, "encoding", meta.Encoding);
        json.Append(",\"chars\":").Append(document.Body.Length.ToString(CultureInfo.InvariantCulture));
        json.Append(",\"paragraphs\":").Append(document.Document.Paragraphs.Count.ToString(CultureInfo.InvariantCulture));
        json.Append("}\n");
        return json.ToString();
    }

    /// <summary>The script's name in the tool's outputs (<c>docs</c>, <c>summary</c>, <c>--db</c>); null when unknown.</summary>
    internal static string? ScriptName(Script script) => script switch
    {
        Script.Simplified => "simplified",
        Script.Traditional => "traditional",
        Script.Mixed => "mixed",
        _ => null,
    };

    /// <summary>The JSON line with <c>duplicate_of</c> added last when the document reprints an earlier one.</summary>
    internal static string WithDuplicateOf(string line, string? original)
    {
        if (original is null)
        {
            return line;
        }
        var json = new StringBuilder(line.Length + original.Length + 20);
        json.Append(line, 0, line.LastIndexOf('}'));
        FactFormat.AppendOptional(json, "duplicate_of", original);
        json.Append("}\n");
        return json.ToString();
    }

    private static void AppendNames(StringBuilder json, string field, IReadOnlyList<string>? names)
    {
        if (names is not { Count: > 0 })
        {
            return;
        }
        json.Append(",\"").Append(field).Append("\":[");
        for (int i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }
            FactFormat.AppendJsonString(json, names[i]);
        }
        json.Append(']');
    }
}
