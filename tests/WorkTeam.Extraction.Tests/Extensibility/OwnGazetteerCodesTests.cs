using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Extraction.Tests.Extensibility;

/// <summary>
/// A gazetteer of one's own may give its places codes (the fifth column) and the code of the unit holding them (the
/// sixth): a village the division table lacks then has a code as the table's have, rolled up by prefix; the file is
/// checked as it is read, each error naming its line. <see cref="PlaceLookup.Create"/> lists such places as
/// <c>workteam place --gazetteer</c> does. The table has no 新光村 in 民丰县 (93 elsewhere) and no 新光二村 at all.
/// </summary>
public class OwnGazetteerCodesTests
{
    /// <summary>Two new villages of 若克雅乡 (653227201), and 沙枣泉, one's own name for the table's 劳光村 of it.</summary>
    private const string Villages = """
        # name	level	parent	short forms	code	parent code
        新光村	village			653227201901	653227201
        新光二村	village		光二	653227201902
        劳光村	village		沙枣泉	653227201200
        """;

    private static readonly Gazetteer Own = Gazetteer.Default.WithPlaces(new StringReader(Villages), "villages.tsv");

    private static readonly ReportAnalyzer WithOwn = new ReportAnalyzerBuilder().UseDefaults().UsePlaces(Own).Build();

    private static List<(string Name, int Start, int End, string? Code, string? Parent)> PlacesIn(ReportAnalyzer analyzer, string text) =>
        [.. analyzer.Extract(text).Where(f => f.Kind == FactKinds.Place).Select(f => (f.Name!, f.Start, f.End, f.Code, f.Parent))];

    [Fact]
    public void The_file_gives_each_place_its_code_and_its_parents_code()
    {
        var village = Assert.Single(Own.Find("新光村"));
        Assert.Equal(("653227201901", "653227201"), (village.Code, village.ParentCode));
        Assert.Equal(("653227201902", null), (Own.Find("光二")[0].Code, Own.Find("光二")[0].ParentCode));
        // The shipped gazetteer gives none: the division table has the codes.
        Assert.DoesNotContain(Gazetteer.Default.Entries, e => e.Code is not null || e.ParentCode is not null);
    }

    [Fact]
    public void A_place_of_ones_own_written_in_a_chain_takes_its_code_under_the_place_before()
    {
        Assert.Equal(
            [("民丰县", 0, 3, "653227", null), ("若克雅乡", 3, 7, "653227201", "民丰县"), ("新光村", 7, 10, "653227201901", "若克雅乡")],
            PlacesIn(WithOwn, "民丰县若克雅乡新光村"));
        // Under another township the chain names the table's 新光村 of it, not one's own.
        Assert.Equal(("新光村", 7, 10, "653123101218", "乌恰镇"), PlacesIn(WithOwn, "英吉沙县乌恰镇新光村")[^1]);
        // The default analyzer: the table's 新光村 are none of 若克雅乡's.
        Assert.Equal(("新光村", 7, 10, null, "若克雅乡"), PlacesIn(ReportAnalyzer.Default, "民丰县若克雅乡新光村")[^1]);
    }

    [Fact]
    public void A_name_only_ones_own_place_bears_takes_its_code_and_a_shared_one_needs_its_county()
    {
        Assert.Equal([("新光二村", 2, 6, "653227201902", null)], PlacesIn(WithOwn, "走访新光二村"));
        // 新光村 is also 93 units of the table: alone, none is singled out; in a document of 民丰县, one's own is.
        Assert.Equal([("新光村", 2, 5, null, null)], PlacesIn(WithOwn, "走访新光村"));
        Assert.Equal(("新光村", 8, 11, "653227201901", null), PlacesIn(WithOwn, "民丰县：工作队在新光村开展帮扶。")[^1]);
        Assert.Equal(("新光村", 8, 11, null, null), PlacesIn(ReportAnalyzer.Default, "民丰县：工作队在新光村开展帮扶。")[^1]);
    }

