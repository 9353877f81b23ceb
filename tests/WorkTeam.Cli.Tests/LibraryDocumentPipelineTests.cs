using System.Text;
using WorkTeam.Cli;

namespace WorkTeam.Cli.Tests;

/// <summary>The tool's real pipeline: the Documents stage reads, the extractors find the body's facts.</summary>
public class LibraryDocumentPipelineTests
{
    [Fact]
    public void Utf8_with_bom_and_utf16_with_bom_read_as_the_same_text()
    {
        using var folder = new TempFolder();
        string utf8 = folder.WriteBytes("a.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("民豐縣的村民在勞光村勞動。\n勞光村的工作隊組織培訓。")]);
        string utf16 = folder.WriteBytes("b.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("民豐縣的村民在勞光村勞動。\n勞光村的工作隊組織培訓。")]);
        var pipeline = new LibraryDocumentPipeline();
        var a = pipeline.Load(utf8);
        var b = pipeline.Load(utf16);
        Assert.Equal("民豐縣的村民在勞光村勞動。\n勞光村的工作隊組織培訓。", a.Text);
        Assert.Equal(a.Text, b.Text);
        Assert.Equal(("utf-8", "utf-16le"), (a.Metadata.Encoding, b.Metadata.Encoding));
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void A_binary_file_fails_by_name_and_invalid_bytes_are_a_warning()
    {
        using var folder = new TempFolder();
        // Valid UTF-8 (扶贫, 扶贫工作) around one invalid byte.
        folder.WriteBytes("bad.txt", [0xE6, 0x89, 0xB6, 0xE8, 0xB4, 0xAB, 0xFF, 0xE6, 0x89, 0xB6, 0xE8, 0xB4, 0xAB, 0xE5, 0xB7, 0xA5, 0xE4, 0xBD, 0x9C]);
        folder.WriteBytes("image.htm", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        folder.Write("good.txt", "正文");
        var run = CliRun.Of(new LibraryDocumentPipeline(), "docs", folder.Path);
        Assert.Equal(1, run.Code);
        Assert.Equal(
            $"{{\"doc\":\"{Path.Join(folder.Path, "bad.txt")}\",\"script\":\"simplified\",\"encoding\":\"utf-8\",\"chars\":7,\"paragraphs\":1}}\n" +
            $"{{\"doc\":\"{Path.Join(folder.Path, "good.txt")}\",\"encoding\":\"utf-8\",\"chars\":2,\"paragraphs\":1}}\n",
            run.Stdout);
        Assert.Equal(
            $"workteam: {Path.Join(folder.Path, "bad.txt")}: warning: 1 invalid bytes in utf-8 (UTF-8 with invalid bytes), each read as U+FFFD\n" +
            $"workteam: {Path.Join(folder.Path, "image.htm")}: not a text file: the bytes are a PNG image\n" +
            "workteam: 1 of 3 documents failed.\n",
            run.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_web_page_gives_its_headline_and_article_without_scripts_or_navigation()
    {
        using var folder = new TempFolder();
        const string article1 = "近日，自治区教育厅驻民丰县若克雅乡劳光村工作队组织村民开展技能培训，共有120名村民参加，培训内容包括种植、养殖和电商销售。";
        const string article2 = "工作队队长表示，下一步将继续加大投入，计划在今年年底前完成150亩大棚建设，帮助村民增收致富。";
        string page = folder.Write("p.html", $"""
            <html><head><title>劳光村工作队开展技能培训_新闻网</title><script>var x = "不要这段";</script></head>
            <body><div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/about">关于我们</a></div>
            <h1>劳光村工作队开展技能培训</h1>
            <div class="content"><p>{article1}</p><p>{article2}</p></div>
            <div class="footer">版权所有 © 新闻网</div></body></html>
            """);
        var document = new LibraryDocumentPipeline().Load(page);
        Assert.Equal("劳光村工作队开展技能培训", document.Metadata.Title);
        Assert.Equal(article1 + "\n" + article2, document.GetBodyText());
    }
}

public class SegmentInputTests
{
    [Fact]
    public void Segment_reads_a_gbk_file_by_its_encoding_and_refuses_a_binary_one_by_name()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var folder = new TempFolder();
        string gbk = folder.WriteBytes("gbk.txt", System.Text.Encoding.GetEncoding(936).GetBytes("我来到北京清华大学\n"));
        string png = folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = WorkTeamCommand.Run(["segment", gbk, png], TextReader.Null, stdout, stderr);
        Assert.Equal(1, code);
        Assert.Equal("我 来到 北京 清华大学\n", stdout.ToString());
        Assert.Equal($"workteam: {png}: not a text file: the bytes are a PNG image\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Extraction_while_the_warm_up_runs_gives_the_facts_it_gives_without_it()
    {
        using var folder = new TempFolder();
        string path = folder.Write("r.txt", "自治区教育厅驻民丰县若克雅乡劳光村工作队投入资金600余万元，帮扶1826人，建设150亩大棚。");
        var cold = new LibraryDocumentPipeline();
        var document = cold.Load(path);
        var expected = cold.Extract(document, WorkTeam.Extraction.Facts.FactKinds.All, null);
        var warming = new LibraryDocumentPipeline();
        warming.Prepare(jobs: 2, kinds: WorkTeam.Extraction.Facts.FactKinds.All);
        var facts = warming.Extract(warming.Load(path), WorkTeam.Extraction.Facts.FactKinds.All, null);
        Assert.Equal(expected, facts);
        Assert.Contains(facts, f => f.Kind == WorkTeam.Extraction.Facts.FactKinds.Money && f.Value == 6_000_000m);
        Assert.Contains(facts, f => f.Kind == WorkTeam.Extraction.Facts.FactKinds.Team);
    }
}
