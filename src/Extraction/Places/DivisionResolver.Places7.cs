using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// places7: a township or village tied by a possessive to the county, prefecture or township named right before it
/// (桐城市的西湖村, 宜兰县的朝阳社区) is one of that place's units, or none: a same-named unit of the document's county
/// (太湖县's 西湖村 in a 太湖县 report) or of the mainland (for a Taiwan county's 朝阳社区) is not it.
/// </summary>
internal static partial class DivisionResolver
{
    /// <summary>The possessive marks (place-possessives.tsv: 的).</summary>
    private static readonly string[] Possessives = [.. WordLists.Get("place-possessives").Values()];

    /// <summary>
    /// Keeps, for each township or village written right after a possessive that follows a larger place (no chain
    /// joins them), only the candidates inside one of that place's candidates; none when that place has none (a place
    /// the table lacks, a Taiwan county). Only pairs one mark apart are looked at.
    /// </summary>
    private static void NarrowByPossessives(DivisionTable table, List<PlaceMention> mentions, List<int>?[] candidates, ReadOnlySpan<char> view)
    {
        if (view.IsEmpty)
        {
            return;
        }
        for (int i = 1; i < mentions.Count; i++)
        {
            var (holder, held) = (mentions[i - 1], mentions[i]);
            if (candidates[i] is not { } list || held.Parent is not null || holder.IsAnaphor || held.IsAnaphor
                || held.Level is not (PlaceLevel.Township or PlaceLevel.Village) || holder.Rank >= held.Rank
                || holder.Level is not (PlaceLevel.Prefecture or PlaceLevel.County or PlaceLevel.Township)
                || !HeldByPossessive(view, holder.End, held.Start))
            {
                continue;
            }
            if (candidates[i - 1] is not { Count: > 0 } outer)
            {
                candidates[i] = null;
                continue;
            }
            var holders = new HashSet<int>(outer);
            list.RemoveAll(u => !HasAncestorIn(table, u, holders));
            if (list.Count == 0)
            {
                candidates[i] = null;
            }
        }
    }

    /// <summary>Whether the text between <paramref name="end"/> and <paramref name="start"/> is a possessive mark.</summary>
    private static bool HeldByPossessive(ReadOnlySpan<char> view, int end, int start)
    {
        if (start <= end || start > view.Length)
        {
            return false;
        }
        var between = view[end..start];
        foreach (var mark in Possessives)
        {
            if (between.SequenceEqual(mark))
            {
                return true;
            }
        }
        return false;
    }
}
