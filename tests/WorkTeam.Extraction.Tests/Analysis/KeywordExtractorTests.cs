using System.Globalization;
using System.Text.Json;
using WorkTeam.Extraction.Analysis;

namespace WorkTeam.Extraction.Tests.Analysis;

public class KeywordExtractorTests
{
    private static readonly string[] JiebaTextRankTags = ["ns", "n", "vn", "v"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(ExpectedPath))
        {
            using var json = JsonDocument.Parse(line);
            data.Add(json.RootElement.GetProperty("seed").GetString()!, json.RootElement.GetProperty("method").GetString()!);
        }
        return data;
    }

    private static string ExpectedPath => Path.Combine(TestPaths.RepoRoot, "tests", "WorkTeam.Extraction.Tests", "Analysis", "keywords.expected.jsonl");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Top_twenty_keywords_of_a_seed_equal_python_jieba_analyse(string seed, string method)
    {
        var expected = ReadExpected(seed, method);
        string text = File.ReadAllText(TestPaths.Seed(seed));
        var actual = method switch
        {
            "tfidf" => KeywordExtractor.Default.ExtractTfIdf(text),
            "tfidf-pos" => KeywordExtractor.Default.ExtractTfIdf(text, 20, JiebaTextRankTags),
            "textrank" => KeywordExtractor.Default.ExtractTextRank(text),
            _ => throw new InvalidOperationException(method),
        };
        Assert.Equal(expected.Select(k => k.Word).ToArray(), actual.Select(k => k.Word).ToArray());
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i].Weight - actual[i].Weight) < 1e-9, $"{expected[i].Word}: {expected[i].Weight:R} vs {actual[i].Weight:R}");
        }
    }

    [Fact]
    public void A_word_missing_from_the_idf_table_gets_the_median_idf()
    {
        var table = new IdfTable([new("甲乙", 1.0), new("丙丁", 3.0), new("戊己", 2.0), new("庚辛", 5.0)]);
        Assert.Equal(3.0, table.Median);
        Assert.Equal(3.0, table.Get("不在表中"));
        Assert.Equal(5.0, table.Get("庚辛"));
    }

    [Fact]
    public void Tf_idf_weight_is_count_times_idf_over_the_total_count()
    {
        var extractor = new KeywordExtractor(WorkTeam.Extraction.Segmentation.Segmenter.Default, new IdfTable([new("扶贫", 2.0), new("工作", 1.0)]));
        var keywords = extractor.ExtractTfIdf("扶贫工作，扶贫。");
        // 扶贫 twice and 工作 once: 2 × 2/3 and 1 × 1/3; punctuation is shorter than two characters.
        Assert.Equal([new Keyword("扶贫", 2 * (2.0 / 3)), new Keyword("工作", 1 * (1.0 / 3))], keywords);
    }

    [Fact]
    public void English_stop_words_are_skipped_whatever_their_case()
    {
        var keywords = KeywordExtractor.Default.ExtractTfIdf("The village and THE team", top: 0);
        Assert.Equal(["village", "team"], keywords.Select(k => k.Word).ToArray());
    }

    [Fact]
    public void Equal_weights_keep_the_order_words_first_appear_in()
    {
        var extractor = new KeywordExtractor(WorkTeam.Extraction.Segmentation.Segmenter.Default, new IdfTable([new("乡村", 1.0), new("振兴", 1.0)]));
        Assert.Equal(["振兴", "乡村"], extractor.ExtractTfIdf("振兴乡村").Select(k => k.Word).ToArray());
        Assert.Equal(["乡村", "振兴"], extractor.ExtractTfIdf("乡村振兴").Select(k => k.Word).ToArray());
    }

    [Fact]
    public void Text_rank_of_a_text_without_nouns_or_verbs_is_empty()
    {
        Assert.Empty(KeywordExtractor.Default.ExtractTextRank("，。！"));
    }

    [Fact]
    public void Code_point_order_puts_characters_beyond_the_basic_plane_last()
    {
        Assert.True(KeywordExtractor.CompareCodePoints("\U00020000", "\uFF01") > 0);
        Assert.True(KeywordExtractor.CompareCodePoints("\uFF01", "\U00020000") < 0);
        Assert.True(KeywordExtractor.CompareCodePoints("工作", "工作队") < 0);
    }

    private static List<Keyword> ReadExpected(string seed, string method)
    {
        foreach (var line in File.ReadLines(ExpectedPath))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.GetProperty("seed").GetString() == seed && root.GetProperty("method").GetString() == method)
            {
                return root.GetProperty("keywords").EnumerateArray()
                    .Select(k => new Keyword(k[0].GetString()!, double.Parse(k[1].GetString()!, CultureInfo.InvariantCulture)))
                    .ToList();
            }
        }
        throw new InvalidOperationException($"no expectation for {seed} {method}");
    }
}

public class TraditionalKeywordTests
{
    [Fact]
    public void Traditional_text_has_the_keywords_of_its_simplified_form()
    {
        const string traditional = "人行烏魯木齊中心支行駐村工作隊黨支部組織黨員開展脫貧攻堅工作，工作隊走訪農戶。";
        var expected = WorkTeam.Extraction.Analysis.KeywordExtractor.Default.ExtractTfIdf(
            WorkTeam.Extraction.Text.ScriptConverter.Default.ToSimplified(traditional), 5);
        var actual = WorkTeam.Extraction.Analysis.KeywordExtractor.Default.ExtractTfIdf(traditional, 5);
        Assert.Equal(expected, actual);
        Assert.Contains(actual, k => k.Word == "工作队");
    }
}
