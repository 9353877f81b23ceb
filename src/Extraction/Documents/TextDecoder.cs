using System.Buffers;
using System.Text;
using System.Text.Unicode;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Documents;

/// <summary>The text of a file and how it was decoded.</summary>
/// <param name="Text">The decoded text, without a byte order mark.</param>
/// <param name="EncodingName">The encoding's name: utf-8, utf-16le, utf-16be, gb18030 or big5.</param>
/// <param name="InvalidBytes">Bytes that were not valid in that encoding, each decoded as U+FFFD.</param>
/// <param name="Reason">How the encoding was chosen (a byte order mark, the page's declaration, the bytes).</param>
public readonly record struct DecodedText(string Text, string EncodingName, int InvalidBytes, string Reason);

/// <summary>
/// Decides how a file's bytes are encoded and decodes them. The order of evidence: a byte order
/// mark; strict UTF-8 validity (multi-byte UTF-8 is practically never valid by chance in GBK or
/// Big5 bytes, so it outranks a page's own declaration, which is sometimes wrong); the charset the
/// HTML page declares, if it decodes without errors; and last a comparison of GB18030 and Big5 on
/// the validity of their lead/trail byte pairs and on how many common Chinese characters and
/// punctuation marks each decoding yields.
/// </summary>
/// <remarks>Stateless and thread-safe. <see cref="Document"/>'s loaders use it; call it directly to read
/// a file's text without parsing it as a document (a line-oriented tool, say).</remarks>
public static class TextDecoder
{
    private const int GbCodePage = 54936;
    private const int Big5CodePage = 950;
    private const int SniffLength = 64 * 1024;
    private const int LegacySampleLength = 256 * 1024;

    /// <summary>
    /// How much better (share of common characters) the other double-byte reading must score to
    /// overrule a page's declared charset: a right reading scores 0.5-0.8, a wrong one near 0.
    /// </summary>
    private const double MojibakeMargin = 0.25;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Frequent characters of running Chinese text in both scripts, with full-width punctuation
    // (Data/common-chars.tsv): a right decoding of GB or Big5 bytes is full of them, a wrong one yields rare characters.
    private static readonly SearchValues<char> CommonChinese = WordLists.Get("common-chars").ToSearchValues();

