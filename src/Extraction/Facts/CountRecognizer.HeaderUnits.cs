using System.Buffers;
using WorkTeam.Extraction.Numbers;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// A table whose unit stands in a header line above its rows (单位：万元, (单位 万元), 單位:萬元, 金额单位：元): the rows' bare
/// amounts are money, measures or counts in that unit.
/// </summary>
internal static partial class CountRecognizer
{
    /// <summary>The words that open a table's header unit (grammar-words.tsv, role table-unit-header: 单位, 單位, 金额单位…).</summary>
    private static readonly string[] HeaderUnitWords = Grammar.Words("table-unit-header");

    /// <summary>The last characters of the header words: a window without one holds no header, read no further.</summary>
    private static readonly SearchValues<char> HeaderUnitLast = SearchValues.Create(string.Concat(HeaderUnitWords.Select(w => w[^1]).Distinct()));

    /// <summary>A header's sentence marks: a line holding one is prose, which ends the table above the row (。！？ and ASCII ! ?).</summary>
    private static readonly SearchValues<char> HeaderProseMarks = Grammar.Chars("sentence-ends", "!?");

    /// <summary>The most lines read up from a row for its table's header unit, and the most characters.</summary>
    private const int HeaderScopeLines = 40, HeaderScopeChars = 4000;

    /// <summary>The longest unit a header names after its word (新台币千元).</summary>
    private const int HeaderUnitLength = 8;

    /// <summary>
    /// (单位 万元) over 一、总收入 1 180 3.其他支出 10 45: a bare Arabic number that is a row's amount cell (see
    /// <see cref="IsAmountCell"/>), in a table whose header line, within <see cref="HeaderScopeLines"/> lines above and no
    /// prose line between, names the unit after 单位 (grammar-words table-unit-header), 万/亿 or 百/千 scaling it: 180 is
    /// 1,800,000 CNY. A row number or a code before the amount (1, 10) and a lone cell on its line (the one-cell-a-line dump
    /// of an HTML table, where a row number and an amount look alike) are left alone. The header is looked up once a row line
    /// (<paramref name="state"/> keeps the last row's).
    /// </summary>
    private static bool TryHeaderUnitCell(ReadOnlySpan<char> text, in NumberPhrase phrase, DateState state, ref QuantityCandidate candidate)
    {
        if (phrase.Style != NumeralStyle.Arabic || phrase.HasMultiplier || phrase.Max is not null || phrase.Approx != Approximation.Exact
            || phrase.Start == 0 || !IsCellMark(text[phrase.Start - 1])
            || (phrase.End < text.Length && !IsCellMark(text[phrase.End]) && text[phrase.End] is not ('\n' or '\r')))
        {
            return false;
        }
        var lineStart = phrase.Start;
        while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r'))
        {
            if (phrase.Start - --lineStart > TableRowLength)
            {
                return false;
            }
        }
        var lineEnd = phrase.End;
        while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
        {
            if (++lineEnd - phrase.End > TableRowLength)
            {
                return false;
            }
        }
        if (!IsAmountCell(text[lineStart..lineEnd], phrase.Start - lineStart))
        {
            return false;
        }
        if (state.HeaderRowStart != lineStart)
        {
            state.HeaderRowUnit = HeaderUnitAbove(text, lineStart);
            state.HeaderRowStart = lineStart;
        }
        var (unitStart, unitLength) = state.HeaderRowUnit;
        if (unitLength == 0)
        {
            return false;
        }
        var unitText = text.Slice(unitStart, unitLength);
        foreach (var (word, currency) in UnitLexicon.CurrencyNames)
        {
            if (unitText.StartsWith(word, StringComparison.Ordinal))
            {
                // 單位:新臺幣千元, 单位：人民币万元: the currency named, then the scaled unit (or none: 单位：新臺幣).
                var rest = unitText[word.Length..];
                if (rest.IsEmpty)
                {
                    return TableAmount(new UnitEntry(UnitKind.Money, word, currency), phrase.Value, phrase.End, ref candidate);
                }
                var saved = candidate;
                if (!WithBracketedUnit(rest, phrase.Value, phrase.End, ref candidate) || candidate.Kind != FactKinds.Money)
                {
                    candidate = saved;
                    return false;
                }
                candidate.Currency = currency;
                return true;
            }
        }
        return WithBracketedUnit(unitText, phrase.Value, phrase.End, ref candidate);
    }

