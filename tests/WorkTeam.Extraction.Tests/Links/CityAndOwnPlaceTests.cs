using WorkTeam.Extraction.Facts;

using static WorkTeam.Extraction.Tests.Links.LinkedNumbers;

namespace WorkTeam.Extraction.Tests.Links;

/// <summary>
/// Links set 14 (issue 16): 全市 standing for the one city the page names before it (link-words' anaphor-city), the speaker's
/// 我村 past a village named as one of the speaker's town (我镇河西村: link-words' own-lead), a paragraph-opening year after
/// 早在 (time-lead) (FactLinker.Places, .Periods); each in both scripts, exact values, and its nearest look-alike.
/// </summary>
public class CityAndOwnPlaceTests
{
    private const string HuzhouVillage = "湖州市南浔区千金镇西马干村群众终于喝上了自来水。\n";

    [Theory]
    [InlineData(HuzhouVillage + "记者从湖州市水利局了解到,湖州市今年计划实施10个项目。\n据统计,自2003年实施饮用水工程以来,全市累计改善农村饮水人口70万。", "70万")]
    [InlineData("湖州市南潯區千金鎮西馬干村群眾終於喝上了自來水。\n記者從湖州市水利局了解到,湖州市今年計劃實施10個項目。\n據統計,自2003年實施飲用水工程以來,全市累計改善農村飲水人口70萬。", "70萬")]
    public void The_whole_city_is_the_one_city_named_before_not_the_pages_village(string text, string people)
    {
        var n = Number(text, people);
        Assert.Equal(("湖州市", "3305", LinkScope.Clause, "2003"), (n.Place, n.Code, n.Scope, n.Period));
    }

    [Theory]
    [InlineData(HuzhouVillage + "记者了解到,湖州市和嘉兴市今年计划实施10个项目。\n据统计,自2003年实施饮用水工程以来,全市累计改善农村饮水人口70万。", "70万")]
    [InlineData("湖州市南潯區千金鎮西馬干村群眾終於喝上了自來水。\n記者了解到,湖州市和嘉興市今年計劃實施10個項目。\n據統計,自2003年實施飲用水工程以來,全市累計改善農村飲水人口70萬。", "70萬")]
    public void After_two_cities_the_whole_city_stands_for_neither(string text, string people)
    {
        // Which city is not said: the number keeps the page's own place, as without the word.
        Assert.Equal(("西马干村", LinkScope.Document), (Number(text, people).Place, Number(text, people).Scope));
    }

    [Theory]
    [InlineData("湖州市今年计划实施10个项目。据统计,全市场累计销售农产品70万吨。", "70万吨")]
    [InlineData("湖州市今年計劃實施10個項目。據統計,全市場累計銷售農產品70萬噸。", "70萬噸")]
    public void A_whole_market_is_no_city(string text, string measure)
    {
        Assert.Equal(LinkScope.Paragraph, Number(text, measure).Scope);
    }

    [Theory]
    [InlineData("随县吴山镇联中村党支部书记王丰高兴地对记者说。\n王丰在接受记者采访时说:“这个项目去年在我镇河西村已经成功尝试,仅此一项,我村今年纯收入可以达50万元。”", "50万元")]
    [InlineData("隨縣吳山鎮聯中村黨支部書記王豐高興地對記者説。\n王豐在接受記者採訪時説:“這個項目去年在我鎮河西村已經成功嘗試,僅此一項,我村今年純收入可以達50萬元。”", "50萬元")]
    public void The_speakers_own_village_is_not_the_village_named_as_one_of_the_speakers_town(string text, string money)
    {
        var n = Number(text, money);
        Assert.Equal(("联中村", LinkScope.Clause), (n.Place, n.Scope));
    }

