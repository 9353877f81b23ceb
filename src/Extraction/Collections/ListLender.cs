namespace WorkTeam.Extraction.Collections;

/// <summary>
/// Lists lent out for one call and taken back together at its end, so that the next call on the same scratch
/// (a thread's) reuses them instead of allocating: each lent list is empty. Not thread-safe: one owner at a time.
/// </summary>
/// <param name="maxKept">How many lists are kept between calls at most (a long text's many lists are let go).</param>
/// <param name="maxCapacity">The largest capacity a kept list may have (a list grown for a long text is let go).</param>
internal sealed class ListLender<T>(int maxKept, int maxCapacity)
{
    private readonly List<List<T>> free = [];
    private readonly List<List<T>> lent = [];

    /// <summary>An empty list that stays the caller's until <see cref="TakeBackAll"/>.</summary>
    public List<T> Lend()
    {
        List<T> list;
        if (free.Count > 0)
        {
            list = free[^1];
            free.RemoveAt(free.Count - 1);
            list.Clear();
        }
        else
        {
            list = [];
        }
        lent.Add(list);
        return list;
    }

    /// <summary>Takes every lent list back, keeping those within the bounds for the next call.</summary>
    public void TakeBackAll()
    {
        foreach (var list in lent)
        {
            if (free.Count < maxKept && list.Capacity <= maxCapacity)
            {
                free.Add(list);
            }
        }
        lent.Clear();
    }
}
