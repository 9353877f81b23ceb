namespace WorkTeam.Extraction.Facts;

/// <summary>
/// Extracts the quantities of a text — money, counts, measures, percentages and dates — as
/// <see cref="Fact"/> records in document order, with UTF-16 offsets into the text as given
/// (simplified or traditional) and values normalized as in the output contract. Stateless and
/// thread-safe: one instance serves any number of documents at once.
/// </summary>
public sealed class QuantityExtractor
{
    /// <summary>
    /// Whether a bare year below 120 (八十六年) is a Republic of China year. Null, the default, decides
    /// per text: Taiwan text is recognised by markers such as 民國, 臺灣, 新臺幣, 立法院.
    /// </summary>
    public bool? TaiwanYears { get; init; }

    /// <summary>The kinds this extractor produces.</summary>
    public static IReadOnlyList<FactKind> Kinds { get; } = [FactKind.Money, FactKind.Count, FactKind.Measure, FactKind.Percent, FactKind.Date];

    /// <summary>Extracts every money, count, measure, percent and date fact of <paramref name="text"/>.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="documentDate">The document's own date, when known: it fixes 今年/去年/明年 and dates written without a year.</param>
    /// <returns>The facts in document order; <see cref="Fact.Doc"/> is left unset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Fact> Extract(string text, DateOnly? documentDate = null) =>
        QuantityScanner.Scan(text, documentDate, QuantityScanner.KindMask.All, TaiwanYears);

    /// <summary>Extracts the facts of the given kinds only.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="documentDate">The document's own date, when known.</param>
    /// <param name="kinds">The kinds wanted; kinds other than money, count, measure, percent and date are ignored.</param>
    /// <returns>The facts of those kinds in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="kinds"/> is null.</exception>
    public IReadOnlyList<Fact> Extract(string text, DateOnly? documentDate, IEnumerable<FactKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var mask = QuantityScanner.KindMask.None;
        if (kinds is IReadOnlySet<FactKind> set)
        {
            // A set (what ReportAnalyzer passes) is asked for each of the five kinds: enumerating it boxed an
            // enumerator on every call, and callers extracting line by line call this once per line.
            for (var i = 0; i < Kinds.Count; i++)
            {
                mask |= set.Contains(Kinds[i]) ? MaskOf(Kinds[i]) : QuantityScanner.KindMask.None;
            }
            return QuantityScanner.Scan(text, documentDate, mask, TaiwanYears);
        }
        foreach (var kind in kinds)
        {
            mask |= MaskOf(kind);
        }
        return QuantityScanner.Scan(text, documentDate, mask, TaiwanYears);
    }

    private static QuantityScanner.KindMask MaskOf(FactKind kind) => kind switch
    {
        FactKind.Money => QuantityScanner.KindMask.Money,
        FactKind.Count => QuantityScanner.KindMask.Count,
        FactKind.Measure => QuantityScanner.KindMask.Measure,
        FactKind.Percent => QuantityScanner.KindMask.Percent,
        FactKind.Date => QuantityScanner.KindMask.Date,
        _ => QuantityScanner.KindMask.None,
    };
}
