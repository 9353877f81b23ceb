using WorkTeam.Extraction.Numbers;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Facts;

/// <summary>Counts in a statistics table's row: the row's label names the measure word in brackets, the cells hold bare numbers.</summary>
internal static partial class CountRecognizer
{
    /// <summary>The longest row label before a table's unit in brackets (自来水受益村数, 乡(镇)政府), in characters.</summary>
    private const int TableLabelLength = 16;

    /// <summary>
    /// The longest table row read, in characters, on either side of a cell: a longer line is prose or a dump of numbers, and
    /// bounding the scans keeps a line of N bare numbers linear (each number would otherwise walk the whole line both ways).
    /// </summary>
    private const int TableRowLength = 256;

    /// <summary>
    /// 村民委员会(个) … 14420, 乡村户数 (万户) … 681.08, 乡政府(个) 365 341 334: a bare Arabic number at the end of a table's
    /// row or among its last cells, the row opening with a short label that ends in a measure word in brackets (万, 亿 or
    /// 百, 千 before it scale the cells: 681.08 万户 is 6,810,800 households). Between the bracket and the number only Latin
    /// words (a bilingual table's translation), spaces and other cells; after it only cells. The number counts in that
    /// measure word, or, when the bracket names a measure or a currency (耕地面积(公顷) 3500, 扶贫资金(万元) 120.5), is that measure
    /// or that money. A label with a clause mark in it (单位：个) is left alone. Else a whole cell under a column header that
    /// names its unit in brackets (资金规模(万元): CountRecognizer.ColumnUnits.cs), or a row's amount under a header line that
    /// names the table's unit ((单位 万元) over 一、总收入 1 180: CountRecognizer.HeaderUnits.cs).
    /// </summary>
    public static bool TryTableCell(ReadOnlySpan<char> text, in NumberPhrase phrase, DateState state, ref QuantityCandidate candidate) =>
        TryRowLabelCell(text, phrase, ref candidate) || TryColumnHeaderCell(text, phrase, state, ref candidate) || TryHeaderUnitCell(text, phrase, state, ref candidate);

    /// <summary>A table cell whose row label (or the bracket right after it) names the unit: see <see cref="TryTableCell"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryRowLabelCell(ReadOnlySpan<char> text, in NumberPhrase phrase, ref QuantityCandidate candidate)
    {
        if (phrase.End < text.Length && NumeralChars.Narrow(text[phrase.End]) == '(' && TryBracketedUnit(text, phrase, ref candidate))
        {
            return true; // 1,000,000(千元): the unit in brackets right after the number
        }
        if (phrase.Style != NumeralStyle.Arabic || phrase.HasMultiplier || phrase.Max is not null || phrase.Approx != Approximation.Exact
            || phrase.Start == 0)
        {
            return false;
        }
        var field = IsFieldNumber(text, phrase.Start);
        if (!field && !IsCellSpace(text[phrase.Start - 1]))
        {
            return false;
        }
        for (var k = phrase.End; k < text.Length && text[k] is not ('\n' or '\r'); k++)
        {
            if (k - phrase.End >= TableRowLength)
            {
                return false;
            }
            var c = text[k];
            if (field && FieldEnds.Contains(c))
            {
                break; // 项目总投资（万元）：350，其中…: a form's field ends at its clause mark
            }
            if (!IsCellSpace(c) && NumeralChars.ArabicDigit(c) < 0 && !NumeralChars.IsArabicPoint(c) && NumeralChars.Narrow(c) != ',')
            {
                return false; // a word after the number: no row of cells
            }
        }
        var window = Math.Max(0, phrase.Start - TableRowLength);
        var lineBreak = text[window..phrase.Start].LastIndexOfAny('\n', '\r');
        if (lineBreak < 0 && window > 0)
        {
            return false; // no line start within a row's length
        }
        var row = text[(window + lineBreak + 1)..phrase.Start];
        // The last bracket with an ideograph in it: a translation's own brackets ((unit), (10000 persons)) are passed over.
        var close = row.Length;
        int open;
        do
        {
            close = LastNarrow(row[..close], ')');
            open = close < 0 ? -1 : LastNarrow(row[..close], '(');
            if (open < 0)
            {
                return false;
            }
        }
        while (!HasIdeograph(row[(open + 1)..close]));
        if (close - open < 2 || HasIdeograph(row[(close + 1)..]))
        {
            return false; // 组织(人) 参加了 2: words between the bracket and the number
        }
        var label = row[..open].Trim();
        if (field && label.LastIndexOfAny(FieldEnds) is var fieldStart and >= 0)
        {
            label = label[(fieldStart + 1)..].Trim(); // 其中中央资金200万元；种植面积(亩): 1200: the field after the clause before it
        }
        if (label.Length == 0 || label.Length > TableLabelLength || !NumeralChars.IsIdeograph(label[^1]) || label.IndexOfAny(QuoteStops) >= 0
            || IsRankHeader(label))
        {
            return false;
        }
        // 耕地面积(公顷) 3500, 扶贫资金(万元) 120.5: the row label's unit is the number's.
        return WithBracketedUnit(row[(open + 1)..close], phrase.Value, phrase.End, ref candidate);
    }

