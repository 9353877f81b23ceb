using System.Collections.Frozen;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

internal static partial class OrganizationRecognizer
{
    /// <summary>Words holding a function character that stand inside a body's name (投资促进局, 中国进出口银行): org-name-inserts.tsv, use inner.</summary>
    private static readonly string[] InnerWords = [.. WordLists.Get("org-name-inserts").Where("use", "inner").Select(r => r[0])];

    /// <summary>Words written in brackets inside a company's name (贵州产业投资(集团)有限责任公司): org-name-inserts.tsv, use bracketed.</summary>
    private static readonly string[] BracketedWords = [.. WordLists.Get("org-name-inserts").Where("use", "bracketed").Select(r => r[0])];

    /// <summary>The fewest characters of a name before an inner or bracketed word (贵州产业投资 of 贵州产业投资(集团)…).</summary>
    private const int MinBeforeInsert = 2;

    /// <summary>
    /// Where the run of a name that stopped at <paramref name="b"/> goes on: before an inner word that holds the
    /// function character it stopped at (促进 of 经济和科技促进局), or before a bracketed word with a name before it
    /// ((集团) of 贵州产业投资(集团)有限责任公司); <paramref name="b"/> when neither stands there.
    /// </summary>
    private static int StepOverInsert(ReadOnlySpan<char> view, List<PlaceMention> places, int b, int suffixStart)
    {
        if (b == 0)
        {
            return b;
        }
        var c = view[b - 1];
        var close = Marks.CloseBrackets.IndexOf(c);
        if (close >= 0)
        {
            foreach (var word in BracketedWords)
            {
                var open = b - 2 - word.Length;
                if (open > 0 && view[open] == Marks.OpenBrackets[close] && view.Slice(open + 1, word.Length).SequenceEqual(word)
                    && IsOrgChar(view[open - 1]) && suffixStart - open + MinBeforeInsert <= MaxName)
                {
                    return open;
                }
            }
            return b;
        }
        foreach (var word in InnerWords)
        {
            for (var i = word.IndexOf(c); i >= 0; i = word.IndexOf(c, i + 1))
            {
                var start = b - 1 - i;
                // Only inside the name: 促进书店更快发展 after a comma opens with the verb, 要促进书店 and 加快进出口银行
                // hold a verb before it.
                if (start > 0 && start + word.Length <= suffixStart && view.Slice(start, word.Length).SequenceEqual(word)
                    && suffixStart - start + MinBeforeInsert <= MaxName && NamedBefore(view, places, start))
                {
                    return start;
                }
            }
        }
        return b;
    }

    /// <summary>
    /// Whether the run of name characters before <paramref name="at"/> names a body: a place stands in it (番禺区投资
    /// of 番禺区投资促进局, 中国 of 中国进出口银行, 禅城区经济和科技 of 禅城区经济和科技促进局) or an administrative head
    /// opens it after any leading words (org-leading-words.tsv); a verb's run names none (要 of 要促进书店, 加快 of 加快进出口银行).
    /// </summary>
    private static bool NamedBefore(ReadOnlySpan<char> view, List<PlaceMention> places, int at)
    {
        var r = at;
        while (r > 0 && at - r < MaxName && IsOrgChar(view[r - 1]))
        {
            r--;
        }
        if (at - r < MinBeforeInsert)
        {
            return false;
        }
        r = SkipLeadingWords(view, places, r, at);
        if (StartsWithHead(view[r..at]))
        {
            return true;
        }
        // 万全区投资促进局: a place whose function character stopped the run opens the name too.
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, r - MaxName); k < places.Count && places[k].Start < at; k++)
        {
            if (!places[k].IsAnaphor && places[k].End > r && places[k].End <= at)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether an inner word (org-name-inserts.tsv) runs across <paramref name="p"/> (同乡 of 宜兴同乡联谊会 across the name's start after 同).</summary>
    private static bool InnerWordAcross(ReadOnlySpan<char> view, int p)
    {
        foreach (var word in InnerWords)
        {
            for (var i = 1; i < word.Length; i++)
            {
                if (p - i >= 0 && p - i + word.Length <= view.Length && view.Slice(p - i, word.Length).SequenceEqual(word))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A known body's short name, a body only after its full name in the same text: known-body-short-names.tsv.</summary>
    private static readonly FrozenDictionary<string, string> KnownShortNames =
        WordLists.Get("known-body-short-names").Rows.ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    /// <summary>
    /// 香港公益金 … 公益金表示: a known body named in full is named again by its short name; each occurrence of the
    /// short name after the first full mention that stands as a word is the body (those inside the full name are
    /// dropped with the inner mentions).
    /// </summary>
    private static void AddKnownShortNames(ReadOnlySpan<char> view, List<OrgMention> found)
    {
        List<(string Short, int After)>? shorts = null;
        foreach (var org in found)
        {
            if (KnownShortNames.TryGetValue(org.Name, out var s))
            {
                var i = shorts?.FindIndex(x => x.Short == s) ?? -1;
                if (i < 0)
                {
                    (shorts ??= []).Add((s, org.End));
                }
                else if (org.End < shorts![i].After)
                {
                    shorts[i] = (s, org.End);
                }
            }
        }
        if (shorts is null)
        {
            return;
        }
        foreach (var (s, after) in shorts)
        {
            for (var at = view[after..].IndexOf(s, StringComparison.Ordinal) is var first and >= 0 ? after + first : -1; at >= 0;)
            {
                if (StandsAsWord(view, at, at + s.Length))
                {
                    found.Add(new OrgMention(at, at + s.Length, s));
                }
                var next = view[(at + s.Length)..].IndexOf(s, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + s.Length + next;
            }
        }
    }

    /// <summary>
    /// Whether the short name at <paramref name="start"/>..<paramref name="end"/> is a word of its own: no noun of
    /// jieba's dictionary is glued before it (彩票公益金, a fund), and no word runs across either edge unless a word
    /// follows it (人马会场: 人马, 会场; 公益金表示 stays).
    /// </summary>
    private static bool StandsAsWord(ReadOnlySpan<char> view, int start, int end)
    {
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        if (start > 0 && IsOrgChar(view[start - 1]) && !TextClasses.Function.Contains(view[start - 1]))
        {
            if (start >= 2 && lexicon.IsWord(view[(start - 2)..start]) && lexicon.Tag(view[(start - 2)..start]) is ['n', ..])
            {
                return false;
            }
            if (lexicon.IsWord(view[(start - 1)..(start + 1)]) && !(start >= 2 && lexicon.IsWord(view[(start - 2)..start])))
            {
                return false;
            }
        }
        return end == view.Length || !IsOrgChar(view[end]) || TextClasses.Function.Contains(view[end])
            || !lexicon.IsWord(view[(end - 1)..(end + 1)]) || (end + 2 <= view.Length && lexicon.IsWord(view[end..(end + 2)]));
    }
}
