using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Links;

/// <summary>
/// Links set 10 (issue 16): places that open parallel clauses, and a part that opens a sentence after its total.
/// <list type="bullet">
/// <item>A scope whose clauses each open with another place of its highest level and report numbers of their own
/// (目前，A镇已完成…50栋，B镇已完成…60栋，C镇已完成…)
/// speaks of each in turn: no one of them is what the scope is about (its numbers keep their own clause's place; the
/// paragraph it opens is about none of them, so the holder the document names is).</item>
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
    /// The period of the last number before the sentence of <paramref name="i"/> when that sentence opens with a part word (其中) and
    /// that number stands in the sentence before, in the same paragraph (…2022年食用菌生产补助资金57万元。其中120万元调剂给…):
    /// the part is of its total's time. <paramref name="linked"/> holds the records made so far (null: none changed, so
    /// the number before has no period).
    /// </summary>
    private static string? PartPeriod(string text, List<Fact> facts, Cut cut, int s, int i, List<Fact>? linked)
    {
        if (linked is null || s == 0 || cut.SentenceParagraph[s - 1] != cut.SentenceParagraph[s])
        {
            return null;
        }
        var at = cut.SentenceStart(s);
        while (at < facts[i].Start && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        if (LinkWords.At(text, at, LinkWords.Subset) is null)
        {
            return null;
        }
        for (var k = i - 1; k >= 0; k--)
        {
            if (!facts[k].Kind.IsNumber() || facts[k].Start >= at)
            {
                continue; // the numbers of the part's own sentence (其中120万元…、72万元…) are parts too
            }
            var before = cut.ClauseSentence[cut.ClauseOf(facts[k].Start, cut.ClauseStarts.Count - 1)];
            return before == s - 1 && k < linked.Count ? linked[k].Period : null;
        }
        return null;
    }
}
