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
        using var interrupt = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C stops the run cleanly (temporary outputs deleted); a second one kills it.
            e.Cancel = !interrupt.IsCancellationRequested;
            interrupt.Cancel();
        };
        var context = new CliContext(stdin, WorkTeamCommand.Pipeline(), StderrIsTerminal: !Console.IsErrorRedirected, interrupt.Token);
        int code = WorkTeamCommand.Run(args, context, stdout, stderr);
        stdout.Flush();
        return code;
    }
}
