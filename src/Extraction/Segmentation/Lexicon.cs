using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Segmentation;

/// <summary>
/// Words added or removed by a user dictionary, as an overlay on the embedded dictionary: a small
/// trie of the user's words and their prefixes. A node whose word the user set carries that
/// frequency (0 for a removed word) and maybe a tag; other nodes defer to the embedded dictionary.
/// Filled by <see cref="SegmenterBuilder"/>, read-only once a segmenter uses it.
/// </summary>
internal sealed class UserLexicon
{
    public const int Root = 0;

    private readonly Dictionary<long, int> _edges = [];
    private readonly List<int> _freq = [-1];       // -1: no frequency set by the user
    private readonly List<double> _logFreq = [0];
    private readonly List<string?> _tag = [null];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int node, char c) => _edges.TryGetValue(((long)node << 16) | c, out int next) ? next : -1;

    /// <summary>The user's frequency for the word at <paramref name="node"/>, or -1 when the user set none.</summary>
    public int Frequency(int node) => _freq[node];

    public double LogFrequency(int node) => _logFreq[node];

    public string? Tag(int node) => _tag[node];

    public int Find(ReadOnlySpan<char> word)
    {
        int node = Root;
        foreach (char c in word)
        {
            node = Next(node, c);
            if (node < 0)
            {
                return -1;
            }
        }
        return node;
    }

    public void Set(string word, int frequency, string? tag)
    {
        int node = Root;
        foreach (char c in word)
        {
            int next = Next(node, c);
            if (next < 0)
            {
                next = _freq.Count;
                _freq.Add(-1);
                _logFreq.Add(0);
                _tag.Add(null);
                _edges[((long)node << 16) | c] = next;
            }
            node = next;
        }
        _freq[node] = frequency;
        _logFreq[node] = frequency > 0 ? Math.Log(frequency) : 0;
        if (tag is not null)
        {
            _tag[node] = tag;
        }
    }
}

/// <summary>
/// What jieba's FREQ, total and word-tag table are: the embedded dictionary plus an optional
/// user overlay. Immutable once built.
/// </summary>
internal sealed class Lexicon
{
    public Lexicon(JiebaDictionary dictionary, UserLexicon? user, long total, HashSet<string>? forceSplit)
    {
        Dictionary = dictionary;
        User = user;
        Total = total;
        LogTotal = Math.Log(total);
        ForceSplit = forceSplit is { Count: > 0 } ? forceSplit : null;
        ForceSplitLookup = ForceSplit?.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public JiebaDictionary Dictionary { get; }
    public UserLexicon? User { get; }
    public long Total { get; }
    public double LogTotal { get; }

    /// <summary>Words the HMM must not produce whole (added with frequency 0), as finalseg's Force_Split_Words.</summary>
    public HashSet<string>? ForceSplit { get; }

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? ForceSplitLookup { get; }

    /// <summary>jieba's <c>FREQ.get(word)</c>: the frequency, 0 for a prefix, null when absent.</summary>
    /// <remarks>The user overlay's look-up is a call of its own, so the segmenter's per-line methods,
    /// which inline this one and are compiled at their first call, stay small to compile.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int? Frequency(ReadOnlySpan<char> word) => User is null ? Dictionary.Find(word) : FrequencyWithUser(word);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int? FrequencyWithUser(ReadOnlySpan<char> word)
    {
        int u = User!.Find(word);
        if (u >= 0 && User.Frequency(u) >= 0)
        {
            return User.Frequency(u);
        }
        int b = Dictionary.FindNode(word);
        return b >= 0 ? Dictionary.Frequency(b) : u >= 0 ? 0 : null;
    }

    /// <summary>True when <paramref name="word"/> is one of <see cref="ForceSplit"/> (a call of its own: see <see cref="Frequency"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public bool IsForceSplit(ReadOnlySpan<char> word) => ForceSplitLookup is { } lookup && lookup.Contains(word);

    /// <summary>True when jieba's <c>FREQ.get(word)</c> is truthy (a word with a positive frequency).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(ReadOnlySpan<char> word) => Frequency(word) is > 0;

    /// <summary>posseg's <c>word_tag_tab.get(word, 'x')</c>.</summary>
    public string Tag(ReadOnlySpan<char> word)
    {
        if (User is not null)
        {
            int u = User.Find(word);
            if (u >= 0 && User.Tag(u) is { } userTag)
            {
                return userTag;
            }
        }
        int b = Dictionary.FindNode(word);
        return (b >= 0 ? Dictionary.Tag(b) : null) ?? "x";
    }
}
