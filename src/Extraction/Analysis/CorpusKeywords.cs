namespace WorkTeam.Extraction.Analysis;

/// <summary>How keywords are weighed.</summary>
public enum KeywordMethod
{
    /// <summary>TF-IDF with jieba's IDF table (jieba.analyse.extract_tags).</summary>
    TfIdf,

    /// <summary>TextRank over the words' co-occurrence graph (jieba.analyse.textrank).</summary>
    TextRank,
}

/// <summary>
/// The keywords of many texts together, as if they were one text: TF-IDF counts their words
/// together, TextRank joins their co-occurrence graphs. Texts are counted one at a time, so a
/// corpus never has to be in memory at once; to count in parallel, give each worker its own
/// <see cref="CorpusKeywords"/> (or one per text) and <see cref="Add(CorpusKeywords)"/> them in input
/// order: the order in which words are first seen breaks ties between equal weights, as in jieba.
/// </summary>
/// <remarks>Not thread-safe: one instance is filled by one thread at a time.</remarks>
public sealed class CorpusKeywords
{
    private readonly KeywordExtractor _extractor;
    private readonly IReadOnlyCollection<string>? _allowedTags;
    private readonly TermCounts? _terms;
    private readonly CooccurrenceCounts? _pairs;

    /// <summary>An empty count for <paramref name="method"/>, segmenting with <paramref name="extractor"/>.</summary>
    /// <param name="extractor">The extractor whose segmenter (and IDF table) is used; <see cref="KeywordExtractor.Default"/> for jieba's.</param>
    /// <param name="method">TF-IDF or TextRank.</param>
    /// <param name="allowedTags">As in <see cref="KeywordExtractor.ExtractTfIdf"/> and <see cref="KeywordExtractor.ExtractTextRank"/>:
    /// the POS tags of the words that count; null for each method's default.</param>
    public CorpusKeywords(KeywordExtractor extractor, KeywordMethod method, IReadOnlyCollection<string>? allowedTags = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractor = extractor;
        _allowedTags = allowedTags;
        Method = method;
        switch (method)
        {
            case KeywordMethod.TfIdf:
                _terms = new TermCounts();
                break;
            case KeywordMethod.TextRank:
                _pairs = new CooccurrenceCounts();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "not a keyword method");
        }
    }

    /// <summary>The method these counts are for.</summary>
    public KeywordMethod Method { get; }

    /// <summary>Counts the words of <paramref name="text"/> (one document of the corpus).</summary>
    /// <param name="text">The text, simplified or traditional.</param>
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_terms is not null)
        {
            _extractor.CountTerms(text, _terms, _allowedTags);
        }
        else
        {
            _extractor.CountCooccurrences(text, _pairs!, _allowedTags);
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/> after this one's (words this one has not seen come last).</summary>
    /// <param name="other">Counts of the same method.</param>
    /// <exception cref="ArgumentException"><paramref name="other"/> counts for another method.</exception>
    public void Add(CorpusKeywords other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Method != Method)
        {
            throw new ArgumentException($"cannot add {other.Method} counts to {Method} counts", nameof(other));
        }
        if (_terms is not null)
        {
            _terms.Terms.AddAll(other._terms!.Terms);
        }
        else
        {
            _pairs!.Pairs.AddAll(other._pairs!.Pairs);
        }
    }

    /// <summary>The <paramref name="top"/> keywords of everything added, highest first, weighed as
    /// <see cref="KeywordExtractor.ExtractTfIdf"/> or <see cref="KeywordExtractor.ExtractTextRank"/> weigh one text.</summary>
    /// <param name="top">How many keywords; 0 or less for all.</param>
    public IReadOnlyList<Keyword> Top(int top = 20) =>
        _terms is not null ? _extractor.RankTfIdf(_terms, top) : KeywordExtractor.RankTextRank(_pairs!, top);
}
