using WorkTeam.Extraction.Documents;

namespace WorkTeam.Extraction.Tests.Documents;

/// <summary>Header forms met on real pages (issue 13): dates with times and sources, headlines, bylines, menus.</summary>
public sealed class HeaderMetadataTests
{
    private const string Body = "为切实做好驻村帮扶工作，工作队深入农户家中走访调研，详细了解群众生产生活中的实际困难和需求，帮助解决实际问题。\n";

    [Theory]
    [InlineData("2020 09/22 12:11:05", "2020-09-22T12:11:05")]
    [InlineData("更新时间：2021-04-07 10:22", "2021-04-07T10:22")]
    [InlineData("发布时间 2021年4月7日", "2021-04-07")]
    [InlineData("時間：2022-01-28 09:15:00", "2022-01-28T09:15:00")]
    [InlineData("2021-04-07 10:22 新疆日报", "2021-04-07T10:22")]
    [InlineData("2022-01-28 09:15:00  來源:鄉村干部報  作者:新疆生產建設兵團", "2022-01-28T09:15:00")]
    public void A_header_date_line_gives_the_publish_date(string line, string published)
    {
        var document = Document.FromText("驻村工作队帮扶纪实\n" + line + "\n" + Body);
        Assert.Equal(published, document.Metadata.Published);
        Assert.Equal("驻村工作队帮扶纪实", document.Metadata.Title);
        Assert.Single(document.Paragraphs);
    }

    [Theory]
    [InlineData("(资料图片仅供参考)")]
    [InlineData("（資料圖片）")]
    public void A_caption_in_brackets_is_no_headline(string caption)
    {
        var document = Document.FromText("攻略\n" + caption + "\n" + Body);
        Assert.Null(document.Metadata.Title);
        var (start, end) = Assert.Single(document.Paragraphs);
        Assert.Equal(Body.TrimEnd('\n'), document.Text[start..end]);
    }

    [Fact]
    public void A_keyword_banner_over_the_page_is_furniture()
    {
        const string banner = "99精品影视大全在线观看_免费高清电影电视剧下载_日本一区二区三区四区在线观看_最新热门影片_中文字幕在线_a天堂在线观看";
        var document = Document.FromText(banner + "\n\n黃石陽新縣扶貧工作隊拉起來就是戰疫隊\n2020-02-10 18:06:00  來源:人民日報\n" + Body);
        Assert.Equal("黃石陽新縣扶貧工作隊拉起來就是戰疫隊", document.Metadata.Title);
        Assert.Equal("2020-02-10T18:06:00", document.Metadata.Published);
        var (start, end) = Assert.Single(document.Paragraphs);
        Assert.Equal(Body.TrimEnd('\n'), document.Text[start..end]);
    }

