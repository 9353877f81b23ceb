using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Text;

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
    /// <param name="kinds">The kinds wanted; all when null.</param>
    public IReadOnlyList<Fact> Extract(string text, DateOnly? documentDate = null, IReadOnlySet<FactKind>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Facts are read on the reading view (inline pinyin and lost characters cleaned), offsets mapped back.
        if (ReadingText.Create(text) is { IsUnchanged: false } reading)
        {
            return ReadingText.ToOriginal(Extract(reading.View, documentDate, kinds), reading);
        }
        var quantities = kinds is null ? _quantities.Extract(text, documentDate) : WantsQuantities(kinds) ? _quantities.Extract(text, documentDate, kinds) : [];
        var entityKinds = EntityKindsOf(kinds);
        var entities = entityKinds == EntityKinds.None ? [] : _entities.Extract(text, entityKinds);
        return Merge(quantities, entities, body: null);
    }

    /// <summary>
    /// The facts of a document's body: page furniture (navigation, bylines, share bars) is skipped
    /// and its offsets kept, so every fact points into <see cref="Document.Text"/>. The document's
    /// publish date resolves relative dates unless <paramref name="documentDate"/> is given.
    /// </summary>
    public IReadOnlyList<Fact> Extract(Document document, DateOnly? documentDate = null, IReadOnlySet<FactKind>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var date = documentDate ?? document.Metadata.PublishedDate;
        var reading = document.Reading; // the reading view: facts are read on clean text, offsets mapped back
        var quantities = kinds is null ? _quantities.Extract(reading.View, date) : WantsQuantities(kinds) ? _quantities.Extract(reading.View, date, kinds) : [];
        var entityKinds = EntityKindsOf(kinds);
        var entities = entityKinds == EntityKinds.None ? [] : _entities.Extract(reading.View, entityKinds, document.Name);
        return Merge(ReadingText.ToOriginal(quantities, reading), ReadingText.ToOriginal(entities, reading), document.Paragraphs);
    }

    /// <summary>Whether any quantity kind is wanted: a request for entities alone skips the quantity scan.</summary>
    private static bool WantsQuantities(IReadOnlySet<FactKind> kinds)
    {
        foreach (var kind in QuantityExtractor.Kinds)
        {
            if (kinds.Contains(kind))
            {
                return true;
            }
        }
        return false;
    }

    private static EntityKinds EntityKindsOf(IReadOnlySet<FactKind>? kinds)
    {
        if (kinds is null)
        {
            return EntityKinds.All;
        }
        // Asked, not enumerated: enumerating the set through its interface allocates on every call.
        return (kinds.Contains(FactKind.Place) ? EntityKinds.Place : EntityKinds.None)
            | (kinds.Contains(FactKind.Org) ? EntityKinds.Org : EntityKinds.None)
            | (kinds.Contains(FactKind.Person) ? EntityKinds.Person : EntityKinds.None)
            | (kinds.Contains(FactKind.Team) ? EntityKinds.Team : EntityKinds.None);
    }

    /// <summary>Both lists are in document order; merged by start, then end, keeping only facts inside the body when one is given.</summary>
    private static List<Fact> Merge(IReadOnlyList<Fact> a, IReadOnlyList<Fact> b, IReadOnlyList<(int Start, int Length)>? body)
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

    private static bool InBody(IReadOnlyList<(int Start, int Length)> paragraphs, int start, int end)
    {
        int lo = 0, hi = paragraphs.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var (s, length) = paragraphs[mid];
            if (end <= s)
            {
                hi = mid - 1;
            }
            else if (start >= s + length)
            {
                lo = mid + 1;
            }
            else
            {
                return start >= s && end <= s + length;
            }
        }
        return false;
    }
}
