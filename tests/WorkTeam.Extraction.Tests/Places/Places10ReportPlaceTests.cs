using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Classes of place errors found on the tenth places development set (benchmarks/places10: gazetteer entries with village
/// lists, former names, the Corps' companies, Taiwan and mainland reprints in traditional script) and settled with it: a
/// Corps regiment or farm the NBS list names as a township-level unit takes its code (兵团军户农场, 兵团一零五团 written
/// 一〇五团); a list of companies under regiments (十四连、六十六团八连) names each regiment; a farm is a township; a river
/// named after a place written short (喀什河, 特克斯河) is the river; a town made a subdistrict (芦台镇 → 芦台街道) keeps its
/// code; neighbours after 东连, 北临 are read without the verb. Spans, levels, codes and parents are exact.
/// </summary>
public sealed class Places10ReportPlaceTests
{
    [Theory]
    [InlineData("特克斯河流经昭苏县")]
    [InlineData("特克斯河流經昭蘇縣")]
    public void A_river_named_after_a_county_written_short_is_the_river(string text) =>
        Assert.Equal(
            [("特克斯河", 0, 4, "other", null, null), ("昭苏县", 6, 9, "county", "654026", null)],
            PlacesIn(text));

    [Theory]
    [InlineData("阿克苏河与喀什河交汇处")]
    [InlineData("阿克蘇河與喀什河交匯處")]
    public void A_river_named_after_a_prefecture_written_short_is_not_the_prefecture(string text) =>
        Assert.Equal(
            [("阿克苏河", 0, 4, "other", null, null), ("喀什河", 5, 8, "other", null, null)],
            PlacesIn(text));

    [Theory]
    [InlineData("二师三十一团五连、三十三团六连")]
    [InlineData("二師三十一團五連、三十三團六連")]
    public void Companies_listed_under_their_regiments_name_each_regiment_with_its_NBS_code(string text) =>
        Assert.Equal(
            [("二师", 0, 2, "prefecture", null, null), ("三十一团", 2, 6, "township", "652823501", "二师"),
             ("五连", 6, 8, "village", null, "三十一团"), ("三十三团", 9, 13, "township", "652823502", null),
             ("六连", 13, 15, "village", null, "三十三团")],
            PlacesIn(text));

    [Theory]
    [InlineData("六师军户农场二连的职工")]
    [InlineData("六師軍戶農場二連的職工")]
    public void A_Corps_farm_the_NBS_list_names_is_a_township_with_its_code(string text) =>
        Assert.Equal(
            [("六师", 0, 2, "prefecture", null, null), ("军户农场", 2, 6, "township", "652301504", "六师"),
             ("二连", 6, 8, "village", null, "军户农场")],
            PlacesIn(text));

    [Fact]
    public void A_regiment_written_with_ling_as_a_circle_takes_the_lists_code() =>
        Assert.Equal([("一〇五团", 0, 4, "township", "652323520", null)], PlacesIn("一〇五团的棉田"));

    [Fact]
    public void A_regiment_the_NBS_list_names_only_as_a_branch_has_no_code() =>
        Assert.Equal([("六十六团", 0, 4, "township", null, null)], PlacesIn("六十六团的棉田"));

    [Theory]
    [InlineData("天津市宁河区芦台镇")]
    [InlineData("天津市寧河區蘆臺鎮")]
    public void A_town_made_a_subdistrict_keeps_the_subdistricts_code(string text) =>
        Assert.Equal(
            [("天津市", 0, 3, "province", "12", null), ("宁河区", 3, 6, "county", "120117", "天津市"),
             ("芦台镇", 6, 9, "township", "120117001", "宁河区")],
            PlacesIn(text));

    [Theory]
    [InlineData("米易县丙谷镇东连撒莲镇,北临攀枝花市")]
    [InlineData("米易縣丙谷鎮東連撒蓮鎮,北臨攀枝花市")]
    public void Neighbours_named_after_lian_and_lin_are_read_without_the_verb(string text) =>
        Assert.Equal(
            [("米易县", 0, 3, "county", "510421", null), ("丙谷镇", 3, 6, "township", "510421101", "米易县"),
             ("撒莲镇", 8, 11, "township", "510421103", null), ("攀枝花市", 14, 18, "prefecture", "5104", null)],
            PlacesIn(text));
}
