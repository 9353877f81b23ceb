using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Extraction.Tests.Extensibility;

/// <summary>
/// A gazetteer of one's own, given to <see cref="ReportAnalyzerBuilder.UsePlaces"/>, is the analyzer's wherever it reads
/// one: which names are places, which unit of the division table a short form stands for (the code of a place, of a
/// team's station, of a number's place), and which place holds which when they have no code. The default analyzer
/// does not see it. The file: own-gazetteer.tsv beside this one.
/// </summary>
public class OwnGazetteerTests
{
    private static readonly Gazetteer Own = LoadOwn();

    private static readonly ReportAnalyzer WithOwn = new ReportAnalyzerBuilder().UseDefaults().UsePlaces(Own).Build();

    private static Gazetteer LoadOwn()
    {
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "WorkTeam.Extraction.Tests", "Extensibility", "own-gazetteer.tsv");
        using var reader = File.OpenText(path);
        return Gazetteer.Load(reader, path);
    }

    [Fact]
    public void A_short_form_of_ones_own_is_a_place_with_the_code_of_the_unit_its_full_name_names()
    {
        const string text = "民丰县：自治区财政厅驻沙枣泉工作队为沙枣泉投入资金50万元。";
        Assert.Equal(
            [
                ("place", "民丰县", 0, 3, "653227", null, null),
                ("org", "自治区财政厅", 4, 10, null, null, null),
                // The team's station and the number's place take the code of 劳光村 (若克雅乡, 民丰县) that 沙枣泉 stands for.
                ("team", "自治区财政厅驻沙枣泉工作队", 4, 17, "653227201200", "沙枣泉", null),
                ("place", "沙枣泉", 11, 14, "653227201200", null, null),
                ("place", "沙枣泉", 18, 21, "653227201200", null, null),
                ("money", "50万元", 25, 29, "653227201200", null, "沙枣泉"),
            ],
            Rows(WithOwn, text));
        // The default analyzer knows no 沙枣泉: no place, no team stationed there, the money is the county's.
        Assert.Equal(
            [
                ("place", "民丰县", 0, 3, "653227", null, null),
                ("org", "自治区财政厅", 4, 10, null, null, null),
                ("money", "50万元", 25, 29, "653227", null, "民丰县"),
            ],
            Rows(ReportAnalyzer.Default, text));
    }

    [Fact]
    public void Places_without_a_code_are_held_by_the_place_ones_own_gazetteer_puts_them_in()
    {
        // Townships joined as one: the number is about the county that holds both, which only the user's file says.
        const string text = "青禾县：工作队深入东禾乡、西禾乡，投入资金100万元。";
        Assert.Equal(("money", "100万元", 21, 26, null, null, "青禾县"), Rows(WithOwn, text)[^1]);
        Assert.Equal(("money", "100万元", 21, 26, null, null, null), Rows(ReportAnalyzer.Default, text)[^1]);
    }

    [Fact]
    public void A_short_form_of_ones_own_before_a_title_is_named_in_full()
    {
        // 青禾 (the user's short form) before 縣長: the number's place is the county's full name in the user's file.
        var rows = Rows(WithOwn, "东禾乡內路況不佳，青禾縣長宣布投入资金100万元。");
        Assert.Equal(("place", "青禾", 9, 11, null, null, null), rows[1]);
        Assert.Equal(("money", "100万元", 19, 24, null, null, "青禾县"), rows[^1]);
    }

    [Fact]
    public void The_users_gazetteer_is_the_analyzers_alone()
    {
        Assert.Single(Own.Find("沙枣泉"));
        Assert.Empty(Gazetteer.Default.Find("沙枣泉"));
        Assert.DoesNotContain(ReportAnalyzer.Default.Extract("驻沙枣泉工作队"), f => f.Kind is FactKinds.Place or FactKinds.Team);
        // Without its county named, 沙枣泉 is still a place, but of the four 劳光村 of the table none is singled out: no code.
        Assert.Contains(WithOwn.Extract("驻沙枣泉工作队"), f => f.Kind == FactKinds.Place && f.Text == "沙枣泉" && f.Code is null);
    }

    /// <summary>A gazetteer of one's own whose province the division table lacks, as it lacks Taiwan's (东海省 is made up).</summary>
    private const string OwnProvince = """
        中国	country		
        东海省	province	中国	东海
        青禾县	county	东海省	青禾
        吉安乡	township	青禾县	
        禾村乡	township	青禾县	
        禾丰乡	township	青禾县	
        """;

    private static ReportAnalyzer AnalyzerOf(string gazetteer) =>
        new ReportAnalyzerBuilder().UseDefaults().UsePlaces(Gazetteer.Load(new StringReader(gazetteer), "own")).Build();

    [Fact]
    public void Ones_own_province_the_division_table_lacks_is_read_as_the_defaults_taiwan_is()
    {
        // The default: below 吉安乡 of 花莲县 (台湾省), 干城村 is not Guangxi's one 干城村; said alone, it is.
        Assert.Equal(
            [("花莲县", 0, 3, "county", null, null), ("吉安乡", 3, 6, "township", null, "花莲县"), ("干城村", 11, 14, "village", null, null)],
            PlacesIn(ReportAnalyzer.Default, "花莲县吉安乡公所日前于干城村举办说明会"));
        // One's own 吉安乡 of 青禾县 in 东海省, which the table lacks: the same.
        var own = AnalyzerOf(OwnProvince);
        Assert.Equal(
            [("青禾县", 0, 3, "county", null, null), ("吉安乡", 3, 6, "township", null, "青禾县"), ("干城村", 11, 14, "village", null, null)],
            PlacesIn(own, "青禾县吉安乡公所日前于干城村举办说明会"));
        Assert.Equal([("干城村", 3, 6, "village", "451226104209", null)], PlacesIn(own, "日前在干城村举办说明会"));
        // Put in a province the table has (广西), 青禾县's places are no longer outside it: 干城村 is Guangxi's.
        var inTable = AnalyzerOf(OwnProvince.Replace("东海省\tprovince\t中国\t东海", "广西壮族自治区\tprovince\t中国\t广西").Replace("\t东海省\t", "\t广西壮族自治区\t"));
        Assert.Equal(
            [("青禾县", 0, 3, "county", null, null), ("吉安乡", 3, 6, "township", null, "青禾县"), ("干城村", 11, 14, "village", "451226104209", null)],
            PlacesIn(inTable, "青禾县吉安乡公所日前于干城村举办说明会"));
    }

    [Fact]
    public void Ones_own_townships_outside_the_division_table_are_known_as_taiwans_are()
    {
        var own = AnalyzerOf(OwnProvince);
        // 禾村乡 is one's own township: 村 inside it ends no village (as 大村鄉 of Taiwan's list).
        Assert.Equal(
            [("青禾县", 0, 3, "county", null, null), ("禾村乡", 9, 12, "township", null, null)],
            PlacesIn(own, "青禾县的成果展展现禾村乡以幸福巴士启动"));
        // 禾丰 (of one's own 禾丰乡) glued to its village is two places (as 太麻里香蘭村).
        Assert.Equal(
            [("青禾县", 4, 7, "county", null, null), ("禾丰", 8, 10, "township", null, null), ("香兰村", 10, 13, "village", null, "禾丰")],
            PlacesIn(own, "台风重创青禾县,禾丰香兰村有60多户住家受损"));
        // The default knows neither township: the suffix grammar reads a village in each.
        Assert.Equal(
            [("青禾县", 0, 3, "county", null, null), ("成果展展现禾村", 4, 11, "village", null, null)],
            PlacesIn(ReportAnalyzer.Default, "青禾县的成果展展现禾村乡以幸福巴士启动"));
        Assert.Equal(("禾丰香兰村", 8, 13, "village", null, null), PlacesIn(ReportAnalyzer.Default, "台风重创青禾县,禾丰香兰村有60多户住家受损")[^1]);
    }

    private static List<(string Name, int Start, int End, string Level, string? Code, string? Parent)> PlacesIn(ReportAnalyzer analyzer, string text) =>
        [.. analyzer.Extract(text).Where(f => f.Kind == FactKinds.Place).Select(f => (f.Name!, f.Start, f.End, Gazetteer.LevelName(f.Level!.Value), f.Code, f.Parent))];

    private static List<(string Kind, string Text, int Start, int End, string? Code, string? Station, string? Place)> Rows(ReportAnalyzer analyzer, string text) =>
        [.. analyzer.Extract(text).Select(f => (analyzer.KindName(f.Kind), f.Text, f.Start, f.End, f.Code, f.Station, f.Place))];
}
