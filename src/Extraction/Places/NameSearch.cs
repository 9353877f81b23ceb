using System.Buffers;

namespace WorkTeam.Extraction.Places;

/// <summary>An occurrence of one of a <see cref="NameSearch"/>'s names: the span and the index of the name.</summary>
internal readonly record struct NameOccurrence(int Start, int End, int Name);

/// <summary>
/// Finds every occurrence of a set of names in one pass over a text (an Aho–Corasick automaton), so that
/// looking for the repeats of n learned names costs one scan of the text, not n. The recognizers learn
/// names as they go (a person, a village, a masthead) and look for them again; with one IndexOf loop
/// per name a long text with many names took time proportional to their product.
/// Immutable after construction, so one instance may be shared between threads.
/// </summary>
internal sealed class NameSearch
{
    /// <summary>The goto function: the child of a node by a character, keyed <c>node &lt;&lt; 16 | character</c>.</summary>
    /// <remarks>One table for the whole trie: built for every document that learns names, a dictionary per node was most of its cost.</remarks>
    private readonly Dictionary<long, int> next;

    /// <summary>Each node's first child and next sibling (-1 for none): the breadth-first walk of the fail links.</summary>
    private readonly int[] firstChild;
    private readonly int[] nextSibling;
    private readonly char[] label;
    private readonly int[] fail;

    /// <summary>The name ending at each node (index into the names), or -1.</summary>
    private readonly int[] nameAt;

    /// <summary>The nearest node on the fail chain (the node itself excluded) where a name ends, or -1.</summary>
    private readonly int[] outputLink;

    private readonly int[] nameLengths;
    private readonly SearchValues<char> firstChars;
    private int nodes;

    /// <summary>At most this many names are looked for one by one (a vectorized IndexOf each) instead of by an automaton.</summary>
    private const int MaxFew = 4;

    /// <summary>
    /// The names, when they are at most <see cref="MaxFew"/>: a line that learned a name or two is scanned a few
    /// times, which costs less than building the automaton for it (the dictionary, seven arrays, the fail links).
    /// </summary>
    private readonly string[]? few;

    private static readonly Dictionary<long, int> NoChildren = [];

    private static readonly SearchValues<char> NoChars = SearchValues.Create(string.Empty);

    /// <summary>Builds the automaton; empty names are ignored, a repeated name answers to its first index.</summary>
    public NameSearch(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        nameLengths = new int[names.Count];
        if (names.Count <= MaxFew)
        {
            few = [.. names];
            next = NoChildren;
            firstChild = nextSibling = fail = nameAt = outputLink = [];
            label = [];
            firstChars = NoChars;
            return;
        }
        var capacity = 1;
        for (var n = 0; n < names.Count; n++)
        {
            capacity += names[n].Length;
        }
        next = new Dictionary<long, int>(capacity);
        firstChild = new int[capacity];
        nextSibling = new int[capacity];
        label = new char[capacity];
        fail = new int[capacity];
        nameAt = new int[capacity];
        outputLink = new int[capacity];
        NewNode(-1, '\0');
        var first = new HashSet<char>();
        for (var n = 0; n < names.Count; n++)
        {
            var name = names[n];
            nameLengths[n] = name.Length;
            if (name.Length == 0)
            {
                continue;
            }
            first.Add(name[0]);
            var node = 0;
            foreach (var c in name)
            {
                if (!next.TryGetValue(Key(node, c), out var child))
                {
                    child = NewNode(node, c);
                    next[Key(node, c)] = child;
                }
                node = child;
            }
            if (nameAt[node] < 0)
            {
                nameAt[node] = n;
            }
        }
        firstChars = SearchValues.Create(new string([.. first]));
        BuildFailLinks();
    }

    private static long Key(int node, char c) => (long)node << 16 | c;

    private int NewNode(int parent, char c)
    {
        var node = nodes++;
        firstChild[node] = -1;
        nextSibling[node] = -1;
        label[node] = c;
        fail[node] = 0;
        nameAt[node] = -1;
        outputLink[node] = -1;
        if (parent >= 0)
        {
            nextSibling[node] = firstChild[parent];
            firstChild[parent] = node;
        }
        return node;
    }

