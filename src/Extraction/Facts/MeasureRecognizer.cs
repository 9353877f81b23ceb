using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Text;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// Measures: area, length, volume, weight and power (亩 公顷 平方米 公里 吨 千瓦…), the number in the
/// unit as written, Taiwan's units kept (公尺, 坪), 万/亿 applied, 一吨半 = 1.5.
/// </summary>
internal static class MeasureRecognizer
{
    /// <summary>Measure units that, after a lone Chinese digit (or an Arabic one after 曾), count times instead (grammar-words.tsv, role times-measure: 度).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> TimesMeasures =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(Grammar.Words("times-measure"), StringComparer.Ordinal);

    /// <summary>Words after which a lone Arabic digit and 度 count times (grammar-words.tsv, role times-measure-before: 曾3度).</summary>
    private static readonly string[] TimesMeasureBefore = Grammar.Words("times-measure-before");

    /// <summary>All measure facts of a text, in order.</summary>
    public static IReadOnlyList<Fact> Recognize(string text) => QuantityScanner.Scan(text, null, FactKinds.Measure);

    /// <summary>Completes a number followed by a measure unit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryComplete(ReadOnlySpan<char> text, in NumberPhrase phrase, UnitEntry unit, int unitStart, int unitLength, ref QuantityCandidate candidate)
    {
        var end = unitStart + unitLength;
        if (end < text.Length && NumeralChars.IsLatinLetter(text[end]))
        {
            return false; // kmh, kgs: not the unit we know
        }
        if (phrase.End == phrase.Start + 1 && TimesMeasures.Contains(unit.Unit)
            && (phrase.Style != NumeralStyle.Arabic || WordMatch.EndsWithAny(text[..phrase.Start], TimesMeasureBefore)))
        {
            return false; // 一度陷入困境, 三度访华, 曾3度結婚: a lone digit and 度 say "once", "three times"; 10多度, 零下5度, 5度电 are measures
        }
        candidate.Kind = FactKinds.Measure;
        candidate.Unit = unit.Unit;
        if (end < text.Length && text[end] == Grammar.Half && phrase.Max is null && phrase.Value == decimal.Truncate(phrase.Value) && !phrase.HasMultiplier)
        {
            candidate.Value += 0.5m;
            end++;
        }
        candidate.End = end;
        return true;
    }
}
