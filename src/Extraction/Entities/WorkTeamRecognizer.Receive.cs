using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// A station that receives its team: <c>P迎来了S驻村工作队</c>, <c>P来了第一个由S派驻的扶贫工作队</c>. The team names its
/// sender but no station (驻村, 派驻的); the place right before a receive verb of the same clause is where it went.
/// </summary>
internal static partial class WorkTeamRecognizer
{
    /// <summary>Verbs with the station before them and the team after: team-markers.tsv, column receive.</summary>
    private static readonly string[] ReceiveVerbs = [.. WordLists.Get("team-markers").Where("receive", "yes").Select(r => r[0])];

    /// <summary>The most characters between a receive verb and the sender (了第一个由).</summary>
    private const int MaxReceiveGap = 6;

    /// <summary>
    /// The station of a team whose sender starts at <paramref name="senderStart"/>: a village, township or county ending
    /// right before a receive verb of the clause, the sender at most <see cref="MaxReceiveGap"/> characters after the
    /// verb with no place or body between. Null when none.
    /// </summary>
    private static Station? ReceivedAt(ReadOnlySpan<char> view, EndIndex byEnd, List<PlaceMention> places, int clauseStart, int senderStart)
    {
        for (var z = senderStart - 1; z > clauseStart && senderStart - z <= MaxReceiveGap + 2; z--)
        {
            if (WordAt(view[z..senderStart], ReceiveVerbs) is not { } verb || senderStart - (z + verb.Length) > MaxReceiveGap
                || HasMentionBetween(byEnd, z + verb.Length, senderStart))
            {
                continue;
            }
            foreach (var place in byEnd.PlacesEndingAt(z))
            {
                var station = new Station(place.Start, place.End, place.Name);
                if (place.Start >= clauseStart && IsLocalStation(places, station))
                {
                    return station;
                }
            }
            // 迎来了: the 来了 inside it has no place before it; the longer verb a character back may.
        }
        return null;
    }

    /// <summary>Whether a place or body ends inside (<paramref name="from"/>, <paramref name="to"/>]: a gap that names one is no filler.</summary>
    private static bool HasMentionBetween(EndIndex byEnd, int from, int to)
    {
        for (var e = from + 1; e <= to; e++)
        {
            if (byEnd.FirstPlaceEndingAt(e) is not null || byEnd.FirstOrgEndingAt(e) is not null)
            {
                return true;
            }
        }
        return false;
    }
}