    [Theory]
    [InlineData("随县吴山镇联中村党支部书记王丰高兴地对记者说。\n王丰在接受记者采访时说:“这个项目去年在吴山镇河西村已经成功尝试,仅此一项,该村今年纯收入可以达50万元。”", "50万元")]
    [InlineData("隨縣吳山鎮聯中村黨支部書記王豐高興地對記者説。\n王豐在接受記者採訪時説:“這個項目去年在吳山鎮河西村已經成功嘗試,僅此一項,該村今年純收入可以達50萬元。”", "50萬元")]
    public void That_village_after_a_village_of_a_named_town_is_that_village(string text, string money)
    {
        Assert.Equal("河西村", Number(text, money).Place);
    }

    [Theory]
    [InlineData("早在2002年,兴城村仍是一个贫穷单薄村,村级集体经济收入不足6万元。他将个人的20万元无息借给村里兴修标准厂房。", "20万元", "2002")]
    [InlineData("早在2002年,興城村仍是一個貧窮單薄村,村級集體經濟收入不足6萬元。他將個人的20萬元無息借給村裡興修標準廠房。", "20萬元", "2002")]
    [InlineData("兴城村早在2002年就是一个贫穷单薄村,村级集体经济收入不足6万元。他将个人的20万元无息借给村里兴修标准厂房。", "20万元", null)]
    [InlineData("興城村早在2002年就是一個貧窮單薄村,村級集體經濟收入不足6萬元。他將個人的20萬元無息借給村裡興修標準廠房。", "20萬元", null)]
    public void A_year_after_as_early_as_opening_the_paragraph_dates_its_later_sentences(string text, string money, string? period)
    {
        // Not when the year stands inside the first sentence after its subject (兴城村早在2002年…).
        Assert.Equal(period, Number(text, money).Period);
    }

    [Theory]
    [InlineData("中共酉阳县委书记陈文森介绍,重庆市发布会酉阳专场召开。\n酉阳已累计实现3.4万户14.9万人脱贫。", "14.9万人")]
    [InlineData("中共酉陽縣委書記陳文森介紹,重慶市發布會酉陽專場召開。\n酉陽已累計實現3.4萬戶14.9萬人脫貧。", "14.9萬人")]
    public void A_short_form_without_a_code_is_named_as_the_coded_place_the_page_names_with_its_ending(string text, string people)
    {
        var n = Number(text, people);
        Assert.Equal(("酉阳县", "500242"), (n.Place, n.Code));
    }

    [Theory]
    [InlineData("重庆市发布会酉阳专场召开。\n酉阳已累计实现3.4万户14.9万人脱贫。", "14.9万人")]
    [InlineData("重慶市發布會酉陽專場召開。\n酉陽已累計實現3.4萬戶14.9萬人脫貧。", "14.9萬人")]
    public void A_short_form_gets_no_code_when_the_page_names_no_place_with_its_ending(string text, string people)
    {
        Assert.Null(Number(text, people).Code);
    }

    [Theory]
    [InlineData("记者从湖州市水利局了解到。截止10月底,全市今年共投入资金9490万元。", "9490万元", "XXXX-10")]
    [InlineData("記者從湖州市水利局了解到。截止10月底,全市今年共投入資金9490萬元。", "9490萬元", "XXXX-10")]
    [InlineData("记者从湖州市水利局了解到。截止10月底,全市目前共投入资金9490万元。", "9490万元", null)]
    [InlineData("記者從湖州市水利局了解到。截止10月底,全市目前共投入資金9490萬元。", "9490萬元", null)]
    public void This_year_after_a_date_without_its_year_keeps_the_date_a_word_of_now_does_not(string text, string money, string? period)
    {
        Assert.Equal(period, Number(text, money).Period);
    }

    [Theory]
    [InlineData("长兴县位于浙江北部,与宣城市接壤。\n全市累计投入资金70万元。", "70万元")]
    [InlineData("長興縣位於浙江北部,與宣城市接壤。\n全市累計投入資金70萬元。", "70萬元")]
    public void The_whole_city_is_not_a_city_the_page_borders(string text, string money)
    {
        var n = Number(text, money);
        Assert.Equal(("长兴县", "330522", LinkScope.Document), (n.Place, n.Code, n.Scope));
    }

