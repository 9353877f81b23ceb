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
    private readonly List<Dictionary<char, int>> next = [];
    private readonly List<int> fail = [];

    /// <summary>The name ending at each node (index into the names), or -1.</summary>
    private readonly List<int> nameAt = [];

    /// <summary>The nearest node on the fail chain (the node itself excluded) where a name ends, or -1.</summary>
    private readonly List<int> outputLink = [];

    private readonly int[] nameLengths;
    private readonly SearchValues<char> firstChars;

    /// <summary>Builds the automaton; empty names are ignored, a repeated name answers to its first index.</summary>
    public NameSearch(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        nameLengths = new int[names.Count];
        NewNode();
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
                if (!next[node].TryGetValue(c, out var child))
                {
                    child = NewNode();
                    next[node][c] = child;
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

    private int NewNode()
    {
        next.Add([]);
        fail.Add(0);
        nameAt.Add(-1);
        outputLink.Add(-1);
        return next.Count - 1;
    }

    private void BuildFailLinks()
    {
        var queue = new Queue<int>();
        foreach (var child in next[0].Values)
        {
            queue.Enqueue(child);
        }
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (c, child) in next[node])
            {
                var f = fail[node];
                while (f != 0 && !next[f].ContainsKey(c))
                {
                    f = fail[f];
                }
                fail[child] = next[f].TryGetValue(c, out var target) && target != child ? target : 0;
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
            int child;
            while (!next[node].TryGetValue(c, out child) && node != 0)
            {
                node = fail[node];
            }
            node = next[node].TryGetValue(c, out child) ? child : 0;
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
}
