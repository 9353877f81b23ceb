using System.Diagnostics;
using System.Globalization;

namespace WorkTeam.Cli.Tests;

/// <summary>The real tool in its own process, stopped by a signal as kill, systemd or YARN stop it.</summary>
public class SignalTests
{
    /// <summary>The temporary outputs are hidden files (.facts.jsonl.PID.GUID.tmp), which enumeration skips by default.</summary>
    private static readonly EnumerationOptions AllFiles = new() { AttributesToSkip = 0 };

    private static int SendSignal(int pid, int signal)
    {
        var start = new ProcessStartInfo("kill") { RedirectStandardError = true };
        start.ArgumentList.Add("-" + signal.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(pid.ToString(CultureInfo.InvariantCulture));
        using var kill = Process.Start(start)!;
        kill.StandardError.ReadToEnd();
        kill.WaitForExit();
        return kill.ExitCode;
    }

    [Theory]
    [InlineData(15, 143)] // SIGTERM
    [InlineData(1, 129)] // SIGHUP
    [InlineData(2, 130)] // SIGINT
    public void A_signal_stops_the_run_and_leaves_no_half_written_output(int signal, int expectedCode)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX signals only
        }
        using var folder = new TempFolder();
        // ~40 MB: several seconds of work, so the signal lands mid-run.
        string report = string.Concat(Enumerable.Range(0, 60).Select(i =>
            $"自治区人民政府办公厅驻民丰县若克雅乡劳光村工作队投入资金{i + 600}余万元，帮扶{i + 1826}人，建设{i + 150}亩大棚，增长{i}.3%。\n"));
        for (int i = 0; i < 4000; i++)
        {
            folder.Write($"in/{i:D5}.txt", report);
        }
        string output = Path.Combine(folder.Path, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "facts.jsonl"), "the previous run\n");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "WorkTeam.Cli.dll"), "extract", "--jobs", "1", "--quiet",
                "--out", Path.Combine(output, "facts.jsonl"), "--db", Path.Combine(output, "facts.db"), Path.Combine(folder.Path, "in") },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        // Signalled as soon as the run is writing its two temporary outputs.
        var clock = Stopwatch.StartNew();
        while (Directory.GetFiles(output, "*.tmp", AllFiles).Length < 2 && !process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(5);
        }
        Assert.Equal(0, SendSignal(process.Id, signal));
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));
        Assert.Equal(expectedCode, process.ExitCode);
        Assert.Equal("workteam: interrupted; no output was left half-written.\n", stderr.ReplaceLineEndings("\n"));
        Assert.Equal(["facts.jsonl"], Directory.GetFiles(output, "*", AllFiles).Select(Path.GetFileName));
        Assert.Equal("the previous run\n", File.ReadAllText(Path.Combine(output, "facts.jsonl")));
    }
}
