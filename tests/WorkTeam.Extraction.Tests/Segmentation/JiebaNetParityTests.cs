using System.Reflection;
using System.Text;
using JiebaNet.Segmenter;
using WorkTeam.Extraction.Segmentation;

namespace WorkTeam.Extraction.Tests.Segmentation;

/// <summary>
/// WorkTeam beside jieba.NET 0.42.2 (precise, HMM on). WorkTeam is token-for-token Python jieba 0.42.1
/// on these inputs (benchmarks/parity/jieba_parity.py), so the lines where the two differ are the known
/// places where jieba.NET departs from Python jieba and WorkTeam does not.
/// </summary>
public class JiebaNetParityTests
{
    private static readonly Lazy<JiebaSegmenter> Jieba = new(() =>
    {
        ConfigManager.ConfigFileBaseDir = typeof(JiebaNetParityTests).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "JiebaNetResources").Value!;
        return new JiebaSegmenter();
    });

    [CorpusTheory("sighan2005")]
    // PKU line 75, the HMM: Python jieba (and WorkTeam) cut 赵 / 辰 / 蠧, jieba.NET merges 赵辰蠧.
    // PKU line 686, the route: Python jieba (and WorkTeam) take 手牵着 / 手, jieba.NET 手 / 牵着手.
    [InlineData("pku_test.utf8", new[] { 75, 686 })]
    [InlineData("msr_test.utf8", new int[0])]
    public void The_lines_that_differ_from_jieba_NET_are_the_known_ones(string file, int[] expected)
    {
        string path = Path.Combine(TestPaths.Corpus("sighan2005"), file);
        var differing = new List<int>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNo++;
            if (!Segmenter.Default.Cut(line).Select(t => t.Text).SequenceEqual(Jieba.Value.Cut(line)))
            {
                differing.Add(lineNo);
            }
        }
        Assert.Equal(expected, differing);
    }

    [Fact]
    public void The_route_is_the_one_Python_jieba_takes()
    {
        const string text = "藏族群众手牵着手";
        Assert.Equal(new[] { "藏族", "群众", "手牵着", "手" }, Segmenter.Default.Cut(text).Select(t => t.Text));
        Assert.Equal(new[] { "藏族", "群众", "手", "牵着手" }, Jieba.Value.Cut(text));
    }
}
