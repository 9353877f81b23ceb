using System.Collections.Frozen;
using WorkTeam.Extraction.Segmentation;

namespace WorkTeam.Extraction.Analysis;

/// <summary>
/// Keywords of a text as jieba.analyse finds them: TF-IDF with jieba's IDF table
/// (<c>extract_tags</c>) and TextRank over a co-occurrence graph (<c>textrank</c>). Results equal
/// Python jieba 0.42.1's, weights and tie order included. Immutable and thread-safe.
/// </summary>
public sealed class KeywordExtractor
{
    /// <summary>The parts of speech TextRank keeps by default: place names, nouns, verbal nouns, verbs.</summary>
    private static readonly FrozenSet<string> DefaultTextRankTags = FrozenSet.Create(StringComparer.Ordinal, "ns", "n", "vn", "v");

    /// <summary>jieba's KeywordExtractor.STOP_WORDS (compared after lower-casing).</summary>
    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(StringComparer.Ordinal,
        "the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are",
        "by", "be", "as", "on", "with", "can", "if", "from", "which", "you", "it",
        "this", "then", "at", "have", "all", "not", "one", "has", "or");

    private const int LongestStopWord = 5;

    /// <summary>TextRank's window: a word is linked to the next <c>Span - 1</c> tokens.</summary>
    private const int Span = 5;

    private const double Damping = 0.85;

    private const int Iterations = 10;

    /// <summary>Python's sys.float_info.min, where jieba starts its running maximum.</summary>
    private const double SmallestNormal = 2.2250738585072014e-308;

