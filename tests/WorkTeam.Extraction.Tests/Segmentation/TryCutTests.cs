using WorkTeam.Extraction.Segmentation;

namespace WorkTeam.Extraction.Tests.Segmentation;

public class TryCutTests
{
    private static readonly Segmenter Segmenter = Segmenter.Default;

    [Fact]
    public void Ranges_are_the_tokens_of_Cut_as_offsets_into_the_text()
    {
        const string text = "我来到北京清华大学";
        var buffer = new TokenRange[text.Length];
        Assert.True(Segmenter.TryCut(text, buffer, out int count));
        Assert.Equal(4, count);
        Assert.Equal(new[] { new TokenRange(0, 1), new TokenRange(1, 2), new TokenRange(3, 2), new TokenRange(5, 4) }, buffer[..count]);
        Assert.Equal(new[] { "我", "来到", "北京", "清华大学" }, buffer[..count].Select(r => text.Substring(r.Start, r.Length)));
        Assert.Equal(9, buffer[3].End);
    }

    [Fact]
    public void Traditional_text_is_cut_on_its_simplified_view_with_the_original_offsets()
    {
        const string text = "民豐縣若克雅鄉勞光村投入資金";
        var buffer = new TokenRange[text.Length];
        Assert.True(Segmenter.TryCut(text, buffer, out int count));
        var expected = Segmenter.Cut(text).Select(t => new TokenRange(t.Start, t.End - t.Start)).ToArray();
        Assert.Equal(expected, buffer[..count]);
    }

    [Fact]
    public void Full_mode_can_need_more_ranges_than_the_text_has_characters()
    {
        // Python jieba: jieba.lcut('中华人民共和国', cut_all=True), eight words for seven characters.
        const string text = "中华人民共和国";
        var buffer = new TokenRange[text.Length];
        Assert.False(Segmenter.TryCut(text, buffer, out int count, SegmentationMode.Full));
        Assert.Equal(8, count);
        buffer = new TokenRange[count];
        Assert.True(Segmenter.TryCut(text, buffer, out count, SegmentationMode.Full));
        Assert.Equal(new[] { "中华", "中华人民", "中华人民共和国", "华人", "人民", "人民共和国", "共和", "共和国" },
            buffer.Select(r => text.Substring(r.Start, r.Length)));
    }

    [Fact]
    public void A_short_buffer_gets_nothing_and_the_count_it_needs()
    {
        var buffer = new TokenRange[3];
        buffer[0] = new TokenRange(7, 7);
        Assert.False(Segmenter.TryCut("我来到北京清华大学", buffer, out int count));
        Assert.Equal(4, count);
        Assert.Equal(new TokenRange(7, 7), buffer[0]);
    }

    [Theory]
    [InlineData("我爱北京天安门", true)]
    [InlineData("民豐縣若克雅鄉勞光村投入資金", true)]
    [InlineData("他来到了网易杭研大厦，小明硕士毕业于中国科学院计算所", false)]
    public void Tagged_ranges_are_the_tokens_of_CutWithTags(string text, bool hmm)
    {
        var buffer = new TaggedRange[text.Length];
        Assert.True(Segmenter.TryCutWithTags(text, buffer, out int count, hmm));
        var expected = Segmenter.CutWithTags(text, hmm).Select(t => new TaggedRange(t.Start, t.End - t.Start, t.Tag!)).ToArray();
        Assert.Equal(expected, buffer[..count]);
    }

    [Fact]
    public void Tagged_ranges_carry_jieba_posseg_tags_and_a_short_buffer_gets_nothing()
    {
        const string text = "我爱北京天安门";
        var buffer = new TaggedRange[text.Length];
        Assert.True(Segmenter.TryCutWithTags(text, buffer, out int count));
        Assert.Equal(new[] { new TaggedRange(0, 1, "r"), new TaggedRange(1, 1, "v"), new TaggedRange(2, 2, "ns"), new TaggedRange(4, 3, "ns") }, buffer[..count]);
        var shortBuffer = new TaggedRange[2];
        Assert.False(Segmenter.TryCutWithTags(text, shortBuffer, out int needed));
        Assert.Equal(4, needed);
        Assert.Equal(default, shortBuffer[0]);
    }

    [Theory]
    [InlineData(SegmentationMode.Full, false)]
    [InlineData(SegmentationMode.Search, true)]
    [InlineData(SegmentationMode.Precise, false)]
    public void Every_mode_gives_the_tokens_of_Cut(SegmentationMode mode, bool hmm)
    {
        const string text = "他来到了网易杭研大厦，小明硕士毕业于中国科学院计算所";
        var buffer = new TokenRange[text.Length];
        Assert.True(Segmenter.TryCut(text, buffer, out int count, mode, hmm));
        Assert.Equal(Segmenter.Cut(text, mode, hmm).Select(t => text[t.Start..t.End]), buffer[..count].Select(r => text.Substring(r.Start, r.Length)));
    }

