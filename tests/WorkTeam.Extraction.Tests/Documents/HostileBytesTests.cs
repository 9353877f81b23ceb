using System.Text;
using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Documents;

/// <summary>Issue 14 at the library's level: bounded reads, UTF-16 without a BOM, wrong declarations, mixed files, signed amounts.</summary>
public sealed class HostileBytesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workteam-hostile-").FullName;

    static HostileBytesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_file_that_says_it_is_empty_but_never_ends_is_read_only_to_the_limit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }
        var e = Assert.Throws<DocumentLoadException>(() => Document.Load("/dev/zero", new DocumentLoadOptions { MaxBytes = 4096 }));
        Assert.Equal("/dev/zero: the stream holds more than the limit of 4096 bytes (DocumentLoadOptions.MaxBytes)", e.Message);
    }

    [Theory]
    [InlineData(1200, "utf-16le")]
    [InlineData(1201, "utf-16be")]
    public void Utf16_without_a_bom_is_told_by_the_share_of_zero_bytes(int codePage, string name)
    {
        // 一 (U+4E00) and 开 (U+5F00) put zero bytes on the side opposite to ASCII's.
        const string text = "一、开展工作\n二、开工一百亩\n";
        var document = Document.Load(WriteFile("x.txt", Encoding.GetEncoding(codePage).GetBytes(text)));
        Assert.Equal(name, document.Metadata.Encoding);
        Assert.Equal(text, document.Text);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void A_page_declaring_gbk_with_big5_bytes_is_read_as_big5_with_a_warning()
    {
        const string body = "駐村工作隊今年投入資金600萬元，幫助群眾發展產業，建設大棚，鄉鎮黨委和縣政府的領導來到村裡。";
        var bytes = Encoding.GetEncoding(950).GetBytes($"<html><head><meta charset=\"gbk\"></head><body><p>{body}</p></body></html>");
        var document = Document.Load(WriteFile("page.html", bytes));
        Assert.Equal("big5", document.Metadata.Encoding);
        Assert.Equal(body, document.GetBodyText());
        Assert.Equal(["the page declares charset gbk but its bytes are big5"], document.Warnings);
    }

    [Fact]
    public void A_page_whose_declaration_is_right_keeps_it()
    {
        const string body = "驻村工作队今年投入资金600万元，帮助群众发展产业，建设大棚。";
        var bytes = Encoding.GetEncoding(54936).GetBytes($"<html><head><meta charset=\"gbk\"></head><body><p>{body}</p></body></html>");
        var document = Document.Load(WriteFile("page.html", bytes));
        Assert.Equal("gb18030", document.Metadata.Encoding);
        Assert.Equal(body, document.GetBodyText());
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Utf8_and_gb18030_lines_in_one_file_are_each_decoded_in_their_own()
    {
        const string first = "驻村工作队投入资金600万元，帮助群众发展产业。\n";
        const string second = "乡镇党委和县政府共投入资金300万元，建设大棚。\n";
        var document = Document.Load(WriteFile("mixed.txt", [.. Encoding.UTF8.GetBytes(first), .. Encoding.GetEncoding(54936).GetBytes(second)]));
        Assert.Equal(first + second, document.Text);
        Assert.Equal("utf-8+gb18030", document.Metadata.Encoding);
        Assert.Equal(["mixed encodings: 1 lines of UTF-8 and 1 of gb18030, each line decoded in its own"], document.Warnings);
    }

    [Theory]
    [InlineData("净利润-100万元", "-100万元", -1000000)]
    [InlineData("利润负50万元", "负50万元", -500000)]
    [InlineData("投入100-200万元", "100-200万元", 1000000)]
    public void A_sign_written_before_an_amount_is_kept(string text, string surface, int value)
    {
        var money = Assert.Single(ReportAnalyzer.Default.Extract(text, kinds: FactKinds.Money));
        Assert.Equal(surface, money.Text);
        Assert.Equal(value, money.Value);
    }
}
