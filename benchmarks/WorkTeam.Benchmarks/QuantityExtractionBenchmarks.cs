using BenchmarkDotNet.Attributes;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Benchmarks;

/// <summary>
/// Quantity extraction (money, counts, measures, percents, dates) over the five seed reports, read
/// from the repository's seeds/ folder at run time. Throughput = seed bytes / mean time.
/// </summary>
[MemoryDiagnoser]
public class QuantityExtractionBenchmarks
{
    private readonly QuantityExtractor _extractor = new();
    private string[] _seeds = [];
    private string _all = "";

    [GlobalSetup]
    public void Setup()
    {
        var dir = FindSeeds();
        _seeds = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        // The seeds repeated to about 1 MB: a corpus-sized input for steady-state throughput.
        var repeat = Math.Max(1, 1_000_000 / Math.Max(1, _seeds.Sum(s => s.Length)));
        _all = string.Concat(Enumerable.Repeat(string.Concat(_seeds), repeat));
    }

    /// <summary>Each seed as its own document.</summary>
    [Benchmark(Baseline = true)]
    public int Seeds()
    {
        var n = 0;
        foreach (var seed in _seeds)
        {
            n += _extractor.Extract(seed, new DateOnly(2021, 7, 13)).Count;
        }
        return n;
    }

    /// <summary>The seeds repeated into one large text.</summary>
    [Benchmark]
    public int LargeText() => _extractor.Extract(_all).Count;

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "WorkTeam.sln")) && Directory.Exists(seeds))
            {
                return seeds;
            }
        }
        throw new DirectoryNotFoundException("seeds/ not found above " + AppContext.BaseDirectory);
    }
}
