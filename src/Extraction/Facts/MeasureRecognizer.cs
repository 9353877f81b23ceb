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

    /// <summary>Measure units that count parties after the list that names them (grammar-words.tsv, role parties-measure: 甲、乙、丙三方;
    /// 签订三方协议 none; 混凝土300方, 回填土8方 are volumes).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PartiesMeasures =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(Grammar.Words("parties-measure"), StringComparer.Ordinal);

    /// <summary>Words after which a lone Arabic digit and a parties-measure unit count parties with no list before (grammar-words.tsv,
    /// role parties-measure-after: 由3方共同出资; 浇筑混凝土5方 is a volume).</summary>
    private static readonly string[] PartiesAfter = Grammar.Words("parties-measure-after");

    /// <summary>The smallest number that a parties-measure unit after a whole Arabic number takes as a volume (3方共同出资 may count parties, 15方 is always a volume).</summary>
    private const int PartiesBelow = 10;

    /// <summary>How far back a list mark may stand before the number that sums the parties up (村集体、农户和合作社的三方).</summary>
    private const int PartiesListWindow = 16;

    /// <summary>Whether a list mark (、) stands before <paramref name="start"/> with only Chinese characters between: the parties were just named.</summary>
    private static bool FollowsList(ReadOnlySpan<char> text, int start)
    {
        for (var k = start - 1; k >= 0 && start - k <= PartiesListWindow; k--)
        {
            if (text[k] == Marks.ListComma)
            {
                return true;
            }
            if (!NumeralChars.IsIdeograph(text[k]))
            {
                return false;
            }
        }
        return false;
    }

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
        if (PartiesMeasures.Contains(unit.Unit) && (phrase.Style != NumeralStyle.Arabic
            || (phrase.Value < PartiesBelow && phrase.Max is null && !phrase.HasDecimal && !phrase.HasMultiplier)))
        {
            // 甲、乙、丙三方, 村集体、农户和合作社的三方, 由3方共同出资: parties, counted as a noun classifier is, right after the
            // list that names them or (a lone Arabic digit) before a word the parties do together; 第3方检测, 第三方: an
            // ordinal, no fact; 签订三方协议, 带向四方, 一方水土: no fact; 回填土8方, 混凝土300方, 1.2万方 are volumes.
            if (phrase.Start > 0 && text[phrase.Start - 1] == Grammar.Ordinal)
            {
                return false;
            }
            if (FollowsList(text, phrase.Start) || (phrase.Style == NumeralStyle.Arabic && Grammar.StartsWithAny(text, end, PartiesAfter)))
            {
                return CountRecognizer.TryComplete(text, phrase, new UnitEntry(UnitKind.NounCount, unit.Unit), unitStart, unitLength, ref candidate);
            }
            if (phrase.Style != NumeralStyle.Arabic)
            {
                return false;
            }
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
