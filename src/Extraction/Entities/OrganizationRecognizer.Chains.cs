using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

internal static partial class OrganizationRecognizer
{
    /// <summary>
    /// Whether the suffix at <paramref name="suffixStart"/> opens with a character that makes a word of jieba's dictionary
    /// with the one before it (中国 of 中国小康, 全国 of 全国小麦), that one not ending a word of its own (博爱 of 博爱国小):
    /// the suffix's first character then belongs to the word before, and the suffix closes no body; nor where that one ends a
    /// word too but the suffix's last character runs into a word after it (其中国小麦: 其中, 中国, 小麦; 博爱国小学生 stays).
    /// </summary>
    private static bool GluedToWordBefore(ReadOnlySpan<char> view, int suffixStart, int end)
    {
        if (suffixStart == 0 || suffixStart + 1 > view.Length || !IsOrgChar(view[suffixStart - 1]))
        {
            return false;
        }
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        if (!lexicon.IsWord(view[(suffixStart - 1)..(suffixStart + 1)]))
        {
            return false;
        }
        if (!(suffixStart >= 2 && IsOrgChar(view[suffixStart - 2]) && lexicon.IsWord(view[(suffixStart - 2)..suffixStart])))
        {
            return true;
        }
        return end + 1 <= view.Length && IsOrgChar(view[end]) && lexicon.IsWord(view[(end - 1)..(end + 1)])
            && !(end + 2 <= view.Length && lexicon.IsWord(view[end..(end + 2)]));
    }

    /// <summary>Bodies named by a short name that also ends or opens common words (台电): known-word-bodies.tsv.</summary>
    private static readonly string[] WordBodies = [.. WordLists.Get("known-word-bodies").Values()];

    /// <summary>The first characters of <see cref="WordBodies"/>.</summary>
    private static readonly System.Buffers.SearchValues<char> WordBodyFirstChars = System.Buffers.SearchValues.Create(string.Concat(WordBodies.Select(b => b[0]).Distinct()));

    /// <summary>
    /// 台电长期投入公益, 邀请台电同仁: a body of <see cref="WordBodies"/> where its name stands as a word of its own
    /// (<see cref="StandsAsWord"/>: not the 台电 of 平台电商 or 电视台电话); a longer name found around it (台电公司,
    /// 台电彰化区营业处) keeps its own span.
    /// </summary>
    private static void AddWordBodies(ReadOnlySpan<char> view, List<OrgMention> found)
    {
        // Most lines hold no body's first character: one search for all of them, where a search per body walked the line again.
        if (!view.ContainsAny(WordBodyFirstChars))
        {
            return;
        }
        foreach (var body in WordBodies)
        {
            for (var at = view.IndexOf(body, StringComparison.Ordinal); at >= 0; at = NextIndexOf(view, body, at + body.Length))
            {
                // 2台电饭煲, 两台电视: a count's numeral before it makes the name's first character a classifier.
                if (!(at > 0 && IsDigit(view[at - 1])) && StandsAsWord(view, at, at + body.Length))
                {
                    found.Add(new OrgMention(at, at + body.Length, body));
                }
            }
        }
    }

    /// <summary>The mark of an ordinal before a body's numbered unit (第): org-boundaries.tsv, use ordinal.</summary>
    private static readonly string[] OrdinalMarks = [.. WordLists.Get("org-boundaries").Where("use", "ordinal").Select(r => r[0])];

    /// <summary>The units a body numbers after it (分会, 党支部), longest first: org-boundaries.tsv, use ordinal-unit.</summary>
    private static readonly string[] OrdinalUnits =
        [.. WordLists.Get("org-boundaries").Where("use", "ordinal-unit").Select(r => r[0]).OrderByDescending(w => w.Length)];

    /// <summary>The most numeral characters read in a unit's number (第十四, 第125).</summary>
    private const int MaxOrdinalDigits = 4;

