using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Segmentation;

namespace WorkTeam.Extraction.Tests.Segmentation;

// Expected tokens are Python jieba 0.42.1's output for the same input (Debian python3-jieba),
// checked by hand; benchmarks/parity/jieba_parity.py checks whole corpora.
public class SegmenterTests
{
    private static readonly Segmenter Jieba = Segmenter.Default;

    private static string[] Words(IEnumerable<Token> tokens) => tokens.Select(t => t.Text).ToArray();

    [Fact]
    public void Precise_mode_cuts_the_classic_sentence_as_jieba_does()
    {
        var tokens = Jieba.Cut("我来到北京清华大学");
        Assert.Equal(["我", "来到", "北京", "清华大学"], Words(tokens));
        Assert.Equal([(0, 1), (1, 3), (3, 5), (5, 9)], tokens.Select(t => (t.Start, t.End)));
    }

    [Fact]
    public void The_HMM_joins_characters_no_dictionary_word_covers()
    {
        Assert.Equal(["他", "来到", "了", "网易", "杭研", "大厦"], Words(Jieba.Cut("他来到了网易杭研大厦")));
        Assert.Equal(["他", "来到", "了", "网易", "杭", "研", "大厦"], Words(Jieba.Cut("他来到了网易杭研大厦", hmm: false)));
    }

    [Fact]
    public void Full_mode_lists_every_dictionary_word()
    {
        Assert.Equal(["我", "来到", "北京", "清华", "清华大学", "华大", "大学"],
            Words(Jieba.Cut("我来到北京清华大学", SegmentationMode.Full)));
    }

    [Fact]
    public void Search_mode_adds_the_short_words_inside_long_ones_before_them()
    {
        Assert.Equal(["小明", "硕士", "毕业", "于", "中国", "科学", "学院", "科学院", "中国科学院", "计算", "计算所"],
            Words(Jieba.Cut("小明硕士毕业于中国科学院计算所", SegmentationMode.Search)));
    }

    [Fact]
    public void Tags_follow_posseg()
    {
        var tokens = Jieba.CutWithTags("我来到北京清华大学，小明硕士毕业于中国科学院");
        Assert.Equal(
            ["我/r", "来到/v", "北京/ns", "清华大学/nt", "，/x", "小明/nr", "硕士/n", "毕业/n", "于/p", "中国科学院/nt"],
            tokens.Select(t => t.ToString()));
    }

    [Fact]
    public void Every_token_is_the_text_at_its_offsets()
    {
        const string text = "驻村工作队在民丰县若克雅乡劳光村开展工作，投入资金600余万元。";
        foreach (var mode in new[] { SegmentationMode.Precise, SegmentationMode.Full, SegmentationMode.Search })
        {
            foreach (var token in Jieba.Cut(text, mode))
            {
                Assert.Equal(text[token.Start..token.End], token.Text);
            }
        }
        var precise = Jieba.Cut(text);
        Assert.Equal(text, string.Concat(precise.Select(t => t.Text)));
        Assert.Equal(["驻村", "工作队", "在", "民丰县", "若", "克雅", "乡", "劳光村", "开展", "工作"], Words(precise).Take(10));
    }

    [Fact]
    public void Characters_outside_the_BMP_are_never_split()
    {
        var tokens = Jieba.Cut("我爱😀北京𠀀 test\r\nabc");
        Assert.Equal(["我", "爱", "😀", "北京", "𠀀", " ", "test", "\r\n", "abc"], Words(tokens));
        Assert.Equal(2, tokens[2].End - tokens[2].Start);
        Assert.All(Jieba.Cut("😀😀𠀀", SegmentationMode.Search), t => Assert.False(char.IsLowSurrogate(t.Text[0])));
        Assert.All(Jieba.CutWithTags("😀𠀀"), t => Assert.Equal(2, t.Text.Length));
    }

    [Fact]
    public void Empty_text_gives_no_tokens()
    {
        Assert.Empty(Jieba.Cut(""));
        Assert.Empty(Jieba.Cut("", SegmentationMode.Full));
        Assert.Empty(Jieba.CutWithTags(""));
    }

