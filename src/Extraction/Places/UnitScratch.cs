namespace WorkTeam.Extraction.Places;

/// <summary>
/// One list of unit indices per thread for <see cref="DivisionTable.FindUnits"/> to fill and the caller to read
/// before the next lookup: a common name has hundreds of units, and a fresh list per document grew to hold them
/// again and again. Rent and return around the use; a nested rent gets a list of its own.
/// </summary>
internal static class UnitScratch
{
    [ThreadStatic]
    private static List<int>? t_list;

    /// <summary>An empty list, this thread's own when it is not already out.</summary>
    public static List<int> Rent()
    {
        var list = t_list ?? new List<int>(256);
        t_list = null;
        list.Clear();
        return list;
    }

    /// <summary>Gives the list back for the thread's next <see cref="Rent"/>.</summary>
    public static void Return(List<int> list) => t_list = list;
}
