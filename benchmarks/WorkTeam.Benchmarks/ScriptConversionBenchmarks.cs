using System.Text;
using BenchmarkDotNet.Attributes;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Benchmarks;

/// <summary>
/// OpenCC conversion both ways and script detection on the seed reports, and the cost of loading
/// the embedded tables. Run: dotnet run -c Release --project benchmarks/WorkTeam.Benchmarks -- --filter '*ScriptConversion*'
/// </summary>
[MemoryDiagnoser]
public class ScriptConversionBenchmarks
{
    private string _traditional = "";
    private string _simplified = "";

    [GlobalSetup]
    public void Setup()
    {
        string seeds = Path.Combine(FindRepoRoot(), "seeds");
        // Seed 000 is traditional, the others simplified; repeated so one call converts about 1 MB.
        string traditional = File.ReadAllText(Path.Combine(seeds, "000_265aec3cadc6e7fd.txt"));
        var simplified = new StringBuilder();
        foreach (var file in Directory.GetFiles(seeds, "*.txt"))
        {
            if (!Path.GetFileName(file).StartsWith("000_", StringComparison.Ordinal))
            {
                simplified.Append(File.ReadAllText(file));
            }
        }
        _traditional = Repeat(traditional, 1_000_000);
        _simplified = Repeat(simplified.ToString(), 1_000_000);
        _ = ScriptConverter.Default;
    }

    [Benchmark]
    public string TraditionalToSimplified() => ScriptConverter.Default.ToSimplified(_traditional);

    [Benchmark]
    public ConvertedText TraditionalToSimplifiedView() => ScriptConverter.Default.ToSimplifiedView(_traditional);

    [Benchmark]
    public string SimplifiedToTraditional() => ScriptConverter.Default.ToTraditional(_simplified);

    [Benchmark]
    public Script DetectTraditional() => ScriptDetector.Detect(_traditional);

    [Benchmark]
    public int LoadTables() => OpenCcTable.LoadEmbedded().Count;

    private static string Repeat(string text, int minUtf8Bytes)
    {
        int copies = (minUtf8Bytes / Math.Max(1, Encoding.UTF8.GetByteCount(text))) + 1;
        return string.Concat(Enumerable.Repeat(text, copies));
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkTeam.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("WorkTeam.sln not found above " + AppContext.BaseDirectory);
    }
}
