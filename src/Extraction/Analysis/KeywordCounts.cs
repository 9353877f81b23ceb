namespace WorkTeam.Extraction.Analysis;

/// <summary>
/// Counts in first-seen order, as a Python dict keeps them: jieba's stable sort breaks ties
/// between equal weights by that order, so it is part of the result.
/// </summary>
internal sealed class OrderedCounts<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, int> _index;
    private readonly List<TKey> _keys = [];
    private readonly List<int> _counts = [];

    public OrderedCounts(IEqualityComparer<TKey>? comparer = null) => _index = new Dictionary<TKey, int>(comparer);

    public int Count => _keys.Count;

    public TKey KeyAt(int i) => _keys[i];

    public int CountAt(int i) => _counts[i];

    public void Add(TKey key, int by = 1)
    {
        if (_index.TryGetValue(key, out int i))
        {
            _counts[i] += by;
        }
        else
        {
            _index.Add(key, _keys.Count);
            _keys.Add(key);
            _counts.Add(by);
        }
    }

    /// <summary>Adds every count of <paramref name="other"/>, keeping this one's order first.</summary>
    public void AddAll(OrderedCounts<TKey> other)
    {
        for (int i = 0; i < other.Count; i++)
        {
            Add(other._keys[i], other._counts[i]);
        }
    }
}

/// <summary>Term frequencies of one text or of many, for TF-IDF (jieba's <c>freq</c> dict).</summary>
internal sealed class TermCounts
{
    internal OrderedCounts<string> Terms { get; } = new(StringComparer.Ordinal);
}

/// <summary>Co-occurrence counts of word pairs within TextRank's window (jieba's <c>cm</c> dict).</summary>
internal sealed class CooccurrenceCounts
{
    internal OrderedCounts<(string, string)> Pairs { get; } = new();
}
