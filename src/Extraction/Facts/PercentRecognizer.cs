using System.Collections.Frozen;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Resources;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// Percentages: 60%, 百分之八十八, 八成, 五点七个百分点 (unit 个百分点), fractions (四分之一 = 25,
/// 1／5 = 20) and digit-by-digit 一六‧四％.
/// </summary>
internal static class PercentRecognizer
{
    /// <summary>A share written as a fraction never exceeds its whole a billion times over; a larger ratio is noise.</summary>
    private const decimal MaxFractionRatio = 1_000_000_000m;

    /// <summary>All percent facts of a text, in order.</summary>
    public static IReadOnlyList<Fact> Recognize(string text) => QuantityScanner.Scan(text, null, FactKinds.Percent);

    /// <summary>成 that opens a word: 成为, 成立, 成员… after a number it is no tenth.</summary>
    private static readonly FrozenSet<string> WordsStartingWithCheng = WordLists.Get("cheng-openers").ToSet();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChengLookup =
        WordsStartingWithCheng.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Completes a number followed by % or 个百分点.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryComplete(in NumberPhrase phrase, UnitEntry unit, int unitStart, int unitLength, ref QuantityCandidate candidate)
    {
        _ = phrase;
        candidate.Kind = FactKinds.Percent;
        candidate.Unit = unit.Unit;
        candidate.End = unitStart + unitLength;
        return true;
    }

    /// <summary>X分之Y (百分之八十八, 四分之一) and Arabic a/b with a below b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryFraction(ReadOnlySpan<char> text, in NumberPhrase denominator, ref QuantityCandidate candidate)
    {
        var p = denominator.End;
        if (denominator.Max is not null || denominator.Value <= 0 || denominator.Approx != Approximation.Exact)
        {
            return false;
        }
        if (p + 2 < text.Length && text[p] == NumeralChars.Fen && text[p + 1] == NumeralChars.Zhi)
        {
            if (!NumberPhraseScanner.TryScan(text, p + 2, out var numerator) || numerator.Style == NumeralStyle.DigitByDigit && !numerator.HasDecimal
                || (numerator.Max ?? numerator.Value) > denominator.Value * MaxFractionRatio)
            {
                return false; // 0.000001分之九亿: no share, and past decimal's range once made a percentage
            }
            candidate.Kind = FactKinds.Percent;
            candidate.Unit = "%";
            candidate.Value = Math.Round(numerator.Value / denominator.Value * 100, 10);
            candidate.Max = numerator.Max is decimal m ? Math.Round(m / denominator.Value * 100, 10) : null;
            candidate.Approx = numerator.Approx;
            candidate.End = numerator.End;
            return true;
        }
        if (denominator.Style == NumeralStyle.Chinese && p + 1 < text.Length && text[p] == NumeralChars.Fen
            && NumberPhraseScanner.TryScanSingle(text, p + 1, out var hk) && hk.Style == NumeralStyle.Chinese && hk.End == p + 2
            && hk.Approx == Approximation.Exact && hk.Max is null && hk.Value > 0 && hk.Value < denominator.Value
            && (hk.End >= text.Length || !NumeralChars.IsIdeograph(text[hk.End])))
        {
            // 面积的十分一。, 三分一, (Hong Kong, 之 left out): one digit after 分 closing its clause; 十分一致, 十分一般 ("very") go on.
            candidate.Kind = FactKinds.Percent;
            candidate.Unit = "%";
            candidate.Value = Math.Round(hk.Value / denominator.Value * 100, 10);
            candidate.End = hk.End;
            return true;
        }
        if (denominator.Style == NumeralStyle.Arabic && !denominator.HasDecimal && !denominator.HasMultiplier && p + 1 < text.Length
            && IsSlash(text[p]) && (denominator.Start == 0 || !(IsSlash(text[denominator.Start - 1]) || text[denominator.Start - 1] == '.'))
            && NumberPhraseScanner.TryScanSingle(text, p + 1, out var below) && below.Style == NumeralStyle.Arabic && !below.HasDecimal
            && !below.HasMultiplier && below.Approx == Approximation.Exact && below.Value > denominator.Value
            && (text[p] != '/' ? below.Value <= 100 : below.Value is 2 or 3 or 4 or 5 or 8 or 10) // 7/13 is more often a date than a share
            && (below.End >= text.Length || (!(IsSlash(text[below.End]) || text[below.End] == '.') && NumeralChars.ArabicDigit(text[below.End]) < 0))
            && !(text[p] == '/' && IsSlashDate(text, denominator, below)))
        {
            candidate.Kind = FactKinds.Percent;
            candidate.Unit = "%";
            candidate.Value = Math.Round(denominator.Value / below.Value * 100, 10);
            candidate.End = below.End;
            return true;
        }
        return false;
    }

    /// <summary>起, 前, 开始…: after a month and day written with a slash (slash-date-after in grammar-words.tsv).</summary>
    private static readonly string[] SlashDateAfter = Grammar.Words("slash-date-after");

