using System.Buffers;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// places6: names glued to the words around them. A village named right after a clause-opening verb with no mark between
/// (建請汰換仁愛村老人活動中心, 改善津沙村): the name starts after the verb, as it would after a comma. A district of a
/// city named by a compass point (嘉義市西區劉厝里, 攀枝花市东区): one character and 区 make a name inside a chain.
/// </summary>
internal sealed partial class PlaceRecognizer
{
    /// <summary>The last characters of the clause-opening verbs (leading-verbs.tsv): a cheap test before the word test.</summary>
    /// <remarks>A bitmap: the scan asks at every start it tries, where the probabilistic map of SearchValues checked most CJK characters twice.</remarks>
    private static readonly CharSet LeadingVerbLastChars = new(string.Concat(LeadingVerbs.Select(v => v[^1]).Distinct()));

    /// <summary>Whether a clause-opening verb ends right before <paramref name="p"/> (建请汰换|仁爱村, 改善|津沙村), its last character tested first.</summary>
    private static bool FollowsLeadingVerb(ReadOnlySpan<char> view, int p) =>
        p > 1 && LeadingVerbLastChars.Contains(view[p - 1]) && LeadingVerbEndsAt(view, p);

    /// <summary>
    /// Whether a name may start at <paramref name="p"/> because a clause-opening verb ends there, the name not opening with a
    /// word of the dictionary (改善|津沙村; not 推动|博爱新村, 打造|多功能部落, 建设|示范村: descriptions after a verb).
    /// </summary>
    private static bool StartsAfterLeadingVerb(ReadOnlySpan<char> view, int p) =>
        FollowsLeadingVerb(view, p) && p + MinNameLength <= view.Length
        && !Segmentation.SegmenterResources.Default.Lexicon.IsWord(view.Slice(p, MinNameLength));

    /// <summary>
    /// Whether the one-character ending of a settlement below the village (屯) is followed by a transliteration's character:
    /// 玉斯屯克阿依库勒村 is one Uyghur name, not a hamlet 玉斯屯.
    /// </summary>
    private static bool TransliterationFollowsSettlement(ReadOnlySpan<char> view, int j, Suffix suffix) =>
        suffix is { Rank: TerminalRank, Level: PlaceLevel.Other, Text.Length: 1 } && j + 1 < view.Length && TransliterationChars.Contains(view[j + 1]);

    /// <summary>The compass points that name a city's district with 区 alone (compass-districts.tsv: 东区, 西区).</summary>
    private static readonly SearchValues<char> CompassPoints = WordLists.Get("compass-districts").ToSearchValues();

    /// <summary>
    /// Whether a one-character name before 区 is a district inside a chain: a compass point right after a city
    /// (嘉义市西区, 攀枝花市东区); nowhere else is a one-character name read.
    /// </summary>
    private static bool IsCompassDistrict(ReadOnlySpan<char> name, Suffix suffix, PlaceMention? prev) =>
        name.Length == 1 && suffix is { Level: PlaceLevel.County, Use: SuffixUse.ChainOnly, Text.Length: 1 }
        && prev is { Level: PlaceLevel.Prefecture or PlaceLevel.County } city && city.Name.EndsWith(CitySuffix) && CompassPoints.Contains(name[0]);

    /// <summary>jieba's tags of common nouns and verbal nouns (蔬菜, 养殖).</summary>
    private const string NounTag = "n";
    private const string VerbalNounTag = "vn";

    /// <summary>Characters after a village's stem that make it part of a road's name (road-name-endings.tsv: 楓林路口); after a person's
    /// descriptor too (青年路小学: PersonRecognizer reads no name there).</summary>
    internal static readonly SearchValues<char> RoadNameEndings = WordLists.Get("road-name-endings").ToSearchValues();

