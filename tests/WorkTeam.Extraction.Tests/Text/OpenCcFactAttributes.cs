using System.Diagnostics;
using System.Text;

namespace WorkTeam.Extraction.Tests.Text;

/// <summary>
/// The reference converter: OpenCC's own engine (the <c>opencc</c> command) run on the very tables
/// WorkTeam embeds — the text files the build took from the npm package opencc 1.4.2 and left under
/// <c>artifacts/resources/raw/opencc/</c>, compiled with OpenCC's <c>opencc_dict</c> into a config of
/// their own (t2s: TSPhrases then TSCharacters; s2t: STPhrases then STCharacters). The npm package's
/// own converter is a native addon built against a newer libstdc++ than Debian 12's, so it cannot run
/// here; the engine's algorithm (longest match, first candidate) is the same in 1.1.6 and 1.4.2.
/// </summary>
internal static class OpenCcCommand
{
    private static readonly Lazy<string> ConfigDir = new(BuildConfigs, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Where the build left OpenCC's dictionary text files.</summary>
    public static string TablesDir => Path.Combine(TestPaths.RepoRoot, "artifacts", "resources", "raw", "opencc");

    public static string? MissingReason { get; } = Probe();

    /// <summary>Runs <c>opencc -c CONFIG -i INPUT -o OUTPUT</c> on the embedded tables and returns the output file's bytes.</summary>
    public static byte[] Convert(string config, string inputPath)
    {
        string output = Path.GetTempFileName();
        try
        {
            Run("opencc", "-c", Path.Combine(ConfigDir.Value, config + ".json"), "-i", inputPath, "-o", output);
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string BuildConfigs()
    {
        string dir = Directory.CreateTempSubdirectory("workteam-opencc-").FullName;
        foreach (var table in new[] { "TSPhrases", "TSCharacters", "STPhrases", "STCharacters" })
        {
            // opencc_dict 1.1.6 reads key<TAB>values lines; 1.4.2's sources add '#' comment lines.
            string text = Path.Combine(dir, table + ".txt");
            File.WriteAllLines(text, File.ReadLines(Path.Combine(TablesDir, table + ".txt"), Encoding.UTF8)
                .Where(l => l.Length > 0 && l[0] != '#'), new UTF8Encoding(false));
            Run("opencc_dict", "-i", text, "-o", Path.Combine(dir, table + ".ocd2"), "-f", "text", "-t", "ocd2");
        }
        foreach (var (name, phrases, characters) in new[] { ("t2s", "TSPhrases", "TSCharacters"), ("s2t", "STPhrases", "STCharacters") })
        {
            File.WriteAllText(Path.Combine(dir, name + ".json"), $$"""
                { "name": "{{name}} on WorkTeam's tables",
                  "segmentation": { "type": "mmseg", "dict": { "type": "ocd2", "file": "{{phrases}}.ocd2" } },
                  "conversion_chain": [ { "dict": { "type": "group", "dicts": [
                    { "type": "ocd2", "file": "{{phrases}}.ocd2" }, { "type": "ocd2", "file": "{{characters}}.ocd2" } ] } } ] }
                """);
        }
        return dir;
    }

    private static void Run(string command, params string[] args)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', args)} failed ({process.ExitCode}): {error}");
        }
    }

    private static string? Probe()
    {
        if (!File.Exists(Path.Combine(TablesDir, "STPhrases.txt")))
        {
            return $"OpenCC's table text files are not at {TablesDir} (the build leaves them there)";
        }
        foreach (var tool in new[] { "opencc", "opencc_dict" })
        {
            if (!(Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                    .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, tool))))
            {
                return $"the {tool} command is not on PATH (apt-get install opencc)";
            }
        }
        return null;
    }
}

/// <summary>
/// A theory that compares with the reference OpenCC engine on a shared corpus: skipped, with the
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
        else if (OpenCcCommand.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