    /// <summary>The sentence marks that bound the search for a slash date's neighbour (ASCII ; and ! and line breaks added).</summary>
    private static readonly System.Buffers.SearchValues<char> SlashDateBounds = Grammar.Chars("sentence-ends", "!?;\n\r");

    /// <summary>
    /// 7/10戶政事務所 beside 7/9開始, 預計在8/10前: an ASCII slash pair that could be a share (7/10, 8/10) is a month and day
    /// when a word of time follows it (8/10前, 7/1起) or, for tenths (7/10), when its sentence writes another month and day
    /// with a slash that no share reads (7/9, 7/13). 約占1/10, 7/13起約1/3的農戶 stay shares.
    /// </summary>
    private static bool IsSlashDate(ReadOnlySpan<char> text, in NumberPhrase month, in NumberPhrase day)
    {
        if (month.Value is < 1 or > 12 || day.Value > 31)
        {
            return false;
        }
        if (Grammar.StartsWithAny(text, day.End, SlashDateAfter))
        {
            return true;
        }
        if (day.Value != 10)
        {
            return false; // 7/13起，約1/3的農戶: a half, a third, a quarter, a fifth are shares beside any date
        }
        var from = text[..month.Start].LastIndexOfAny(SlashDateBounds) + 1;
        var to = text[day.End..].IndexOfAny(SlashDateBounds) is var e and >= 0 ? day.End + e : text.Length;
        for (var k = from + 1; k + 1 < to; k++)
        {
            if (text[k] == '/' && (k < month.Start || k > day.End) && IsDateOnlyPair(text[from..to], k - from))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>1–2 digits, a slash at <paramref name="slash"/>, 1–2 digits, alone: a month and day no share reads (7/9, 7/13, 7/29).</summary>
    private static bool IsDateOnlyPair(ReadOnlySpan<char> s, int slash)
    {
        var a = slash;
        while (a > 0 && NumeralChars.ArabicDigit(s[a - 1]) >= 0)
        {
            a--;
        }
        var b = slash + 1;
        while (b < s.Length && NumeralChars.ArabicDigit(s[b]) >= 0)
        {
            b++;
        }
        if (slash - a is < 1 or > 2 || b - slash - 1 is < 1 or > 2 || (a > 0 && (s[a - 1] == '/' || s[a - 1] == '.'))
            || (b < s.Length && (s[b] == '/' || s[b] == '.')))
        {
            return false;
        }
        var m = WorkTeam.Extraction.Text.TextClasses.DigitsValue(s[a..slash]);
        var d = WorkTeam.Extraction.Text.TextClasses.DigitsValue(s[(slash + 1)..b]);
        return m is >= 1 and <= 12 && d is >= 1 and <= 31 && (d <= m || d is not (2 or 3 or 4 or 5 or 8 or 10));
    }

    /// <summary>/ or its full-width form ／.</summary>
    private static bool IsSlash(char c) => NumeralChars.Narrow(c) == '/';

    /// <summary>八成, 二三成, ９成: tenths, not 一成不变 nor 成为.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryTenths(ReadOnlySpan<char> text, in NumberPhrase phrase, ref QuantityCandidate candidate)
    {
        var p = phrase.End;
        if (p >= text.Length || text[p] != Grammar.Tenth || phrase.HasMultiplier || phrase.Value <= 0 || (phrase.Max ?? phrase.Value) > 10
            || phrase.Style == NumeralStyle.DigitByDigit)
        {
            return false;
        }
        if (p + 1 < text.Length)
        {
            if (ChengLookup.Contains(text.Slice(p, 2)))
            {
                return false;
            }
            if (phrase.IsSingleOne && text[p + 1] == Grammar.Not)
            {
                return false;
            }
        }
        candidate.Kind = FactKinds.Percent;
        candidate.Unit = "%";
        candidate.Value = phrase.Value * 10;
        candidate.Max = phrase.Max * 10;
        candidate.End = p + 1;
        if (p + 1 < text.Length && phrase.Max is null && phrase.Value < 10 && !NumeralChars.IsLiang(text[p + 1])
            && NumeralChars.ChineseDigit(text[p + 1]) is var tenth and > 0
            && (p + 2 >= text.Length || (NumeralChars.ChineseDigit(text[p + 2]) < 0 && NumeralChars.SmallUnit(text[p + 2]) == 0 && !UnitLexicon.TryMatch(text, p + 2, out _, out _))))
        {
            candidate.Value += tenth; // 六成五 = 65%
            candidate.End++;
        }
        else if (p + 1 < text.Length && NumeralChars.IsOverMark(text[p + 1]) && phrase.Max is null && phrase.Approx == Approximation.Exact)
        {
            candidate.Approx = Approximation.Over; // 八成多
            candidate.End++;
        }
        else if (p + 1 < text.Length && text[p + 1] == Grammar.Half && phrase.Max is null)
        {
            candidate.Value += 5; // 三成半
            candidate.End++;
        }
        return true;
    }
}
