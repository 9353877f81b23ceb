using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Places;

internal static partial class DivisionResolver
{
    /// <summary>
    /// The codes a gazetteer of one's own gives places the division table lacks (a new village, a Taiwan 里, a renamed
    /// township: <see cref="GazetteerEntry.Code"/> not in the table), for the mentions the table gave no unit; null when
    /// the gazetteer gives no such code or no mention is one of its places. The evidence is the table's: the chain the
    /// sentence writes (the place before must hold the code), else a name only one place bears (a township or village
    /// inside a province the document names, when it names one), else the county or township the document resolved
    /// holding exactly one of them and none of the table's units of that name; never a guess.
    /// </summary>
    /// <param name="table">The division table.</param>
    /// <param name="gazetteer">The analyzer's gazetteer.</param>
    /// <param name="mentions">The places found, in text order.</param>
    /// <param name="units">Their units (<see cref="Resolve"/>).</param>
    public static string?[]? OwnCodes(DivisionTable table, Gazetteer gazetteer, List<PlaceMention> mentions, int[] units)
    {
        if (!gazetteer.HasCodes || mentions.Count == 0)
        {
            return null;
        }
        int n = mentions.Count;
        List<GazetteerEntry>?[]? open = null;
        for (int i = 0; i < n; i++)
        {
            if (units[i] < 0 && OwnPlacesNamed(table, gazetteer, mentions[i]) is { } own)
            {
                (open ??= new List<GazetteerEntry>?[n])[i] = own;
            }
        }
        if (open is null)
        {
            return null;
        }
        var codes = new string?[n];
        string? CodeAt(int k) => units[k] >= 0 ? table.CodeOf(units[k]) : codes[k];
        var provinces = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < n; k++)
        {
            if (units[k] >= 0)
            {
                provinces.Add(table.CodeOf(units[k])[..2]);
            }
        }
        for (int i = 0; i < n; i++)
        {
            if (open[i] is not { } list)
            {
                continue;
            }
            var m = mentions[i];
            if (i > 0 && mentions[i - 1].End == m.Start && m.Parent is not null && m.Rank > mentions[i - 1].Rank && CodeAt(i - 1) is { } outer)
            {
                // The chain decides: the one place under the place before, else none (the text puts it elsewhere).
                codes[i] = Single(list, outer);
                open[i] = null;
                continue;
            }
            if (list.Count == 1 && !TableBears(table, m) && (m.Level <= PlaceLevel.County || provinces.Count == 0 || provinces.Contains(list[0].Code![..2])))
            {
                codes[i] = list[0].Code;
                open[i] = null;
            }
        }
        // The document's counties and townships, the table's and one's own.
        var context = new List<string>();
        for (int k = 0; k < n; k++)
        {
            if (CodeAt(k) is { Length: >= 6 } c && !context.Contains(c))
            {
                context.Add(c);
            }
        }
        for (int i = 0; i < n; i++)
        {
            if (open[i] is not { } list || codes[i] is not null)
            {
                continue;
            }
            string? found = null;
            string? holder = null;
            var count = 0;
            foreach (var entry in list)
            {
                foreach (var c in context)
                {
                    if (entry.Code!.Length > c.Length && entry.Code.StartsWith(c, StringComparison.Ordinal))
                    {
                        found = entry.Code;
                        holder = c;
                        count++;
                        break;
                    }
                }
            }
            if (count == 1 && !TableBears(table, mentions[i], holder))
            {
                codes[i] = found;
            }
        }
        return codes;
    }

    /// <summary>The places of the gazetteer with a code the table lacks that the mention's name (full or short) names at its level, or null.</summary>
    private static List<GazetteerEntry>? OwnPlacesNamed(DivisionTable table, Gazetteer gazetteer, PlaceMention m)
    {
        if (m.IsAnaphor || m.Level is < PlaceLevel.Province or > PlaceLevel.Village || !gazetteer.TryGetKeys(m.Name, out var hits))
        {
            return null;
        }
        List<GazetteerEntry>? own = null;
        foreach (var hit in hits)
        {
            if (hit.Entry.Code is { } code && hit.Entry.Level == m.Level && table.IndexOfCode(code) < 0 && !(own ??= []).Contains(hit.Entry))
            {
                own.Add(hit.Entry);
            }
        }
        return own;
    }

    /// <summary>The code of the one place of <paramref name="list"/> under <paramref name="outer"/>, or null.</summary>
    private static string? Single(List<GazetteerEntry> list, string outer)
    {
        string? found = null;
        foreach (var entry in list)
        {
            if (entry.Code!.Length > outer.Length && entry.Code.StartsWith(outer, StringComparison.Ordinal))
            {
                if (found is not null)
                {
                    return null;
                }
                found = entry.Code;
            }
        }
        return found;
    }

    /// <summary>Whether a unit of the table of the mention's level bears its name (under <paramref name="within"/> when given).</summary>
    private static bool TableBears(DivisionTable table, PlaceMention m, string? within = null)
    {
        var units = new List<int>();
        table.FindUnits(m.Name, units);
        foreach (var u in units)
        {
            if (table.LevelOf(u) == m.Level && (within is null || table.CodeOf(u).StartsWith(within, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }
}
