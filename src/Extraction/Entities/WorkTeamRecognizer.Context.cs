using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// Team phrases that lean on their context (issue 16, teams6): a sender named by a demonstrative and its short self-name
/// (<c>该行派驻…村驻村工作队</c>: the bank's, the demonstrative left out as in <c>该区财政局</c>), a “访惠聚” team whose
/// station the sentence names after it (<c>X“访惠聚”工作队在…村召开…</c>), and a station named alone only after its team
/// was named with its sender (<c>驻石店村工作组</c> after <c>万隆乡驻石店村工作组</c>, never before it). Each is reached
/// only from the team word's own patterns, so text without a team word costs nothing.
/// </summary>
internal static partial class WorkTeamRecognizer
{
    /// <summary>The demonstratives before a body's short self-name (该): team-self-names.tsv, kind lead.</summary>
    private static readonly string[] SelfNameLeads = [.. WordLists.Get("team-self-names").Where("kind", "lead").Select(r => r[0])];

    /// <summary>
    /// The short self-names a demonstrative makes a sender of (该局, 该公司): link-words.tsv's org-anaphor nouns (the
    /// linker's list, read as data), and the ones only a team's sender takes (该行, 该院): team-self-names.tsv, kind name.
    /// Longest first.
    /// </summary>
    private static readonly string[] SelfNames =
        [.. WordLists.Get("link-words").Where("kind", "org-anaphor").Select(r => r[0])
            .Concat(WordLists.Get("team-self-names").Where("kind", "name").Select(r => r[0]))
            .Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)];

    /// <summary>
    /// <c>该行派驻…</c>: a demonstrative and a short self-name ending at the verb at <paramref name="z"/>, the demonstrative
    /// opening the clause or following a non-name character. The sender is the self-name, from after the demonstrative.
    /// Null when none stands there.
    /// </summary>
    private static (int Start, string Name)? SelfNamedSenderEndingAt(ReadOnlySpan<char> view, int z, int clauseStart)
    {
        var before = view[clauseStart..z];
        foreach (var name in SelfNames)
        {
            if (!before.EndsWith(name, StringComparison.Ordinal))
            {
                continue;
            }
            var nameStart = z - name.Length;
            foreach (var lead in SelfNameLeads)
            {
                var leadStart = nameStart - lead.Length;
                if (leadStart >= clauseStart && view[leadStart..nameStart].SequenceEqual(lead)
                    && (leadStart == clauseStart || !TextClasses.IsNameChar(view[leadStart - 1])))
                {
                    return (nameStart, name);
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// The first village named after the team word at <paramref name="te"/> in its sentence (<c>…“访惠聚”工作队在依麻木乡依麻木村召开…</c>),
    /// before any other team word. Only a “访惠聚” team takes its station so. Null when none.
    /// </summary>
    private static Station? VillageAfter(ReadOnlySpan<char> view, List<PlaceMention> places, int te)
    {
        var sentenceEnd = te;
        while (sentenceEnd < view.Length && sentenceEnd - te < TextClasses.MaxSentenceLength && !TextClasses.IsSentenceEnd(view[sentenceEnd]) && view[sentenceEnd] != '\n')
        {
            sentenceEnd++;
        }
        var nextTeam = NextTeamWord(view[..sentenceEnd], te).Start;
        var end = nextTeam >= 0 ? nextTeam : sentenceEnd;
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, te); k < places.Count && places[k].Start < end; k++)
        {
            if (places[k].End <= end && places[k].Level == PlaceLevel.Village && !places[k].IsAnaphor)
            {
                return VillageStation(view, places, k);
            }
        }
        return null;
    }

    /// <summary>Whether a team of <paramref name="sender"/> was named with its sender before <paramref name="at"/>.</summary>
    private static bool NamedBefore(List<TeamMention> teams, string sender, int at)
    {
        foreach (var team in teams)
        {
            if (team.Start < at && team.Sender == sender)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The village last named before <paramref name="t"/> in its paragraph (<c>依麻木村位于乌什县。…自治区财政厅“访惠聚”工作队帮助…</c>):
    /// where a “访惠聚” team named without 驻 and without a village in its sentence is stationed. Null when none.
    /// </summary>
    private static Station? ParagraphVillageBefore(ReadOnlySpan<char> view, List<PlaceMention> places, int t)
    {
        var scopeStart = LineStart(view, t);
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, t) - 1; k >= 0 && places[k].Start >= scopeStart; k--)
        {
            if (places[k].End <= t && places[k].Level == PlaceLevel.Village && !places[k].IsAnaphor)
            {
                return VillageStation(view, places, k);
            }
        }
        return null;
    }
}
