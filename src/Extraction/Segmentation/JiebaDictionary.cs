using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WorkTeam.Extraction.Collections;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Segmentation;

/// <summary>
/// Jieba's prefix dictionary (dict.txt) as a double-array trie used in place in the assembly's
/// mapped image: every word and every prefix of a word is a node. Each node is one 6-byte cell
/// packing the base of its children, its label (the code of the character that leads to it, which
/// stands in for the parent check since no two nodes share a base) and the index of its frequency
/// among dict.txt's distinct frequencies (about 5,000; index 0 is a prefix that is not a word), so a
/// trie step and its score share one cache line. The log-frequencies are a small table that stays in
/// cache; the POS tags are a byte per cell apart, read only when tagging. Nodes are laid out by how
/// often text reaches them (dict.txt's frequencies), so a text touches the front of the cells most.
/// A mapped page counts in the process's resident memory once touched: 6-byte cells, tags apart and
/// that layout made the table 6.1 MB -> 4.3 MB. Immutable.
/// </summary>
internal sealed unsafe class JiebaDictionary
{
    private const ulong BaseMask = (1UL << ResourceFormat.CellBaseBits) - 1;
    private const int LabelMask = (1 << ResourceFormat.CellLabelBits) - 1;
    private const int FrequencyMask = (1 << ResourceFormat.CellFrequencyBits) - 1;
    private const ulong CellMask = (1UL << (8 * ResourceFormat.CellBytes)) - 1;

    public const int Root = DoubleArrayTrie.Root;

    private readonly MappedResource _resource; // keeps the memory below alive
    private readonly byte* _cells;
    private readonly ushort* _code;
    private readonly int* _frequencies;   // distinct frequencies, [0] = 0
    private readonly double* _scores;     // their logs, [0] = NaN
    private readonly byte* _tags;         // per cell: 0, or 1 + the index of its tag name
    private readonly int _size;
    private readonly string[] _tagNames;

