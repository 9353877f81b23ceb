using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// places13: a former unit written after its mark (原蓼皋鎮, 轄原世昌鄉地域, 以原贾掌镇和原苏店镇的行政区域). The mark
/// (ward-words.tsv, kind former: 原, 旧) is no part of the name: the suffix grammar read 原雅桥乡 whole, or nothing where a
/// verb stood glued before the mark (轄原蓼皋鎮). Two rules: a township or county found that opens with the mark (not a
/// village or hamlet: 八甲村旧寨村民小组), whose whole name the
/// division table does not know (原平市, 原阳县 are names) and whose rest is a name of two or more characters and its
/// ending, is the rest; and right after a mark not inside a place found, the longest name of a township or county the
/// table knows (also under its former ending: 蓼皋鎮 became 蓼皋街道, a 乡 made a 镇) is that unit. Inline pinyin
/// inside the name (太平營(yíng)鄉) is skipped for the look-up.
/// </summary>
internal sealed partial class PlaceRecognizer
{
    /// <summary>The longest name (characters, pinyin left out) read after a former mark (长兴堡镇, 太平营乡: 4; 冷水溪乡 4).</summary>
    private const int MaxFormerName = 8;

    /// <summary>The fewest characters of a former unit's name with its ending (雅桥乡).</summary>
    private const int MinFormerName = 3;

    private static void AddFormerUnits(ReadOnlySpan<char> view, ScanState state, TakenSpans taken)
    {
        var mentions = state.Mentions;
        var table = DivisionTable.Default;
        var units = UnitScratch.Rent();
        Span<char> name = stackalloc char[MaxFormerName];
        try
        {
            // A place found that opens with the mark: the mark is no part of the name.
            for (var m = 0; m < mentions.Count; m++)
            {
                var place = mentions[m];
                if (place.IsAnaphor || place.Length <= MinFormerName || place.Level is not (PlaceLevel.Township or PlaceLevel.County)
                    || !FormerMarkers.Contains(view[place.Start]))
                {
                    continue;
                }
                var whole = view[place.Start..place.End];
                units.Clear();
                table.FindUnits(whole, units, renames: false);
                if (units.Count > 0 || !TextClasses.IsNameChar(view[place.Start + 1]) || OpensGazetteerName(state, place.Start))
                {
                    continue;
                }
                var rest = whole[1..];
                mentions[m] = place with { Start = place.Start + 1, Name = rest.ToString() };
            }
            // Right after a mark not inside a place found: the longest township or county name the table knows.
            for (var k = view.IndexOfAny(FormerMarkers); k >= 0 && k + 1 < view.Length; k = NextFormerMark(view, k + 1))
            {
                if (taken.Overlaps(k, k + 1) || taken.Overlaps(k + 1, k + 2) || OpensGazetteerName(state, k))
                {
                    continue;
                }
                var bestEnd = -1;
                var bestLevel = PlaceLevel.Other;
                var length = 0;
                for (var e = k + 1; e < view.Length && length < MaxFormerName; )
                {
                    if (!TextClasses.IsNameChar(view[e]))
                    {
                        break;
                    }
                    name[length++] = view[e++];
                    e += InlinePinyinLength(view, e);
                    if (length < MinFormerName || MatchSuffixEndingAt(name[..length]) is not PlaceLevel level)
                    {
                        continue;
                    }
                    units.Clear();
                    table.FindUnits(name[..length], units, renames: true);
                    if (HasUnitOfLevel(table, units, PlaceLevel.Township, PlaceLevel.County) && !taken.Overlaps(k + 1, e))
                    {
                        bestEnd = e;
                        bestLevel = level;
                    }
                }
                if (bestEnd > 0)
                {
                    mentions.Add(new PlaceMention(k + 1, bestEnd, view[(k + 1)..bestEnd].ToString(), bestLevel, null, RankOfLevel(bestLevel)));
                    taken.Take(k + 1, bestEnd, TakenSpans.Place);
                }
            }
        }
        finally
        {
            UnitScratch.Return(units);
        }
    }

    /// <summary>
    /// Whether a name the gazetteer knows opens at the mark at <paramref name="k"/> (旧金山, 原平, 原阳): the character is
    /// the name's first, no mark (旧金山市 is not 金山市, 原平街道 not 平街道).
    /// </summary>
    private static bool OpensGazetteerName(ScanState state, int k) => state.GazetteerKeyLength[k] > 0;

    /// <summary>Characters that make a place written short right before them part of a road's name (road-name-endings.tsv: 北京路11号).</summary>
    private static readonly string RoadEndings = string.Concat(WordLists.Get("road-name-endings").Values());

