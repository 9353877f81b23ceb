using System.Text;
using WorkTeam.Extraction.Documents;

namespace WorkTeam.Cli.Tests;

/// <summary>A large file read as it goes gives exactly the lines of the whole-file decoder, and only when it would.</summary>
public sealed class Utf8FileReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("wt-utf8reader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<string> Lines(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return lines;
    }

    private static List<string> DecodedLines(string path) => Lines(new StringReader(TextDecoder.Decode(File.ReadAllBytes(path)).Text));

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] BigText(string lineEnd)
    {
        // Lines of three-byte characters and a four-byte one, so characters straddle the 64 KB
        // sniffing boundary and the reader's buffers; CR, LF and CRLF endings; over 1 MB.
        var text = new StringBuilder();
        for (int i = 0; text.Length < 600_000; i++)
        {
            text.Append("我来到北京清华大学").Append(i).Append("𠀀").Append(i % 7 == 0 ? "\r" : lineEnd);
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", true)]
    public void A_large_valid_UTF8_file_streams_the_decoder_s_lines(string lineEnd, bool bom)
    {
        var bytes = BigText(lineEnd);
        if (bom)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }
        Assert.True(bytes.Length > Utf8FileReader.StreamFrom);
        string path = Write("big.txt", bytes);
        using var reader = Utf8FileReader.TryOpen(path);
        Assert.NotNull(reader);
        Assert.Equal(DecodedLines(path), Lines(reader));
    }

    [Fact]
    public void A_damaged_byte_anywhere_leaves_the_file_to_the_decoder()
    {
        var bytes = BigText("\n");
        bytes[^10] = 0xFF;
        Assert.Null(Utf8FileReader.TryOpen(Write("damaged.txt", bytes)));
        var whole = BigText("\n");
        int cut = Array.LastIndexOf(whole, (byte)0xF0) + 2; // the file ends inside its last four-byte character
        var truncated = whole;
        Assert.Null(Utf8FileReader.TryOpen(Write("truncated.txt", truncated[..cut])));
    }

    [Fact]
    public void Small_GB18030_UTF16_and_binary_files_are_not_streamed_or_are_refused_as_the_decoder_does()
    {
        Assert.Null(Utf8FileReader.TryOpen(Write("small.txt", Encoding.UTF8.GetBytes("我来到北京清华大学\n"))));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding(54936).GetBytes(Encoding.UTF8.GetString(BigText("\n")));
        Assert.Null(Utf8FileReader.TryOpen(Write("gb.txt", gb)));
        var utf16 = Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(BigText("\n")));
        Assert.Equal("utf-16le", TextDecoder.Decode(utf16).EncodingName);
        Assert.Null(Utf8FileReader.TryOpen(Write("utf16.txt", utf16)));
        var binary = BigText("\n");
        binary[100] = 0;
        string path = Write("binary.txt", binary);
        var streamed = Assert.Throws<DocumentLoadException>(() => Utf8FileReader.TryOpen(path));
        var decoded = Assert.Throws<DocumentLoadException>(() => TextDecoder.Decode(File.ReadAllBytes(path), null, path));
        Assert.Equal(decoded.Message, streamed.Message);
    }
}
