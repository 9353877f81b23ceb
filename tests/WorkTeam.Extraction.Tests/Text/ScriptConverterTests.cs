using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Tests.Text;

// Every expected output below was checked against OpenCC's engine (opencc -c t2s / -c s2t) on the
// tables WorkTeam embeds, OpenCC 1.4.2's (see OpenCcCommand).
public class ScriptConverterTests
{
    private static readonly ScriptConverter Converter = ScriptConverter.Default;

    [Theory]
    [InlineData("頭髮", "头发")]
    [InlineData("乾燥", "干燥")]
    [InlineData("後來", "后来")]
    [InlineData("頭髮乾燥後來", "头发干燥后来")]
    [InlineData("這裡的頭髮", "这里的头发")]
    [InlineData("扶貧工作隊駐村", "扶贫工作队驻村")]
    public void Traditional_text_converts_to_what_opencc_t2s_gives(string traditional, string simplified)
    {
        Assert.Equal(simplified, Converter.ToSimplified(traditional));
    }

    [Theory]
    [InlineData("头发", "頭髮")]
    [InlineData("干燥", "乾燥")]
    [InlineData("后来", "後來")]
    [InlineData("发展", "發展")]
    [InlineData("里面", "裏面")]
    [InlineData("扶贫工作队驻村", "扶貧工作隊駐村")]
    public void Simplified_text_converts_to_what_opencc_s2t_gives(string simplified, string traditional)
    {
        Assert.Equal(traditional, Converter.ToTraditional(simplified));
    }

    [Fact]
    public void A_phrase_entry_wins_over_the_character_table()
    {
        // 乾 alone is 干 in simplified, but TSPhrases keeps the emperor's name 乾隆.
        Assert.Equal("干", Converter.ToSimplified("乾"));
        Assert.Equal("乾隆皇帝", Converter.ToSimplified("乾隆皇帝"));
        // 干 alone is 幹 in traditional, but 干燥 is 乾燥; 后 alone is 後, but 皇后 stays.
        Assert.Equal("幹", Converter.ToTraditional("干"));
        Assert.Equal("乾燥", Converter.ToTraditional("干燥"));
        Assert.Equal("皇后", Converter.ToTraditional("皇后"));
    }

    [Fact]
    public void Characters_outside_the_BMP_convert_as_one_character()
    {
        Assert.Equal("𠵾", Converter.ToSimplified("㗲"));
        // OpenCC 1.4.2 keeps a character whose simplified form fonts may lack (its "tofu risk" entries
        // list the character itself first): 1.1.6 gave 𥎝 here.
        Assert.Equal("䂎", Converter.ToSimplified("䂎"));
        Assert.Equal("僤", Converter.ToTraditional("𫢸"));
        Assert.Equal("二𫫇英", Converter.ToSimplified("二噁英"));
        // 1.4.2's STPhrases no longer lists 复𫗧之忧 (1.1.6: 覆餗之憂), so 复 takes its character entry.
        Assert.Equal("復餗之憂", Converter.ToTraditional("复𫗧之忧"));
        Assert.Equal("A头发😀干燥", Converter.ToSimplified("A頭髮😀乾燥"));
        Assert.Equal("頭髮😀乾燥", Converter.ToTraditional("头发😀干燥"));
    }

    [Fact]
    public void A_lone_surrogate_is_copied_and_does_not_stop_the_conversion()
    {
        Assert.Equal("\uD800头发", Converter.ToSimplified("\uD800頭髮"));
        Assert.Equal("頭髮\uDC00", Converter.ToTraditional("头发\uDC00"));
    }

    [Fact]
    public void Text_that_needs_no_change_comes_back_as_the_same_instance()
    {
        string text = "WorkTeam 2026, 中人大";
        Assert.Same(text, Converter.ToSimplified(text));
        Assert.Same(text, Converter.ToTraditional(text));
        Assert.Equal("", Converter.ToSimplified(""));
    }

    [Fact]
    public void Null_text_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Converter.ToSimplified(null!));
        Assert.Throws<ArgumentNullException>(() => Converter.ToTraditionalView(null!));
    }

    [Fact]
    public void Converting_on_many_threads_gives_the_same_result()
    {
        string text = string.Concat(Enumerable.Repeat("頭髮乾燥後來二噁英，", 200));
        string expected = Converter.ToSimplified(text);
        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = Converter.ToSimplified(text));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