    [Fact]
    public void The_source_after_a_dated_line_is_read()
    {
        var document = Document.FromText("標題一則\n2022-01-28 09:15:00  來源:鄉村干部報  作者:張三\n" + Body);
        Assert.Equal("鄉村干部報", document.Metadata.Source);
        Assert.Equal(["張三"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("题：驻村工作队帮扶纪实", "驻村工作队帮扶纪实")]
    [InlineData("題：駐村工作隊幫扶紀實", "駐村工作隊幫扶紀實")]
    public void A_title_line_states_the_headline(string line, string title)
    {
        var document = Document.FromText("新华社乌鲁木齐4月7日电\n" + line + "\n" + Body);
        Assert.Equal(title, document.Metadata.Title);
    }

    [Theory]
    [InlineData("駐村工作隊幫扶紀實-新華網", "駐村工作隊幫扶紀實")]
    [InlineData("驻村工作队帮扶纪实_人民网", "驻村工作队帮扶纪实")]
    [InlineData("驻村工作队帮扶纪实 | 央视新闻客户端", "驻村工作队帮扶纪实")]
    [InlineData("党建引领 ——同心奔小康伊犁州经济社会发展综述之八", "党建引领 ——同心奔小康伊犁州经济社会发展综述之八")]
    [InlineData("工作隊(duì)幫扶紀實", "工作隊幫扶紀實")]
    public void A_headline_loses_the_site_suffix_and_pinyin(string line, string title)
    {
        var document = Document.FromText(line + "\n来源：新疆日报\n" + Body);
        Assert.Equal(title, document.Metadata.Title);
    }

    [Fact]
    public void A_marked_lone_name_is_the_author_not_the_headline()
    {
        var document = Document.FromText("□張騁\n" + Body);
        Assert.Null(document.Metadata.Title);
        Assert.Equal(["張騁"], document.Metadata.Authors);
    }

    [Fact]
    public void A_text_byline_is_furniture_not_the_headline()
    {
        var document = Document.FromText("文 | 李明\n驻村工作队帮扶纪实\n" + Body);
        Assert.Equal("驻村工作队帮扶纪实", document.Metadata.Title);
        Assert.Equal(["李明"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("地區:新疆|西藏|青海|甘肅|寧夏")]
    [InlineData("行業:農業|工業|服務業")]
    [InlineData("当前位置：首页 > 新闻中心 > 基层动态")]
    public void A_navigation_menu_is_furniture_and_gives_no_facts(string menu)
    {
        var document = Document.FromText("驻村工作队帮扶纪实\n" + menu + "\n" + Body);
        Assert.Equal("驻村工作队帮扶纪实", document.Metadata.Title);
        Assert.Single(document.Paragraphs);
        Assert.DoesNotContain(ReportAnalyzer.Default.Extract(document), f => f.Kind == WorkTeam.Extraction.Facts.FactKinds.Place);
    }

    [Fact]
    public void A_chinese_numeral_dateline_under_the_headline_is_the_publish_date_not_the_year_in_the_title()
    {
        var document = Document.FromText("共同创造美好的新世纪——二○○一年新年贺词\n（二○○○年十二月三十一日）（附图片1张）\n女士们，先生们，同志们，朋友们：\n2001年新年钟声即将敲响。人类社会前进的航船就要驶入21世纪的新航程。\n2001年1月1日\n");
        Assert.Equal("2000-12-31", document.Metadata.Published);
        Assert.Equal("共同创造美好的新世纪——二○○一年新年贺词", document.Metadata.Title);
    }

    [Fact]
    public void An_interview_question_is_body_and_its_first_word_no_author()
    {
        var document = Document.FromText("专家谈村务\n记者：那么，农民告镇政府，会不会被当作刁民？\n" + Body);
        Assert.Empty(document.Metadata.Authors);
        Assert.Equal(2, document.Paragraphs.Count);
    }
}

public sealed class HeaderHeadlineTests
{
    private const string Body = "为切实做好驻村帮扶工作，工作队深入农户家中走访调研，详细了解群众生产生活中的实际困难和需求，帮助解决实际问题。\n";

    [Fact]
    public void A_kicker_ending_in_a_dash_leads_into_the_headline()
    {
        var document = Document.FromText("在距离主城区近两个半小时车程的小山村,村集体经济经营性收入超100万——\n\n“衔接”高分题 关河这样答\n\n来源:芜湖新闻网\n" + Body);
        Assert.Equal("“衔接”高分题 关河这样答", document.Metadata.Title);
    }

    [Fact]
    public void A_welcome_banner_is_furniture()
    {
        var document = Document.FromText("第十师北屯市欢迎您!\n\n当前位置: 首页>新闻>师市要闻\n\n我们从“五湖四海”走到一起\n\n发布时间:2019-12-05 09:43:27    信息来源:兵团日报\n" + Body);
        Assert.Equal("我们从“五湖四海”走到一起", document.Metadata.Title);
        Assert.Equal("2019-12-05T09:43:27", document.Metadata.Published);
    }

    [Fact]
    public void A_marked_byline_with_a_padded_name_and_role_is_the_author_not_the_headline()
    {
        var document = Document.FromText("◎李 彬(本刊記者)\n基層黨組織是發展農村集體經濟的“頭雁”,只有頭雁展翅,才有群雁奮飛\n繩在細處斷，冰在薄處裂。集體經濟虛一寸，干部威信就會弱一尺，村民凝聚力更會散一丈。\n");
        Assert.Equal("基層黨組織是發展農村集體經濟的“頭雁”,只有頭雁展翅,才有群雁奮飛", document.Metadata.Title);
        Assert.Equal(["李彬"], document.Metadata.Authors);
    }
}

public sealed class ShortTextTests
{
    [Theory]
    [InlineData("正文")]
    [InlineData("扶贫")]
    [InlineData("□張騁")]
    public void A_text_of_one_short_line_is_its_own_body(string text)
    {
        var document = Document.FromText(text);
        Assert.Equal([(0, text.Length)], document.Paragraphs);
        Assert.Empty(document.Metadata.Authors);
    }
}

public sealed class LeadDatelineTests
{
    [Theory]
    [InlineData("本报运城1月25日讯(记者 吕游)1月23日，绛县农发行扶贫工作队全体成员深入扶贫帮扶村进行慰问，受到村民的一致好评。", "XXXX-01-25")]
    [InlineData("中國臺灣網2月3日昌樂訊 為貫徹落實省市扶貧開發工作會議精神，昌樂縣委臺辦干部一行4人組成扶貧工作組。", "XXXX-02-03")]
    [InlineData("新华社乌鲁木齐2021年3月5日电 自治区驻村工作队今年投入资金600万元，修建防渗渠道12公里，帮扶群众发展庭院经济。", "2021-03-05")]
    [InlineData("1月23日，绛县农发行扶贫工作队全体成员深入扶贫帮扶村进行慰问，受到村民的一致好评，大家都很高兴。", null)]
    public void A_dateline_opening_the_lead_dates_the_story(string lead, string? published)
    {
        var document = Document.FromText(lead + "\n根据绛县扶贫办安排，该行工作队成员进入卫庄镇下村，对全村贫困户建档情况进行落实。\n");
        Assert.Equal(published, document.Metadata.Published);
        Assert.Null(document.Metadata.PublishedDate is { } d && published is not null && published.StartsWith('X') ? d : null);
    }

    [Fact]
    public void A_header_date_outranks_the_dateline()
    {
        var document = Document.FromText("标题\n2021-02-01 10:00 来源：某报\n本报运城1月25日讯(记者 吕游)1月23日，绛县农发行扶贫工作队全体成员深入扶贫帮扶村进行慰问。\n");
        Assert.Equal("2021-02-01T10:00", document.Metadata.Published);
    }

    [Fact]
    public void A_dateline_in_full_width_digits_is_read_not_thrown()
    {
        // The dateline patterns' \d matches full-width digits (SIGHAN's 新华社北京５月３日电), which int.Parse
        // refused: the whole document failed to load. A year-less dateline gives no publish date.
        var document = Document.FromText("新华社北京５月３日电\n为切实做好驻村帮扶工作，工作队深入农户家中走访调研。\n");
        Assert.Null(document.Metadata.PublishedDate);
        Assert.Single(document.Paragraphs);
    }
}

public sealed class CreditTests
{
    private const string Body = "为切实做好驻村帮扶工作，工作队深入农户家中走访调研，详细了解群众生产生活中的实际困难和需求。\n";

    [Theory]
    [InlineData("驻村工作队帮扶纪实\n" + Body + "（新华社记者兰红光摄）\n" + Body)]
    [InlineData("驻村工作队帮扶纪实\n为切实做好驻村帮扶工作，工作队深入农户家中走访调研。图为工作队走访农户。（新华社记者李昌元摄）\n")]
    [InlineData("驻村工作队帮扶纪实\n" + Body + "（記者任昱炎攝於西辛莊村）\n" + Body)]
    [InlineData("驻村工作队帮扶纪实\n记者 张三 摄\n" + Body)]
    [InlineData("驻村工作队帮扶纪实\n本报讯（記者 張三 攝影）" + Body)]
    public void A_photographer_is_no_author(string text)
    {
        Assert.Empty(Document.FromText(text).Metadata.Authors);
    }

    [Fact]
    public void A_reporter_beside_a_photographer_stays_the_author()
    {
        var document = Document.FromText("驻村工作队帮扶纪实\n" + Body + "（记者 李四 通讯员 张三摄）\n");
        Assert.Equal(["李四"], document.Metadata.Authors);
    }

    private const string Answer = "我也是駐村工作組,目前連續下鄉8年,我們都是自己做飯,一個月駐村25天,基本上沒有節假日,這裡百姓淳樸善良。\n";

    [Fact]
    public void The_user_names_over_the_answers_of_a_question_page_are_its_authors()
    {
        var document = Document.FromText("一個駐村工作隊隊員的生活是怎樣的?\n\n50枯樹臨風\n\n" + Answer + "\n農民是天\n\n" + Answer);
        Assert.Equal(["枯樹臨風", "農民是天"], document.Metadata.Authors);
        Assert.Equal(2, document.Paragraphs.Count);
    }

    [Fact]
    public void Headings_under_a_headline_that_asks_are_body_not_user_names()
    {
        var document = Document.FromText("小溫到底去了哪裡?\n\n冰洞搜索\n\n" + Answer + "\n一線生機\n\n" + Answer);
        Assert.Empty(document.Metadata.Authors);
        Assert.Equal(4, document.Paragraphs.Count);
    }
}

/// <summary>A paper reprinted on a farm: its byline is a line of names, sometimes over the affiliations.</summary>
public sealed class ReprintedPaperTests
{
    private const string Body = "长期以来,为了更好地完成国家任务,基层干部往往被赋予较大的自主权,运用包括人情、面子、私人网络等非正式资源完成治理任务。\n";

    [Fact]
    public void A_line_of_names_under_the_headline_gives_the_authors_and_an_app_banner_is_furniture()
    {
        var document = Document.FromText("APP下载\n\n基层治理中的说服何以有效\n\n2022-09-09张云亮\n\n钱 坤,张云亮\n\n" + Body);
        Assert.Equal("基层治理中的说服何以有效", document.Metadata.Title);
        Assert.Equal(["钱坤", "张云亮"], document.Metadata.Authors);
        Assert.Equal("2022-09-09", document.Metadata.Published);
    }

    [Fact]
    public void A_first_line_of_names_is_the_byline_not_the_headline()
    {
        var document = Document.FromText("伍子軒 劉慧妍\n[摘 要] 本文以湖南省鳳凰縣東就村為例,運用實地調查法與文獻研究法,總結東就村脫貧攻堅工作取得的成效,并探究其中存在的困境。\n");
        Assert.Null(document.Metadata.Title);
        Assert.Equal(["伍子軒", "劉慧妍"], document.Metadata.Authors);
    }

    [Fact]
    public void One_name_over_numbered_affiliations_is_the_author()
    {
        var document = Document.FromText("朱紅穎\n(1.長江大學,湖北 荊州 434000;2東莞市正陽社會工作服務中心,廣東 東莞 523000)\n" + Body);
        Assert.Null(document.Metadata.Title);
        Assert.Equal(["朱紅穎"], document.Metadata.Authors);
        Assert.Single(document.Paragraphs);
    }

    [Theory]
    [InlineData("新时代 新作为\n" + Body)]
    [InlineData("驻村帮扶 实事好事\n" + Body)]
    public void A_headline_of_short_words_is_no_byline(string text)
    {
        var document = Document.FromText(text);
        Assert.NotNull(document.Metadata.Title);
        Assert.Empty(document.Metadata.Authors);
    }

    [Theory]
    [InlineData("（李雪松）", "李雪松")]
    [InlineData("（新华社）", null)]
    [InlineData("（完）", null)]
    [InlineData("（暂定）", null)]
    public void One_name_alone_in_the_closing_brackets_is_the_author(string tail, string? author)
    {
        var document = Document.FromText("工作队进驻文武沟村\n" + Body.TrimEnd('\n') + tail + "\n");
        Assert.Equal(author is null ? [] : [author], document.Metadata.Authors);
    }
}

public sealed class WireTitleTests
{
    [Fact]
    public void A_title_label_after_the_wire_dateline_states_the_headline_and_the_dateline_dates_it()
    {
        var document = Document.FromText("91久久精品无码毛片国产高清\n\n返回首頁\n\n脫貧后,駐村扶貧隊長在干啥?\n\n  新華社長沙1月28日電 題:脫貧后,駐村扶貧隊長在干啥?\n\n  新華(hua)社記(ji)者 柳王敏、席敏\n\n  臨近春節(jie),49歲(sui)的駐麻溪口村幫(bang)扶工作隊隊長段吉廣一刻也沒能閑(xian)著(zhu)。驗收幫(bang)扶項目(mu),完善村集體經濟產業規劃。\n");
        Assert.Equal("脫貧后,駐村扶貧隊長在干啥?", document.Metadata.Title);
        Assert.Equal("XXXX-01-28", document.Metadata.Published);
        Assert.Equal(["柳王敏", "席敏"], document.Metadata.Authors);
    }
}