    [Theory]
    [InlineData("湖州市位于浙江北部,与宣城市接壤。\n全市累计投入资金70万元。", "70万元")]
    [InlineData("湖州市位於浙江北部,與宣城市接壤。\n全市累計投入資金70萬元。", "70萬元")]
    public void The_whole_city_after_a_city_bordering_another_is_that_city(string text, string money)
    {
        // The bordered city is neither the referent nor a second city.
        var n = Number(text, money);
        Assert.Equal(("湖州市", "3305", LinkScope.Clause), (n.Place, n.Code, n.Scope));
    }

    [Theory]
    [InlineData("截止10月底已完成投资的八成,今年全年计划投入资金9490万元。", "9490万元")]
    [InlineData("截止10月底已完成投資的八成,今年全年計劃投入資金9490萬元。", "9490萬元")]
    [InlineData("截止10月底已完成投资的八成,今年计划投入资金9490万元。", "9490万元")]
    public void This_year_before_a_whole_year_or_a_plan_is_not_the_yearless_dates_month(string text, string money)
    {
        Assert.Null(Number(text, money).Period);
    }

    [Theory]
    [InlineData("截止10月底已完成投资的八成,今年共投入资金9490万元。", "9490万元")]
    [InlineData("截止10月底已完成投資的八成,今年共投入資金9490萬元。", "9490萬元")]
    public void This_year_alone_after_a_yearless_date_keeps_its_month(string text, string money)
    {
        Assert.Equal("XXXX-10", Number(text, money).Period);
    }

    [Theory]
    [InlineData("记者从湖州市水利局了解到。截止10月底,全市今年共投入资金9490万元。", "9490万元")]
    [InlineData("記者從湖州市水利局了解到。截止10月底,全市今年共投入資金9490萬元。", "9490萬元")]
    public void With_a_document_date_this_year_is_a_date_of_its_own_and_gives_the_year(string text, string money)
    {
        // docs/design.md says so: 今年 is then the date nearest the number (not the month of 10月底).
        Assert.Equal("2020", Number(text, money, new DateOnly(2020, 12, 1)).Period);
    }

    [Theory]
    [InlineData("记者来到随县。王丰说:“我县吴山镇今年建成道路3条。”\n他说,我镇投入资金12万元。", "12万元")]
    [InlineData("記者來到隨縣。王豐説:“我縣吳山鎮今年建成道路3條。”\n他説,我鎮投入資金12萬元。", "12萬元")]
    public void The_speakers_own_town_is_read_as_the_whole_town_the_own_lead_rule_is_for_villages(string text, string money)
    {
        // 吴山镇 follows 我县 but is the speaker's own town: 我镇 still stands for it (not the county, as when 我镇 skipped it).
        var n = Number(text, money);
        Assert.Equal(("吴山镇", LinkScope.Clause), (n.Place, n.Scope));
    }

    [Theory]
    [InlineData("伊犁州伊宁县和伊宁市今年发布会召开。\n伊宁已累计实现3.4万户14.9万人脱贫。", "14.9万人")]
    [InlineData("伊犁州伊寧縣和伊寧市今年發布會召開。\n伊寧已累計實現3.4萬戶14.9萬人脫貧。", "14.9萬人")]
    public void A_short_form_of_two_units_of_its_level_takes_neither(string text, string people)
    {
        // 伊宁市 (county-level, 市 no level suffix) is a second unit of the stem: the short form stays without a code.
        var n = Number(text, people);
        Assert.Equal(("伊宁", null), (n.Place, n.Code));
    }

    [Theory]
    [InlineData("伊犁州伊宁县今年发布会召开。\n伊宁已累计实现3.4万户14.9万人脱贫。", "14.9万人")]
    [InlineData("伊犁州伊寧縣今年發布會召開。\n伊寧已累計實現3.4萬戶14.9萬人脫貧。", "14.9萬人")]
    public void A_short_form_of_one_unit_of_its_level_takes_it(string text, string people)
    {
        var n = Number(text, people);
        Assert.Equal(("伊宁县", "654021"), (n.Place, n.Code));
    }
}
