using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Segmentation;

/// <summary>
/// The character classes of jieba's regular expressions, as one table lookup per character
/// instead of a regex: re_han_default, posseg's re_han_internal, the Han range, re_eng, and
/// Python's \s.
/// </summary>
internal static class CharClass
{
    /// <summary>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]: what jieba.cut segments with the dictionary.</summary>
    public const byte HanDefault = 1;
    /// <summary>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._]: what posseg segments with the dictionary.</summary>
    public const byte HanInternal = 2;
    /// <summary>[\u4E00-\u9FD5]: what the HMMs see.</summary>
    public const byte Han = 4;
    /// <summary>[a-zA-Z0-9].</summary>
    public const byte Eng = 8;
    /// <summary>Python's \s (str.isspace).</summary>
    public const byte Space = 16;
    /// <summary>[\.0-9]: posseg's re_num.</summary>
    public const byte Num = 32;

    private static readonly byte[] Table = Build();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(char c, byte cls) => (Table[c] & cls) != 0;

    /// <summary>
    /// The end of the run that starts at <paramref name="start"/>: the characters that are all in
    /// <paramref name="cls"/>, or all outside it, as the one at <paramref name="start"/> is (how jieba's
    /// re.split alternates matched and unmatched blocks).
    /// </summary>
    public static int RunEnd(ReadOnlySpan<char> text, int start, byte cls)
    {
        bool inside = Is(text[start], cls);
        int i = start + 1;
        while (i < text.Length && Is(text[i], cls) == inside)
        {
            i++;
        }
        return i;
    }

    private static byte[] Build()
    {
        var t = new byte[65536];
        for (int c = 0x4E00; c <= 0x9FD5; c++)
        {
            t[c] = HanDefault | HanInternal | Han;
        }
        foreach (var (lo, hi) in new[] { ('a', 'z'), ('A', 'Z'), ('0', '9') })
        {
            for (char c = lo; c <= hi; c++)
            {
                t[c] = HanDefault | HanInternal | Eng;
            }
        }
        for (char c = '0'; c <= '9'; c++)
        {
            t[c] |= Num;
        }
        t['.'] |= Num;
        foreach (char c in "+#&._")
        {
            t[c] |= HanDefault | HanInternal;
        }
        t['%'] |= HanDefault;
        t['-'] |= HanDefault;
        for (int c = 0; c < 65536; c++)
        {
            // Python's str.isspace also counts the information separators U+001C..U+001F.
            if (char.IsWhiteSpace((char)c) || c is >= 0x1C and <= 0x1F)
            {
                t[c] |= Space;
            }
        }
        return t;
    }
}
