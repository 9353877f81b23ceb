using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Classes of place errors found on the seventh places development set (benchmarks/places7: 雲林 and 宜蘭 reports, Hong Kong's
/// 西貢 and 元朗, mainland reports from 安徽, 新疆, 陕西; half traditional): walled villages (南生圍, 聯興圍); names listed short
/// and closed by 等 before their count and level (大埤、褒忠、台西、東勢、麥寮等5鄉鎮), the first glued to the word before it;
/// descriptions before a place's ending (典型社区, 氛围); and a village tied by a possessive to another county than the
/// document's (桐城市的西湖村), which is not the document county's namesake. Spans, levels, codes and parents are exact.
/// </summary>
public sealed class Places7ReportPlaceTests
{
    [Theory]
    [InlineData("從屯門到南生圍,見到聯興圍等村落")]
    [InlineData("从屯门到南生围,见到联兴围等村落")]
    public void A_walled_village_is_a_village(string text) =>
        Assert.Equal(
            [("屯门", 1, 3, "county", null, null), ("南生围", 4, 7, "village", null, null), ("联兴围", 10, 13, "village", null, null)],
            PlacesIn(text));

    [Theory]
    [InlineData("工作範圍內的共治氛圍,成為移民搬遷的典型社區")]
    [InlineData("工作范围内的共治氛围,成为移民搬迁的典型社区")]
    public void A_common_word_before_a_village_ending_makes_no_place(string text) => Assert.Empty(PlacesIn(text));

    // The review's cases: a body measure (头围, 胸围, 腰围) and the verb 围 (围炉, 围出) are no walled villages.
    [Theory]
    [InlineData("儿童头围和胸围都在长。")]
    [InlineData("測量腰圍後,大家在老屋圍爐夜話,又在牛棚圍出一塊空地。")]
    [InlineData("测量腰围后,大家在老屋围炉夜话,又在牛棚围出一块空地。")]
    public void A_body_measure_or_the_verb_wei_makes_no_walled_village(string text) => Assert.Empty(PlacesIn(text));

    [Theory]
    [InlineData("官員會勘大埤、褒忠、台西、東勢、麥寮等5鄉鎮共計9條農水路")]
    [InlineData("官员会勘大埤、褒忠、台西、东势、麦寮等5乡镇共计9条农水路")]
    [InlineData("會勘大埤、褒忠、台西、東勢、麥寮等5鄉鎮")]
    public void Townships_listed_short_and_closed_by_deng_before_their_count_are_townships(string text)
    {
        var at = text.IndexOf('埤') - 1;
        Assert.Equal(
            [("大埤", at, at + 2, "township", null, null), ("褒忠", at + 3, at + 5, "township", null, null),
             ("台西", at + 6, at + 8, "township", null, null), ("东势", at + 9, at + 11, "township", null, null),
             ("麦寮", at + 12, at + 14, "township", null, null)],
            PlacesIn(text));
    }

    [Theory]
    [InlineData("走访东河、西河两个乡")]
    [InlineData("走訪東河、西河兩個鄉")]
    public void The_first_name_of_a_counted_list_starts_after_a_verb(string text) =>
        Assert.Equal([("东河", 2, 4, "township", null, null), ("西河", 5, 7, "township", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("繁昌县帮扶太湖县。工作队到了徐桥镇,又到了桐城市的西湖村。")]
    [InlineData("繁昌縣幫扶太湖縣。工作隊到了徐橋鎮,又到了桐城市的西湖村。")]
    public void A_village_of_another_county_tied_by_a_possessive_is_not_the_document_countys_namesake(string text) =>
        Assert.Equal(
            [("繁昌县", 0, 3, "county", "340212", null), ("太湖县", 5, 8, "county", "340825", null), ("徐桥镇", 14, 17, "township", "340825101", null),
             ("桐城市", 21, 24, "county", "340881", null), ("西湖村", 25, 28, "village", null, null)],
            PlacesIn(text));

    [Fact]
    public void A_village_tied_by_a_possessive_to_its_own_county_keeps_its_code() =>
        Assert.Equal(
            [("繁昌县", 0, 3, "county", "340212", null), ("太湖县", 5, 8, "county", "340825", null), ("太湖县", 14, 17, "county", "340825", null),
             ("西湖村", 18, 21, "village", "340825200202", null)],
            PlacesIn("繁昌县帮扶太湖县。工作队到了太湖县的西湖村。"));
}
