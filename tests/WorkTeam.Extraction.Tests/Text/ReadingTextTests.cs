using System.Text;
using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Tests.Text;

public sealed class ReadingTextTests
{
    [Theory]
    [InlineData("工作隊(duì)進駐", "工作隊進駐")]
    [InlineData("投入12萬(wàn)元", "投入12萬元")]
    [InlineData("王國(guó)華同志", "王國華同志")]
    [InlineData("鄉（xiāng）村", "鄉村")]
    [InlineData("工作(gōng zuò)隊", "工作隊")]
    [InlineData("工作(gong1 zuo4)隊", "工作隊")]
    [InlineData("工作(gōngzuò)隊", "工作隊")]
    [InlineData("綠(lǜ)色", "綠色")]
    [InlineData("綠(lv4)色", "綠色")]
    [InlineData("王(Wáng)書記", "王書記")]
    [InlineData("總場熆倛?(chǎng)九連", "總場熆倛?九連")]
    public void Toned_annotations_after_han_characters_are_removed(string text, string view)
    {
        Assert.Equal(view, ReadingText.Create(text).View);
    }

    [Fact]
    public void A_toneless_annotation_goes_when_the_text_has_toned_ones()
    {
        Assert.Equal("他們來到工作隊", ReadingText.Create("他們(men)來到工作隊(duì)").View);
        // Alone, (men) after a character is not evidence of an annotated page.
        Assert.Equal("他們(men)來到工作隊", ReadingText.Create("他們(men)來到工作隊").View);
    }

    [Fact]
    public void Five_toneless_annotations_show_an_annotated_page_without_any_toned_one()
    {
        Assert.Equal("新華社記者柳王敏，臨近春節，49歲的隊長", ReadingText.Create("新華(hua)社記(ji)者柳王敏，臨近春節(jie)，49歲(sui)的隊(dui)長").View);
        Assert.Equal("新華社記者，臨近春節，49歲(sui)的隊(dui)長", ReadingText.Create("新華社記者，臨近春節，49歲(sui)的隊(dui)長").View);
    }

    [Theory]
    [InlineData("帮扶2322户(次)，工作隊(duì)", "帮扶2322户(次)，工作隊")]
    [InlineData("郝永言(左)与工作隊(duì)", "郝永言(左)与工作隊")]
    [InlineData("国内生产总值(GDP)与工作隊(duì)", "国内生产总值(GDP)与工作隊")]
    [InlineData("区块链(blockchain)与工作隊(duì)", "区块链(blockchain)与工作隊")]
    [InlineData("中国(China)与工作隊(duì)", "中国(China)与工作隊")]
    [InlineData("附件(m)与工作隊(duì)", "附件(m)与工作隊")]
    [InlineData("投入(2020年)与工作隊(duì)", "投入(2020年)与工作隊")]
    public void Genuine_parentheses_stay(string text, string view)
    {
        Assert.Equal(view, ReadingText.Create(text).View);
    }

    [Fact]
    public void A_word_annotated_with_more_syllables_than_characters_stays()
    {
        Assert.Equal("隊(duì duì)", ReadingText.Create("隊(duì duì)").View);
        Assert.Equal("2020(nián)年", ReadingText.Create("2020(nián)年").View);
    }

    [Fact]
    public void Offsets_of_the_view_map_into_the_original()
    {
        const string text = "投入12萬(wàn)元建設";
        var reading = ReadingText.Create(text);
        Assert.Equal("投入12萬元建設", reading.View);
        // 萬元 in the view is [4, 6); in the original 萬(wàn)元 is [4, 11).
        Assert.Equal((4, 11), reading.ToOriginalSpan(4, 6));
        // A span ending on an annotated character takes its annotation.
        Assert.Equal((2, 10), reading.ToOriginalSpan(2, 5));
        Assert.Equal(10, reading.ToOriginal(5));
        Assert.Equal(13, reading.ToOriginal(8));
    }

    [Theory]
    [InlineData("????3月12日", "\u3000\u3000\u3000\u30003月12日")]
    [InlineData("\uFFFD\uFFFD2020年", "\u3000\u30002020年")]
    [InlineData("第一行\n?3月", "第一行\n\u30003月")]
    [InlineData("真的吗?是的", "真的吗?是的")]
    public void Lost_characters_become_blank_of_the_same_length(string text, string view)
    {
        var reading = ReadingText.Create(text);
        Assert.Equal(view, reading.View);
        Assert.True(reading.IsOffsetIdentity);
    }

    [Fact]
    public void Lost_characters_before_a_date_no_longer_hide_it()
    {
        var facts = ReportAnalyzer.Default.Extract("????3月12日，工作队进驻。", new DateOnly(2021, 7, 13));
        var date = Assert.Single(facts, f => f.Kind == FactKinds.Date);
        Assert.Equal("2021-03-12", date.Date);
        Assert.Equal("3月12日", date.Text);
        Assert.Equal(4, date.Start);
    }

