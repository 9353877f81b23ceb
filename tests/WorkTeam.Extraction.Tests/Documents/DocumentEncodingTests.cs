using System.Text;
using WorkTeam.Extraction.Documents;

namespace WorkTeam.Extraction.Tests.Documents;

public sealed class DocumentEncodingTests
{
    private const string Simplified = "工作队积极努力，三个村于2017年整村脱贫，共向驻村点投入资金600余万元。\n";
    private const string Traditional = "工作隊積極努力，三個村於2017年整村脫貧，共向駐村點投入資金600餘萬元。\n";

    static DocumentEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Document FromBytes(byte[] bytes, string name = "test.txt", DocumentLoadOptions? options = null) =>
        Document.Load(new MemoryStream(bytes), name, options);

    [CorpusFact("sighan2005")]
    public void Gb2312_sighan_file_decodes_exactly_to_its_utf8_twin()
    {
        var document = Document.Load(Path.Combine(TestPaths.Corpus("sighan2005"), "pku_test.txt"));
        var twin = File.ReadAllText(Path.Combine(TestPaths.Corpus("sighan2005"), "pku_test.utf8"), new UTF8Encoding(false));
        Assert.Equal("gb18030", document.Metadata.Encoding);
        Assert.Empty(document.Warnings);
        Assert.True(twin == document.Text, "decoded PKU text differs from pku_test.utf8");
    }

    [CorpusFact("sighan2005")]
    public void Big5_sighan_file_decodes_exactly_to_its_utf8_twin()
    {
        // The twin was made with the CP950 mapping (Python's cp950 gives it too; strict Big5 fails on
        // the ETEN extension byte 0xF9 and Big5-HKSCS maps 0xA145 to U+2022 instead of U+2027).
        var document = Document.Load(Path.Combine(TestPaths.Corpus("sighan2005"), "as_test.txt"));
        var twin = File.ReadAllText(Path.Combine(TestPaths.Corpus("sighan2005"), "as_test.utf8"), new UTF8Encoding(false));
        Assert.Equal("big5", document.Metadata.Encoding);
        Assert.Empty(document.Warnings);
        Assert.True(twin == document.Text, "decoded AS text differs from as_test.utf8");
    }

