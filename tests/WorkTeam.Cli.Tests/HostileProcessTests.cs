using System.Diagnostics;
using System.Globalization;

namespace WorkTeam.Cli.Tests;

/// <summary>Issue 14 cases that need the real tool in its own process: signals, raw argument bytes, shell redirection.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class HostileProcessTests
{
    private static string Tool => Path.Combine(AppContext.BaseDirectory, "WorkTeam.Cli.dll");

    private static (int Code, string Stdout, string Stderr) Sh(string script, params string[] args)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("sh");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        string stdout = "";
        var reader = new Thread(() => stdout = process.StandardOutput.ReadToEnd());
        reader.Start();
        string stderr = process.StandardError.ReadToEnd();
        reader.Join();
        Assert.True(process.WaitForExit(120_000));
        return (process.ExitCode, stdout, stderr);
    }

    [Theory]
    [InlineData(15, 143)] // SIGTERM
    [InlineData(2, 130)] // SIGINT
    public void The_first_signal_stops_a_run_blocked_on_a_read(int signal, int expectedCode)
    {
        using var folder = new TempFolder();
        string output = Path.Combine(folder.Path, "facts.jsonl");
        // Standard input is a pipe that nobody writes to or closes: the run blocks in its read.
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Tool, "extract", "--out", output, "-" },
            RedirectStandardInput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var clock = Stopwatch.StartNew();
        while (Directory.GetFiles(folder.Path, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }).Length == 0 && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(10);
        }
        Thread.Sleep(300);
        using (var kill = Process.Start("kill", ["-" + signal.ToString(CultureInfo.InvariantCulture), process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }
        var stopped = Stopwatch.StartNew();
        Assert.True(process.WaitForExit(20_000), "the first signal did not stop the run");
        string stderr = process.StandardError.ReadToEnd();
        Assert.Equal(expectedCode, process.ExitCode);
        Assert.True(stopped.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Equal("workteam: interrupted; no output was left half-written.\n", stderr.ReplaceLineEndings("\n"));
        Assert.Empty(Directory.GetFiles(folder.Path, "*", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public void A_path_argument_that_is_not_utf8_is_named_by_its_bytes()
    {
        using var folder = new TempFolder();
        var (code, stdout, stderr) = Sh("cd \"$1\" && printf '万' > \"$(printf 'a\\377.txt')\" && dotnet \"$2\" extract \"$(printf 'a\\377.txt')\"; e=$?; rm -f \"$(printf 'a\\377.txt')\"; exit $e", folder.Path, Tool);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Equal("workteam: a\\xFF.txt (the name is not valid UTF-8): no such file or folder\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Summary_redirected_into_the_folder_being_read_does_not_read_its_own_output()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "驻村工作队投入资金600万元。");
        // A previous run's output, now being overwritten: it must not count.
        folder.Write("in/out.txt", "驻村工作队投入资金900万元。");
        var (code, _, stderr) = Sh("cd \"$1\" && dotnet \"$2\" summary . > out.txt", Path.Combine(folder.Path, "in"), Tool);
        Assert.Equal(0, code);
        Assert.Equal("workteam: ./out.txt: input file is also the output; skipped\n", stderr.ReplaceLineEndings("\n"));
        string summary = File.ReadAllText(Path.Combine(folder.Path, "in/out.txt"));
        Assert.Contains("6,000,000", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("900", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_output_redirected_into_the_folder_being_read_is_not_read()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "驻村工作队投入资金600万元。");
        var (code, stdout, stderr) = Sh("dotnet \"$2\" extract --kinds money \"$1/in\" > \"$1/in/out.txt\"", folder.Path, Tool);
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Equal($"workteam: {folder.Path}/in/out.txt: input file is also the output; skipped\n", stderr.ReplaceLineEndings("\n"));
        Assert.Equal(
            $"{{\"doc\":\"{folder.Path}/in/a.txt\",\"kind\":\"money\",\"text\":\"600万元\",\"start\":9,\"end\":14,\"value\":6000000,\"currency\":\"CNY\"}}\n",
            File.ReadAllText(Path.Combine(folder.Path, "in/out.txt")));
    }

    [Theory]
    [InlineData("extract", "/dev/zero")]
    [InlineData("segment", "/dev/zero")]
    [InlineData("extract", "--out", "")]
    [InlineData("extract", "--db", "")]
    [InlineData("extract", "-j", "2147483647", "/dev/null")]
    public void Nothing_a_user_can_type_aborts_the_tool(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        string stdout = "";
        var reader = new Thread(() => stdout = process.StandardOutput.ReadToEnd());
        reader.Start();
        string stderr = process.StandardError.ReadToEnd();
        reader.Join();
        Assert.True(process.WaitForExit(60_000));
        Assert.Equal(args[0] == "segment" || args[1] == "/dev/zero" ? 1 : 2, process.ExitCode);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }
}
