using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Segmentation;

namespace WorkTeam.Extraction.Tests.Segmentation;

/// <summary>
/// The embedded dictionary's packed cells (base, label, frequency index in 6 bytes; tags apart) and
/// its table of distinct frequencies read back as dict.txt has them. Expected values are jieba
/// 0.42.1's dict.txt lines (Debian python3-jieba).
/// </summary>
public class DictionaryImageTests
{
    [Fact]
    public void A_packed_cell_keeps_every_field_in_six_bytes()
    {
        ulong cell = ResourceFormat.PackDictionaryCell(1_034_567, 12_045, 5_086);
        Assert.Equal(1_034_567UL, cell & ((1UL << ResourceFormat.CellBaseBits) - 1));
        Assert.Equal(12_045UL, (cell >> ResourceFormat.CellLabelShift) & ((1UL << ResourceFormat.CellLabelBits) - 1));
        Assert.Equal(5_086UL, (cell >> ResourceFormat.CellFrequencyShift) & ((1UL << ResourceFormat.CellFrequencyBits) - 1));
        Assert.Equal((1UL << 47) - 1, ResourceFormat.PackDictionaryCell((1 << 20) - 1, (1 << 14) - 1, (1 << 13) - 1));
        Assert.True(ResourceFormat.CellFrequencyShift + ResourceFormat.CellFrequencyBits <= 8 * ResourceFormat.CellBytes);
    }

    [Theory]
    [InlineData(1 << 20, 0, 0)]
    [InlineData(0, 1 << 14, 0)]
    [InlineData(0, 0, 1 << 13)]
    [InlineData(-1, 0, 0)]
    public void A_value_outside_the_layout_is_refused(int @base, int label, int frequencyIndex)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ResourceFormat.PackDictionaryCell(@base, label, frequencyIndex));
    }

    [Theory]
    [InlineData("的", 318825, "uj")]
    [InlineData("北京", 34488, "ns")]
    [InlineData("北京大学", 2053, "nt")]
    [InlineData("不可思议", 437, "i")]
    [InlineData("中华人民共和国", 9989, "ns")]
    public void Words_read_back_with_their_frequency_log_frequency_and_tag(string word, int frequency, string tag)
    {
        var dictionary = SegmenterResources.Default.Dictionary;
        int node = dictionary.FindNode(word);
        Assert.True(node > 0);
        Assert.Equal(frequency, dictionary.Frequency(node));
        Assert.Equal(frequency, dictionary.Find(word));
        Assert.Equal(Math.Log(frequency), dictionary.Score(node)); // exactly: the route's ties depend on it
        Assert.Equal(tag, dictionary.Tag(node));
    }

    [Fact]
    public void A_prefix_that_is_no_word_has_frequency_zero_and_no_score()
    {
        var dictionary = SegmenterResources.Default.Dictionary;
        int node = dictionary.FindNode("中华人民共");
        Assert.True(node > 0);
        Assert.Equal(0, dictionary.Frequency(node));
        Assert.True(double.IsNaN(dictionary.Score(node)));
        Assert.Null(dictionary.Tag(node));
        Assert.Equal(-1, dictionary.FindNode("北京京京"));
        Assert.Null(dictionary.Find("北京京京"));
        Assert.Equal(60101967, dictionary.Total);
    }
}
