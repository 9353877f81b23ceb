using WorkTeam.Extraction.Places;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// Where two entity recognizers claim one span, the one decision between them, made here and not
/// by one recognizer editing another's results: each recognizer reports what it found and what it
/// would take over, and this step decides.
/// </summary>
internal static class EntityArbitration
{
    /// <summary>
    /// A name read after a role (队员黄河说) wins over the bare places it covers (黄河): the places
    /// whose indices the person recognizer reported as displaced are left out. The work-team
    /// recognizer reads the places as settled here.
    /// </summary>
    /// <returns>The places kept, in their order; <paramref name="places"/> itself when none gives way (<paramref name="displaced"/> null or empty).</returns>
    public static List<PlaceMention> PlacesGivingWayToPeople(List<PlaceMention> places, HashSet<int>? displaced)
    {
        if (displaced is null || displaced.Count == 0)
        {
            return places;
        }
        var kept = new List<PlaceMention>(places.Count - displaced.Count);
        for (var k = 0; k < places.Count; k++)
        {
            if (!displaced.Contains(k))
            {
                kept.Add(places[k]);
            }
        }
        return kept;
    }
}
