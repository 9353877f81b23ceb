using System.Runtime.CompilerServices;
namespace WorkTeam.Extraction.Numbers;

/// <summary>
/// A number as a quantity is written before its unit: a token, the 余/多 that follows it, the 万/亿
/// that multiply it, and a range (3至5万, 三四十, 十几).
/// </summary>
internal readonly record struct NumberPhrase(
    int Start,
    int End,
    decimal Value,
    decimal? Max,
    Approximation Approx,
    NumeralStyle Style,
    bool HasMultiplier,
    bool BareUnitLead,
    bool IsSingleOne,
    bool HasDecimal,
    int IntegerDigits);

/// <summary>Reads a <see cref="NumberPhrase"/> at a position; the shared front of every quantity recognizer.</summary>
internal static class NumberPhraseScanner
{
    /// <summary>Reads the number phrase that starts at <paramref name="pos"/>, range and multipliers included.</summary>
    public static bool TryScan(ReadOnlySpan<char> text, int pos, out NumberPhrase phrase)
    {
        var hasToken = ChineseNumeralParser.TryScan(text, pos, out var token);
        return TryScan(text, pos, hasToken, token, out phrase);
    }

    /// <summary><see cref="TryScan(ReadOnlySpan{char}, int, out NumberPhrase)"/> given what <see cref="ChineseNumeralParser.TryScan"/> reads at <paramref name="pos"/>.</summary>
    public static bool TryScan(ReadOnlySpan<char> text, int pos, bool hasToken, in NumberToken token, out NumberPhrase phrase)
    {
        if (TryConsecutiveRange(text, pos, out phrase))
        {
            return true;
        }
        if (!hasToken || !TryScanSingle(text, pos, token, out phrase))
        {
            return false;
        }
        if (phrase.Max is null && phrase.Approx == Approximation.Exact && TryRangeTail(text, phrase, out var ranged))
        {
            phrase = ranged;
        }
        return true;
    }

