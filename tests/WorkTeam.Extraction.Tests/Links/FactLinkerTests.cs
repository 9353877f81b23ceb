using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;

using static WorkTeam.Extraction.Tests.Links.LinkedNumbers;

namespace WorkTeam.Extraction.Tests.Links;

/// <summary>The links of numbers (docs/facts.md, Links): each rule with exact values, then the seeds' golden file.</summary>
public class FactLinkerTests
{
    [Fact]
    public void A_place_in_the_clause_links_with_its_code_and_clause_scope()
    {
        var money = Number("2020年，民丰县若克雅乡劳光村投入资金600余万元用于修建道路。", "600余万元");
        Assert.Equal(("劳光村", "653227201200", LinkScope.Clause), (money.Place, money.Code, money.Scope));
        Assert.Equal("2020", money.Period);
        Assert.Equal("修建道路", money.Subject);
    }

    [Fact]
    public void A_place_elsewhere_in_the_sentence_links_with_sentence_scope()
    {
        var count = Number("民丰县若克雅乡劳光村召开大会，30户村民参加。", "30户");
        Assert.Equal(("劳光村", "653227201200", LinkScope.Sentence), (count.Place, count.Code, count.Scope));
        Assert.Equal("村民", count.Subject);
    }

    [Fact]
    public void The_place_a_paragraph_opens_with_links_the_later_sentences_with_paragraph_scope()
    {
        var text = "民丰县若克雅乡劳光村位于沙漠边缘。共有350户。\n另一段，今天共有20人到场。";
        var households = Number(text, "350户");
        Assert.Equal(("劳光村", "653227201200", LinkScope.Paragraph), (households.Place, households.Code, households.Scope));
        // The next paragraph names no place and goes on with the village: still the paragraph's place.
        var people = Number(text, "20人");
        Assert.Equal(("劳光村", "653227201200", LinkScope.Paragraph), (people.Place, people.Code, people.Scope));
        // After a heading, the document's one village: document scope.
        var afterHeading = Number(text.Replace("另一段", "二、工作成效\n另一段", StringComparison.Ordinal), "20人");
        Assert.Equal(("劳光村", "653227201200", LinkScope.Document), (afterHeading.Place, afterHeading.Code, afterHeading.Scope));
    }

    [Fact]
    public void A_word_that_stands_for_a_place_named_before_links_to_it()
    {
        // 全乡 is the township of the paragraph before; 当天 its date.
        var count = Number("3月24日，阿克陶县巴仁乡举行宣誓大会。\n当天，全乡15个村的妇女干部积极发声。", "15个", new DateOnly(2018, 4, 2));
        Assert.Equal(("巴仁乡", "653022202", LinkScope.Clause, "2018-03-24"), (count.Place, count.Code, count.Scope, count.Period));
        // 这里 is the village named last, not the county of the next clause.
        var rate = Number("泽州县柳树口镇有一个小山村——大井头村。土地贫瘠，这里贫困发生率在16%以上，是泽州县24个贫困村之一。", "16%以上");
        Assert.Equal(("大井头村", LinkScope.Clause), (rate.Place, rate.Scope));
        // 自治州 with no name before it is the prefecture named before.
        var teams = Number("伊犁州党委坚持抓基层。\n自治州有977支工作队结对帮带村干部。", "977支");
        Assert.Equal(("伊犁州", "6540"), (teams.Place, teams.Code));
    }

    [Fact]
    public void A_count_of_places_links_to_a_place_above_them()
    {
        var counties = Number("三个村于2017年整村脱贫，民丰成为2017年新疆首批脱贫的五个县之一。", "五个");
        Assert.Equal(("新疆", "65", LinkScope.Clause), (counties.Place, counties.Code, counties.Scope));
        var villages = Number("民丰县若克雅乡的三个村均已完成庭院改造。", "三个");
        Assert.Equal(("若克雅乡", "653227201"), (villages.Place, villages.Code));
    }

    [Fact]
    public void A_sender_of_teams_and_a_distance_reference_are_not_the_place_of_a_number()
    {
        var money = Number("2017年以来，八师石河子市各“访惠聚”工作队累计投入资金1935万元。", "1935万元");
        Assert.Equal((null, null, "2017"), (money.Place, money.Code, money.Period));
        var distance = Number("这个距离国家5A级景区那拉提旅游景区仅5公里的小山村，曾经道路失修。", "5公里");
        Assert.Null(distance.Place);
    }

