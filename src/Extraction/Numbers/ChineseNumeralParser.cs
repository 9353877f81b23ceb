using System.Buffers;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Numbers;

/// <summary>How a number token was written.</summary>
internal enum NumeralStyle
{
    /// <summary>Arabic or full-width digits, with thousands separators and a decimal part.</summary>
    Arabic,
    /// <summary>Chinese or financial numerals with positional units: 三千二百五十, 两万, 肆佰陸拾.</summary>
    Chinese,
    /// <summary>Chinese digits read one by one: 一九九六, 二〇一七, 一六‧四.</summary>
    DigitByDigit,
}

/// <summary>One number as written, before any qualifier, range or following multiplier.</summary>
internal readonly record struct NumberToken(
    decimal Value,
    int Start,
    int End,
    NumeralStyle Style,
    int IntegerDigits,
    bool HasDecimal,
    bool HasBigUnit,
    bool BareUnitLead,
    bool IsSingleOne,
    int LastSmallUnit)
{
    /// <summary>The written length in UTF-16 units.</summary>
    public int Length => End - Start;
}

/// <summary>
/// The numbers core: reads one number at a position in a span, in Arabic, full-width, Chinese,
/// financial or digit-by-digit form, simplified or traditional. Allocation-free.
/// </summary>
internal static class ChineseNumeralParser
{
    /// <summary>Longest Arabic integer part accepted; longer digit runs are codes, not quantities.</summary>
    private const int MaxArabicDigits = 18;

    /// <summary>No written amount reaches 10^21; a larger product is a typo or noise, refused rather than overflowed.</summary>
    private const decimal MaxAmount = 1_000_000_000_000_000_000_000m;

    /// <summary>The largest mantissa that still takes one more digit without leaving decimal's 96 bits.</summary>
    private const decimal MaxMantissaBeforeDigit = (decimal.MaxValue - 9) / 10;

