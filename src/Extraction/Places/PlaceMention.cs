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
