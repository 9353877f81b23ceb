using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// One test per class of place errors found on the development set and the SIGHAN sentences: counties
/// written without their ending (after the province or prefecture that holds them, after a locative word),
/// categories of villages (三无村), the Corps as an organisation, phrases read as names, names many units
/// share, former names of merged districts. Spans, levels, codes and parents are exact.
/// </summary>
public sealed class PlaceErrorClassTests
{
    [Fact]
    public void A_county_without_its_ending_right_after_its_province_is_that_county()
    {
        Assert.Equal(
            [("湖南", 0, 2, "province", "43", null), ("醴陵", 2, 4, "county", "430281", "湖南"),
             ("山东", 8, 10, "province", "37", null), ("龙口", 10, 12, "county", "370681", "山东")],
            PlacesIn("湖南醴陵的花炮，山东龙口的粉丝"));
        // The chain goes on below it: 武昌 (武昌区) of 湖北, then 金口镇 (not a township of 武昌区 in 2023: no code).
        Assert.Equal(
            [("湖北", 3, 5, "province", "42", null), ("武昌", 5, 7, "county", "420106", "湖北"), ("金口镇", 7, 10, "township", null, "武昌")],
            PlacesIn("沉没于湖北武昌金口镇附近"));
        // Coordinated after a prefecture with its ending.
        Assert.Equal(
            [("江苏", 0, 2, "province", "32", null), ("连云港市", 2, 6, "prefecture", "3207", "江苏"),
             ("灌云", 6, 8, "county", "320723", "连云港市"), ("灌南", 9, 11, "county", "320724", "连云港市")],
            PlacesIn("江苏连云港市灌云、灌南二县遭受水灾"));
    }

    [Fact]
    public void A_county_without_its_ending_after_a_locative_word_is_that_county_when_no_other_unit_and_no_word_is()
    {
        Assert.Equal(
            [("醴陵", 3, 5, "county", "430281", null), ("龙口", 7, 9, "county", "370681", null)],
            PlacesIn("他来自醴陵，到龙口工作。"));
        // Ordinary words (和平, 东方, 南部), the start of a longer word (同心协力), a stem two county-level units
        // bear (城关: 兰州 and 拉萨), a word that ends in the locative (现在) and a stem with its own ending stay as they are.
        Assert.Empty(PlacesIn("在和平发展的今天，在东方，在南部，在同心协力下，在城关，"));
        Assert.Empty(PlacesIn("现在醴陵的"));
        Assert.Equal([("醴陵市", 1, 4, "county", "430281", null)], PlacesIn("在醴陵市"));
    }

    [Fact]
    public void A_numeral_and_a_category_word_before_the_village_suffix_is_a_kind_of_village()
    {
        Assert.Empty(PlacesIn("曾经是“无集体资产、无经济来源”的三无村，现在是全市十强村。"));
        Assert.Empty(PlacesIn("移民村成了“上访村”。"));
        Assert.Equal([("三合村", 1, 4, "village", null, null)], PlacesIn("在三合村开展工作。"));
    }

    [Fact]
    public void The_corps_is_an_organisation_and_the_place_it_holds_is_xinjiang()
    {
        Assert.Empty(PlacesIn("兵团日报记者 李怀生"));
        Assert.Equal(
            [("新疆", 3, 5, "province", "65", null), ("第八师", 15, 18, "prefecture", null, null), ("一四七团", 18, 22, "township", "652324521", "第八师")],
            PlacesIn("作者：新疆生产建设兵团办公室。第八师一四七团"));
    }

    [Fact]
    public void Phrases_before_a_suffix_are_no_places()
    {
        // A work team (工作队), a count (一支), a phrase ending in a coordinator (计划和村发展规划).
        Assert.Equal([("绛县", 0, 2, "county", "140826", null)], PlacesIn("绛县农发行扶贫工作队全体成员"));
        Assert.Empty(PlacesIn("，有一支县政府办下派的工作队"));
        Assert.Empty(PlacesIn("实地探访三位村党组织的“第一书记”"));
        Assert.Empty(PlacesIn("制定切实可行的户脱贫计划和村发展规划。"));
        // 军分区 is an army district, not a county.
        Assert.Equal([("云南", 0, 2, "province", "53", null), ("普洱", 2, 4, "prefecture", "5308", "云南")], PlacesIn("云南普洱军分区政委"));
    }