    [Fact]
    public void A_place_inside_a_title_is_not_what_the_paragraph_is_about()
    {
        // 霍邱县 of the notice's title is no place of the paragraph: the village its next sentence names is.
        var text = "霍邱县财政局下发了《关于做好霍邱县2022年度综合保险工作的通知》。考虑到茶西村脱贫户的实际情况，工作队决定发动捐款。截至3月31日，36名责任人共捐款5775元。";
        var money = Number(text, "5775元", new DateOnly(2022, 4, 27));
        Assert.Equal(("茶西村", LinkScope.Paragraph), (money.Place, money.Scope));
    }

    [Fact]
    public void Places_before_inside_and_after_titles_of_one_sentence_are_told_apart()
    {
        // Read forward through the sentence (linear in its places): 木鱼镇 and 青川县 are inside titles, 乔庄镇 after one closes.
        var text = "根据《关于木鱼镇大棚建设的通知》和《青川县产业规划》，乔庄镇新建大棚50栋。";
        var sheds = Number(text, "50栋");
        Assert.Equal(("乔庄镇", LinkScope.Clause), (sheds.Place, sheds.Scope));
        var between = Number("《木鱼镇简报》报道，乔庄镇新建大棚50栋，《青川县志》载。", "50栋");
        Assert.Equal(("乔庄镇", LinkScope.Clause), (between.Place, between.Scope));
    }

    [Fact]
    public void A_place_read_into_a_number_or_counted_after_it_and_a_distance_point_are_not_a_number_place()
    {
        // 公里出村 would be a village read across the measure's unit; 嘎查村 is what 22个 counts; 距离集镇 opens with the distance word.
        var road = Number("南马庄村争取资金90万元，修好3公里出村路。", "3公里");
        Assert.Equal(("南马庄村", LinkScope.Sentence), (road.Place, road.Scope));
        var sheds = Number("2014年，科尔沁区包联30个重点贫困村。截至目前，22个嘎查村已经启动项目建设，共建标准化棚舍80间。", "80间");
        Assert.Equal("科尔沁区", sheds.Place);
        var distance = Number("溢水镇天桥村地处最上游，距离集镇25公里，交通条件差。", "25公里");
        Assert.Equal("天桥村", distance.Place);
    }

    [Fact]
    public void A_place_is_named_as_the_document_names_its_unit_most_fully()
    {
        // 勇成 (in 勇成苹果梨) is 勇成村, one code: the number's place is written 勇成村.
        var text = "龙井市东盛涌镇勇成村驻村工作队紧抓产业。\n“租金一年也只有1万元。”黄菅洙说，勇成苹果梨一下子火了。";
        var rent = Number(text, "1万元");
        Assert.Equal(("勇成村", "222405104205"), (rent.Place, rent.Code));
    }

    [Fact]
    public void A_later_clause_opened_by_another_body_makes_it_the_actor()
    {
        var text = "截至3月31日，霍邱县法院36名包保责任人共捐款5775元；中国邮政储蓄银行霍邱县支行4名包保责任人共捐款385元。";
        Assert.Equal("霍邱县法院", Number(text, "5775元").Actor);
        Assert.Equal("中国邮政储蓄银行霍邱县支行", Number(text, "385元").Actor);
        // Joined bodies stay together (县财政局、县水利局).
        Assert.Equal("县财政局、县水利局", Number("县财政局、县水利局共投入资金30万元。", "30万元").Actor);
    }

    [Fact]
    public void What_a_village_obtains_has_no_actor()
    {
        var text = "区发展改革局驻宁郭镇桥湾村帮扶工作队动员群众开展活动，使该村获得奖励10万元，争取财政资金17.25万元。";
        Assert.Null(Number(text, "10万元").Actor);
        Assert.Equal("区发展改革局", Number(text, "17.25万元").Actor);
    }

    [Fact]
    public void Each_statement_between_semicolons_has_its_own_place_and_date_and_the_sentence_opening_date_holds_for_all()
    {
        // 该村 of the first statement is 桥湾村, 北官庄村 is the second's: the first statement's numbers keep 桥湾村.
        var text = "区发展改革局驻宁郭镇桥湾村帮扶工作队动员群众，使该村获得奖励10万元，争取财政资金17.25万元；驻北官庄村帮扶工作队谋划了项目。";
        Assert.Equal("桥湾村", Number(text, "17.25万元").Place);
        // 今年11月底 dates the first statement only; 2019年 opens the sentence and dates every statement.
        var dated = "工作组筹措资金39万元于5月开工，此工程将于11月底竣工；筹集资金50万元修建阳光房。";
        Assert.Null(Number(dated, "50万元", new DateOnly(2015, 11, 6)).Period);
        var opening = "2019年，工作队投入资金39万元修建活动中心；筹集资金50万元修建阳光房。";
        Assert.Equal("2019", Number(opening, "50万元").Period);
    }

