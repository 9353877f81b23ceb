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
        // The one writer the run also uses (Run keeps a ControlEscapingWriter it is given), so the interrupted
        // line, said by whichever of the run and this thread comes first, is said once.
        var stderr = new ControlEscapingWriter(new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true });
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
        // Standard output redirected to a file (`workteam summary . > out.txt`): that file is never read as an input.
        string? stdoutFile = UnixFile.Fstat(1) is { Kind: FileKind.Regular } && OperatingSystem.IsLinux() ? "/proc/self/fd/1" : null;
        var context = new CliContext(stdin, WorkTeamCommand.Pipeline(), StderrIsTerminal: !Console.IsErrorRedirected, interrupt.Token,
            StdinIsTerminal: !Console.IsInputRedirected, StdoutPath: stdoutFile);
        // The run goes on its own thread so that a signal is obeyed even while the run is blocked in a
        // read no token can interrupt (standard input that never ends, a slow network file system):
        // given a moment to stop cleanly, it is then abandoned, its temporary files deleted.
        int code = WorkTeamCommand.InternalError;
        var run = new Thread(() => code = WorkTeamCommand.Run(args, context, stdout, stderr), 16 * 1024 * 1024) { IsBackground = true, Name = "workteam-run" };
        run.Start();
        WaitHandle.WaitAny([interrupt.Token.WaitHandle, new ThreadHandle(run).Done]);
        if (!run.Join(interrupt.IsCancellationRequested ? TimeSpan.FromSeconds(2) : Timeout.InfiniteTimeSpan))
        {
            foreach (var temporary in AtomicFile.Live.Keys)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
            InterruptNotice.Say(stderr);
            // Exit now: the abandoned run still holds the writers that disposing would flush.
            Environment.Exit(128 + UnixNumber((PosixSignal)signal));
        }
        stdout.Flush();
        // 128 + the signal's number, as shells report it: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP.
        return code == WorkTeamCommand.Interrupted ? 128 + UnixNumber((PosixSignal)signal) : code;
    }

    /// <summary>An event set when a thread ends, to wait for it and a signal at once.</summary>
    private sealed class ThreadHandle
    {
        public ThreadHandle(Thread thread)
        {
            var done = new ManualResetEvent(false);
            Done = done;
            new Thread(() =>
            {
                thread.Join();
                done.Set();
            }) { IsBackground = true }.Start();
        }

        public WaitHandle Done { get; }
    }

    private static int UnixNumber(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGTERM => 15,
        _ => 2,
    };
}

/// <summary>
/// The one line that says a run was interrupted. Both the run (its cancellation caught) and the main
/// thread (a run that did not stop within its grace time) may say it; whichever comes first does, once
/// per standard error writer, so a run that winds down slowly under load does not say it twice.
/// </summary>
internal static class InterruptNotice
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TextWriter, object> Said = [];

    public static void Say(TextWriter stderr)
    {
        if (Said.TryAdd(stderr, stderr))
        {
            stderr.WriteLine("workteam: interrupted; no output was left half-written.");
        }
    }
}
