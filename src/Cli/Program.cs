using System.Runtime.InteropServices;
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
        int signal = 0;
        void Stop(PosixSignalContext context)
        {
            // The first signal stops the run cleanly (temporary outputs deleted); a second one kills it.
            context.Cancel = !interrupt.IsCancellationRequested;
            Interlocked.CompareExchange(ref signal, (int)context.Signal, 0);
            interrupt.Cancel();
        }
        // Ctrl+C, and what kill, systemd, YARN and a closed terminal send: every one of them stops a
        // run the same way, leaving no half-written output.
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var onHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
        var context = new CliContext(stdin, WorkTeamCommand.Pipeline(), StderrIsTerminal: !Console.IsErrorRedirected, interrupt.Token, StdinIsTerminal: !Console.IsInputRedirected);
        int code = WorkTeamCommand.Run(args, context, stdout, stderr);
        stdout.Flush();
        // 128 + the signal's number, as shells report it: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP.
        return code == WorkTeamCommand.Interrupted ? 128 + UnixNumber((PosixSignal)signal) : code;
    }

    private static int UnixNumber(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGTERM => 15,
        _ => 2,
    };
}
