using WorkTeam.Extraction.Analysis;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Tests.Analysis;

public sealed class ReprintDetectorTests
{
    private static string Seed(string name) => File.ReadAllText(TestPaths.Seed(name));

    [Fact]
    public void A_repost_in_the_other_script_with_other_furniture_is_a_reprint_of_the_first_copy()
    {
        var original = Seed("001_5fdf72617200650f.txt");
        var lines = original.Split('\n');
        // The mirror: traditional script, its own header, the last paragraph cut, pinyin added.
        var mirror = "來源：某某新聞網  2021-07-14 10:00\n"
            + ScriptConverter.Default.ToTraditional(string.Join('\n', lines[..^2])).Replace("工作隊", "工作隊(duì)", StringComparison.Ordinal);
        var detector = new ReprintDetector();
        Assert.Null(detector.Add("a/001.txt", ReprintSignature.Of(original)));
        Assert.Null(detector.Add("a/002.txt", ReprintSignature.Of(Seed("002_9da668e383d29d46.txt"))));
        Assert.Equal("a/001.txt", detector.Add("b/001-mirror.txt", ReprintSignature.Of(mirror)));
        // A third copy names the first, not the mirror.
        Assert.Equal("a/001.txt", detector.Add("c/001-copy.txt", ReprintSignature.Of(mirror)));
    }

    [Fact]
    public void Different_stories_are_not_reprints()
    {
        var detector = new ReprintDetector();
        foreach (var path in Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            Assert.Null(detector.Add(path, ReprintSignature.Of(File.ReadAllText(path))));
        }
    }

    [Fact]
    public void Similarity_of_a_text_with_itself_is_one_and_short_texts_are_never_reprints()
    {
        var text = Seed("003_472a00e1cedbad9e.txt");
        Assert.Equal(1.0, ReprintSignature.Of(text).Similarity(ReprintSignature.Of(text)));
        var detector = new ReprintDetector();
        Assert.Null(detector.Add("a", ReprintSignature.Of("工作队进驻")));
        Assert.Null(detector.Add("b", ReprintSignature.Of("工作队进驻")));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_threshold_outside_zero_to_one_is_refused(double threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReprintDetector(threshold));
    }
}
