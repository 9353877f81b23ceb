using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Collections;

/// <summary>
/// A character-keyed double-array trie: one array lookup per character. Each node is a prefix of
/// some key; the transition from node <c>s</c> by character <c>c</c> is <c>t = Base[s] + Code[c]</c>,
/// valid when <c>Check[t] == s</c>. Characters are remapped to dense codes (most frequent first) so
/// the arrays stay small. Immutable once built; safe to share between threads.
/// </summary>
internal sealed class DoubleArrayTrie
{
    public const int Root = 1;

    private readonly ushort[] _code; // 65536 entries: char -> code, 0 when the char is in no key
    private readonly int[] _base;
    private readonly int[] _check;

    public DoubleArrayTrie(ushort[] code, int[] @base, int[] check)
    {
        if (code.Length != 65536 || @base.Length != check.Length)
        {
            throw new ArgumentException("Malformed double-array trie.");
        }
        _code = code;
        _base = @base;
        _check = check;
    }

    /// <summary>Number of cells; node indices are below it.</summary>
    public int Size => _base.Length;

    internal ReadOnlySpan<ushort> Codes => _code;
    internal ReadOnlySpan<int> Bases => _base;
    internal ReadOnlySpan<int> Checks => _check;

    /// <summary>The node reached from <paramref name="state"/> by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int state, char c)
    {
        int code = _code[c];
        if (code == 0)
        {
            return -1;
        }
        int t = _base[state] + code;
        return (uint)t < (uint)_check.Length && _check[t] == state ? t : -1;
    }

    /// <summary>The node of <paramref name="key"/>, or -1 when it is not a prefix of any key.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        int s = Root;
        foreach (char c in key)
        {
            s = Next(s, c);
            if (s < 0)
            {
                return -1;
            }
        }
        return s;
    }
}

/// <summary>
/// Builds a <see cref="DoubleArrayTrie"/> from distinct keys sorted in ordinal order, darts-style:
/// each node's children are placed at the first base where all their cells are free.
/// </summary>
internal static class DoubleArrayTrieBuilder
{
    /// <summary>Builds the trie; <paramref name="nodeOfKey"/> receives, for each key, its node.</summary>
    /// <param name="sortedKeys">Distinct keys in ordinal order.</param>
    /// <param name="nodeOfKey">For each key, its node.</param>
    /// <param name="weights">
    /// When given (one per key: how often text reaches it, such as a word's frequency), nodes are
    /// placed heaviest subtree first instead of depth first in key order, so the nodes that running
    /// text walks through sit together at the front of the arrays: a text touches fewer pages (a
    /// mapped table's resident memory) and cache lines. The trie's transitions are the same.
    /// </param>
    public static DoubleArrayTrie Build(IReadOnlyList<string> sortedKeys, out int[] nodeOfKey, IReadOnlyList<long>? weights = null)
    {
        for (int i = 1; i < sortedKeys.Count; i++)
        {
            if (string.CompareOrdinal(sortedKeys[i - 1], sortedKeys[i]) >= 0)
            {
                throw new ArgumentException("Keys must be distinct and sorted ordinally.", nameof(sortedKeys));
            }
        }

        var code = BuildAlphabet(sortedKeys);
        var state = new BuildState(code, sortedKeys);
        state.Check[DoubleArrayTrie.Root] = -1; // the root is nobody's child but its cell is taken
        if (weights is null)
        {
            state.Place(DoubleArrayTrie.Root, 0, sortedKeys.Count, 0);
        }
        else
        {
            if (weights.Count != sortedKeys.Count)
            {
                throw new ArgumentException("One weight per key.", nameof(weights));
            }
            state.PlaceHeaviestFirst(weights);
        }
        state.Check[DoubleArrayTrie.Root] = 0;
        nodeOfKey = state.NodeOfKey;
        int size = state.Used + 1;
        return new DoubleArrayTrie(code, state.Base[..size], state.Check[..size]);
    }

    private static ushort[] BuildAlphabet(IReadOnlyList<string> keys)
    {
        var counts = new long[65536];
        foreach (var key in keys)
        {
            foreach (char c in key)
            {
                counts[c]++;
            }
        }
        var chars = Enumerable.Range(0, 65536).Where(c => counts[c] > 0)
            .OrderByDescending(c => counts[c]).ThenBy(c => c).ToArray();
        if (chars.Length >= ushort.MaxValue)
        {
            throw new ArgumentException("Too many distinct characters for a 16-bit alphabet.");
        }
        var code = new ushort[65536];
        for (int i = 0; i < chars.Length; i++)
        {
            code[chars[i]] = (ushort)(i + 1);
        }
        return code;
    }

