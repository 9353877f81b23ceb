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
    /// measure word. A unit that is no count (公顷, 万元) and a label with a clause mark in it (单位：个) are left alone.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryTableCell(ReadOnlySpan<char> text, in NumberPhrase phrase, ref QuantityCandidate candidate)
    {
        if (phrase.Style != NumeralStyle.Arabic || phrase.HasMultiplier || phrase.Max is not null || phrase.Approx != Approximation.Exact
            || phrase.Start == 0 || !IsCellSpace(text[phrase.Start - 1]))
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
        if (label.Length == 0 || label.Length > TableLabelLength || !NumeralChars.IsIdeograph(label[^1]) || label.IndexOfAny(QuoteStops) >= 0)
        {
            return false;
        }
        var unitText = row[(open + 1)..close];
        decimal scale = 1;
        if (NumeralChars.BigUnit(unitText[0]) is var big and > 0)
        {
            scale = big;
            unitText = unitText[1..];
        }
        else if (NumeralChars.SmallUnit(unitText[0]) is var small and >= 100 && unitText.Length > 1)
        {
            scale = small;
            unitText = unitText[1..];
        }
        if (!UnitLexicon.TryMatch(unitText, 0, out var unit, out var length) || length != unitText.Length || unit.Kind != UnitKind.Count)
        {
            return false;
        }
        candidate.Kind = FactKinds.Count;
        candidate.Unit = unit.Unit;
        candidate.IsVerbal = unit.IsVerbal;
        candidate.Value = phrase.Value * scale;
        candidate.End = phrase.End;
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
