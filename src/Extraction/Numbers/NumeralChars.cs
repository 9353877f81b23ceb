using System.Buffers;

namespace WorkTeam.Extraction.Numbers;

/// <summary>
/// Character classes of the numbers core, for both scripts: Arabic and full-width digits, Chinese
/// and financial numerals, the small units 十百千 and the big units 万亿 (simplified and traditional).
/// </summary>
internal static class NumeralChars
{
    /// <summary>Every character a number can start with; the scanners jump from one to the next with it.</summary>
    public static readonly SearchValues<char> NumberStarts = SearchValues.Create(
        "0123456789０１２３４５６７８９〇零○一壹弌二贰貳两兩三叁參叄四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億廿卅卌");

    /// <summary>The value of an Arabic or full-width digit, or -1.</summary>
    public static int ArabicDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => -1,
    };

    /// <summary>The value of a Chinese or financial digit (两 included), or -1.</summary>
    public static int ChineseDigit(char c) => c switch
    {
        '〇' or '零' or '○' => 0,
        '一' or '壹' or '弌' => 1,
        '二' or '贰' or '貳' or '两' or '兩' => 2,
        '三' or '叁' or '參' or '叄' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>两 counts ("两万") but is never a digit of a digit-by-digit number or a decimal.</summary>
    public static bool IsLiang(char c) => c is '两' or '兩';

    /// <summary>十, 百, 千 (and 拾 佰 仟) as 10, 100, 1000; otherwise 0.</summary>
    public static int SmallUnit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    /// <summary>万 and 亿 (萬 億) as 10^4 and 10^8; otherwise 0.</summary>
    public static long BigUnit(char c) => c switch
    {
        '万' or '萬' => 10_000L,
        '亿' or '億' => 100_000_000L,
        _ => 0L,
    };

    /// <summary>A decimal point between digits: ASCII, full-width, the Taiwan middle dot, 点/點.</summary>
    public static bool IsDecimalPoint(char c) => c is '.' or '．' or '‧' or '·' or '点' or '點';

    /// <summary>A CJK ideograph (the basic block and extension A), the letters of a Chinese word.</summary>
    public static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    /// <summary>An ASCII or full-width Latin letter: a number glued to one is a code, not a quantity.</summary>
    public static bool IsLatinLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= 'ａ' and <= 'ｚ') or (>= 'Ａ' and <= 'Ｚ') or '_';
}
