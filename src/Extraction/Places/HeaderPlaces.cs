using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// The stretches of a document's page head that are read for places (and work teams) although they are no body: the
/// headline wherever a line outside the body carries it (a photo story repeats it above each caption),
/// the source where a line outside the body names it (来源:芜湖新闻网), and a byline line that names an
/// author (芜湖日报记者 付君兰, 中國時報記者王志偉/花蓮報導). A report's place is often only said there
/// (湖北宣恩:产业扶贫…). Navigation menus and share bars stay out: only what the document's own
/// metadata recognised as headline, source or author opens a stretch.
/// </summary>
internal static class HeaderPlaces
{
    /// <summary>A headline, source or author name shorter than this is not looked for in the text.</summary>
    private const int MinimumNameLength = 2;

    /// <summary>
    /// The stretches, as sorted, disjoint (Start, End) ranges of <see cref="ConvertedText.Original"/>
    /// outside <paramref name="body"/>; empty when the metadata names no headline, source or author.
    /// </summary>
    public static List<(int Start, int End)> Ranges(ConvertedText reading, IReadOnlyList<(int Start, int End)> body, DocumentMetadata metadata)
    {
        var ranges = new List<(int Start, int End)>();
        var title = Usable(metadata.Title);
        var source = Usable(metadata.Source);
        if (title is null && source is null && metadata.Authors.Count == 0)
        {
            return ranges;
        }
        var view = reading.View;
        for (int lineStart = 0; lineStart < view.Length;)
        {
            int lineEnd = view.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = view.Length;
            }
            var (start, end) = reading.ToOriginalSpan(lineStart, lineEnd);
            if (end > start && !SortedRanges.Overlap(body, start, end))
            {
                var line = view.AsSpan(lineStart, lineEnd - lineStart);
                AddOccurrences(ranges, reading, line, lineStart, title);
                AddOccurrences(ranges, reading, line, lineStart, source);
                foreach (var author in metadata.Authors)
                {
                    if (author.Length >= MinimumNameLength && line.Contains(author.AsSpan(), StringComparison.Ordinal))
                    {
                        ranges.Add((start, end));
                        break;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        if (ranges.Count > 1)
        {
            ranges.Sort();
            int kept = 0;
            for (int i = 1; i < ranges.Count; i++)
            {
                if (ranges[i].Start <= ranges[kept].End)
                {
                    ranges[kept] = (ranges[kept].Start, Math.Max(ranges[kept].End, ranges[i].End));
                }
                else
                {
                    ranges[++kept] = ranges[i];
                }
            }
            ranges.RemoveRange(kept + 1, ranges.Count - kept - 1);
        }
        return ranges;
    }

    private static string? Usable(string? name)
    {
        var trimmed = name?.Trim();
        return trimmed is { Length: >= MinimumNameLength } ? trimmed : null;
    }

    private static void AddOccurrences(List<(int Start, int End)> ranges, ConvertedText reading, ReadOnlySpan<char> line, int lineStart, string? name)
    {
        if (name is null)
        {
            return;
        }
        for (int from = 0; from < line.Length;)
        {
            int at = line[from..].IndexOf(name.AsSpan(), StringComparison.Ordinal);
            if (at < 0)
            {
                return;
            }
            int start = lineStart + from + at;
            ranges.Add(reading.ToOriginalSpan(start, start + name.Length));
            from += at + name.Length;
        }
    }

}
