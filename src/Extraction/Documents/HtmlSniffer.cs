using System.Text;
using System.Text.RegularExpressions;

namespace WorkTeam.Extraction.Documents;

/// <summary>Looks at the first bytes of a file for HTML and for the charset the page declares.</summary>
internal static partial class HtmlSniffer
{
    /// <summary>Chinese pages often put their meta charset after long script blocks, so more than the 1024 bytes of the HTML standard's prescan is read.</summary>
    private const int PrescanLength = 8 * 1024;

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*(?<c>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>]", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes) => OpensWithMarkup(bytes) && HtmlStart().IsMatch(Prefix(bytes));

    /// <summary>
    /// Whether the first byte after a byte order mark and blanks is <c>&lt;</c>, as <see cref="HtmlStart"/> needs: a
    /// text file is told from its first bytes, not by copying 8 KB of it into a string for the pattern.
    /// </summary>
    private static bool OpensWithMarkup(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        foreach (var b in bytes)
        {
            // The pattern reads the bytes as Latin-1, one char each: its \s is char.IsWhiteSpace there.
            if (!char.IsWhiteSpace((char)b))
            {
                return b == (byte)'<';
            }
        }
        return false;
    }

    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes) =>
        MetaCharset().Match(Prefix(bytes)) is { Success: true } m ? m.Groups["c"].Value : null;

    // Latin-1 keeps every byte as one char, so ASCII markup is found whatever the real encoding is.
    private static string Prefix(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        return Encoding.Latin1.GetString(bytes.Length > PrescanLength ? bytes[..PrescanLength] : bytes);
    }
}
