using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Places of a copied page's head (issue 11, the places development set): the headline, wherever a line
/// outside the body repeats it, the source line and a byline naming an author are read for places; menus
/// are not. The body's facts and links are as before.
/// </summary>
public sealed class PageHeadPlaceTests
{
    private static List<(string Name, int Start, int End, string Level, string? Code, string? Parent)> Places(string text) =>
        [.. ReportAnalyzer.Default.Extract(Document.FromText(text), kinds: FactKinds.Place)
            .Select(f => (f.Name!, f.Start, f.End, Gazetteer.LevelName(f.Level!.Value), f.Code, f.Parent))];

    [Fact]
    public void A_headline_repeated_above_each_caption_gives_its_places_each_time_and_a_menu_gives_none()
    {
        const string text = "首页 > 新疆 > 正文\n湖北宣恩:产业扶贫“进村入户”\n\n新华网 2018-05-15 09:57:08\n\n"
            + "5月3日,宣恩县直机关驻沙道沟镇四道水村工作队队员与村民一起移栽辣椒苗。\n\n湖北宣恩:产业扶贫“进村入户”\n\n5月4日,村民移栽辣椒苗。\n";
        Assert.Equal(
            [("湖北", 13, 15, "province", "42", null), ("宣恩", 15, 17, "county", "422825", "湖北"),
             ("宣恩县", 60, 63, "county", "422825", null), ("沙道沟镇", 67, 71, "township", "422825102", null),
             ("四道水村", 71, 75, "village", null, "沙道沟镇"),
             ("湖北", 93, 95, "province", "42", null), ("宣恩", 95, 97, "county", "422825", "湖北")],
            Places(text));
    }

    [Fact]
    public void A_traditional_headline_and_the_reporters_dateline_give_their_places()
    {
        const string text = "花蓮縣光復鄉部落之心動土 原民會補助4000萬\n\n中國時報記者王志偉/花蓮報導\n"
            + "行政院原住民族委員會主委17日出席光復鄉社區活動中心動土典禮,該工程由原民會核定補助4000萬元。\n";
        // Taiwan's counties and townships have no NBS code.
        Assert.Equal(
            [("花莲县", 0, 3, "county", null, null), ("光复乡", 3, 6, "township", null, "花莲县"),
             ("中国", 25, 27, "country", null, null), ("花莲", 35, 37, "county", null, null),
             ("光复乡", 57, 60, "township", null, null)],
            Places(text));
    }

    [Fact]
    public void The_source_line_gives_the_places_of_the_source_name()
    {
        const string text = "“衔接”高分题 关河这样答\n来源:芜湖新闻网           编辑:徐涧\n\n无为市蜀山镇关河村投入资金30万元修建道路。\n";
        // 关河 of the headline is the short form of the body's 关河村, and takes its code.
        Assert.Equal(
            [("关河", 8, 10, "village", "340281108211", null), ("芜湖", 17, 19, "prefecture", "3402", null),
             ("无为市", 40, 43, "county", "340281", null), ("蜀山镇", 43, 46, "township", "340281108", "无为市"),
             ("关河村", 46, 49, "village", "340281108211", "蜀山镇")],
            Places(text));
    }
}