    /// <summary>
    /// A place written without its ending right before a road's ending and a house number (北京路11号, 上海街3号) is part of the
    /// road's name: no place (roads are not read). Only with the number: 北京路过 or 在北京街头 are left as they are.
    /// </summary>
    private static void RemoveRoadNames(ReadOnlySpan<char> view, ScanState state)
    {
        // Kept mentions are moved down in one pass: RemoveAt for each road took time quadratic in a line's mentions.
        var mentions = state.Mentions;
        var kept = 0;
        for (var m = 0; m < mentions.Count; m++)
        {
            var place = mentions[m];
            var end = place.End;
            if (end + 1 < view.Length && RoadEndings.Contains(view[end]) && ArabicDigits.Contains(view[end + 1])
                && MatchSuffix(view, end - 1) is null && !place.IsAnaphor)
            {
                continue;
            }
            mentions[kept++] = place;
        }
        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    /// <summary>The fewest characters before a known unit's name inside a name the table lacks for them to be no part of it (政府同意松桃自治县).</summary>
    private const int MinForeignHead = 3;

    /// <summary>
    /// A township or county the table lacks whose tail is one it knows at that level (政府同意松桃自治县 holds 松桃自治县,
    /// 辖大兴街道 holds 大兴街道) is the tail, where the characters before it are three or more (the suffix grammar read a
    /// clause back from the ending) or a leading verb (leading-verbs.tsv: 辖); and a township of three characters standing
    /// alone whose stem ends in another ending (乡镇, 村镇) and opens inside a word is no place (部分乡镇 holds 分乡镇: 部分).
    /// </summary>
    private static void ReviseUnknownHeads(ReadOnlySpan<char> view, ScanState state)
    {
        var mentions = state.Mentions;
        var table = DivisionTable.Default;
        var units = UnitScratch.Rent();
        // Kept mentions are moved down in one pass (kept): RemoveAt for each 部分乡镇 took time quadratic in a line's mentions.
        var kept = 0;
        try
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                var place = mentions[m];
                mentions[kept++] = place;
                if (place.IsAnaphor || place.Level is not (PlaceLevel.Township or PlaceLevel.County))
                {
                    continue;
                }
                var whole = view[place.Start..place.End];
                // 部分乡镇: a name whose stem ends in another unit's ending (分乡 + 镇: the compound 乡镇), opening inside a word.
                if (place.Level == PlaceLevel.Township && place.Parent is null && whole.Length == MinFormerName
                    && SuffixFirstChars.Contains(whole[^2]) && place.Start > 0 && TextClasses.IsNameChar(view[place.Start - 1])
                    && Segmentation.SegmenterResources.Default.Lexicon.IsWord(view.Slice(place.Start - 1, 2)))
                {
                    kept--;
                    continue;
                }
                units.Clear();
                table.FindUnits(whole, units, renames: false);
                if (units.Count > 0)
                {
                    continue;
                }
                for (var head = 1; head <= whole.Length - MinFormerName; head++)
                {
                    if (head < MinForeignHead && !IsLeadingVerb(whole[..head]))
                    {
                        continue;
                    }
                    units.Clear();
                    table.FindUnits(whole[head..], units, renames: false);
                    if (HasUnitOfLevel(table, units, place.Level, place.Level))
                    {
                        mentions[kept - 1] = place with { Start = place.Start + head, Name = whole[head..].ToString() };
                        break;
                    }
                }
            }
            mentions.RemoveRange(kept, mentions.Count - kept);
        }
        finally
        {
            UnitScratch.Return(units);
        }
    }

    /// <summary>Whether one of <paramref name="units"/> is of level <paramref name="a"/> or <paramref name="b"/> (a loop: no closure a call).</summary>
    private static bool HasUnitOfLevel(DivisionTable table, List<int> units, PlaceLevel a, PlaceLevel b)
    {
        foreach (var u in units)
        {
            if (table.LevelOf(u) is var level && (level == a || level == b))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="word"/> is a verb of leading-verbs.tsv (辖), compared as a span: no string a call.</summary>
    private static bool IsLeadingVerb(ReadOnlySpan<char> word)
    {
        foreach (var verb in LeadingVerbs)
        {
            if (word.SequenceEqual(verb))
            {
                return true;
            }
        }
        return false;
    }

    private static int NextFormerMark(ReadOnlySpan<char> view, int from)
    {
        var next = view[from..].IndexOfAny(FormerMarkers);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>The level of the township or county suffix (乡, 镇, 街道, 县, 市, 区) that ends <paramref name="name"/> after a stem of two or more characters, or null.</summary>
    private static PlaceLevel? MatchSuffixEndingAt(ReadOnlySpan<char> name)
    {
        foreach (var suffix in Suffixes)
        {
            if (suffix.Level is PlaceLevel.Township or PlaceLevel.County && name.Length >= suffix.Text.Length + 2 && name.EndsWith(suffix.Text, StringComparison.Ordinal))
            {
                return suffix.Level;
            }
        }
        return null;
    }
}
