using System.Globalization;
using System.Text.Json;
using WorkTeam.Extraction.Documents;

namespace WorkTeam.Extraction.Benchmarks.NewsHtml;

/// <summary>How one page of the news-html corpus came out against its expectation.</summary>
internal sealed record PageScore(
    string Page,
    string ExpectedBy,
    double BodyPrecision,
    double BodyRecall,
    double BodyF1,
    bool? TitleExact,
    bool? TitleContains,
    bool? DateMatch,
    bool? AuthorMatch,
    bool? AuthorOrEditorMatch,
    string? Title,
    string? Published,
    string Authors);

/// <summary>
/// Scores <see cref="Document"/> on the news-html corpus (folders with page.html and expected.json).
/// Body: character-level F1 over the multiset of non-space characters (order-free, so line breaks and
/// paragraph splits do not count). Title: exact, and contained either way. Date: the date parts
/// equal, and the time too when both state one. Author: every expected name among the authors
/// found (names split on spaces), and the same against authors plus editors.
/// </summary>
internal static class NewsHtmlScorer
{
    public static IReadOnlyList<PageScore> ScoreAll(string corpus)
    {
        var scores = new List<PageScore>();
        foreach (var folder in Directory.GetDirectories(corpus).Order(StringComparer.Ordinal))
        {
            var expectedPath = Path.Combine(folder, "expected.json");
            if (File.Exists(expectedPath))
            {
                scores.Add(Score(folder));
            }
        }
        return scores;
    }

    public static PageScore Score(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "expected.json")));
        var root = json.RootElement;
        var document = Document.Load(Path.Combine(folder, "page.html"));
        var expectedBody = root.GetProperty("body").GetString() ?? string.Empty;
        var (p, r, f) = CharF1(string.Join('\n', document.Paragraphs.Select(range => document.Text[range.Start..range.End])), expectedBody);

        var expectedTitle = StringOrNull(root, "title");
        var title = document.Metadata.Title;
        bool? titleExact = expectedTitle is null ? null : Squash(title) == Squash(expectedTitle);
        bool? titleContains = expectedTitle is null ? null
            : title is { Length: > 0 } && (Squash(expectedTitle).Contains(Squash(title), StringComparison.Ordinal) || Squash(title).Contains(Squash(expectedTitle), StringComparison.Ordinal));

        var expectedDate = StringOrNull(root, "published");
        bool? dateMatch = expectedDate is null ? null : DateMatches(document.Metadata, expectedDate);

        var expectedAuthor = StringOrNull(root, "author");
        bool? authorMatch = null;
        bool? looseMatch = null;
        if (expectedAuthor is not null)
        {
            var names = expectedAuthor.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
            authorMatch = names.All(n => document.Metadata.Authors.Contains(n));
            looseMatch = names.All(n => document.Metadata.Authors.Contains(n) || document.Metadata.Editors.Contains(n));
        }
        return new PageScore(Path.GetFileName(folder), root.GetProperty("expected_by").GetString() ?? "", p, r, f,
            titleExact, titleContains, dateMatch, authorMatch, looseMatch, title, document.Metadata.Published,
            string.Join(' ', document.Metadata.Authors) + " / " + string.Join(' ', document.Metadata.Editors));
    }

    private static string? StringOrNull(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Squash(string? text) => new((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>Precision, recall and F1 of the characters of <paramref name="actual"/> against <paramref name="expected"/>, spaces ignored.</summary>
    public static (double Precision, double Recall, double F1) CharF1(string actual, string expected)
    {
        var counts = new Dictionary<char, int>();
        int expectedTotal = 0;
        foreach (var c in expected)
        {
            if (!char.IsWhiteSpace(c))
            {
                counts[c] = counts.GetValueOrDefault(c) + 1;
                expectedTotal++;
            }
        }
        int actualTotal = 0;
        int common = 0;
        foreach (var c in actual)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            actualTotal++;
            if (counts.TryGetValue(c, out var left) && left > 0)
            {
                counts[c] = left - 1;
                common++;
            }
        }
        if (common == 0)
        {
            return (0, 0, 0);
        }
        double precision = (double)common / actualTotal;
        double recall = (double)common / expectedTotal;
        return (precision, recall, 2 * precision * recall / (precision + recall));
    }

    /// <summary>
    /// Whether the extracted date agrees with the expected text (2005-3-11 12:12, 2019年09月07日 04:04,
    /// 09月07日): the stated parts of the expectation must equal ours; a year-less expectation
    /// compares month and day.
    /// </summary>
    public static bool DateMatches(DocumentMetadata metadata, string expected)
    {
        if (metadata.PublishedDate is not { } date)
        {
            return false;
        }
        var numbers = new List<int>();
        var current = -1;
        foreach (var c in expected + " ")
        {
            if (char.IsAsciiDigit(c))
            {
                current = (current < 0 ? 0 : current * 10) + (c - '0');
            }
            else if (current >= 0)
            {
                numbers.Add(current);
                current = -1;
            }
        }
        int[] ours = [date.Year, date.Month, date.Day,
            metadata.PublishedTime?.Hour ?? -1, metadata.PublishedTime?.Minute ?? -1, metadata.PublishedTime?.Second ?? -1];
        var offset = numbers.Count > 0 && numbers[0] >= 1000 ? 0 : 1;
        for (int i = 0; i < numbers.Count && i + offset < ours.Length; i++)
        {
            var ourValue = ours[i + offset];
            if (ourValue < 0)
            {
                // We stated less than the expectation: right as far as it goes, unless only the date was expected.
                return i + offset >= 3;
            }
            if (ourValue != numbers[i])
            {
                return false;
            }
        }
        return true;
    }

    public static string Format(IReadOnlyList<PageScore> scores)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine("page                       body P  body R  body F1  title= title~ date  author auth|ed  found title / published / authors / editors");
        foreach (var s in scores)
        {
            w.WriteLine($"{s.Page,-26} {s.BodyPrecision,6:F3}  {s.BodyRecall,6:F3}  {s.BodyF1,6:F3}   {Mark(s.TitleExact),-5}  {Mark(s.TitleContains),-5}  {Mark(s.DateMatch),-4}  {Mark(s.AuthorMatch),-5}  {Mark(s.AuthorOrEditorMatch),-6}  {s.Title} / {s.Published} / {s.Authors}");
        }
        w.WriteLine();
        foreach (var group in scores.GroupBy(s => s.Page.Split('_')[0]).Append(scores.GroupBy(_ => "all").Single()))
        {
            var list = group.ToList();
            w.WriteLine($"{group.Key,-12} pages {list.Count,2}  body F1 mean {list.Average(s => s.BodyF1):F3} (P {list.Average(s => s.BodyPrecision):F3}, R {list.Average(s => s.BodyRecall):F3}), F1>=0.9: {list.Count(s => s.BodyF1 >= 0.9)}"
                + $"  title exact {Rate(list, s => s.TitleExact)} contains {Rate(list, s => s.TitleContains)}"
                + $"  date {Rate(list, s => s.DateMatch)}  author {Rate(list, s => s.AuthorMatch)} (with editors {Rate(list, s => s.AuthorOrEditorMatch)})");
        }
        return w.ToString();
    }

    private static string Mark(bool? value) => value switch { null => "-", true => "yes", false => "NO" };

    private static string Rate(List<PageScore> list, Func<PageScore, bool?> pick)
    {
        var known = list.Select(pick).Where(v => v.HasValue).ToList();
        return known.Count == 0 ? "-" : $"{known.Count(v => v == true)}/{known.Count}";
    }
}