    /// <summary>
    /// 台湾电力工会第十四分会: a body found, the mark of an ordinal, a numeral and one of <see cref="OrdinalUnits"/> right
    /// after it name the body's numbered unit, one organisation with the body.
    /// </summary>
    private static void AddOrdinalUnits(ReadOnlySpan<char> view, List<OrgMention> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var org = found[i];
            foreach (var mark in OrdinalMarks)
            {
                if (!view[org.End..].StartsWith(mark, StringComparison.Ordinal))
                {
                    continue;
                }
                var from = org.End + mark.Length;
                var n = from;
                while (n < view.Length && n - from < MaxOrdinalDigits && IsDigit(view[n]))
                {
                    n++;
                }
                if (n == from)
                {
                    break;
                }
                foreach (var unit in OrdinalUnits)
                {
                    if (view[n..].StartsWith(unit, StringComparison.Ordinal))
                    {
                        var end = n + unit.Length;
                        found[i] = new OrgMention(org.Start, end, view[org.Start..end].ToString());
                        break;
                    }
                }
                break;
            }
        }
    }

    /// <summary>
    /// 十堰网7月2日讯: where a masthead ends right before the day written between it and its dateline's mark at
    /// <paramref name="markAt"/> (its last character's index), else -1.
    /// </summary>
    private static int MastheadBeforeDay(ReadOnlySpan<char> view, int markAt)
    {
        var dayStart = DayBefore(view, markAt);
        return dayStart < markAt && dayStart > 0 && MastheadEndings.Contains(view[dayStart - 1]) ? dayStart - 1 : -1;
    }

    /// <summary>Words joining two bodies into one chain, the second run by the first (附设): org-boundaries.tsv, use attached.</summary>
    private static readonly string[] AttachingWords = [.. WordLists.Get("org-boundaries").Where("use", "attached").Select(r => r[0])];

    /// <summary>
    /// The ends of a village's own body (村委会, 居委会, 党支部: org-suffixes.tsv, needs_head place), which no body runs:
    /// 曲靖市文旅局驻尚德村委会 is a bureau and the village its team is stationed in, not one organisation.
    /// </summary>
    private static readonly string[] VillageBodyEnds = [.. WordLists.Get("org-suffixes").Where("needs_head", "place").Select(r => r[0])];

    /// <summary>
    /// 台湾儿童暨家庭扶助基金会附设彰化县私立家扶发展学园: two bodies found with a word of <see cref="AttachingWords"/>
    /// between them are one organisation, the body and the unit it runs; never when the second is a village's own body
    /// (<see cref="VillageBodyEnds"/>: 市文旅局驻尚德村委会).
    /// </summary>
    private static void JoinAttached(ReadOnlySpan<char> view, List<OrgMention> found)
    {
        Dictionary<int, int>? starts = null;
        foreach (var word in AttachingWords)
        {
            if (view.IndexOf(word, StringComparison.Ordinal) < 0)
            {
                continue;
            }
            // Where each body found begins (the first found there), built once: a search of the list per body is quadratic
            // on a long line of chains. Joining keeps a body's start, so the map stays true.
            if (starts is null)
            {
                starts = new Dictionary<int, int>(found.Count);
                for (var k = 0; k < found.Count; k++)
                {
                    starts.TryAdd(found[k].Start, k);
                }
            }
            for (var i = 0; i < found.Count; i++)
            {
                var head = found[i];
                if (!view[head.End..].StartsWith(word, StringComparison.Ordinal))
                {
                    continue;
                }
                var at = head.End + word.Length;
                if (starts.TryGetValue(at, out var j) && !EndsInAny(view[found[j].Start..found[j].End], VillageBodyEnds))
                {
                    var end = found[j].End;
                    found[i] = new OrgMention(head.Start, end, view[head.Start..end].ToString());
                }
            }
        }
    }

    /// <summary>
    /// 十一日台电彰化区处: where a name inside the run <paramref name="b"/>..<paramref name="suffixStart"/> begins after a
    /// day written in numerals and its mark (org-datelines.tsv, use day) when a parent body's name follows the day
    /// (org-boundaries.tsv, use parent), two characters at least before the suffix; <paramref name="b"/> otherwise (a place or
    /// a head after a day opens a name by itself; 十四日经行政院函请立法院 holds two bodies, not one).
    /// </summary>
    private static int StartAfterDay(ReadOnlySpan<char> view, int b, int suffixStart)
    {
        for (var p = suffixStart - 2; p >= b + 2; p--)
        {
            if (EndsWithDay(view, p) && WordMatch.StartsWithAny(view[p..suffixStart], ParentEndings))
            {
                return p;
            }
        }
        return b;
    }

    /// <summary>Whether <paramref name="name"/> ends in one of <paramref name="ends"/>.</summary>
    private static bool EndsInAny(ReadOnlySpan<char> name, string[] ends)
    {
        foreach (var end in ends)
        {
            if (name.EndsWith(end, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a day written in numerals and its mark ends right before <paramref name="at"/> (the 十一日 of 十一日台电…).</summary>
    private static bool EndsWithDay(ReadOnlySpan<char> view, int at) => at >= 2 && view[at - 1] == DayMark && IsDigit(view[at - 2]);
}
