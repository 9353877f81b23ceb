using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Links;

// What a body's name says of the place and of who acts (links set 9): a village's own committee names the village its
// numbers are about (东洞镇四号村村委会领办的合作社有社员92人); a committee's name before a settlement's is an address
// (新圩村委会鹤田自然村村民…捐资), no agent; a body's bare kind noun opening a clause stands for the one body of that kind
// named before (…专业合作社…。每年合作社给…分红).
internal static partial class FactLinker
{
    /// <summary>
    /// Whether <paramref name="holder"/>, an organisation whose name holds the village <paramref name="place"/>, is that
    /// village's own body: the rest of its name after the village is a village-body word (<see cref="LinkWords.VillageBodies"/>:
    /// 四号村 + 村委会; 新圩村 + 委会, the committee sharing the village's 村). Its numbers are the village's, as a facility's
    /// are the place it stands in, so the village stays a place the numbers may be about.
    /// </summary>
    private static bool IsVillagesOwnBody(string text, Fact holder, Fact place)
    {
        if (holder.Kind != FactKinds.Organization || place.Level != PlaceLevel.Village || place.End <= holder.Start
            || holder.End <= place.End || holder.End - place.End > MaxVillageBody)
        {
            return false;
        }
        var rest = SimplifiedWindow(text, place.End, holder.End - place.End);
        foreach (var body in LinkWords.VillageBodies)
        {
            if (rest.SequenceEqual(body.AsSpan()))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The longest village-body word (居民委员会): how long the rest of a village body's name may be.</summary>
    private static readonly int MaxVillageBody = LinkWords.VillageBodies.Max(w => w.Length);

    /// <summary>
    /// Whether a village's own body (新圩村委会: its simplified name ends with a village-body word) is followed directly by a
    /// settlement's name (新圩村委会鹤田自然村村民…): a short name (a few letters) closed by a settlement word of link-words.tsv,
    /// with no verb of link-words' actions, joiner or settlement-lead word in it (村委会组织各自然村…: the committee acts on the
    /// settlements). The body's name is then the settlement's address, not an agent.
    /// </summary>
    private static bool IsAddressBefore(string text, Fact f)
    {
        if (f.Kind != FactKinds.Organization || f.Name is not { } name || !LinkWords.VillageBodies.Any(b => name.EndsWith(b, StringComparison.Ordinal)))
        {
            return false;
        }
        for (var k = f.End; k < text.Length && k - f.End <= MaxSettlementName; k++)
        {
            if (k > f.End && LinkWords.At(text, k, LinkWords.Settlements) is not null)
            {
                return true;
            }
            if (!char.IsLetter(text[k]) || LinkWords.Joiners.Contains(text[k]) || LinkWords.At(text, k, LinkWords.Actions) is not null
                || LinkWords.At(text, k, LinkWords.SettlementLeads) is not null)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>How many letters a settlement's own name may have before its settlement word (鹤田 of 鹤田自然村).</summary>
    private const int MaxSettlementName = 4;

    /// <summary>
    /// A body's kind noun of self-nouns.tsv (合作社) opening a clause bare or after 该 (每年合作社给…分红), standing for the one
    /// organisation named before it whose simplified name ends with the noun (酒泉巧姑娘蔬菜农民专业合作社): where it stands, as
    /// <see cref="OrgAnaphors"/>' 该公司 does. None when two such bodies were named before (which one is not said), or when the
    /// noun is inside a name (煜秋种植合作社) or does not open its clause (成立了合作社: another one).
    /// </summary>
    private static List<(int At, int Length, int Referent)>? SelfNounAnaphors(string text, List<Fact> facts, Cut cut, List<int>?[] clauseDates)
    {
        List<(int At, int Length, int Referent)>? found = null;
        foreach (var noun in LinkWords.SelfNouns)
        {
            var held = ScriptConverter.Default.ToSimplified(noun);
            // One pass over the facts for all the noun's occurrences: the body of its kind named last so far, whether two
            // were, and the end of the furthest name read (a name holding the occurrence).
            var referent = None;
            var several = false;
            var nameEnd = 0;
            var j = 0;
            for (var at = text.IndexOf(noun, StringComparison.Ordinal); at >= 0; at = text.IndexOf(noun, at + noun.Length, StringComparison.Ordinal))
            {
                var end = at + noun.Length;
                for (; j < facts.Count && facts[j].Start < end; j++)
                {
                    var f = facts[j];
                    if (f.Kind is FactKinds.Place or FactKinds.Organization or FactKinds.Person or FactKinds.Team)
                    {
                        nameEnd = Math.Max(nameEnd, f.End);
                    }
                    if (f.Kind == FactKinds.Organization && f.Name is { } name && name.EndsWith(held, StringComparison.Ordinal) && !IsMedium(f) && !IsFacility(f))
                    {
                        several |= referent >= 0 && !string.Equals(facts[referent].Name, name, StringComparison.Ordinal);
                        referent = j;
                    }
                }
                if (nameEnd > at || referent < 0 || several || cut.ClauseStarts.Count == 0)
                {
                    continue;
                }
                var c = cut.ClauseOf(at, cut.ClauseStarts.Count - 1);
                if (OpensClause(text, facts, cut.ClauseStarts[c], at, clauseDates[c]))
                {
                    (found ??= []).Add((at, noun.Length, referent));
                }
            }
        }
        return found;
    }

    /// <summary>
    /// Whether a village's own body named by its kind alone (村委会 of link-words.tsv's village-body words, no village before it)
    /// opens one of the clauses <paramref name="fromClause"/>..<paramref name="toClause"/> before <paramref name="before"/>
    /// as its subject (…每年合作社给…分红，…由村委会将收益的55%作为…): the village acts there, and a body named in an earlier
    /// clause is not the actor of what follows (as a person opening a clause, <see cref="PersonOpensClause"/>).
    /// </summary>
    private static bool VillageBodyOpensClause(string text, List<Fact> facts, Cut cut, int fromClause, int toClause, int before, List<int>? dates)
    {
        for (var c = fromClause; c <= toClause; c++)
        {
            var clauseStart = cut.ClauseStarts[c];
            var end = Math.Min(before, clauseStart + MaxSubjectLead);
            if (end <= clauseStart)
            {
                continue;
            }
            var lead = SimplifiedWindow(text, clauseStart, end - clauseStart);
            if (lead.Length != end - clauseStart)
            {
                continue;
            }
            foreach (var body in LinkWords.VillageBodies)
            {
                var at = lead.IndexOf(body, StringComparison.Ordinal);
                if (at >= 0 && OpensClause(text, facts, clauseStart, clauseStart + at, dates))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
