using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Numbers;

/// <summary>
/// Character classes of the numbers core, for both scripts: Arabic and full-width digits, Chinese
/// and financial numerals, the small units 十百千 and the big units 万亿 (simplified and traditional).
/// The Chinese characters and their values are data (Numbers/Data/numerals.tsv), read once into a table
/// indexed by the character: every lookup is one array read.
/// </summary>
internal static class NumeralChars
{
    /// <summary>What a character is in the table (one byte per UTF-16 unit).</summary>
    private enum Code : byte
    {
        None = 0,
        /// <summary>Digit0 + n is the digit n (n = 0…9).</summary>
        Digit0 = 1,
        Liang = Digit0 + 10,
        Ten,
        Hundred,
        Thousand,
        Wan,
        Yi,
        Twenty,
        Thirty,
        Forty,
        Zhao,
        Point,
    }

    /// <summary>A full-width form (０, ａ, ．) is its ASCII form plus this.</summary>
    private const int FullWidthOffset = 0xFEE0;

    private static readonly WordList Numerals = WordLists.Get("numerals");

    private static readonly Code[] Codes = BuildCodes();

    /// <summary>Every character a number can start with; the scanners jump from one to the next with it.</summary>
    public static readonly string NumberStartChars =
        "0123456789" + string.Concat("0123456789".Select(c => (char)(c + FullWidthOffset)))
        + string.Concat(Numerals.Rows.Where(r => r[1] is "digit" or "liang" or "tens" or "small" or "big").Select(r => r[0]));

    /// <summary><see cref="NumberStartChars"/> as search values.</summary>
    public static readonly SearchValues<char> NumberStarts = SearchValues.Create(NumberStartChars);

    /// <summary>The financial numerals (壹 贰 拾…): alone, each is a word (拾起, 队伍, 陆地).</summary>
    private static readonly SearchValues<char> Financial =
        SearchValues.Create(string.Concat(Numerals.Where("financial", "yes").Select(r => r[0])));

    /// <summary>○, a circle written for 〇: a digit in 二○一七, but never the 零 between the parts of 5万零3.</summary>
    public const char Circle = '○';

    /// <summary>分: 百分之, 四分之一 (a fraction), 百分 (a score).</summary>
    public const char Fen = '分';

    /// <summary>之 of 四分之一.</summary>
    public const char Zhi = '之';

    private static readonly WordList Suffixes = WordLists.Get("number-suffixes");

    private static readonly SearchValues<char> OverMarks = SearchValues.Create(string.Concat(Suffixes.Where("role", "over").Select(r => r[0])));

    private static readonly SearchValues<char> SomeMarks = SearchValues.Create(string.Concat(Suffixes.Where("role", "some").Select(r => r[0])));

    private static readonly SearchValues<char> AboutMarks = SearchValues.Create(string.Concat(Suffixes.Where("role", "about").Select(r => r[0])));

    /// <summary>来 after a round number: 十来个, about ten.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAboutMark(char c) => AboutMarks.Contains(c);

    /// <summary>多, 余, 餘 after a number or its unit: more than the number (3万多, 4米多, 八成多).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsOverMark(char c) => OverMarks.Contains(c);

    private static readonly SearchValues<char> OverRepeatMarks = SearchValues.Create(string.Concat(Suffixes.Where("after-over", "yes").Select(r => r[0])));

    /// <summary>多 after 余 (100余多名): a second mark of over that adds nothing (number-suffixes.tsv, column after-over).</summary>
    public static bool IsOverRepeat(char first, char second) => first != second && IsOverMark(first) && OverRepeatMarks.Contains(second);

    /// <summary>几 after 十: 十几, 11–19.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSome(char c) => SomeMarks.Contains(c);

    /// <summary>The ASCII form of a full-width character (０ → 0, ａ → a); any other character as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Narrow(char c) => CharKinds.Narrow(c);

    /// <summary>The value of an Arabic or full-width digit, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ArabicDigit(char c) => CharKinds.ArabicDigit(c);

    /// <summary>A full-width digit ０–９.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFullWidthDigit(char c) => c != Narrow(c) && ArabicDigit(c) >= 0;

