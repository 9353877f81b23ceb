using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using JiebaNet.Segmenter;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using WorkTeam.Extraction.Segmentation;

namespace WorkTeam.Benchmarks;

/// <summary>
/// WorkTeam's segmenter beside jieba.NET's JiebaSegmenter and Lucene's SmartChineseAnalyzer on the same
/// lines (SIGHAN PKU's test input when ../shared is there, else the seeds): precise mode, HMM on, each
/// token's text read. WorkTeam through its public API only: <see cref="Segmenter.Cut"/> and the
/// allocation-free <see cref="Segmenter.TryCut"/>.
/// </summary>
[MemoryDiagnoser]
public class YardstickBenchmarks
{
    private string[] _lines = [];
    private JiebaSegmenter _jieba = null!;
    private SmartChineseAnalyzer _smartCn = null!;
    private TokenRange[] _buffer = [];

    [GlobalSetup]
    public void Setup()
    {
        _lines = Yardsticks.Lines();
        _buffer = new TokenRange[_lines.Max(l => l.Length) + 1];
        Segmenter.Default.Cut("预热");
        _jieba = Yardsticks.JiebaNet();
        _ = _jieba.Cut("预热").Count(); // jieba.NET loads its dictionary on first use
        _smartCn = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);
    }

    [GlobalCleanup]
    public void Cleanup() => _smartCn.Dispose();

    [Benchmark(Baseline = true)]
    public long WorkTeamCut()
    {
        long chars = 0;
        foreach (var line in _lines)
        {
            foreach (var token in Segmenter.Default.Cut(line))
            {
                chars += token.Text.Length;
            }
        }
        return chars;
    }

    [Benchmark]
    public long WorkTeamTryCut()
    {
        long chars = 0;
        foreach (var line in _lines)
        {
            Segmenter.Default.TryCut(line, _buffer, out int n);
            for (int k = 0; k < n; k++)
            {
                chars += line.AsSpan(_buffer[k].Start, _buffer[k].Length).Length;
            }
        }
        return chars;
    }

    [Benchmark]
    public long JiebaNetCut()
    {
        long chars = 0;
        foreach (var line in _lines)
        {
            foreach (var word in _jieba.Cut(line))
            {
                chars += word.Length;
            }
        }
        return chars;
    }

    [Benchmark]
    public long SmartCnAnalyzer() => Yardsticks.SmartCn(_smartCn, _lines);
}

/// <summary>
/// The first result in a fresh process: the time from nothing loaded to the first line segmented
/// (dictionary load included), one launch per measurement.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class FirstResultBenchmarks
{
    private const string Line = "扶贫工作队驻村以来，共投入资金600余万元，修建道路12公里。";

    [Benchmark(Baseline = true)]
    public int WorkTeam() => Segmenter.Default.Cut(Line).Count;

    [Benchmark]
    public int JiebaNet() => Yardsticks.JiebaNet().Cut(Line).Count();

    [Benchmark]
    public long SmartCn()
    {
        using var analyzer = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);
        return Yardsticks.SmartCn(analyzer, [Line]);
    }
}

internal static class Yardsticks
{
    /// <summary>The jieba.NET package's Resources folder, stamped in by the project file.</summary>
    public static string JiebaNetResources { get; } =
        typeof(Yardsticks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "JiebaNetResources").Value!;

    public static JiebaSegmenter JiebaNet()
    {
        // jieba.NET reads JiebaConfigFileDir (app settings) or this property; the benchmark sets it.
        ConfigManager.ConfigFileBaseDir = JiebaNetResources;
        return new JiebaSegmenter();
    }

    public static long SmartCn(SmartChineseAnalyzer analyzer, string[] lines)
    {
        long chars = 0;
        foreach (var line in lines)
        {
            using var stream = analyzer.GetTokenStream("text", new StringReader(line));
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                chars += term.Length;
            }
            stream.End();
        }
        return chars;
    }

    public static string[] Lines()
    {
        string shared = Environment.GetEnvironmentVariable("WORKTEAM_SHARED") is { Length: > 0 } s
            ? s : Path.Combine(BenchmarkData.RepoRoot(), "..", "shared");
        string pku = Path.Combine(shared, "corpora", "sighan2005", "pku_test.utf8");
        return File.Exists(pku)
            ? File.ReadAllLines(pku, Encoding.UTF8).Where(l => l.Length > 0).ToArray()
            : BenchmarkData.SeedLines();
    }
}
