using System.Text;
using WorkTeam.Extraction.Documents;

namespace WorkTeam.Extraction.Tests.Documents;

public sealed class CopiedPageTests
{
    private const string Copied =
        "伊犁新闻网 >伊犁新闻\r\n" +
        "党建引领提升群众获得感\r\n" +
        "来源:伊犁日报     点击:\r\n" +
        "分享到:\r\n" +
        "\r\n" +
        "　　工作队投入资金600余万元，修建道路。\r\n" +
        "IMG_261\r\n" +
        "村民收入明显增加。\r\n" +
        "编辑:法雅       2021-07-13\r\n";

    [Fact]
    public void Furniture_is_skipped_but_stays_in_the_offset_space()
    {
        var document = Document.FromText(Copied);
        Assert.Equal(Copied, document.Text);
        var first = Copied.IndexOf("工作队", StringComparison.Ordinal);
        var second = Copied.IndexOf("村民", StringComparison.Ordinal);
        Assert.Equal([(first, first + 19), (second, second + 9)], document.Paragraphs);
        Assert.Equal("工作队投入资金600余万元，修建道路。\n村民收入明显增加。", document.GetBodyText());
        Assert.False(document.IsHtml);
    }

    [Fact]
    public void Headline_source_editor_and_date_come_out_as_metadata()
    {
        var m = Document.FromText(Copied).Metadata;
        Assert.Equal("党建引领提升群众获得感", m.Title);
        Assert.Equal("伊犁日报", m.Source);
        Assert.Equal(["法雅"], m.Editors);
        Assert.Empty(m.Authors);
        Assert.Equal("2021-07-13", m.Published);
        Assert.Equal("utf-16", m.Encoding);
    }

    private const string RunTogether =
        "第1页共10页石潭镇东联村“规划到户、责任到人〞扶贫开发工作自评报告力促贫困村贫困户脱贫致富市府办等单位驻XX县区石潭镇东联村工作组(2023年3月28日)根据省、市扶贫“双到〞工作部署,XX市市府办等6个对口帮扶单位累计投入312.3万元扶贫资金。";

    [Fact]
    public void A_header_run_into_the_body_gives_headline_and_date_and_leaves_the_page_counter_out()
    {
        var document = Document.FromText(RunTogether);
        Assert.Equal("石潭镇东联村“规划到户、责任到人〞扶贫开发工作自评报告", document.Metadata.Title);
        Assert.Equal("2023-03-28", document.Metadata.Published);
        Assert.Equal([(7, RunTogether.Length)], document.Paragraphs);
    }

    [Theory]
    [InlineData("石潭镇东联村工作组(2023年3月28日)根据省、市扶贫工作部署,6个单位投入312.3万元扶贫资金,驻村干部全身心融入农村。")]
    [InlineData("石潭镇东联村扶贫工作自评报告，力促贫困户脱贫(2023年3月28日)根据省、市扶贫工作部署,6个单位投入312.3万元。")]
    [InlineData("石潭镇东联村扶贫工作自评报告(2023年2月30日)根据省、市扶贫工作部署,6个单位投入312.3万元扶贫资金,驻村干部。")]
    public void A_run_together_header_needs_a_genre_word_no_punctuation_and_a_real_date(string text)
    {
        var document = Document.FromText(text);
        Assert.Null(document.Metadata.Title);
        Assert.Null(document.Metadata.Published);
        Assert.Equal([(0, text.Length)], document.Paragraphs);
    }

    [Fact]
    public void A_first_line_closed_by_a_comma_is_body_not_a_headline()
    {
        const string text = "許多社區長青學苑多開設有書法、插花、土風舞班，\n吸引不少長者參加。\n";
        var document = Document.FromText(text);
        Assert.Null(document.Metadata.Title);
        Assert.Equal([(0, 23), (24, 33)], document.Paragraphs);
    }

    [Fact]
    public void A_single_line_is_body_not_a_headline()
    {
        var document = Document.FromText("工作队投入资金六百万元");
        Assert.Null(document.Metadata.Title);
        Assert.Equal([(0, 11)], document.Paragraphs);
    }

    [Fact]
    public void An_unnamed_stream_that_starts_like_html_is_read_as_html()
    {
        var html = "<!DOCTYPE html><html><head><title>工作队</title></head><body><div><p>工作队投入资金六百万元，修建道路十公里。</p></div></body></html>";
        var document = Document.Load(new MemoryStream(Encoding.UTF8.GetBytes(html)));
        Assert.True(document.IsHtml);
        Assert.Null(document.Name);
        Assert.Equal("工作队\n工作队投入资金六百万元，修建道路十公里。", document.Text);
        Assert.Equal([(0, 3)], document.Header);
        Assert.Equal([(4, 24)], document.Paragraphs);
    }

    [Fact]
    public void Html_can_be_forced_off_for_a_text_that_looks_like_markup()
    {
        var text = "<html>不是网页，只是文字。</html>";
        var document = Document.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), "note.html", new DocumentLoadOptions { IsHtml = false });
        Assert.False(document.IsHtml);
        Assert.Equal(text, document.Text);
    }
}
