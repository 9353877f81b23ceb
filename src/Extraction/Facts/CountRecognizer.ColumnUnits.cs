using WorkTeam.Extraction.Numbers;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// A table whose unit stands in its column's header cell, in brackets at the cell's end (资金规模(万元), 現價 (萬元), 增速 (%)):
/// a bare number that is a whole cell of a row below reads that unit. Rows are bar-separated lines (a | b | c |) or, in an
/// HTML table dumped one cell a line, the runs of cell lines (`529757 |`) between lines holding only a bar.
/// </summary>
internal static partial class CountRecognizer
{
    /// <summary>The most cells of a one-cell-a-line row read (a wider row is no table this rule reads).</summary>
    private const int MaxGroupCells = 16;

    /// <summary>
    /// 资金类别 | 项目名称 | 资金规模(万元) | 责任单位 | over 高新区…资金 | 农业保险 | 10.8 | 社会事务局 |: 10.8 is 108,000 CNY, the
    /// unit the header cell of its column names in brackets (万/亿, 百/千 scaling it; a measure word makes a count, 公顷 a
    /// measure, % a percent). The header is the nearest row up, within <see cref="HeaderScopeLines"/> lines, with the same
    /// number of cells whose cell in that column holds an ideograph; rows of numbers between are passed over. A header cell
    /// without a bracketed unit (项目名称, 责任单位), a row of another width or a line of prose between gives nothing.
    /// </summary>
    private static bool TryColumnHeaderCell(ReadOnlySpan<char> text, in NumberPhrase phrase, ref QuantityCandidate candidate)
    {
        if (phrase.Style != NumeralStyle.Arabic || phrase.HasMultiplier || phrase.Max is not null || phrase.Approx != Approximation.Exact
            || phrase.Start == 0)
        {
            return false;
        }
        var before = phrase.Start;
        while (before > 0 && IsCellSpace(text[before - 1]))
        {
            before--;
        }
        var after = phrase.End;
        while (after < text.Length && IsCellSpace(text[after]))
        {
            after++;
        }
        var barBefore = before > 0 && text[before - 1] == '|';
        var lineBefore = before == 0 || text[before - 1] is '\n' or '\r';
        var barAfter = after < text.Length && text[after] == '|';
        if (!barAfter || !(barBefore || lineBefore))
        {
            return false; // a whole cell closed by a bar
        }
        var lineStart = LineStartWithin(text, before);
        var lineEnd = LineEndWithin(text, after);
        if (lineStart < 0 || lineEnd < 0)
        {
            return false;
        }
        var line = text[lineStart..lineEnd];
        if (!barBefore && IsBlankAfter(line, after + 1 - lineStart))
        {
            return OneCellColumnUnit(text, lineStart, lineEnd, phrase.Value, phrase.End, ref candidate); // 529757 |
        }
        var cells = BarCells(line, -1, out _, out _);
        var index = BarCellIndex(line, phrase.Start - lineStart);
        if (cells < 2 || index < 0)
        {
            return false;
        }
        var end = lineStart;
        var floor = Math.Max(0, lineStart - HeaderScopeChars);
        for (var lines = 0; lines < HeaderScopeLines && end > floor; lines++)
        {
            var upEnd = end;
            while (upEnd > floor && text[upEnd - 1] is '\n' or '\r')
            {
                upEnd--;
            }
            var upStart = upEnd;
            while (upStart > floor && text[upStart - 1] is not ('\n' or '\r'))
            {
                upStart--;
            }
            end = upStart;
            var up = text[upStart..upEnd];
            if (up.IsWhiteSpace())
            {
                continue;
            }
            if (up.Length > TableRowLength || BarCells(up, index, out var cellStart, out var cellEnd) != cells)
            {
                return false; // prose, a title or a row of another table
            }
            switch (HeaderCellUnit(up[cellStart..cellEnd], phrase.Value, phrase.End, ref candidate))
            {
                case HeaderCell.Unit:
                    return true;
                case HeaderCell.Label:
                    return false;
            }
        }
        return false;
    }

    /// <summary>What a cell of a row above says of its column: a unit (applied), a label without one, or a value (read on up).</summary>
    private enum HeaderCell { Value, Label, Unit }

