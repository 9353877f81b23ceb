using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Classes of place errors found on the fifth places development set (benchmarks/places5: Hong Kong's New Territories,
/// Hualien, a mainland reprint with inline pinyin, Guizhou, Guangdong, Shanxi; five of ten pages traditional, which the
/// project had not tuned on), and classes the brief names as missed elsewhere: Hong Kong's rural areas written without
/// ending (锦田, 八乡, 厦村, 十四乡, 天水围), while a mainland village of the same stem keeps its reading and code; Taiwan's
/// counties written 屏縣; Taiwan's names before the mergers of 2010 and 2014 (臺北縣板橋市, 桃園縣中壢市, 台南縣左鎮鄉);
/// a village named again by its stem where the division table cannot give the stem (大灣村 … 大灣茶廠); common nouns
/// read as places (原居民村, 市集). Spans, levels, codes and parents are exact.
/// </summary>
public sealed class Places5ReportPlaceTests
{
    [Theory]
    [InlineData("錦田、八鄉、廈村的村民與十四鄉、天水圍居民")]
    [InlineData("锦田、八乡、厦村的村民与十四乡、天水围居民")]
    public void Hong_kong_rural_areas_written_without_ending_are_townships_without_a_code(string text) =>
        Assert.Equal(
            [("锦田", 0, 2, "township", null, null), ("八乡", 3, 5, "township", null, null), ("厦村", 6, 8, "township", null, null),
             ("十四乡", 12, 15, "township", null, null), ("天水围", 16, 19, "township", null, null)],
            PlacesIn(text));

    [Theory]
    [InlineData("福建省莆田市仙遊縣錦田村")]
    [InlineData("福建省莆田市仙游县锦田村")]
    public void A_mainland_village_named_like_a_hong_kong_rural_area_keeps_its_reading_and_code(string text) =>
        Assert.Equal(
            [("福建省", 0, 3, "province", "35", null), ("莆田市", 3, 6, "prefecture", "3503", "福建省"),
             ("仙游县", 6, 9, "county", "350322", "莆田市"), ("锦田村", 9, 12, "village", "350322105206", "仙游县")],
            PlacesIn(text));

    [Theory]
    [InlineData("屏縣府表示,屏縣萬丹鄉四維村")]
    [InlineData("屏县府表示,屏县万丹乡四维村")]
    public void A_taiwan_county_written_by_its_first_character_and_county_is_the_county(string text) =>
        Assert.Equal(
            [("屏县", 0, 2, "county", null, null), ("屏县", 6, 8, "county", null, null),
             ("万丹乡", 8, 11, "township", null, "屏县"), ("四维村", 11, 14, "village", null, "万丹乡")],
            PlacesIn(text));

    [Theory]
    [InlineData("臺北縣板橋市,桃園縣中壢市,台南縣左鎮鄉")]
    [InlineData("台北县板桥市,桃园县中坜市,台南县左镇乡")]
    public void Taiwan_names_before_the_mergers_are_former_counties_and_townships(string text) =>
        Assert.Equal(
            [("台北县", 0, 3, "county", null, null), ("板桥市", 3, 6, "township", null, "台北县"),
             ("桃园县", 7, 10, "county", null, null), ("中坜市", 10, 13, "township", null, "桃园县"),
             ("台南县", 14, 17, "county", null, null), ("左镇乡", 17, 20, "township", null, "台南县")],
            PlacesIn(text));

    [Theory]
    [InlineData("安徽省金寨縣花石鄉大灣村,發展大灣茶產業,建設“大灣茶廠”")]
    [InlineData("安徽省金寨县花石乡大湾村,发展大湾茶产业,建设“大湾茶厂”")]
    public void A_village_borne_by_many_units_is_named_again_by_its_stem_after_a_verb_or_a_quote(string text) =>
        Assert.Equal(
            [("安徽省", 0, 3, "province", "34", null), ("金寨县", 3, 6, "county", "341524", "安徽省"),
             ("花石乡", 6, 9, "township", "341524205", "金寨县"), ("大湾村", 9, 12, "village", "341524205204", "花石乡"),
             ("大湾", 15, 17, "village", "341524205204", null), ("大湾", 24, 26, "village", "341524205204", null)],
            PlacesIn(text));

    [Theory]
    [InlineData("和平村的村民说,“和平”来之不易")]
    [InlineData("和平村的村民說,「和平」來之不易")]
    public void The_stem_of_a_common_village_name_that_is_a_frequent_word_is_no_place(string text) =>
        Assert.Equal([("和平村", 0, 3, "village", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("原居民村及居民村的假日市集")]
    [InlineData("原居民村與居民村的假日市集")]
    public void A_village_of_indigenous_inhabitants_and_a_market_are_no_places(string text) =>
        Assert.Empty(PlacesIn(text));
}
