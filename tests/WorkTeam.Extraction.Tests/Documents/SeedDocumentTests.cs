using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Tests.Documents;

/// <summary>
/// The five seeds are text copied from web pages. Their metadata below was read off each file by
/// hand: the headline line, the date and source line, the 编辑 / 责任编辑 / 记者 bylines.
/// </summary>
public sealed class SeedDocumentTests
{
    private static Document LoadSeed(string file) => Document.Load(TestPaths.Seed(file));

    private static IEnumerable<string> ParagraphTexts(Document document) =>
        document.Paragraphs.Select(p => document.Text[p.Start..p.End]);

    [Fact]
    public void Seed_000_is_traditional_text_without_furniture()
    {
        var document = LoadSeed("000_265aec3cadc6e7fd.txt");
        var m = document.Metadata;
        Assert.Null(m.Title);
        Assert.Null(m.Published);
        Assert.Null(m.Source);
        Assert.Empty(m.Authors);
        Assert.Empty(m.Editors);
        Assert.Equal(Script.Traditional, m.Script);
        Assert.Equal("utf-8", m.Encoding);
        Assert.Empty(document.Warnings);
        // Every non-blank line is body: the seed has no furniture.
        Assert.Equal(File.ReadAllLines(TestPaths.Seed("000_265aec3cadc6e7fd.txt")).Count(l => l.Trim().Length > 0), document.Paragraphs.Count);
        Assert.StartsWith("人行烏魯木齊中心支行", ParagraphTexts(document).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_001_takes_headline_source_editor_date_and_reporter_out_of_the_body()
    {
        var document = LoadSeed("001_5fdf72617200650f.txt");
        var m = document.Metadata;
        Assert.Equal("【奋斗百年路 启航新征程】党建引领切实提升群众获得感 ——同心奔小康伊犁州经济社会发展综述之八", m.Title);
        Assert.Equal("2021-07-13", m.Published);
        Assert.Equal(new DateOnly(2021, 7, 13), m.PublishedDate);
        Assert.Null(m.PublishedTime);
        Assert.Equal("伊犁日报", m.Source);
        Assert.Equal(["法雅"], m.Editors);
        Assert.Equal(["韩莎莎"], m.Authors);
        Assert.Equal(Script.Simplified, m.Script);

        var paragraphs = ParagraphTexts(document).ToList();
        Assert.StartsWith("伊犁州党委坚持以习近平新时代", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("自治州通过就地培养和选派挂职", paragraphs[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => p.Contains("分享到", StringComparison.Ordinal) || p.Contains("字体", StringComparison.Ordinal)
            || p.Contains("伊犁新闻网", StringComparison.Ordinal) || p.Contains("编辑:", StringComparison.Ordinal));
        // The body keeps the offsets of the file: the first paragraph sits where it is in the file.
        var raw = File.ReadAllText(TestPaths.Seed("001_5fdf72617200650f.txt"));
        Assert.Equal(raw, document.Text);
        Assert.Equal(raw.IndexOf("伊犁州党委坚持", StringComparison.Ordinal), document.Paragraphs[0].Start);
    }

    [Fact]
    public void Seed_002_reads_two_reporters_from_the_lead_and_the_bracketed_editor()
    {
        var document = LoadSeed("002_9da668e383d29d46.txt");
        var m = document.Metadata;
        Assert.Equal("【访惠聚】不负新时代 砥砺谱新篇", m.Title);
        Assert.Equal("2018-04-02T10:22", m.Published);
        Assert.Equal(new TimeOnly(10, 22), m.PublishedTime);
        Assert.Equal("新疆经济报", m.Source);
        Assert.Equal(["张治立", "于熙"], m.Authors);
        Assert.Equal(["张赏华"], m.Editors);

        var paragraphs = ParagraphTexts(document).ToList();
        // The subtitle belongs to the headline, the date line and the editor line are furniture.
        Assert.StartsWith("新疆经济报讯(记者张治立", paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("——自治区2018年", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("责任编辑", StringComparison.Ordinal));
        Assert.Contains("……", paragraphs);
    }

    [Fact]
    public void Seed_003_drops_the_site_name_and_the_repeated_headline()
    {
        var document = LoadSeed("003_472a00e1cedbad9e.txt");
        var m = document.Metadata;
        Assert.Equal("八师石河子市“访惠聚”驻连(村)工作综述", m.Title);
        Assert.Equal("2018-03-19T12:27:00", m.Published);
        Assert.Equal("天山网", m.Source);
        Assert.Equal(["姜小薇"], m.Authors);
        Assert.Equal(["加乘"], m.Editors);

        var paragraphs = ParagraphTexts(document).ToList();
        Assert.StartsWith("天山网讯(记者姜小薇报道)", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("件件实事,一切为了群众;敢于担当", paragraphs[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("央广网", paragraphs);
    }

    [Fact]
    public void Seed_004_leaves_image_names_attachments_and_the_welcome_line_out()
    {
        var document = LoadSeed("004_233a1e7b4fad0203.txt");
        var m = document.Metadata;
        Assert.Equal("自治区教育厅驻村工作队,这件事干得好!", m.Title);
        Assert.Equal("2021-03-24T19:46", m.Published);
        Assert.Equal("自治区教育厅", m.Source);
        Assert.Empty(m.Authors);
        Assert.Empty(m.Editors);

        var paragraphs = ParagraphTexts(document).ToList();
        Assert.StartsWith("基层党组织是党的全部工作和战斗力的基础。", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("通过扎实有效抓党建促稳定促脱贫工作", paragraphs[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => p.Contains("38476d19d7a6dc4c795b7ddea3429b13", StringComparison.Ordinal)
            || p.Contains(".png", StringComparison.Ordinal) || p.Contains("附件", StringComparison.Ordinal)
            || p.Contains("相关稿件", StringComparison.Ordinal) || p.Contains("欢迎访问", StringComparison.Ordinal));
        // Photo captions stay: they cannot be told from section headings and carry facts.
        Assert.Contains("工作队和村民一起抗洪", paragraphs);
    }
}
