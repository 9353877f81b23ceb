namespace WorkTeam.Extraction.Places;

/// <summary>
/// One list of unit indices per thread for <see cref="DivisionTable.FindUnits"/> to fill and the caller to read
/// before the next lookup: a common name has hundreds of units, and a fresh list per document grew to hold them
/// again and again. Rent and return around the use; a nested rent gets a list of its own.
/// </summary>
internal static class UnitScratch
{
    /// <summary>How many lists a thread keeps: lookups nest two deep (a place's parents, then its stem's units).</summary>
    private const int Spares = 4;

    [ThreadStatic]
    private static List<int>?[]? t_lists;

    /// <summary>An empty list, one of this thread's own when one is not already out.</summary>
    public static List<int> Rent()
    {
        var lists = t_lists ??= new List<int>?[Spares];
        for (var i = lists.Length - 1; i >= 0; i--)
        {
            if (lists[i] is { } list)
            {
                lists[i] = null;
                list.Clear();
                return list;
            }
        }
        return new List<int>(256);
    }

    /// <summary>Gives the list back for the thread's next <see cref="Rent"/>.</summary>
    public static void Return(List<int> list)
    {
        var lists = t_lists ??= new List<int>?[Spares];
        for (var i = 0; i < lists.Length; i++)
        {
            if (lists[i] is null)
            {
                lists[i] = list;
                return;
            }
        }
    }
}
