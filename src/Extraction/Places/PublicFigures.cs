using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// National leaders, named in reports without a title (学习贯彻习近平新时代…思想): people to the person
/// recognizer, and never the start of a place to the place recognizer (习近平 is not 近平). Kept in
/// the lower stage that both read, so that neither recognizer reaches into the other.
/// </summary>
internal static class PublicFigures
{
    /// <summary>The names, from Places/Data/public-figures.tsv.</summary>
    public static readonly string[] Names = [.. WordLists.Get("public-figures").Values()];
}