    [Fact]
    public void A_word_of_another_time_between_a_date_and_the_number_leaves_it_without_period()
    {
        var income = "张石河村人均纯收入由2015年的2950元提高到目前的5600元。";
        Assert.Equal("2015", Number(income, "2950元").Period);
        Assert.Null(Number(income, "5600元").Period);
        var goal = "2021年村集体经济收入131.25万元，今年力争突破200万元。";
        Assert.Equal("2021", Number(goal, "131.25万元").Period);
        Assert.Null(Number(goal, "突破200万元").Period);
    }

    [Fact]
    public void A_body_after_a_demonstrative_opens_its_clause_as_the_actor()
    {
        var text = "该区组织人社局帮扶工作队为文昌街道新安镇村投入10余万元新建村级活动场所；为南马庄村争取资金90万元。";
        Assert.Equal("区组织人社局", Number(text, "10余万元").Actor);
        Assert.Equal("区组织人社局", Number(text, "90万元").Actor);
    }

    [Fact]
    public void A_quotation_takes_the_place_of_its_attribution_and_the_team_stationed_there()
    {
        var text = "“工作队在村里实施500亩哈密瓜种植项目，我就不信兜里鼓不起来。”巴楚县色力布亚镇库热木托格拉克村村民艾孜提说。"
            + "自治区农业厅驻库热木托格拉克村工作队因地制宜调整种植结构。自治区司法厅驻和田县巴格其镇尼向达村工作队全力维护稳定。";
        var area = Number(text, "500亩");
        Assert.Equal(("库热木托格拉克村", LinkScope.Sentence, "自治区农业厅"), (area.Place, area.Scope, area.Actor));
    }

    [Fact]
    public void The_team_acts_for_a_number_that_opens_its_subject_or_adds_to_the_number_before()
    {
        var text = "县委办驻瓦店子村工作队扎实做好群众工作。全年3个驻村点解决500余条群众诉求。搞清楚了全村共有贫困户48户，其中特困户12户。";
        Assert.Equal("县委办", Number(text, "3个").Actor);
        Assert.Equal("县委办", Number(text, "48户").Actor);
        Assert.Equal("县委办", Number(text, "12户").Actor);
        // A count of villages that did something did it themselves.
        Assert.Null(Number("县委办驻瓦店子村工作队扎实做好群众工作。\n大力改造人居环境，三个村均已完成庭院改造。", "三个").Actor);
    }

    [Fact]
    public void A_page_without_a_team_has_the_one_organisation_that_acts_in_it_as_actor()
    {
        var text = "2015年，晋城市国库集中支付中心开始结对帮扶大井头村。\n2016年，向泽州县财政局申报项目补助资金5万元。";
        Assert.Equal("晋城市国库集中支付中心", Number(text, "5万元").Actor);
    }

    [Fact]
    public void A_dateline_gives_no_place_nor_period_and_a_medium_is_no_actor()
    {
        var poles = Number("红网邵阳县站7月8日讯 (通讯员 陈平常)“农网改造已运回电杆200根。”7月6日,督查组来到河伯乡井子村督查时,该村党支部书记介绍情况。", "200根");
        Assert.Equal(("井子村", "430523205215", LinkScope.Sentence), (poles.Place, poles.Code, poles.Scope));
        Assert.Null(poles.Period);
        var projects = Number("商洛日报 - 商洛之窗讯 洛南县落实帮扶项目852个,争取资金4852万元。", "852个");
        Assert.Equal(("洛南县", "611021"), (projects.Place, projects.Code));
        Assert.Null(projects.Actor);
    }

    [Fact]
    public void The_bodies_joined_before_a_team_sender_act_with_it()
    {
        var text = "河伯乡井子村是贫困村。4月初,县人防办、县新华书店联合派出工作队来到该村开展驻村帮扶。截至目前,共到位帮扶资金4万元。";
        Assert.Equal("县人防办、县新华书店", Number(text, "4万元").Actor);
    }

    [Fact]
    public void A_paragraph_opening_date_with_words_before_its_time_word_and_the_whole_province_link()
    {
        Assert.Equal("2014", Number("2014年刚下村不久,为了给村财增收,专家深入伍坊村。说干就干,很快首期投资16万元到位。", "16万元").Period);
        var cadres = Number("湖南省召开会议。\n全省选派24021名干部组成10253支工作队。", "24021名");
        Assert.Equal(("湖南省", "43", LinkScope.Clause), (cadres.Place, cadres.Code, cadres.Scope));
    }

