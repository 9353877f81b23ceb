using System.Collections.Frozen;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// places11: five ways a place was misread. (1) A village's ending that is the last character of a
/// known township's stem (成果展展現大村鄉: 大村鄉 of Taiwan) is no ending: the suffix grammar read 成果展展現大村 as a village.
/// (2) A document that names a village in full (方山村) names it again short (方山的运动设施): the short form is that
/// village, not a county that merely shares the stem and encloses a namesake of the village elsewhere (方山县 of 吕梁,
/// whose 积翠镇 has a 方山村), which also made the page's chain (民胜镇方山村, 四川) disagree with itself and lose its codes.
/// (3) A name does not start on the second character of a two-character locative word (到达|方山村 read 达方山村 after 到).
/// (4) A village glued to a Taiwan township written short (台東,太麻里香蘭村) is split as 明伦百祥村 is (SplitGluedTownshipVillages)
/// though the table has no Taiwan village to confirm the tail.
/// (5) A two-character gazetteer key that straddles two common words of the dictionary (这里|加工 holds 里加, Riga) is no place.
/// </summary>
internal sealed partial class PlaceRecognizer
{
    /// <summary>The longest stem (three characters) a township's name may have before a village's ending inside it (大村 of 大村鄉).</summary>
    private const int MaxStemBeforeInnerEnding = 3;

    /// <summary>
    /// Whether the village ending at <paramref name="j"/> is the last character of a township's or county's stem the table,
    /// Taiwan's list or the gazetteer (a township of a province the table lacks) knows, its own township's or county's
    /// ending right after (大村|鄉, 石村|镇; not 新村|村民): that unit, not a village, is the place.
    /// </summary>
    private bool EndingInsideKnownUnit(ReadOnlySpan<char> view, int p, int j, Suffix suffix)
    {
        var after = j + suffix.Text.Length;
        if (suffix.Level != PlaceLevel.Village || suffix.Text.Length != 1
            || MatchSuffix(view, after) is not { Level: PlaceLevel.Township or PlaceLevel.County } outer)
        {
            return false;
        }
        var nameEnd = after + outer.Text.Length;
        var table = DivisionTable.Default;
        for (var k = Math.Max(p, after - MaxStemBeforeInnerEnding); k < j; k++)
        {
            var name = view[k..nameEnd];
            if (table.HasWrittenName(name) || OutsideNbsTownships.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)
                || IsOutsideTableTownship(name, byShortForm: false))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the county or prefecture <paramref name="ancestor"/>, an enclosing unit of one of several namesakes of the
    /// document's village or township <paramref name="name"/>, has the stem the name itself has (方山县 for 方山村): its stem
    /// is then read as the village's short form (AddStemsOfDocumentPlaces), not as that county's.
    /// </summary>
    private static bool SharesStemWithNamesake(DivisionTable table, int ancestor, ReadOnlySpan<char> name, int namesakes)
    {
        if (namesakes < 2)
        {
            return false;
        }
        var stem = table.Stem(ancestor);
        return stem.Length >= MinNameLength && name.Length > stem.Length && name.Length - stem.Length <= MinNameLength
            && name.StartsWith(stem, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the two-character key <c>view[start..end]</c> straddles two words of the dictionary that are each more
    /// frequent than the key (这里|加工 around 里加): the text reads as those words, not as the place.
    /// </summary>
    private static bool StraddlesTwoWords(ReadOnlySpan<char> view, int start, int end)
    {
        if (end - start != MinNameLength || start == 0 || end >= view.Length || view[start - 1] is < '\u3400' or > '\u9fff')
        {
            return false;
        }
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        var key = lexicon.Frequency(view[start..end]) ?? 0;
        return lexicon.Frequency(view[(start - 1)..(start + 1)]) is { } left && left > key
            && lexicon.Frequency(view[(start + 1)..(end + 1)]) is { } right && right > key;
    }

    /// <summary>The two-character locative words (locative-words.tsv: 到达, 来到, 前往).</summary>
    private static readonly FrozenSet<string> TwoCharLocatives = WordLists.Get("locative-words").Values().Where(w => w.Length == MinNameLength).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="p"/> is the second character of a two-character locative word (到|达方山村): no name starts there.</summary>
    private static bool StartsInsideLocative(ReadOnlySpan<char> view, int p) =>
        p > 0 && p < view.Length && TwoCharLocatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(view[(p - 1)..(p + 1)]);

    /// <summary>
    /// Whether <paramref name="head"/>, opening a village name the table lacks, is the stem of a township of Taiwan
    /// (outside-nbs-units: 太麻里 of 太麻里鄉) or of a township the gazetteer puts in a province the table lacks (a user's own),
    /// and no common word of the dictionary: SplitGluedTownshipVillages then reads the township and its village
    /// (太麻里香蘭村), which the table cannot confirm as it confirms 明伦百祥村.
    /// </summary>
    private bool IsTaiwanTownshipStem(ReadOnlySpan<char> head)
    {
        if (!(OutsideNbsByStem.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(head, out var units)
                && Array.Exists(units, u => u.Level == PlaceLevel.Township))
            && !IsOutsideTableTownshipStem(head))
        {
            return false;
        }
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        return !(lexicon.IsWord(head) && lexicon.Tag(head) != PlaceNameTag);
    }

    /// <summary>
    /// Whether the gazetteer has a township of <paramref name="stem"/> in a province the table lacks: the stem is its short
    /// form, or the stem with a township's ending (乡, 镇) its name, as Taiwan's list gives 太麻里 for 太麻里鄉.
    /// </summary>
    private bool IsOutsideTableTownshipStem(ReadOnlySpan<char> stem)
    {
        if (IsOutsideTableTownship(stem, byShortForm: true))
        {
            return true;
        }
        foreach (var ending in StandaloneSuffixesByLevel[PlaceLevel.Township])
        {
            if (IsOutsideTableTownship(string.Concat(stem, ending), byShortForm: false))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the analyzer's gazetteer has a township of <paramref name="name"/> (by its full name, or by a short form
    /// when <paramref name="byShortForm"/>) in a province the division table lacks: a user's gazetteer's own townships
    /// count as Taiwan's list does.
    /// </summary>
    private bool IsOutsideTableTownship(ReadOnlySpan<char> name, bool byShortForm)
    {
        if (!gazetteer.TryGetKeys(name, out var hits))
        {
            return false;
        }
        foreach (var hit in hits)
        {
            if (hit.IsAlias == byShortForm && hit.Entry.Level == PlaceLevel.Township
                && gazetteer.IsInProvinceOutside(DivisionTable.Default, hit.Entry))
            {
                return true;
            }
        }
        return false;
    }
}
