using System.Globalization;
using System.Text;

namespace WorkTeam.Extraction.Tests.Specs;

/// <summary>
/// The recognizers-zh corpus, file by file, within facts.md: each file must reach its pass-rate floor.
/// When WORKTEAM_SCORE_OUT names a file, the per-file rates and every failing case are written there
/// (benchmarks/recognizers-zh/score.sh prints it); the tests themselves print nothing.
/// </summary>
public sealed class RecognizersZhCorpusTests
{
    [CorpusTheory("recognizers-zh")]
    [InlineData("NumberWithUnit_CurrencyModel.jsonl", 0.9)]
    [InlineData("NumberWithUnit_DimensionModel.jsonl", 0.95)]
    [InlineData("Number_PercentModel.jsonl", 0.95)]
    [InlineData("NumberWithUnit_AgeModel.jsonl", 1.0)]
    [InlineData("Number_OrdinalModel.jsonl", 1.0)]
    [InlineData("Number_NumberModel.jsonl", 0.98)]
    [InlineData("DateTime_DateParser.jsonl", 0.9)]
    [InlineData("DateTime_DatePeriodParser.jsonl", 0.85)]
    [InlineData("DateTime_DateTimeModel.jsonl", 0.95)]
    [InlineData("DateTime_DateExtractor.jsonl", 0.9)]
    [InlineData("DateTime_DatePeriodExtractor.jsonl", 0.8)]
    public void Corpus_file_reaches_its_pass_rate_floor(string file, double floor)
    {
        var results = RecognizersZhScorer.Score(file);
        var scored = results.Where(r => r.Passed is not null).ToList();
        var rate = scored.Count == 0 ? 1.0 : scored.Count(r => r.Passed == true) / (double)scored.Count;
        Report(file, results, rate);
        Assert.True(rate >= floor, $"{file}: pass rate {rate:P1} below the floor {floor:P0}; failing: "
            + string.Join(" | ", scored.Where(r => r.Passed == false).Take(10).Select(r => $"#{r.Case} {r.Input}: {r.Detail}")));
    }

    private static readonly Lock ReportLock = new();

    private static void Report(string file, IReadOnlyList<CorpusCaseResult> results, double rate)
    {
        if (Environment.GetEnvironmentVariable("WORKTEAM_SCORE_OUT") is not { Length: > 0 } path)
        {
            return;
        }
        var sb = new StringBuilder();
        var scored = results.Count(r => r.Passed is not null);
        sb.AppendLine(CultureInfo.InvariantCulture, $"{file}\tpassed {results.Count(r => r.Passed == true)}/{scored}\t{rate:P1}\texcluded {results.Count - scored}");
        foreach (var group in results.Where(r => r.Passed is null).GroupBy(r => r.Detail))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {group.Count(),4} {group.Key}");
        }
        foreach (var r in results.Where(r => r.Passed == false))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  FAIL #{r.Case} {r.Input.ReplaceLineEndings(" ")} :: {r.Detail}");
        }
        lock (ReportLock)
        {
            File.AppendAllText(path, sb.ToString());
        }
    }
}