    [Fact]
    public void Incomes_participants_and_passive_subjects_have_no_actor()
    {
        var text = "县委办驻瓦店子村工作队开展宣传教育活动95场、参与8237人。\n2020年，县委办驻瓦店子村工作队被县组织部评为优秀工作队，另有4名队员被评为优秀队员。";
        Assert.Equal("县委办", Number(text, "95场").Actor);
        Assert.Null(Number(text, "8237人").Actor);
        Assert.Null(Number(text, "4名").Actor);
    }

    [Fact]
    public void The_document_one_county_links_a_number_that_names_no_place()
    {
        var text = "民丰县召开会议。\n会上，共发放资料300份。";
        var count = Number(text, "300份");
        Assert.Equal(("民丰县", "653227", LinkScope.Document), (count.Place, count.Code, count.Scope));
    }

    [Fact]
    public void A_number_with_no_place_stays_unlinked_and_two_places_of_one_level_link_none()
    {
        var alone = Number("共发放资料300份。", "300份");
        Assert.Equal((null, null, null, null, null), (alone.Place, alone.Code, alone.Scope, alone.Period, alone.Actor));
        // 民丰县 and 且末县 in one sentence: a wrong link is worse than none.
        var two = Number("民丰县和且末县共发放资料300份。", "300份");
        Assert.Equal((null, null, (LinkScope?)null), (two.Place, two.Code, two.Scope));
    }

    [Fact]
    public void Periods_come_as_a_date_a_span_an_interval_or_a_paragraph_opening_phrase()
    {
        Assert.Equal("2020-06", Number("2020年6月，民丰县投入资金50万元。", "50万元").Period);
        Assert.Equal("2015-12-20/2016-01-14", Number("2015年12月20日至1月14日，民丰县投入资金50万元。", "50万元").Period);
        Assert.Equal("2016/2017", Number("2016年—2017年，民丰县投入资金50万元。", "50万元").Period);
        // A paragraph that opens with a time phrase dates its numbers; 今年 needs the document's date.
        Assert.Equal("2021", Number("今年以来，工作队走访群众。共发放资料300份。", "300份", new DateOnly(2021, 7, 13)).Period);
        Assert.Null(Number("今年以来，工作队走访群众。共发放资料300份。", "300份").Period);
        // A date after 较 is the comparison's, not the number's.
        Assert.Null(Number("农民人均收入达到1.52万元，较2014年翻了两番。", "1.52万元").Period);
    }

    [Fact]
    public void The_actor_is_the_organisation_that_opens_the_clause_or_the_document_one_team()
    {
        var text = "人行乌鲁木齐中心支行驻劳光村工作队入驻以来，走访群众。\n2020年，在总行党委的支持下，工作队共向驻村点投入资金600余万元。";
        var money = Number(text, "600余万元");
        Assert.Equal("人行乌鲁木齐中心支行", money.Actor);
        // The first paragraph names the team's village; the second goes on with it.
        Assert.Equal(("劳光村", LinkScope.Paragraph), (money.Place, money.Scope));
        // Two organisations joined at the head of the clause, in the text's order.
        Assert.Equal("县财政局、县水利局", Number("县财政局、县水利局投入资金50万元。", "50万元").Actor);
        // An income has no actor.
        Assert.Null(Number(text + "\n农民人均收入达到1.52万元。", "1.52万元").Actor);
    }

    [Theory]
    [InlineData("贵州乌江水电开发有限责任公司2015年结对帮扶沿河县。副县长说，“该公司2016年又帮扶沿河县1200万元。”", "1200万元", 47)]
    [InlineData("貴州烏江水電開發有限責任公司2015年結對幫扶沿河縣。副縣長說，「該公司2016年又幫扶沿河縣1200萬元。」", "1200萬元", 47)]
    public void A_demonstrative_with_an_organisation_noun_acts_for_the_organisation_named_before(string text, string surface, int start)
    {
        // 该公司 opens the quoted clause: the company named before acts.
        var money = Number(text, surface);
        Assert.Equal((start, "沿河县", "520627", "2016", "贵州乌江水电开发有限责任公司"), (money.Start, money.Place, money.Code, money.Period, money.Actor));
    }

    [Theory]
    [InlineData("据介绍，中国一汽集团公司大力帮扶凤山县。打造9个乡村示范点，建成村级服务中心4个。", "9个", "4个")]
    [InlineData("據介紹，中國一汽集團公司大力幫扶鳳山縣。打造9個鄉村示範點，建成村級服務中心4個。", "9個", "4個")]
    public void A_sentence_with_no_subject_of_its_own_takes_the_subject_handed_on(string text, string first, string second)
    {
        Assert.Equal(("凤山县", "中国一汽集团公司"), (Number(text, first).Place, Number(text, first).Actor));
        Assert.Equal("中国一汽集团公司", Number(text, second).Actor);
    }

