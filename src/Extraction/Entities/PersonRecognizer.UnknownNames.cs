using System.Buffers;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// Names no cue marks (见到陈学林的时候, 郭茂良发监, 占红这个第一书记): a surname and one or two given-name characters
/// that the dictionary leaves unknown — no word of the dictionary covers any two of them, none runs across either
/// edge — standing where a word can end before them and begin after them. Such a run is the segmenter's unknown
/// word; alone it is as often a stray character pair as a name, so it is kept only on the evidence a report gives
/// of a person: the same run again elsewhere in the document (a person is named again and again; a stray pair is
/// not repeated with the same edges).
/// </summary>
internal static partial class PersonRecognizer
{
    /// <summary>The fewest times an unknown surname-led run must stand, with word edges, for it to be a name.</summary>
    private const int UnknownNameRepeats = 2;

    /// <summary>Characters that mask a name (李某, 滕某新): masked-name-chars.tsv. A masked name is no person's.</summary>
    private static readonly SearchValues<char> MaskChars = WordLists.Get("masked-name-chars").ToSearchValues();

    /// <summary>Finds names that stand as unknown surname-led runs at least <see cref="UnknownNameRepeats"/> times.</summary>
    private static void FindUnknownRunNames(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        // Two runs of one text open with one pair of characters: where no such pair stands twice (most lines), no run can,
        // and the dictionary probes of the reading below are not made.
        if (UnknownNameRepeats >= 2 && !SurnamePairRepeats(view, taken))
        {
            return;
        }
        List<(int Start, int End, bool Strict)>? runs = null;
        for (var p = 0; p + 1 < view.Length; p++)
        {
            // Straight to the next common surname (surnames.tsv, common yes): most characters are none, and a rarer
            // surname's character more often opens a word than a name no cue marks.
            if (!CommonSurnames.Contains(view[p]))
            {
                continue;
            }
            // Cheapest tests first: a place or organisation holds most surnames that matter, a word most others (高兴, 紧张).
            if (!IsGivenNameChar(view[p + 1]) || taken.Overlaps(p, p + 2) || (p > 0 && IsHan(view[p - 1]) && IsWord(view[(p - 1)..(p + 1)]))
                || IsWord(view[p..(p + 2)]) && IsCommonWord(view[p..(p + 2)]))
            {
                continue;
            }
            var end = UnknownNameEnd(view, p, out var strict);
            if (end == 0 || taken.Overlaps(p, end))
            {
                continue;
            }
            (runs ??= []).Add((p, end, strict));
            p = end - 1;
        }
        if (runs is null || runs.Count < UnknownNameRepeats)
        {
            return;
        }
        LengthenToKnownRuns(view, runs);
        // Each run's tally by its text, once: a long page has thousands of runs.
        var tally = new Dictionary<string, (int Count, int Strict)>(runs.Count, StringComparer.Ordinal);
        var lookup = tally.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (s, e, st) in runs)
        {
            lookup.TryGetValue(view[s..e], out var t);
            lookup[view[s..e]] = (t.Count + 1, t.Strict + (st ? 1 : 0));
        }
        List<string>? names = null;
        foreach (var (start, end, _) in runs)
        {
            var (count, strictCount) = lookup[view[start..end]];
            if ((count >= UnknownNameRepeats + 1 || (count >= UnknownNameRepeats && strictCount > 0)) && !taken.Overlaps(start, end))
            {
                var surface = view[start..end].ToString();
                AddIfFree(found, taken, new PersonMention(start, end, surface, null));
                if (!(names ??= []).Contains(surface))
                {
                    names.Add(surface);
                }
            }
        }
        if (names is not null)
        {
            // 郭茂良发监: once known, the name is found where its edges are no word's (发监 is none).
            FindFewRepeats(view, taken, found, names);
        }
    }

    /// <summary>The most pairs <see cref="SurnamePairRepeats"/> compares; a text with more is read in full.</summary>
    private const int MaxComparedPairs = 64;

    /// <summary>
    /// Whether a pair that may open an unknown run (a common surname, a given-name character, neither taken) stands at two
    /// places of <paramref name="view"/>: the cheap tests of <see cref="FindUnknownRunNames"/>'s scan, no dictionary probe.
    /// True as well when there are more than <see cref="MaxComparedPairs"/> such pairs.
    /// </summary>
    private static bool SurnamePairRepeats(ReadOnlySpan<char> view, TakenSpans taken)
    {
        Span<int> pairs = stackalloc int[MaxComparedPairs];
        var count = 0;
        var surnames = CommonSurnameSet;
        for (var p = 0; p + 1 < view.Length; p++)
        {
            // One bit read a character: a vectorised search for so many characters cost more on a line.
            if (!surnames.Contains(view[p]) || !IsGivenNameChar(view[p + 1]) || taken.Overlaps(p, p + 2))
            {
                continue;
            }
            var pair = view[p] << 16 | view[p + 1];
            if (count == pairs.Length || pairs[..count].Contains(pair))
            {
                return true;
            }
            pairs[count++] = pair;
        }
        return false;
    }

    /// <summary>
    /// A two-character run the page also gives as a three-character run with the same next character (贺知如新盖 read
    /// 贺知, since 如新 may open a word; 贺知如等 read whole): the longer name, where the shorter one runs on into it.
    /// </summary>
    private static void LengthenToKnownRuns(ReadOnlySpan<char> view, List<(int Start, int End, bool Strict)> runs)
    {
        HashSet<string>? longer = null;
        foreach (var (s, e, _) in runs)
        {
            if (e - s == 3)
            {
                (longer ??= new HashSet<string>(StringComparer.Ordinal)).Add(view[s..e].ToString());
            }
        }
        if (longer is null)
        {
            return;
        }
        var lookup = longer.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < runs.Count; k++)
        {
            var (s, e, strict) = runs[k];
            if (e - s == 2 && e < view.Length && lookup.Contains(view[s..(e + 1)]))
            {
                runs[k] = (s, e + 1, strict);
            }
        }
    }

    /// <summary>
    /// The end of an unknown name of three, else two, characters opening with the surname at <paramref name="p"/>,
    /// or 0: a word edge before it, given-name characters, no word of the dictionary inside it or across its edges,
    /// a word edge after it, not a masked name, a familiar address or a surname and a role.
    /// </summary>
    private static int UnknownNameEnd(ReadOnlySpan<char> view, int p, out bool strict)
    {
        strict = false;
        if (!IsGivenNameChar(view[p + 1]) || IsCommonWord(view[p..(p + 2)]) || !WordEdgeBefore(view, p))
        {
            return 0;
        }
        foreach (var length in (ReadOnlySpan<int>)[3, 2])
        {
            var end = p + length;
            if (end > view.Length)
            {
                continue;
            }
            // 陈学林 (学林 is a word), but not 姬松茸: a given name that is a word follows only a common surname; and a two-character
            // name (华声 of 华声在线) only a common surname.
            var common = CommonSurnames.Contains(view[p]);
            if (length == 2 && !common)
            {
                continue;
            }
            if (length == 3 && (!LastGivenNameCharAt(view, p + 2) || IsCommonWord(view[p..end]) || (!common && IsWord(view[(p + 1)..end]))
                || (end < view.Length && IsCommonWord(view[(p + 2)..(end + 1)]))))
            {
                continue;
            }
            if (IsNotName(view[p..end]))
            {
                // 白富美 is no name, nor is 白富 inside it.
                return 0;
            }
            if (!WordEdgeAfter(view, end) || RoleStartingAt(view, p + 1) || IsQuoted(view, p, end))
            {
                continue;
            }
            strict = WordBeginsAt(view, end);
            return end;
        }
        return 0;
    }

    /// <summary>
    /// Whether a word may end right before <paramref name="p"/>: no word of the dictionary runs across (二十二连职工王虎年:
    /// 工王 is none), and the character before is no numeral (20.6万人) nor an opening quote of a coinage (“白富美”).
    /// </summary>
    private static bool WordEdgeBefore(ReadOnlySpan<char> view, int p)
    {
        if (p == 0)
        {
            return true;
        }
        var before = view[p - 1];
        if (char.IsAsciiDigit(before) || TextClasses.ChineseDigits.Contains(before) || before == '.')
        {
            return false;
        }
        if (!IsHan(before))
        {
            return true;
        }
        return !IsWord(view[(p - 1)..(p + 1)]) && !(p >= 2 && IsHan(view[p - 2]) && IsWord(view[(p - 2)..(p + 1)]))
            && !(p + 2 <= view.Length && IsWord(view[(p - 1)..(p + 2)]));
    }

    /// <summary>Whether a word may begin at <paramref name="end"/>: no word of the dictionary runs across (王虎年告诉: 虎年 is one).</summary>
    private static bool WordEdgeAfter(ReadOnlySpan<char> view, int end)
    {
        if (end >= view.Length || !IsHan(view[end]))
        {
            return true;
        }
        return !IsWord(view[(end - 1)..(end + 1)]) && !(end + 2 <= view.Length && IsWord(view[(end - 1)..(end + 2)]))
            && !(end >= 2 && IsWord(view[(end - 2)..(end + 1)]));
    }

    /// <summary>
    /// Whether something other than more of an unknown run begins at <paramref name="end"/>: the text's end, no Han
    /// character, a function character, a follower, or a word of the dictionary (艾德莱斯 goes on past 艾德莱: no name).
    /// </summary>
    private static bool WordBeginsAt(ReadOnlySpan<char> view, int end)
    {
        if (end >= view.Length || !IsHan(view[end]) || TextClasses.IsFunction(view[end]) || FollowWordAt(view, end))
        {
            return true;
        }
        for (var length = 2; length <= 4 && end + length <= view.Length; length++)
        {
            if (IsWord(view[end..(end + length)]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether quotation marks hold exactly the run (村民常说的“安架房”): a coinage quoted, not a person named.</summary>
    private static bool IsQuoted(ReadOnlySpan<char> view, int start, int end) =>
        start > 0 && end < view.Length && CoinageOpenQuotes.Contains(view[start - 1], StringComparison.Ordinal)
        && CoinageCloseQuotes.Contains(view[end], StringComparison.Ordinal);

    /// <summary>Opening quotes: double, corner (\u300c) and single.</summary>
    private const string CoinageOpenQuotes = Marks.OpenDoubleQuotes + "\u300c\u2018";

    /// <summary>Closing quotes, as <see cref="CoinageOpenQuotes"/>.</summary>
    private const string CoinageCloseQuotes = Marks.CloseDoubleQuotes + "\u300d\u2019";

    /// <summary>
    /// A name found once (理事长蔡西湖) is found again where a bare place lies inside it (蔡西湖表示: 西湖): the places a
    /// role would give way to give way to the known name too, as <see cref="TryDisplacePlaces"/> decides.
    /// </summary>
    private static void FindRepeatsOverPlaces(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found, List<PlaceMention> places,
        HashSet<int> displaced, List<string> names)
    {
        if (places.Count == 0)
        {
            return;
        }
        foreach (var name in names)
        {
            if (name.Length < 3 || !Surnames.Contains(name[0]) || !HoldsPlace(view, places, name))
            {
                continue;
            }
            for (var at = 0; view[at..].IndexOf(name, StringComparison.Ordinal) is var k && k >= 0;)
            {
                var start = at + k;
                var end = start + name.Length;
                at = end;
                if (taken.Overlaps(start, end, TakenSpans.Other) || !taken.Overlaps(start, end, TakenSpans.Place)
                    || !TryDisplacePlaces(view, places, start, end, displaced))
                {
                    continue;
                }
                taken.Take(start, end);
                found.Add(new PersonMention(start, end, name, null));
            }
        }
    }

    /// <summary>Whether some place found in the text is written inside <paramref name="name"/> (西湖 of 蔡西湖).</summary>
    private static bool HoldsPlace(ReadOnlySpan<char> view, List<PlaceMention> places, string name)
    {
        foreach (var place in places)
        {
            if (place.End - place.Start < name.Length && name.AsSpan().Contains(view[place.Start..place.End], StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
