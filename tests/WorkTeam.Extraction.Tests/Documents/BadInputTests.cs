using System.Text;
using WorkTeam.Extraction.Documents;

namespace WorkTeam.Extraction.Tests.Documents;

public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workteam-docs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void An_empty_file_gives_an_empty_body_and_a_warning()
    {
        var document = Document.Load(WriteFile("empty.txt", []));
        Assert.Equal(string.Empty, document.Text);
        Assert.Empty(document.Paragraphs);
        Assert.Equal(["empty file"], document.Warnings);
        Assert.Null(document.Metadata.Title);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "a PNG image")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0 }, "a zip archive")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "a PDF document")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16 }, "a JPEG image")]
    [InlineData(new byte[] { 0x41, 0x42, 0x00, 0x43, 0x01, 0x02 }, "binary data (a NUL byte at offset 2)")]
    public void A_binary_file_is_refused_with_a_message_naming_the_file(byte[] bytes, string reason)
    {
        var path = WriteFile("report.txt", bytes);
        var e = Assert.Throws<DocumentLoadException>(() => Document.Load(path));
        Assert.Equal(path, e.DocumentName);
        Assert.StartsWith(path + ": not a text file: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_load_exception()
    {
        var path = Path.Combine(_folder, "missing.txt");
        var e = Assert.Throws<DocumentLoadException>(() => Document.Load(path));
        Assert.Equal(path + ": file not found", e.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = WriteFile("big.txt", Encoding.UTF8.GetBytes("工作队投入资金六百万元。"));
        var e = Assert.Throws<DocumentLoadException>(() => Document.Load(path, new DocumentLoadOptions { MaxBytes = 10 }));
        Assert.Equal($"{path}: the file is 36 bytes, over the limit of 10 bytes (DocumentLoadOptions.MaxBytes)", e.Message);
    }

    [Fact]
    public void A_stream_over_the_size_limit_is_refused()
    {
        using var stream = new NonSeekableStream(new byte[1000]);
        var e = Assert.Throws<DocumentLoadException>(() => Document.Load(stream, "pipe", new DocumentLoadOptions { MaxBytes = 100 }));
        Assert.Equal("pipe: the stream holds more than the limit of 100 bytes (DocumentLoadOptions.MaxBytes)", e.Message);
    }

    [Fact]
    public void A_100_MB_single_line_is_read_with_bounded_memory()
    {
        const int repeats = 33_333_333; // 3 UTF-8 bytes each: just under 100 MB, no line break
        var path = Path.Combine(_folder, "line.txt");
        using (var file = File.Create(path))
        {
            var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("工作队", 1 << 16)));
            for (long written = 0; written < repeats; written += 1 << 16)
            {
                var count = (int)Math.Min(1 << 16, repeats - written);
                file.Write(chunk, 0, count * 3);
            }
        }
        var size = new FileInfo(path).Length;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var (document, took) = ThreadTime.Of(() => Document.Load(path));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(repeats, document.Text.Length);
        Assert.Equal([(0, repeats)], document.Paragraphs);
        Assert.Null(document.Metadata.Title);
        // The bytes (1 x size) and the UTF-16 text (2 chars per 3 bytes here, 2 bytes each) are the
        // only copies; anything near another copy of the text would break this bound.
        Assert.True(allocated < size * 2.5, $"allocated {allocated:N0} bytes for a {size:N0} byte file");
        Assert.True(took < TimeSpan.FromSeconds(20), $"took {took} of CPU");
    }

    [Fact]
    public void Html_nested_100000_deep_is_read_as_stripped_text_with_a_warning()
    {
        var html = "<script>var x = '不要脚本';</script>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "工作队投入资金六百万元，修建道路。";
        var (document, took) = ThreadTime.Of(() => Document.FromHtml(html));
        Assert.True(took < TimeSpan.FromSeconds(5), $"took {took} of CPU");
        Assert.Equal("工作队投入资金六百万元，修建道路。", document.GetBodyText());
        Assert.Equal(["HTML nested 100000 elements deep (the limit is 1000): read as text with the tags removed"], document.Warnings);
    }

    [Fact]
    public void Unclosed_html_still_gives_its_paragraphs()
    {
        var document = Document.FromHtml("<html><body><div class=\"content\"><p>工作队投入资金六百万元，修建道路十公里。<p>村民收入增加，群众满意度提高。<div>");
        Assert.Equal("工作队投入资金六百万元，修建道路十公里。\n村民收入增加，群众满意度提高。", document.Text);
        Assert.Equal([(0, 20), (21, 36)], document.Paragraphs);
    }

    [Fact]
    public void A_page_with_no_article_gives_an_empty_body_and_a_warning()
    {
        var document = Document.FromHtml("<html><head><title>首页</title></head><body><ul><li><a href=\"/a\">新闻</a></li><li><a href=\"/b\">通知公告</a></li></ul></body></html>");
        Assert.Equal(string.Empty, document.Text);
        Assert.Empty(document.Paragraphs);
        Assert.Equal(["no article text found in the page"], document.Warnings);
    }

    [Fact]
    public void Garbage_markup_never_throws_anything_but_the_load_exception()
    {
        string[] pages = ["<", "<<<>>>", "</div></div></p>", "<html><body>&#xFFFFFFFF;&#0;&bogus;</body>", "<script>", "<!--", "<table><tr><td><td><td>"];
        foreach (var page in pages)
        {
            var document = Document.FromHtml(page);
            Assert.NotNull(document.Text);
        }
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