    /// <summary>
    /// Whether the cell at <paramref name="at"/> of a table's row is an amount: the last of a run of number cells that a label
    /// cell (one with an ideograph) stands before on the line, the run holding a code or row number before it (一、总收入 1 180:
    /// 180) or being the line's only labelled run (农业产业发展资金 660, | 1 | 苗儿村 | 续建 | 20 |); any cell of such a run
    /// when every cell of the run is written with a group comma, which no code or row number is (省市補助 │ 75,824,724│
    /// 75,122,459│ 702,265│: all three are the columns' amounts; 培训｜1,200｜350 is a head count then an amount, only 350
    /// is read). Not a run of years
    /// (项目 2019 2020: a header of columns), not a lone number after a label when the line holds several labelled runs
    /// (可分配利润 13 beside 投资收益 4 5: a code with its amount left empty).
    /// </summary>
    private static bool IsAmountCell(ReadOnlySpan<char> line, int at)
    {
        var state = new RowRuns { At = at };
        var labelSeen = false;
        var k = 0;
        while (k < line.Length)
        {
            while (k < line.Length && IsCellMark(line[k]))
            {
                k++;
            }
            var start = k;
            while (k < line.Length && !IsCellMark(line[k]))
            {
                k++;
            }
            var cell = line[start..k];
            if (cell.Length == 0)
            {
                break;
            }
            if (IsNumberCell(cell))
            {
                if (state.Length == 0)
                {
                    state.Labelled = labelSeen;
                    state.Years = true;
                    state.Grouped = true;
                    state.HasMine = false;
                }
                state.Length++;
                state.Years &= IsYearCell(cell);
                state.Grouped &= HasGroupComma(cell);
                state.LastStart = start;
                if (start == at)
                {
                    state.HasMine = true;
                }
            }
            else
            {
                state.Close();
                labelSeen |= HasIdeograph(cell);
            }
        }
        state.Close();
        return (state.MineLast || state.MineGrouped) && state.MineLabelled && !state.MineYears && (state.MineLength >= 2 || state.LabelledRuns == 1);
    }

    /// <summary>The runs of number cells of one table row, and the one that holds the cell read (<see cref="IsAmountCell"/>).</summary>
    private struct RowRuns
    {
        public int At, Length, LastStart, LabelledRuns, MineLength;
        public bool Labelled, Years, Grouped, HasMine, MineLast, MineLabelled, MineYears, MineGrouped;

        /// <summary>Ends the current run (at a label cell or the line's end).</summary>
        public void Close()
        {
            if (Length == 0)
            {
                return;
            }
            if (Labelled)
            {
                LabelledRuns++;
            }
            if (HasMine)
            {
                MineLength = Length;
                MineLabelled = Labelled;
                MineYears = Years;
                MineGrouped = Grouped;
                MineLast = LastStart == At;
            }
            Length = 0;
        }
    }