    /// <summary>A header cell that ends with its unit in brackets applies it to the value (see <see cref="TryColumnHeaderCell"/>).</summary>
    private static HeaderCell HeaderCellUnit(ReadOnlySpan<char> cell, decimal value, int end, ref QuantityCandidate candidate)
    {
        if (!HasIdeograph(cell) && (cell.IsEmpty || NumeralChars.ArabicDigit(cell[0]) >= 0 || IsDashes(cell)))
        {
            return HeaderCell.Value; // a number, a dash or an empty cell: a row of values
        }
        if (cell.IsEmpty || NumeralChars.Narrow(cell[^1]) != ')')
        {
            return HeaderCell.Label;
        }
        var open = LastNarrow(cell[..^1], '(');
        if (open < 1 || IsRankHeader(cell[..open]))
        {
            return HeaderCell.Label;
        }
        var unit = cell[(open + 1)..^1].Trim(" \t\u3000");
        if (unit.Length == 0 || unit.Length > HeaderUnitLength)
        {
            return HeaderCell.Label;
        }
        if (unit.Length == 1 && NumeralChars.Narrow(unit[0]) == '%')
        {
            candidate.Kind = FactKinds.Percent;
            candidate.Unit = "%";
            candidate.Value = value;
            candidate.End = end;
            return HeaderCell.Unit;
        }
        var saved = candidate;
        if (!NumeralChars.IsIdeograph(unit[0]) || !WithBracketedUnit(unit, value, end, ref candidate))
        {
            candidate = saved;
            return HeaderCell.Label;
        }
        return HeaderCell.Unit;
    }

    /// <summary>
    /// 529757 | in a table dumped one cell a line: its row is the run of cell lines between the nearest lines holding only a
    /// bar above and below; the rows above, each as wide, are read up for the header cell at the same place (行業名稱 |
    /// 現價 (萬元) | 不變價 (萬元) | 增速 (%) |: 529757 in the second place is 5,297,570,000 CNY, 13.1 in the fourth 13.1%).
    /// </summary>
    private static bool OneCellColumnUnit(ReadOnlySpan<char> text, int lineStart, int lineEnd, decimal value, int end, ref QuantityCandidate candidate)
    {
        var floor = Math.Max(0, lineStart - HeaderScopeChars);
        var index = 0;
        var rowStart = lineStart;
        while (true)
        {
            var (upStart, upEnd) = LineAbove(text, rowStart, floor);
            if (upStart < 0 || index >= MaxGroupCells)
            {
                return false;
            }
            var up = text[upStart..upEnd].Trim(" \t\u3000");
            if (up.Length == 1 && up[0] == '|')
            {
                rowStart = upStart;
                break;
            }
            if (!IsOneCellLine(up))
            {
                return false;
            }
            index++;
            rowStart = upStart;
        }
        var width = index + 1;
        var below = lineEnd;
        while (width <= MaxGroupCells)
        {
            var (downStart, downEnd) = LineBelow(text, below);
            if (downStart < 0)
            {
                break;
            }
            var down = text[downStart..downEnd].Trim(" \t\u3000");
            if (!IsOneCellLine(down) || (down.Length == 1 && down[0] == '|'))
            {
                break;
            }
            width++;
            below = downEnd;
        }
        // rowStart is the separator above this row: read the rows above it, each closed by a separator line.
        var separator = rowStart;
        for (var rows = 0; rows < HeaderScopeLines; rows++)
        {
            var cellsUp = 0;
            var cellAt = (Start: -1, End: -1);
            var at = separator;
            var top = false;
            while (true)
            {
                var (upStart, upEnd) = LineAbove(text, at, floor);
                var up = upStart < 0 ? default : text[upStart..upEnd].Trim(" \t\u3000");
                if (upStart < 0 || !IsOneCellLine(up))
                {
                    top = true; // the table's first row, under its title
                    break;
                }
                at = upStart;
                if (up.Length == 1 && up[0] == '|')
                {
                    break;
                }
                if (++cellsUp > width)
                {
                    return false;
                }
                cellAt = width - cellsUp == index ? (upStart, upEnd) : cellAt;
            }
            if (cellsUp != width || cellAt.Start < 0)
            {
                return false;
            }
            var cell = text[cellAt.Start..cellAt.End].Trim(" \t\u3000").TrimEnd('|').Trim(" \t\u3000");
            switch (HeaderCellUnit(cell, value, end, ref candidate))
            {
                case HeaderCell.Unit:
                    return true;
                case HeaderCell.Label:
                    return false;
            }
            if (top)
            {
                return false;
            }
            separator = at;
        }
        return false;
    }