    [Theory]
    [InlineData("中国一汽集团公司的帮扶资金中，800万元用于坝坨河玫瑰园建设、300万元用于淇滩镇三壶瓶村蔬菜产业基地建设、200万元用于官舟镇黄龙村食用菌产业扶贫示范基地建设。", "800万元", "300万元", "200万元")]
    [InlineData("中國一汽集團公司的幫扶資金中，800萬元用於壩坨河玫瑰園建設、300萬元用於淇灘鎮三壺瓶村蔬菜產業基地建設、200萬元用於官舟鎮黃龍村食用菌產業扶貧示範基地建設。", "800萬元", "300萬元", "200萬元")]
    public void Each_item_of_a_list_of_amounts_has_its_own_place_and_a_base_is_no_actor(string text, string none, string first, string second)
    {
        // Each amount takes the village of its own item (the base's name says where it stands); the item without a
        // place takes none of the others'.
        Assert.Equal(("三壶瓶村", LinkScope.Clause), (Number(text, first).Place, Number(text, first).Scope));
        var money = Number(text, second);
        Assert.Equal(("黄龙村", "520627105203", LinkScope.Clause), (money.Place, money.Code, money.Scope));
        Assert.Null(Number(text, none).Place);
        // The base (…示范基地) opens no clause as a body: the company acts.
        Assert.Equal("中国一汽集团公司", money.Actor);
    }

    [Theory]
    [InlineData("收益的70%分配给61户贫困户，2019年6月后，其余资金的45%分配给村集体。今年改善南段，概估经费725万元，预计10月份工程发包。", "70%", "45%", "725万元")]
    [InlineData("收益的70%分配給61戶貧困戶，2019年6月後，其餘資金的45%分配給村集體。今年改善南段，概估經費725萬元，預計10月份工程發包。", "70%", "45%", "725萬元")]
    public void A_date_that_starts_what_follows_or_dates_a_planned_step_is_not_the_period_of_a_number_before_it(string text, string before, string after, string planned)
    {
        Assert.Null(Number(text, before).Period);
        Assert.Equal("2019-06", Number(text, after).Period);
        // 今年 of a report of 2022-08-20 is the amount's year; the month of the later tender (预计10月份) is not its period.
        Assert.Equal("2022", Number(text, planned, new DateOnly(2022, 8, 20)).Period);
    }

    [Theory]
    [InlineData("中国一汽集团公司累计投入帮扶资金6098.5万元，惠及9个乡镇2.4万多户3.8万多人。", "6098.5万元", "9个", "2.4万多户", "3.8万多人")]
    [InlineData("中國一汽集團公司累計投入幫扶資金6098.5萬元，惠及9個鄉鎮2.4萬多戶3.8萬多人。", "6098.5萬元", "9個", "2.4萬多戶", "3.8萬多人")]
    public void The_numbers_a_project_reaches_have_no_actor(string text, string spent, string towns, string households, string people)
    {
        Assert.Equal("中国一汽集团公司", Number(text, spent).Actor);
        Assert.Equal((null, null, null), (Number(text, towns).Actor, Number(text, households).Actor, Number(text, people).Actor));
    }

    [Fact]
    public void A_document_village_named_only_later_and_less_than_the_county_leaves_the_numbers_before_it_to_the_county()
    {
        var text = "凤山县位于广西西北部。中国一汽集团公司定点帮扶凤山县。\n该集团还投入1644.79万元扶持扶贫产业发展。其中投入350万元在久隆村打造100亩食用菌基地。";
        var before = Number(text, "1644.79万元");
        Assert.Equal(("凤山县", "451223", LinkScope.Document), (before.Place, before.Code, before.Scope));
        Assert.Equal("中国一汽集团公司", before.Actor);
        Assert.Equal(("久隆村", "451223203216"), (Number(text, "100亩").Place, Number(text, "100亩").Code));
    }