    [Fact]
    public void A_short_form_of_a_place_the_file_gives_a_table_code_is_that_unit_alone()
    {
        // Without a code, 沙枣泉 stood for all four 劳光村 of the table, and no county named: no code (OwnGazetteerTests).
        Assert.Equal([("沙枣泉", 2, 5, "653227201200", null)], PlacesIn(WithOwn, "来到沙枣泉调研"));
    }

    [Fact]
    public void A_county_holding_every_station_by_code_prefix_is_the_numbers_place()
    {
        // Two stations, 劳光村 of the table and one's own 新光二村: both codes start with 民丰县's 653227, so the county is
        // what the document's money is about. The default analyzer knows one station only and links its village.
        const string text = "民丰县召开会议。\n自治区财政厅驻新光二村工作队、自治区民政厅驻劳光村工作队开展帮扶。\n两个工作队共投入资金100万元。";
        Assert.Equal([("自治区财政厅驻新光二村工作队", "653227201902"), ("自治区民政厅驻劳光村工作队", "653227201200")],
            WithOwn.Extract(text).Where(f => f.Kind == FactKinds.Team).Select(f => (f.Text, f.Code)));
        var money = Assert.Single(WithOwn.Extract(text), f => f.Kind == FactKinds.Money);
        Assert.Equal(("100万元", 53, 58, "民丰县", "653227", LinkScope.Document), (money.Text, money.Start, money.End, money.Place, money.Code, money.Scope));
        var alone = Assert.Single(ReportAnalyzer.Default.Extract(text), f => f.Kind == FactKinds.Money);
        Assert.Equal(("劳光村", "653227201200"), (alone.Place, alone.Code));
    }

    [Fact]
    public void The_lookup_on_ones_own_gazetteer_lists_its_places_with_the_tables_units_above_them()
    {
        var lookup = PlaceLookup.Create(Own);
        var unit = Assert.Single(lookup.Find("光二"));
        Assert.Equal(("光二", "新光二村", PlaceLevel.Village, "653227201902"), (unit.Text, unit.Name, unit.Level, unit.Code));
        Assert.Equal(
            [("若克雅乡", "653227201"), ("民丰县", "653227"), ("和田地区", "6532"), ("新疆维吾尔自治区", "65"), ("中国", null)],
            unit.Parents.Select(p => (p.Name, p.Code)));
        // 新光村: the table's 93, then one's own; inside 民丰县 (by name or code), one's own alone.
        var all = lookup.Find("新光村");
        Assert.Equal(94, all.Count);
        Assert.Equal("653227201901", all[^1].Code);
        Assert.Equal(["653227201901"], lookup.Find("新光村", lookup.Scope("民丰县")).Select(u => u.Code));
        Assert.Equal(["653227201901"], lookup.Find("新光村", lookup.Scope("653227201")).Select(u => u.Code));
        // The default lookup knows no 新光二村; Create on the shipped gazetteer is the default.
        Assert.Empty(PlaceLookup.Default.Find("光二"));
        Assert.Same(PlaceLookup.Default, PlaceLookup.Create(Gazetteer.Default));
    }

    [Fact]
    public void A_parent_named_in_the_file_holds_the_code_and_a_county_of_ones_own_is_a_region()
    {
        // A county of one's own (a made-up code the table lacks, under 和田地区 6532) and its township.
        var own = Gazetteer.Default.WithPlaces(new StringReader("""
            青禾县	county	和田地区	青禾	653299
            东禾乡	township	青禾县		653299101
            """), "mine.tsv");
        var lookup = PlaceLookup.Create(own);
        var township = Assert.Single(lookup.Find("东禾乡"));
        Assert.Equal(
            [("青禾县", "653299"), ("和田地区", "6532"), ("新疆维吾尔自治区", "65"), ("中国", null)],
            township.Parents.Select(p => (p.Name, p.Code)));
        Assert.Equal(["653299101"], lookup.Find("东禾乡", lookup.Scope("青禾县")).Select(u => u.Code));
        Assert.Equal(
            [("青禾县", 0, 3, "653299", null), ("东禾乡", 3, 6, "653299101", "青禾县")],
            PlacesIn(new ReportAnalyzerBuilder().UseDefaults().UsePlaces(own).Build(), "青禾县东禾乡"));
    }

