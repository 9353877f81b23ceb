using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// A place found in the simplified view: <see cref="Start"/>..<see cref="End"/> (exclusive), its simplified
/// name, level, and the name of the enclosing place in the same chain. <see cref="IsAnaphor"/> marks
/// 该县/该市/该村, which stand for a place named earlier (<see cref="Name"/> is that place's name) and are
/// not reported as facts. <see cref="Rank"/> orders places in a chain (province 1 … village 5).
/// </summary>
internal readonly record struct PlaceMention(int Start, int End, string Name, PlaceLevel Level, string? Parent, int Rank, bool IsAnaphor = false)
{
    public int Length => End - Start;
}

/// <summary>Searches in a list of places in text order, as <see cref="PlaceRecognizer.Recognize"/> returns it.</summary>
internal static class PlaceMentions
{
    /// <summary>The index of the first place starting at or after <paramref name="start"/> (places are in text order).</summary>
    public static int FirstStartingAtOrAfter(List<PlaceMention> places, int start)
    {
        int lo = 0, hi = places.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (places[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