    [Theory]
    [InlineData("台南市政府积极建设农渔水路，七年合计投入六十七点二七亿元。\n黄伟哲表示，市府共投入卅五点五三亿元进行农水路改善。", "六十七点二七亿元", "卅五点五三亿元")]
    [InlineData("臺南市政府積極建設農漁水路，七年合計投入六十七點二七億元。\n黃偉哲表示，市府共投入卅五點五三億元進行農水路改善。", "六十七點二七億元", "卅五點五三億元")]
    public void A_government_spends_in_its_territory_and_a_city_report_is_about_its_city(string text, string spent, string later)
    {
        // The city opens its government's name: the first sentence's place; with no county or village named, the document's.
        var money = Number(text, spent);
        Assert.Equal((20, "台南市", LinkScope.Sentence, "台南市政府"), (money.Start, money.Place, money.Scope, money.Actor));
        Assert.Equal(("台南市", LinkScope.Document), (Number(text, later).Place, Number(text, later).Scope));
    }

    [Theory]
    [InlineData("南投县长许淑华19日下午深入中寮乡、草屯镇，展开会勘行程，并同意斥资1,200多万元，改善地方农水路。", "1,200多万元")]
    [InlineData("南投縣長許淑華19日下午深入中寮鄉、草屯鎮，展開會勘行程，並同意斥資1,200多萬元，改善地方農水路。", "1,200多萬元")]
    public void Places_of_one_level_joined_as_one_give_the_place_that_holds_them_named_in_full_by_a_title(string text, string surface)
    {
        // 中寮鄉 and 草屯鎮 tie; joined by 、 they are one area: the county the page names (南投 of 南投縣長, whose 縣 ends its name).
        var money = Number(text, surface);
        Assert.Equal(("南投县", LinkScope.Sentence), (money.Place, money.Scope));
        Assert.Null(money.Actor);
    }

    [Theory]
    [InlineData("台中市、彰化县、云林县、嘉义市的议员到访。\n南投县长许淑华19日下午深入中寮乡、草屯镇，展开会勘行程，并同意斥资1,200多万元，改善地方农水路。", "1,200多万元")]
    [InlineData("台中市、彰化縣、雲林縣、嘉義市的議員到訪。\n南投縣長許淑華19日下午深入中寮鄉、草屯鎮，展開會勘行程，並同意斥資1,200多萬元，改善地方農水路。", "1,200多萬元")]
    public void Places_joined_as_one_give_their_holder_on_a_page_naming_wider_places_of_several_ranks(string text, string surface)
    {
        // The holder is looked for among the page's cities and counties (two ranks, read in the facts' order): only 南投县 holds both.
        var money = Number(text, surface);
        Assert.Equal(("南投县", LinkScope.Sentence), (money.Place, money.Scope));
    }

    [Theory]
    [InlineData("台中市、彰化县、云林县、嘉义市的议员到访。\n南投县长许淑华19日下午深入中寮乡，展开会勘行程，并同意斥资1,200多万元，改善地方农水路。", "1,200多万元")]
    [InlineData("台中市、彰化縣、雲林縣、嘉義市的議員到訪。\n南投縣長許淑華19日下午深入中寮鄉，展開會勘行程，並同意斥資1,200多萬元，改善地方農水路。", "1,200多萬元")]
    public void One_township_named_alone_is_the_place_not_a_holder_of_it(string text, string surface)
    {
        var money = Number(text, surface);
        Assert.Equal("中寮乡", money.Place);
    }

    [Theory]
    [InlineData("市建行、市委政研室、市科协等4家市级单位结对帮扶神树村。\n2018年，市建行投入资金15万元，市科协投入资金5万元，市建行再投入资金3万元。")]
    [InlineData("市建行、市委政研室、市科協等4家市級單位結對幫扶神樹村。\n2018年，市建行投入資金15萬元，市科協投入資金5萬元，市建行再投入資金3萬元。")]
    public void Bodies_named_again_in_one_sentence_each_act_for_the_money_after_them(string text)
    {
        // Three repeats in one sentence, merged into its actors in the order they stand.
        Assert.Equal(["市建行", "市科协", "市建行"], new[] { "15万元", "5万元", "3万元" }.Select(m => Number(text, text.Contains('萬') ? m.Replace('万', '萬') : m).Actor));
    }

    [Fact]
    public void A_body_not_named_before_is_no_repeat()
    {
        // 市农行 is named nowhere before and is no body the recognizer knows: the money after it has no actor at all (not
        // 市建行 or 市科协 of the list, nor any other).
        var text = "市建行、市委政研室、市科协等4家市级单位结对帮扶神树村。\n2018年，市农行投入资金15万元。";
        Assert.Null(Number(text, "15万元").Actor);
    }

