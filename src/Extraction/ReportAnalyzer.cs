using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction;

/// <summary>
/// The library's one entry point for facts: every money, count, measure, percent, date, place,
/// organisation, person and work team of a text or a document, as <see cref="Fact"/> records in
/// document order with UTF-16 offsets into the original text (traditional text included: the
/// surface stays traditional, names are simplified). Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var facts = ReportAnalyzer.Default.Extract(Document.Load("report.html"));
/// var some = ReportAnalyzer.Default.Extract("投入资金600余万元", new DateOnly(2021, 7, 13));
/// </code>
/// </example>
public sealed class ReportAnalyzer
{
    private static readonly Lazy<ReportAnalyzer> LazyDefault = new(() => new ReportAnalyzer(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly QuantityExtractor _quantities;
    private readonly EntityExtractor _entities;

    /// <summary>An analyzer with the given recognizers; the defaults when null.</summary>
    /// <param name="quantities">The money, count, measure, percent and date recognizers.</param>
    /// <param name="entities">The place, organisation, person and work-team recognizers (with their gazetteer).</param>
    public ReportAnalyzer(QuantityExtractor? quantities = null, EntityExtractor? entities = null)
    {
        _quantities = quantities ?? new QuantityExtractor();
        _entities = entities ?? new EntityExtractor();
    }

    /// <summary>The analyzer with the default recognizers and the embedded gazetteer, shared by all threads.</summary>
    public static ReportAnalyzer Default => LazyDefault.Value;

    /// <summary>The facts of <paramref name="text"/>, in document order.</summary>
    /// <param name="text">Simplified or traditional text.</param>
    /// <param name="documentDate">The document's own date: it fixes 去年/今年 and year-less dates; without it they stay XXXX.</param>
    /// <param name="kinds">The kinds wanted; all by default.</param>
    public IReadOnlyList<Fact> Extract(string text, DateOnly? documentDate = null, FactKinds kinds = FactKinds.All)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quantities = (kinds & FactKinds.Quantities) != 0 ? _quantities.Extract(text, documentDate, kinds) : [];
        var entities = (kinds & FactKinds.Entities) != 0 ? _entities.Extract(text, kinds) : [];
        return Merge(quantities, entities, body: null);
    }

    /// <summary>
    /// The facts of a document's body: page furniture (navigation, bylines, share bars) is skipped
    /// and its offsets kept, so every fact points into <see cref="Document.Text"/>. The document's
    /// publish date resolves relative dates unless <paramref name="documentDate"/> is given.
    /// </summary>
    public IReadOnlyList<Fact> Extract(Document document, DateOnly? documentDate = null, FactKinds kinds = FactKinds.All)
    {
        ArgumentNullException.ThrowIfNull(document);
        var date = documentDate ?? document.Metadata.PublishedDate;
        var quantities = (kinds & FactKinds.Quantities) != 0 ? _quantities.Extract(document.Text, date, kinds) : [];
        var entities = (kinds & FactKinds.Entities) != 0 ? _entities.Extract(document.Text, kinds, document.Name) : [];
        return Merge(quantities, entities, document.Paragraphs);
    }

    /// <summary>Both lists are in document order; merged by start, then end, keeping only facts inside the body when one is given.</summary>
    private static List<Fact> Merge(IReadOnlyList<Fact> a, IReadOnlyList<Fact> b, IReadOnlyList<(int Start, int End)>? body)
    {
        var facts = new List<Fact>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            Fact next = j >= b.Count || (i < a.Count && (a[i].Start, a[i].End).CompareTo((b[j].Start, b[j].End)) <= 0) ? a[i++] : b[j++];
            if (body is null || InBody(body, next.Start, next.End))
            {
                facts.Add(next);
            }
        }
        return facts;
    }

    private static bool InBody(IReadOnlyList<(int Start, int End)> paragraphs, int start, int end)
    {
        int lo = 0, hi = paragraphs.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var (s, e) = paragraphs[mid];
            if (end <= s)
            {
                hi = mid - 1;
            }
            else if (start >= e)
            {
                lo = mid + 1;
            }
            else
            {
                return start >= s && end <= e;
            }
        }
        return false;
    }
}