    /// <summary>
    /// Whether a place's suffix of two characters or more opens <paramref name="text"/>, in either script (place-suffixes.tsv: 社区,
    /// 街道): 青年路|社区 is the community on 青年路 (PersonRecognizer reads no person 路社区 there).
    /// </summary>
    internal static bool OpensWithPlaceSuffix(ReadOnlySpan<char> text)
    {
        var head = ScriptConverter.Default.ToSimplified(text[..Math.Min(text.Length, MaxOpeningSuffix)].ToString());
        foreach (var suffix in Suffixes)
        {
            if (suffix.Text.Length > 1 && head.StartsWith(suffix.Text, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The longest suffix <see cref="OpensWithPlaceSuffix"/> reads (特别行政区); read at the call, as Suffixes is set in another part.</summary>
    private static int MaxOpeningSuffix => Suffixes.Max(s => s.Text.Length);

    /// <summary>Whether a road's ending follows the stem ending at <paramref name="end"/> (楓林|路口).</summary>
    private static bool StemNamesRoad(ReadOnlySpan<char> view, int end) => end < view.Length && RoadNameEndings.Contains(view[end]);

    /// <summary>The enumeration comma between listed names.</summary>
    private const char ListComma = Marks.ListComma;

    /// <summary>The longest short name read in a list before a village written with its ending (仁爱、津沙…四维村).</summary>
    private const int MaxShortListName = 3;

    /// <summary>
    /// Villages listed short before one written with its ending (前往仁愛、津沙、珠螺、馬祖、四維村): each listed name of two or
    /// three characters, between enumeration commas and after a verb, locative word or mark, is a village of the same
    /// suffix, when the table has it with that suffix or it is no ordinary word; one name failing leaves the list unread.
    /// Only a village mention right after a comma or a closing conjunction (及, 和, 与, 或) is looked at.
    /// </summary>
    private static void AddShortNamesBeforeVillage(ReadOnlySpan<char> view, ScanState state, TakenSpans taken)
    {
        var mentions = state.Mentions;
        var count = mentions.Count;
        var added = false;
        Span<(int Start, int End)> names = stackalloc (int, int)[MaxCountedListNames];
        for (var m = 0; m < count; m++)
        {
            var last = mentions[m];
            // places8: the village written with its ending may close the list after 及/和/与 (南華及仁安村) as after a comma.
            if (last.Level != PlaceLevel.Village || last.Parent is not null || last.Start < MinNameLength + 1 || !TextClasses.Coordinators.Contains(view[last.Start - 1])
                || MatchSuffix(view, last.End - 1) is not { Level: PlaceLevel.Village, Text.Length: 1 } suffix
                || IsGenericOrVerb(last.Name.AsSpan(0, last.Length - 1), PlaceLevel.Village))
            {
                continue;
            }
            var found = 0;
            var end = last.Start - 1;
            var complete = false;
            while (found < MaxCountedListNames)
            {
                var start = -1;
                for (var length = MinNameLength; length <= MaxShortListName && end - length >= 0; length++)
                {
                    var s = end - length;
                    if (!AllNameChars(view[s..end]))
                    {
                        break;
                    }
                    if (s == 0 || view[s - 1] == ListComma || !TextClasses.IsNameChar(view[s - 1]) || TextClasses.PlaceLead.Contains(view[s - 1])
                        || EndsWithLocative(view, s) || FollowsLeadingVerb(view, s))
                    {
                        start = s;
                        break;
                    }
                }
                if (start < 0 || !(taken.Overlaps(start, end) || ReadsAsListedVillage(view, start, end, suffix.Text) || IsProperListedName(view, start, end)))
                {
                    break;
                }
                names[found++] = (start, end);
                if (start == 0 || view[start - 1] != ListComma)
                {
                    complete = true;
                    break;
                }
                end = start - 1;
            }
            if (!complete || (view[last.Start - 1] != ListComma && found < MinListBeforeCoordinatedVillage))
            {
                continue;
            }
            // An ordinary word that is no common noun or verb (光華, 福興) passes only in a list of four names or more.
            if (found < MinListOfProperWords)
            {
                var allRead = true;
                for (var k = 0; k < found && allRead; k++)
                {
                    var (s, e) = names[k];
                    allRead = taken.Overlaps(s, e) || ReadsAsListedVillage(view, s, e, suffix.Text);
                }
                if (!allRead)
                {
                    continue;
                }
            }
            for (var k = 0; k < found; k++)
            {
                var (start, nameEnd) = names[k];
                if (!taken.Overlaps(start, nameEnd))
                {
                    mentions.Add(new PlaceMention(start, nameEnd, view[start..nameEnd].ToString(), PlaceLevel.Village, null, VillageRank));
                    taken.Take(start, nameEnd);
                    // Named again with the ending and a title (珠螺村長), the village is read by the repeats.
                    state.Learn(string.Concat(view[start..nameEnd], suffix.Text));
                    added = true;
                }
            }
        }
        if (added)
        {
            mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static bool AllNameChars(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!TextClasses.IsNameChar(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A list closed by a coordinator before its last village (太昌、吉安…南華及仁安村) is read with two names before it at least.</summary>
    private const int MinListBeforeCoordinatedVillage = 2;

    /// <summary>
    /// A list of this many short names before the village written with its ending reads an ordinary word that is no common noun,
    /// verb or verbal noun (光華, 福興, 南華: Taiwan's villages, which the table lacks) as a village too.
    /// </summary>
    private const int MinListOfProperWords = 4;

    /// <summary>
    /// Whether a listed short name is an ordinary word jieba tags as a place or other proper name (光華, 南華: ns, nz; not 茶叶,
    /// 蔬菜, 发展): not a person's (nr: 王刚、李强、张军、刘伟和光明村 lists people) or an organisation's name (nt).
    /// </summary>
    private static bool IsProperListedName(ReadOnlySpan<char> view, int start, int end) =>
        Segmentation.SegmenterResources.Default.Lexicon.Tag(view[start..end]) is { Length: > 1 } tag && tag[0] == 'n' && tag != VerbalNounTag && tag[1] is 's' or 'z';

    /// <summary>
    /// Whether a listed short name is a village: the table has it with the suffix (仁爱村), or it is no ordinary word (津沙)
    /// and opens with no common surname (王刚、李强、张军、刘伟和光明村 lists people: such a name is a village only as the table has it).
    /// </summary>
    private static bool ReadsAsListedVillage(ReadOnlySpan<char> view, int start, int end, string suffix)
    {
        Span<char> written = stackalloc char[MaxShortListName + 1];
        var name = view[start..end];
        name.CopyTo(written);
        suffix.AsSpan().CopyTo(written[name.Length..]);
        if (!IsOrdinaryWord(view, start, end - start))
        {
            return !CommonSurnames.Contains(name[0]) || DivisionTable.Default.HasWrittenName(written[..(name.Length + suffix.Length)]);
        }
        // An ordinary word (长安, 复兴) is a village's name when the table has it so, unless it is a common noun or verb (茶叶, 蔬菜).
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        return DivisionTable.Default.HasWrittenName(written[..(name.Length + suffix.Length)])
            && lexicon.Tag(name) is not (NounTag or VerbTag or VerbalNounTag);
    }

    /// <summary>The longest township stem read glued to its village (明伦 of 明伦百祥村).</summary>
    private const int MaxGluedTownshipStem = 3;

    /// <summary>
    /// A township written short and glued to its village with no mark between (到明伦百祥村): a village name the table lacks
    /// whose tail is a village of the table under a township of the head's stem is two places, the township and its
    /// village (明伦镇's 百祥村). Only village mentions of five characters or more that the table lacks are looked at.
    /// </summary>
    private void SplitGluedTownshipVillages(ReadOnlySpan<char> view, ScanState state)
    {
        var mentions = state.Mentions;
        var table = DivisionTable.Default;
        List<int>? units = null;
        var count = mentions.Count;
        for (var m = 0; m < count; m++)
        {
            var village = mentions[m];
            if (village.Level != PlaceLevel.Village || village.Parent is not null || village.Length < 2 * MinNameLength + 1
                || table.HasWrittenName(village.Name))
            {
                continue;
            }
            units ??= UnitScratch.Rent();
            for (var k = MinNameLength; k <= MaxGluedTownshipStem && village.Length - k > MinNameLength; k++)
            {
                var head = village.Name.AsSpan(0, k);
                var tail = village.Name.AsSpan(k);
                if ((!table.HasWrittenName(tail) || !TailUnderTownship(table, units, head, tail)) && !IsTaiwanTownshipStem(head))
                {
                    continue;
                }
                var cut = village.Start + k;
                mentions[m] = new PlaceMention(village.Start, cut, head.ToString(), PlaceLevel.Township, null, TownshipRank);
                mentions.Add(new PlaceMention(cut, village.End, tail.ToString(), PlaceLevel.Village, mentions[m].Name, VillageRank));
                break;
            }
        }
        if (units is not null)
        {
            UnitScratch.Return(units);
            if (mentions.Count > count)
            {
                mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            }
        }
    }

    /// <summary>Whether a village of the table written <paramref name="tail"/> lies under a township whose stem is <paramref name="head"/>.</summary>
    private static bool TailUnderTownship(DivisionTable table, List<int> units, ReadOnlySpan<char> head, ReadOnlySpan<char> tail)
    {
        units.Clear();
        table.FindUnits(tail, units, renames: false);
        foreach (var u in units)
        {
            if (table.LevelOf(u) == PlaceLevel.Village && table.IsWrittenName(u, tail) && table.ParentOf(u) is var t and >= 0
                && table.LevelOf(t) == PlaceLevel.Township && table.Stem(t).SequenceEqual(head))
            {
                return true;
            }
        }
        return false;
    }
}
