namespace WorkTeam.Extraction.Text;

/// <summary>
/// Spans tested against sorted, disjoint (Start, End) ranges, such as a document's paragraphs or the lines
/// whose facts are kept: one binary search.
/// </summary>
internal static class SortedRanges
{
    /// <summary>Whether one of <paramref name="ranges"/> holds all of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool Contain(IReadOnlyList<(int Start, int End)> ranges, int start, int end) =>
        IndexOfOverlapping(ranges, start, end) is var i && i >= 0 && ranges[i].Start <= start && end <= ranges[i].End;

    /// <summary>Whether one of <paramref name="ranges"/> shares a character with [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool Overlap(IReadOnlyList<(int Start, int End)> ranges, int start, int end) =>
        IndexOfOverlapping(ranges, start, end) >= 0;

    /// <summary>
    /// The index of a range that shares a character with the span, -1 when none does. Since the ranges are
    /// disjoint, a span that one range holds overlaps that range alone.
    /// </summary>
    private static int IndexOfOverlapping(IReadOnlyList<(int Start, int End)> ranges, int start, int end)
    {
        int lo = 0, hi = ranges.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var (s, e) = ranges[mid];
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
                return mid;
            }
        }
        return -1;
    }
}
