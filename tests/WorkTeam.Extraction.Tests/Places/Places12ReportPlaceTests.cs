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
            [("高雄市", 0, 3, "prefecture", null, null), ("左营区", 3, 6, "township", null, "高雄市"), ("福山里", 6, 9, "village", null, "左营区"),
             ("福山里", 18, 21, "village", null, null), ("福荣里", 22, 25, "village", null, null),
             ("福槟里", 26, 29, "village", null, null), ("福华里", 30, 33, "village", null, null)],
            PlacesIn(text));

    [Fact]
    public void Without_a_unit_of_Taiwan_a_lone_ward_is_not_read() =>
        Assert.Empty(PlacesIn("分别为福山里、福荣里。"));

    [Theory]
    [InlineData("高雄市政府藉由推動里調整方案,力求優化里政服務。", "高雄市", 0, 3)]
    [InlineData("桃園市各區公所指派里幹事代理里長。", "桃园市", 0, 3)]
    public void A_verb_or_a_title_before_a_lone_ward_ending_names_no_ward(string text, string city, int start, int end) =>
        Assert.Equal([(city, start, end, "prefecture", null, null)], PlacesIn(text));

    [Fact]
    public void A_pronoun_before_heads_of_wards_names_no_ward() =>
        Assert.Equal(
            [("花莲县", 0, 3, "county", null, null), ("光复乡", 3, 6, "township", null, "花莲县")],
            PlacesIn("花蓮縣光復鄉公所表示,有些里長反映路燈不亮。"));

    [Fact]
    public void A_district_written_short_before_its_heads_of_wards_is_the_district() =>
        Assert.Equal(
            [("林口区", 0, 3, "township", null, null), ("南势里", 3, 6, "village", null, "林口区"), ("林口", 15, 17, "township", null, null)],
            PlacesIn("林口區南勢里人口最多,議員認為林口里長壓力非常大。"));

    [Fact]
    public void Names_listed_before_a_ward_or_a_count_of_wards_are_wards() =>
        Assert.Equal(
            [("屏东县", 0, 3, "county", null, null), ("东港镇", 3, 6, "township", null, "屏东县"), ("兴东里", 7, 10, "village", null, null),
             ("内关帝", 14, 17, "village", null, null), ("东新", 18, 20, "village", null, null), ("新街", 21, 23, "village", null, null),
             ("东光", 24, 26, "village", null, null), ("顶新", 29, 31, "village", null, null), ("顶中", 32, 34, "village", null, null),
             ("东和里", 35, 38, "village", null, null), ("顶中里", 41, 44, "village", null, null)],
            PlacesIn("屏東縣東港鎮的興東里,則分為內關帝、東新、新街及東光4里;頂新、頂中及東和里,合為頂中里。"));

    [Fact]
    public void Districts_of_Taiwan_listed_short_are_townships() =>
        Assert.Equal(
            [("新北市", 0, 3, "prefecture", null, null), ("淡水", 20, 22, "township", null, null), ("林口", 23, 25, "township", null, null),
             ("五股", 26, 28, "township", null, null), ("三重", 33, 35, "township", null, null), ("瑞芳", 36, 38, "township", null, null)],
            PlacesIn("新北市將現有1032里調整為1029里,淡水、林口、五股新增7里,三重、瑞芳減10里。"));

    [Theory]
    [InlineData("台北市民眾說,在公司裡忙,會議裡談,新聞裡看,城市裡的夜市裡擠,颱風天裡講歷史故事裡的事。")]
    [InlineData("台北市民众说,在公司里忙,会议里谈,新闻里看,城市里的夜市里挤,台风天里讲历史故事里的事。")]
    public void A_common_word_before_inside_names_no_ward_in_a_Taiwan_document(string text) =>
        Assert.Equal([("台北市", 0, 3, "prefecture", null, null)], PlacesIn(text));

    [Theory]
    [InlineData("屏東縣東港鎮的興東里與大樹里合併。")]
    [InlineData("屏东县东港镇的兴东里与大树里合并。")]
    public void A_common_word_closing_a_list_of_wards_is_a_ward(string text) =>
        Assert.Equal(
            [("屏东县", 0, 3, "county", null, null), ("东港镇", 3, 6, "township", null, "屏东县"), ("兴东里", 7, 10, "village", null, null),
             ("大树里", 11, 14, "village", null, null)],
            PlacesIn(text));

    [Theory]
    [InlineData("市府強調仁愛、信義、和平的精神,推動民生、成功與復興計畫,大安區福山里首先試辦。")]
    [InlineData("市府强调仁爱、信义、和平的精神,推动民生、成功与复兴计划,大安区福山里首先试办。")]
    public void Common_words_listed_without_a_count_or_an_ending_are_no_districts(string text) =>
        Assert.Equal([("大安区", 29, 32, "county", null, null), ("福山里", 32, 35, "village", null, "大安区")], PlacesIn(text));

    [Theory]
    [InlineData("潞州区撤销长北街道,整建制并入马厂镇。")]
    [InlineData("潞州區撤銷長北街道,整建制併入馬廠鎮。")]
    public void A_township_after_the_verb_abolishing_or_merging_it_is_read(string text) =>
        Assert.Equal(
            [("潞州区", 0, 3, "county", "140403", null), ("长北街道", 5, 9, "township", null, null),
             ("马厂镇", 15, 18, "township", "140403103", null)],
            PlacesIn(text));
}