    [Theory]
    [InlineData("溪州乡内多处路况及排水护岸不佳，彰化县政府挹注2,279万元办理改善。", "2,279万元")]
    [InlineData("溪州鄉內多處路況及排水護岸不佳，彰化縣政府挹注2,279萬元辦理改善。", "2,279萬元")]
    public void A_funder_government_territory_yields_to_the_place_inside_it_named_before(string text, string surface)
    {
        var money = Number(text, surface);
        Assert.Equal(("溪州乡", LinkScope.Sentence, "彰化县政府"), (money.Place, money.Scope, money.Actor));
    }

    [Theory]
    [InlineData("县长会勘基层建设，第一站先到中寮乡八仙村活动中心，居民希望协助改善道路排水。许县长立即同意动支54万元。", "54万元")]
    [InlineData("縣長會勘基層建設，第一站先到中寮鄉八仙村活動中心，居民希望協助改善道路排水。許縣長立即同意動支54萬元。", "54萬元")]
    public void A_village_activity_centre_says_where_the_paragraph_is(string text, string surface)
    {
        Assert.Equal(("八仙村", LinkScope.Paragraph), (Number(text, surface).Place, Number(text, surface).Scope));
    }

    [Theory]
    [InlineData("市建行、市委政研室、市科协等4家市级单位结对帮扶神树村。\n2018年，市建行投入资金15万元，为村里建设进村大门2座。", "4家", "15万元", "2座")]
    [InlineData("市建行、市委政研室、市科協等4家市級單位結對幫扶神樹村。\n2018年，市建行投入資金15萬元，為村裡建設進村大門2座。", "4家", "15萬元", "2座")]
    public void A_body_named_again_acts_and_a_count_after_a_list_of_bodies_counts_them(string text, string bodies, string money, string gates)
    {
        // 市建行 opens the clause again (the recognizer found it only in the list): the actor of the money and of what it built.
        Assert.Equal(("2018", "市建行"), (Number(text, money).Period, Number(text, money).Actor));
        Assert.Equal("市建行", Number(text, gates).Actor);
        // 等4家 counts the bodies listed: they are not its actor.
        Assert.Null(Number(text, bodies).Actor);
    }

    [Fact]
    public void A_body_named_again_is_found_on_a_page_naming_many_bodies()
    {
        // Forty bureaus before the list: more names than are searched one by one, so the repeat is found in one walk.
        string[] fields = ["财政", "水利", "交通", "教育", "民政", "农业", "林业", "商务", "审计", "统计", "司法", "公安", "税务",
            "气象", "粮食", "档案", "信访", "畜牧", "水务", "城管", "科技", "体育", "文化", "卫生", "人事", "劳动", "国土", "规划",
            "环保", "物价", "工商", "质监", "药监", "安监", "旅游", "外事", "侨务", "民族", "宗教", "建设"];
        var text = string.Join("、", fields.Select(f => "县" + f + "局")) + "结对帮扶李家村。\n"
            + "市建行、市委政研室、市科协等4家市级单位结对帮扶神树村。\n2018年，市建行投入资金15万元，为村里建设进村大门2座。";
        var facts = ReportAnalyzer.Default.Extract(text);
        Assert.True(facts.Where(f => f.Kind == FactKinds.Organization).Select(f => f.Text).Distinct().Count() > 40);
        Assert.Equal(("2018", "市建行"), (Number(text, "15万元").Period, Number(text, "15万元").Actor));
        Assert.Equal("市建行", Number(text, "2座").Actor);
    }

    [Theory]
    [InlineData("扶贫先扶智，缺啥先补啥。2016年，中央网信办组织讲师团。同时，首批招聘贫困家庭员工121人。", "121人")]
    [InlineData("扶貧先扶智，缺啥先補啥。2016年，中央網信辦組織講師團。同時，首批招聘貧困家庭員工121人。", "121人")]
    public void A_paragraph_opening_year_after_a_short_lead_sentence_dates_the_paragraph(string text, string surface)
    {
        Assert.Equal("2016", Number(text, surface).Period);
    }

    [Theory]
    [InlineData("车门乡位于泗洪县西南。乡党委政府研究决定，开展点亮乡村行动，最终筹集了110万元。", "110万元")]
    [InlineData("車門鄉位于泗洪縣西南。鄉黨委政府研究決定，開展點亮鄉村行動，最終籌集了110萬元。", "110萬元")]
    [InlineData("车门乡位于泗洪县。县财政局投入资金10万元修路。乡党委政府研究决定，最终筹集了110万元。", "110万元")]
    [InlineData("車門鄉位于泗洪縣。縣財政局投入資金10萬元修路。\n鄉黨委政府研究決定，最終籌集了110萬元。", "110萬元")]
    public void A_township_party_committee_and_government_together_are_no_actor(string text, string surface)
    {
        // The joined bodies are the sentence's subject: no one body acts, and none named before (县财政局) is guessed.
        var money = Number(text, surface);
        Assert.Equal(("车门乡", null), (money.Place, money.Actor));
    }