    [Fact]
    public void A_place_with_only_a_parent_code_is_listed_under_it_without_the_code_of_a_namesake_elsewhere()
    {
        // The table's one 新光三村 is in 包头市: one's own, known only to lie in 若克雅乡, takes no code of it.
        var lookup = PlaceLookup.Create(Gazetteer.Default.WithPlaces(new StringReader("新光三村\tvillage\t\t\t\t653227201\n"), "mine.tsv"));
        Assert.Equal([("新光三村", "150203102207", "卜尔汉图镇"), ("新光三村", null, "若克雅乡")], lookup.Find("新光三村").Select(u => (u.Name, u.Code, u.Parents[0].Name)));
        var inside = Assert.Single(lookup.Find("新光三村", lookup.Scope("民丰县")));
        Assert.Equal((null, "653227201"), (inside.Code, inside.Parents[0].Code));
    }

    /// <summary>
    /// Villages the table lacks known only by the unit holding them: 云雀村 in 团结乡 of 南江县 (511922204; the table has six
    /// 团结乡), 云雀二村 in 五凤街道 of 福州's 鼓楼区 (350102009; the table has four 鼓楼区).
    /// </summary>
    private static readonly ReportAnalyzer WithHeld = new ReportAnalyzerBuilder().UseDefaults().UsePlaces(Gazetteer.Default.WithPlaces(new StringReader(
        "云雀村\tvillage\t\t\t\t511922204\n云雀二村\tvillage\t\t\t\t350102009\n"), "held.tsv")).Build();

    [Fact]
    public void A_place_with_only_a_parent_code_singles_out_the_township_or_county_of_that_code_in_its_document()
    {
        Assert.Equal([("团结乡", 0, 3, "511922204", null), ("云雀村", 6, 9, null, null)], PlacesIn(WithHeld, "团结乡干部到云雀村走访。"));
        Assert.Equal(("鼓楼区", 0, 3, "350102", null), PlacesIn(WithHeld, "鼓楼区干部到云雀二村走访。")[0]);
        // The holder is the document's place as a resolved one is: 南江县's 沙河镇 of the table's fourteen.
        Assert.Equal(("沙河镇", 0, 3, "511922101", null), PlacesIn(WithHeld, "沙河镇干部到云雀村走访。")[0]);
        Assert.Equal(("沙河镇", 0, 3, null, null), PlacesIn(ReportAnalyzer.Default, "沙河镇干部到云雀村走访。")[0]);
        // The default analyzer: six 团结乡 and four 鼓楼区, none singled out.
        Assert.Equal(("团结乡", 0, 3, null, null), PlacesIn(ReportAnalyzer.Default, "团结乡干部到云雀村走访。")[0]);
        Assert.Equal(("鼓楼区", 0, 3, null, null), PlacesIn(ReportAnalyzer.Default, "鼓楼区干部到云雀二村走访。")[0]);
    }

