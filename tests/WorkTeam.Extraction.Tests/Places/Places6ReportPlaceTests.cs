using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Classes of place errors found on the sixth places development set (benchmarks/places6: Taiwan's 澎湖, 嘉義, 南投, 馬祖 and
/// 屏東 reports, Hong Kong's 粉嶺, 大埔 and 元朗, and mainland reports down to the 社区 and 屯; half traditional): names glued
/// to the words around them. A village right after a clause-opening verb (建請汰換仁愛村, 改善津沙村); villages listed short
/// before one written with its ending (仁愛、津沙、珠螺、四維村); a township written short and glued to its village
/// (明伦百祥村); a city's district named by a compass point (嘉義市西區劉厝里) and 嘉市 for 嘉義市; a 街道 the table has whose
/// name ends like a description (广安门外街道); a natural village (屯) below its village; a village's stem inside a road's
/// name (楓林路口). Spans, levels, codes and parents are exact.
/// </summary>
public sealed class Places6ReportPlaceTests
{
    [Theory]
    [InlineData("建請汰換仁愛村老人活動中心椅子,改善津沙村周邊環境。津沙村長表示")]
    [InlineData("建请汰换仁爱村老人活动中心椅子,改善津沙村周边环境。津沙村长表示")]
    public void A_village_right_after_a_clause_opening_verb_starts_after_the_verb(string text) =>
        Assert.Equal(
            [("仁爱村", 4, 7, "village", null, null), ("津沙村", 18, 21, "village", null, null), ("津沙村", 26, 29, "village", null, null)],
            PlacesIn(text));

    [Theory]
    [InlineData("選派社區幹部、樓棟長擔任書記,建請鄉公所會勘")]
    [InlineData("选派社区干部、楼栋长担任书记,建请乡公所会勘")]
    public void A_verb_before_a_place_suffix_makes_no_place(string text) => Assert.Empty(PlacesIn(text));

    [Theory]
    [InlineData("前往仁愛、津沙、珠螺、四維村聽取意見")]
    [InlineData("前往仁爱、津沙、珠螺、四维村听取意见")]
    public void Villages_listed_short_before_one_written_with_its_ending_are_villages(string text) =>
        Assert.Equal(
            [("仁爱", 2, 4, "village", null, null), ("津沙", 5, 7, "village", null, null), ("珠螺", 8, 10, "village", null, null),
             ("四维村", 11, 14, "village", null, null)],
            PlacesIn(text));

    [Theory]
    [InlineData("種植茶葉、蔬菜、水果、四維村")]
    [InlineData("种植茶叶、蔬菜、水果、四维村")]
    public void Common_nouns_listed_before_a_village_stay_unread(string text) =>
        Assert.Equal([("四维村", 11, 14, "village", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("縣扶貧辦到明倫百祥村檢查驗收")]
    [InlineData("县扶贫办到明伦百祥村检查验收")]
    public void A_township_written_short_and_glued_to_its_village_is_two_places_with_codes(string text) =>
        Assert.Equal(
            [("明伦", 5, 7, "township", "451226104", null), ("百祥村", 7, 10, "village", "451226104207", "明伦")],
            PlacesIn(text));

    [Theory]
    [InlineData("嘉義市西區劉厝里是嘉市人口最多的里")]
    [InlineData("嘉义市西区刘厝里是嘉市人口最多的里")]
    public void A_city_district_named_by_a_compass_point_is_a_district_and_its_ward_follows(string text) =>
        Assert.Equal(
            [("嘉义市", 0, 3, "prefecture", null, null), ("西区", 3, 5, "county", null, "嘉义市"), ("刘厝里", 5, 8, "village", null, "西区"),
             ("嘉市", 9, 11, "prefecture", null, null)],
            PlacesIn(text));

    [Theory]
    [InlineData("北京西城區廣安門外街道白菜灣社區")]
    [InlineData("北京西城区广安门外街道白菜湾社区")]
    public void A_township_the_table_has_is_read_though_its_name_ends_like_a_description(string text) =>
        Assert.Equal(
            [("北京", 0, 2, "province", "11", null), ("西城区", 2, 5, "county", "110102", "北京"),
             ("广安门外街道", 5, 11, "township", "110102020", "西城区"), ("白菜湾社区", 11, 16, "village", "110102020004", "广安门外街道")],
            PlacesIn(text));

    [Theory]
    [InlineData("百祥村青峨屯至才金屯的屯級道路")]
    [InlineData("百祥村青峨屯至才金屯的屯级道路")]
    public void A_natural_village_after_its_village_is_a_settlement_below_it(string text) =>
        Assert.Equal([("百祥村", 0, 3, "village", null, null), ("青峨屯", 3, 6, "other", null, "百祥村")], PlacesIn(text));

    [Theory]
    [InlineData("自楓林路口至楓林村部落")]
    [InlineData("自枫林路口至枫林村部落")]
    public void A_village_stem_inside_a_road_name_is_not_the_village(string text) =>
        Assert.Equal([("枫林村", 6, 9, "village", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("元朗鄉郊東的選民")]
    [InlineData("元朗乡郊东的选民")]
    public void A_township_suffix_that_begins_a_word_for_rural_is_no_township(string text) =>
        Assert.Equal([("元朗", 0, 2, "county", null, null)], PlacesIn(text));
}
