using FsCheck;
using FsCheck.Xunit;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Facts;
using static WorkTeam.Extraction.Tests.Numbers.ChineseNumeralRenderer;

namespace WorkTeam.Extraction.Tests.Numbers;

public sealed class ChineseNumeralParserTests
{
    private static decimal Parse(string text)
    {
        Assert.True(ChineseNumeralParser.TryParse(text, out var value), "not a number: " + text);
        return value;
    }

    [Property(MaxTest = 2000)]
    public bool Any_integer_up_to_a_trillion_rendered_in_Chinese_parses_back(DoNotSize<ulong> seed, byte style, bool liang)
    {
        var n = (long)(seed.Item % 1_000_000_000_001UL);
        var text = Render(n, (Script)(style % 4), liang);
        return ChineseNumeralParser.TryParse(text, out var value) && value == n;
    }

    [Property(MaxTest = 1000)]
    public bool Any_decimal_rendered_in_Chinese_parses_back(DoNotSize<uint> integer, DoNotSize<ushort> fraction, byte style)
    {
        var digits = (fraction.Item % 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "5";
        }
        var whole = integer.Item % 100_000_000;
        var text = RenderDecimal(whole, digits, (Script)(style % 4));
        var expected = whole + decimal.Parse("0." + digits, System.Globalization.CultureInfo.InvariantCulture);
        return ChineseNumeralParser.TryParse(text, out var value) && value == expected;
    }

    [Property(MaxTest = 500)]
    public bool Any_integer_in_Arabic_digits_with_separators_parses_back(DoNotSize<ulong> seed)
    {
        var n = (long)(seed.Item % 1_000_000_000_001UL);
        return ChineseNumeralParser.TryParse(n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), out var value) && value == n;
    }

    [Fact]
    public void A_trillion_is_one_wan_yi() => Assert.Equal(1_000_000_000_000m, Parse("一万亿"));

    [Theory]
    [InlineData("六百", 600)]
    [InlineData("三千二百五十", 3250)]
    [InlineData("两万", 20000)]
    [InlineData("〇", 0)]
    [InlineData("零", 0)]
    [InlineData("肆佰陸拾", 460)]
    [InlineData("壹仟贰佰", 1200)]
    [InlineData("四千零四万", 40040000)]
    [InlineData("九萬零四百", 90400)]
    [InlineData("一千零十", 1010)]
    [InlineData("一亿二千万", 120000000)]
    [InlineData("十五", 15)]
    [InlineData("一万五", 15000)]
    [InlineData("三千五", 3500)]
    [InlineData("两百五", 250)]
    [InlineData("百万", 1000000)]
    [InlineData("五点七", 5.7)]
    [InlineData("十五点七", 15.7)]
    [InlineData("1,826", 1826)]
    [InlineData("12,345,678", 12345678)]
    [InlineData("1.52", 1.52)]
    [InlineData("１９９８", 1998)]
    [InlineData("1.52萬", 15200)]
    [InlineData("一九九六", 1996)]
    [InlineData("二〇一七", 2017)]
    [InlineData("一六‧四", 16.4)]
    public void Numbers_of_every_script_parse_to_their_value(string text, double expected) =>
        Assert.Equal((decimal)expected, Parse(text));

    [Theory]
    [InlineData("两百点两")]
    [InlineData("一切")]
    [InlineData("十百")]
    [InlineData("1亿亿亿亿亿亿亿亿亿亿亿亿")]
    [InlineData("1,000,000,000,000,000,000,000,000,000,000")]
    [InlineData("1.5555555555555555555555555555555555")]
    [InlineData("一点五五五五五五五五五五五五五五五五五五五五五五五五五五五五五五五五五")]
    [InlineData("一六‧四四四四四四四四四四四四四四四四四四四四四四四四四四四四四四四四")]
    public void Text_that_is_not_one_number_is_refused(string text) =>
        Assert.False(ChineseNumeralParser.TryParse(text, out _));

    [Fact]
    public void Nine_hundred_ninety_nine_yi_and_more_wan_yi_is_read_past_long_without_wrapping() =>
        Assert.Equal(9_999_999_000_000_000_000m, Parse("九百九十九亿九千九百九十九万亿"));

    [Fact]
    public void Decimal_places_are_kept_up_to_what_decimal_holds() =>
        Assert.Equal(1.5555555555555555555555555555m, Parse("1.5555555555555555555555555555"));

    [Fact]
    public void Chinese_decimal_places_are_kept_beyond_twelve() =>
        Assert.Equal(0.00000000000000001m, Parse("零点零零零零零零零零零零零零零零零零一"));

    [Fact]
    public void Trailing_zeros_past_decimal_precision_lose_nothing() =>
        Assert.Equal(2.5m, Parse("2.50000000000000000000000000000000000"));
}

public sealed class NumberPhraseScannerTests
{
    private static NumberPhrase Scan(string text)
    {
        Assert.True(NumberPhraseScanner.TryScan(text, 0, out var phrase), "no number phrase: " + text);
        return phrase;
    }

    [Fact]
    public void Yu_before_wan_keeps_the_multiplier_and_is_over()
    {
        var p = Scan("六百余万元");
        Assert.Equal(6_000_000m, p.Value);
        Assert.Equal(Approximation.Over, p.Approx);
        Assert.Equal(4, p.End);
    }

    [Fact]
    public void Range_with_zhi_distributes_the_multiplier_of_the_high_end()
    {
        var p = Scan("3至5万元");
        Assert.Equal((30_000m, 50_000m), (p.Value, p.Max!.Value));
    }

    [Fact]
    public void Range_with_a_dash_distributes_the_multiplier_too()
    {
        var p = Scan("3—5万");
        Assert.Equal((30_000m, 50_000m), (p.Value, p.Max!.Value));
    }

    [Fact]
    public void Range_whose_low_end_is_larger_than_the_bare_high_end_is_not_scaled()
    {
        var p = Scan("500至1万");
        Assert.Equal((500m, 10_000m), (p.Value, p.Max!.Value));
    }

    [Fact]
    public void Neighbouring_digits_before_shi_are_a_range_of_tens()
    {
        var p = Scan("三四十人");
        Assert.Equal((30m, 40m), (p.Value, p.Max!.Value));
    }

    [Fact]
    public void Shi_ji_is_eleven_to_nineteen()
    {
        var p = Scan("十几万");
        Assert.Equal((110_000m, 190_000m), (p.Value, p.Max!.Value));
    }

    [Fact]
    public void Duo_after_wan_is_over()
    {
        var p = Scan("3万多元");
        Assert.Equal((30_000m, Approximation.Over), (p.Value, p.Approx));
    }

    [Fact]
    public void Qian_before_wa_is_the_kilo_of_kilowatt_not_a_multiplier()
    {
        var p = Scan("5千瓦");
        Assert.Equal((5m, 1), (p.Value, p.End));
    }

    [Fact]
    public void Wan_before_qian_wa_multiplies()
    {
        var p = Scan("260至300萬千瓦");
        Assert.Equal((2_600_000m, 3_000_000m), (p.Value, p.Max!.Value));
    }
}