    [Fact]
    public void A_parent_code_is_no_evidence_for_a_name_of_several_places_a_name_the_table_bears_or_another_province()
    {
        // Two villages of one's own that name (the second by its short form), in two 团结乡: neither is singled out.
        var two = new ReportAnalyzerBuilder().UseDefaults().UsePlaces(Gazetteer.Default.WithPlaces(new StringReader(
            "云雀村\tvillage\t\t\t\t511922204\n云雀新村\tvillage\t\t云雀村\t\t530625201\n"), "two.tsv")).Build();
        Assert.Equal(("团结乡", 0, 3, null, null), PlacesIn(two, "团结乡干部到云雀村走访。")[0]);
        // 新光村 is also 93 units of the table: the mention may be any of them, not one's own.
        var shared = new ReportAnalyzerBuilder().UseDefaults().UsePlaces(Gazetteer.Default.WithPlaces(new StringReader(
            "新光村\tvillage\t\t\t\t511922204\n"), "shared.tsv")).Build();
        Assert.Equal(("团结乡", 0, 3, null, null), PlacesIn(shared, "团结乡干部到新光村走访。")[0]);
        // A document of 云南省 is not about 四川's 团结乡: its own two 团结乡 stay unresolved.
        Assert.Equal(("团结乡", 8, 11, null, null), PlacesIn(WithHeld, "云南省召开会议。团结乡干部到云雀村走访。")[1]);
    }