    /// <summary>A cell of Arabic digits with their points and group commas only.</summary>
    private static bool IsNumberCell(ReadOnlySpan<char> cell)
    {
        if (NumeralChars.ArabicDigit(cell[0]) < 0)
        {
            return false;
        }
        foreach (var c in cell)
        {
            if (NumeralChars.ArabicDigit(c) < 0 && !NumeralChars.IsArabicPoint(c) && NumeralChars.Narrow(c) != ',')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Four bare digits between 1900 and 2100: a column's year.</summary>
    private static bool IsYearCell(ReadOnlySpan<char> cell)
    {
        if (cell.Length != YearDigits)
        {
            return false;
        }
        var year = 0;
        foreach (var c in cell)
        {
            var d = NumeralChars.ArabicDigit(c);
            if (d < 0)
            {
                return false;
            }
            year = (year * 10) + d;
        }
        return year is >= FirstHeaderYear and <= LastHeaderYear;
    }

    /// <summary>
    /// The unit a header line names above the row starting at <paramref name="lineStart"/> (start and length in the text;
    /// length 0 when none): the nearest line up that ends with a header word, then optionally a colon or spaces, then the
    /// unit, then optionally the bracket that closes it ((单位 万元), 单位：万元, 表1 单位:亩). A line of prose (a sentence mark
    /// or longer than a row), the title of another table (表2 各村人口, 附表1) or a header naming a percent column (增长%, 比重(%))
    /// between stops the search: the unit is not that table's, nor that column's.
    /// </summary>
    private static (int Start, int Length) HeaderUnitAbove(ReadOnlySpan<char> text, int lineStart)
    {
        var windowStart = Math.Max(0, lineStart - HeaderScopeChars);
        if (!text[windowStart..lineStart].ContainsAny(HeaderUnitLast))
        {
            return default;
        }
        var end = lineStart;
        for (var lines = 0; lines < HeaderScopeLines && end > windowStart; lines++)
        {
            var (start, lineEnd) = PreviousLine(text, end, windowStart);
            var line = text[start..lineEnd];
            if (HeaderUnitOf(line) is var (unitStart, unitLength) && unitLength > 0)
            {
                return (start + unitStart, unitLength);
            }
            if (line.Length > TableRowLength || line.ContainsAny(HeaderProseMarks) || IsTableTitle(line) || HasPercentColumn(line))
            {
                return default;
            }
            end = start;
        }
        return default;
    }

    /// <summary>The unit a header line ends with (start and length in the line; length 0 when the line is no header).</summary>
    private static (int Start, int Length) HeaderUnitOf(ReadOnlySpan<char> line)
    {
        var end = line.Length;
        while (end > 0 && IsCellSpace(line[end - 1]))
        {
            end--;
        }
        if (end > 0 && NumeralChars.Narrow(line[end - 1]) == ')')
        {
            end--;
        }
        while (end > 0 && IsCellSpace(line[end - 1]))
        {
            end--;
        }
        foreach (var word in HeaderUnitWords)
        {
            var at = line[..end].LastIndexOf(word);
            if (at < 0 || (at > 0 && !IsCellSpace(line[at - 1]) && NumeralChars.Narrow(line[at - 1]) != '('))
            {
                continue;
            }
            var k = at + word.Length;
            while (k < end && (IsCellSpace(line[k]) || NumeralChars.Narrow(line[k]) == ':'))
            {
                k++;
            }
            if (k < end && end - k <= HeaderUnitLength && NumeralChars.IsIdeograph(line[k]))
            {
                return (k, end - k);
            }
        }
        return default;
    }

    /// <summary>表2 各村人口, 附表 1: a line that opens with a figure label (see IsFigureLabelBefore) and its Arabic number.</summary>
    private static bool IsTableTitle(ReadOnlySpan<char> line)
    {
        var k = 0;
        while (k < line.Length && IsCellSpace(line[k]))
        {
            k++;
        }
        var digit = k;
        while (digit < line.Length && digit - k <= TitleLabelLength && NumeralChars.ArabicDigit(line[digit]) < 0)
        {
            digit++;
        }
        if (digit >= line.Length || NumeralChars.ArabicDigit(line[digit]) < 0)
        {
            return false;
        }
        var labelEnd = digit;
        while (labelEnd > k && IsCellSpace(line[labelEnd - 1]))
        {
            labelEnd--;
        }
        return labelEnd > k && IsFigureLabelBefore(line[k..labelEnd], labelEnd - k);
    }

    /// <summary>The longest figure label before a title's number, with its spaces (附表 1).</summary>
    private const int TitleLabelLength = 3;

    /// <summary>增长%, 比重(%): a percent sign after no digit, a column's header (20.0% is a cell's value).</summary>
    private static bool HasPercentColumn(ReadOnlySpan<char> line)
    {
        for (var k = 0; k < line.Length; k++)
        {
            if (NumeralChars.Narrow(line[k]) == '%' && (k == 0 || NumeralChars.ArabicDigit(line[k - 1]) < 0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The bars between a table's cells: the ASCII bar and the column rules of box-drawn tables (grammar-chars table-bars).</summary>
    private static readonly SearchValues<char> CellBars = Grammar.Chars("table-bars", "|");

    /// <summary>A mark between a table's cells: a space, a tab, the ideographic space or a bar (|, or a box-drawn │).</summary>
    private static bool IsCellMark(char c) => IsCellSpace(c) || CellBars.Contains(c);

    /// <summary>A number cell written with a group comma (75,824,724): a formatted amount, never a row number or a code.</summary>
    private static bool HasGroupComma(ReadOnlySpan<char> cell)
    {
        foreach (var c in cell)
        {
            if (NumeralChars.Narrow(c) == ',')
            {
                return true;
            }
        }
        return false;
    }
}
