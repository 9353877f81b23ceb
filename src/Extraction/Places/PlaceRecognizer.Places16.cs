using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// places16: two readings of villages written without the suffix grammar's help. A village named before its committee's words
/// (village-committee-words.tsv: 马村村民委员会, 孙家庄村民委员会, 观音阁村委会) is the name before them, a one-character stem
/// and its 村 (马村, 位村) too, which the suffix grammar never reads alone; and villages listed short and closed by 等 and the
/// village suffix with no count (仙寓山、红旗岭、洪方…兰潭等村), which the counted list (翁堵、立桂…4个村) does not read.
/// </summary>
internal sealed partial class PlaceRecognizer
{
    /// <summary>The words of a village's committee after its name (村民委员会, 村委会), longest first.</summary>
    private static readonly string[] CommitteeWords =
        [.. WordLists.Get("village-committee-words").Values().OrderByDescending(w => w.Length)];

    /// <summary>
    /// One-character position words that open a village's name (东赵庄村, 前刘庄村): before a name learned earlier in the text
    /// (赵庄村) they stay in the name; village-name-prefixes.tsv.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> VillageNamePrefixes = WordLists.Get("village-name-prefixes").ToSearchValues();

    /// <summary>The longest name read before a committee's words (南王家庄村: 5).</summary>
    private const int MaxCommitteeVillageName = 6;

    /// <summary>The fewest names of a list closed by 等 and a suffix without a count: two short names are too often a phrase.</summary>
    private const int MinClosedListNames = 3;

    /// <summary>The most names a list closed by 等 and a suffix is read for.</summary>
    private const int MaxClosedListNames = 16;

