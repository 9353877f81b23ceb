using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// places5: a village named in full and then by its stem, where the division table cannot give the stem: the village's name
/// is borne by too many units to read its county from (大灣村 in 金寨县, 和平村) or by none (赵家洼村, moved away in 2017).
/// </summary>
internal sealed partial class PlaceRecognizer
{
    /// <summary>
    /// Adds the stem of a village named with its one-character ending (大湾 of 大湾村), unless the stem is a description
    /// (贫困, 示范), starts with a verb, or is a frequent word of another kind (和平 of 和平村, 幸福 of 幸福村).
    /// </summary>
    private static void AddOwnVillageStem(string name, List<string> stems, List<PlaceLevel> levels, HashSet<string> seen)
    {
        foreach (var suffix in Suffixes)
        {
            if (suffix.Level != PlaceLevel.Village || suffix.Use != SuffixUse.Standalone || suffix.Text.Length != 1
                || name.Length <= suffix.Text.Length + MinNameLength - 1 || !name.EndsWith(suffix.Text, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = name[..^suffix.Text.Length];
            var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
            if (IsGenericOrVerb(stem, PlaceLevel.Village)
                || (lexicon.Frequency(stem) > MaxNounFrequency && lexicon.Tag(stem) != PlaceNameTag)
                || !seen.Add(stem))
            {
                return;
            }
            stems.Add(stem);
            levels.Add(PlaceLevel.Village);
            return;
        }
    }

    /// <summary>Whether a clause-opening verb (leading-verbs.tsv: 发展, 依托) ends right before <paramref name="start"/>.</summary>
    private static bool LeadingVerbEndsAt(ReadOnlySpan<char> view, int start) => WordMatch.EndsWithAny(view[..start], LeadingVerbs);

    /// <summary>
    /// Whether a township of Hong Kong or Taiwan (锦田, 八乡 of the New Territories) is here the stem of a mainland village the
    /// table knows (福建仙游县锦田村, 宝安区厦村社区): its name and the village suffix after it.
    /// </summary>
    private bool IsTableVillageStem(ReadOnlySpan<char> view, int p, int end, GazetteerEntry entry) =>
        useTable && entry.Level == PlaceLevel.Township && end < view.Length
        && MatchSuffix(view, end) is { Level: PlaceLevel.Village } suffix
        && gazetteer.IsInProvinceOutside(DivisionTable.Default, entry)
        && DivisionTable.Default.HasWrittenName(view[p..(end + suffix.Text.Length)]);
}
