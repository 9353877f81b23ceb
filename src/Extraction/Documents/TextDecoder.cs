using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace WorkTeam.Extraction.Documents;

/// <summary>The text of a file and how it was decoded.</summary>
/// <param name="Text">The decoded text, without a byte order mark.</param>
/// <param name="EncodingName">The encoding's name: utf-8, utf-16le, utf-16be, gb18030 or big5.</param>
/// <param name="InvalidBytes">Bytes that were not valid in that encoding, each decoded as U+FFFD.</param>
/// <param name="Reason">How the encoding was chosen (a byte order mark, the page's declaration, the bytes).</param>
internal readonly record struct DecodedText(string Text, string EncodingName, int InvalidBytes, string Reason);

/// <summary>
/// Decides how a file's bytes are encoded and decodes them. The order of evidence: a byte order
/// mark; strict UTF-8 validity (multi-byte UTF-8 is practically never valid by chance in GBK or
/// Big5 bytes, so it outranks a page's own declaration, which is sometimes wrong); the charset the
/// HTML page declares, if it decodes without errors; and last a comparison of GB18030 and Big5 on
/// the validity of their lead/trail byte pairs and on how many common Chinese characters and
/// punctuation marks each decoding yields.
/// </summary>
internal static class TextDecoder
{
    private const int GbCodePage = 54936;
    private const int Big5CodePage = 950;
    private const int SniffLength = 64 * 1024;
    private const int LegacySampleLength = 256 * 1024;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Frequent characters of running Chinese text in both scripts, with full-width punctuation: a
    // right decoding of GB or Big5 bytes is full of them, a wrong one yields rare characters.
    private static readonly SearchValues<char> CommonChinese = SearchValues.Create(
        "的一是不了在人有我他这个们中来上大为和国地到以说时要就出也得里后自会家可下而过天去能对小多然于心学么之都好" +
        "看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分爱老因很" +
        "给名法间知世两次使身者被高已亲其进此话常与活正感工村党县乡镇民群众展建设年月元万务产业企政府部委员会" +
        "這個們來為國說時會後過對發當沒還樣種開從無麼現頭經長兒愛給間兩親進與話黨縣鄉鎮眾設產業員會務萬" +
        "，。、：；？！“”（）《》");

    /// <summary>Decodes <paramref name="bytes"/>, refusing binary data.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="declaredCharset">The charset an HTML page declares, or null.</param>
    /// <param name="documentName">The name used in a refusal.</param>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, string? documentName)
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
        var (utf8Sequences, utf8Invalid) = CountUtf8(bytes);
        // A truncated last character or a few damaged bytes leave a UTF-8 file UTF-8; GBK or Big5
        // bytes read as UTF-8 fail on most of their characters (about one in twelve GB2312 positions
        // happens to start a valid two-byte UTF-8 sequence, one in fifty a three-byte one), so a
        // weight of four valid sequences (three-byte ones count four) to one invalid byte is UTF-8.
        if (utf8Invalid * 4 <= utf8Sequences)
        {
            return DecodeWith(65001, "utf-8", bytes, "UTF-8 with invalid bytes");
        }

        if (declaredCharset is not null && CodePageOf(declaredCharset) is { } declared && declared.CodePage != 65001)
        {
            var decoded = DecodeWith(declared.CodePage, declared.Name, bytes, "declared charset " + declaredCharset);
            if (decoded.InvalidBytes == 0)
            {
                return decoded;
            }
        }

        var sample = bytes.Length > LegacySampleLength ? bytes[..LegacySampleLength] : bytes;
        var gb = ScoreLegacy(GbCodePage, sample);
        var big5 = ScoreLegacy(Big5CodePage, sample);
        return gb >= big5
            ? DecodeWith(GbCodePage, "gb18030", bytes, "GB18030 scored above Big5")
            : DecodeWith(Big5CodePage, "big5", bytes, "Big5 scored above GB18030");
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
    /// UTF-16 without a byte order mark: zero bytes only on one side of each pair (ASCII characters
    /// such as digits and line breaks), never on the other, in a text with no unpaired surrogates.
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
        (int CodePage, string Name)? candidate =
            oddZeros * 10 >= pairs && evenZeros == 0 ? (1200, "utf-16le")
            : evenZeros * 10 >= pairs && oddZeros == 0 ? (1201, "utf-16be")
            : null;
        if (candidate is null)
        {
            return null;
        }
        var decoded = DecodeWith(candidate.Value.CodePage, "", sample[..(pairs * 2)], "");
        // A cut surrogate pair at the sample's end is the only tolerated error.
        return decoded.InvalidBytes <= 2 && !HasControlCharacters(decoded.Text) ? candidate : null;
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
        int controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B))
            {
                controls++;
            }
        }
        if (controls * 20 > sample.Length)
        {
            return $"binary data ({controls} control bytes in the first {sample.Length})";
        }
        return null;
    }
}
