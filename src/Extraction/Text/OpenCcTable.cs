using System.Runtime.CompilerServices;
using WorkTeam.Extraction.Collections;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Text;

/// <summary>
/// One of OpenCC's dictionaries (a phrase or a character table): its keys in a double-array trie,
/// each key's candidates, the first of which is the conversion OpenCC uses. All strings are slices of
/// one pool read straight from the resource, so loading is a few array copies. Immutable.
/// </summary>
internal sealed class OpenCcTable
{
    private readonly DoubleArrayTrie _trie;
    private readonly int[] _entryOfNode;
    private readonly char[] _pool;
    private readonly int[] _stringStart;      // string s is _pool[_stringStart[s].._stringStart[s + 1]]
    private readonly int[] _entryFirstString; // entry e: key is string _entryFirstString[e], then its candidates

    private OpenCcTable(string name, char[] pool, int[] stringStart, int[] entryFirstString, DoubleArrayTrie trie, int[] entryOfNode)
    {
        Name = name;
        _pool = pool;
        _stringStart = stringStart;
        _entryFirstString = entryFirstString;
        _trie = trie;
        _entryOfNode = entryOfNode;
    }

    /// <summary>The table's name in OpenCC (TSPhrases, TSCharacters, STPhrases, STCharacters).</summary>
    public string Name { get; }

    public int Count => _entryFirstString.Length - 1;

    public ReadOnlySpan<char> Key(int entry) => String(_entryFirstString[entry]);

    public int CandidateCount(int entry) => _entryFirstString[entry + 1] - _entryFirstString[entry] - 1;

    /// <summary>The candidate <paramref name="index"/> of an entry; 0 is OpenCC's default.</summary>
    public ReadOnlySpan<char> Candidate(int entry, int index) => String(_entryFirstString[entry] + 1 + index);

    /// <summary>The value OpenCC converts the key to (DictEntry::GetDefault).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Default(int entry) => String(_entryFirstString[entry] + 1);

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> String(int s) => _pool.AsSpan(_stringStart[s], _stringStart[s + 1] - _stringStart[s]);

    /// <summary>Reads the four tables of <see cref="ResourceFormat.OpenCc"/>, keyed by name.</summary>
    public static Dictionary<string, OpenCcTable> LoadEmbedded() => LoadEmbedded(ResourceFormat.OpenCcTables);

    /// <summary>
    /// Loads only the tables named in <paramref name="names"/>, stepping over the others: script
    /// detection needs the two character tables, not the phrase tables (nine tenths of the data).
    /// </summary>
    public static Dictionary<string, OpenCcTable> LoadEmbedded(IReadOnlyCollection<string> names) =>
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
                if (!names.Contains(ResourceFormat.OpenCcTables[t]))
                {
                    Skip(reader, ResourceFormat.OpenCcTables[t]);
                    continue;
                }
                var table = Read(reader);
                if (!string.Equals(table.Name, ResourceFormat.OpenCcTables[t], StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"table {t} is '{table.Name}', expected '{ResourceFormat.OpenCcTables[t]}'");
                }
                tables.Add(table.Name, table);
            }
            return tables;
        });

    /// <summary>Steps over one table: its name, then the seven arrays <see cref="Read"/> reads.</summary>
    private static void Skip(BinaryReader reader, string expectedName)
    {
        string name = reader.ReadString();
        if (!string.Equals(name, expectedName, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"table '{name}', expected '{expectedName}'");
        }
        // pool (char), stringStart, entryFirstString (int), codes (ushort), bases, checks, entryOfNode (int)
        foreach (int elementSize in (ReadOnlySpan<int>)[2, 4, 4, 2, 4, 4, 4])
        {
            int length = reader.ReadInt32();
            if (length < 0 || reader.BaseStream.Position + (long)length * elementSize > reader.BaseStream.Length)
            {
                throw new InvalidDataException($"{name}: bad array length {length}");
            }
            reader.BaseStream.Seek((long)length * elementSize, SeekOrigin.Current);
        }
    }

    private static OpenCcTable Read(BinaryReader reader)
    {
        string name = reader.ReadString();
        var pool = EmbeddedResources.ReadChars(reader);
        var stringStart = EmbeddedResources.ReadInt32s(reader);
        var entryFirstString = EmbeddedResources.ReadInt32s(reader);
        var codes = EmbeddedResources.ReadUInt16s(reader);
        var bases = EmbeddedResources.ReadInt32s(reader);
        var checks = EmbeddedResources.ReadInt32s(reader);
        var entryOfNode = EmbeddedResources.ReadInt32s(reader);

        // One pass of checks, so that a corrupt file fails here and never as a wrong slice later.
        if (stringStart.Length == 0 || stringStart[0] != 0 || stringStart[^1] != pool.Length
            || entryFirstString.Length == 0 || entryFirstString[0] != 0 || entryFirstString[^1] != stringStart.Length - 1)
        {
            throw new InvalidDataException($"{name}: string index does not cover the pool");
        }
        for (int s = 1; s < stringStart.Length; s++)
        {
            if (stringStart[s] <= stringStart[s - 1])
            {
                throw new InvalidDataException($"{name}: empty or reversed string {s - 1}");
            }
        }
        for (int e = 1; e < entryFirstString.Length; e++)
        {
            if (entryFirstString[e] - entryFirstString[e - 1] < 2)
            {
                throw new InvalidDataException($"{name}: entry {e - 1} has no candidate");
            }
        }
        int count = entryFirstString.Length - 1;
        if (entryOfNode.Length != bases.Length)
        {
            throw new InvalidDataException($"{name}: node arrays differ in length");
        }
        foreach (int e in entryOfNode)
        {
            if (e >= count)
            {
                throw new InvalidDataException($"{name}: trie points at entry {e} of {count}");
            }
        }
        return new OpenCcTable(name, pool, stringStart, entryFirstString, new DoubleArrayTrie(codes, bases, checks), entryOfNode);
    }
}