    /// <summary>Decodes <paramref name="bytes"/>, refusing binary data.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="declaredCharset">The charset an HTML page declares, or null.</param>
    /// <param name="documentName">The name used in a refusal.</param>
    /// <returns>The text, the encoding chosen, and how many bytes were invalid in it.</returns>
    /// <exception cref="DocumentLoadException">The bytes are binary (an image, an archive, control characters), not text.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null, string? documentName = null)
    {
        if (bytes.Length == 0)
        {
            return new DecodedText(string.Empty, "utf-8", 0, "empty");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeWith(65001, "utf-8", bytes[3..], "byte order mark");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeWith(1200, "utf-16le", bytes[2..], "byte order mark");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeWith(1201, "utf-16be", bytes[2..], "byte order mark");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x84, 0x31, 0x95, 0x33]))
        {
            return DecodeWith(GbCodePage, "gb18030", bytes[4..], "byte order mark");
        }

        if (BomlessUtf16(bytes) is { } utf16)
        {
            return DecodeWith(utf16.CodePage, utf16.Name, bytes, "UTF-16 byte pattern");
        }
        if (BinarySniffer.WhyBinary(bytes) is { } why)
        {
            throw new DocumentLoadException(documentName, "not a text file: " + why);
        }

        if (Utf8.IsValid(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", 0, Ascii.IsValid(bytes) ? "ASCII" : "valid UTF-8");
        }
        if (MixedLines(bytes) is { } mixed)
        {
            return mixed;
        }
        var (utf8Sequences, utf8Invalid) = CountUtf8(bytes);
        // A truncated last character or a few damaged bytes leave a UTF-8 file UTF-8; GBK or Big5
        // bytes read as UTF-8 fail on most of their characters (about one in twelve GB2312 positions
        // happens to start a valid two-byte UTF-8 sequence, one in fifty a three-byte one), so a
        // weight of four valid sequences (three-byte ones count four) to one invalid byte is UTF-8.
        if (utf8Invalid * 4 <= utf8Sequences)
        {
            return DecodeWith(65001, "utf-8", bytes, "UTF-8 with invalid bytes");
        }

        var sample = bytes.Length > LegacySampleLength ? bytes[..LegacySampleLength] : bytes;
        var gb = ScoreLegacy(GbCodePage, sample);
        var big5 = ScoreLegacy(Big5CodePage, sample);
        if (declaredCharset is not null && CodePageOf(declaredCharset) is { } declared && declared.CodePage != 65001)
        {
            var decoded = DecodeWith(declared.CodePage, declared.Name, bytes, "declared charset " + declaredCharset);
            // A declaration that decodes without an error can still be wrong: Big5 bytes are nearly
            // all valid GB18030 pairs, read as rare characters. The bytes' own reading wins when it
            // is clearly better (the document then warns that the page's declaration was not followed).
            double declaredScore = declared.CodePage == GbCodePage ? gb : declared.CodePage == Big5CodePage ? big5 : double.NaN;
            double otherScore = declared.CodePage == GbCodePage ? big5 : declared.CodePage == Big5CodePage ? gb : double.NaN;
            if (decoded.InvalidBytes == 0 && !(otherScore > declaredScore + MojibakeMargin))
            {
                return decoded;
            }
        }
        return gb >= big5
            ? DecodeWith(GbCodePage, "gb18030", bytes, "GB18030 scored above Big5")
            : DecodeWith(Big5CodePage, "big5", bytes, "Big5 scored above GB18030");
    }

    /// <summary>
    /// A file whose lines are in two encodings (UTF-8 paragraphs pasted into a GB18030 file, or the
    /// reverse): lines that are valid UTF-8 with at least two multi-byte characters are decoded as
    /// UTF-8, the others as GB18030 or Big5 (whichever reads them better). Null when the file is not
    /// of that kind: no such UTF-8 line, or the other lines do not read as Chinese either way.
    /// </summary>
    private static DecodedText? MixedLines(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<(int Start, int Length, bool Utf8)>();
        int utf8Lines = 0, legacyLines = 0;
        var legacy = new List<byte>();
        for (int start = 0; start < bytes.Length;)
        {
            int newline = bytes[start..].IndexOf((byte)'\n');
            int length = newline < 0 ? bytes.Length - start : newline + 1;
            var line = bytes.Slice(start, length);
            bool ascii = Ascii.IsValid(line);
            // Valid UTF-8 by chance happens to short runs of GB or Big5 bytes: a line is UTF-8 when it
            // also reads as Chinese in UTF-8 and better than it does in GB18030 or Big5.
            bool utf8 = !ascii && Utf8.IsValid(line) && CountUtf8(line).Sequences >= 2 && ReadsAsUtf8(line);
            if (utf8)
            {
                utf8Lines++;
            }
            else if (!ascii && !Utf8.IsValid(line))
            {
                legacyLines++;
                if (legacy.Count < LegacySampleLength)
                {
                    legacy.AddRange(line);
                }
            }
            lines.Add((start, length, utf8));
            start += length;
        }
        if (utf8Lines == 0 || legacyLines == 0)
        {
            return null;
        }
        var sample = legacy.ToArray();
        var gb = ScoreLegacy(GbCodePage, sample);
        var big5 = ScoreLegacy(Big5CodePage, sample);
        if (Math.Max(gb, big5) < 0.3)
        {
            return null; // damaged UTF-8 rather than another encoding: the caller decides.
        }
        var (codePage, name) = gb >= big5 ? (GbCodePage, "gb18030") : (Big5CodePage, "big5");
        var text = new StringBuilder(bytes.Length);
        int invalid = 0;
        foreach (var (start, length, utf8) in lines)
        {
            var decoded = DecodeWith(utf8 ? 65001 : codePage, "", bytes.Slice(start, length), "");
            text.Append(decoded.Text);
            invalid += decoded.InvalidBytes;
        }
        return new DecodedText(text.ToString(), "utf-8+" + name, invalid,
            $"mixed encodings: {utf8Lines} lines of UTF-8 and {legacyLines} of {name}, each line decoded in its own");
    }

    private static bool ReadsAsUtf8(ReadOnlySpan<byte> line)
    {
        double utf8 = CommonShare(DecodeWith(65001, "", line, "").Text);
        return utf8 >= 0.2
            && utf8 > CommonShare(DecodeWith(GbCodePage, "", line, "").Text)
            && utf8 > CommonShare(DecodeWith(Big5CodePage, "", line, "").Text);
    }

    /// <summary>The share of non-ASCII characters that are common Chinese characters or punctuation.</summary>
    private static double CommonShare(string text)
    {
        int wide = 0, common = 0;
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                wide++;
                if (CommonChinese.Contains(c))
                {
                    common++;
                }
            }
        }
        return wide == 0 ? 0 : (double)common / wide;
    }

    /// <summary>Maps a declared charset label to the code page we decode it with, or null if unknown.</summary>
    internal static (int CodePage, string Name)? CodePageOf(string label)
    {
        switch (label.Trim().ToUpperInvariant())
        {
            case "UTF-8" or "UTF8":
                return (65001, "utf-8");
            // GB2312 and GBK pages routinely hold GBK-only characters; GB18030 decodes all three.
            case "GB2312" or "GBK" or "GB18030" or "CP936" or "X-GBK" or "EUC-CN" or "GB_2312-80":
                return (GbCodePage, "gb18030");
            case "BIG5" or "BIG-5" or "CP950" or "X-X-BIG5" or "BIG5-HKSCS":
                return (Big5CodePage, "big5");
            case "UTF-16" or "UTF-16LE":
                return (1200, "utf-16le");
            case "UTF-16BE":
                return (1201, "utf-16be");
            default:
                return null;
        }
    }

    private static DecodedText DecodeWith(int codePage, string name, ReadOnlySpan<byte> bytes, string reason)
    {
        var fallback = new CountingDecoderFallback();
        var encoding = Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, fallback);
        // Encoding.GetString meets each invalid byte twice (once to size the string, once to fill it),
        // so the size is taken with counting off and the text decoded straight into the string, which
        // also spares a char[] copy of a large file.
        var length = encoding.GetCharCount(bytes);
        fallback.Counting = true;
        string text;
        unsafe
        {
            fixed (byte* pointer = bytes)
            {
                text = string.Create(length, ((nint)pointer, bytes.Length, encoding), static (chars, state) =>
                    state.encoding.GetChars(new ReadOnlySpan<byte>((byte*)state.Item1, state.Item2), chars));
            }
        }
        return new DecodedText(text, name, fallback.InvalidBytes, reason);
    }

    /// <summary>Valid multi-byte UTF-8 sequences, weighted (three- and four-byte ones four), and invalid bytes.</summary>
    private static (long Sequences, long Invalid) CountUtf8(ReadOnlySpan<byte> bytes)
    {
        long sequences = 0;
        long invalid = 0;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var next = rest.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (next < 0)
            {
                break;
            }
            rest = rest[next..];
            var status = Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                // A valid three- or four-byte sequence is ~4x rarer than a two-byte one in GBK or Big5
                // bytes (~2% against ~8% of positions), so it weighs four.
                sequences += consumed >= 3 ? 4 : 1;
            }
            else
            {
                invalid++;
            }
            rest = rest[Math.Max(consumed, 1)..];
        }
        return (sequences, invalid);
    }

    /// <summary>
    /// Share of decoded characters that are common Chinese characters or punctuation, less twice the
    /// share of invalid bytes: a wrong reading of double-byte text scores near zero or below.
    /// </summary>
    private static double ScoreLegacy(int codePage, ReadOnlySpan<byte> sample)
    {
        var decoded = DecodeWith(codePage, "", sample, "");
        var text = decoded.Text.AsSpan();
        long wide = 0;
        long common = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }
            wide++;
            if (CommonChinese.Contains(c))
            {
                common++;
            }
        }
        if (wide == 0)
        {
            return 0;
        }
        // An invalid byte at the very end may be a character cut by the sample boundary.
        var invalid = Math.Max(0, decoded.InvalidBytes - 1);
        return (double)common / wide - 2.0 * invalid / wide;
    }

    /// <summary>
    /// UTF-16 without a byte order mark: zero bytes mostly on one side of each pair, in a text that
    /// decodes with no unpaired surrogates and no control characters.
    /// </summary>
    private static (int CodePage, string Name)? BomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > SniffLength ? bytes[..SniffLength] : bytes;
        if (sample.Length < 16 || sample.IndexOf((byte)0) < 0)
        {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0)
            {
                evenZeros++;
            }
            if (sample[i + 1] == 0)
            {
                oddZeros++;
            }
        }
        var pairs = sample.Length / 2;
        // ASCII characters (digits, line breaks) put a zero on one side of their pair; characters
        // U+xx00 such as 一 (U+4E00) and 开 (U+5F00) on the other, so zeros on both sides are
        // normal. The share of pairs with a zero says "UTF-16" (one in twenty at least); which byte
        // order is told by decoding both ways and keeping the one that reads as text: no unpaired
        // surrogate, no control character, and more common Chinese characters and ASCII.
        if ((oddZeros + evenZeros) * 20 < pairs)
        {
            return null;
        }
        (int CodePage, string Name)? best = null;
        double bestScore = 0.3;
        foreach (var candidate in new[] { (CodePage: 1200, Name: "utf-16le"), (CodePage: 1201, Name: "utf-16be") })
        {
            var decoded = DecodeWith(candidate.CodePage, "", sample[..(pairs * 2)], "");
            // A cut surrogate pair at the sample's end is the only tolerated error.
            if (decoded.InvalidBytes > 2 || HasControlCharacters(decoded.Text) || decoded.Text.Length == 0)
            {
                continue;
            }
            int readable = 0;
            foreach (var c in decoded.Text)
            {
                if (c is >= ' ' and < '\x7F' or '\n' or '\r' or '\t' || CommonChinese.Contains(c))
                {
                    readable++;
                }
            }
            double score = (double)readable / decoded.Text.Length;
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static bool HasControlCharacters(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Replaces invalid bytes with U+FFFD (one per invalid sequence) and counts the bytes.</summary>
    private sealed class CountingDecoderFallback : DecoderFallback
    {
        private int _invalidBytes;

        public int InvalidBytes => _invalidBytes;

        public bool Counting { get; set; }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(CountingDecoderFallback owner) : DecoderFallbackBuffer
        {
            private int _remaining;

            public override int Remaining => _remaining;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                if (owner.Counting)
                {
                    Interlocked.Add(ref owner._invalidBytes, bytesUnknown.Length);
                }
                _remaining = 1;
                return true;
            }

            public override char GetNextChar()
            {
                if (_remaining == 0)
                {
                    return '\0';
                }
                _remaining--;
                return '\uFFFD';
            }

            public override bool MovePrevious()
            {
                if (_remaining != 0)
                {
                    return false;
                }
                _remaining = 1;
                return true;
            }

            public override void Reset() => _remaining = 0;
        }
    }
}