    [Fact]
    public void Cut_reuses_the_string_of_a_repeated_short_token_and_keeps_offsets()
    {
        var first = Segmenter.Cut("我们的工作");
        var second = Segmenter.Cut("这是我们的");
        Assert.Equal(new[] { "我们", "的", "工作" }, first.Select(t => t.Text));
        Assert.Equal(new[] { "这是", "我们", "的" }, second.Select(t => t.Text));
        Assert.Equal((2, 4), (second[1].Start, second[1].End));
        Assert.Same(first[0].Text, second[1].Text);
    }

    [CorpusFact("sighan2005")]
    public void Cut_and_CutWithTags_give_the_ranges_of_TryCut_on_every_SIGHAN_line_in_every_mode()
    {
        var buffer = new TokenRange[1024];
        var tagged = new TaggedRange[1024];
        foreach (var file in new[] { "pku_test.utf8", "msr_test.utf8", "as_test.utf8", "cityu_test.utf8" })
        {
            foreach (var line in File.ReadLines(Path.Combine(TestPaths.Corpus("sighan2005"), file)))
            {
                foreach (var (mode, hmm) in new[] { (SegmentationMode.Precise, true), (SegmentationMode.Precise, false), (SegmentationMode.Full, true), (SegmentationMode.Search, true) })
                {
                    var cut = Segmenter.Cut(line, mode, hmm);
                    if (!Segmenter.TryCut(line, buffer, out int count, mode, hmm))
                    {
                        buffer = new TokenRange[count];
                        Assert.True(Segmenter.TryCut(line, buffer, out count, mode, hmm));
                    }
                    Assert.Equal(count, cut.Count);
                    for (int i = 0; i < count; i++)
                    {
                        Assert.Equal(new Token(line.Substring(buffer[i].Start, buffer[i].Length), buffer[i].Start, buffer[i].End), cut[i]);
                    }
                }
                var withTags = Segmenter.CutWithTags(line);
                Assert.True(Segmenter.TryCutWithTags(line, tagged, out int tagCount));
                Assert.Equal(tagged[..tagCount].Select(r => new Token(line.Substring(r.Start, r.Length), r.Start, r.End, r.Tag)), withTags);
            }
        }
    }

    [Fact]
    public void The_tokens_of_a_cut_are_a_read_only_list()
    {
        const string text = "我来到北京清华大学";
        var cut = Segmenter.Cut(text);
        var expected = new[] { new Token("我", 0, 1), new Token("来到", 1, 3), new Token("北京", 3, 5), new Token("清华大学", 5, 9) };
        Assert.Equal(expected, cut);
        Assert.Equal(expected, cut.ToArray());
        Assert.Equal(expected, cut.ToList());
        Assert.Equal(expected[3], cut[^1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => cut[4]);
        Assert.Throws<ArgumentOutOfRangeException>(() => cut[-1]);
        var list = Assert.IsAssignableFrom<IList<Token>>(cut);
        Assert.True(list.IsReadOnly);
        Assert.Equal(2, list.IndexOf(new Token("北京", 3, 5)));
        Assert.Throws<NotSupportedException>(() => list.Add(new Token("x", 0, 1)));
        Assert.Throws<NotSupportedException>(() => list[0] = new Token("x", 0, 1));
        Assert.Empty(Segmenter.Cut(""));
        string whole = new('北', 1);
        whole += "京";
        Assert.Same(whole, Segmenter.Cut(whole)[0].Text); // a text that is one token is its own string
    }

    [Fact]
    public void A_text_of_65536_characters_or_more_keeps_its_offsets()
    {
        string text = string.Concat(Enumerable.Repeat("我来到北京清华大学。", 7000));
        var cut = Segmenter.Cut(text);
        var last = cut[^1];
        Assert.Equal(("。", text.Length - 1, text.Length), (last.Text, last.Start, last.End));
        Assert.Equal(("清华大学", 69995, 69999), (cut[^2].Text, cut[^2].Start, cut[^2].End));
        var full = Segmenter.Cut(text, SegmentationMode.Full);
        Assert.Equal(text.Length, full[^1].End);
    }

    [Fact]
    public void Four_character_tokens_ending_in_a_control_character_are_not_mistaken_for_shorter_ones()
    {
        // A two- or three-character key carries its length in its top unit; a four-character token
        // whose last unit is that small is not cached, so the two never share a slot.
        Assert.Equal("abc", TokenStrings.Get("xabc", 1, 3));
        Assert.Equal("abc\u0003", TokenStrings.Get("abc\u0003x", 0, 4));
        Assert.Equal("ab", TokenStrings.Get("xab", 1, 2));
        Assert.Equal("ab\0\u0002", TokenStrings.Get("ab\0\u0002x", 0, 4));
        Assert.Equal("abc", TokenStrings.Get("abcd", 0, 3));
        Assert.Same(TokenStrings.Get("工作x", 0, 2), TokenStrings.Get("x工作", 1, 2));
    }
}
