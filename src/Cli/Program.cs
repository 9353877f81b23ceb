using System.Text;

namespace WorkTeam.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
        using var stdin = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        int code = WorkTeamCommand.Run(args, stdin, stdout, stderr);
        stdout.Flush();
        return code;
    }
}