    private sealed class BuildState(ushort[] code, IReadOnlyList<string> keys)
    {
        public int[] Base = new int[1 << 16];
        public int[] Check = new int[1 << 16];
        public bool[] BaseTaken = new bool[1 << 16];
        public readonly int[] NodeOfKey = new int[keys.Count];
        public int Used = DoubleArrayTrie.Root;
        private int _nextCheckPos = 1;

        public void Place(int node, int lo, int hi, int depth)
        {
            var childCodes = new List<int>();
            var childRanges = new List<(int Lo, int Hi)>();
            if (PlaceChildren(node, lo, hi, depth, childCodes, childRanges) is var b && b < 0)
            {
                return;
            }
            for (int k = 0; k < childCodes.Count; k++)
            {
                Place(b + childCodes[k], childRanges[k].Lo, childRanges[k].Hi, depth + 1);
            }
        }

        /// <summary>
        /// Places every node's children, taking the pending node of the largest subtree weight next
        /// (ties: the one queued first), each at the first base where they fit.
        /// </summary>
        public void PlaceHeaviestFirst(IReadOnlyList<long> weights)
        {
            var prefix = new long[keys.Count + 1];
            for (int i = 0; i < keys.Count; i++)
            {
                prefix[i + 1] = prefix[i] + Math.Max(0, weights[i]);
            }
            var pending = new PriorityQueue<(int Node, int Lo, int Hi, int Depth), (long Weight, long Order)>(
                Comparer<(long Weight, long Order)>.Create((a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Order.CompareTo(b.Order)));
            long order = 0;
            pending.Enqueue((DoubleArrayTrie.Root, 0, keys.Count, 0), (prefix[keys.Count], order++));
            var childCodes = new List<int>();
            var childRanges = new List<(int Lo, int Hi)>();
            while (pending.TryDequeue(out var item, out _))
            {
                var (node, lo, hi, depth) = item;
                if (PlaceChildren(node, lo, hi, depth, childCodes, childRanges) is var b && b < 0)
                {
                    continue;
                }
                for (int k = 0; k < childCodes.Count; k++)
                {
                    var (clo, chi) = childRanges[k];
                    pending.Enqueue((b + childCodes[k], clo, chi, depth + 1), (prefix[chi] - prefix[clo], order++));
                }
            }
        }

        /// <summary>
        /// Marks the key that ends at <paramref name="node"/>, then gives the node's children (the contiguous
        /// runs of keys[lo..hi) sharing the character at <paramref name="depth"/>, written into
        /// <paramref name="childCodes"/> and <paramref name="childRanges"/>) the first base where they fit:
        /// that base, or -1 when the node has no children.
        /// </summary>
        private int PlaceChildren(int node, int lo, int hi, int depth, List<int> childCodes, List<(int Lo, int Hi)> childRanges)
        {
            if (lo < hi && keys[lo].Length == depth)
            {
                NodeOfKey[lo] = node;
                lo++;
            }
            if (lo >= hi)
            {
                return -1;
            }
            childCodes.Clear();
            childRanges.Clear();
            for (int i = lo; i < hi;)
            {
                char c = keys[i][depth];
                int j = i + 1;
                while (j < hi && keys[j][depth] == c)
                {
                    j++;
                }
                childCodes.Add(code[c]);
                childRanges.Add((i, j));
                i = j;
            }
            int b = FindBase(childCodes);
            Base[node] = b;
            BaseTaken[b] = true;
            foreach (int c in childCodes)
            {
                Check[b + c] = node;
                Used = Math.Max(Used, b + c);
            }
            return b;
        }

        private int FindBase(List<int> codes)
        {
            int min = int.MaxValue, max = 0;
            foreach (int c in codes)
            {
                min = Math.Min(min, c);
                max = Math.Max(max, c);
            }
            int pos = Math.Max(min + 1, _nextCheckPos) - 1;
            int occupied = 0;
            bool firstFree = true;
            while (true)
            {
                pos++;
                Ensure(pos + 1);
                if (Check[pos] != 0)
                {
                    occupied++;
                    continue;
                }
                if (firstFree)
                {
                    _nextCheckPos = pos;
                    firstFree = false;
                }
                int b = pos - min;
                Ensure(b + max + 1);
                if (b <= 0 || BaseTaken[b])
                {
                    continue;
                }
                bool fits = true;
                foreach (int c in codes)
                {
                    if (Check[b + c] != 0)
                    {
                        fits = false;
                        break;
                    }
                }
                if (fits)
                {
                    // Once the region before pos is nearly full, stop scanning it.
                    if (occupied * 20 >= (pos - _nextCheckPos + 1) * 19)
                    {
                        _nextCheckPos = pos;
                    }
                    return b;
                }
            }
        }

        private void Ensure(int size)
        {
            if (size <= Base.Length)
            {
                return;
            }
            int n = Math.Max(size, Base.Length * 2);
            Array.Resize(ref Base, n);
            Array.Resize(ref Check, n);
            Array.Resize(ref BaseTaken, n);
        }
    }
}
