using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Tests.Text;

public class ScriptDetectorTests
{
    [Theory]
    [InlineData("頭髮乾燥後來", Script.Traditional)]
    [InlineData("人行烏魯木齊中心支行駐村工作隊黨支部", Script.Traditional)]
    [InlineData("头发干燥后来", Script.Simplified)]
    [InlineData("伊犁州党委坚持以习近平新时代", Script.Simplified)]
    [InlineData("𫢸", Script.Simplified)]
    public void Text_in_one_script_is_detected_as_that_script(string text, Script expected)
    {
        Assert.Equal(expected, ScriptDetector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("WorkTeam 2026")]
    [InlineData("中人大")] // characters both scripts write the same way
    [InlineData("皇后")]   // 后 is simplified for 後 but also the traditional 后 of 皇后
    public void Text_without_a_distinctive_character_is_unknown(string text)
    {
        Assert.Equal(Script.Unknown, ScriptDetector.Detect(text));
    }

    [Theory]
    [InlineData("头发頭髮")]             // 2 against 2
    [InlineData("頭髮後來的發展，这个")] // 5 traditional, 2 simplified: 2/7 is over a fifth
    [InlineData("头頭")]                 // a tie is mixed however small
    public void Text_with_both_scripts_in_substance_is_mixed(string text)
    {
        Assert.Equal(Script.Mixed, ScriptDetector.Detect(text));
    }

    [Fact]
    public void One_stray_simplified_form_does_not_make_traditional_text_mixed()
    {
        // 群 is listed by OpenCC's s2t (羣) though Taiwan writes 群: 1 of 4 distinctive characters.
        Assert.Equal((3, 1), ScriptDetector.CountDistinctive("臺灣的群眾"));
        Assert.Equal(Script.Traditional, ScriptDetector.Detect("臺灣的群眾"));
    }

    [Fact]
    public void A_surrogate_pair_counts_as_one_character()
    {
        Assert.Equal((0, 2), ScriptDetector.CountDistinctive("𫢸a𫢸"));
        Assert.Equal((0, 0), ScriptDetector.CountDistinctive("\uD86F"));
    }

    [Fact]
    public void The_seed_reports_are_detected_in_the_script_they_are_written_in()
    {
        Assert.Equal(Script.Traditional, ScriptDetector.Detect(File.ReadAllText(TestPaths.Seed("000_265aec3cadc6e7fd.txt"))));
        Assert.Equal(Script.Simplified, ScriptDetector.Detect(File.ReadAllText(TestPaths.Seed("001_5fdf72617200650f.txt"))));
    }

    [CorpusTheory("sighan2005")]
    [InlineData("pku_test.utf8", Script.Simplified)]
    [InlineData("msr_test.utf8", Script.Simplified)]
    [InlineData("as_test.utf8", Script.Traditional)]
    [InlineData("cityu_test.utf8", Script.Traditional)]
    public void The_SIGHAN_test_inputs_are_detected_in_their_script(string file, Script expected)
    {
        Assert.Equal(expected, ScriptDetector.Detect(File.ReadAllText(Path.Combine(TestPaths.Corpus("sighan2005"), file))));
    }
}
