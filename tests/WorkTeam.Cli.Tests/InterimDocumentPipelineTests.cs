using System.Text;
using WorkTeam.Cli;

namespace WorkTeam.Cli.Tests;

public class InterimDocumentPipelineTests
{
    [Fact]
    public void Utf8_with_bom_and_utf16_with_bom_read_as_the_same_text()
    {
        using var folder = new TempFolder();
        string utf8 = folder.WriteBytes("a.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("民豐縣\n勞光村")]);
        string utf16 = folder.WriteBytes("b.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("民豐縣\n勞光村")]);
        var pipeline = new InterimDocumentPipeline();
        var a = pipeline.Load(utf8, "a");
        var b = pipeline.Load(utf16, "b");
        Assert.Equal("民豐縣\n勞光村", a.Text);
        Assert.Equal(a.Text, b.Text);
        Assert.Equal(("utf-8", "utf-16"), (a.Metadata.Encoding, b.Metadata.Encoding));
        Assert.Equal(2, a.Paragraphs);
    }

    [Fact]
    public void Bad_utf8_and_binary_files_are_named_with_the_reason()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("bad.txt", [0xE6, 0x89, 0xB6, 0xFF, 0xFE, 0x41]);
        folder.WriteBytes("image.htm", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        folder.Write("good.txt", "正文");
        var run = CliRun.Of(new InterimDocumentPipeline(), "docs", folder.Path);
        Assert.Equal(1, run.Code);
        Assert.Equal($"{{\"doc\":\"{Path.Join(folder.Path, "good.txt")}\",\"encoding\":\"utf-8\",\"chars\":2,\"paragraphs\":1}}\n", run.Stdout);
        Assert.Equal(
            $"workteam: {Path.Join(folder.Path, "bad.txt")}: not valid UTF-8 (bad byte at 3)\n" +
            $"workteam: {Path.Join(folder.Path, "image.htm")}: binary file (NUL bytes), not text\n" +
            "workteam: 2 of 3 documents failed.\n",
            run.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_web_page_gives_its_title_and_visible_text_without_scripts()
    {
        using var folder = new TempFolder();
        string page = folder.Write("p.html", "<html><head><title>民丰县 &amp; 工作队</title><script>var x = 1;</script></head><body><p>第一段</p>\n<p> 第二段 </p></body></html>");
        var document = new InterimDocumentPipeline().Load(page, "p.html");
        Assert.Equal("民丰县 & 工作队", document.Metadata.Title);
        Assert.Equal("第一段\n第二段\n", document.Text);
    }
}
