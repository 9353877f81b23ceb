using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Benchmarks.NewsHtml;
using WorkTeam.Extraction;
using WorkTeam.Extraction.Documents;
using Xunit.Abstractions;

namespace WorkTeam.Extraction.Tests.Documents;

public sealed class HtmlDocumentTests(ITestOutputHelper output)
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
        <meta charset="utf-8">
        <title>工作队助力乡村振兴_伊犁新闻网</title>
        <meta property="article:published_time" content="2021-07-13T02:00:00Z">
        <style>.x { color: red }</style>
        <script>var pageTitle = "不要这段脚本，这里有逗号，还有句号。";</script>
        </head><body>
        <div class="nav"><a href="/">首页</a> &gt; <a href="/news">伊犁新闻</a></div>
        <div class="main">
          <h1>工作队助力乡村振兴</h1>
          <div class="info">2021-07-13 10:30　来源：伊犁日报　作者：韩莎莎</div>
          <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
          <div class="article-content">
            <p>　　伊犁州党委坚持把抓基层、打基础作为长远之计，持续在理顺机制、建强队伍上下功夫。</p>
            <p><img src="IMG_261.jpg" alt="IMG_261"></p>
            <p>IMG_261</p>
            <p>2020年，33人递交入党申请书，确定入党积极分子5人，培养村级后备力量9人。</p>
            <p>工作队投入资金600余万元，修建道路、改造庭院，村民收入稳步增加。</p>
            <p>责任编辑：张赏华</p>
          </div>
          <div class="comment-box"><p>网友评论：这篇文章写得很好，支持工作队，点赞！</p></div>
        </div>
        <div class="footer">版权所有：伊犁新闻网，未经许可，不得转载。</div>
        </body></html>
        """;

    [Fact]
    public void Article_text_comes_without_scripts_navigation_share_bar_comments_footer_or_image_names()
    {
        var document = Document.FromHtml(Page);
        Assert.Equal(
            "伊犁州党委坚持把抓基层、打基础作为长远之计，持续在理顺机制、建强队伍上下功夫。\n"
            + "2020年，33人递交入党申请书，确定入党积极分子5人，培养村级后备力量9人。\n"
            + "工作队投入资金600余万元，修建道路、改造庭院，村民收入稳步增加。",
            document.GetBodyText());
        // The headline opens the text as its header line; the paragraphs follow it.
        Assert.Equal("工作队助力乡村振兴\n" + document.GetBodyText(), document.Text);
        Assert.Equal([(0, 9)], document.Header);
        Assert.Equal([(10, 49), (50, 89), (90, 123)], document.Paragraphs);
        Assert.True(document.IsHtml);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Headline_date_source_author_and_editor_come_from_the_page()
    {
        var m = Document.FromHtml(Page).Metadata;
        Assert.Equal("工作队助力乡村振兴", m.Title);
        // The date shown under the headline wins over the meta tag's UTC time.
        Assert.Equal("2021-07-13T10:30", m.Published);
        Assert.Equal("伊犁日报", m.Source);
        Assert.Equal(["韩莎莎"], m.Authors);
        Assert.Equal(["张赏华"], m.Editors);
    }

    [Fact]
    public void A_headline_is_read_for_facts_as_a_copied_pages_is()
    {
        var html = """
            <html><head><title>民丰县投入资金600余万元修建道路_新闻网</title></head>
            <body><h1>民丰县投入资金600余万元修建道路</h1><div class="content"><p>工作队走访农户30户，村民收入明显增加，道路修到了家门口。</p></div></body></html>
            """;
        var document = Document.FromHtml(html);
        Assert.Equal("民丰县投入资金600余万元修建道路\n工作队走访农户30户，村民收入明显增加，道路修到了家门口。", document.Text);
        var facts = ReportAnalyzer.Default.Extract(document);
        var money = Assert.Single(facts, f => f.Kind == FactKinds.Money);
        Assert.Equal((7, 13), (money.Start, money.End));
        Assert.Equal(6_000_000m, money.Value);
        Assert.Contains(facts, f => f.Kind == FactKinds.Place && f.Text == "民丰县" && f.Start == 0);
        var count = Assert.Single(facts, f => f.Kind == FactKinds.Count);
        Assert.Equal((25, 28), (count.Start, count.End));
    }

    [Fact]
    public void A_meta_date_with_an_offset_is_kept_when_the_page_shows_none()
    {
        var html = """
            <html><head><title>标题</title><meta property="article:published_time" content="2019-09-07T13:43:45+08:00"></head>
            <body><div><p>工作队投入资金六百万元，修建道路十公里，村民收入明显增加。</p></div></body></html>
            """;
        var m = Document.FromHtml(html).Metadata;
        Assert.Equal("2019-09-07T13:43:45+08:00", m.Published);
        Assert.Equal(TimeSpan.FromHours(8), m.PublishedOffset);
    }

    [CorpusFact("news-html")]
    public void News_pages_reach_the_measured_floor()
    {
        var scores = NewsHtmlScorer.ScoreAll(TestPaths.Corpus("news-html"));
        output.WriteLine(NewsHtmlScorer.Format(scores));
        Assert.Equal(40, scores.Count);
        Assert.True(scores.Average(s => s.BodyF1) >= 0.96, "mean body F1 " + scores.Average(s => s.BodyF1));
        Assert.True(scores.Count(s => s.BodyF1 >= 0.9) >= 37);
        Assert.True(scores.Count(s => s.TitleContains == true) >= 20);
        Assert.True(scores.Count(s => s.DateMatch == true) >= 30);
        Assert.True(scores.Count(s => s.AuthorOrEditorMatch == true) >= 27);
    }
}