    private static readonly Lazy<KeywordExtractor> LazyDefault = new(
        () => new KeywordExtractor(Segmenter.Default, IdfTable.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Segmenter _segmenter;
    private readonly IdfTable _idf;

    /// <summary>An extractor that segments with <paramref name="segmenter"/> (for example one with a user dictionary) and weighs with jieba's IDF table.</summary>
    public KeywordExtractor(Segmenter segmenter)
        : this(segmenter, IdfTable.Default)
    {
    }

    internal KeywordExtractor(Segmenter segmenter, IdfTable idf)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        _segmenter = segmenter;
        _idf = idf;
    }

    /// <summary>The extractor with the embedded dictionary and IDF table, shared by all threads.</summary>
    public static KeywordExtractor Default => LazyDefault.Value;

    /// <summary>
    /// The <paramref name="top"/> words of <paramref name="text"/> by TF-IDF, highest first
    /// (jieba.analyse.extract_tags with withWeight=True). A word the IDF table lacks gets the median IDF.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="top">How many keywords; 0 or less for all.</param>
    /// <param name="allowedTags">When given and not empty, only words with these POS tags count (allowPOS).</param>
    public IReadOnlyList<Keyword> ExtractTfIdf(string text, int top = 20, IReadOnlyCollection<string>? allowedTags = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new TermCounts();
        CountTerms(text, counts, allowedTags);
        return RankTfIdf(counts, top);
    }

    /// <summary>
    /// The <paramref name="top"/> words of <paramref name="text"/> by TextRank, highest first, weights
    /// normalised so the best is 1 (jieba.analyse.textrank with withWeight=True).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="top">How many keywords; 0 or less for all.</param>
    /// <param name="allowedTags">The POS tags of words in the graph; null for jieba's default (ns, n, vn, v).</param>
    public IReadOnlyList<Keyword> ExtractTextRank(string text, int top = 20, IReadOnlyCollection<string>? allowedTags = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pairs = new CooccurrenceCounts();
        CountCooccurrences(text, pairs, allowedTags);
        return RankTextRank(pairs, top);
    }

    /// <summary>Adds the term frequencies of <paramref name="text"/> to <paramref name="counts"/> (for a folder: one call per document).</summary>
    internal void CountTerms(string text, TermCounts counts, IReadOnlyCollection<string>? allowedTags)
    {
        text = SimplifiedView(text);
        bool filter = allowedTags is { Count: > 0 };
        var tokens = new List<TokenSpan>();
        if (filter)
        {
            _segmenter.SegmentWithTags(text, hmm: true, tokens);
        }
        else
        {
            _segmenter.Segment(text, SegmentationMode.Precise, hmm: true, tokens);
        }
        foreach (var token in tokens)
        {
            if (filter && !allowedTags!.Contains(token.Tag!))
            {
                continue;
            }
            var word = text.AsSpan(token.Start, token.Length);
            if (!IsCandidate(word))
            {
                continue;
            }
            counts.Terms.Add(word.ToString());
        }
    }

    /// <summary>
    /// Keywords are words of the dictionary and the IDF table, which are simplified: traditional text is
    /// read in its simplified form (so 工作隊 and 工作队 are one keyword, and its IDF is found); simplified
    /// text as it is, so the results stay jieba.analyse's.
    /// </summary>
    private static string SimplifiedView(string text) =>
        Text.ScriptDetector.Detect(text) is Text.Script.Simplified ? text : Text.ScriptConverter.Default.ToSimplified(text);

    /// <summary>TF-IDF weights of <paramref name="counts"/>: count × (idf / total), sorted stably by weight.</summary>
    internal IReadOnlyList<Keyword> RankTfIdf(TermCounts counts, int top)
    {
        var terms = counts.Terms;
        double total = 0.0;
        for (int i = 0; i < terms.Count; i++)
        {
            total += terms.CountAt(i);
        }
        var keywords = new Keyword[terms.Count];
        for (int i = 0; i < keywords.Length; i++)
        {
            string word = terms.KeyAt(i);
            // Same operation order as jieba (freq[k] *= idf / total) so the doubles are equal bit for bit.
            keywords[i] = new Keyword(word, terms.CountAt(i) * (_idf.Get(word) / total));
        }
        return TopByWeight(keywords, top);
    }

    /// <summary>Adds the windowed co-occurrences of <paramref name="text"/> to <paramref name="pairs"/>.</summary>
    internal void CountCooccurrences(string text, CooccurrenceCounts pairs, IReadOnlyCollection<string>? allowedTags)
    {
        text = SimplifiedView(text);
        var tags = allowedTags ?? DefaultTextRankTags;
        var tokens = new List<TokenSpan>();
        _segmenter.SegmentWithTags(text, hmm: true, tokens);
        var words = new string?[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var word = text.AsSpan(token.Start, token.Length);
            if (tags.Contains(token.Tag!) && IsCandidate(word))
            {
                words[i] = word.ToString();
            }
        }
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i] is not { } first)
            {
                continue;
            }
            for (int j = i + 1; j < i + Span && j < words.Length; j++)
            {
                if (words[j] is { } second)
                {
                    pairs.Pairs.Add((first, second));
                }
            }
        }
    }

    /// <summary>jieba's UndirectWeightedGraph.rank over <paramref name="pairs"/>, then normalised and sorted.</summary>
    internal static IReadOnlyList<Keyword> RankTextRank(CooccurrenceCounts pairs, int top)
    {
        // Nodes in the order jieba's defaultdict first sees them: the start, then the end, of each edge in cm order.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var edges = new List<List<(int Other, int Weight)>>();
        int Node(string name)
        {
            if (!ids.TryGetValue(name, out int id))
            {
                id = names.Count;
                ids.Add(name, id);
                names.Add(name);
                edges.Add([]);
            }
            return id;
        }
        var cm = pairs.Pairs;
        for (int i = 0; i < cm.Count; i++)
        {
            var (start, end) = cm.KeyAt(i);
            int weight = cm.CountAt(i);
            int a = Node(start);
            int b = Node(end);
            edges[a].Add((b, weight));
            edges[b].Add((a, weight));
        }
        int n = names.Count;
        if (n == 0)
        {
            return [];
        }
        var ws = new double[n];
        var outSum = new double[n];
        double initial = 1.0 / n;
        for (int i = 0; i < n; i++)
        {
            ws[i] = initial;
            double sum = 0.0;
            foreach (var (_, weight) in edges[i])
            {
                sum += weight;
            }
            outSum[i] = sum;
        }
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }
        // Python sorts str by code point; UTF-16 ordinal order differs only around surrogates.
        Array.Sort(order, (x, y) => CompareCodePoints(names[x], names[y]));
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            foreach (int node in order)
            {
                double s = 0;
                foreach (var (other, weight) in edges[node])
                {
                    s += weight / outSum[other] * ws[other];
                }
                ws[node] = (1 - Damping) + Damping * s;
            }
        }
        double min = double.MaxValue;
        double max = SmallestNormal;
        foreach (double w in ws)
        {
            if (w < min)
            {
                min = w;
            }
            if (w > max)
            {
                max = w;
            }
        }
        var keywords = new Keyword[n];
        for (int i = 0; i < n; i++)
        {
            keywords[i] = new Keyword(names[i], (ws[i] - min / 10.0) / (max - min / 10.0));
        }
        return TopByWeight(keywords, top);
    }

    /// <summary>Python's sorted(..., reverse=True) is stable: equal weights keep their first-seen order.</summary>
    private static Keyword[] TopByWeight(Keyword[] keywords, int top)
    {
        var index = new int[keywords.Length];
        for (int i = 0; i < index.Length; i++)
        {
            index[i] = i;
        }
        Array.Sort(index, (x, y) =>
        {
            int byWeight = keywords[y].Weight.CompareTo(keywords[x].Weight);
            return byWeight != 0 ? byWeight : x.CompareTo(y);
        });
        int take = top > 0 ? Math.Min(top, keywords.Length) : keywords.Length;
        var result = new Keyword[take];
        for (int i = 0; i < take; i++)
        {
            result[i] = keywords[index[i]];
        }
        return result;
    }

    /// <summary>jieba's filter: at least two characters once whitespace is stripped, and not a stop word.</summary>
    private static bool IsCandidate(ReadOnlySpan<char> word)
    {
        int start = 0;
        int end = word.Length;
        while (start < end && IsPythonSpace(word[start]))
        {
            start++;
        }
        while (end > start && IsPythonSpace(word[end - 1]))
        {
            end--;
        }
        int codePoints = 0;
        for (int i = start; i < end && codePoints < 2; i++)
        {
            if (!char.IsLowSurrogate(word[i]))
            {
                codePoints++;
            }
        }
        if (codePoints < 2)
        {
            return false;
        }
        return word.Length > LongestStopWord || !StopWords.Contains(word.ToString().ToLowerInvariant());
    }

    /// <summary>str.isspace: .NET's white space plus the information separators U+001C..U+001F.</summary>
    private static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || (c >= '\u001C' && c <= '\u001F');

    internal static int CompareCodePoints(string a, string b)
    {
        int length = Math.Min(a.Length, b.Length);
        for (int i = 0; i < length; i++)
        {
            char x = a[i];
            char y = b[i];
            if (x == y)
            {
                continue;
            }
            bool surrogateX = char.IsSurrogate(x);
            bool surrogateY = char.IsSurrogate(y);
            if (surrogateX != surrogateY)
            {
                return surrogateX ? 1 : -1;
            }
            return x.CompareTo(y);
        }
        return a.Length.CompareTo(b.Length);
    }
}