    /// <summary>An empty table cell written as dashes (-, —, ---).</summary>
    private static bool IsDashes(ReadOnlySpan<char> cell)
    {
        foreach (var c in cell)
        {
            if (!RangeMarks.IsDash(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A line holding one cell closed by a bar (现价 (万元) |, 529757 |), or only the bar.</summary>
    private static bool IsOneCellLine(ReadOnlySpan<char> trimmed) =>
        trimmed.Length > 0 && trimmed.Length <= TableLabelLength * 2 && trimmed[^1] == '|' && trimmed[..^1].IndexOf('|') < 0;

    /// <summary>The line above the one starting at <paramref name="lineStart"/>, blank lines passed over ((-1, -1) at the floor).</summary>
    private static (int Start, int End) LineAbove(ReadOnlySpan<char> text, int lineStart, int floor)
    {
        var end = lineStart;
        while (end > floor && text[end - 1] is '\n' or '\r')
        {
            end--;
        }
        if (end <= floor)
        {
            return (-1, -1);
        }
        var start = end;
        while (start > floor && text[start - 1] is not ('\n' or '\r'))
        {
            if (end - --start > TableRowLength)
            {
                return (-1, -1);
            }
        }
        return (start, end);
    }

    /// <summary>The line below the one ending at <paramref name="lineEnd"/>, blank lines passed over ((-1, -1) at the text's end).</summary>
    private static (int Start, int End) LineBelow(ReadOnlySpan<char> text, int lineEnd)
    {
        var start = lineEnd;
        while (start < text.Length && text[start] is '\n' or '\r')
        {
            start++;
        }
        if (start >= text.Length)
        {
            return (-1, -1);
        }
        var end = start;
        while (end < text.Length && text[end] is not ('\n' or '\r'))
        {
            if (++end - start > TableRowLength)
            {
                return (-1, -1);
            }
        }
        return (start, end);
    }

    /// <summary>The start of the line holding <paramref name="at"/>, or -1 past a row's length.</summary>
    private static int LineStartWithin(ReadOnlySpan<char> text, int at)
    {
        var start = at;
        while (start > 0 && text[start - 1] is not ('\n' or '\r'))
        {
            if (at - --start > TableRowLength)
            {
                return -1;
            }
        }
        return start;
    }

    /// <summary>The end of the line holding <paramref name="at"/>, or -1 past a row's length.</summary>
    private static int LineEndWithin(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && text[end] is not ('\n' or '\r'))
        {
            if (++end - at > TableRowLength)
            {
                return -1;
            }
        }
        return end;
    }

    /// <summary>Whether only cell spaces follow <paramref name="from"/> on the line.</summary>
    private static bool IsBlankAfter(ReadOnlySpan<char> line, int from)
    {
        for (var k = from; k < line.Length; k++)
        {
            if (!IsCellSpace(line[k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The cells of a bar-separated row (a leading bar and the blank after the last bar opening none); the trimmed span of
    /// cell <paramref name="index"/> in <paramref name="start"/>, <paramref name="end"/> (-1 when there is none).
    /// </summary>
    private static int BarCells(ReadOnlySpan<char> line, int index, out int start, out int end)
    {
        start = end = -1;
        var k = 0;
        while (k < line.Length && IsCellSpace(line[k]))
        {
            k++;
        }
        if (k < line.Length && line[k] == '|')
        {
            k++;
        }
        var count = 0;
        var bars = 0;
        while (k < line.Length)
        {
            var s = k;
            while (k < line.Length && line[k] != '|')
            {
                k++;
            }
            var e = k;
            var last = k == line.Length;
            while (s < e && IsCellSpace(line[s]))
            {
                s++;
            }
            while (e > s && IsCellSpace(line[e - 1]))
            {
                e--;
            }
            if (last && s == e)
            {
                break;
            }
            if (count == index)
            {
                (start, end) = (s, e);
            }
            count++;
            if (!last)
            {
                k++;
                bars++;
            }
        }
        return bars == 0 ? 0 : count;
    }

    /// <summary>The index of the bar-separated cell that holds <paramref name="at"/> (see <see cref="BarCells"/>), or -1.</summary>
    private static int BarCellIndex(ReadOnlySpan<char> line, int at)
    {
        var count = BarCells(line, -1, out _, out _);
        for (var i = 0; i < count; i++)
        {
            BarCells(line, i, out var s, out var e);
            if (s <= at && at < e)
            {
                return i;
            }
        }
        return -1;
    }
}