    /// <summary>One number with its 余/多/几 and multipliers, no range.</summary>
    public static bool TryScanSingle(ReadOnlySpan<char> text, int pos, out NumberPhrase phrase)
    {
        if (!ChineseNumeralParser.TryScan(text, pos, out var token))
        {
            phrase = default;
            return false;
        }
        return TryScanSingle(text, pos, token, out phrase);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryScanSingle(ReadOnlySpan<char> text, int pos, in NumberToken token, out NumberPhrase phrase)
    {
        phrase = default;
        var p = token.End;
        var value = token.Value;
        decimal? max = null;
        var approx = Approximation.Exact;
        var hasMultiplier = token.HasBigUnit;
        if (token.Style == NumeralStyle.Chinese && !token.HasDecimal && p < text.Length && NumeralChars.IsSome(text[p])
            && NumeralChars.SmallUnit(text[p - 1]) == 10)
        {
            // 十几, 二十几: eleven to nineteen, twenty-one to twenty-nine.
            max = value + 9;
            value += 1;
            p++;
        }
        else if (token.Style != NumeralStyle.DigitByDigit && p < text.Length && NumeralChars.IsOverMark(text[p]))
        {
            approx = Approximation.Over;
            p++;
            if (p < text.Length && NumeralChars.IsOverRepeat(text[p - 1], text[p]))
            {
                p++; // 100余多名
            }
        }
        if (token.Style == NumeralStyle.Arabic && p + 1 < text.Length && text[p] == ' ' && NumeralChars.BigUnit(text[p + 1]) > 0)
        {
            p++; // 367.7 万个: a space between the digits and their 万/亿
        }
        if (approx == Approximation.Over && token.HasBigUnit && TryScaleTailUnderYi(text, ref p, ref value))
        {
            hasMultiplier = true; // 六亿七千多万元: the 万 after 多 scales 七千 only
        }
        var multiplier = ReadMultiplier(text, ref p, token.Style == NumeralStyle.Arabic && approx == Approximation.Exact && max is null);
        if (multiplier != 1 && (max ?? value) > 1_000_000_000_000_000m / multiplier)
        {
            return false; // 亿亿兆: beyond any amount, and beyond decimal
        }
        if (multiplier != 1)
        {
            var scaled = value * multiplier;
            if (scaled / multiplier != value)
            {
                return false; // the product lost decimal places: refused rather than cut
            }
            value = scaled;
            max *= multiplier;
            hasMultiplier = true;
            if (token.Style == NumeralStyle.Arabic && approx == Approximation.Exact && max is null && !token.HasDecimal)
            {
                value = ReadMixedTail(text, ref p, value, multiplier);
            }
            if (approx == Approximation.Exact && max is null && p < text.Length && NumeralChars.IsOverMark(text[p]))
            {
                approx = Approximation.Over; // 3万多元
                p++;
                TryScaleTailUnderYi(text, ref p, ref value); // 3亿7千多万元
            }
            if (token.Style == NumeralStyle.Arabic && multiplier < 10_000 && max is null && !token.HasDecimal)
            {
                value = ScaleSmallUnits(text, ref p, value); // 4千6百多萬元
                if (approx == Approximation.Exact && p < text.Length && NumeralChars.IsOverMark(text[p]))
                {
                    approx = Approximation.Over; // 4千6百万多元: the 多 after the scaling 万
                    p++;
                }
            }
        }
        phrase = new NumberPhrase(pos, p, value, max, approx, token.Style, hasMultiplier, token.BareUnitLead,
            token.IsSingleOne && p == token.End, token.HasDecimal, token.IntegerDigits);
        return true;
    }

    /// <summary>5万4千6百, 3万4000, 1千零1: Arabic digits under smaller and smaller units after the first.</summary>
    private static decimal ReadMixedTail(ReadOnlySpan<char> text, ref int p, decimal value, decimal lastUnit)
    {
        var q = p;
        while (q < text.Length)
        {
            var r = q;
            if (NumeralChars.ChineseDigit(text[r]) == 0 && text[r] != NumeralChars.Circle)
            {
                r++;
            }
            if (r >= text.Length || NumeralChars.ArabicDigit(text[r]) < 0 || !ChineseNumeralParser.TryScan(text, r, out var part)
                || part.Style != NumeralStyle.Arabic || part.HasDecimal || part.Value >= lastUnit)
            {
                break;
            }
            var u = part.End;
            decimal unit = 1;
            if (u < text.Length && NumeralChars.SmallUnit(text[u]) is var small and > 0 && small < lastUnit
                && !(small == 1000 && ChineseNumeralParser.IsUnitPrefixOfKilo(text, u + 1)))
            {
                unit = small;
                u++;
            }
            else if (u < text.Length && NumeralChars.BigUnit(text[u]) is var big and > 0 && big < lastUnit)
            {
                unit = big;
                u++;
            }
            if (part.Value * unit >= lastUnit || (unit == 1 && r == q && part.IntegerDigits != DigitsBelow(lastUnit)))
            {
                break; // 3万4000 needs all four places; 3万4 is not 34000
            }
            value += part.Value * unit;
            q = u;
            if (unit == 1)
            {
                break;
            }
            lastUnit = unit;
        }
        p = q;
        return value;
    }

    /// <summary>
    /// 4千6百萬元, 4千多萬元: Arabic digits under 千/百/十 (with their mixed tail or 多), then 万 or 亿, which scales the whole
    /// (46,000,000; over 40,000,000), as 四千六百万 does; 5千万 is read by <see cref="ReadMultiplier"/> already.
    /// </summary>
    private static decimal ScaleSmallUnits(ReadOnlySpan<char> text, ref int p, decimal value)
    {
        if (p < text.Length && NumeralChars.BigUnit(text[p]) is var big and > 0 && value <= 1_000_000_000_000m / big)
        {
            p++;
            return value * big;
        }
        return value;
    }

    /// <summary>
    /// 六亿七千多万, 3亿7千多万: a 万 after the 多 that follows a tail under 万 (七千) below an amount of 亿 scales that tail
    /// only, 670,000,000 over, not (6亿 + 7000) x 10000; the 万 is consumed.
    /// </summary>
    private static bool TryScaleTailUnderYi(ReadOnlySpan<char> text, ref int p, ref decimal value)
    {
        const decimal Yi = 100_000_000m, Wan = 10_000m;
        var tail = value % Yi;
        if (p >= text.Length || NumeralChars.BigUnit(text[p]) != Wan || value < Yi || tail is <= 0 or >= Wan || tail != decimal.Truncate(tail))
        {
            return false;
        }
        value += tail * (Wan - 1);
        p++;
        return true;
    }

    private static int DigitsBelow(decimal unit) => unit switch { 10 => 1, 100 => 2, 1000 => 3, 10_000 => 4, 100_000_000 => 8, _ => -1 };

    /// <summary>十百千 (after Arabic digits only) then 万, 亿, 万亿, 兆; 1 when none follows.</summary>
    private static decimal ReadMultiplier(ReadOnlySpan<char> text, ref int p, bool allowSmall)
    {
        decimal m = 1;
        var q = p;
        if (allowSmall && q < text.Length && NumeralChars.SmallUnit(text[q]) is var small and > 0
            && !(small == 1000 && ChineseNumeralParser.IsUnitPrefixOfKiloAfterDigits(text, q + 1))
            && !(small == 100 && q + 1 < text.Length && text[q + 1] == NumeralChars.Fen))
        {
            m = small;
            q++;
        }
        while (q < text.Length && NumeralChars.BigUnit(text[q]) is var big and > 0 && m <= 1_000_000_000_000m)
        {
            m *= big;
            q++;
        }
        // 兆 is 10^12 in Taiwan's money (1兆元) but a prefix in 兆瓦, 兆帕, 兆赫, 兆字节.
        if (q + 1 < text.Length && NumeralChars.IsZhao(text[q]) && m <= 10_000m && !ChineseNumeralParser.IsUnitPrefixOfMega(text, q + 1))
        {
            m *= 1_000_000_000_000m;
            q++;
        }
        p = q;
        return m;
    }

    /// <summary>三四十, 七八十, 二三成, 一两个, 两三万: two neighbouring digits, then a shared multiplier; and 三五 (三五人: three to five), the one range of digits that are not neighbours.</summary>
    private static bool TryConsecutiveRange(ReadOnlySpan<char> text, int pos, out NumberPhrase phrase)
    {
        phrase = default;
        if (pos + 1 >= text.Length)
        {
            return false;
        }
        var d1 = NumeralChars.ChineseDigit(text[pos]);
        var d2 = NumeralChars.ChineseDigit(text[pos + 1]);
        if (d1 < 1 || (d2 != d1 + 1 && !(d1 == 3 && d2 == 5)) || (NumeralChars.IsLiang(text[pos]) && d1 != 2))
        {
            return false;
        }
        if (NumeralChars.IsLiang(text[pos + 1]) && d1 != 1)
        {
            return false;
        }
        var q = pos + 2;
        if (q < text.Length && NumeralChars.ChineseDigit(text[q]) >= 0)
        {
            return false; // a digit-by-digit number such as 一二三
        }
        decimal m = 1;
        if (q < text.Length && NumeralChars.SmallUnit(text[q]) is var small and > 0)
        {
            m = small;
            q++;
        }
        while (q < text.Length && NumeralChars.BigUnit(text[q]) is var big and > 0 && m <= 1_000_000_000_000m)
        {
            m *= big;
            q++;
        }
        phrase = new NumberPhrase(pos, q, d1 * m, d2 * m, Approximation.Exact, NumeralStyle.Chinese, m >= 10_000, false, false, false, 0);
        return true;
    }

    /// <summary>3至5万, 3—5万, 260至300萬: a second number after a range connector; a multiplier on the high end alone distributes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryRangeTail(ReadOnlySpan<char> text, in NumberPhrase low, out NumberPhrase ranged)
    {
        ranged = default;
        var p = low.End;
        if (p >= text.Length)
        {
            return false;
        }
        var dash = false;
        if (RangeMarks.IsWord(text[p]))
        {
            p++;
        }
        else if (RangeMarks.IsDash(text[p]))
        {
            dash = true;
            p++;
            if (p < text.Length && RangeMarks.IsDoublingDash(text[p]))
            {
                p++; // 3——5: a doubled dash
            }
        }
        else
        {
            return false;
        }
        if (low.Style == NumeralStyle.DigitByDigit || !TryScanSingle(text, p, out var high) || high.Style == NumeralStyle.DigitByDigit)
        {
            return false;
        }
        if (dash && (high.Style == NumeralStyle.Arabic) != (low.Style == NumeralStyle.Arabic))
        {
            return false;
        }
        var lowValue = low.Value;
        if (!low.HasMultiplier && high.HasMultiplier)
        {
            var highRaw = RawOf(text, high);
            var factor = highRaw == 0 ? 1 : high.Value / highRaw;
            if (lowValue <= highRaw && factor > 1)
            {
                lowValue *= factor;
            }
        }
        if (lowValue >= high.Value)
        {
            return false;
        }
        ranged = low with
        {
            End = high.End,
            Value = lowValue,
            Max = high.Value,
            Approx = high.Approx,
            HasMultiplier = low.HasMultiplier || high.HasMultiplier,
            IsSingleOne = false,
        };
        return true;
    }

    /// <summary>The high end's number before its 万/亿/兆: 300 in 300萬, 5 in 五万.</summary>
    private static decimal RawOf(ReadOnlySpan<char> text, in NumberPhrase phrase)
    {
        decimal factor = 1;
        foreach (var c in text[phrase.Start..phrase.End])
        {
            if (NumeralChars.BigUnit(c) is var big and > 0)
            {
                factor *= big;
            }
            else if (NumeralChars.IsZhao(c))
            {
                factor *= 1_000_000_000_000m;
            }
        }
        return phrase.Value / factor;
    }
}
