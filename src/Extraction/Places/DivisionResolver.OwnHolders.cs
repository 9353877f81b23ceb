using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Places;

internal static partial class DivisionResolver
{
    /// <summary>
    /// The division table's units that hold the document's places of one's own given only a parent code (a village the
    /// table lacks, known to lie in 团结乡 511922204), or null when there is none. Such a place is evidence of its holder
    /// under the rules <see cref="OwnCodes"/> reads a place of one's own by: its name (full or short, at its level) is
    /// one place's only, neither the table's nor another place's of the gazetteer, and a township's or village's holder
    /// lies in a province the document names, when it names one. A place the file names under a parent of its own
    /// (a code the table lacks) holds no table unit.
    /// </summary>
    /// <param name="table">The division table.</param>
    /// <param name="gazetteer">The analyzer's gazetteer.</param>
    /// <param name="mentions">The places found, in text order.</param>
    /// <param name="candidates">Their candidate units so far: a place with any may be the table's and is no evidence.</param>
    /// <param name="units">Their units so far.</param>
    /// <param name="provinces">The provinces the document names (<see cref="Resolve"/>'s list; -1 for one the table lacks).</param>
    private static List<int>? OwnHolders(DivisionTable table, Gazetteer gazetteer, List<PlaceMention> mentions, List<int>?[] candidates, int[] units, List<int> provinces)
    {
        List<int>? holders = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (units[i] >= 0 || candidates[i] is not null || m.IsAnaphor || m.Level is < PlaceLevel.Prefecture or > PlaceLevel.Village
                || SoleParentCode(gazetteer, m) is not { } parentCode || TableBears(table, m))
            {
                continue;
            }
            var holder = table.IndexOfCode(parentCode);
            if (holder < 0)
            {
                continue;
            }
            var province = table.LevelOf(holder) == PlaceLevel.Province ? holder : AncestorAt(table, holder, PlaceLevel.Province);
            if ((m.Level <= PlaceLevel.County || provinces.Count == 0 || provinces.Contains(province)) && !(holders ??= []).Contains(holder))
            {
                holders.Add(holder);
            }
        }
        return holders;
    }

    /// <summary>
    /// The parent code of the one place of the gazetteer the mention's name names at its level when that place has a
    /// parent code and no code of its own; null when the name names none, several, or one without such a code.
    /// </summary>
    private static string? SoleParentCode(Gazetteer gazetteer, PlaceMention m)
    {
        if (!gazetteer.TryGetKeys(m.Name, out var hits))
        {
            return null;
        }
        GazetteerEntry? found = null;
        foreach (var hit in hits)
        {
            if (hit.Entry.Level != m.Level || hit.Entry == found)
            {
                continue;
            }
            if (found is not null || hit.Entry.Code is not null || hit.Entry.ParentCode is null)
            {
                return null;
            }
            found = hit.Entry;
        }
        return found?.ParentCode;
    }

    /// <summary>
    /// A place still open whose candidates hold exactly one of the <paramref name="holders"/> or a unit above one (团结乡,
    /// six townships of the table, in a document naming one's own village of 511922204) is that unit.
    /// </summary>
    private static void ResolveByOwnHolders(DivisionTable table, List<int>?[] candidates, int[] units, List<int> holders)
    {
        var above = new HashSet<int>();
        foreach (var holder in holders)
        {
            for (int p = holder; p >= 0; p = table.ParentOf(p))
            {
                above.Add(p);
            }
        }
        for (int i = 0; i < units.Length; i++)
        {
            if (units[i] >= 0 || candidates[i] is not { Count: > 0 } list)
            {
                continue;
            }
            int found = -1, count = 0;
            foreach (var u in list)
            {
                if (above.Contains(u))
                {
                    found = u;
                    count++;
                }
            }
            if (count == 1)
            {
                units[i] = found;
            }
        }
    }
}
