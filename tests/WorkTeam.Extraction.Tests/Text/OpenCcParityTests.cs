using System.Text;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Tests.Text;

public class OpenCcParityTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [OpenCcCorpusTheory("sighan2005")]
    [InlineData("pku_test.utf8", "t2s")]
    [InlineData("pku_test.utf8", "s2t")]
    [InlineData("msr_test.utf8", "t2s")]
    [InlineData("msr_test.utf8", "s2t")]
    [InlineData("as_test.utf8", "t2s")]
    [InlineData("as_test.utf8", "s2t")]
    [InlineData("cityu_test.utf8", "t2s")]
    [InlineData("cityu_test.utf8", "s2t")]
    public void Every_line_of_the_SIGHAN_input_converts_exactly_as_opencc_does(string file, string config)
    {
        string path = Path.Combine(TestPaths.Corpus("sighan2005"), file);
        // Decoded without stripping the BOM (cityu has one) and with CRLF kept, as opencc reads the bytes.
        string input = Utf8.GetString(File.ReadAllBytes(path));
        string expected = Utf8.GetString(OpenCcCommand.Convert(config, path));
        string actual = config == "t2s" ? ScriptConverter.Default.ToSimplified(input) : ScriptConverter.Default.ToTraditional(input);

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        Assert.Equal(expectedLines.Length, actualLines.Length);
        var differing = new List<string>();
        for (int i = 0; i < expectedLines.Length; i++)
        {
            if (!string.Equals(expectedLines[i], actualLines[i], StringComparison.Ordinal))
            {
                differing.Add($"line {i + 1}: opencc '{expectedLines[i]}' / ours '{actualLines[i]}'");
            }
        }
        Assert.True(differing.Count == 0,
            $"{differing.Count} of {expectedLines.Length} lines differ:\n" + string.Join('\n', differing.Take(5)));
    }
}
