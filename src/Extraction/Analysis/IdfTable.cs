using System.Collections.Frozen;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Analysis;

/// <summary>
/// Jieba's IDF table (jieba/analyse/idf.txt) and its median, the weight jieba gives a word the
/// table lacks. Loaded once from the embedded resource.
/// </summary>
internal sealed class IdfTable
{
    private static readonly Lazy<IdfTable> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, double> _idf;
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal IdfTable(IEnumerable<KeyValuePair<string, double>> entries)
    {
        // A later line overrides an earlier one, as in jieba's dict assignment.
        var table = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, idf) in entries)
        {
            table[word] = idf;
        }
        _idf = table.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _idf.GetAlternateLookup<ReadOnlySpan<char>>();
        var values = table.Values.ToArray();
        Array.Sort(values);
        Median = values.Length == 0 ? 0.0 : values[values.Length / 2];
    }

    public static IdfTable Default => LazyDefault.Value;

    /// <summary>jieba's median_idf: sorted(values)[len // 2].</summary>
    public double Median { get; }

    public int Count => _idf.Count;

    public double Get(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out double idf) ? idf : Median;

    private static IdfTable LoadEmbedded() => EmbeddedResources.Load(ResourceFormat.JiebaIdf, ResourceFormat.JiebaIdfMagic, reader =>
    {
        int count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("negative entry count");
        }
        var entries = new KeyValuePair<string, double>[count];
        for (int i = 0; i < count; i++)
        {
            string word = reader.ReadString();
            entries[i] = new KeyValuePair<string, double>(word, reader.ReadDouble());
        }
        return new IdfTable(entries);
    });
}
