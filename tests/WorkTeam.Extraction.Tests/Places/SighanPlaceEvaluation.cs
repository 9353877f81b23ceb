using System.Globalization;
using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Tests.Entities;
using Xunit.Abstractions;

namespace WorkTeam.Extraction.Tests.Places;

/// <summary>
/// Place recognition beyond the seeds, on SIGHAN 2005 test sentences whose places were annotated by hand
/// (line numbers and spans only; the sentences are read from ../shared at test time). A place counts when
/// its span matches exactly. Specs/places.sighan.jsonl: 200 sentences (100 PKU, 100 MSR: every k-th line of
/// 15–70 characters holding a gazetteer name or a word ending in an administrative suffix), used while
/// developing. Specs/places.sighan.heldout.jsonl: 100 other sentences chosen the same way (offset by half a
/// step), annotated after the development rounds: F1 0.913 measured before any change, 0.963 after the
/// changes it prompted. Specs/places.sighan.blind2.jsonl: 25 further MSR sentences annotated blind at the
/// end (F1 0.931 as first measured). Specs/places.sighan.blind3.jsonl: 50 more (25 PKU, 25 MSR, seed 2026, none
/// in the earlier files) annotated blind on 2026-12-06 by reading (F1 0.946 as first measured, on d30ec34); its
/// errors are not tuned on, so it stays the unseen news measure. Specs/places.sighan.blind4.jsonl: 50 more (25 PKU,
/// 25 MSR, seed 2027, lines of 15–70 characters holding a place-like character, none in the earlier files)
/// annotated by reading on 2026-12-06 before any run (F1 0.909 as first measured, on 69e98de), made because
/// blind3's misses had been described to the team; its errors are not read.
/// Print the figures: <c>dotnet test tests/WorkTeam.Extraction.Tests --filter FullyQualifiedName~SighanPlaceEvaluation --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class SighanPlaceEvaluation(ITestOutputHelper output)
{
    [CorpusTheory("sighan2005")]
    [InlineData("places.sighan.jsonl", 0.90)]
    [InlineData("places.sighan.heldout.jsonl", 0.85)]
    [InlineData("places.sighan.blind2.jsonl", 0.85)]
    [InlineData("places.sighan.blind3.jsonl", 0.85)]
    [InlineData("places.sighan.blind4.jsonl", 0.80)]
    public void Place_spans_on_hand_checked_SIGHAN_sentences_reach_the_agreed_F1(string specFile, double minimumF1) =>
        Evaluate(specFile, minimumF1, toSimplified: null);

    /// <summary>
    /// Traditional sentences: places.sighan.traditional.jsonl, 60 (30 AS, 30 CityU; 12–70 characters, chosen
    /// the same way) annotated blind, P 0.960 R 0.923 F1 0.941 as first measured with <c>opencc -c t2s.json</c>
    /// as the view (0.974 after the changes they prompted); places.sighan.traditional.blind2.jsonl, 22 more
    /// CityU sentences annotated blind at the end (F1 0.914); places.sighan.traditional.blind3.jsonl, 40 more (20 AS,
/// 20 CityU, seed 2026) annotated blind on 2026-12-06 (F1 0.868 as first measured, on d30ec34: Taiwan's townships
/// written without their ending are most of what is missed); places.sighan.traditional.blind4.jsonl, 40 more (20 AS,
/// 20 CityU, seed 2027, 12–70 characters) annotated the same way (F1 0.857 as first measured, on 69e98de).
/// Read through the library's script converter.
    /// </summary>
    [CorpusTheory("sighan2005")]
    [InlineData("places.sighan.traditional.jsonl", 0.90)]
    [InlineData("places.sighan.traditional.blind2.jsonl", 0.85)]
    [InlineData("places.sighan.traditional.blind3.jsonl", 0.85)]
    [InlineData("places.sighan.traditional.blind4.jsonl", 0.80)]
    public void Place_spans_on_hand_checked_traditional_SIGHAN_sentences_reach_the_agreed_F1(string specFile, double minimumF1) =>
        Evaluate(specFile, minimumF1, toSimplified: null);

    private void Evaluate(string specFile, double minimumF1, Func<string, string>? toSimplified)
    {
        var extractor = new EntityExtractor(toSimplified: toSimplified);
        var files = new Dictionary<string, string[]>();
        int truePositives = 0, predicted = 0, gold = 0;
        var errors = new List<string>();
        foreach (var spec in EntitySpec.ReadLines(specFile))
        {
            var corpus = spec.GetProperty("corpus").GetString()!;
            if (!files.TryGetValue(corpus, out var lines))
            {
                files[corpus] = lines = File.ReadAllLines(Path.Combine(TestPaths.Shared, "corpora", corpus));
            }
            var number = spec.GetProperty("line").GetInt32();
            var text = lines[number - 1].TrimStart('\uFEFF');
            if (text.Length > 0 && text[^1] == '\r')
            {
                text = text[..^1];
            }
            var expected = spec.GetProperty("places").EnumerateArray().Select(a => (a[0].GetInt32(), a[1].GetInt32())).ToHashSet();
            var actual = extractor.Extract(text, FactKinds.Place).Select(f => (f.Start, f.End)).ToHashSet();
            gold += expected.Count;
            predicted += actual.Count;
            truePositives += actual.Count(expected.Contains);
            foreach (var (s, e) in actual.Except(expected))
            {
                errors.Add($"{corpus}:{number} false place '{text[s..e]}'");
            }
            foreach (var (s, e) in expected.Except(actual))
            {
                errors.Add($"{corpus}:{number} missed place '{text[s..e]}'");
            }
        }
        var precision = (double)truePositives / predicted;
        var recall = (double)truePositives / gold;
        var f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{6}: gold {0}, predicted {1}, correct {2}; P {3:F3} R {4:F3} F1 {5:F3}", gold, predicted, truePositives, precision, recall, f1, specFile));
        errors.ForEach(output.WriteLine);
        Assert.True(f1 >= minimumF1, $"place F1 {f1:F3} below {minimumF1}");
    }
}