    [Theory]
    [InlineData("新光村\tvillage\t\t\t65322720190X", 2, "the code '65322720190X' of '新光村' is not all digits (0-9).")]
    [InlineData("新光村\tvillage\t\t\t65322720190", 2, "the code '65322720190' of '新光村' has 11 digits; a village's has 12 digits.")]
    [InlineData("新光乡\ttownship\t\t\t653227201901", 2, "the code '653227201901' of '新光乡' has 12 digits; a township's has 9 digits.")]
    [InlineData("昆仑新山\tother\t\t\t65", 2, "'昆仑新山' is of level other: only a province, prefecture, county, township or village has a code.")]
    [InlineData("新光村\tvillage\t\t\t653227201901\t653226201", 2,
        "the parent code '653226201' of '新光村' is not the start of its code '653227201901': a unit's code begins with its parent's.")]
    [InlineData("新光村\tvillage\t\t\t653227201901\t6532272", 2,
        "the parent code '6532272' of '新光村' has 7 digits; the code of a unit holding a village has 2, 4, 6, 9 digits.")]
    [InlineData("新光村\tvillage\t\t\t\t653227998", 2,
        "the parent code '653227998' of '新光村' is the code of no unit of the division table, nor of a place of the gazetteer.")]
    [InlineData("新光村\tvillage\t\t\t653227201200", 2,
        "the code '653227201200' of '新光村' is the division table's 劳光村: give another code, or list 劳光村 among the short forms (a renamed unit keeping its code).")]
    [InlineData("新光村\tvillage\t\t\t653227201901\n新光二村\tvillage\t\t\t653227201901", 3,
        "the code '653227201901' of '新光二村' is already the code of '新光村' (line 2).")]
    [InlineData("青禾县\tcounty\t\t\t653299\n东禾乡\ttownship\t青禾县\t\t653298101", 3,
        "the code '653298101' of '东禾乡' does not start with the code '653299' of its parent '青禾县'.")]
    [InlineData("新光村\tvillage\t\t\t653227201901\t653227201\textra", 2,
        "expected 'name<TAB>level<TAB>parent<TAB>aliases' and optionally '<TAB>code<TAB>parent code', got '新光村\tvillage\t\t\t653227201901\t653227201\textra'.")]
    public void A_wrong_code_is_an_error_naming_the_file_the_line_and_what_is_wrong(string lines, int line, string problem)
    {
        var error = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Load(new StringReader("# my villages\n" + lines), "villages.tsv"));
        Assert.Equal($"villages.tsv:{line}: {problem}", error.Message);
        Assert.Equal(("villages.tsv", line), (error.SourceName, error.LineNumber));
    }

    [Fact]
    public void A_parent_of_the_shipped_gazetteer_is_checked_by_the_tables_code_of_it_and_its_holder_code_is_that()
    {
        // 和田地区 has no code in the shipped gazetteer; the table's one 和田地区 is 6532: 653299 lies under it, 110199 did
        // not and was loaded under it, its money rolled up to 北京 (11).
        var own = Gazetteer.Default.WithPlaces(new StringReader("青禾县\tcounty\t和田地区\t青禾\t653299\n"), "mine.tsv");
        var county = Assert.Single(own.Find("青禾县"));
        Assert.Equal(("和田地区", null, "6532"), (county.Parent!.Name, county.Parent.Code, own.HolderCode(county)));
        // Without a named parent or parent code, the nearest start of its code a unit has: 若克雅乡 for 新光二村.
        Assert.Equal("653227201", Own.HolderCode(Own.Find("新光二村")[0]));
        Assert.Equal("653227201", Own.HolderCode(Own.Find("新光村")[0]));
        Assert.Null(Gazetteer.Default.HolderCode(Gazetteer.Default.Find("和田地区")[0]));
    }

    [Theory]
    [InlineData("青禾县\tcounty\t和田地区\t青禾\t110199", "the code '110199' of '青禾县' does not start with the code '6532' of its parent '和田地区'.")]
    [InlineData("新光乡\ttownship\t民丰县\t\t653227901\t6532", "the parent code '6532' of '新光乡' is not the code '653227' of its parent '民丰县'.")]
    public void A_code_outside_the_tables_unit_of_a_shipped_parent_is_an_error(string line, string problem)
    {
        var error = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Default.WithPlaces(new StringReader(line + "\n"), "mine.tsv"));
        Assert.Equal($"mine.tsv:1: {problem}", error.Message);
    }

    [Fact]
    public void A_place_with_only_a_parent_code_that_is_a_tables_unit_there_is_listed_once_inside_a_region()
    {
        // 劳光村 of 若克雅乡 is the table's 653227201200: one's own line giving only the township is the same village.
        var lookup = PlaceLookup.Create(Gazetteer.Default.WithPlaces(new StringReader("劳光村\tvillage\t\t\t\t653227201\n"), "mine.tsv"));
        Assert.Equal(["653227201200"], lookup.Find("劳光村", lookup.Scope("民丰县")).Select(u => u.Code));
        Assert.Equal(["653227201200"], lookup.Find("劳光村", lookup.Scope("6532")).Select(u => u.Code));
    }

    [Fact]
    public void A_county_of_ones_own_named_as_a_table_county_is_the_region_of_its_own_code()
    {
        // The table's 新城县 are elsewhere; one's own 新城县 (653298, under 和田地区) holds 东城乡: its region is 653298.
        var lookup = PlaceLookup.Create(Gazetteer.Default.WithPlaces(new StringReader("新城县\tcounty\t和田地区\t\t653298\n东城乡\ttownship\t新城县\t\t653298101\n"), "mine.tsv"));
        Assert.Equal(["653298101"], lookup.Find("东城乡", lookup.Scope("新城县")).Select(u => u.Code));
        Assert.Equal(["653298101"], lookup.Find("东城乡", lookup.Scope("653298")).Select(u => u.Code));
        // A table name no file gives a code stays the table's region.
        Assert.Equal(["653227201200"], lookup.Find("劳光村", lookup.Scope("民丰县")).Select(u => u.Code));
    }

    [Fact]
    public void A_renamed_unit_keeps_the_tables_code_when_the_file_gives_the_tables_name_as_a_short_form()
    {
        var renamed = Gazetteer.Load(new StringReader("劳光新村\tvillage\t\t劳光村\t653227201200\n"), "renamed.tsv");
        Assert.Equal("653227201200", renamed.Find("劳光新村")[0].Code);
        // A name the shipped gazetteer lists already is an error of the file that adds it.
        var twice = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Default.WithPlaces(new StringReader("民丰县\tcounty\t\t\t653227\n"), "mine.tsv"));
        Assert.Equal("mine.tsv:1: the name '民丰县' is listed twice.", twice.Message);
    }
}