    // The lookups below are asked of nearly every character the number scanners read: written as a table read and a
    // comparison or two, and marked for inlining, so that no call is left on the scanners' paths (as switches, the JIT
    // kept them as calls: ~4% of the quantity scan's time in their frames).

    /// <summary>The value of a Chinese or financial digit (两 included), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ChineseDigit(char c)
    {
        var code = Codes[c];
        return (uint)(code - Code.Digit0) < 10 ? code - Code.Digit0 : code == Code.Liang ? 2 : -1;
    }

    /// <summary>两 counts ("两万") but is never a digit of a digit-by-digit number or a decimal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLiang(char c) => Codes[c] == Code.Liang;

    /// <summary>十, 百, 千 (and 拾 佰 仟) as 10, 100, 1000; otherwise 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SmallUnit(char c)
    {
        var code = Codes[c];
        return code == Code.Ten ? 10 : code == Code.Hundred ? 100 : code == Code.Thousand ? 1000 : 0;
    }

    /// <summary>万 and 亿 (萬 億) as 10^4 and 10^8; otherwise 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long BigUnit(char c)
    {
        var code = Codes[c];
        return code == Code.Wan ? 10_000L : code == Code.Yi ? 100_000_000L : 0L;
    }

    /// <summary>廿 卅 卌 as 20, 30, 40: the tens in one character; otherwise 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Tens(char c)
    {
        var code = Codes[c];
        return code == Code.Twenty ? 20 : code == Code.Thirty ? 30 : code == Code.Forty ? 40 : 0;
    }

    /// <summary>兆: 10^12 in Taiwan's money, the prefix mega in 兆瓦.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsZhao(char c) => Codes[c] == Code.Zhao;

    /// <summary>A financial numeral (壹 贰 拾…).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFinancial(char c) => Financial.Contains(c);

    /// <summary>Any character of the table: a digit, 两, a unit, 廿, 兆 or a Chinese decimal point.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNumeralChar(char c) => Codes[c] != Code.None;

    /// <summary>A decimal point between Chinese digits: 点/點, the Taiwan ‧, the full-width ．.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsChinesePoint(char c) => Codes[c] == Code.Point;

    /// <summary>A decimal point between Arabic digits: . or ．.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsArabicPoint(char c) => Narrow(c) == '.';

    /// <summary>A decimal point between digits: ASCII, full-width, the Taiwan and Latin middle dots, 点/點.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDecimalPoint(char c) => c is '.' or '·' || IsChinesePoint(c);

    /// <summary>A CJK ideograph (the basic block and extension A), the letters of a Chinese word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsIdeograph(char c) => CharKinds.IsIdeograph(c);

    /// <summary>An ASCII or full-width Latin letter: a number glued to one is a code, not a quantity.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLatinLetter(char c) => Narrow(c) is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || c == '_';

    [MethodImpl(MethodImplOptions.NoOptimization)] // runs once per process: an optimised compile costs more than it saves
    private static Code[] BuildCodes()
    {
        var codes = new Code[char.MaxValue + 1];
        int role = Numerals.Column("role"), value = Numerals.Column("value");
        foreach (var row in Numerals.Rows)
        {
            var v = long.Parse(row[value], NumberStyles.None, CultureInfo.InvariantCulture);
            codes[row[0][0]] = (row[role], v) switch
            {
                ("digit", >= 0 and <= 9) => Code.Digit0 + (byte)v,
                ("liang", 2) => Code.Liang,
                ("tens", 20) => Code.Twenty,
                ("tens", 30) => Code.Thirty,
                ("tens", 40) => Code.Forty,
                ("small", 10) => Code.Ten,
                ("small", 100) => Code.Hundred,
                ("small", 1000) => Code.Thousand,
                ("big", 10_000) => Code.Wan,
                ("big", 100_000_000) => Code.Yi,
                ("zhao", 1_000_000_000_000) => Code.Zhao,
                ("point", 0) => Code.Point,
                _ => throw new ResourceLoadException(ResourceFormat.LogicalName(WordListFormat.File), $"numerals: '{row[0]}' has no known role and value ({row[role]}, {row[value]})."),
            };
        }
        return codes;
    }
}
