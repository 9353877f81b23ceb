using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Documents;

/// <summary>
/// The headline and the lines that date, source or credit a story are no body, but the annotation rules
/// read them (benchmarks/devset/README.md: every line, bylines and datelines included; navigation and share
/// bars not): their facts come out with offsets into the text, furniture still gives none.
/// </summary>
public sealed class HeaderFactsTests
{
    private const string Page =
        "尉犁县:助农摘杏采摘忙\n" +                        // [0, 11) headline
        "2021-07-04 10:00 来源:天山网\n" +                 // [12, 35) dateline and source
        "分享到:微信 微博\n" +                              // share bar
        "地区:新疆|西藏|青海|甘肃\n" +                      // navigation menu
        "眼下正值杏子成熟季节。在尉犁县尉犁镇和平社区的果园里,居民们共采摘杏子200吨。\n";

    private static List<(string Kind, string Text, int Start, int End, string? Value)> Facts(Document document) =>
        [.. ReportAnalyzer.Default.Extract(document).Select(f => (f.Kind.Name(), f.Text, f.Start, f.End, f.Name ?? f.Date ?? f.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    [Fact]
    public void The_headline_and_the_dateline_are_read_for_facts_and_menus_and_share_bars_are_not()
    {
        var document = Document.FromText(Page);
        Assert.Equal([(0, 11), (12, 35)], document.Header);
        Assert.Equal([(61, 101)], document.Paragraphs);
        Assert.Equal(
            [
                ("place", "尉犁县", 0, 3, "尉犁县"),
                ("date", "2021-07-04", 12, 22, "2021-07-04"),
                ("place", "天山", 32, 34, "天山"),
                ("org", "天山网", 32, 35, "天山网"), // the source line's medium (Entities/CreditedSources)
                ("place", "尉犁县", 73, 76, "尉犁县"),
                ("place", "尉犁镇", 76, 79, "尉犁镇"),
                ("place", "和平社区", 79, 83, "和平社区"),
                ("measure", "200吨", 96, 100, "200"),
            ],
            Facts(document));
    }

    [Fact]
    public void Reading_the_header_leaves_the_metadata_and_the_body_as_they_were()
    {
        var document = Document.FromText(Page);
        Assert.Equal("尉犁县:助农摘杏采摘忙", document.Metadata.Title);
        Assert.Equal("2021-07-04T10:00", document.Metadata.Published);
        Assert.Equal("天山网", document.Metadata.Source);
        Assert.Equal("眼下正值杏子成熟季节。在尉犁县尉犁镇和平社区的果园里,居民们共采摘杏子200吨。", document.GetBodyText());
    }

    [Fact]
    public void A_traditional_headline_with_inline_pinyin_gives_its_place_at_the_original_offsets()
    {
        var document = Document.FromText("尉犁縣(xiàn):助農摘杏採摘忙\n2022-01-28 09:15 來源:天山網\n眼下正值杏子成熟季節。在尉犁縣的果園里,居民們共採摘杏子200噸。");
        var facts = Facts(document);
        Assert.Equal(("place", "尉犁縣(xiàn)", 0, 9, "尉犁县"), facts[0]);
        Assert.Equal(("date", "2022-01-28", 18, 28, "2022-01-28"), facts[1]);
        Assert.Equal("尉犁縣:助農摘杏採摘忙", document.Metadata.Title);
    }

    [Fact]
    public void A_notice_s_closing_date_below_its_senders_is_read_for_facts()
    {
        // The date under a notice's senders is furniture (the page's date) and, like a dateline, a date fact.
        var document = Document.FromText("确保年度减贫任务如期完成。\n巴中市财政局 巴中市扶贫开发局\n2019年2月18日\n");
        Assert.Equal("2019-02-18", document.Metadata.Published);
        Assert.Contains(ReportAnalyzer.Default.Extract(document), f => f is { Kind: FactKinds.Date, Text: "2019年2月18日", Start: 30, End: 40, Date: "2019-02-18" });
    }

    [Fact]
    public void A_traditional_notice_s_closing_date_is_read_for_facts()
    {
        var document = Document.FromText("確保年度減貧任務如期完成。\n巴中市財政局 巴中市扶貧開發局\n2019年2月18日\n");
        Assert.Contains(ReportAnalyzer.Default.Extract(document), f => f is { Kind: FactKinds.Date, Text: "2019年2月18日", Start: 30, End: 40, Date: "2019-02-18" });
    }

    [Theory]
    // Dates under a list of related links, and a comment's timestamp, are no closing date: no date facts below the body.
    [InlineData("确保年度减贫任务如期完成。\n相关链接\n巴中市召开扶贫工作会\n2021-07-13\n巴中市发布脱贫名单\n2021-07-14\n")]
    [InlineData("確保年度減貧任務如期完成。\n相關鏈接\n巴中市召開扶貧工作會\n2021-07-13\n巴中市發布脫貧名單\n2021-07-14\n")]
    [InlineData("确保年度减贫任务如期完成。\n网友评论\n2021-07-13 10:22\n")]
    [InlineData("確保年度減貧任務如期完成。\n網友評論\n2021-07-13 10:22\n")]
    public void Dates_of_related_links_and_comment_timestamps_below_the_body_are_no_facts(string text)
    {
        var document = Document.FromText(text);
        Assert.DoesNotContain(ReportAnalyzer.Default.Extract(document), f => f.Kind == FactKinds.Date);
    }

    [Fact]
    public void A_page_that_opens_with_its_body_has_no_header_lines()
    {
        var document = Document.FromText("眼下正值杏子成熟季节。在尉犁县尉犁镇和平社区的果园里,居民们共采摘杏子200吨。\n");
        Assert.Empty(document.Header);
    }

    [Fact]
    public void A_headline_series_tag_with_a_dot_is_no_person()
    {
        var document = Document.FromText("新时代·兵团人的美好生活丨笑容是最好的证明\n\n2020年09月22日 12:11   来源:兵团日报\n\n  9月18日,记者来到一师二团二十二连办公室门前,连队宣传橱窗内张贴的职工群众朴实的笑脸照片格外抢眼。\n");
        Assert.DoesNotContain(ReportAnalyzer.Default.Extract(document), f => f.Kind == FactKinds.Person);
        Assert.Contains(ReportAnalyzer.Default.Extract(document), f => f is { Kind: FactKinds.Date, Text: "2020年09月22日", Start: 23 });
    }

    [Fact]
    public void A_photo_caption_in_the_body_is_read_though_its_credit_looks_like_a_byline()
    {
        // The caption's credit (攝影:) made the whole line furniture: its people and places were lost.
        const string page = "鄉村振興手記\n\n  近年來,大陸把發展的重點轉向了農村。\n\n台灣青年林志明向黃德昌書記請教東辛莊村的經驗(攝影:周立文)\n\n  上世紀八十年代,黃德昌以種菜起家。\n";
        var document = Document.FromText(page);
        var caption = page.IndexOf("台灣青年", StringComparison.Ordinal);
        Assert.Contains((caption, caption + 30), document.Paragraphs);
        var people = ReportAnalyzer.Default.Extract(document).Where(f => f.Kind == FactKinds.Person).Select(f => (f.Text, f.Start)).ToList();
        Assert.Equal([("林志明", caption + 4), ("黃德昌", caption + 8), ("周立文", caption + 26), ("黃德昌", page.LastIndexOf("黃德昌", StringComparison.Ordinal))], people);
    }

    [Fact]
    public void A_credit_alone_in_brackets_stays_furniture()
    {
        const string page = "鄉村振興手記\n\n  近年來,大陸把發展的重點轉向了農村。\n\n(攝影:周立文)\n";
        var document = Document.FromText(page);
        var credit = page.IndexOf("(攝影", StringComparison.Ordinal);
        Assert.DoesNotContain(document.Paragraphs, p => p.Start <= credit && p.End > credit);
    }
}
