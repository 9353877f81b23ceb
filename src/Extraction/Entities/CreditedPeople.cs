using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// The people a document's byline credits (reporters and editors: 记者 吕游, 编 辑:周婷婷, □张骋) are people of
/// the text like any other (docs/facts.md) when their names read as people's (user names do not): the byline
/// lines lie outside the body, whose facts alone the
/// recognizers report, so each credited name the document's reader found (<see cref="DocumentMetadata.Authors"/>,
/// <see cref="DocumentMetadata.Editors"/>) is reported where it stands outside the body, its characters next
/// to each other or one blank apart (马 瑞).
/// </summary>
internal static class CreditedPeople
{
    /// <summary>The shortest and longest credited name reported: a Han name of two to four characters.</summary>
    private const int MinName = 2, MaxName = 4;

    /// <summary>
    /// <paramref name="facts"/> (the body's, in document order) with a person fact for each occurrence of a
    /// credited name outside the body that no fact overlaps, in document order.
    /// </summary>
    public static IReadOnlyList<Fact> AddTo(IReadOnlyList<Fact> facts, Document document)
    {
        var metadata = document.Metadata;
        if (metadata.Authors.Count == 0 && metadata.Editors.Count == 0)
        {
            return facts;
        }
        // Found on the reading view (no inline pinyin: 张(wan4)赏华), reported in the document's text.
        var reading = document.Reading;
        var text = reading.View.AsSpan();
        List<Fact>? added = null;
        foreach (var credited in metadata.Authors.Concat(metadata.Editors).Distinct(StringComparer.Ordinal))
        {
            var name = Squash(credited);
            var simplified = ScriptConverter.Default.ToSimplified(name);
            if (name.Length < MinName || name.Length > MaxName || !CreditedFacts.IsHan(name) || !PersonRecognizer.LooksLikeHanName(simplified))
            {
                // A user name credited as an author (枯樹臨風) is no person.
                continue;
            }
            var from = 0;
            while (text[from..].IndexOf(name[0]) is var k && k >= 0)
            {
                var at = from + k;
                from = at + 1;
                var viewEnd = MatchEnd(text, at, name);
                if (viewEnd < 0)
                {
                    continue;
                }
                var (start, end) = reading.IsUnchanged ? (at, viewEnd) : reading.ToOriginalSpan(at, viewEnd);
                if (SortedRanges.Contain(document.Paragraphs, start, end) || CreditedFacts.Overlaps(facts, start, end)
                    || (added is not null && CreditedFacts.Overlaps(added, start, end)))
                {
                    continue;
                }
                added ??= [];
                added.Add(new Fact
                {
                    Doc = document.Name,
                    Kind = FactKinds.Person,
                    Text = document.Text[start..end],
                    Start = start,
                    End = end,
                    Name = simplified,
                });
            }
        }
        return CreditedFacts.AddInOrder(facts, added);
    }

    /// <summary>The end of <paramref name="name"/> written at <paramref name="at"/>, one blank allowed between its characters; -1 when it is not there.</summary>
    private static int MatchEnd(ReadOnlySpan<char> text, int at, string name)
    {
        var i = at;
        for (var k = 0; k < name.Length; k++)
        {
            if (k > 0 && i < text.Length && PersonRecognizer.IsBlank(text[i]))
            {
                i++;
            }
            if (i >= text.Length || text[i] != name[k])
            {
                return -1;
            }
            i++;
        }
        return i;
    }

    private static string Squash(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c) && !PersonRecognizer.IsBlank(c)));

}