    [Fact]
    public void Names_many_units_share_get_no_code_even_inside_a_written_chain()
    {
        // 和平村: 542 villages; Guangdong alone still has several. 城关镇: 88 towns, none in 民丰县.
        Assert.Equal([("广东省", 0, 3, "province", "44", null), ("和平村", 3, 6, "village", null, "广东省")], PlacesIn("广东省和平村召开会议。"));
        Assert.Equal([("民丰县", 0, 3, "county", "653227", null), ("城关镇", 3, 6, "township", null, "民丰县")], PlacesIn("民丰县城关镇召开会议。"));
        Assert.Equal([("和平村", 1, 4, "village", null, null)], PlacesIn("在和平村开展工作，城关镇的干部也来了。").Take(1));
        Assert.Equal(("城关镇", 9, 12, "township", null, null), PlacesIn("在和平村开展工作，城关镇的干部也来了。")[1]);
    }

    [Fact]
    public void A_numbered_company_named_again_right_after_its_regiment_continues_the_chain()
    {
        Assert.Equal(
            [("第三师", 0, 3, "prefecture", null, null), ("51团", 3, 6, "township", null, "第三师"), ("6连", 6, 8, "village", null, "51团"),
             ("51团", 10, 13, "township", null, null), ("6连", 13, 15, "village", null, "51团")],
            PlacesIn("第三师51团6连。“51团6连群众说。"));
    }

    [Fact]
    public void A_district_merged_into_another_has_the_code_of_its_successor()
    {
        Assert.Equal([("闸北区", 4, 7, "county", "310106", null)], PlacesIn("乔石看到闸北区重视青少年"));
        Assert.Equal([("湾里区", 5, 8, "county", "360112", null)], PlacesIn("药谷所在地湾里区的"));
    }
    [Fact]
    public void A_short_form_the_table_lacks_resolves_by_the_gazetteers_full_name()
    {
        // The table's stems are 木垒哈萨克 and 伊犁哈萨克: the short forms reach them through the gazetteer.
        Assert.Equal(
            [("木垒", 2, 4, "county", "652328", null), ("伊犁", 7, 9, "prefecture", "6540", null)],
            PlacesIn("来到木垒，来到伊犁。"));
    }

    [Fact]
    public void A_prefecture_short_form_before_a_county_it_holds_is_a_chain_not_a_stem()
    {
        Assert.Equal(
            [("贵州省", 1, 4, "province", "52", null), ("黔东南州", 4, 8, "prefecture", "5226", "贵州省"), ("黎平县", 8, 11, "county", "522631", "黔东南州")],
            PlacesIn("在贵州省黔东南州黎平县考察"));
        Assert.Equal(
            [("东莞", 0, 2, "prefecture", "4419", null), ("寮步镇", 2, 5, "township", "441900111", "东莞")],
            PlacesIn("东莞寮步镇的店"));
        // A township named after a prefecture stays one name (兰州湾镇 of 玛纳斯县).
        Assert.Equal(
            [("玛纳斯县", 0, 4, "county", "652324", null), ("兰州湾镇", 4, 8, "township", "652324106", "玛纳斯县")],
            PlacesIn("玛纳斯县兰州湾镇"));
    }

    [Fact]
    public void A_village_named_after_a_family_is_a_village()
    {
        // 家 ends 家乡 (hometown), not 黄家村.
        Assert.Equal(
            [("江永县", 0, 3, "county", "431125", null), ("兰溪瑶族乡", 3, 8, "township", "431125203", "江永县"), ("黄家村", 8, 11, "village", null, "兰溪瑶族乡")],
            PlacesIn("江永县兰溪瑶族乡黄家村“百果园”"));
        Assert.Equal([("王家村", 1, 4, "village", null, null)], PlacesIn("在王家村开展工作。"));
        Assert.Empty(PlacesIn("这曾经是个典型的空心村。"));
    }

    [Fact]
    public void A_company_or_team_in_a_chain_is_numbered()
    {
        Assert.Equal(
            [("广州市", 0, 3, "prefecture", "4401", null), ("越秀区", 3, 6, "county", "440104", "广州市")],
            PlacesIn("广州市越秀区政协主席带队送驻村干部"));
        Assert.Equal([("定南县", 0, 3, "county", "360728", null)], PlacesIn("定南县挎包宣讲队的队员们"));
        Assert.Equal(
            [("博尔通古牧场", 0, 6, "other", null, null), ("开干齐队", 6, 10, "village", null, "博尔通古牧场")],
            PlacesIn("博尔通古牧场开干齐队群众说"));
    }
}
