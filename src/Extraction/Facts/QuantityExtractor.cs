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
    public const FactKinds Kinds = FactKinds.Quantities;

    /// <summary>Extracts every money, count, measure, percent and date fact of <paramref name="text"/>.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="documentDate">The document's own date, when known: it fixes 今年/去年/明年 and dates written without a year.</param>
    /// <param name="kinds">The kinds wanted; kinds other than money, count, measure, percent and date are ignored.</param>
    /// <returns>The facts in document order; <see cref="Fact.Doc"/> is left unset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Fact> Extract(string text, DateOnly? documentDate = null, FactKinds kinds = FactKinds.Quantities) =>
        QuantityScanner.Scan(text, documentDate, kinds & Kinds, TaiwanYears);
}