    /// <summary>The marks that end a form's field after its number (clause-end-after-number in grammar-chars.tsv).</summary>
    private static readonly System.Buffers.SearchValues<char> FieldEnds = Grammar.Chars("clause-end-after-number", ",;");

    /// <summary>
    /// 项目总投资（万元）：350, 种植面积(亩): 1200: a form's field, its label's unit in brackets, a colon, the number (spaces
    /// allowed around the colon): read as a table's row is.
    /// </summary>
    private static bool IsFieldNumber(ReadOnlySpan<char> text, int start)
    {
        var k = start - 1;
        while (k >= 0 && IsCellSpace(text[k]))
        {
            k--;
        }
        if (k < 1 || NumeralChars.Narrow(text[k]) != ':')
        {
            return false;
        }
        k--;
        while (k >= 0 && IsCellSpace(text[k]))
        {
            k--;
        }
        return k >= 0 && NumeralChars.Narrow(text[k]) == ')';
    }

    /// <summary>The first and last year a column header names (2019（万元）).</summary>
    private const int FirstHeaderYear = 1900, LastHeaderYear = 2100;

    /// <summary>The digits of a year written bare.</summary>
    private const int YearDigits = 4;

    /// <summary>2019 in 2019（万元）: four bare digits (no group separator, no point) between 1900 and 2100 name a year.</summary>
    private static bool IsYearNumber(ReadOnlySpan<char> text, in NumberPhrase phrase)
    {
        if (phrase.End - phrase.Start != YearDigits || phrase.Value is < FirstHeaderYear or > LastHeaderYear || phrase.Value != decimal.Truncate(phrase.Value))
        {
            return false;
        }
        foreach (var c in text[phrase.Start..phrase.End])
        {
            if (NumeralChars.ArabicDigit(c) < 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// 2019（万元） 2020（万元）: another number with a bracket right after it later on the same line (within a row's length)
    /// makes the line a header row of columns, each naming its unit, not a row of amounts.
    /// </summary>
    private static bool IsBracketedHeaderCell(ReadOnlySpan<char> text, int from)
    {
        var line = text[from..Math.Min(text.Length, from + TableRowLength)];
        for (var k = 0; k < line.Length && line[k] is not ('\n' or '\r'); k++)
        {
            if (k > 0 && NumeralChars.Narrow(line[k]) == '(' && NumeralChars.ArabicDigit(line[k - 1]) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A table cell's amount in a measure or a currency its row or column names in brackets.</summary>
    private static bool TableAmount(UnitEntry unit, decimal value, int end, ref QuantityCandidate candidate)
    {
        if (unit.Kind == UnitKind.Money)
        {
            candidate.Kind = FactKinds.Money;
            candidate.Currency = unit.Currency;
        }
        else
        {
            candidate.Kind = FactKinds.Measure;
            candidate.Unit = unit.Unit;
        }
        candidate.Value = value;
        candidate.End = end;
        return true;
    }

    /// <summary>
    /// 1,000,000(千元), 3500（亩）, 12（个）: an Arabic number with its unit alone in the brackets right after it, 万/亿 or
    /// 百/千 before the unit scaling it, as in a table's row. The unit gives the kind (money, measure or count). A figure's
    /// or table's number (表2(万元)) and a number with words in the brackets (3(含2名党员)) are left alone.
    /// </summary>
    private static bool TryBracketedUnit(ReadOnlySpan<char> text, in NumberPhrase phrase, ref QuantityCandidate candidate)
    {
        if (phrase.Style != NumeralStyle.Arabic || phrase.HasMultiplier || phrase.Max is not null || phrase.Approx != Approximation.Exact)
        {
            return false;
        }
        var inner = text[(phrase.End + 1)..];
        var limit = Math.Min(inner.Length, TableLabelLength);
        var close = -1;
        for (var k = 0; k < limit; k++)
        {
            if (NumeralChars.Narrow(inner[k]) == ')')
            {
                close = k;
                break;
            }
        }
        if (close < 1)
        {
            return false;
        }
        var start = phrase.Start;
        while (start > 0 && IsCellSpace(text[start - 1]))
        {
            start--;
        }
        if (start > 0 && IsFigureLabelBefore(text, start))
        {
            return false; // 表2(万元): a table's number and its unit
        }
        if (IsYearNumber(text, phrase) || IsBracketedHeaderCell(text, phrase.End + close + 2))
        {
            return false; // 年度 2019（万元） 2020（万元）, 资金来源：2019(万元): a column's year and unit, no amount
        }
        return WithBracketedUnit(inner[..close], phrase.Value, phrase.End + close + 2, ref candidate);
    }

    /// <summary>
    /// The fact <paramref name="value"/> makes with the unit written in brackets (万元, 公顷, 千元, 个), ending at
    /// <paramref name="end"/>: scaled by a leading 万/亿 or 百/千 that a unit follows, a measure or money (TableAmount) or a
    /// count; false when the bracket holds no unit.
    /// </summary>
    private static bool WithBracketedUnit(ReadOnlySpan<char> unitText, decimal value, int end, ref QuantityCandidate candidate)
    {
        decimal scale = 1;
        if (NumeralChars.BigUnit(unitText[0]) is var big and > 0 && unitText.Length > 1)
        {
            scale = big;
            unitText = unitText[1..];
        }
        else if (NumeralChars.SmallUnit(unitText[0]) is var small and >= 100 && unitText.Length > 1)
        {
            scale = small;
            unitText = unitText[1..];
        }
        if (!UnitLexicon.TryMatch(unitText, 0, out var unit, out var length) || length != unitText.Length)
        {
            return false;
        }
        if (unit.Kind is UnitKind.Measure or UnitKind.Money)
        {
            return TableAmount(unit, value * scale, end, ref candidate);
        }
        if (unit.Kind != UnitKind.Count)
        {
            return false;
        }
        candidate.Kind = FactKinds.Count;
        candidate.Unit = unit.Unit;
        candidate.IsVerbal = unit.IsVerbal;
        candidate.Value = value * scale;
        candidate.End = end;
        return true;
    }

    /// <summary>Where <paramref name="mark"/> last stands in <paramref name="text"/>, ASCII or full-width, or -1.</summary>
    private static int LastNarrow(ReadOnlySpan<char> text, char mark)
    {
        var k = text.Length - 1;
        while (k >= 0 && NumeralChars.Narrow(text[k]) != mark)
        {
            k--;
        }
        return k;
    }

    private static bool HasIdeograph(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (NumeralChars.IsIdeograph(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A space between a table's cells: ASCII, a tab or the ideographic space.</summary>
    private static bool IsCellSpace(char c) => c is ' ' or '\t' or '\u3000';
}