    /// <summary>Parses a whole string as one number (the property tests' round trip, the corpus' number models).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        if (text.IsEmpty || !TryScan(text, 0, out var token))
        {
            return false;
        }
        var pos = token.End;
        var result = token.Value;
        // A trailing big unit after a decimal (一点五万, 1.52万) belongs to the number.
        while (pos < text.Length && NumeralChars.BigUnit(text[pos]) is var big and > 0)
        {
            if (result > MaxAmount / big)
            {
                return false; // 1亿亿亿亿亿亿亿亿: beyond any amount, and beyond decimal
            }
            result *= big;
            pos++;
        }
        if (pos != text.Length)
        {
            return false;
        }
        value = result;
        return true;
    }

    /// <summary>Reads the number that starts exactly at <paramref name="pos"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryScan(ReadOnlySpan<char> text, int pos, out NumberToken token)
    {
        token = default;
        if ((uint)pos >= (uint)text.Length)
        {
            return false;
        }
        var c = text[pos];
        if (NumeralChars.ArabicDigit(c) >= 0)
        {
            return TryScanArabic(text, pos, out token);
        }
        if (NumeralChars.ChineseDigit(c) >= 0 || NumeralChars.SmallUnit(c) > 0 || NumeralChars.BigUnit(c) > 0 || NumeralChars.Tens(c) > 0)
        {
            // A digit-by-digit number refused for its precision is not re-read positionally as its first digit.
            return TryScanDigitByDigit(text, pos, out token, out var refused) || (!refused && TryScanChinese(text, pos, out token));
        }
        return false;
    }

    private static bool TryScanArabic(ReadOnlySpan<char> text, int pos, out NumberToken token)
    {
        token = default;
        var i = pos;
        long integer = 0; // at most MaxArabicDigits digits: a long holds them, and decimal arithmetic per digit cost more than the rest of the scan
        var digits = 0;
        while (i < text.Length && NumeralChars.ArabicDigit(text[i]) is var d and >= 0)
        {
            if (digits < MaxArabicDigits)
            {
                integer = (integer * 10) + d;
            }
            digits++;
            i++;
        }
        // Thousands separators: 1,826 and 12,345,678 (a comma followed by exactly three digits).
        if (digits <= 3)
        {
            while (i < text.Length && (text[i] == ',' || (NumeralChars.Narrow(text[i]) == ',' && NumeralChars.IsFullWidthDigit(text[i - 1]) && NumeralChars.IsFullWidthDigit(text[i + 1 < text.Length ? i + 1 : i])))
                && IsThreeDigitGroup(text, i + 1))
            {
                if (digits + 3 <= MaxArabicDigits)
                {
                    for (var k = i + 1; k < i + 4; k++)
                    {
                        integer = (integer * 10) + NumeralChars.ArabicDigit(text[k]);
                    }
                }
                digits += 3;
                i += 4;
            }
            if (i + 4 <= text.Length && IsFullWidthComma(text[i]) && IsCommaGroupedNumber(text, pos, i))
            {
                while (i + 4 <= text.Length && IsFullWidthComma(text[i]) && IsThreeDigitGroup(text, i + 1))
                {
                    if (digits + 3 <= MaxArabicDigits)
                    {
                        for (var k = i + 1; k < i + 4; k++)
                        {
                            integer = (integer * 10) + NumeralChars.ArabicDigit(text[k]);
                        }
                    }
                    digits += 3;
                    i += 4;
                }
            }
            if (i + 4 < text.Length && IsGroupSpace(text[i]) && IsSpaceGroupedNumber(text, pos, i))
            {
                while (i + 4 <= text.Length && IsGroupSpace(text[i]) && IsThreeDigitGroup(text, i + 1))
                {
                    // As above: past MaxArabicDigits the number is refused, so its digits are not accumulated (no overflow).
                    if (digits + 3 <= MaxArabicDigits)
                    {
                        for (var k = i + 1; k < i + 4; k++)
                        {
                            integer = (integer * 10) + NumeralChars.ArabicDigit(text[k]);
                        }
                    }
                    digits += 3;
                    i += 4;
                }
            }
        }
        if (digits > MaxArabicDigits)
        {
            return false;
        }
        decimal value = integer;
        var hasDecimal = false;
        if (i + 1 < text.Length && NumeralChars.IsArabicPoint(text[i]) && NumeralChars.ArabicDigit(text[i + 1]) >= 0)
        {
            hasDecimal = true;
            var (fraction, end, exact) = ReadFraction(text, i + 1, chinese: false);
            i = end;
            if (!exact || !TryAddExactly(value, fraction, out value))
            {
                return false; // more decimal places than decimal holds: refused, not silently cut
            }
        }
        token = new NumberToken(value, pos, i, NumeralStyle.Arabic, digits, hasDecimal, false, false, false, 0);
        return true;
    }

    /// <summary>A space that groups digits in thousands (GB/T 15835: 5 575万, 2 636 万kW): ASCII, no-break, thin or ideographic (1　500户).</summary>
    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u2009' or '\u202F' or IdeographicSpace;

    /// <summary>The ideographic (full-width) space, U+3000: it groups thousands only where the unit follows at once, not at a line's start.</summary>
    private const char IdeographicSpace = '\u3000';

    /// <summary>
    /// 5 575万, 12 345户, 2 636 万kW: one to three digits, then groups of three digits each after one space, the last
    /// followed (after at most one space) by a character that is neither a digit nor ASCII (an ideograph, a unit) or by a
    /// decimal part, and
    /// no digit and space before the first group. A row of a table (120 345 560 at the line's end) and a phone number
    /// (138 1234 5678) are not read as one number.
    /// </summary>
    private static bool IsSpaceGroupedNumber(ReadOnlySpan<char> text, int pos, int at)
    {
        if (pos >= 2 && IsGroupSpace(text[pos - 1]) && NumeralChars.ArabicDigit(text[pos - 2]) >= 0)
        {
            return false;
        }
        var i = at;
        var groups = 0;
        var ideographic = false;
        while (i + 4 <= text.Length && IsGroupSpace(text[i]) && IsThreeDigitGroup(text, i + 1))
        {
            ideographic |= text[i] == IdeographicSpace;
            groups++;
            i += 4;
        }
        if (groups == 0)
        {
            return false;
        }
        if (ideographic && (pos == 0 || text[pos - 1] is '\n' or '\r'))
        {
            return false; // 2　150　王家村 opening a line: a table's row laid out with ideographic spaces, no 2,150
        }
        if (!ideographic && i < text.Length && IsGroupSpace(text[i]))
        {
            i++; // 2 636 万kW; with ideographic spaces the unit follows the last group at once (1　500户; 1　120　户 is a row)
        }
        if (i + 1 < text.Length && NumeralChars.IsArabicPoint(text[i]) && NumeralChars.ArabicDigit(text[i + 1]) >= 0)
        {
            return true; // 1 234.5元
        }
        return i < text.Length && text[i] > '\u007F' && NumeralChars.ArabicDigit(text[i]) < 0 && !IsGroupSpace(text[i]);
    }

    /// <summary>The full-width comma (，), which narrows to the ASCII one.</summary>
    private static bool IsFullWidthComma(char c) => c != ',' && NumeralChars.Narrow(c) == ',';

    /// <summary>
    /// 1，200人, 12，345，678元: ASCII digits grouped in thousands by a full-width comma (an input method's comma typed
    /// between digits): one to three digits, then groups of exactly three digits, the last followed by an ideograph or a
    /// unit (not a digit, a comma or 、) or by a decimal part, and no digit and comma before the first group. A list of
    /// numbers (1，2组, 3，5，200人, 12，3456) is not read as one number.
    /// </summary>
    private static bool IsCommaGroupedNumber(ReadOnlySpan<char> text, int pos, int at)
    {
        if (pos >= 2 && NumeralChars.Narrow(text[pos - 1]) is ',' or Marks.ListComma && NumeralChars.ArabicDigit(text[pos - 2]) >= 0)
        {
            return false;
        }
        var i = at;
        var groups = 0;
        while (i + 4 <= text.Length && IsFullWidthComma(text[i]) && IsThreeDigitGroup(text, i + 1))
        {
            groups++;
            i += 4;
        }
        if (groups == 0 || i >= text.Length)
        {
            return false;
        }
        if (i + 1 < text.Length && NumeralChars.IsArabicPoint(text[i]) && NumeralChars.ArabicDigit(text[i + 1]) >= 0)
        {
            return true; // 1，234.5元
        }
        var next = text[i];
        return next > '\u007F' && NumeralChars.ArabicDigit(next) < 0 && NumeralChars.Narrow(next) != ',' && next != Marks.ListComma;
    }

    private static bool IsThreeDigitGroup(ReadOnlySpan<char> text, int at) =>
        at + 3 <= text.Length
        && NumeralChars.ArabicDigit(text[at]) >= 0
        && NumeralChars.ArabicDigit(text[at + 1]) >= 0
        && NumeralChars.ArabicDigit(text[at + 2]) >= 0
        && (at + 3 == text.Length || NumeralChars.ArabicDigit(text[at + 3]) < 0);

    /// <summary>一九九六, 二〇一七, 一六‧四: two or more plain digits (not 两) and no unit among them.</summary>
    private static bool TryScanDigitByDigit(ReadOnlySpan<char> text, int pos, out NumberToken token, out bool refused)
    {
        token = default;
        refused = false;
        var i = pos;
        long digits = 0; // at most MaxArabicDigits digits: a long holds them
        while (i < text.Length && !NumeralChars.IsLiang(text[i]) && NumeralChars.ChineseDigit(text[i]) is var d and >= 0)
        {
            digits = (digits * 10) + d;
            i++;
            if (i - pos > MaxArabicDigits)
            {
                return false;
            }
        }
        var count = i - pos;
        if (count > 0 && i < text.Length && NumeralChars.BigUnit(text[i]) == WanValue && TryReadWanGroup(text, i + 1, out var group))
        {
            // 三萬五九一五人, 一一七一萬七五九八人: digits read one by one on either side of 萬, the four after it the group below 萬
            // (Taiwan papers' style); 三萬五 (35,000) and 一一七一萬人 keep their positional reading.
            token = new NumberToken((digits * WanValue) + group, pos, i + 1 + WanGroupDigits, NumeralStyle.DigitByDigit,
                count + WanGroupDigits, false, true, false, false, 0);
            return true;
        }
        // 一一七一萬人, 二三六七萬元: three or more digits read one by one before 萬/億 are the amount it scales; two (三五萬, 七八萬)
        // make a range, read positionally.
        if (count < 2 || (i < text.Length && (NumeralChars.SmallUnit(text[i]) > 0 || NumeralChars.IsLiang(text[i])
            || (NumeralChars.BigUnit(text[i]) > 0 && count < DigitsBeforeBigUnit))))
        {
            return false;
        }
        decimal value = digits;
        var hasDecimal = false;
        if (i + 1 < text.Length && NumeralChars.IsDecimalPoint(text[i]) && IsPlainChineseDigit(text[i + 1]))
        {
            var (fraction, end, exact) = ReadFraction(text, i + 1, chinese: true);
            if (!exact || !TryAddExactly(value, fraction, out value))
            {
                refused = true;
                return false;
            }
            i = end;
            hasDecimal = true;
        }
        token = new NumberToken(value, pos, i, NumeralStyle.DigitByDigit, count, hasDecimal, false, false, false, 0);
        return true;
    }

    private static bool IsPlainChineseDigit(char c) => !NumeralChars.IsLiang(c) && NumeralChars.ChineseDigit(c) >= 0;

    /// <summary>The fewest digits read one by one that 萬/億 scales (一一七一萬): two (三五萬) make a range.</summary>
    private const int DigitsBeforeBigUnit = 3;

    /// <summary>萬's value: the group below it holds <see cref="WanGroupDigits"/> digits.</summary>
    private const long WanValue = 10_000;

    /// <summary>The digits of the group below 萬 when they are written one by one (七五九八, 七二○五).</summary>
    private const int WanGroupDigits = 4;

    /// <summary>
    /// Exactly four plain digits at <paramref name="at"/>, no digit, unit or decimal point after them: the group below 萬 of a
    /// number read digit by digit (一一八三萬七二○五 → 11,837,205).
    /// </summary>
    private static bool TryReadWanGroup(ReadOnlySpan<char> text, int at, out long group)
    {
        group = 0;
        if (at + WanGroupDigits > text.Length)
        {
            return false;
        }
        for (var k = at; k < at + WanGroupDigits; k++)
        {
            if (!IsPlainChineseDigit(text[k]))
            {
                return false;
            }
            group = (group * 10) + NumeralChars.ChineseDigit(text[k]);
        }
        var end = at + WanGroupDigits;
        return end == text.Length || (NumeralChars.ChineseDigit(text[end]) < 0 && NumeralChars.SmallUnit(text[end]) == 0
            && NumeralChars.BigUnit(text[end]) == 0 && !NumeralChars.IsDecimalPoint(text[end]) && NumeralChars.ArabicDigit(text[end]) < 0);
    }

    /// <summary>
    /// The digits after a decimal point, exactly: <c>Exact</c> is false when a nonzero digit lies beyond
    /// decimal's 28 places or 96-bit mantissa (1.5555…5 with 34 places), so that the caller refuses the
    /// number instead of reporting a cut one.
    /// </summary>
    private static (decimal Fraction, int End, bool Exact) ReadFraction(ReadOnlySpan<char> text, int i, bool chinese)
    {
        decimal mantissa = 0;
        var places = 0;
        var full = false;
        var exact = true;
        for (; i < text.Length; i++)
        {
            var d = chinese ? (IsPlainChineseDigit(text[i]) ? NumeralChars.ChineseDigit(text[i]) : -1) : NumeralChars.ArabicDigit(text[i]);
            if (d < 0)
            {
                break;
            }
            full |= places == 28 || mantissa > MaxMantissaBeforeDigit;
            if (full)
            {
                exact &= d == 0; // trailing zeros past the limit lose nothing
                continue;
            }
            mantissa = (mantissa * 10) + d;
            places++;
        }
        var bits = decimal.GetBits(mantissa);
        return (new decimal(bits[0], bits[1], bits[2], false, (byte)places), i, exact);
    }

    /// <summary>Integer part plus fraction, false when the sum would need more significant digits than decimal has.</summary>
    private static bool TryAddExactly(decimal integer, decimal fraction, out decimal sum)
    {
        sum = integer + fraction;
        return sum - integer == fraction;
    }

    /// <summary>
    /// Positional Chinese numerals: 三千二百五十, 四千零四万, 一亿二千万, 两万, 十五, 一万五 (the elided
    /// last unit), 百万; a decimal part after 点 (五点七).
    /// </summary>
    private static bool TryScanChinese(ReadOnlySpan<char> text, int pos, out NumberToken token)
    {
        token = default;
        // Int128, not long: 九百九十九亿九千九百九十九万亿 is 9.999999×10^18, past long's range in its sums (and integer
        // arithmetic, not decimal's, for every character; the sum becomes a decimal once, exactly).
        Int128 zhao = 0, yi = 0, wan = 0, section = 0;
        var digit = -1;
        var lastSmall = 0;      // the last 十/百/千 of the current section, to refuse 十百
        long lastUnit = 0;      // the unit written just before the pending digit, for 一万五
        var zeroPending = false;
        var hasBig = false;
        var bareLead = false;
        var i = pos;
        var digitsSeen = 0;
        var wrapAt = -1;        // a line break of a fixed-width page passed over inside the number (四千三⏎百十六萬五千元)
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' && i > pos && wrapAt < 0 && WrappedLines.BreakLength(text, i) is var wrap and > 0
                && ContinuesAcrossWrap(text, i + wrap))
            {
                wrapAt = i;
                i += wrap - 1;
                continue;
            }
            var d = NumeralChars.ChineseDigit(c);
            if (d >= 0)
            {
                if (digit >= 0)
                {
                    break; // 十四五: a second digit in a row ends the number
                }
                digitsSeen++;
                if (d == 0)
                {
                    zeroPending = true;
                    lastUnit = 0;
                    continue;
                }
                digit = d;
                continue;
            }
            if (NumeralChars.Tens(c) is var tens and > 0 && digit < 0 && (lastSmall == 0 || lastSmall > 10))
            {
                // 廿五 = 25, 四百廿四 = 424: the tens in one character (Taiwan and classical usage).
                section += tens;
                zeroPending = false;
                lastSmall = 10;
                lastUnit = 10;
                digitsSeen++;
                continue;
            }
            var small = NumeralChars.SmallUnit(c);
            if (small > 0)
            {
                if (lastSmall != 0 && small >= lastSmall)
                {
                    break;
                }
                if (small == 1000 && IsUnitPrefixOfKilo(text, i + 1))
                {
                    break; // 五千瓦 is five kilowatts
                }
                if (digit < 0)
                {
                    if (i == pos)
                    {
                        bareLead = small > 10;
                    }
                    else if (!zeroPending && small != 10)
                    {
                        break;
                    }
                    digit = 1;
                }
                section += digit * small;
                digit = -1;
                lastSmall = small;
                lastUnit = small;
                zeroPending = false;
                continue;
            }
            if (NumeralChars.IsZhao(c) && i > pos && !IsUnitPrefixOfMega(text, i + 1))
            {
                // 兆 is 10^12 (Taiwan, Japan): 五十五兆一十二亿.
                var before = yi + wan + section + Math.Max(digit, 0);
                if (before == 0 || zhao > 0 || before > 1_000_000L)
                {
                    break;
                }
                zhao = before * 1_000_000_000_000L;
                yi = wan = section = 0;
                digit = -1;
                lastSmall = 0;
                lastUnit = 1_000_000_000_000L;
                hasBig = true;
                zeroPending = false;
                continue;
            }
            var big = NumeralChars.BigUnit(c);
            if (big > 0)
            {
                var pending = section + Math.Max(digit, 0);
                if (pending == 0)
                {
                    if (i == pos)
                    {
                        bareLead = true;
                        pending = 1;
                    }
                    else if (big == 100_000_000L && wan > 0 && yi + wan < 100_000_000_000L)
                    {
                        // 万亿: the 万 block scales again.
                        yi = (yi + wan) * big;
                        wan = 0;
                        lastUnit = big;
                        hasBig = true;
                        continue;
                    }
                    else
                    {
                        break;
                    }
                }
                if (big == 10_000L)
                {
                    if (wan > 0)
                    {
                        break;
                    }
                    wan = pending * big;
                }
                else
                {
                    if (yi + wan + pending > 100_000_000_000L)
                    {
                        break; // 亿亿亿: no amount is that large
                    }
                    yi = (yi + wan + pending) * big;
                    wan = 0;
                }
                section = 0;
                digit = -1;
                lastSmall = 0;
                lastUnit = big;
                hasBig = true;
                zeroPending = false;
                continue;
            }
            break;
        }
        if (i == pos)
        {
            return false;
        }
        if (wrapAt >= 0 && i == wrapAt + WrappedLines.BreakLength(text, wrapAt))
        {
            i = wrapAt; // nothing after the break joined the number: it ends at the line's end
        }
        var whole = zhao + yi + wan + section;
        var last = digit;
        if (last > 0)
        {
            // 一万五 = 15000, 三千五 = 3500: a digit right after a unit stands for the next lower place.
            whole += !zeroPending && lastUnit > 10 ? last * (lastUnit / 10) : last;
        }
        var value = (decimal)whole;
        var hasDecimal = false;
        if (i + 1 < text.Length && NumeralChars.IsChinesePoint(text[i]) && IsPlainChineseDigit(text[i + 1]))
        {
            var (fraction, end, exact) = ReadFraction(text, i + 1, chinese: true);
            // 十点三十分 is a time, not 10.3: a unit right after the decimal digits refuses the decimal.
            if (end >= text.Length || NumeralChars.SmallUnit(text[end]) == 0)
            {
                if (!exact || !TryAddExactly(value, fraction, out value))
                {
                    return false;
                }
                i = end;
                hasDecimal = true;
            }
        }
        var isSingleOne = i == pos + 1 && NumeralChars.ChineseDigit(text[pos]) == 1;
        token = new NumberToken(value, pos, i, NumeralStyle.Chinese, digitsSeen, hasDecimal, hasBig, bareLead, isSingleOne, lastSmall);
        return true;
    }

    /// <summary>
    /// Whether the numerals at the start of the next line (<paramref name="at"/>, just after a fixed-width page's line
    /// break) go on the number before the break: two or more of them (百十六萬五千元), or one unit (萬元), and not a list
    /// item's number (二、加强…, 一、加快…, 二十、, 三．, 四)): a list item at a line's start is a line break of its own.
    /// </summary>
    private static bool ContinuesAcrossWrap(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < MaxWrapRun && IsChineseNumeralChar(text[end]))
        {
            end++;
        }
        if (end == at || (end - at == 1 && NumeralChars.ChineseDigit(text[at]) >= 0))
        {
            return false;
        }
        return end >= text.Length || !(text[end] == Marks.ListComma || NumeralChars.Narrow(text[end]) is '.' or ')');
    }

    /// <summary>How far <see cref="ContinuesAcrossWrap"/> reads the numerals after a break: a number's characters, not a line's.</summary>
    private const int MaxWrapRun = 24;

    /// <summary>A character that may go on a Chinese numeral: a digit, 十/百/千, 万/亿, 廿/卅.</summary>
    private static bool IsChineseNumeralChar(char c) =>
        NumeralChars.ChineseDigit(c) >= 0 || NumeralChars.SmallUnit(c) > 0 || NumeralChars.BigUnit(c) > 0 || NumeralChars.Tens(c) > 0;

    /// <summary>兆瓦, 兆赫, 兆帕, 兆字节: 兆 is the unit's prefix (mega), not 10^12.</summary>
    internal static bool IsUnitPrefixOfMega(ReadOnlySpan<char> text, int at) => at < text.Length && MegaUnits.Contains(text[at]);

    /// <summary>千瓦, 千克, 千焦: 千 is the unit's prefix, not a multiplier.</summary>
    internal static bool IsUnitPrefixOfKilo(ReadOnlySpan<char> text, int at) => at < text.Length && KiloUnits.Contains(text[at]);

    /// <summary>千米 after Arabic digits (5千米 is 5 km) besides <see cref="IsUnitPrefixOfKilo"/>.</summary>
    internal static bool IsUnitPrefixOfKiloAfterDigits(ReadOnlySpan<char> text, int at) =>
        IsUnitPrefixOfKilo(text, at) || (at < text.Length && KiloUnitsAfterDigits.Contains(text[at]));

    private static readonly SearchValues<char> MegaUnits = PrefixedUnits("mega");

    private static readonly SearchValues<char> KiloUnits = PrefixedUnits("kilo");

    private static readonly SearchValues<char> KiloUnitsAfterDigits = PrefixedUnits("kilo-after-digits");

    /// <summary>The unit characters after a prefix of Numbers/Data/unit-prefixes.tsv (千瓦 → 瓦).</summary>
    private static SearchValues<char> PrefixedUnits(string prefix) =>
        SearchValues.Create(string.Concat(WordLists.Get("unit-prefixes").Where("prefix", prefix).Select(r => r[0][1])));
}