    [Theory]
    [InlineData("????2020年3月12日，工作队进驻。", "2020-03-12")]
    [InlineData("\uFFFD\uFFFD2020年，工作队进驻。", "2020")]
    public void A_year_right_after_lost_characters_is_read(string text, string expected)
    {
        var date = Assert.Single(ReportAnalyzer.Default.Extract(text), f => f.Kind == FactKinds.Date);
        Assert.Equal(expected, date.Date);
        Assert.Equal(text.IndexOf('2', StringComparison.Ordinal), date.Start);
    }

    [Fact]
    public void Facts_in_annotated_text_point_into_the_original()
    {
        const string text = "工作隊(duì)投入12萬(wàn)元。";
        var money = Assert.Single(ReportAnalyzer.Default.Extract(text), f => f.Kind == FactKinds.Money);
        Assert.Equal(120000m, money.Value);
        Assert.Equal("12萬(wàn)元", money.Text);
        Assert.Equal(text.IndexOf("12", StringComparison.Ordinal), money.Start);
        Assert.Equal(text.IndexOf('。', StringComparison.Ordinal), money.End);
    }

    [Fact]
    public void The_body_text_and_title_of_a_document_are_clean()
    {
        var document = Document.FromText("工作隊(duì)駐村紀實\n\n工作隊(duì)投入12萬(wàn)元，幫扶農戶。\n");
        Assert.Equal("工作隊(duì)投入12萬(wàn)元，幫扶農戶。", document.Text[document.Paragraphs[^1].Start..document.Paragraphs[^1].End]);
        Assert.EndsWith("工作隊投入12萬元，幫扶農戶。", document.GetBodyText(), StringComparison.Ordinal);
    }

    private static readonly string[] TonedSyllables = ["duì", "xiāng", "wàn", "guó", "gōng", "zuò", "mín", "cūn", "zhèng", "fǔ", "lǜ", "shēng"];
    private static readonly string[] ToneDigitSyllables = ["dui4", "xiang1", "wan4", "cun1"];
    private static readonly string[] TonelessSyllables = ["men", "de", "zi", "le"];

    /// <summary>
    /// Inserts a random pinyin annotation after about one Han character in six; returns the annotated
    /// text and the insertions as (position in the clean text, length).
    /// </summary>
    private static (string Text, List<(int At, int Length)> Insertions) Annotate(string clean, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(clean.Length * 2);
        var insertions = new List<(int, int)>();
        for (int i = 0; i < clean.Length; i++)
        {
            char c = clean[i];
            builder.Append(c);
            if (c is >= '\u4E00' and <= '\u9FFF' && random.Next(6) == 0)
            {
                string[] pool = random.Next(3) switch { 0 => TonedSyllables, 1 => ToneDigitSyllables, _ => TonelessSyllables };
                var syllable = pool[random.Next(pool.Length)];
                var annotation = random.Next(2) == 0 ? "(" + syllable + ")" : "（" + syllable + "）";
                builder.Append(annotation);
                insertions.Add((i + 1, annotation.Length));
            }
        }
        return (builder.ToString(), insertions);
    }

    private static int StableSeed(string name)
    {
        int hash = 17;
        foreach (char c in name)
        {
            hash = unchecked((hash * 31) + c);
        }
        return hash;
    }

    private static int Shift(List<(int At, int Length)> insertions, int offset)
    {
        int shift = 0;
        foreach (var (at, length) in insertions)
        {
            if (at <= offset)
            {
                shift += length;
            }
        }
        return offset + shift;
    }

    public static TheoryData<string, int> SeedsAndRounds()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            for (int round = 0; round < 2; round++)
            {
                data.Add(Path.GetFileName(path), round);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndRounds))]
    public void Facts_of_a_seed_with_random_pinyin_equal_the_facts_of_the_seed(string seed, int round)
    {
        var clean = File.ReadAllText(TestPaths.Seed(seed));
        var (annotated, insertions) = Annotate(clean, StableSeed(seed) + round);
        Assert.True(insertions.Count > 10, "the seed should get annotations");
        var date = new DateOnly(2021, 7, 13);

        var expected = ReportAnalyzer.Default.Extract(Document.FromText(clean), date);
        var actual = ReportAnalyzer.Default.Extract(Document.FromText(annotated), date);

        var expectedMapped = expected.Select(f =>
        {
            int start = Shift(insertions, f.Start), end = Shift(insertions, f.End);
            return f with { Start = start, End = end, Text = annotated[start..end] };
        }).ToList();
        Assert.Equal(expectedMapped, actual);
        Assert.Equal(ReportAnalyzer.Default.Extract(clean, date).Count, ReportAnalyzer.Default.Extract(annotated, date).Count);
    }
}
