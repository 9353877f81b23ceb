using System.Diagnostics;

namespace WorkTeam.Extraction.Tests.Text;

/// <summary>Whether the <c>opencc</c> command is on PATH, and a way to run it.</summary>
internal static class OpenCcCommand
{
    public static bool IsAvailable { get; } = Probe();

    /// <summary>Runs <c>opencc -c CONFIG -i INPUT -o OUTPUT</c> and returns the output file's bytes.</summary>
    public static byte[] Convert(string config, string inputPath)
    {
        string output = Path.GetTempFileName();
        try
        {
            using var process = Process.Start(new ProcessStartInfo("opencc")
            {
                ArgumentList = { "-c", config, "-i", inputPath, "-o", output },
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"opencc -c {config} failed ({process.ExitCode}): {error}");
            }
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static bool Probe()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length > 0 && File.Exists(Path.Combine(dir, "opencc")))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>
/// A theory that compares with the reference <c>opencc</c> command on a shared corpus: skipped, with the
/// reason, when the corpus is absent or opencc is not installed, so no opencc output is ever committed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class OpenCcCorpusTheoryAttribute : TheoryAttribute
{
    public OpenCcCorpusTheoryAttribute(string corpus)
    {
        if (!Directory.Exists(TestPaths.Corpus(corpus)))
        {
            Skip = $"shared corpus '{corpus}' not found at {TestPaths.Corpus(corpus)}";
        }
        else if (!OpenCcCommand.IsAvailable)
        {
            Skip = "the opencc command is not on PATH (apt-get install opencc)";
        }
    }
}
