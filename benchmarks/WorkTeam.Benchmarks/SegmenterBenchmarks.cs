using System.Text;
using BenchmarkDotNet.Attributes;
using WorkTeam.Extraction.Segmentation;

namespace WorkTeam.Benchmarks;

/// <summary>Segmentation throughput on the seeds and on a larger input (the seeds repeated), per mode.</summary>
[MemoryDiagnoser]
public class SegmenterBenchmarks
{
    private string[] _seedLines = [];
    private string[] _largeLines = [];
    private readonly List<TokenSpan> _spans = [];

    [Params(SegmentationMode.Precise, SegmentationMode.Full, SegmentationMode.Search)]
    public SegmentationMode Mode { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _seedLines = BenchmarkData.SeedLines();
        _largeLines = Enumerable.Repeat(_seedLines, 50).SelectMany(l => l).ToArray();
        Segmenter.Default.Cut("预热");
    }

    [Benchmark]
    public int Seeds() => Run(_seedLines, Mode);

    [Benchmark]
    public int Large() => Run(_largeLines, Mode);

    private int Run(string[] lines, SegmentationMode mode)
    {
        int n = 0;
        foreach (var line in lines)
        {
            _spans.Clear();
            Segmenter.Default.Segment(line, mode, hmm: true, _spans);
            n += _spans.Count;
        }
        return n;
    }
}

/// <summary>POS tagging (posseg) on the seeds.</summary>
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private string[] _seedLines = [];
    private readonly List<TokenSpan> _spans = [];

    [GlobalSetup]
    public void Setup()
    {
        _seedLines = BenchmarkData.SeedLines();
        Segmenter.Default.CutWithTags("预热");
    }

    [Benchmark]
    public int SeedsWithTags()
    {
        int n = 0;
        foreach (var line in _seedLines)
        {
            _spans.Clear();
            Segmenter.Default.SegmentWithTags(line, hmm: true, _spans);
            n += _spans.Count;
        }
        return n;
    }
}

/// <summary>Loading the embedded dictionary and HMM from the assembly, as a cold start does.</summary>
[MemoryDiagnoser]
public class DictionaryLoadBenchmarks
{
    [Benchmark]
    public long LoadDictionary() => JiebaDictionary.LoadEmbedded().Total;

    [Benchmark]
    public int LoadFinalsegHmm() => FinalsegModel.LoadEmbedded().Start.Length;
}

internal static class BenchmarkData
{
    public static string RepoRoot()
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

    public static string[] SeedLines() =>
        Directory.GetFiles(Path.Combine(RepoRoot(), "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllLines(f, Encoding.UTF8)).ToArray();
}