/// <summary>Recognizes bytes that are not text: known file signatures, NUL bytes, control characters.</summary>
internal static class BinarySniffer
{
    private const int SniffLength = 64 * 1024;

    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a zip archive (or docx/xlsx)"),
        ([0x50, 0x4B, 0x05, 0x06], "an empty zip archive"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF87a"u8.ToArray(), "a GIF image"),
        ("GIF89a"u8.ToArray(), "a GIF image"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7z archive"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an OLE document (doc/xls)"),
        ("RIFF"u8.ToArray(), "a RIFF file (WebP, WAV, AVI)"),
        ("OggS"u8.ToArray(), "an Ogg media file"),
        ("ID3"u8.ToArray(), "an MP3 file"),
        ("SQLite format 3"u8.ToArray(), "an SQLite database"),
        ([0x00, 0x61, 0x73, 0x6D], "a WebAssembly module"),
    ];

    /// <summary>The control bytes that text does not hold: all below 0x20 but tab, line feed, carriage return, form feed and escape.</summary>
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b).Where(b => b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B))]);

    /// <summary>Why <paramref name="bytes"/> are not text, or null when they may be.</summary>
    public static string? WhyBinary(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return $"the bytes are {kind}";
            }
        }
        if (bytes.Length > 12 && bytes[4..8].SequenceEqual("ftyp"u8))
        {
            return "the bytes are an MP4/QuickTime media file";
        }
        var sample = bytes.Length > SniffLength ? bytes[..SniffLength] : bytes;
        var nul = sample.IndexOf((byte)0);
        if (nul >= 0)
        {
            return $"binary data (a NUL byte at offset {nul})";
        }
        // Counted by a vectorised search from one control byte to the next: text holds few or none.
        int controls = 0;
        for (var rest = sample; rest.IndexOfAny(ControlBytes) is var at and >= 0; rest = rest[(at + 1)..])
        {
            controls++;
        }
        if (controls * 20 > sample.Length)
        {
            return $"binary data ({controls} control bytes in the first {sample.Length})";
        }
        return null;
    }
}
