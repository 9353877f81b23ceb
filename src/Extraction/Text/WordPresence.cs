namespace WorkTeam.Extraction.Text;

/// <summary>
/// Whether a text holds any of a few dozen words: a search for the words' first characters,
/// then a comparison with the words that open with the one found. Answers as
/// <c>text.ContainsAny(SearchValues.Create(words, StringComparison.Ordinal))</c> does, but that one walks an
/// Aho–Corasick automaton through a dictionary at every character of a CJK text (its fast scan is for
/// ASCII): ~12% of a warm extraction pass, more in a cold one, where it runs instrumented. Immutable.
/// The first characters are a bit per UTF-16 unit, tested at each character: a vectorised search for a few
/// hundred CJK characters (a probabilistic map) stops at most CJK characters of a text to check its guess,
/// which cost more than the bit test (measured on the SIGHAN corpus).
/// </summary>
internal sealed class WordPresence
{
    /// <summary>The first characters as one bit per UTF-16 unit (8 KB).</summary>
    private readonly uint[] firstBits = new uint[(char.MaxValue + 1) / 32];

    /// <summary>The distinct first characters, sorted, and at the same index the words that open with each.</summary>
    private readonly char[] firsts;
    private readonly string[][] byFirst;

    /// <summary>Empty words are ignored.</summary>
    public WordPresence(IEnumerable<string> words)
    {
        var groups = new Dictionary<char, List<string>>();
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }
            if (!groups.TryGetValue(word[0], out var group))
            {
                groups[word[0]] = group = [];
            }
            group.Add(word);
        }
        firsts = [.. groups.Keys.Order()];
        byFirst = [.. firsts.Select(c => groups[c].ToArray())];
        foreach (var c in firsts)
        {
            firstBits[c >> 5] |= 1u << c;
        }
    }

    /// <summary>True when one of the words occurs in <paramref name="text"/>.</summary>
    public bool OccursIn(ReadOnlySpan<char> text)
    {
        var bits = firstBits;
        for (var at = 0; at < text.Length; at++)
        {
            var c = text[at];
            if ((bits[c >> 5] & (1u << c)) == 0)
            {
                continue;
            }
            var rest = text[at..];
            foreach (var word in byFirst[Array.BinarySearch(firsts, c)])
            {
                if (rest.StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The end (offset past its last character) of the shortest word that starts at <paramref name="at"/> of
    /// <paramref name="text"/>, or <see cref="int.MaxValue"/> when none does.
    /// </summary>
    public int ShortestEndAt(ReadOnlySpan<char> text, int at)
    {
        var c = text[at];
        if ((firstBits[c >> 5] & (1u << c)) == 0)
        {
            return int.MaxValue;
        }
        var end = int.MaxValue;
        var rest = text[at..];
        foreach (var word in byFirst[Array.BinarySearch(firsts, c)])
        {
            if (at + word.Length < end && rest.StartsWith(word, StringComparison.Ordinal))
            {
                end = at + word.Length;
            }
        }
        return end;
    }

    /// <summary>
    /// The least end (offset past its last character) of a word that starts in <c>[from, to)</c> of <paramref name="text"/>,
    /// if less than <paramref name="bound"/>, else <paramref name="bound"/>; a word may run past <paramref name="to"/>. The walk
    /// stops where no word starting there could end before the least end found: <see cref="OccursIn"/> of <c>text[a..b]</c>
    /// is whether this end for <c>[a, b)</c> is at most <paramref name="to"/> = b.
    /// </summary>
    public int LeastEnd(ReadOnlySpan<char> text, int from, int to, int bound)
    {
        var bits = firstBits;
        for (var at = from; at < to && at < bound; at++)
        {
            var c = text[at];
            if ((bits[c >> 5] & (1u << c)) == 0)
            {
                continue;
            }
            var rest = text[at..];
            foreach (var word in byFirst[Array.BinarySearch(firsts, c)])
            {
                if (at + word.Length < bound && rest.StartsWith(word, StringComparison.Ordinal))
                {
                    bound = at + word.Length;
                }
            }
        }
        return bound;
    }
}
