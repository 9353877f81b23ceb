using System.Text;
using FsCheck.Xunit;
using WorkTeam.Extraction.Documents;

namespace WorkTeam.Extraction.Tests.Documents;

/// <summary>Whatever the input, a Document comes back or a DocumentLoadException names the problem.</summary>
public sealed class DocumentRobustnessTests
{
    private static readonly string[] MarkupTokens =
    [
        "<div>", "</div>", "<p>", "</p>", "<script>", "</script>", "<style>", "<!--", "-->", "<a href='x'>", "</a>",
        "工作队投入资金六百万元，修建道路。", "来源：新华社", "责任编辑：张三", "&nbsp;", "&#x4E00;", "&#99999999;", "<br>",
        "<", ">", "\"", "<table><tr><td>", "2021-07-13 10:30", "<h1>", "</h1>", "<title>", "</title>", "<meta charset=big5>",
        "\u0000", "\uFFFD", "\uD800", "<div class='comment'>", "<nav>", "IMG_261",
    ];

    [Property(MaxTest = 300)]
    public bool Arbitrary_bytes_give_a_document_or_a_load_exception(byte[]? bytes)
    {
        try
        {
            var document = Document.Load(new MemoryStream(bytes ?? []), "fuzz.txt");
            return document.Paragraphs.All(p => p.Start >= 0 && p.Start <= p.End && p.End <= document.Text.Length);
        }
        catch (DocumentLoadException e)
        {
            return e.Message.StartsWith("fuzz.txt: ", StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = 300)]
    public bool Arbitrary_tag_soup_gives_a_document_with_paragraphs_inside_its_text(int[]? picks)
    {
        var html = new StringBuilder();
        foreach (var pick in picks ?? [])
        {
            html.Append(MarkupTokens[(pick & int.MaxValue) % MarkupTokens.Length]);
        }
        var fromString = Document.FromHtml(html.ToString());
        if (!fromString.Paragraphs.All(p => p.Start >= 0 && p.Start <= p.End && p.End <= fromString.Text.Length))
        {
            return false;
        }
        try
        {
            var fromBytes = Document.Load(new MemoryStream(Encoding.UTF8.GetBytes(html.ToString())), "fuzz.html");
            return fromBytes.Paragraphs.All(p => p.Start >= 0 && p.Start <= p.End && p.End <= fromBytes.Text.Length);
        }
        catch (DocumentLoadException e)
        {
            // As bytes, a NUL token makes the file binary: refused, by name.
            return html.ToString().Contains('\0', StringComparison.Ordinal) && e.Message.StartsWith("fuzz.html: not a text file", StringComparison.Ordinal);
        }
    }
}