    private void BuildFailLinks()
    {
        // Breadth first, so that a node's fail link is set before any deeper node's that may follow it.
        var queue = new Queue<int>();
        for (var child = firstChild[0]; child >= 0; child = nextSibling[child])
        {
            queue.Enqueue(child);
        }
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            for (var child = firstChild[node]; child >= 0; child = nextSibling[child])
            {
                var c = label[child];
                var f = fail[node];
                while (f != 0 && !next.ContainsKey(Key(f, c)))
                {
                    f = fail[f];
                }
                fail[child] = next.TryGetValue(Key(f, c), out var target) && target != child ? target : 0;
                outputLink[child] = nameAt[fail[child]] >= 0 ? fail[child] : outputLink[fail[child]];
                queue.Enqueue(child);
            }
        }
    }

    /// <summary>
    /// All occurrences in <paramref name="text"/>, ordered by name index, then by start. For each name they
    /// are taken left to right without overlapping each other (as repeated IndexOf from the previous end).
    /// </summary>
    public List<NameOccurrence> FindAll(ReadOnlySpan<char> text)
    {
        if (few is not null)
        {
            return FindFew(few, text);
        }
        var hits = new List<NameOccurrence>();
        var node = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (node == 0)
            {
                var skip = text[i..].IndexOfAny(firstChars);
                if (skip < 0)
                {
                    break;
                }
                i += skip;
            }
            var c = text[i];
            // Down the fail links to the first node with a child by c (the root when none has): one lookup a node.
            int child;
            while (!next.TryGetValue(Key(node, c), out child))
            {
                if (node == 0)
                {
                    child = 0;
                    break;
                }
                node = fail[node];
            }
            node = child;
            for (var o = nameAt[node] >= 0 ? node : outputLink[node]; o >= 0; o = outputLink[o])
            {
                var name = nameAt[o];
                hits.Add(new NameOccurrence(i + 1 - nameLengths[name], i + 1, name));
            }
        }
        hits.Sort(static (a, b) => a.Name != b.Name ? a.Name.CompareTo(b.Name) : a.Start.CompareTo(b.Start));
        // Per name, left to right without self-overlap (阿阿 in 阿阿阿 once).
        var kept = 0;
        for (var k = 0; k < hits.Count; k++)
        {
            if (kept > 0 && hits[kept - 1].Name == hits[k].Name && hits[k].Start < hits[kept - 1].End)
            {
                continue;
            }
            hits[kept++] = hits[k];
        }
        hits.RemoveRange(kept, hits.Count - kept);
        return hits;
    }

    /// <summary>At most this many names are looked for by <see cref="FindOnce"/> one by one, no automaton built.</summary>
    private const int MaxScannedOnce = 32;

    /// <summary>
    /// What <c>new NameSearch(names).FindAll(text)</c> finds, for names looked for in one text only (the stems a line's
    /// places give): up to <see cref="MaxScannedOnce"/> names a vectorised search each, which on a line costs less than
    /// building the automaton (a dictionary, seven arrays, the fail links) for one walk.
    /// </summary>
    public static List<NameOccurrence> FindOnce(IReadOnlyList<string> names, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count <= MaxScannedOnce ? FindFew(names, text) : new NameSearch(names).FindAll(text);
    }

    /// <summary>What <see cref="FindAll"/> finds, name by name: each left to right without self-overlap, a repeated name only at its first index.</summary>
    private static List<NameOccurrence> FindFew(IReadOnlyList<string> names, ReadOnlySpan<char> text)
    {
        var hits = new List<NameOccurrence>();
        for (var n = 0; n < names.Count; n++)
        {
            var name = names[n];
            if (name.Length == 0 || IndexBefore(names, name, n) >= 0)
            {
                continue;
            }
            for (var from = 0; from + name.Length <= text.Length;)
            {
                var at = text[from..].IndexOf(name);
                if (at < 0)
                {
                    break;
                }
                hits.Add(new NameOccurrence(from + at, from + at + name.Length, n));
                from += at + name.Length;
            }
        }
        return hits;
    }

    /// <summary>The first index below <paramref name="count"/> of <paramref name="name"/> in <paramref name="names"/>, or -1.</summary>
    private static int IndexBefore(IReadOnlyList<string> names, string name, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (string.Equals(names[k], name, StringComparison.Ordinal))
            {
                return k;
            }
        }
        return -1;
    }
}
