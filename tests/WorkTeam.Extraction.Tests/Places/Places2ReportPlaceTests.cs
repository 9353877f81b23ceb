using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Classes of place errors found on the second places development set (benchmarks/places2, real reports from
/// Hunan, Shandong, Sichuan, Guangxi, Guizhou, Hong Kong and Taiwan the project had not tuned on): the provinces
/// the NBS list lacks, phrases opening with a function word or verb read as places, a village named again before
/// 村民, a township named again without its ending, two villages coordinated under one ending, a measure word
/// read as a village, a township after a locative word, a prefecture's committee. Spans, levels, codes and parents
/// are exact.
/// </summary>
public sealed class Places2ReportPlaceTests
{
    [Fact]
    public void Taiwan_hong_kong_and_macau_take_their_province_codes_and_their_units_none()
    {
        Assert.Equal(
            [("香港", 0, 2, "province", "81", null), ("西贡区", 2, 5, "county", null, "香港"), ("澳门", 6, 8, "province", "82", null)],
            PlacesIn("香港西貢區和澳門"));
        Assert.Equal(
            [("台湾", 0, 2, "province", "71", null), ("花莲县", 2, 5, "county", null, "台湾"), ("卓溪乡", 5, 8, "township", null, "花莲县")],
            PlacesIn("台灣花蓮縣卓溪鄉"));
        // A city of Taiwan takes no mainland unit by a renamed ending (新北区 of Changzhou is 320411).
        Assert.Equal([("新北市", 0, 3, "prefecture", null, null)], PlacesIn("新北市政府"));
    }

    [Fact]
    public void A_name_opening_with_a_function_word_or_a_verb_and_more_is_a_phrase()
    {
        Assert.Empty(PlacesIn("按照省里的要求,要紧紧依靠县乡干部"));
        Assert.Equal([("凉山州", 0, 3, "prefecture", "5134", null)], PlacesIn("凉山州投入新村新寨建设资金,其中安宁河谷新村260个"));
        Assert.Empty(PlacesIn("主要街道正动工"));
        Assert.Empty(PlacesIn("新建村级活动场所,改建村卫生室,发现村内道路不平"));
        // A two-character verb may be a name (光復鄉 of Taiwan), and so may a table's village (解放村).
        Assert.Equal([("花莲县", 0, 3, "county", null, null), ("光复乡", 3, 6, "township", null, "花莲县")], PlacesIn("花蓮縣光復鄉"));
    }

    [Fact]
    public void A_village_named_again_before_its_villagers_is_the_name_without_its_ending()
    {
        Assert.Equal(
            [("团山堡", 0, 3, "village", "522328102207", null), ("安龙县", 10, 13, "county", "522328", null),
             ("德卧镇", 13, 16, "township", "522328102", "安龙县"), ("团山堡村", 16, 20, "village", "522328102207", "德卧镇")],
            PlacesIn("团山堡村民硬化道路。安龙县德卧镇团山堡村"));
    }

    [Fact]
    public void A_township_named_with_its_ending_is_found_again_without_it()
    {
        Assert.Equal(
            [("商河县", 0, 3, "county", "370126", null), ("龙桑寺镇", 3, 7, "township", "370126104", "商河县"),
             ("龙桑寺", 10, 13, "township", "370126104", null)],
            PlacesIn("商河县龙桑寺镇,帮助龙桑寺发展建设"));
        // A two-character stem that is a word stays the word (商店 of 商店镇).
        Assert.Equal(
            [("阳信县", 0, 3, "county", "371622", null), ("商店镇", 3, 6, "township", "371622101", "阳信县")],
            PlacesIn("阳信县商店镇的商店都开门了"));
    }

    [Fact]
    public void Two_villages_coordinated_under_one_ending_are_two_places()
    {
        Assert.Equal(
            [("徐园子乡", 0, 4, "township", "371423203", null), ("黄道口村", 4, 8, "village", "371423203222", "徐园子乡"),
             ("徐园子乡", 13, 17, "township", "371423203", null), ("黄道口", 17, 20, "village", "371423203222", "徐园子乡"),
             ("马古台村", 21, 25, "village", "371423203224", null)],
            PlacesIn("徐园子乡黄道口村的村民说,徐园子乡黄道口和马古台村是贫困村"));
    }

    [Fact]
    public void A_measure_word_after_a_number_is_no_village()
    {
        Assert.Empty(PlacesIn("3.7公里村组公路已经完成1公里"));
    }

    [Fact]
    public void A_township_after_a_locative_word_stands_alone()
    {
        Assert.Equal([("花莲县", 0, 3, "county", null, null), ("秀林乡", 7, 10, "township", null, null)], PlacesIn("花蓮縣族人來自秀林鄉"));
        Assert.Empty(PlacesIn("他来自江南水乡"));
    }

    [Fact]
    public void A_prefecture_committee_and_neighbour_words_leave_the_place_alone()
    {
        Assert.Equal([("凉山", 0, 2, "prefecture", "5134", null)], PlacesIn("凉山州委书记林书城"));
        Assert.Equal([("郑路镇", 13, 16, "township", "370126105", null)], PlacesIn("镇驻地距县城15公里,南邻郑路镇"));
        Assert.Equal([("武冈市", 2, 5, "county", "430581", null)], PlacesIn("获得武冈市“十大清洁村”及“最美乡风文明村”"));
    }
}
