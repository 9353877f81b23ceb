using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Text;

/// <summary>
/// The character classes every stage reads: a full-width form's ASCII form, an Arabic digit's value (ASCII or full-width)
/// and a CJK ideograph. One copy below Documents, so a page reader and the numeral grammar (NumeralChars) agree on them.
/// </summary>
internal static class CharKinds
{
    /// <summary>A full-width form (０, ａ, ．) is its ASCII form plus this.</summary>
    private const int FullWidthOffset = 0xFEE0;

    /// <summary>The full-width forms block: ！ (U+FF01) to ～ (U+FF5E).</summary>
    private const char FirstFullWidth = '\uFF01';

    private const char LastFullWidth = '\uFF5E';

    /// <summary>The ASCII form of a full-width character (０ → 0, ａ → a); any other character as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Narrow(char c) => c is >= FirstFullWidth and <= LastFullWidth ? (char)(c - FullWidthOffset) : c;

    /// <summary>The value of an Arabic or full-width digit, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ArabicDigit(char c) => Narrow(c) is var n and >= '0' and <= '9' ? n - '0' : -1;

    /// <summary>A CJK ideograph (the basic block and extension A), the letters of a Chinese word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');
}
