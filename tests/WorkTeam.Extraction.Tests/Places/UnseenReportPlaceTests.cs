using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using static WorkTeam.Extraction.Tests.Places.PlaceRows;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Classes of place errors found on the places development set (benchmarks/places, real reports the project
/// had not tuned on): Taiwan's townships and villages taking mainland codes, Taiwan's counties written short
/// before a township, lists of villages written short before their count, a short county heading a list, and
/// phrases read as villages. Spans, levels, codes and parents are exact, in both scripts.
/// </summary>
public sealed class UnseenReportPlaceTests
{
    [Fact]
    public void A_township_or_village_under_a_county_of_taiwan_takes_no_mainland_code()
    {
        // 三星乡 is also a township of Chongqing (500240204): not this one.
        Assert.Equal(
            [("宜兰县", 0, 3, "county", null, null), ("三星乡", 3, 6, "township", null, "宜兰县"), ("行健村", 6, 9, "village", null, "三星乡")],
            PlacesIn("宜蘭縣三星鄉行健村推動農村再生"));
        Assert.Equal(
            [("台湾", 0, 2, "province", "71", null), ("宜兰县", 2, 5, "county", null, "台湾"),
             ("三星乡", 5, 8, "township", null, "宜兰县"), ("行健村", 8, 11, "village", null, "三星乡")],
            PlacesIn("台湾宜兰县三星乡行健村"));
    }

    [Fact]
    public void A_village_alone_in_a_text_about_a_county_of_taiwan_is_not_the_one_mainland_village_of_its_name()
    {
        Assert.Equal(
            [("花莲县", 0, 3, "county", null, null), ("吉安乡", 3, 6, "township", null, "花莲县"), ("干城村", 11, 14, "village", null, null)],
            PlacesIn("花蓮縣吉安鄉公所日前於干城村舉辦說明會"));
        // Without that context the one unit of the name is taken, as before.
        Assert.Equal([("干城村", 3, 6, "village", "451226104209", null)], PlacesIn("日前在干城村举办说明会"));
    }

    [Fact]
    public void A_county_of_taiwan_written_short_before_a_township_makes_a_chain()
    {
        Assert.Equal(
            [("彰化", 0, 2, "county", null, null), ("芬园乡", 2, 5, "township", null, "彰化")],
            PlacesIn("彰化芬園鄉的荔枝受損"));
        Assert.Equal(
            [("花莲", 0, 2, "county", null, null), ("卓溪乡", 2, 5, "township", null, "花莲"), ("卓清村", 5, 8, "village", null, "卓溪乡")],
            PlacesIn("花莲卓溪乡卓清村长何成忠"));
        // A township right after its county is read even where its last character makes common nouns elsewhere (林乡, 园乡).
        Assert.Equal(
            [("花莲县", 0, 3, "county", null, null), ("秀林乡", 3, 6, "township", null, "花莲县")],
            PlacesIn("花蓮縣秀林鄉公所表示"));
    }

    [Fact]
    public void Names_listed_before_their_count_and_level_are_those_places_written_short()
    {
        // The villages of 翁堵乡 (翁堵镇 since) take their codes from it; 翁堵 itself is 翁堵社区 in the list, no 村.
        Assert.Equal(
            [("翁堵乡", 0, 3, "township", "530524109", null), ("翁堵", 4, 6, "village", null, null),
             ("立桂", 7, 9, "village", "530524109206", null), ("翁兴", 10, 12, "village", "530524109204", null),
             ("立木山", 13, 16, "village", "530524109207", null)],
            PlacesIn("翁堵乡在翁堵、立桂、翁兴、立木山4个村实施项目"));
        Assert.Equal(
            [("翁堵乡", 0, 3, "township", "530524109", null), ("翁堵", 4, 6, "village", null, null),
             ("立桂", 7, 9, "village", "530524109206", null), ("翁兴", 10, 12, "village", "530524109204", null),
             ("立木山", 13, 16, "village", "530524109207", null)],
            PlacesIn("翁堵鄉在翁堵、立桂、翁興、立木山4個村實施"));
        // Words of the dictionary listed are no villages; nor a list whose count differs.
        Assert.Empty(PlacesIn("实施道路、水利2个村的项目"));
        Assert.Empty(PlacesIn("在翁溪、立红、翁坝4个村"));
    }

    [Fact]
    public void A_county_written_short_heading_a_list_of_counties_is_a_county()
    {
        Assert.Equal(
            [("宜兰", 2, 4, "county", null, null), ("台东", 5, 7, "county", null, null), ("屏东", 8, 10, "county", null, null)],
            PlacesIn("包括宜蘭、台東、屏東也都陸續設置中"));
        Assert.Equal(
            [("民丰", 2, 4, "county", "653227", null), ("于田", 5, 7, "county", "653226", null), ("洛浦", 8, 10, "county", "653224", null)],
            PlacesIn("包括民丰、于田、洛浦等县"));
    }

    [Fact]
    public void Phrases_and_words_holding_a_village_name_are_no_villages()
    {
        Assert.Empty(PlacesIn("很大概率是村头村尾、田间地头的场景"));
        Assert.Equal([("翁堵乡", 0, 3, "township", "530524109", null)], PlacesIn("翁堵乡项目村群众踊资捐资"));
        // 博爱新村 is no 爱新村 of the table.
        Assert.Equal([("干城村", 3, 6, "village", "451226104209", null)], PlacesIn("日前於干城村博愛新村文化健康站舉辦"));
    }

    [Fact]
    public void An_indigenous_settlement_named_with_its_ending_is_a_place_and_the_common_noun_is_not()
    {
        Assert.Equal(
            [("花莲县", 0, 3, "county", null, null), ("瑞穗乡", 3, 6, "township", null, "花莲县"), ("鹡橹栈部落", 6, 11, "other", null, "瑞穗乡")],
            PlacesIn("花蓮縣瑞穗鄉鶺櫓棧部落聚會所興建工程今天動工"));
        Assert.Equal(
            [("花莲县", 0, 3, "county", null, null), ("瑞穗乡", 3, 6, "township", null, "花莲县"), ("鹡橹栈部落", 6, 11, "other", null, "瑞穗乡")],
            PlacesIn("花莲县瑞穗乡鹡橹栈部落聚会所兴建工程今天动工"));
        // A verb or a count before it, 各, and 干部 + 落实 name no settlement.
        Assert.Empty(PlacesIn("乡长提出部落基础建设的需求,多位部落头目出席"));
        Assert.Empty(PlacesIn("黨員幹部落實政策,各部落族人"));
    }

    [Fact]
    public void The_countryside_of_a_region_is_the_region_and_a_clause_opening_with_a_verb_is_no_village()
    {
        Assert.Equal([("南疆", 2, 4, "other", null, null), ("陕北", 13, 15, "other", null, null)], PlacesIn("深入南疆农村开展工作,他在陕北农村插队"));
        Assert.Equal([("南疆", 2, 4, "other", null, null)], PlacesIn("深入南疆農村開展工作"));
        Assert.Equal([("吉安乡", 0, 3, "township", null, null)], PlacesIn("吉安乡公所为加速推动博爱新村多功能聚会所建设"));
    }

    [Fact]
    public void A_township_found_once_is_found_again_after_a_whole_word()
    {
        Assert.Equal(
            [("花莲县", 0, 3, "county", null, null), ("光复乡", 3, 6, "township", null, "花莲县"), ("光复乡", 16, 19, "township", null, null)],
            PlacesIn("花蓮縣光復鄉動土。原民會長期關注光復鄉的需求"));
        Assert.Equal(
            [("花莲县", 0, 3, "county", null, null), ("光复乡", 3, 6, "township", null, "花莲县"), ("光复乡", 16, 19, "township", null, null)],
            PlacesIn("花莲县光复乡动土。原民会长期关注光复乡的需求"));
    }
}
