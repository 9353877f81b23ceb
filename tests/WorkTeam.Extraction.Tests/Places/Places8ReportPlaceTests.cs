using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Classes of place errors found on the eighth places development set (benchmarks/places8: village work in 贵州, 四川, 河南,
/// 广西, Taiwan's 花蓮 and 台南, Hong Kong's 沙頭角; half traditional): a county read after a function character that ends
/// another county's short form (位于田林县, not 于田林县); ethnic townships written without their peoples (羊场乡 of
/// 羊场苗族彝族乡); a count glued to a city (台南市37區有649里) and the head of a longer ending (台南市里社區) read as a
/// district or ward; 逐村 (village by village); villages listed short and closed by 及 before one written with its ending;
/// a county of Taiwan written short before an office (花蓮分署); 广西's parts (桂西); Hong Kong's 沙頭角.
/// Spans, levels, codes and parents are exact.
/// </summary>
public sealed class Places8ReportPlaceTests
{
    [Theory]
    [InlineData("项目位于田林县潞城乡")]
    [InlineData("項目位於田林縣潞城鄉")]
    public void A_county_after_weiyu_is_not_read_from_the_function_character(string text) =>
        Assert.Equal(
            [("田林县", 4, 7, "county", "451029", null), ("潞城乡", 7, 10, "township", "451029200", "田林县")],
            PlacesIn(text));

    [Theory]
    [InlineData("纳雍县羊场乡奢嘎村")]
    [InlineData("納雍縣羊場鄉奢嘎村")]
    public void An_ethnic_township_written_without_its_peoples_gets_its_code(string text) =>
        Assert.Equal(
            [("纳雍县", 0, 3, "county", "520525", null), ("羊场乡", 3, 6, "township", "520525211", "纳雍县"),
             ("奢嘎村", 6, 9, "village", "520525211211", "羊场乡")],
            PlacesIn(text));

    [Theory]
    [InlineData("台南市37區有649里,尚餘14區27里無活動中心")]
    [InlineData("「台南市里社區活動中心入口網」")]
    [InlineData("台南市里社区活动中心")]
    public void A_count_or_a_longer_endings_head_after_a_city_is_no_district_or_ward(string text)
    {
        var at = text.IndexOf('台');
        Assert.Equal([("台南市", at, at + 3, "prefecture", null, null)], PlacesIn(text));
    }

    [Theory]
    [InlineData("以县为单位逐村研判需求")]
    [InlineData("以縣為單位逐村研判需求")]
    public void Zhu_cun_is_village_by_village(string text) => Assert.Empty(PlacesIn(text));

    [Theory]
    [InlineData("工程涵盖太昌、庆丰、干城、光华、福兴及仁安村等区域")]
    [InlineData("工程涵蓋太昌、慶豐、干城、光華、福興及仁安村等區域")]
    public void Villages_listed_short_and_closed_by_ji_before_one_with_its_ending_are_villages(string text) =>
        Assert.Equal(
            [("太昌", 4, 6, "village", null, null), ("庆丰", 7, 9, "village", null, null), ("干城", 10, 12, "village", null, null),
             ("光华", 13, 15, "village", null, null), ("福兴", 16, 18, "village", null, null), ("仁安村", 19, 22, "village", null, null)],
            PlacesIn(text));

    [Theory]
    [InlineData("工程涵盖教育、医疗、文化、卫生及仁安村")]
    [InlineData("技术和资金及仁安村")]
    public void Common_nouns_listed_before_a_village_are_no_villages(string text)
    {
        var at = text.IndexOf('仁');
        Assert.Equal([("仁安村", at, at + 3, "village", null, null)], PlacesIn(text));
    }

    [Theory]
    [InlineData("工作队走访了王刚、李强、张军、刘伟和光明村")]
    [InlineData("工作队走访了王刚、李强、张军、刘伟、光明村")]
    [InlineData("工作隊走訪了王剛、李強、張軍、劉偉和光明村")]
    public void Peoples_names_listed_before_a_village_are_no_villages(string text)
    {
        // Names the dictionary does not know that open with a common surname are villages only as the table has them.
        var at = text.IndexOf('光');
        Assert.Equal([("光明村", at, at + 3, "village", null, null)], PlacesIn(text));
    }

    [Theory]
    [InlineData("拜會花蓮分署長")]
    [InlineData("拜会花莲分署长")]
    public void A_county_of_taiwan_written_short_before_an_office_is_a_place(string text) =>
        Assert.Equal([("花莲", 2, 4, "county", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("联系公安分局")]
    [InlineData("市公安分局管理处")]
    public void A_mainland_county_short_form_that_is_a_word_stays_a_word_before_an_office(string text) => Assert.Empty(PlacesIn(text));

    // The open case of places7's review: 周围 after a mountain of the gazetteer is "around", no walled village.
    [Theory]
    [InlineData("在祁连山周围放牧")]
    [InlineData("在祁連山周圍放牧")]
    public void Zhouwei_after_a_mountain_makes_no_walled_village(string text) =>
        Assert.Equal([("祁连山", 1, 4, "other", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("境内有桂西之巅")]
    [InlineData("境內有桂西之巔")]
    public void A_part_of_guangxi_is_a_region(string text) => Assert.Equal([("桂西", 3, 5, "other", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("她在沙頭角土生土長,常去沙頭角墟")]
    [InlineData("她在沙头角土生土长,常去沙头角墟")]
    public void Sha_tau_kok_is_a_township_of_hong_kong(string text) =>
        Assert.Equal([("沙头角", 2, 5, "township", null, null), ("沙头角墟", 12, 16, "township", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("沙頭角鄉事委員會公布")]
    [InlineData("沙头角乡事委员会公布")]
    public void Sha_tau_kok_before_its_rural_committee_is_the_township_without_xiang(string text) =>
        Assert.Equal([("沙头角", 0, 3, "township", null, null)], PlacesIn(text));

    [Fact]
    public void The_shenzhen_subdistrict_of_that_name_keeps_its_ending_and_code() =>
        Assert.Equal(
            [("深圳市", 0, 3, "prefecture", "4403", null), ("盐田区", 3, 6, "county", "440308", "深圳市"),
             ("沙头角街道", 6, 11, "township", "440308003", "盐田区")],
            PlacesIn("深圳市盐田区沙头角街道"));
}
