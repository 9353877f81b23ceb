using System.CommandLine;
using System.Globalization;
using System.Text;
using WorkTeam.Extraction.Analysis;

namespace WorkTeam.Cli;

/// <summary><c>workteam keywords</c>: the top keywords of the documents together, or of each one.</summary>
internal static class KeywordsCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var top = new Option<int>("--top", "-n") { Description = "How many keywords (default 20).", DefaultValueFactory = _ => 20 };
        var method = new Option<string>("--method", "-m") { Description = "tfidf (default; jieba's IDF table) or textrank.", DefaultValueFactory = _ => "tfidf" };
        method.AcceptOnlyFromAmong("tfidf", "textrank");
        var each = new Option<bool>("--each") { Description = "Keywords of each document (doc, word, weight) instead of all together." };
        var command = new Command("keywords", """
            The top keywords, as jieba.analyse finds them. Output: word<TAB>weight, best first; with --each,
            doc<TAB>word<TAB>weight. All documents together count their words as one text would (TF-IDF),
            or join their co-occurrence graphs (TextRank).

            Examples:
              workteam keywords seeds/
              workteam keywords --method textrank --top 10 report.txt
              workteam keywords --each --top 5 reports/ > keywords.tsv
            """)
        {
            top, method, each,
        };
        inputs.AddTo(command);
        command.SetAction(parse => CheckedTop(parse, inputs, top) is { } n
            ? Run(context, parse, inputs, n, parse.GetValue(method) == "textrank" ? KeywordMethod.TextRank : KeywordMethod.TfIdf, parse.GetValue(each))
            : WorkTeamCommand.UsageError);
        return command;
    }

    /// <summary>The number of keywords asked for, or null after naming the usage error (jobs or top) on standard error.</summary>
    private static int? CheckedTop(ParseResult parse, InputOptions inputs, Option<int> top)
    {
        var stderr = parse.InvocationConfiguration.Error;
        int n = parse.GetValue(top);
        if (inputs.JobsOrError(parse, stderr) is null)
        {
            return null;
        }
        if (n < 1)
        {
            stderr.WriteLine($"workteam: --top must be at least 1, not {n}.");
            return null;
        }
        return n;
    }

    private static int Run(CliContext context, ParseResult parse, InputOptions inputs, int n, KeywordMethod method, bool each)
    {
        // The segmenter, the POS tagger and the IDF table, compiled and loaded while the folders are listed.
        WarmUp.Start(parse.GetValue(inputs.Jobs), [() => new CorpusKeywords(KeywordExtractor.Default, method).Add(WarmUpSample)]);
        return each ? EachDocument(context, parse, inputs, n, method) : AllTogether(context, parse, inputs, n, method);
    }

    /// <summary><c>--each</c>: doc, word and weight of each document's keywords, in input order.</summary>
    private static int EachDocument(CliContext context, ParseResult parse, InputOptions inputs, int n, KeywordMethod method)
    {
        var stdout = parse.InvocationConfiguration.Output;
        return DocumentRun.Files(context, parse, inputs,
            document =>
            {
                var lines = new StringBuilder();
                foreach (var keyword in KeywordsOf(document.Body, n, method))
                {
                    lines.Append(document.Doc).Append('\t').Append(Line(keyword));
                }
                return lines.ToString();
            },
            (_, lines) => stdout.Write(lines));
    }

    /// <summary>The documents' keywords together: counted per document in parallel, merged in input order so ties break the same way every run.</summary>
    private static int AllTogether(CliContext context, ParseResult parse, InputOptions inputs, int n, KeywordMethod method)
    {
        var all = new CorpusKeywords(KeywordExtractor.Default, method);
        int code = DocumentRun.Files(context, parse, inputs,
            document =>
            {
                var own = new CorpusKeywords(KeywordExtractor.Default, method);
                own.Add(document.Body);
                return own;
            },
            (_, own) => all.Add(own));
        foreach (var keyword in all.Top(n))
        {
            parse.InvocationConfiguration.Output.Write(Line(keyword));
        }
        return code;
    }

    private static IReadOnlyList<Keyword> KeywordsOf(string text, int n, KeywordMethod method) =>
        method == KeywordMethod.TextRank ? KeywordExtractor.Default.ExtractTextRank(text, n) : KeywordExtractor.Default.ExtractTfIdf(text, n);

    private const string WarmUpSample = "自治区人民政府办公厅驻民丰县若克雅乡劳光村工作队组织村民开展技能培训，帮助村民增收致富。";

    private static string Line(Keyword keyword) => keyword.Word + "\t" + keyword.Weight.ToString("R", CultureInfo.InvariantCulture) + "\n";
}
