using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// Team phrases that name the sender after the team (issue 16, teams10): a team named by its station whose sender an
/// apposition right after it gives (<c>雨亭岭村驻村工作队,由咸宁日报社和中石化咸宁公司共同派驻</c>, <c>李家村驻村工作队(县财政局派驻)</c>),
/// and a township's office between the places of a station's chain (<c>驻高场办事处联丰村工作队</c>).
/// </summary>
internal static partial class WorkTeamRecognizer
{
    /// <summary>What opens an apposition naming the sender after a team named by its station (由): team-appositions.tsv, kind lead.</summary>
    private static readonly string[] AppositionLeads = [.. WordLists.Get("team-appositions").Where("kind", "lead").Select(r => r[0])];

    /// <summary>A township's office between a township and the station after it (办事处): team-station-offices.tsv.</summary>
    private static readonly string[] StationOffices = [.. WordLists.Get("team-station-offices").Values()];

    /// <summary>The endings of organisation names (公司, 日报社): org-suffixes.tsv, read to part two joined bodies.</summary>
    private static readonly string[] OrgEndings = [.. OrganizationRecognizer.SuffixTexts];

    /// <summary>
    /// <c>Y村驻村工作队,由S派驻</c>, <c>Y村驻村工作队(S派驻)</c>: the sender an apposition right after the team word names
    /// (a comma at most before 由; an opening bracket needs no lead), ending right before a send verb or a verb before a
    /// station at most <see cref="MaxSendGap"/> after the apposition opens. Null when none.
    /// </summary>
    private static (int Start, string Name)? ApposedSender(ReadOnlySpan<char> view, EndIndex byEnd, int te)
    {
        var p = te;
        if (p < view.Length && Marks.Commas.Contains(view[p]))
        {
            p++;
        }
        if (p >= view.Length)
        {
            return null;
        }
        int open;
        if (OpeningBrackets.Contains(view[p], StringComparison.Ordinal) && p == te)
        {
            open = p + 1;
        }
        else if (WordAt(view[p..], AppositionLeads) is { } lead)
        {
            open = p + lead.Length;
        }
        else
        {
            return null;
        }
        for (var v = open + 2; v < view.Length && v - open <= MaxSendGap && !IsClauseBreak(view[v]); v++)
        {
            if ((WordAt(view[v..], SendVerbs) ?? WordAt(view[v..], BeforeStation)) is null)
            {
                continue;
            }
            return SenderEndingAt(view, byEnd, v, open) is { } sender ? NextToVerb(view, sender) : null;
        }
        return null;
    }

    /// <summary>
    /// Of two bodies the organisation reader read as one across a joiner (咸宁日报社和中石化咸宁公司, where the first ends as
    /// a body ends), the one next to the verb, as a joint team takes (中石化咸宁公司); the sender as it is otherwise
    /// (住房和城乡建设局: 住房 is no body).
    /// </summary>
    private static (int Start, string Name) NextToVerb(ReadOnlySpan<char> view, (int Start, string Name) sender)
    {
        var name = sender.Name.AsSpan();
        for (var i = name.Length - 3; i >= 2; i--)
        {
            if (!TextClasses.Coordinators.Contains(name[i]) || !EndsAsBody(name[..i]))
            {
                continue;
            }
            return (sender.Start + i + 1, name[(i + 1)..].ToString());
        }
        return sender;
    }

    private static bool EndsAsBody(ReadOnlySpan<char> text)
    {
        foreach (var ending in OrgEndings)
        {
            if (text.Length > ending.Length && text.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where a township's office (办事处) ends at <paramref name="q"/> when a place of the chain follows it right after,
    /// or <paramref name="q"/> when none stands there: read after a township (高场办事处联丰村), or after a short name no
    /// place reading covers, which the office word marks as a township's.
    /// </summary>
    private static int StationOfficeEnd(ReadOnlySpan<char> view, List<PlaceMention> places, int q, int to)
    {
        if (WordAt(view[q..to], StationOffices) is not { } office)
        {
            return q;
        }
        var k = PlaceMentions.FirstStartingAtOrAfter(places, q + office.Length);
        return k < places.Count && places[k].Start == q + office.Length && places[k].End <= to ? q + office.Length : q;
    }

    /// <summary>The most characters of filler between a station and the team word it names (驻村, 帮扶, 乡村振兴).</summary>
    private const int MaxStationGap = 6;

    /// <summary>
    /// A village or township named right before the team word, only filler between (雨亭岭村驻村工作队, 李家村工作队), not
    /// before <paramref name="clauseStart"/>. Null when none.
    /// </summary>
    private static Station? VillageBeforeGap(ReadOnlySpan<char> view, EndIndex byEnd, int clauseStart, int t)
    {
        for (var b = t; b > clauseStart && t - b <= MaxStationGap; b--)
        {
            if (byEnd.FirstPlaceEndingAt(b) is { } place && !place.IsAnaphor && place.Start >= clauseStart
                && place.Level is PlaceLevel.Village or PlaceLevel.Township && OnlyGap(view[b..t]))
            {
                return new Station(place.Start, place.End, place.Name);
            }
        }
        return null;
    }
}
