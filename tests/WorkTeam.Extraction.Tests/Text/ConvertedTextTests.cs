using System.Text;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Tests.Text;

public class ConvertedTextTests
{
    private static readonly ScriptConverter Converter = ScriptConverter.Default;

    [Fact]
    public void A_view_with_the_same_lengths_maps_every_offset_to_itself()
    {
        var converted = Converter.ToSimplifiedView("頭髮乾燥後來");
        Assert.Equal("头发干燥后来", converted.View);
        Assert.Equal("頭髮乾燥後來", converted.Original);
        Assert.True(converted.IsOffsetIdentity);
        Assert.False(converted.IsUnchanged);
        Assert.Equal(4, converted.ToOriginal(4));
        Assert.Equal((2, 4), converted.ToOriginalSpan(2, 4));
    }

    [Fact]
    public void A_phrase_that_gains_a_surrogate_pair_maps_back_to_its_original_characters()
    {
        // t2s: 二噁英 (3 UTF-16 units) becomes 二𫫇英 (4 units: 𫫇 is U+2BAC7).
        var converted = Converter.ToSimplifiedView("二噁英");
        Assert.Equal("二𫫇英", converted.View);
        Assert.False(converted.IsOffsetIdentity);
        Assert.Equal((0, 3), converted.ToOriginalSpan(0, 4)); // 二𫫇英 ← 二噁英
        Assert.Equal((1, 2), converted.ToOriginalSpan(1, 3)); // 𫫇 ← 噁
        Assert.Equal((2, 3), converted.ToOriginalSpan(3, 4)); // 英 ← 英
        Assert.Equal((0, 1), converted.ToOriginalSpan(0, 1)); // 二 ← 二
        Assert.Equal(2, converted.ToOriginal(3));
        Assert.Equal(3, converted.ToOriginal(4));
    }

    [Fact]
    public void A_span_that_cuts_a_surrogate_pair_widens_to_the_whole_original_character()
    {
        var converted = Converter.ToSimplifiedView("二噁英");
        Assert.Equal(1, converted.ToOriginal(2));                 // inside 𫫇: its start
        Assert.Equal((1, 3), converted.ToOriginalSpan(2, 4));     // half of 𫫇 and 英 ← 噁英
        Assert.Equal((0, 2), converted.ToOriginalSpan(0, 2));     // 二 and half of 𫫇 ← 二噁
        Assert.Equal((1, 1), converted.ToOriginalSpan(2, 2));     // an empty span stays empty
    }

    [Fact]
    public void A_phrase_that_loses_a_surrogate_pair_maps_back_to_its_original_characters()
    {
        // s2t: 覆𫗧之忧 (5 units: 𫗧 is U+2B5E7) becomes 覆餗之憂 (4 units) by one STPhrases entry.
        // (OpenCC 1.4.2 dropped the entry for 复𫗧之忧 that this test used with 1.1.6's tables.)
        var converted = Converter.ToTraditionalView("覆𫗧之忧");
        Assert.Equal("覆餗之憂", converted.View);
        Assert.Equal((0, 1), converted.ToOriginalSpan(0, 1)); // 覆 ← 覆
        Assert.Equal((1, 3), converted.ToOriginalSpan(1, 2)); // 餗 ← 𫗧
        Assert.Equal((3, 5), converted.ToOriginalSpan(2, 4)); // 之憂 ← 之忧
        Assert.Equal((0, 5), converted.ToOriginalSpan(0, 4));
    }

    [Fact]
    public void Offsets_after_several_length_changes_carry_all_of_them()
    {
        // 二噁英和二噁英 → 二𫫇英和二𫫇英: each 噁 adds one unit to the view.
        var converted = Converter.ToSimplifiedView("二噁英和二噁英");
        Assert.Equal("二𫫇英和二𫫇英", converted.View);
        Assert.Equal(3, converted.ToOriginal(4));                 // 和
        Assert.Equal((4, 7), converted.ToOriginalSpan(5, 9));     // the second 二𫫇英
        Assert.Equal((5, 6), converted.ToOriginalSpan(6, 8));     // the second 𫫇 ← 噁
        Assert.Equal((0, 7), converted.ToOriginalSpan(0, 9));
    }

    [Fact]
    public void Offsets_outside_the_view_are_rejected()
    {
        var converted = Converter.ToSimplifiedView("二噁英");
        Assert.Throws<ArgumentOutOfRangeException>(() => converted.ToOriginal(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => converted.ToOriginal(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => converted.ToOriginalSpan(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => converted.ToOriginalSpan(0, 5));
    }

    [Fact]
    public void Unchanged_text_gives_a_view_that_is_the_original()
    {
        var converted = Converter.ToTraditionalView("abc 123");
        Assert.Same(converted.Original, converted.View);
        Assert.True(converted.IsUnchanged);
        Assert.True(converted.IsOffsetIdentity);
    }

    [Fact]
    public void Every_table_key_outside_the_BMP_maps_back_character_by_character()
    {
        // All keys of the four tables that hold a surrogate pair, run together with ASCII between them:
        // each view character must map to one original character, in order, covering the whole original.
        var tables = OpenCcTables.Default;
        var text = new StringBuilder();
        foreach (var table in new[] { tables.TraditionalToSimplifiedPhrases, tables.TraditionalToSimplifiedCharacters,
                                      tables.SimplifiedToTraditionalPhrases, tables.SimplifiedToTraditionalCharacters })
        {
            for (int e = 0; e < table.Count; e++)
            {
                if (table.Key(e).ContainsAnyInRange('\uD800', '\uDFFF') || table.Default(e).ContainsAnyInRange('\uD800', '\uDFFF'))
                {
                    text.Append(table.Key(e)).Append('|');
                }
            }
        }
        Assert.True(text.Length > 4000);
        foreach (var converted in new[] { Converter.ToSimplifiedView(text.ToString()), Converter.ToTraditionalView(text.ToString()) })
        {
            Assert.False(converted.IsOffsetIdentity);
            AssertCharacterAligned(converted);
        }
    }

    internal static void AssertCharacterAligned(ConvertedText converted)
    {
        string view = converted.View, original = converted.Original;
        int expectedStart = 0, viewRunes = 0, originalRunes = 0;
        for (int v = 0; v < view.Length; v += char.IsSurrogatePair(view, v) ? 2 : 1)
        {
            int end = v + (char.IsSurrogatePair(view, v) ? 2 : 1);
            var (os, oe) = converted.ToOriginalSpan(v, end);
            Assert.Equal(expectedStart, os);
            Assert.True(oe - os == (char.IsSurrogatePair(original, os) ? 2 : 1), $"view {v} maps to [{os},{oe})");
            if (view[v] == '|')
            {
                Assert.Equal('|', original[os]);
            }
            expectedStart = oe;
            viewRunes++;
        }
        Assert.Equal(original.Length, expectedStart);
        for (int o = 0; o < original.Length; o += char.IsSurrogatePair(original, o) ? 2 : 1)
        {
            originalRunes++;
        }
        Assert.Equal(originalRunes, viewRunes);
    }

    [CorpusTheory("sighan2005")]
    [InlineData("as_test.utf8")]
    [InlineData("cityu_test.utf8")]
    public void The_simplified_view_of_a_traditional_corpus_maps_back_character_by_character(string file)
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.Corpus("sighan2005"), file));
        var converted = Converter.ToSimplifiedView(text);
        Assert.False(converted.IsUnchanged);
        AssertCharacterAligned(converted);
    }
}
