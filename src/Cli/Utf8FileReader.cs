using System.Text;
using WorkTeam.Extraction.Documents;

namespace WorkTeam.Cli;

/// <summary>
/// Reads a large UTF-8 file as it goes, in bounded buffers, instead of holding its bytes and its
/// decoded text whole (a 9 MB file was 9 MB of bytes and 13 MB of string, most of `workteam
/// segment`'s peak memory). Only when the answer is what the whole-file decoder would give: the
/// file is valid UTF-8 from end to end (checked in one streamed pass) and its first 64 KB, which is
/// all the decoder sniffs for a byte order mark, a UTF-16 pattern or binary data, decode as UTF-8.
/// Anything else (GB18030, Big5, damaged bytes, small files) goes through <see cref="TextDecoder"/>.
/// </summary>
internal static class Utf8FileReader
{
    /// <summary>Below this size the whole file is decoded at once: its memory is small anyway.</summary>
    public const long StreamFrom = 1 << 20;

    /// <summary>What the decoder sniffs (TextDecoder's SniffLength).</summary>
    private const int SniffLength = 64 * 1024;

    private const int BufferSize = 64 * 1024;

    /// <summary>A reader over <paramref name="path"/>'s text when the file streams as UTF-8; else null.</summary>
    /// <exception cref="DocumentLoadException">The file is binary (as <see cref="TextDecoder.Decode"/> says).</exception>
    public static TextReader? TryOpen(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        try
        {
            if (stream.Length < StreamFrom || !SniffsAsUtf8(stream, path) || !IsValidUtf8(stream))
            {
                stream.Dispose();
                return null;
            }
            stream.Position = 0;
            // Encoding.UTF8's preamble makes the reader skip a byte order mark, as the decoder does;
            // the bytes are valid, so no replacement character can appear.
            return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, BufferSize, leaveOpen: false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The first 64 KB, cut at a character boundary past them, as the decoder reads them.</summary>
    private static bool SniffsAsUtf8(FileStream stream, string path)
    {
        var head = new byte[SniffLength + 4];
        int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        int cut = Math.Min(read, SniffLength);
        while (cut < read && (head[cut] & 0xC0) == 0x80)
        {
            cut++;
        }
        var decoded = TextDecoder.Decode(head.AsSpan(0, cut), declaredCharset: null, path);
        return decoded.EncodingName == "utf-8" && decoded.InvalidBytes == 0;
    }

    private static bool IsValidUtf8(FileStream stream)
    {
        stream.Position = 0;
        var bytes = new byte[BufferSize];
        var chars = new char[BufferSize];
        int carry = 0;
        while (true)
        {
            int n = stream.Read(bytes, carry, bytes.Length - carry);
            int total = carry + n;
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(0, total), chars, out int used, out _,
                replaceInvalidSequences: false, isFinalBlock: n == 0);
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return false;
            }
            if (n == 0)
            {
                return status == System.Buffers.OperationStatus.Done;
            }
            carry = total - used;
            bytes.AsSpan(used, carry).CopyTo(bytes);
        }
    }
}
