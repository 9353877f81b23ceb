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
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            int n = parse.GetValue(top);
            if (inputs.JobsOrError(parse, stderr) is not { } jobs)
            {
                return WorkTeamCommand.UsageError;
            }
            if (n < 1)
            {
                stderr.WriteLine($"workteam: --top must be at least 1, not {n}.");
                return WorkTeamCommand.UsageError;
            }
            bool textRank = parse.GetValue(method) == "textrank";
            var keywordMethod = textRank ? KeywordMethod.TextRank : KeywordMethod.TfIdf;
            var extractor = KeywordExtractor.Default;
            // The segmenter, the POS tagger and the IDF table, compiled and loaded while the folders are listed.
            WarmUp.Start(jobs, [() => new CorpusKeywords(extractor, keywordMethod).Add(WarmUpSample)]);
            int code;
            if (parse.GetValue(each))
            {
                code = DocumentRun.Files(context, parse, inputs,
                    document =>
                    {
                        var keywords = textRank ? extractor.ExtractTextRank(document.Body, n) : extractor.ExtractTfIdf(document.Body, n);
                        var lines = new StringBuilder();
                        foreach (var keyword in keywords)
                        {
                            lines.Append(document.Doc).Append('\t').Append(Line(keyword));
                        }
                        return lines.ToString();
                    },
                    (_, lines) => stdout.Write(lines));
                return code;
            }
            var all = new CorpusKeywords(extractor, keywordMethod);
            code = DocumentRun.Files(context, parse, inputs,
                document =>
                {
                    // Counted per document in parallel, merged in input order so ties break the same way every run.
                    var own = new CorpusKeywords(extractor, keywordMethod);
                    own.Add(document.Body);
                    return own;
                },
                (_, own) => all.Add(own));
            var result = all.Top(n);
            foreach (var keyword in result)
            {
                stdout.Write(Line(keyword));
            }
            return code;
        });
        return command;
    }

    private const string WarmUpSample = "自治区人民政府办公厅驻民丰县若克雅乡劳光村工作队组织村民开展技能培训，帮助村民增收致富。";

    private static string Line(Keyword keyword) => keyword.Word + "\t" + keyword.Weight.ToString("R", CultureInfo.InvariantCulture) + "\n";
}
