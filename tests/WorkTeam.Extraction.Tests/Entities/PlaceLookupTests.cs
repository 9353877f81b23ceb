using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Entities;

public sealed class PlaceLookupTests
{
    private static string Line(PlaceUnit unit) =>
        $"{unit.Text} {unit.Name} {unit.Level} {unit.Code} < {string.Join(" < ", unit.Parents.Select(p => $"{p.Name} {p.Level} {p.Code}"))}";

    [Fact]
    public void A_traditional_county_name_gives_its_unit_with_parents_up_to_the_country()
    {
        var unit = Assert.Single(PlaceLookup.Default.Find("民豐縣"));
        Assert.Equal("民豐縣 民丰县 County 653227 < 和田地区 Prefecture 6532 < 新疆维吾尔自治区 Province 65 < 中国 Country ", Line(unit));
    }

    [Fact]
    public void A_region_by_its_short_form_narrows_the_units_of_a_name()
    {
        var xinjiang = PlaceLookup.Default.Scope("新疆");
        Assert.NotNull(xinjiang);
        var unit = Assert.Single(PlaceLookup.Default.Find("民丰村", xinjiang));
        Assert.Equal("653221100222", unit.Code);
        Assert.Equal(38, PlaceLookup.Default.Find("民丰村").Count);
    }

    [Fact]
    public void A_code_prefix_is_a_region_and_an_unknown_name_is_none()
    {
        Assert.Null(PlaceLookup.Default.Scope("火星"));
        var hotan = PlaceLookup.Default.Scope("6532");
        Assert.NotNull(hotan);
        Assert.All(PlaceLookup.Default.Find("民丰村", hotan), u => Assert.StartsWith("6532", u.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void A_chain_neither_list_knows_is_read_place_by_place()
    {
        var units = PlaceLookup.Default.Find("民豐縣若克雅鄉勞光村");
        Assert.Equal(["民豐縣 653227", "若克雅鄉 653227201", "勞光村 653227201200"], units.Select(u => $"{u.Text} {u.Code}"));
        Assert.Equal(PlaceLevel.Village, units[2].Level);
        Assert.Equal("若克雅乡", units[2].Parents[0].Name);
    }

    [Fact]
    public void A_name_that_is_no_place_gives_nothing()
    {
        Assert.Empty(PlaceLookup.Default.Find("不存在"));
    }
}
