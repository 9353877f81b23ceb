namespace WorkTeam.Cli.Tests;

/// <summary>The direct reader of plain --jsonl-input lines: what it reads, and what it leaves to the JSON document reader.</summary>
public class JsonlFieldsTests
{
    [Theory]
    [InlineData("{\"doc\":\"5\",\"text\":\"民丰县投入资金600余万元\"}", "5", "民丰县投入资金600余万元", null)]
    [InlineData("  { \"text\" : \"a\" , \"doc\" : \"x\" }  ", "x", "a", null)]
    [InlineData("{\"doc\":\"d\",\"path\":\"r/a.txt\",\"other\":\"ignored\"}", "d", null, "r/a.txt")]
    [InlineData("{\"text\":\"q\\\"b\\\\s\\/n\\nt\\tu\\u00e9\\u4E2D\"}", null, "q\"b\\s/n\nt\tu\u00e9\u4E2D", null)]
    [InlineData("{\"te\\u0078t\":\"escaped key\"}", null, "escaped key", null)]
    [InlineData("{\"text\":\"\"}", null, "", null)]
    [InlineData("{}", null, null, null)]
    public void Plain_lines_are_read_field_by_field(string line, string? doc, string? text, string? path)
    {
        Assert.True(JsonlFields.TryRead(line, out var readDoc, out var readText, out var readPath));
        Assert.Equal(doc, readDoc);
        Assert.Equal(text, readText);
        Assert.Equal(path, readPath);
    }

    [Theory]
    [InlineData("{\"doc\":5,\"text\":\"a\"}")]                // a number: the document reader spells it
    [InlineData("{\"doc\":null,\"text\":\"a\"}")]
    [InlineData("{\"text\":\"a\",\"more\":{\"x\":1}}")]
    [InlineData("{\"text\":\"first\",\"text\":\"second\"}")]  // a repeated key
    [InlineData("{\"text\":\"\\ud83d\\ude00\"}")]              // surrogate escapes, paired or lone
    [InlineData("{\"text\":\"\\ud800\"}")]
    [InlineData("{\"text\":\"😀\"}")]                          // a surrogate pair as it stands
    [InlineData("{\"text\":\"tab\there\"}")]                   // a raw control character
    [InlineData("{\"text\":\"a\\q\"}")]                        // an unknown escape
    [InlineData("{\"text\":\"a\",}")]
    [InlineData("{\"text\":\"a\"} x")]
    [InlineData("{\"text\":\"unterminated}")]
    [InlineData("\uFEFF{\"text\":\"a\"}")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("")]
    public void Other_lines_are_left_to_the_json_document_reader(string line)
    {
        Assert.False(JsonlFields.TryRead(line, out _, out _, out _));
    }
}