    /// <summary>
    /// Villages named before their committee's words: the name from a word start (text start, a mark, a place-leading character)
    /// to the words, when no place covers it, it is no generic description or verb (贫困村, 该村), and a one-word name of
    /// jieba's dictionary other than a place name (全村, 行政村) is one only where the division table has it. Each search
    /// moves forward: linear in the text.
    /// </summary>
    private static void AddCommitteeVillages(ReadOnlySpan<char> view, ScanState state, TakenSpans taken)
    {
        var mentions = state.Mentions;
        var added = false;
        foreach (var word in CommitteeWords)
        {
            for (var from = 0; from < view.Length;)
            {
                var hit = view[from..].IndexOf(word, StringComparison.Ordinal);
                if (hit < 0)
                {
                    break;
                }
                var end = from + hit;
                from = end + word.Length;
                var start = end;
                // Numerals may open the name (七堡): a count (三个村委会) is refused as a description below.
                while (start > 0 && end - start < MaxCommitteeVillageName && TextClasses.IsNameChar(view[start - 1])
                    && !TextClasses.PlaceLead.Contains(view[start - 1]))
                {
                    start--;
                }
                // A locative word inside the run (到达|方山村村委会) opens the name after it.
                var afterLocative = false;
                for (var s = start + 1; s <= end - MinNameLength && !afterLocative; s++)
                {
                    if (EndsWithLocative(view, s))
                    {
                        start = s;
                        afterLocative = true;
                    }
                }
                // At a word start only: a run glued to a word or a place before it (葛公镇马村村委会) is left as the scan read it.
                if (end - start < MinNameLength || (!afterLocative && start > 0 && TextClasses.IsNameChar(view[start - 1]) && !TextClasses.PlaceLead.Contains(view[start - 1]))
                    || taken.Overlaps(start, end) || !IsCommitteeVillageName(view[start..end], word[0]))
                {
                    continue;
                }
                mentions.Add(new PlaceMention(start, end, view[start..end].ToString(), PlaceLevel.Village, null, VillageRank));
                taken.Take(start, end);
                added = true;
            }
        }
        if (added)
        {
            mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>Whether a name read before a committee's words may be a village (马村, 孙家庄; not 该村, 贫困村, 全村).</summary>
    private static bool IsCommitteeVillageName(ReadOnlySpan<char> name, char committeeSuffix)
    {
        // Only the committee's own 村 is the suffix (马村 of 马村村民委员会); 孙家庄's 庄 is the name's.
        var stem = name[^1] == committeeSuffix ? name[..^1] : name;
        if (stem.Length == 0 || stem[0] == AnaphorMark || IsGenericOrVerb(stem, PlaceLevel.Village))
        {
            return false;
        }
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        return !(lexicon.IsWord(name) && lexicon.Tag(name) != PlaceNameTag) || DivisionTable.Default.HasWrittenName(name);
    }

    /// <summary>
    /// Names listed short and closed by 等 and the village suffix, no count between (涉及仙寓山、红旗岭…兰潭等村): each of two to
    /// four name characters, between enumeration commas, the first at a word start or after a verb glued to it (涉及|仙寓山), at
    /// least three of them; the suffix no common noun's first character (等村民, 等村干部); no name a common word the table does
    /// not know with the suffix (as the counted list).
    /// </summary>
    private void AddClosedLists(ReadOnlySpan<char> view, ScanState state, TakenSpans taken)
    {
        var added = false;
        Span<(int Start, int End)> names = stackalloc (int, int)[MaxClosedListNames];
        for (var t = 0; t < state.TriggerCount; t++)
        {
            if ((state.Triggers[t] & SuffixTrigger) == 0)
            {
                continue;
            }
            var j = state.Triggers[t] >> TriggerBits;
            if (j < MinNameLength + 1 || SuffixAt(view, state, j) is not { Use: SuffixUse.Standalone, Level: PlaceLevel.Village } suffix
                || (j + suffix.Text.Length < view.Length && CommonNounFollows(suffix.Text[^1], view[j + suffix.Text.Length])))
            {
                continue;
            }
            var end = ListBeforeCountEnd(view, j);
            if (end == j)
            {
                continue; // no 等 before the suffix: the suffix grammar's or the counted list's
            }
            var found = 0;
            var complete = false;
            while (found < MaxClosedListNames)
            {
                var start = end;
                while (start > 0 && end - start <= MaxCountedListName && TextClasses.IsNameChar(view[start - 1]) && !TextClasses.PlaceLead.Contains(view[start - 1])
                    && !NumeralChars.IsNumeralChar(view[start - 1]))
                {
                    start--;
                }
                var glued = end - start > MaxCountedListName;
                if (glued)
                {
                    // The first name glued to the verb before it (涉及仙寓山): the table's stem, a known unit's, or after the verb.
                    start = KnownUnitStemStart(view, end, suffix.Level);
                    if (start < 0)
                    {
                        var run = end - MaxCountedListName - 1;
                        var split = FirstListedName(view, (run, end), suffix.Level);
                        start = split.Start == run ? -1 : split.Start;
                    }
                }
                if (start < 0 || end - start is < MinNameLength or > MaxCountedListName)
                {
                    break;
                }
                names[found++] = (start, end);
                if (glued || start == 0 || view[start - 1] != ListComma)
                {
                    complete = true;
                    break;
                }
                end = start - 1;
            }
            if (!complete || found < MinClosedListNames || HoldsCommonWord(view, names[..found], suffix.Level))
            {
                continue;
            }
            for (var k = found - 1; k >= 0; k--)
            {
                var (start, nameEnd) = names[k];
                if (!taken.Overlaps(start, nameEnd))
                {
                    state.Mentions.Add(new PlaceMention(start, nameEnd, view[start..nameEnd].ToString(), suffix.Level, null, suffix.Rank));
                    taken.Take(start, nameEnd);
                    added = true;
                }
            }
        }
        if (added)
        {
            state.Mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>The lexicon's tag of other proper nouns (新华), which may be a river's stem as a place name's (ns) may.</summary>
    private const string ProperNounTag = "nz";

    /// <summary>
    /// Whether a stem of a listed river is a common word (安全, 幸福, 垃圾 of 安全河、幸福河、垃圾河, slogans and kinds of water):
    /// a lexicon word tagged neither a place name nor another proper noun (新华 of 新华河 is one).
    /// </summary>
    private static bool IsCommonRiverStem(ReadOnlySpan<char> stem)
    {
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        if (!lexicon.IsWord(stem))
        {
            return false;
        }
        var tag = lexicon.Tag(stem);
        return tag != PlaceNameTag && tag != ProperNounTag;
    }

    /// <summary>The first characters of the words that close a list (等 of org-list-heads.tsv, use mark).</summary>
    private static readonly System.Buffers.SearchValues<char> ListCloserFirstChars = System.Buffers.SearchValues.Create(string.Concat(WordLists.Get("org-list-heads").Where("use", "mark").Select(r => r[0][0])));

    /// <summary>The fewest rivers of a list read by their ending alone (新华河、同春河、永正河).</summary>
    private const int MinListedRivers = 3;

    /// <summary>The longest river name before its ending in such a list (山溪 of 山溪河: 2; 3 at most).</summary>
    private const int MaxListedRiverStem = 3;

    /// <summary>
    /// Rivers listed by their ending (有黄湓河、新华河、望家河…黄进河等河流): three or more names of two or three name characters
    /// and 河, joined by enumeration commas, each 河 followed by the comma, 等 or no name character, are rivers (level other),
    /// where no place covers them and no more than half the stems are common words (安全河、幸福河 of a slogan); the first may be glued to the word
    /// before it (有黄湓河, 支流新华河: two characters then). One pass over the text's 河, each looked back at most three characters: linear.
    /// </summary>
    private static void AddListedRivers(ReadOnlySpan<char> view, ScanState state, TakenSpans taken)
    {
        var added = false;
        Span<(int Start, int End)> run = stackalloc (int, int)[MaxClosedListNames];
        var count = 0;
        var lastEnd = -1;
        for (var t = 0; t <= state.TriggerCount; t++)
        {
            var item = (Start: -1, End: -1);
            if (t < state.TriggerCount && (state.Triggers[t] & RiverTrigger) != 0)
            {
                var j = state.Triggers[t] >> TriggerBits;
                var after = j + 1;
                if (after >= view.Length || view[after] == ListComma || !TextClasses.IsNameChar(view[after]) || ListCloserFirstChars.Contains(view[after]))
                {
                    var start = j;
                    while (start > 0 && j - start < MaxListedRiverStem && TextClasses.IsNameChar(view[start - 1]) && !TextClasses.PlaceLead.Contains(view[start - 1]))
                    {
                        start--;
                    }
                    var glued = start > 0 && TextClasses.IsNameChar(view[start - 1]) && !TextClasses.PlaceLead.Contains(view[start - 1]);
                    if (glued)
                    {
                        start = j - MinNameLength;
                    }
                    if (j - start >= MinNameLength)
                    {
                        item = (start, after);
                    }
                }
                else
                {
                    continue;
                }
            }
            else if (t < state.TriggerCount)
            {
                continue;
            }
            // The item continues the run when it starts right after the comma closing the run's last river.
            if (item.Start >= 0 && count > 0 && count < run.Length && item.Start == lastEnd + 1 && view[lastEnd] == ListComma)
            {
                run[count++] = item;
                lastEnd = item.End;
                continue;
            }
            // A run whose stems are mostly common words is a slogan or a kind of water (打造安全河、生态河、美丽河), not rivers;
            // a real list may hold one or two (a river named 同春 beside 新华河).
            var common = 0;
            foreach (var (start, end) in run[..count])
            {
                common += IsCommonRiverStem(view[start..(end - 1)]) ? 1 : 0;
            }
            if (count >= MinListedRivers && common * 2 <= count)
            {
                foreach (var (start, end) in run[..count])
                {
                    if (!taken.Overlaps(start, end))
                    {
                        state.Mentions.Add(new PlaceMention(start, end, view[start..end].ToString(), PlaceLevel.Other, null, TerminalRank));
                        taken.Take(start, end);
                        added = true;
                    }
                }
            }
            count = 0;
            if (item.Start >= 0)
            {
                run[count++] = item;
                lastEnd = item.End;
            }
        }
        if (added)
        {
            state.Mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }
}
