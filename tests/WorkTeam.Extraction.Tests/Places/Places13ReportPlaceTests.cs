using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Classes of place errors found on the thirteenth places development set (benchmarks/places13: village lists, township
/// changes, Taiwan's districts and wards, Hong Kong's villages) and settled with it: a former unit after 原/旧 is the unit
/// without the mark; a Taiwan city's district is township-level; Taiwan's townships listed short after one written in full,
/// or before 地區; an autonomous county written with its ending but without its peoples (松桃自治縣); a villagers' group
/// after its village is part of it (other); a mixed-surname village (雜姓村), a place written short in a road's name before its house number (北京路11号) and 辖 before a township are no place.
/// Spans, levels, codes and parents are exact.
/// </summary>
public sealed class Places13ReportPlaceTests
{
    [Theory]
    [InlineData("新设置的蓼皋街道辖原蓼皋镇地域,世昌街道辖原世昌乡地域。")]
    [InlineData("新設置的蓼皋街道轄原蓼皋鎮地域,世昌街道轄原世昌鄉地域。")]
    public void A_former_unit_after_its_mark_is_the_unit_without_the_mark(string text) =>
        Assert.Equal(
            [("蓼皋街道", 4, 8, "township", "520628002", null), ("蓼皋镇", 10, 13, "township", "520628002", null),
             ("世昌街道", 16, 20, "township", "520628003", null), ("世昌乡", 22, 25, "township", "520628003", null)],
            PlacesIn(text));

    [Fact]
    public void A_merged_township_after_the_mark_keeps_no_code_and_no_mark() =>
        Assert.Equal(
            [("石栏镇", 4, 7, "township", "433124111", null), ("保楼村", 14, 17, "village", null, null), ("雅桥乡", 19, 22, "township", null, null)],
            PlacesIn("新设立的石栏镇,镇人民政府驻保楼村(原雅桥乡人民政府驻地)。"));

    [Fact]
    public void A_mark_glued_before_units_the_table_lacks_is_dropped_from_each() =>
        Assert.Equal(
            [("城关镇", 3, 6, "township", null, null), ("新华乡", 8, 11, "township", null, null), ("城关街道", 14, 18, "township", null, null)],
            PlacesIn("撤销原城关镇和原新华乡,设立城关街道。"));

    [Theory]
    [InlineData("他去了旧金山市。")]
    [InlineData("他去了舊金山市。")]
    public void A_mark_that_opens_a_name_the_gazetteer_knows_is_the_name_s_first_character(string text) =>
        // 旧金山 is San Francisco: not 金山市, coded as Shanghai's 金山区 (310116). Its level is the suffix grammar's (市).
        Assert.Equal([("旧金山市", 3, 7, (string?)null)], PlacesIn(text).Select(p => (p.Name, p.Start, p.End, p.Code)));

    [Fact]
    public void A_name_that_opens_with_the_mark_stays_whole() =>
        Assert.Equal([("山西", 0, 2, "province", "14", null), ("原平市", 2, 5, "county", "140981", "山西")], PlacesIn("山西原平市的农民"));

    [Theory]
    [InlineData("臺南市新化區礁坑社區")]
    [InlineData("台南市新化区礁坑社区")]
    public void A_district_of_a_Taiwan_city_is_a_township(string text) =>
        Assert.Equal(
            [("台南市", 0, 3, "prefecture", null, null), ("新化区", 3, 6, "township", null, "台南市"), ("礁坑社区", 6, 10, "village", null, "新化区")],
            PlacesIn(text));

    [Fact]
    public void Taiwan_townships_listed_short_after_one_written_in_full_or_before_their_area_are_townships() =>
        Assert.Equal(
            [("苗栗县", 0, 3, "county", null, null), ("苗栗市", 8, 11, "township", null, null), ("铜锣", 12, 14, "township", null, null),
             ("苑里", 15, 17, "township", null, null), ("竹南", 25, 27, "township", null, null), ("头份", 28, 30, "township", null, null),
             ("大湖", 31, 33, "township", null, null), ("卓兰", 34, 36, "township", null, null)],
            PlacesIn("苗栗縣政府表示,苗栗市、銅鑼、苑裡都有安養中心,但竹南、頭份、大湖、卓蘭地區卻無。"));

    [Theory]
    [InlineData("贵州省政府同意松桃自治县部分乡镇行政区划调整")]
    [InlineData("貴州省政府同意松桃自治縣部分鄉鎮行政區劃調整")]
    public void An_autonomous_county_written_without_its_peoples_is_the_county(string text) =>
        Assert.Equal([("贵州省", 0, 3, "province", "52", null), ("松桃自治县", 7, 12, "county", "520628", "贵州省")], PlacesIn(text));

    [Fact]
    public void A_villagers_group_after_its_village_is_part_of_it() =>
        Assert.Equal(
            [("鸡飞镇", 0, 3, "township", "530524108", null), ("鸡飞村", 6, 9, "village", "530524108201", null),
             ("朵兰寨村民小组", 9, 16, "other", null, "鸡飞村")],
            PlacesIn("鸡飞镇红榜:鸡飞村朵兰寨村民小组常态化开展人居环境整治。"));

    [Fact]
    public void Villagers_groups_named_by_no_village_are_no_place() =>
        Assert.Empty(PlacesIn("各村民小组要高度重视,每个村民小组都要整改。"));

    [Fact]
    public void A_mixed_surname_village_is_no_place() =>
        Assert.Equal([("元朗", 0, 2, "county", null, null)], PlacesIn("元朗的遊人並未為他們這條雜姓村帶來經濟效益。"));

    [Fact]
    public void A_place_written_short_in_a_road_and_house_number_is_no_place() =>
        Assert.Equal(
            [("临沂市", 5, 8, "prefecture", "3713", null), ("兰山区", 8, 11, "county", "371302", "临沂市")],
            PlacesIn("联系地址:临沂市兰山区北京路11号水利大厦"));

    [Fact]
    public void A_township_after_the_verb_governing_it_is_read_without_the_verb() =>
        Assert.Equal(
            [("松桃自治县", 0, 5, "county", "520628", null), ("大兴街道", 6, 10, "township", "520628001", "松桃自治县"),
             ("蓼皋街道", 11, 15, "township", "520628002", "松桃自治县")],
            PlacesIn("松桃自治县辖大兴街道、蓼皋街道。"));

    [Fact]
    public void Places_kept_between_roads_and_some_townships_keep_their_order_and_spans() =>
        // Both removals keep the other places in one pass (RemoveAt for each was quadratic on a long line).
        Assert.Equal(
            [("湖南", 12, 14, "province", "43", null), ("城关镇", 19, 22, "township", null, null),
             ("湖南", 35, 37, "province", "43", null), ("城关镇", 42, 45, "township", null, null)],
            PlacesIn("联系地址:北京路11号,湖南部分乡镇和城关镇。联系地址:北京路11号,湖南部分乡镇和城关镇。"));

    [Theory]
    [InlineData("今年全县部分乡镇开展整治")]
    [InlineData("今年全縣部分鄉鎮開展整治")]
    public void Some_townships_name_no_township(string text) =>
        Assert.Empty(PlacesIn(text));
}
