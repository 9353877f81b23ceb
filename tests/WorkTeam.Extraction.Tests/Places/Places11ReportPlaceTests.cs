using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Classes of place errors found on the eleventh places development set (benchmarks/places11: village work teams, Taiwan's
/// villages after typhoons, a mainland reprint in traditional script) and settled with it: a village's ending inside a
/// known township's name (大村鄉) is no ending; a village named in full and again short (方山村 … 方山) is that village, not
/// a county sharing the stem elsewhere (方山县 of 吕梁), and the page's chain keeps its codes; no name starts on the second
/// character of a locative word (到达方山村); a two-character key across two common words (这里加工) is no place; 包含 and
/// 包括 open no name (包含鄉公所); a village glued to a Taiwan township written short (太麻里香蘭村) is two places.
/// Spans, levels, codes and parents are exact.
/// </summary>
public sealed class Places11ReportPlaceTests
{
    [Theory]
    [InlineData("彰化縣的成果展展現大村鄉以幸福巴士啟動")]
    [InlineData("彰化县的成果展展现大村乡以幸福巴士启动")]
    public void A_village_ending_inside_a_known_townships_name_is_no_ending(string text) =>
        Assert.Equal(
            [("彰化县", 0, 3, "county", null, null), ("大村乡", 9, 12, "township", null, null)],
            PlacesIn(text));

    [Theory]
    [InlineData("民胜镇方山村的村民带我们参观了方山的运动设施")]
    [InlineData("民勝鎮方山村的村民帶我們參觀了方山的運動設施")]
    public void A_village_named_again_short_is_the_village_not_a_county_sharing_its_stem(string text) =>
        Assert.Equal(
            [("民胜镇", 0, 3, "township", "511921101", null), ("方山村", 3, 6, "village", "511921101205", "民胜镇"),
             ("方山", 15, 17, "village", "511921101205", null)],
            PlacesIn(text));

    [Theory]
    [InlineData("实践队于7月15日到达方山村村委会,民胜镇吴镇长到场")]
    [InlineData("實踐隊於7月15日到達方山村村委會,民勝鎮吳鎮長到場")]
    public void A_name_starts_after_a_two_character_locative_word_not_inside_it(string text) =>
        Assert.Equal(
            [("方山村", 11, 14, "village", "511921101205", null), ("民胜镇", 18, 21, "township", "511921101", null)],
            PlacesIn(text));

    [Fact]
    public void A_two_character_key_across_two_common_words_is_no_place()
    {
        // 这里|加工 holds 里加 (Riga), 江西|安全 holds 西安: neither is read, and the province before 安全 still is.
        Assert.Empty(PlacesIn("全县种植的中药材都在这里加工"));
        Assert.Equal([("江西", 0, 2, "province", "36", null)], PlacesIn("江西安全生产检查组来到这里"));
    }

    [Fact]
    public void A_foreign_city_standing_on_its_own_is_still_read() =>
        Assert.Equal([("里加", 3, 5, "other", null, null)], PlacesIn("他去了里加。"));

    [Theory]
    [InlineData("包含鄉公所、戶政事務所在內的公家機關")]
    [InlineData("包括乡公所在内的机关")]
    public void A_verb_before_a_township_office_opens_no_township(string text) =>
        Assert.Empty(PlacesIn(text));

    [Theory]
    [InlineData("颱風重創台東縣,太麻里香蘭村有60多戶住家受損")]
    [InlineData("台风重创台东县,太麻里香兰村有60多户住家受损")]
    public void A_village_glued_to_a_Taiwan_township_written_short_is_two_places(string text) =>
        Assert.Equal(
            [("台东县", 4, 7, "county", null, null), ("太麻里", 8, 11, "township", null, null),
             ("香兰村", 11, 14, "village", null, "太麻里")],
            PlacesIn(text));
}
