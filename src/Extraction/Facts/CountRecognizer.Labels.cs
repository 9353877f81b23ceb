using System.Buffers;
using System.Runtime.CompilerServices;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// Numbers that label rather than count, found before a measure word (round counts11): an ordinal written with a space
/// (第 3 名), a figure's or table's number (图1 村貌, 表 2 村集体收入), a heading's number before a noun classifier
/// (1 村基本情况; not digits grouped by a space, 1 500 村), and a lone 1 after a word of "alone" (自己1個人份量). Each test
/// starts from one cheap trigger: a space before or after the number, the last character of a label word, or the digit 1.
/// </summary>
internal static partial class CountRecognizer
{
    /// <summary>图, 表, 照片…: a figure's, table's or photo's label word (grammar-words.tsv, role figure-label).</summary>
    private static readonly string[] FigureLabels = Grammar.Words("figure-label");

    /// <summary>The last characters of the figure-label words: the trigger of the figure test.</summary>
    private static readonly SearchValues<char> FigureLabelEnds = SearchValues.Create(string.Concat(FigureLabels.Select(w => w[^1]).Distinct()));

    /// <summary>自己, 独自…: words after which a lone 1 means "alone", like 一 (grammar-words.tsv, role alone-before).</summary>
    private static readonly string[] AloneWords = Grammar.Words("alone-before");

    private static readonly SearchValues<char> LabelSpaces = SearchValues.Create(" \t\u3000\u00A0");

    /// <summary>True when the number before the measure word labels something (see the class summary), no count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLabelNumber(ReadOnlySpan<char> text, in NumberPhrase phrase, UnitEntry unit, int unitStart)
    {
        var start = phrase.Start;
        if (phrase.Style == NumeralStyle.Arabic && unit.Kind == UnitKind.NounCount && unitStart > phrase.End && OpensLine(text, start)
            && text[start..phrase.End].IndexOfAny(LabelSpaces) < 0)
        {
            return true; // 1 村基本情况: a heading's number, a space, then the heading (全县 16 村 and 1 500 村, grouped digits, count)
        }
        if (start == 0)
        {
            return false;
        }
        var prev = text[start - 1];
        if (LabelSpaces.Contains(prev))
        {
            var k = start - 1;
            while (k > 0 && LabelSpaces.Contains(text[k - 1]))
            {
                k--;
            }
            if (k > 0 && text[k - 1] == Grammar.Ordinal)
            {
                return true; // 第 3 名, 荣获第 1 名: an ordinal written with spaces (第3名 is read by the scanner)
            }
            return k > 0 && IsFigureLabelBefore(text, k);
        }
        if (FigureLabelEnds.Contains(prev) && IsFigureLabelBefore(text, start))
        {
            return true; // 图1 村貌, 表1村基本情况: a figure's or table's number
        }
        return phrase.Style == NumeralStyle.Arabic && phrase.Value == 1 && phrase.End == start + 1 && WordMatch.EndsWithAny(text[..start], AloneWords);
    }

    /// <summary>The start of the text or of a line, after any spaces that indent it.</summary>
    private static bool OpensLine(ReadOnlySpan<char> text, int at)
    {
        while (at > 0 && LabelSpaces.Contains(text[at - 1]))
        {
            at--;
        }
        return at == 0 || text[at - 1] is '\n' or '\r';
    }

    /// <summary>
    /// 图1, 圖 2, 照片3: a label word right before <paramref name="at"/> that opens its line or follows a mark or a space
    /// (发表3篇论文, 代表3人 and 地图3张 count: an ideograph before the word makes it part of another word).
    /// </summary>
    private static bool IsFigureLabelBefore(ReadOnlySpan<char> text, int at)
    {
        if (!FigureLabelEnds.Contains(text[at - 1]))
        {
            return false;
        }
        foreach (var word in FigureLabels)
        {
            if (text[..at].EndsWith(word, StringComparison.Ordinal))
            {
                // A longer label ending in this one (附表 of 表) is tried too: 附|表 2 fails here, 附表 2 does not.
                var k = at - word.Length;
                if (k == 0 || !NumeralChars.IsIdeograph(text[k - 1]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// “千名干部驻村大走访服务群众”, “百名医生进乡村”: a bare 百 or 千 that opens a quoted phrase with no clause mark before
    /// its close (up to twice a short label's length) names a campaign, no count; 千名干部到村 (unquoted) counts.
    /// </summary>
    private static bool IsQuotedCampaign(ReadOnlySpan<char> text, in NumberPhrase phrase)
    {
        var start = phrase.Start;
        if (phrase.End != start + 1 || phrase.Value is not (100 or 1000) || start == 0 || !OpeningQuotes.Contains(text[start - 1]))
        {
            return false;
        }
        var window = text[phrase.End..Math.Min(text.Length, phrase.End + (2 * QuotedLabelWindow))];
        var close = window.IndexOfAny(QuoteMarks);
        return close >= 0 && ClosingQuotes.Contains(window[close]) && window[..close].IndexOfAny(ClauseStarts) < 0;
    }
}
