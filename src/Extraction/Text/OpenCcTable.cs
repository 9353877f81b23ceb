using System.Runtime.CompilerServices;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Segmentation;

namespace WorkTeam.Extraction.Text;

/// <summary>
/// One of OpenCC's dictionaries (a phrase or a character table): its keys in a double-array trie,
/// each key's candidates, the first of which is the conversion OpenCC uses. Immutable.
/// </summary>
internal sealed class OpenCcTable
{
    private readonly DoubleArrayTrie _trie;
    private readonly int[] _entryOfNode;
    private readonly string[] _keys;
    private readonly string[][] _candidates;
    private readonly string[] _defaults;

    private OpenCcTable(string name, string[] keys, string[][] candidates, DoubleArrayTrie trie, int[] entryOfNode)
    {
        Name = name;
        _keys = keys;
        _candidates = candidates;
        _trie = trie;
        _entryOfNode = entryOfNode;
        _defaults = new string[candidates.Length];
        for (int i = 0; i < candidates.Length; i++)
        {
            _defaults[i] = candidates[i][0];
        }
    }

    /// <summary>The table's name in OpenCC (TSPhrases, TSCharacters, STPhrases, STCharacters).</summary>
    public string Name { get; }

    public int Count => _keys.Length;

    public string Key(int entry) => _keys[entry];

    /// <summary>All candidates of an entry, OpenCC's default first.</summary>
    public IReadOnlyList<string> Candidates(int entry) => _candidates[entry];

    /// <summary>The value OpenCC converts the key to (DictEntry::GetDefault).</summary>
    public string Default(int entry) => _defaults[entry];

    /// <summary>
    /// The length (UTF-16 units) of the longest key that is a prefix of <paramref name="text"/>, or 0,
    /// as OpenCC's Dict::MatchPrefix; <paramref name="entry"/> receives that key's index.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int MatchLongestPrefix(ReadOnlySpan<char> text, out int entry)
    {
        int node = DoubleArrayTrie.Root;
        int best = 0;
        entry = -1;
        for (int i = 0; i < text.Length; i++)
        {
            node = _trie.Next(node, text[i]);
            if (node < 0)
            {
                break;
            }
            int e = _entryOfNode[node];
            if (e >= 0)
            {
                best = i + 1;
                entry = e;
            }
        }
        return best;
    }

    /// <summary>Reads the four tables of <see cref="ResourceFormat.OpenCc"/>, keyed by name.</summary>
    public static Dictionary<string, OpenCcTable> LoadEmbedded() =>
        EmbeddedResources.Load(ResourceFormat.OpenCc, ResourceFormat.OpenCcMagic, reader =>
        {
            int tableCount = reader.ReadInt32();
            if (tableCount != ResourceFormat.OpenCcTables.Length)
            {
                throw new InvalidDataException($"{tableCount} tables, expected {ResourceFormat.OpenCcTables.Length}");
            }
            var tables = new Dictionary<string, OpenCcTable>(StringComparer.Ordinal);
            for (int t = 0; t < tableCount; t++)
            {
                var table = Read(reader);
                if (!string.Equals(table.Name, ResourceFormat.OpenCcTables[t], StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"table {t} is '{table.Name}', expected '{ResourceFormat.OpenCcTables[t]}'");
                }
                tables.Add(table.Name, table);
            }
            return tables;
        });

    private static OpenCcTable Read(BinaryReader reader)
    {
        string name = reader.ReadString();
        int count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException($"{name}: negative key count");
        }
        var keys = new string[count];
        var candidates = new string[count][];
        for (int i = 0; i < count; i++)
        {
            keys[i] = reader.ReadString();
            int n = reader.ReadInt32();
            if (n <= 0)
            {
                throw new InvalidDataException($"{name}: key '{keys[i]}' has no candidate");
            }
            var values = new string[n];
            for (int j = 0; j < n; j++)
            {
                values[j] = reader.ReadString();
            }
            candidates[i] = values;
        }
        var codes = EmbeddedResources.ReadArray<ushort>(reader);
        var bases = EmbeddedResources.ReadArray<int>(reader);
        var checks = EmbeddedResources.ReadArray<int>(reader);
        var entryOfNode = EmbeddedResources.ReadArray<int>(reader);
        if (entryOfNode.Length != bases.Length)
        {
            throw new InvalidDataException($"{name}: node arrays differ in length");
        }
        foreach (int e in entryOfNode)
        {
            if (e >= count)
            {
                throw new InvalidDataException($"{name}: trie points at key {e} of {count}");
            }
        }
        return new OpenCcTable(name, keys, candidates, new DoubleArrayTrie(codes, bases, checks), entryOfNode);
    }
}
