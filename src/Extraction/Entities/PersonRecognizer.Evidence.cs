using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// Names a report marks by what surrounds them rather than by a role (people14, issue 16): a transliterated name
/// no role introduces but the page repeats (去阿依加玛丽家…阿依加玛丽穿着), a speaker whose words a colon and a quote
/// open (拾棉花的丛宜芳:“丫头…”), a credited name whose surname the list lacks among other credited names
/// (通讯员旷叶英 王萍 杨建军), and the Han name joined by 和 to a dotted name, which is not the dotted name's start
/// (王明银和买买提·阿皮孜).
/// </summary>
internal static partial class PersonRecognizer
{
    /// <summary>The fewest characters of a transliterated run taken for a name on its repetition alone.</summary>
    private const int MinRepeatedTransliteration = 4;

    /// <summary>The most characters of such a run (依尼甫汗·吐尔地's parts are shorter; a longer run is a phrase).</summary>
    private const int MaxRepeatedTransliteration = 7;

    /// <summary>The longest word of the dictionary looked for across a run's edges (塔克拉玛干 across 塔克拉玛's end).</summary>
    private const int MaxEdgeWord = 6;

    /// <summary>
    /// Finds transliterated names that no role, dot or verb marks but the page repeats: a run of four to seven
    /// transliteration characters (transliteration-chars.tsv, name-tail-chars.tsv), the same run at least twice, free of
    /// places and organisations, and followed at least once by a listed follower of a name (a verb of speaking, a follower such
    /// as 家; not the particle 的, which follows a place as often: 迁移到坦尚尼亚的). A run is no name where it is a word of the dictionary that is no person's (巴勒斯坦, 柯尔克孜), holds or
    /// touches a word that is no name (努力提高, 太太比迪; 塔克拉玛干 across the run's end), or where 和 joins it (和 is
    /// a transliteration character, and a conjunction).
    /// </summary>
    private static void FindRepeatedTransliterations(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        List<(int Start, int End)>? runs = null;
        for (var p = 0; p < view.Length; p++)
        {
            // Straight to the next transliteration character: a run opens with one.
            var skip = view[p..].IndexOfAny(PlaceRecognizer.TransliterationChars);
            if (skip < 0)
            {
                break;
            }
            p += skip;
            var end = p;
            // One bit a character (the transliteration and name-tail characters are common: 明, 和, 力, 克): most runs end after one or two.
            while (end < view.Length && end - p <= MaxRepeatedTransliteration && RunChars.Contains(view[end]) && !IsRunJoiner(view[end]))
            {
                end++;
            }
            if (end - p >= MinRepeatedTransliteration && end - p <= MaxRepeatedTransliteration
                && (p == 0 || !RunChars.Contains(view[p - 1]) || IsRunJoiner(view[p - 1]))
                && !taken.Overlaps(p, end) && !(end < view.Length && IsHan(view[end]) && IsDotOrPlaceEdge(view, end)))
            {
                (runs ??= []).Add((p, end));
            }
            p = end;
        }
        if (runs is null || runs.Count < 2)
        {
            return;
        }
        for (var i = 0; i < runs.Count; i++)
        {
            var (start, end) = runs[i];
            var run = view[start..end];
            var count = 0;
            var followed = false;
            foreach (var (s, e) in runs)
            {
                if (view[s..e].SequenceEqual(run))
                {
                    count++;
                    followed |= e < view.Length && ListedFollowerAt(view, e);
                }
            }
            if (count < 2 || !followed || !TransliterationRunIsName(view, start, end))
            {
                continue;
            }
            var name = run.ToString();
            foreach (var (s, e) in runs)
            {
                if (view[s..e].SequenceEqual(run))
                {
                    AddIfFree(found, taken, new PersonMention(s, e, name, RoleBefore(view, s)));
                }
            }
        }
    }

    /// <summary>The characters of a repeated transliterated run: transliteration-chars.tsv and name-tail-chars.tsv, one bit each.</summary>
    private static readonly CharSet RunChars = new(
        WordLists.Get("transliteration-chars").Chars() + WordLists.Get("name-tail-chars").Chars());

    /// <summary>和 (跟, 同, 与): a transliteration character (和田, 和静) and the conjunction that joins two names; a repeated run never holds one.</summary>
    private static bool IsRunJoiner(char c) => ListJoiners.Contains(c, StringComparison.Ordinal);