    [Fact]
    public void Added_words_are_kept_whole_with_their_tags()
    {
        var segmenter = new SegmenterBuilder().AddWord("创新办", 3, "i").AddWord("云计算", 5).Build();
        const string text = "李小福是创新办主任也是云计算方面的专家";
        Assert.Equal(["李小福", "是", "创新办", "主任", "也", "是", "云计算", "方面", "的", "专家"], Words(segmenter.Cut(text)));
        Assert.Equal(["李小福/nr", "是/v", "创新办/i", "主任/b", "也/d", "是/v", "云计算/x", "方面/n", "的/uj", "专家/n"],
            segmenter.CutWithTags(text).Select(t => t.ToString()));
        // The shared default is untouched.
        Assert.Equal(["李小福", "是", "创新", "办", "主任", "也", "是", "云", "计算", "方面", "的", "专家"], Words(Jieba.Cut(text)));
    }

    [Fact]
    public void A_word_added_without_frequency_gets_one_that_keeps_it_whole()
    {
        var segmenter = new SegmenterBuilder().AddWord("杭研大厦").Build();
        Assert.Equal(["他", "来到", "了", "网易", "杭研大厦"], Words(segmenter.Cut("他来到了网易杭研大厦")));
    }

    [Fact]
    public void A_removed_word_is_no_longer_produced()
    {
        var segmenter = new SegmenterBuilder().RemoveWord("清华大学").Build();
        Assert.Equal(["我", "来到", "北京", "清华", "大学"], Words(segmenter.Cut("我来到北京清华大学")));
    }

    [Fact]
    public void A_user_dictionary_file_is_read_in_jiebas_format()
    {
        var dict = new StringReader("\uFEFF创新办 3 i\n云计算 5\n\n凱特琳 nz\n");
        var segmenter = new SegmenterBuilder().AddUserDictionary(dict).Build();
        Assert.Equal(["创新办/i", "主任/b"], segmenter.CutWithTags("创新办主任").Select(t => t.ToString()));
        Assert.Equal(["凱特琳/nz"], segmenter.CutWithTags("凱特琳").Select(t => t.ToString()));
    }

    [Fact]
    public void A_bad_user_dictionary_line_names_its_line()
    {
        var dict = new StringReader("好词 5\n坏词 99999999999\n");
        var error = Assert.Throws<UserDictionaryFormatException>(() => new SegmenterBuilder().AddUserDictionary(dict, "my.dict"));
        Assert.Equal(2, error.LineNumber);
        Assert.Contains("my.dict, line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_segmenter_serves_many_threads_with_the_same_results()
    {
        var lines = Directory.GetFiles(TestPaths.Seeds, "*.txt").SelectMany(File.ReadAllLines).Where(l => l.Length > 0).ToArray();
        var expected = lines.Select(l => string.Join("|", Words(Jieba.CutWithTags(l)))).ToArray();
        var actual = new string[lines.Length];
        Parallel.For(0, lines.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            int k = i % lines.Length;
            actual[k] = string.Join("|", Words(Jieba.CutWithTags(lines[k])));
        });
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_missing_resource_is_reported_by_name()
    {
        var error = Assert.Throws<ResourceLoadException>(() => EmbeddedResources.Open("no-such.bin", 0));
        Assert.Equal("WorkTeam.no-such.bin", error.ResourceName);
    }
}

public class TraditionalSegmentationTests
{
    [Fact]
    public void Traditional_text_is_cut_on_its_simplified_view_and_keeps_its_characters()
    {
        // Python jieba on `opencc -c t2s` of the line gives 民丰县 / 若克雅乡 is cut 若 / 克雅 / 乡 …
        const string text = "自治區教育廳駐民豐縣若克雅鄉勞光村工作隊";
        var tokens = Segmenter.Default.Cut(text);
        var simplified = Segmenter.Default.Cut("自治区教育厅驻民丰县若克雅乡劳光村工作队");
        Assert.Equal(simplified.Select(t => (t.Start, t.End)), tokens.Select(t => (t.Start, t.End)));
        Assert.Equal(text, string.Concat(tokens.Select(t => t.Text)));
        Assert.Contains(tokens, t => t.Text == "民豐縣" && t.Start == 7);
    }

    [Fact]
    public void Traditional_tags_come_from_the_simplified_view()
    {
        var tokens = Segmenter.Default.CutWithTags("我們來到臺灣");
        Assert.Equal(["我們/r", "來到/v", "臺灣/ns"], tokens.Select(t => t.ToString()));
    }

    [Fact]
    public void Simplified_text_is_not_converted()
    {
        // 著 is a character OpenCC's t2s would change in some phrases; simplified text stays jieba's.
        var tokens = Segmenter.Default.Cut("他是著名的作家");
        Assert.Equal(["他", "是", "著名", "的", "作家"], tokens.Select(t => t.Text));
    }
}