    [Theory]
    [InlineData(936, "gb18030", Simplified)]
    [InlineData(54936, "gb18030", Simplified)]
    [InlineData(950, "big5", Traditional)]
    public void Legacy_double_byte_text_is_detected_without_a_declaration(int codePage, string expected, string text)
    {
        var document = FromBytes(Encoding.GetEncoding(codePage).GetBytes(text));
        Assert.Equal(expected, document.Metadata.Encoding);
        Assert.Equal(text, document.Text);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Utf8_with_and_without_bom_gives_the_same_text()
    {
        var plain = FromBytes(Encoding.UTF8.GetBytes(Simplified));
        var withBom = FromBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Simplified)]);
        Assert.Equal(Simplified, plain.Text);
        Assert.Equal(Simplified, withBom.Text);
        Assert.Equal("utf-8", withBom.Metadata.Encoding);
    }

    [Fact]
    public void Utf16_little_and_big_endian_are_read_by_their_bom()
    {
        var little = FromBytes([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Simplified)]);
        var big = FromBytes([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Traditional)]);
        Assert.Equal(Simplified, little.Text);
        Assert.Equal("utf-16le", little.Metadata.Encoding);
        Assert.Equal(Traditional, big.Text);
        Assert.Equal("utf-16be", big.Metadata.Encoding);
    }

    [Fact]
    public void Utf16_without_bom_is_recognised_by_its_zero_bytes()
    {
        var document = FromBytes(Encoding.Unicode.GetBytes("2021年工作队投入资金600万元\r\n2022年再投入300万元\r\n"));
        Assert.Equal("utf-16le", document.Metadata.Encoding);
        Assert.Equal("2021年工作队投入资金600万元\r\n2022年再投入300万元\r\n", document.Text);
    }

    [Fact]
    public void A_wrong_meta_charset_loses_to_valid_utf8_bytes()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>工作队</title></head>"
            + "<body><div><p>" + Simplified.Trim() + "</p><p>" + Simplified.Trim() + "再次强调。</p></div></body></html>";
        var document = FromBytes(Encoding.UTF8.GetBytes(html), "page.html");
        Assert.Equal("utf-8", document.Metadata.Encoding);
        Assert.Contains("the page declares charset gb2312 but its bytes are utf-8", document.Warnings);
        Assert.Contains("共向驻村点投入资金600余万元", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_right_meta_charset_is_used_for_gbk_pages()
    {
        var html = "<html><head><meta charset=\"gbk\"><title>工作队</title></head><body><div><p>" + Simplified.Trim() + "</p></div></body></html>";
        var document = FromBytes(Encoding.GetEncoding(936).GetBytes(html), "page.htm");
        Assert.Equal("gb18030", document.Metadata.Encoding);
        Assert.Equal(Simplified.Trim(), document.GetBodyText());
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void A_page_declaring_utf8_whose_bytes_are_big5_is_read_as_big5()
    {
        var html = "<html><head><meta charset=\"utf-8\"><title>工作隊</title></head><body><div><p>" + Traditional.Trim() + "</p></div></body></html>";
        var document = FromBytes(Encoding.GetEncoding(950).GetBytes(html), "page.html");
        Assert.Equal("big5", document.Metadata.Encoding);
        Assert.Equal(Traditional.Trim(), document.GetBodyText());
        Assert.Equal(WorkTeam.Extraction.Text.Script.Traditional, document.Metadata.Script);
        Assert.Equal(["the page declares charset utf-8 but its bytes are big5"], document.Warnings);
    }

    [Fact]
    public void Invalid_bytes_are_replaced_and_counted()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("工作队投入"), 0xFF, .. Encoding.UTF8.GetBytes("资金600万元，建设道路。")];
        var document = FromBytes(bytes);
        Assert.Equal("utf-8", document.Metadata.Encoding);
        Assert.Equal("工作队投入\uFFFD资金600万元，建设道路。", document.Text);
        Assert.Equal(["1 invalid bytes in utf-8 (UTF-8 with invalid bytes), each read as U+FFFD"], document.Warnings);
    }

    [Fact]
    public void A_utf8_character_cut_at_the_end_is_one_replacement_and_a_warning()
    {
        var bytes = Encoding.UTF8.GetBytes("工作队共向驻村点投入资金六百万元");
        var document = FromBytes(bytes[..^1]);
        Assert.Equal("utf-8", document.Metadata.Encoding);
        Assert.Equal("工作队共向驻村点投入资金六百万\uFFFD", document.Text);
        Assert.Equal(["2 invalid bytes in utf-8 (UTF-8 with invalid bytes), each read as U+FFFD"], document.Warnings);
    }

    [Fact]
    public void A_gbk_character_cut_at_the_end_is_one_replacement_and_a_warning()
    {
        var bytes = Encoding.GetEncoding(936).GetBytes("工作队积极努力，三个村整村脱贫，共向驻村点投入资金");
        var document = FromBytes(bytes[..^1]);
        Assert.Equal("gb18030", document.Metadata.Encoding);
        Assert.Equal("工作队积极努力，三个村整村脱贫，共向驻村点投入资\uFFFD", document.Text);
        Assert.Single(document.Warnings);
        Assert.StartsWith("1 invalid bytes in gb18030", document.Warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_utf8_text_with_two_bad_bytes_stays_utf8()
    {
        // 扶贫 FF FE 工: GB18030 reads these bytes with one invalid byte (as 鎵惰传..), UTF-8 with two;
        // three valid three-byte sequences are far likelier UTF-8 than chance.
        byte[] bytes = [0xE6, 0x89, 0xB6, 0xE8, 0xB4, 0xAB, 0xFF, 0xFE, 0xE5, 0xB7, 0xA5];
        var document = FromBytes(bytes);
        Assert.Equal("utf-8", document.Metadata.Encoding);
        Assert.Equal("扶贫\uFFFD\uFFFD工", document.Text);
        Assert.Equal(["2 invalid bytes in utf-8 (UTF-8 with invalid bytes), each read as U+FFFD"], document.Warnings);
    }
}