    /// <summary>Whether a dot or an administrative place suffix follows the run (古尔温吐勒尕村: the run is a place's name).</summary>
    private static bool IsDotOrPlaceEdge(ReadOnlySpan<char> view, int end) =>
        Dots.Contains(view[end]) || AdministrativeSuffixChars.Contains(view[end]);

    /// <summary>
    /// Whether the run <paramref name="start"/>..<paramref name="end"/> can be a name by the dictionary: it is no word
    /// but a person's, no two of its characters are a word that is no name (tags other than nr, ns, nz: 努力, 提高, 太太 n),
    /// it holds no place word of three characters and more (莫斯科多), and no word that is no person's runs across
    /// either edge (塔克拉玛干, 布宜诺斯艾利斯).
    /// </summary>
    private static bool TransliterationRunIsName(ReadOnlySpan<char> view, int start, int end)
    {
        var lexicon = WorkTeam.Extraction.Segmentation.SegmenterResources.Default.Lexicon;
        var run = view[start..end];
        if (lexicon.IsWord(run) && !lexicon.Tag(run).StartsWith("nr", StringComparison.Ordinal))
        {
            return false;
        }
        for (var k = start; k + 2 <= end; k++)
        {
            if (lexicon.IsWord(view[k..(k + 2)]) && !IsNameTag(lexicon.Tag(view[k..(k + 2)])))
            {
                return false;
            }
            for (var e = k + 3; e <= end; e++)
            {
                if (lexicon.IsWord(view[k..e]) && lexicon.Tag(view[k..e]).StartsWith("ns", StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }
        // A word that runs across the start (布宜诺斯艾利斯 over 诺斯艾利斯) or the end (塔克拉玛干 over 塔克拉玛).
        for (var s = Math.Max(0, start - MaxEdgeWord + 1); s < start; s++)
        {
            for (var e = start + 1; e <= end && e - s <= MaxEdgeWord; e++)
            {
                if (IsCommonWord(view[s..e]))
                {
                    return false;
                }
            }
        }
        for (var s = start; s < end; s++)
        {
            for (var e = end + 1; e <= view.Length && e - s <= MaxEdgeWord; e++)
            {
                if (IsCommonWord(view[s..e]))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>jieba's tags of names: a person's (nr, nrt, nrfg), a place's (ns) or another proper name's (nz).</summary>
    private static bool IsNameTag(string tag) =>
        tag.StartsWith("nr", StringComparison.Ordinal) || tag.StartsWith("ns", StringComparison.Ordinal) || tag.StartsWith("nz", StringComparison.Ordinal);

    /// <summary>
    /// Finds speakers whose words a colon and an opening quote bring (拾棉花的丛宜芳:“丫头…”): a surname and two
    /// given-name characters, the last no village name's ending, no word of the dictionary, right before the colon, opening a clause or after the particle
    /// 的 of a description (the role-led speakers, 乡长海拉提:“, are read with their roles).
    /// </summary>
    private static void FindQuotedSpeakers(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        for (var c = 3; c + 1 < view.Length; c++)
        {
            var skip = view[c..^1].IndexOfAny(Marks.Colons);
            if (skip < 0)
            {
                break;
            }
            c += skip;
            if (!Marks.OpenDoubleQuotes.Contains(view[c + 1], StringComparison.Ordinal))
            {
                continue;
            }
            // Three characters only: two before a colon are as often a noun whose first character is a surname
            // (的金句:“, 的万言:“), and a third that ends a village's name (的汪家沟:“) makes a place.
            var p = c - 3;
            if (p < 0 || !Surnames.Contains(view[p]) || !IsGivenNameChar(view[p + 1]) || !IsGivenNameChar(view[p + 2])
                || PlaceSuffixChars.VillageNameEndings.Contains(view[c - 1]) || AdministrativeSuffixChars.Contains(view[c - 1]))
            {
                continue;
            }
            if (!(p == 0 || !IsHan(view[p - 1]) || view[p - 1] == Particle) || IsWord(view[p..c]) || IsCommonWord(view[p..(p + 2)])
                || IsCommonWord(view[(p + 1)..c]) || RoleEndingAt(view, c) is not null || IsNotName(view[p..c]))
            {
                continue;
            }
            AddIfFree(found, taken, new PersonMention(p, c, view[p..c].ToString(), null));
        }
    }

    /// <summary>
    /// Whether a Han name joined by a conjunction ends right before <paramref name="at"/> (王明银和 before 买买提·阿皮孜):
    /// the conjunction, and before it a surname with one or two given-name characters that opens a clause, not all of
    /// them transliteration characters. The dotted name's first part starts after the conjunction.
    /// </summary>
    private static bool JoinedHanNameBefore(ReadOnlySpan<char> view, int at)
    {
        var j = at - 1;
        if (j < 2 || !ListJoiners.Contains(view[j], StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var length in (ReadOnlySpan<int>)[3, 2])
        {
            var p = j - length;
            if (p < 0 || !Surnames.Contains(view[p]) || (p > 0 && IsHan(view[p - 1]) && RoleEndingAt(view, p) is null && DescriptorEndingAt(view, p) is null))
            {
                continue;
            }
            var allTransliteration = true;
            var given = true;
            for (var k = p; k < j; k++)
            {
                allTransliteration &= PlaceRecognizer.TransliterationChars.Contains(view[k]);
                given &= k == p || IsGivenNameChar(view[k]);
            }
            if (given && !allTransliteration && !IsCommonWord(view[p..j]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the run <paramref name="p"/>..<paramref name="end"/> after a credit label is a name though its first
    /// character is no surname of surnames.tsv (通讯员旷叶英 王萍): two or three given-name characters, no word of the
    /// dictionary but a name's nor two of them one, and the credit goes on after a blank with a surname, or closes with a bracket.
    /// </summary>
    private static bool UnlistedSurnameCreditAt(ReadOnlySpan<char> view, int p, int end)
    {
        if (end - p is < 2 or > 3 || end >= view.Length || IsCommonWord(view[p..end]) || IsCommonWord(view[p..(p + 2)]) || IsCommonWord(view[(end - 2)..end]))
        {
            return false;
        }
        for (var k = p; k < end; k++)
        {
            if (!TextClasses.IsNameChar(view[k]))
            {
                return false;
            }
        }
        if (Marks.CloseBrackets.Contains(view[end], StringComparison.Ordinal))
        {
            return true;
        }
        var q = end;
        while (q < view.Length && IsBlank(view[q]))
        {
            q++;
        }
        return q > end && q < view.Length && Surnames.Contains(view[q]);
    }

    /// <summary>
    /// Whether a further character of Uyghur and Kazakh names (name-tail-chars.tsv: 旦 of 孜亚旦木) goes on a transliterated
    /// name read after a role at <paramref name="end"/>: two characters are read and a transliteration character follows it,
    /// not 和 (托波耶夫和: the conjunction, not the name's next syllable).
    /// </summary>
    private static bool TailCharInsideRun(ReadOnlySpan<char> view, int p, int end) =>
        end - p >= 2 && end + 1 < view.Length && NameTailChars.Contains(view[end]) && PlaceRecognizer.TransliterationChars.Contains(view[end + 1])
        && !IsRunJoiner(view[end + 1]);

    /// <summary>Whether <paramref name="at"/> holds a conjunction (和, 与) that follows a Han character of no transliteration (众 of 群众和).</summary>
    private static bool JoinerAfterWordAt(ReadOnlySpan<char> view, int at) =>
        at >= 1 && ListJoiners.Contains(view[at], StringComparison.Ordinal) && IsHan(view[at - 1])
        && !PlaceRecognizer.TransliterationChars.Contains(view[at - 1]) && !NameTailChars.Contains(view[at - 1]);

    /// <summary>
    /// Whether a follower that marks a person (name-followers.tsv, person yes) or a speaker verb (家, 说, 笑着) begins at <paramref name="at"/> and no longer
    /// word of the dictionary does (家家户户, 说唱): a mere character of no name after the run (麦西热甫上, 纳吾肉孜那天)
    /// follows a festival's or a craft's name as well as a person's, as do the followers that mark no person (很, 已经).
    /// </summary>
    private static bool ListedFollowerAt(ReadOnlySpan<char> view, int at)
    {
        if (!IsHan(view[at]) || !FollowFirstChars.Contains(view[at]))
        {
            return false;
        }
        var rest = view[at..];
        foreach (var word in PersonFollowWords)
        {
            if (!rest.StartsWith(word, StringComparison.Ordinal))
            {
                continue;
            }
            for (var e = at + word.Length + 1; e <= view.Length && e - at <= 4; e++)
            {
                if (IsCommonWord(view[at..e]))
                {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /// <summary>The followers that mark a person (name-followers.tsv, person yes) and the speaker verbs (speaker-verbs.tsv).</summary>
    private static readonly string[] PersonFollowWords =
        [.. WordLists.Get("name-followers").Where("person", "yes").Select(r => r[0]), .. WordLists.Get("speaker-verbs").Values()];
}
