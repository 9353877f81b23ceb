using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Classes of place errors found on the twelfth places development set (benchmarks/places12: Taiwan's wards split and
/// merged, mainland townships and villages merged or renamed) and settled with it: in a document naming a unit of
/// Taiwan, a 里 written alone is a ward (村 level) where its stem opens after a mark, a coordinator or 為, not after a
/// verb (推動里) nor as a title (林口里長 is the district's heads of wards); names listed before a ward or a count of wards
/// are wards; districts listed short are townships; a township after 撤销, 并入 or 划归 (leading-verbs.tsv) is read.
/// Spans, levels, codes and parents are exact.
/// </summary>
public sealed class Places12ReportPlaceTests
{
    [Theory]
    [InlineData("高雄市左營區福山里調整成4里,分別為福山里、福榮里、福檳里、福華里。")]
    [InlineData("高雄市左营区福山里调整成4里,分别为福山里、福荣里、福槟里、福华里。")]
    public void Wards_listed_alone_in_a_Taiwan_document_are_villages(string text) =>
        Assert.Equal(
            [("高雄市", 0, 3, "prefecture", null, null), ("左营区", 3, 6, "county", null, "高雄市"), ("福山里", 6, 9, "village", null, "左营区"),
             ("福山里", 18, 21, "village", null, null), ("福荣里", 22, 25, "village", null, null),
             ("福槟里", 26, 29, "village", null, null), ("福华里", 30, 33, "village", null, null)],
            PlacesIn(text));

    [Fact]
    public void Without_a_unit_of_Taiwan_a_lone_ward_is_not_read() =>
        Assert.Empty(PlacesIn("分别为福山里、福荣里。"));

    [Theory]
    [InlineData("高雄市政府藉由推動里調整方案,力求優化里政服務。")]
    [InlineData("桃園市各區公所指派里幹事代理里長。")]
    [InlineData("花蓮縣光復鄉公所表示,有些里長反映路燈不亮。")]
    public void A_verb_or_a_title_before_a_lone_ward_ending_names_no_ward(string text) =>
        Assert.DoesNotContain(PlacesIn(text), p => p.Level == "village");

    [Fact]
    public void A_district_written_short_before_its_heads_of_wards_is_the_district() =>
        Assert.Contains(("林口", 15, 17, "township", null, null), PlacesIn("林口區南勢里人口最多,議員認為林口里長壓力非常大。"));

    [Theory]
    [InlineData("屏東縣東港鎮的興東里,則分為內關帝、東新、新街及東光4里;頂新、頂中及東和里,合為頂中里。")]
    public void Names_listed_before_a_ward_or_a_count_of_wards_are_wards(string text)
    {
        var places = PlacesIn(text);
        foreach (var name in new[] { "内关帝", "东新", "新街", "东光", "顶新", "顶中", "东和里", "顶中里" })
        {
            Assert.Contains(places, p => p.Name == name && p.Level == "village");
        }
    }

    [Fact]
    public void Districts_of_Taiwan_listed_short_are_townships()
    {
        var places = PlacesIn("新北市將現有1032里調整為1029里,淡水、林口、五股新增7里,三重、瑞芳減10里。");
        foreach (var name in new[] { "淡水", "林口", "五股", "三重", "瑞芳" })
        {
            Assert.Contains(places, p => p.Name == name && p.Level == "township");
        }
    }

    [Theory]
    [InlineData("潞州区撤销长北街道,整建制并入马厂镇。")]
    [InlineData("潞州區撤銷長北街道,整建制併入馬廠鎮。")]
    public void A_township_after_the_verb_abolishing_or_merging_it_is_read(string text) =>
        Assert.Equal(
            [("潞州区", 0, 3, "county", "140403", null), ("长北街道", 5, 9, "township", null, null),
             ("马厂镇", 15, 18, "township", "140403103", null)],
            PlacesIn(text));
}
