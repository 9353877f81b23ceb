using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Classes of place errors found on the seventeenth places development set (benchmarks/places17: lists of towns to be merged,
/// flood and landslide alerts listing villages and wards, a 镇 made a 街道) and settled with it: 和 glued to a unit's suffix
/// before it opens no town or village name (龙烟镇和田桥镇 → 田桥镇); a village between two listed villages of its suffix is the
/// list's (傑魚里、光復里、猴硐里); 区域 and 岛外 are common nouns (place-suffix-followers.tsv), 建制镇 a description
/// (place-suffix-leaders.tsv), 昨晚 opens a clause (leading-verbs.tsv). Sentences shortened from the set's pages; spans exact.
/// </summary>
public sealed class Places17ReportPlaceTests
{
    [Theory]
    [InlineData("新泰市将合并招安镇大桥村、丁家村和田家村为招安镇。")]
    [InlineData("新泰市將合併招安鎮大橋村、丁家村和田家村為招安鎮。")]
    public void He_glued_to_a_village_s_suffix_before_it_is_the_coordinator_not_the_name_s_first_character(string text)
    {
        var places = PlacesIn(text);
        Assert.Contains(places, p => p is { Name: "田家村", Start: 17, End: 20, Level: "village" });
        Assert.DoesNotContain(places, p => p.Name == "和田家村");
    }

    [Theory]
    [InlineData("郓城县将合并张营镇和南赵楼镇。巨野县将合并龙烟镇和田桥镇。")]
    public void He_glued_to_a_town_s_suffix_before_it_is_the_coordinator(string text)
    {
        var places = PlacesIn(text);
        Assert.Contains(places, p => p is { Name: "田桥镇", Start: 25, End: 28, Level: "township" });
        Assert.DoesNotContain(places, p => p.Name == "和田桥镇");
    }

    [Theory]
    [InlineData("巨野县龙烟镇和田桥镇。")]
    [InlineData("巨野縣龍煙鎮和田橋鎮。")]
    public void A_town_trimmed_of_he_takes_the_parent_of_the_town_it_is_coordinated_with(string text) =>
        Assert.Equal([("巨野县", 0, 3, "county", "371724", null), ("龙烟镇", 3, 6, "township", null, "巨野县"), ("田桥镇", 7, 10, "township", "371724114", "巨野县")],
            PlacesIn(text));

    [Theory]
    [InlineData("新泰市将合并招安镇大桥村、丁家村和田园新村为招安镇。", "和田园新村", 16, 21)]
    [InlineData("新泰市將合併招安鎮大橋村、丁家村和田園新村為招安鎮。", "和田园新村", 16, 21)]
    [InlineData("新泰市将合并招安镇大桥村、丁家村和平村为招安镇。", "和平村", 16, 19)]
    public void A_village_opening_with_he_keeps_it_when_the_table_lacks_the_rest_or_has_it_whole(string text, string name, int start, int end) =>
        // 田园新村 is no village of the table, 和平村 is one: neither is cut.
        Assert.Contains(PlacesIn(text), p => p.Name == name && p.Start == start && p.End == end && p.Level == "village");

    [Theory]
    [InlineData("墨玉县和田县两县合作。")]
    [InlineData("墨玉縣和田縣兩縣合作。")]
    public void A_county_opening_with_he_after_a_county_keeps_it(string text) =>
        // Only towns and villages are read again: 和田县 is a county of the division table.
        Assert.Contains(PlacesIn(text), p => p is { Name: "和田县", Start: 3, End: 6, Level: "county" });

    [Theory]
    [InlineData("新北市瑞芳區瑞濱里、新峰里、東和里、傑魚里、光復里、猴硐里、弓橋里等。", 22, 25)]
    [InlineData("新北市瑞芳区瑞滨里、新峰里、东和里、杰鱼里、光复里、猴硐里、弓桥里等。", 22, 25)]
    public void A_ward_between_two_listed_wards_is_a_ward_though_its_stem_is_a_common_word(string text, int start, int end) =>
        Assert.Contains(PlacesIn(text), p => p is { Name: "光复里", Level: "village" } && p.Start == start && p.End == end);

    [Theory]
    [InlineData("新北市瑞芳區瑞濱里、新峰里、傑魚里、大家里、猴硐里等。")]
    [InlineData("新北市瑞芳区瑞滨里、新峰里、杰鱼里、大家里、猴硐里等。")]
    public void A_gap_between_listed_wards_whose_stem_ends_in_a_common_noun_leader_is_no_ward(string text) =>
        // 家里 is a common noun (place-suffix-leaders.tsv), as 公里 and 心里.
        Assert.DoesNotContain(PlacesIn(text), p => p.Start == 18);

    [Theory]
    [InlineData("瑞芳區瑞濱里、新峰里、光復後、猴硐里")]
    public void A_gap_between_listed_wards_that_does_not_end_in_their_suffix_is_no_ward(string text) =>
        Assert.DoesNotContain(PlacesIn(text), p => p.Start == 11);

    [Theory]
    [InlineData("東孚撤鎮設街道獲批 海滄成島外首個無鄉鎮市轄區")]
    [InlineData("东孚撤镇设街道获批 海沧成岛外首个无乡镇市辖区")]
    public void An_island_before_wai_is_the_common_noun(string text) =>
        Assert.DoesNotContain(PlacesIn(text), p => p.Name == "海沧成岛");

    [Theory]
    [InlineData("但台北市人口密集區域則最少為1千戶")]
    [InlineData("但台北市人口密集区域则最少为1千户")]
    public void A_district_before_yu_is_the_common_noun_quyu(string text) =>
        Assert.Equal([("台北市", 1, 4, "prefecture", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("其中鎮是在較為發達的小城鎮設立的建制鎮。")]
    [InlineData("其中镇是在较为发达的小城镇设立的建制镇。")]
    public void Jianzhi_zhen_is_a_description_not_a_town(string text) =>
        Assert.DoesNotContain(PlacesIn(text), p => p.Name == "建制镇");

    [Theory]
    [InlineData("昨晚尹家溪镇3小时降雨量达51.9mm")]
    [InlineData("昨晚尹家溪鎮3小時降雨量達51.9mm")]
    public void Zuowan_opens_the_clause_before_a_town(string text) =>
        Assert.Equal([("尹家溪镇", 2, 6, "township", "430802105", null)], PlacesIn(text));
}
