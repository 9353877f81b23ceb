using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Tests.Numbers;

/// <summary>The numeral table (Numbers/Data/numerals.tsv) read into NumeralChars: each character keeps its value and class.</summary>
public sealed class NumeralCharsTests
{
    [Theory]
    [InlineData('〇', 0)]
    [InlineData('零', 0)]
    [InlineData('○', 0)]
    [InlineData('一', 1)]
    [InlineData('壹', 1)]
    [InlineData('弌', 1)]
    [InlineData('貳', 2)]
    [InlineData('两', 2)]
    [InlineData('兩', 2)]
    [InlineData('參', 3)]
    [InlineData('陸', 6)]
    [InlineData('玖', 9)]
    [InlineData('十', -1)]
    [InlineData('廿', -1)]
    [InlineData('人', -1)]
    public void Chinese_digits_have_their_values(char c, int value) => Assert.Equal(value, NumeralChars.ChineseDigit(c));

    [Fact]
    public void Units_tens_and_marks_have_their_values()
    {
        Assert.Equal((10, 100, 1000, 1000, 0), (NumeralChars.SmallUnit('十'), NumeralChars.SmallUnit('佰'), NumeralChars.SmallUnit('千'), NumeralChars.SmallUnit('仟'), NumeralChars.SmallUnit('万')));
        Assert.Equal((10_000L, 10_000L, 100_000_000L, 100_000_000L, 0L), (NumeralChars.BigUnit('万'), NumeralChars.BigUnit('萬'), NumeralChars.BigUnit('亿'), NumeralChars.BigUnit('億'), NumeralChars.BigUnit('兆')));
        Assert.Equal((20, 30, 40, 0), (NumeralChars.Tens('廿'), NumeralChars.Tens('卅'), NumeralChars.Tens('卌'), NumeralChars.Tens('十')));
        Assert.True(NumeralChars.IsZhao('兆'));
        Assert.True(NumeralChars.IsLiang('兩'));
        Assert.False(NumeralChars.IsLiang('二'));
        Assert.True(NumeralChars.IsFinancial('陆'));
        Assert.False(NumeralChars.IsFinancial('六'));
        Assert.True(NumeralChars.IsChinesePoint('點'));
        Assert.False(NumeralChars.IsChinesePoint('.'));
        Assert.True(NumeralChars.IsDecimalPoint('.'));
        Assert.True(NumeralChars.IsDecimalPoint('·'));
    }

    [Theory]
    [InlineData('0', 0)]
    [InlineData('9', 9)]
    [InlineData('０', 0)]
    [InlineData('７', 7)]
    [InlineData('a', -1)]
    [InlineData('七', -1)]
    public void Arabic_and_full_width_digits_have_their_values(char c, int value) => Assert.Equal(value, NumeralChars.ArabicDigit(c));

    [Fact]
    public void Full_width_letters_are_latin_and_ideographs_are_not()
    {
        Assert.True(NumeralChars.IsLatinLetter('ｋ'));
        Assert.True(NumeralChars.IsLatinLetter('Ｚ'));
        Assert.True(NumeralChars.IsLatinLetter('_'));
        Assert.False(NumeralChars.IsLatinLetter('＿'));
        Assert.False(NumeralChars.IsLatinLetter('米'));
    }

    [Fact]
    public void Every_row_of_the_table_is_one_character_read_as_its_value()
    {
        var table = WordLists.Get("numerals");
        int role = table.Column("role"), value = table.Column("value");
        foreach (var row in table.Rows)
        {
            Assert.Single(row[0]);
            var c = row[0][0];
            var v = long.Parse(row[value], System.Globalization.CultureInfo.InvariantCulture);
            var read = row[role] switch
            {
                "digit" or "liang" => NumeralChars.ChineseDigit(c),
                "tens" => NumeralChars.Tens(c),
                "small" => NumeralChars.SmallUnit(c),
                "big" => NumeralChars.BigUnit(c),
                "zhao" => NumeralChars.IsZhao(c) ? v : -1,
                "point" => NumeralChars.IsChinesePoint(c) ? v : -1,
                _ => -1,
            };
            Assert.True(read == v, $"{c}: {row[role]} {v}, read {read}");
        }
    }

    [Theory]
    [InlineData("廿五", 25)]
    [InlineData("四百廿四", 424)]
    [InlineData("參萬陸仟", 36000)]
    [InlineData("１，２００", 1200)]
    [InlineData("五十五兆一十二亿", 55_001_200_000_000)]
    public void Numbers_read_through_the_table(string text, decimal value)
    {
        Assert.True(ChineseNumeralParser.TryParse(text, out var read));
        Assert.Equal(value, read);
    }
}
