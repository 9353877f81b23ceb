using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// The medium a byline names as the article's source (来源:温州日报, 來源:中國電力網) is an organisation of the
/// text, as the people a byline credits are people (<see cref="CreditedPeople"/>): an organisation fact where the
/// byline, outside the body, names it.
/// </summary>
internal static class CreditedSources
{
    /// <summary>The shortest and longest source name reported.</summary>
    private const int MinName = 3, MaxName = 20;

    /// <summary>
    /// <paramref name="facts"/> (the body's, in document order) with an organisation fact for each occurrence of
    /// the source's name outside the body that no organisation fact overlaps, in document order.
    /// </summary>
    public static IReadOnlyList<Fact> AddTo(IReadOnlyList<Fact> facts, Document document)
    {
        var source = document.Metadata.Source;
        if (source is null || source.Length < MinName || source.Length > MaxName || !CreditedFacts.IsHan(source))
        {
            return facts;
        }
        var simplified = ScriptConverter.Default.ToSimplified(source);
        // 本站, 网络, an office's name: only a name that ends as a medium's or a body's does (…日报, …网, …社).
        if (!OrganizationRecognizer.EndsAsSourceName(simplified))
        {
            return facts;
        }
        var reading = document.Reading;
        var text = reading.View.AsSpan();
        List<Fact>? added = null;
        var from = 0;
        while (text[from..].IndexOf(source, StringComparison.Ordinal) is var k && k >= 0)
        {
            var at = from + k;
            from = at + source.Length;
            var (start, end) = reading.IsUnchanged ? (at, at + source.Length) : reading.ToOriginalSpan(at, at + source.Length);
            // A place inside the name (中国 of 中国电力网) is a place of its own; only an organisation there
            // already says the name.
            if (SortedRanges.Contain(document.Paragraphs, start, end)
                || CreditedFacts.Overlaps(facts.Where(f => f.Kind == FactKinds.Organization), start, end)
                || (added is not null && CreditedFacts.Overlaps(added, start, end)))
            {
                continue;
            }
            added ??= [];
            added.Add(new Fact
            {
                Doc = document.Name,
                Kind = FactKinds.Organization,
                Text = document.Text[start..end],
                Start = start,
                End = end,
                Name = simplified,
            });
        }
        return CreditedFacts.AddInOrder(facts, added);
    }
}
