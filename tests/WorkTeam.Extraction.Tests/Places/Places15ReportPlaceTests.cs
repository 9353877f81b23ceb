using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Classes of place errors found on the fifteenth places development set (benchmarks/places15: townships merged and
/// renamed, village pages with their neighbours, Taiwan's 大安區) and settled with it: 合并村 is a description, not a
/// village (generic-place-endings.tsv); 偏乡, 离镇 and 巡里 are common nouns before an ending (place-suffix-leaders.tsv);
/// 距 is a locative word a name starts after (locative-words.tsv); a district written whole right after its Taiwan city
/// is the city's township, not the table's county-level namesake. Spans, levels, codes and parents are exact.
/// </summary>
public sealed class Places15ReportPlaceTests
{
    [Theory]
    [InlineData("今年合并村的干部都到齐了。")]
    [InlineData("今年合併村的幹部都到齊了。")]
    public void A_merged_village_is_a_description_not_a_village(string text) =>
        Assert.Empty(PlacesIn(text));

    [Theory]
    [InlineData("这里地处偏乡,青壮年外出务工。")]
    [InlineData("這裡地處偏鄉,青壯年外出務工。")]
    [InlineData("学校距离镇政府六公里。")]
    [InlineData("志工每个月巡里一次。")]
    public void A_common_noun_before_an_ending_is_no_place(string text) =>
        Assert.Empty(PlacesIn(text));

    [Theory]
    [InlineData("该村南距李家庄乡2公里。")]
    [InlineData("該村南距李家莊鄉2公里。")]
    public void A_name_starts_after_the_locative_ju(string text) =>
        // 距 (distance from) opens the name, as 在 and 到 do (locative-words.tsv): not 南距李家庄乡.
        Assert.Equal([("李家庄乡", 4, 8, "township", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("台中市大安區", "台中市")]
    [InlineData("臺北市大安區", "台北市")]
    public void A_district_written_whole_after_its_Taiwan_city_is_the_city_s_township(string text, string city) =>
        // 大安区 of 台北市 and of 台中市, not the table's county-level 大安区 of 自贡 (510304).
        Assert.Equal([(city, 0, 3, "prefecture", null, null), ("大安区", 3, 6, "township", null, city)], PlacesIn(text));

    [Theory]
    [InlineData("基隆市中正區", "基隆市", "中正区")]
    [InlineData("台北市中正區", "台北市", "中正区")]
    [InlineData("基隆市信義區", "基隆市", "信义区")]
    public void A_district_two_Taiwan_cities_share_is_the_city_s_written_after_it(string text, string city, string district) =>
        // The gazetteer lists 中正区 and 信义区 once (names are unique there: 台北市's); the chain after the city names its own.
        Assert.Equal([(city, 0, 3, "prefecture", null, null), (district, 3, 6, "township", null, city)], PlacesIn(text));

    [Fact]
    public void A_village_the_table_has_under_the_township_before_it_is_named_though_its_stem_is_a_description() =>
        // 合并村 of 常家河镇 (621121104214): generic-place-endings.tsv's 合并 refuses it alone ("今年合并村"), not after its township.
        Assert.Equal(
            [("通渭县", 0, 3, "county", "621121", null), ("常家河镇", 3, 7, "township", "621121104", "通渭县"), ("合并村", 7, 10, "village", "621121104214", "常家河镇")],
            PlacesIn("通渭县常家河镇合并村"));

    [Fact]
    public void A_description_after_a_township_that_does_not_hold_it_stays_none() =>
        Assert.Equal([("通渭县", 0, 3, "county", "621121", null), ("马营镇", 3, 6, "township", "621121101", "通渭县")], PlacesIn("通渭县马营镇合并村组后"));

    [Theory]
    [InlineData("武清区大王古庄镇距城堡村", "距城堡村", 8, 12, "village", "120114118211", "大王古庄镇")]
    [InlineData("埇桥区符离镇", "符离镇", 3, 6, "township", "341302100", "埇桥区")]
    public void A_name_the_table_has_whole_keeps_a_locative_or_a_leader_it_opens_or_ends_with(string text, string name, int start, int end, string level, string code, string parent) =>
        // 距 is a locative word (locative-words.tsv) and 离 before 镇 a common noun's (place-suffix-leaders.tsv: 距离镇政府), but
        // 距城堡村 (武清区大王古庄镇) and 符离镇 (宿州市埇桥区) are the table's names, found whole with their codes.
        Assert.Equal((name, start, end, level, code, parent), PlacesIn(text)[^1]);
}
