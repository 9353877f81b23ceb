namespace WorkTeam.Extraction.Text;

/// <summary>
/// Pages wrapped at a fixed width (an old newspaper's column, every line 24 characters): a line break there is the
/// column's edge, not the text's, and may cut a number (歲入四千三⏎百十六萬五千元). The numeral parser reads a Chinese number
/// across it and the document keeps a fact across it in one body range. Linear: reads at most three lines of 80 characters.
/// </summary>
internal static class WrappedLines
{
    /// <summary>The shortest and longest line of a page wrapped at a fixed width (a newspaper column: 24 characters).</summary>
    private const int MinWidth = 16, MaxWidth = 80;

    /// <summary>
    /// The length of the line break at <paramref name="at"/> (1, or 2 for \r\n) when the text is wrapped there at a
    /// fixed width, else 0: the line it ends is 16 to 80 characters long and as long as the line after it or the line
    /// before it (an old newspaper's column, 北竿鄉…總計歲入四千三⏎百十六萬五千元,…: every line 24 characters). A line break of
    /// prose, a list or a table (lines of any length) is a real one. Reads at most three lines of 80 characters.
    /// </summary>
    public static int BreakLength(ReadOnlySpan<char> text, int at)
    {
        var br = at >= text.Length ? 0 : text[at] == '\n' ? 1 : text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 0;
        if (br == 0)
        {
            return 0;
        }
        var start = LineStartBefore(text, at);
        var length = at - start;
        if (start < 0 || length < MinWidth)
        {
            return 0;
        }
        var next = at + br;
        var nextEnd = next;
        while (nextEnd < text.Length && nextEnd - next <= MaxWidth && text[nextEnd] is not ('\n' or '\r'))
        {
            nextEnd++;
        }
        if (nextEnd - next == length)
        {
            return br;
        }
        var before = start - 1;
        if (before > 0 && text[before] == '\n' && text[before - 1] == '\r')
        {
            before--;
        }
        var previousStart = before > 0 ? LineStartBefore(text, before) : -1;
        return previousStart >= 0 && before - previousStart == length ? br : 0;
    }

    /// <summary>The start of the line ending at <paramref name="end"/>, or -1 when it is longer than a wrapped line.</summary>
    private static int LineStartBefore(ReadOnlySpan<char> text, int end)
    {
        var start = end;
        while (start > 0 && text[start - 1] is not ('\n' or '\r'))
        {
            if (end - --start > MaxWidth)
            {
                return -1;
            }
        }
        return start;
    }
}
