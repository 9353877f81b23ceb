using System.CommandLine;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Cli;

/// <summary><c>workteam convert</c>: traditional↔simplified on OpenCC's tables (as <c>opencc -c t2s</c> / <c>s2t</c>), line by line.</summary>
internal static class ConvertCommand
{
    public static Command Create(TextReader stdin)
    {
        var to = new Option<string>("--to", "-t")
        {
            Description = "simplified or traditional",
            Required = true,
        };
        to.AcceptOnlyFromAmong("simplified", "traditional");
        var files = new Argument<string[]>("FILE") { Description = "UTF-8 text files; none or '-' reads standard input.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("convert", """
            Convert between traditional and simplified Chinese with OpenCC 1.1.6's phrase and character
            tables (the same output as 'opencc -c t2s' or 's2t'), keeping the input's lines.

            Examples:
              workteam convert --to simplified seeds/000_265aec3cadc6e7fd.txt
              echo 头发干燥 | workteam convert --to traditional
            """)
        {
            to, files,
        };
        command.SetAction(parse =>
        {
            var converter = ScriptConverter.Default;
            Func<string, string> convert = parse.GetValue(to) == "traditional" ? converter.ToTraditional : converter.ToSimplified;
            var stdout = parse.InvocationConfiguration.Output;
            return InputFiles.ForEach(parse.GetValue(files) ?? [], stdin, parse.InvocationConfiguration.Error, (_, reader) =>
            {
                while (reader.ReadLine() is { } line)
                {
                    stdout.Write(convert(line));
                    stdout.Write('\n');
                }
            });
        });
        return command;
    }
}
