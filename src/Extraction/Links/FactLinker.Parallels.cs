using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Links;

/// <summary>
/// Links set 10 (issue 16): places that open parallel clauses, and a part that opens a sentence after its total.
/// <list type="bullet">
/// <item>A scope whose clauses each open with another place of its highest level and report numbers of their own
/// (目前，A镇已完成…50栋，B镇已完成…60栋，C镇已完成…)
/// speaks of each in turn: no one of them is what the scope is about (its numbers keep their own clause's place; the
/// paragraph it opens is about none of them, so the holder the document names is); a clause of no place of its own among
/// them (乔庄镇共有贫困户500户,已脱贫300户,木鱼镇…) goes on with the place opening the nearest clause before it.</item>
/// <item>A sentence opened by a part word (其中120万元调剂给…) counts out the total of the number before it, in the
/// sentence before: it keeps that number's period when it names none.</item>
/// </list>
/// </summary>
internal static partial class FactLinker
{
    /// <summary>
    /// Whether a place other than <paramref name="first"/>, of the same level and not the same unit, opens another clause
    /// of <paramref name="places"/> (strictly, as <paramref name="first"/> does), both clauses reporting numbers of their
    /// own: places in parallel clauses, none of them the scope's subject.
    /// </summary>
    private static bool OpensParallelClause(string text, List<Fact> facts, Cut cut, List<Mention> places, Mention first, List<int>?[] clauseDates)
    {
        var firstClause = cut.ClauseOf(first.Start, cut.ClauseStarts.Count - 1);
        if (!cut.HasNumber(firstClause))
        {
            return false; // 周德村位于…: a subject that reports nothing in its own clause is the scope's
        }
        var level = Rank(facts[first.Fact].Level);
        foreach (var m in places)
        {
            if (m.Start <= first.Start || Rank(facts[m.Fact].Level) != level || Same(facts[m.Fact], facts[first.Fact]))
            {
                continue;
            }
            // The clause's count of numbers (Link's), then whether the place opens it (up to its leading dates): no walk
            // over the clause for each place, linear in a long clause of places (乙镇丙镇丁镇…).
            var c = cut.ClauseOf(m.Start, cut.ClauseStarts.Count - 1);
            if (c != firstClause && cut.HasNumber(c) && OpensClause(text, facts, cut.ClauseStarts[c], m.Start, clauseDates[c], strict: true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The level of the places that open the parallel clauses of a scope (<see cref="OpensParallelClause"/>: the first of
    /// its highest level to open its clause, not joined to the next, and another after it), or <see cref="int.MinValue"/>
    /// when its places open none: as <see cref="Choose(string, List{Fact}, Cut, List{Mention}?, List{int}?[], int)"/> reads them.
    /// </summary>
    private static int ParallelLevel(string text, List<Fact> facts, Cut cut, List<Mention>? places, List<int>?[] clauseDates)
    {
        if (places is null || HeadOpener(text, facts, cut, places, clauseDates) is not { } head)
        {
            return int.MinValue;
        }
        return !head.Joined && OpensParallelClause(text, facts, cut, places, head.Opener, clauseDates) ? head.Rank : int.MinValue;
    }

    /// <summary>
    /// Whether sentence <paramref name="s"/> opens with a part word (其中) right after a sentence whose last number is the
    /// number before it (<paramref name="numberBefore"/>: that number's sentence), in the same paragraph
    /// (…2022年食用菌生产补助资金57万元。其中120万元调剂给…): its numbers are parts of that total and of its time, the
    /// total's period even when it has none. Read once a sentence, at its first number (<paramref name="firstNumber"/>).
    /// </summary>
    private static bool OpensWithPart(string text, Cut cut, int s, int numberBefore, int firstNumber)
    {
        if (s == 0 || numberBefore != s - 1 || cut.SentenceParagraph[s - 1] != cut.SentenceParagraph[s])
        {
            return false;
        }
        var at = cut.SentenceStart(s);
        while (at < firstNumber && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        return LinkWords.At(text, at, LinkWords.Subset) is not null;
    }

    /// <summary>
    /// Whether clause <paramref name="k"/> opens a list of parts across statements: a part word (其中) opening it, a colon ending
    /// it (該村2006年農村經濟總收入32.5萬元,其中:種植業收入13.5萬元…;畜牧業收入4.8萬元…): the statements after it in its sentence
    /// are parts of the total of its statement, of that total's time. Two tests at the clause's ends.
    /// </summary>
    private static bool OpensPartList(string text, Cut cut, int k)
    {
        var start = Skip(text, cut.ClauseStarts[k], cut.ClauseEnd(k), []);
        var end = cut.ClauseEnd(k);
        return end > start && Marks.Colons.Contains(text[end - 1], StringComparison.Ordinal) && LinkWords.At(text, start, LinkWords.Subset) is { } word
            && start + word.Length == end - 1;
    }
}
