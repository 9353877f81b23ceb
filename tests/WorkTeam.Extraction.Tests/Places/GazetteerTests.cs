using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Extraction.Tests.Places;

public sealed class GazetteerTests
{
    [Fact]
    public void Minfeng_county_resolves_with_its_prefecture_and_region()
    {
        var entry = Gazetteer.Default.Resolve("民丰县");
        Assert.NotNull(entry);
        Assert.Equal(PlaceLevel.County, entry.Level);
        Assert.Equal(["和田地区", "新疆维吾尔自治区", "中国"], entry.Ancestors.Select(a => a.Name));
    }

    [Fact]
    public void A_short_form_resolves_to_its_county_when_unambiguous()
    {
        Assert.Equal("民丰县", Gazetteer.Default.Resolve("民丰")?.Name);
    }

    [Fact]
    public void An_ambiguous_short_form_finds_every_place_but_resolves_to_none()
    {
        var found = Gazetteer.Default.Find("和田");
        Assert.Equal(["和田地区", "和田市", "和田县"], found.Select(e => e.Name));
        Assert.Null(Gazetteer.Default.Resolve("和田"));
    }

    [Fact]
    public void Traditional_input_resolves_through_the_script_converter()
    {
        Assert.Equal("民丰县", Gazetteer.Default.Resolve("民豐縣")?.Name);
        Assert.Equal("民丰县", Gazetteer.Default.Resolve("民豐")?.Name);
        Assert.Equal(["和田地区", "新疆维吾尔自治区", "中国"], Gazetteer.Default.Resolve("民豐縣")!.Ancestors.Select(a => a.Name));
    }

    [Fact]
    public void Another_converter_can_replace_the_library_one()
    {
        var gazetteer = Gazetteer.Default.WithConverter(s => s.Replace("豐", "丰", StringComparison.Ordinal).Replace("縣", "县", StringComparison.Ordinal));
        Assert.Equal("民丰县", gazetteer.Resolve("民豐縣")?.Name);
    }

    [Fact]
    public void The_Corps_city_hangs_under_its_division_and_the_Corps()
    {
        var city = Gazetteer.Default.Resolve("石河子市");
        Assert.NotNull(city);
        Assert.Equal(PlaceLevel.County, city.Level);
        Assert.Equal(["第八师", "新疆生产建设兵团", "新疆维吾尔自治区", "中国"], city.Ancestors.Select(a => a.Name));
        Assert.Equal("第八师", Gazetteer.Default.Resolve("八师")?.Name);
        Assert.Equal("第一师", Gazetteer.Default.Resolve("阿拉尔市")?.ParentName);
    }

    [Fact]
    public void Every_province_level_division_is_listed()
    {
        var provinces = Gazetteer.Default.Entries.Where(e => e.Level == PlaceLevel.Province && e.ParentName == "中国").ToList();
        Assert.Equal(34, provinces.Count);
        Assert.Contains(provinces, p => p.Name == "台湾省");
        Assert.Contains(provinces, p => p.Name == "香港特别行政区");
    }

    [Fact]
    public void Xinjiang_has_its_fourteen_prefecture_level_divisions_and_their_counties()
    {
        var xinjiang = Gazetteer.Default.Entries.Where(e => e.Level == PlaceLevel.Prefecture && e.Ancestors.Any(a => a.Name == "新疆维吾尔自治区") && !e.Name.EndsWith('师')).ToList();
        Assert.Equal(14, xinjiang.Count);
        var counties = Gazetteer.Default.Entries.Count(e => e.Level == PlaceLevel.County && e.Ancestors.Any(a => a.Name == "新疆维吾尔自治区") && !e.Ancestors.Any(a => a.Name == "新疆生产建设兵团"));
        // Since 2021: 13 districts, 17 county-level cities (库车 2019, 沙湾 2021), 60 counties, 6 autonomous counties.
        Assert.Equal(96, counties);
    }

    [Fact]
    public void Common_words_are_not_short_forms()
    {
        Assert.Empty(Gazetteer.Default.Find("长治"));
        Assert.Empty(Gazetteer.Default.Find("日照"));
        Assert.Equal("长治市", Gazetteer.Default.Resolve("长治市")?.Name);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_line_number()
    {
        var error = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Load(new StringReader("# header\n民丰县\tcounty\n"), "test.tsv"));
        Assert.Contains("test.tsv:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parent_that_is_not_listed_is_reported()
    {
        var error = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Load(new StringReader("民丰县\tcounty\t和田地区\t民丰\n"), "test.tsv"));
        Assert.Contains("和田地区", error.Message, StringComparison.Ordinal);
    }
}
