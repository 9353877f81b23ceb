using System.Buffers;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Recognition;

namespace WorkTeam.Extraction.Tests.Extensibility;

/// <summary>
/// A user's own kind, written against the public API only: land per household (户均耕地0.8公顷,
/// 每户种植2公顷). It reads the measures the library's quantity recognizer claimed and reports the
/// ones a 户均 or 每户 shortly before makes a ratio.
/// </summary>
public sealed class HectaresPerHouseholdRecognizer : IFactRecognizer
{
    /// <summary>The new kind: the first bit left to users.</summary>
    public static readonly FactKinds Ratio = FactKinds.FirstCustom;

    private const int MaxGap = 4; // 户均耕地0.8公顷: at most a short noun between the marker and the number

    public FactKinds Kinds => Ratio;

    public SearchValues<char>? OpeningCharacters { get; } = SearchValues.Create("户戶");

    public IReadOnlyDictionary<FactKinds, string> KindNames { get; } = new Dictionary<FactKinds, string> { [Ratio] = "ratio" };

    public FactKinds ReadsKinds => FactKinds.Measure;

    public void Recognize(TextAnalysis analysis, FactKinds wanted, ICollection<Fact> facts)
    {
        var view = analysis.Simplified.View; // 戶均 reads as 户均; the simplified view keeps offsets here
        foreach (var measure in analysis.Claimed)
        {
            if (measure.Kind != FactKinds.Measure || measure.Unit is not ("公顷" or "亩"))
            {
                continue;
            }
            var from = Math.Max(0, measure.Start - 2 - MaxGap);
            var marker = LastMarker(view.AsSpan(from, measure.Start - from));
            if (marker < 0)
            {
                continue;
            }
            var start = from + marker;
            var between = true;
            for (var i = start + 2; i < measure.Start; i++)
            {
                between &= analysis.IsIdeograph(i);
            }
            if (between)
            {
                facts.Add(new Fact
                {
                    Kind = Ratio, Text = analysis.Text[start..measure.End], Start = start, End = measure.End,
                    Value = measure.Value, Max = measure.Max, Unit = measure.Unit + "/户", Approximation = measure.Approximation,
                });
            }
        }
    }

    private static int LastMarker(ReadOnlySpan<char> before) =>
        Math.Max(before.LastIndexOf("户均", StringComparison.Ordinal), before.LastIndexOf("每户", StringComparison.Ordinal));
}