    [Theory]
    [InlineData("中寮乡公所表示支持。在乡公所陈情会场，许县长同意动支121万8,000元，协助改善福盛村福山巷道路。", "121万8,000元")]
    [InlineData("中寮鄉公所表示支持。在鄉公所陳情會場，許縣長同意動支121萬8,000元，協助改善福盛村福山巷道路。", "121萬8,000元")]
    public void A_body_that_hosts_a_meeting_is_no_actor(string text, string surface)
    {
        // 在鄉公所陳情會場 says where the county head approved the money: the office hosts, the person acts (no body).
        var money = Number(text, surface);
        Assert.Equal(("福盛村", null), (money.Place, money.Actor));
    }

    [Theory]
    [InlineData("溪州乡内路况不佳，彰化县政府挹注2,279万元办理改善，县长王惠美与溪州乡长江淑芬18日前往视察。", "彰化县政府挹注2,279万元办理改善，工程18日完工。", "2,279万元")]
    [InlineData("溪州鄉內路況不佳，彰化縣政府挹注2,279萬元辦理改善，縣長王惠美與溪州鄉長江淑芬18日前往視察。", "彰化縣政府挹注2,279萬元辦理改善，工程18日完工。", "2,279萬元")]
    public void A_later_date_of_what_a_person_does_is_not_the_period_of_the_number_before(string visit, string done, string surface)
    {
        // The county head's visit on the 18th is her doing, after the money; the works done on the 18th date it.
        Assert.Null(Number(visit, surface).Period);
        Assert.Equal("XXXX-XX-18", Number(done, surface).Period);
    }

    [Fact]
    public void Traditional_text_links_alike_with_offsets_unchanged()
    {
        var text = "2020年，民豐縣若克雅鄉勞光村投入資金600余萬元用於修建道路。";
        var money = Number(text, "600余萬元");
        Assert.Equal(text.IndexOf("600", StringComparison.Ordinal), money.Start);
        Assert.Equal(("劳光村", "653227201200", LinkScope.Clause, "2020"), (money.Place, money.Code, money.Scope, money.Period));
        Assert.Equal("修建道路", money.Subject);
        Assert.Equal("群众", Number("勞光村收集了500條群眾意見。", "500條").Subject);
    }

    [Fact]
    public void Numbers_asked_for_alone_are_linked_as_with_every_kind()
    {
        var text = "2020年，民丰县若克雅乡劳光村投入资金600余万元。";
        var alone = new ReportAnalyzerBuilder().UseDefaults().Build().Extract(text, kinds: FactKinds.Money);
        var money = Assert.Single(alone);
        Assert.Equal(("劳光村", "2020"), (money.Place, money.Period));
    }

    [Fact]
    public void The_seeds_links_are_the_reading_of_each_sentence_or_a_recorded_disagreement()
    {
        // Columns: doc start text kind place code period actor linker note (seed-links.tsv's header says how it was read).
        var golden = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "tests", "WorkTeam.Extraction.Tests", "Links", "seed-links.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.All(golden, row => Assert.Equal(10, row.Length));
        var facts = golden.Select(r => r[0]).Distinct().ToDictionary(d => d, d => ReportAnalyzer.Default.Extract(Document.Load(TestPaths.Seed(d)))
            .Where(f => f.Kind.IsNumber()).ToList());
        // Every number of the seeds has its row, and no row is left without its number.
        Assert.Equal(golden.Count, facts.Values.Sum(f => f.Count));
        var wrong = new List<string>();
        foreach (var row in golden)
        {
            var fact = facts[row[0]].Single(f => f.Start == int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal((row[2], row[3]), (fact.Text, fact.Kind.Name()));
            var output = string.Join('|', fact.Place, fact.Code, fact.Period, fact.Actor);
            var reading = string.Join('|', row[4], row[5], row[6], row[7]);
            var expected = row[8].Length > 0 ? row[8] : reading;
            if (expected != output)
            {
                wrong.Add($"{row[0]} {row[1]} {row[2]}: expected {expected}{(row[8].Length > 0 ? " (recorded disagreement; reading " + reading + ")" : "")}, got {output}");
            }
            // A recorded disagreement really is one: a row whose linker cell equals the reading is a stale record.
            Assert.True(row[8] != reading, $"{row[0]} {row[1]} {row[2]}: the recorded disagreement {row[8]} is the reading; empty the linker cell");
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }
}