    private JiebaDictionary(MappedResource resource, byte* cells, int size, ushort* code, int* frequencies, double* scores, byte* tags, string[] tagNames, long total)
    {
        _resource = resource;
        _cells = cells;
        _size = size;
        _code = code;
        _frequencies = frequencies;
        _scores = scores;
        _tags = tags;
        _tagNames = tagNames;
        Total = total;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong Cell(int node) => Unsafe.ReadUnaligned<ulong>(_cells + (nint)node * ResourceFormat.CellBytes) & CellMask;

    /// <summary>The sum of all frequencies in dict.txt, as jieba counts it.</summary>
    public long Total { get; }

    /// <summary>The node reached from <paramref name="state"/> by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int state, char c)
    {
        int code = _code[c];
        int b = (int)(Cell(state) & BaseMask);
        if (code == 0 || b == 0)
        {
            return -1;
        }
        int t = b + code;
        return (uint)t < (uint)_size && (int)(Cell(t) >> ResourceFormat.CellLabelShift & LabelMask) == code ? t : -1;
    }

    /// <summary>log(frequency) of the word at <paramref name="node"/>; NaN when the node is only a prefix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Score(int node) => _scores[(int)(Cell(node) >> ResourceFormat.CellFrequencyShift) & FrequencyMask];

    /// <summary>
    /// jieba's calc over this dictionary alone (no user words): for each position of
    /// <paramref name="s"/> from the end, the best log-probability of the rest
    /// (<paramref name="prob"/>[i]) and the inclusive end of the word that starts it
    /// (<paramref name="end"/>[i]); ties go to the larger end, as Python's tuple max does.
    /// <paramref name="prob"/> and <paramref name="end"/> hold at least <c>s.Length + 1</c> items.
    /// </summary>
    /// <remarks>
    /// The segmenter's hottest loop, written for the machine: one cell read per character (the cell
    /// reached holds the next step's base, the label that checks it and the word's frequency index),
    /// the tables and the route in registers, and the same arithmetic in the same order as
    /// <see cref="Next"/> and <see cref="Score"/> (so the same doubles, the same ties). Compiled fully
    /// optimised at its first call and never again (411 bytes, about a millisecond): with tiering, the
    /// route inlined into its callers ran as ReadyToRun code, then as an instrumented copy for much of
    /// a short run (7-12% of a 5 MB run's CPU samples), and was compiled twice in the background.
    /// Kept out of its callers so theirs stay small.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    public void Route(ReadOnlySpan<char> s, Span<double> prob, Span<int> end, double logTotal)
    {
        int n = s.Length;
        if (prob.Length <= n || end.Length <= n)
        {
            throw new ArgumentException("The route needs s.Length + 1 items.");
        }
        byte* cells = _cells;
        ushort* codes = _code;
        double* scores = _scores;
        uint size = (uint)_size;
        ulong rootCell = Cell(Root);
        ref char text = ref MemoryMarshal.GetReference(s);
        ref double probs = ref MemoryMarshal.GetReference(prob);
        ref int ends = ref MemoryMarshal.GetReference(end);
        Unsafe.Add(ref probs, n) = 0;
        Unsafe.Add(ref ends, n) = 0;
        for (int idx = n - 1; idx >= 0; idx--)
        {
            // A prefix that is no word scores NaN, so its p is NaN and never >= best: no test of its
            // own. Starting from -infinity, the first word is taken whatever its score, as before.
            double best = double.NegativeInfinity;
            int bestEnd = -1;
            ulong cell = rootCell;
            for (int i = idx; i < n; i++)
            {
                int code = codes[Unsafe.Add(ref text, i)];
                int b = (int)(cell & BaseMask);
                if (code == 0 || b == 0)
                {
                    break;
                }
                uint t = (uint)(b + code);
                if (t >= size)
                {
                    break;
                }
                cell = Unsafe.ReadUnaligned<ulong>(cells + (nint)t * ResourceFormat.CellBytes) & CellMask;
                if ((int)(cell >> ResourceFormat.CellLabelShift & LabelMask) != code)
                {
                    break;
                }
                double p = scores[(int)(cell >> ResourceFormat.CellFrequencyShift) & FrequencyMask] - logTotal + Unsafe.Add(ref probs, i + 1);
                if (p >= best)
                {
                    best = p;
                    bestEnd = i;
                }
            }
            if (bestEnd < 0)
            {
                // No word starts here: the DAG holds the character alone, scored as frequency 1.
                best = 0 - logTotal + Unsafe.Add(ref probs, idx + 1);
                bestEnd = idx;
            }
            Unsafe.Add(ref probs, idx) = best;
            Unsafe.Add(ref ends, idx) = bestEnd;
        }
    }

    /// <summary>Frequency of the word ending at <paramref name="node"/>; 0 for a mere prefix.</summary>
    public int Frequency(int node) => _frequencies[(int)(Cell(node) >> ResourceFormat.CellFrequencyShift) & FrequencyMask];

    /// <summary>The POS tag of the word at <paramref name="node"/>, or null.</summary>
    public string? Tag(int node)
    {
        int tag = _tags[node];
        return tag == 0 ? null : _tagNames[tag - 1];
    }

    /// <summary>The node of <paramref name="word"/>, or -1 when it is not even a prefix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int? Find(ReadOnlySpan<char> word)
    {
        int node = FindNode(word);
        return node < 0 ? null : Frequency(node);
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
        int frequencyCount = cursor.ReadInt32();
        cursor.Align(16);
        var cells = cursor.Array(checked(size * ResourceFormat.CellBytes + 2), sizeof(byte));
        cursor.Align(4);
        var frequencies = (int*)cursor.Array(frequencyCount, sizeof(int));
        cursor.Align(8);
        var scores = (double*)cursor.Array(frequencyCount, sizeof(double));
        var code = (ushort*)cursor.Array(65536, sizeof(ushort));
        var nodeTags = cursor.Array(size, sizeof(byte));
        if (total <= 0 || size <= Root || frequencyCount < 1 || frequencyCount > FrequencyMask + 1)
        {
            throw new ResourceLoadException(resource.Name, "empty dictionary.");
        }
        return new JiebaDictionary(resource, cells, size, code, frequencies, scores, nodeTags, tags, total);
    }
}
