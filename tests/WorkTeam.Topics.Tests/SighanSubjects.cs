using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Topics.Tests;

/// <summary>
/// Documents of clearly separate subjects assembled from the SIGHAN 2005 test sets: lines that name
/// one subject only (by its words, read in the simplified view), eight lines to a document, in corpus
/// order; simplified from PKU and MSR, traditional from AS and CityU.
/// </summary>
internal static class SighanSubjects
{
    public const int LinesPerDocument = 8;

    public static readonly (string Subject, string[] Keys)[] Subjects =
    [
        ("finance", ["金融", "银行", "股市", "股票", "证券", "货币", "汇率", "利率", "贷款"]),
        ("army", ["军队", "部队", "军事", "士兵", "官兵", "解放军", "国防", "军人"]),
        ("rural", ["农村", "农民", "农业", "乡村", "耕地", "粮食", "农田"]),
        ("schools", ["学校", "学生", "教师", "老师", "教育", "校长", "课程", "小学", "中学"]),
    ];

    private static readonly string[] Simplified = ["pku_test.utf8", "msr_test.utf8"];
    private static readonly string[] Traditional = ["as_test.utf8", "cityu_test.utf8"];

    /// <summary>The documents with their subject, simplified ones first.</summary>
    public static List<(string Subject, string Script, Document Document)> Documents()
    {
        var documents = new List<(string, string, Document)>();
        foreach (var (script, files) in new[] { ("simplified", Simplified), ("traditional", Traditional) })
        {
            var lines = Subjects.ToDictionary(s => s.Subject, _ => new List<string>());
            foreach (var file in files)
            {
                foreach (var line in File.ReadLines(Path.Combine(TestPaths.Corpus("sighan2005"), file)))
                {
                    var simplified = ScriptConverter.Default.ToSimplified(line);
                    var named = Subjects.Where(s => s.Keys.Any(k => simplified.Contains(k, StringComparison.Ordinal))).ToList();
                    if (named.Count == 1)
                    {
                        lines[named[0].Subject].Add(line.Trim('\uFEFF', ' ', '\u3000'));
                    }
                }
            }
            foreach (var (subject, own) in lines)
            {
                for (int i = 0; i + LinesPerDocument <= own.Count; i += LinesPerDocument)
                {
                    documents.Add((subject, script, Document.FromText(string.Join('\n', own.GetRange(i, LinesPerDocument)))));
                }
            }
        }
        return documents;
    }

    /// <summary>Each topic counts its documents' most common subject; purity is their sum over all documents.</summary>
    public static double Purity(IReadOnlyList<string> subjects, IReadOnlyList<float[]> mixes)
    {
        int pure = 0;
        foreach (var group in Enumerable.Range(0, subjects.Count).GroupBy(i => Dominant(mixes[i])))
        {
            pure += group.GroupBy(i => subjects[i]).Max(g => g.Count());
        }
        return (double)pure / subjects.Count;
    }

    public static int Dominant(float[] mix)
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
