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
    private static bool TryColumnHeaderCell(ReadOnlySpan<char> text, in NumberPhrase phrase, DateState state, ref QuantityCandidate candidate)
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
        var rows = state.ColumnHeaders;
        rows.Read(text, lineStart, lineEnd);
        var index = rows.Cells < 2 ? -1 : rows.CellAt(phrase.Start);
        if (index < 0)
        {
            return false;
        }
        var headStart = rows.HeadStart[index];
        if (headStart < 0 || rows.Ordinal - rows.HeadOrdinal[index] > HeaderScopeLines
            || rows.HeadLineStart[index] < Math.Max(0, lineStart - HeaderScopeChars))
        {
            return false; // no header within reach: prose, a title or a row of another table above
        }
        return HeaderCellUnit(text[headStart..rows.HeadEnd[index]], phrase.Value, phrase.End, ref candidate) == HeaderCell.Unit;
    }

    /// <summary>
    /// The bar-table row last read by <see cref="TryColumnHeaderCell"/> and, for each of its columns, the nearest cell above it
    /// that is no value (a header with or without its unit): the row's other numbers reuse it, and the next row of the same
    /// table takes it over, adding only the cells of the row it passes. Each row is split once, so a table of N rows and C
    /// cells costs N·C and not, as reading up from each number did, N·C·(C + 40 lines). Kept per text in the scanner's state.
    /// </summary>
    internal sealed class HeaderRows
    {
        /// <summary>More cells than a row read can hold (a row is at most about two <see cref="TableRowLength"/>s long).</summary>
        private const int Capacity = 4 * TableRowLength + 8;

        private readonly int[] _starts = new int[Capacity], _ends = new int[Capacity];
        private readonly int[] _upStarts = new int[Capacity], _upEnds = new int[Capacity];

        /// <summary>The row read (its line's start, -1 for none, and end), its number of cells (0 for no bar row) and its line's ordinal.</summary>
        public int RowStart = -1, RowEnd, Cells, Ordinal;

        /// <summary>Per column: the nearest cell above that is no value (start -1 for none), its line's ordinal and the line's start.</summary>
        public readonly int[] HeadStart = new int[Capacity], HeadEnd = new int[Capacity], HeadOrdinal = new int[Capacity], HeadLineStart = new int[Capacity];

        /// <summary>Forgets the row read (a new text).</summary>
        public void Forget() => RowStart = -1;

        /// <summary>The column whose cell holds <paramref name="at"/>, or -1 (a bar or a space between cells).</summary>
        public int CellAt(int at)
        {
            int lo = 0, hi = Cells - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_starts[mid] <= at)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            return hi >= 0 && at < _ends[hi] ? hi : -1;
        }

        /// <summary>Makes the row of line <paramref name="lineStart"/>..<paramref name="lineEnd"/> the one read, with its columns' headers.</summary>
        public void Read(ReadOnlySpan<char> text, int lineStart, int lineEnd)
        {
            if (RowStart == lineStart && RowEnd == lineEnd)
            {
                return;
            }
            var cells = SplitCells(text, lineStart, lineEnd, _upStarts, _upEnds);
            var gap = RowStart >= 0 && RowEnd <= lineStart && Cells >= 2 && cells == Cells && RowEnd - RowStart <= TableRowLength
                ? BlankLines(text, RowEnd, lineStart)
                : -1;
            if (gap >= 0)
            {
                // The row read is right above this one (blank lines between): its non-value cells head their columns now.
                for (var j = 0; j < Cells; j++)
                {
                    if (!IsValueCell(text[_starts[j].._ends[j]]))
                    {
                        (HeadStart[j], HeadEnd[j], HeadOrdinal[j], HeadLineStart[j]) = (_starts[j], _ends[j], Ordinal, RowStart);
                    }
                }
                Ordinal += gap + 1;
                Take(lineStart, lineEnd, cells);
                return;
            }
            Take(lineStart, lineEnd, cells);
            Ordinal = 0;
            Array.Fill(HeadStart, -1, 0, cells);
            if (cells < 2)
            {
                return;
            }
            // A new table (or the first row read in it): read up once for all its columns, the rows above each as wide.
            var open = cells;
            var end = lineStart;
            var floor = Math.Max(0, lineStart - HeaderScopeChars);
            for (var lines = 0; lines < HeaderScopeLines && end > floor && open > 0; lines++)
            {
                var (upStart, upEnd) = PreviousLine(text, end, floor);
                end = upStart;
                if (text[upStart..upEnd].IsWhiteSpace())
                {
                    continue;
                }
                if (upEnd - upStart > TableRowLength || SplitCells(text, upStart, upEnd, _upStarts, _upEnds) != cells)
                {
                    return; // prose, a title or a row of another table
                }
                for (var j = 0; j < cells; j++)
                {
                    if (HeadStart[j] < 0 && !IsValueCell(text[_upStarts[j].._upEnds[j]]))
                    {
                        (HeadStart[j], HeadEnd[j], HeadOrdinal[j], HeadLineStart[j]) = (_upStarts[j], _upEnds[j], -(lines + 1), upStart);
                        open--;
                    }
                }
            }
        }

        /// <summary>Makes the cells just split (in the up buffers) the row read.</summary>
        private void Take(int lineStart, int lineEnd, int cells)
        {
            Array.Copy(_upStarts, _starts, cells);
            Array.Copy(_upEnds, _ends, cells);
            (RowStart, RowEnd, Cells) = (lineStart, lineEnd, cells);
        }
    }

    /// <summary>The whitespace-only lines between <paramref name="from"/> and <paramref name="to"/> (blank lines not counted), or -1 past any other character.</summary>
    private static int BlankLines(ReadOnlySpan<char> text, int from, int to)
    {
        var lines = 0;
        var inLine = false;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c is '\n' or '\r')
            {
                inLine = false;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return -1;
            }
            else if (!inLine)
            {
                inLine = true;
                lines++;
            }
        }
        return lines;
    }

    /// <summary>A number, a dash or an empty cell: a row of values, read past on the way up to a column's header.</summary>
    private static bool IsValueCell(ReadOnlySpan<char> cell) =>
        !HasIdeograph(cell) && (cell.IsEmpty || NumeralChars.ArabicDigit(cell[0]) >= 0 || IsDashes(cell));

    /// <summary>What a cell of a row above says of its column: a unit (applied), a label without one, or a value (read on up).</summary>
    private enum HeaderCell { Value, Label, Unit }

    /// <summary>A header cell that ends with its unit in brackets applies it to the value (see <see cref="TryColumnHeaderCell"/>).</summary>
    private static HeaderCell HeaderCellUnit(ReadOnlySpan<char> cell, decimal value, int end, ref QuantityCandidate candidate)
    {
        if (IsValueCell(cell))
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

    /// <summary>
    /// The line above <paramref name="end"/> (the line breaks just before it passed over), read back no further than
    /// <paramref name="floor"/>: empty at the floor, and not capped at a row's length, since the header walks bound
    /// themselves by a window of characters and judge a long line themselves (a long header line may still name the unit).
    /// </summary>
    private static (int Start, int End) PreviousLine(ReadOnlySpan<char> text, int end, int floor)
    {
        while (end > floor && text[end - 1] is '\n' or '\r')
        {
            end--;
        }
        var start = end;
        while (start > floor && text[start - 1] is not ('\n' or '\r'))
        {
            start--;
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
    /// The cells of the bar-separated row <paramref name="lineStart"/>..<paramref name="lineEnd"/> (a leading bar and the blank
    /// after the last bar opening none), their trimmed spans written to <paramref name="starts"/> and <paramref name="ends"/>;
    /// 0 for a line without a bar.
    /// </summary>
    private static int SplitCells(ReadOnlySpan<char> text, int lineStart, int lineEnd, int[] starts, int[] ends)
    {
        var k = lineStart;
        while (k < lineEnd && IsCellSpace(text[k]))
        {
            k++;
        }
        if (k < lineEnd && text[k] == '|')
        {
            k++;
        }
        var count = 0;
        var bars = 0;
        while (k < lineEnd && count < starts.Length)
        {
            var s = k;
            while (k < lineEnd && text[k] != '|')
            {
                k++;
            }
            var e = k;
            var last = k == lineEnd;
            while (s < e && IsCellSpace(text[s]))
            {
                s++;
            }
            while (e > s && IsCellSpace(text[e - 1]))
            {
                e--;
            }
            if (last && s == e)
            {
                break;
            }
            (starts[count], ends[count]) = (s, e);
            count++;
            if (!last)
            {
                k++;
                bars++;
            }
        }
        return bars == 0 ? 0 : count;
    }
}
