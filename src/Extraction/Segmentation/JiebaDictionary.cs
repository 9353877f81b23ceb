using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WorkTeam.Extraction.Collections;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Segmentation;

/// <summary>
/// Jieba's prefix dictionary (dict.txt) as a double-array trie used in place in the assembly's
/// mapped image: every word and every prefix of a word is a node. Each 16-byte cell holds the
/// node's base, its parent check and its score (log of the word's frequency; NaN for a prefix
/// that is not a word), so a trie step and its score share one cache line. Immutable.
/// </summary>
internal sealed unsafe class JiebaDictionary
{
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Cell
    {
        public int Base;
        public int Check;
        public double Score;
    }

    public const int Root = DoubleArrayTrie.Root;

    private readonly MappedResource _resource; // keeps the memory below alive
    private readonly Cell* _cells;
    private readonly ushort* _code;
    private readonly int* _freq;
    private readonly byte* _tag;
    private readonly int _size;
    private readonly string[] _tagNames;

    private JiebaDictionary(MappedResource resource, Cell* cells, int size, ushort* code, int* freq, byte* tag, string[] tagNames, long total)
    {
        _resource = resource;
        _cells = cells;
        _size = size;
        _code = code;
        _freq = freq;
        _tag = tag;
        _tagNames = tagNames;
        Total = total;
    }

    /// <summary>The sum of all frequencies in dict.txt, as jieba counts it.</summary>
    public long Total { get; }

    /// <summary>The node reached from <paramref name="state"/> by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int state, char c)
    {
        int code = _code[c];
        if (code == 0)
        {
            return -1;
        }
        int t = _cells[state].Base + code;
        return (uint)t < (uint)_size && _cells[t].Check == state ? t : -1;
    }

    /// <summary>log(frequency) of the word at <paramref name="node"/>; NaN when the node is only a prefix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Score(int node) => _cells[node].Score;

    /// <summary>Frequency of the word ending at <paramref name="node"/>; 0 for a mere prefix.</summary>
    public int Frequency(int node) => _freq[node];

    /// <summary>The POS tag of the word at <paramref name="node"/>, or null.</summary>
    public string? Tag(int node) => _tag[node] == 0 ? null : _tagNames[_tag[node] - 1];

    /// <summary>The node of <paramref name="word"/>, or -1 when it is not even a prefix.</summary>
    public int FindNode(ReadOnlySpan<char> word)
    {
        int s = Root;
        foreach (char c in word)
        {
            s = Next(s, c);
            if (s < 0)
            {
                return -1;
            }
        }
        return s;
    }

    /// <summary>Frequency of <paramref name="word"/>, or null when it is not even a prefix (jieba's FREQ.get).</summary>
    public int? Find(ReadOnlySpan<char> word)
    {
        int node = FindNode(word);
        return node < 0 ? null : _freq[node];
    }

    public static JiebaDictionary LoadEmbedded()
    {
        var resource = MappedResource.Open(ResourceFormat.JiebaDictionary);
        var cursor = resource.Cursor(ResourceFormat.JiebaDictionaryMagic);
        long total = cursor.ReadInt64();
        int tagCount = cursor.ReadInt32();
        var tags = new string[tagCount];
        for (int i = 0; i < tagCount; i++)
        {
            tags[i] = string.Intern(cursor.ReadString());
        }
        int size = cursor.ReadInt32();
        cursor.Align(16);
        var cells = cursor.Array<Cell>(size);
        var code = cursor.Array<ushort>(65536);
        var freq = cursor.Array<int>(size);
        var tag = cursor.Array<byte>(size);
        if (total <= 0 || size <= Root)
        {
            throw new ResourceLoadException(resource.Name, "empty dictionary.");
        }
        return new JiebaDictionary(resource, cells, size, code, freq, tag, tags, total);
    }
}
