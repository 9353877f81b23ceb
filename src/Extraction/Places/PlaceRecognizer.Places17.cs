using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// places17: two readings of lists of towns and villages. A coordinator that may open a name (和: 和田, 和平) read as the first
/// character of a town or village right after another unit's suffix (龙烟镇和田桥镇, 丁家村和田家村) joins the two: the name is
/// the one after it (田桥镇, 田家村). And a village between two villages of the same suffix in an enumeration (傑魚里、光復里、
/// 猴硐里) that the suffix grammar refused for its common-word stem (光复) is the list's item too.
/// </summary>
internal sealed partial class PlaceRecognizer
{
    /// <summary>The fewest characters of a name left after the coordinator: a two-character stem and its suffix (田桥镇, not 合村).</summary>
    private const int MinNameAfterCoordinator = 3;

    /// <summary>The most characters of a village read between two listed villages: a three-character stem and its suffix.</summary>
    private const int MaxListedVillageGap = 4;

    /// <summary>
    /// Towns and villages read from a coordinator glued to a unit's suffix before it (龙烟镇|和田桥镇): the coordinator is
    /// dropped when what is left is a name of two stem characters or more, the division table does not have the name as
    /// written (和平村, 和顺镇 stay) and has what is left (田桥镇 371724114, 田家村) or the text named it before: a village the
    /// table lacks either way keeps its 和. The trimmed place takes the parent of the place of its level it is coordinated
    /// with (巨野县龙烟镇和田桥镇: 巨野县). A county or wider (和田县) is left as read. One pass over the mentions.
    /// </summary>
    private static void TrimCoordinatorHeads(ReadOnlySpan<char> view, ScanState state)
    {
        var mentions = state.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.IsAnaphor || m.Start == 0 || m.Level is not (PlaceLevel.Township or PlaceLevel.Village)
                || m.Length - 1 < MinNameAfterCoordinator || m.Name.Length != m.Length || m.Name[0] != view[m.Start])
            {
                continue;
            }
            var head = view[m.Start];
            if (!TextClasses.Coordinators.Contains(head) || TextClasses.Function.Contains(head)
                || !StandaloneInnerStops.Contains(view[m.Start - 1]) || DivisionTable.Default.HasWrittenName(view[m.Start..m.End]))
            {
                continue;
            }
            var name = m.Name[1..];
            if (!DivisionTable.Default.HasWrittenName(name) && state.LearnedNames?.Contains(name) != true)
            {
                continue;
            }
            // The place it is coordinated with ends at the 和: the one added before it in the scan, which reads in text order.
            var parent = k > 0 && mentions[k - 1] is { IsAnaphor: false } before && before.End == m.Start && before.Level == m.Level
                ? before.Parent
                : null;
            mentions[k] = m with { Start = m.Start + 1, Name = name, Parent = parent };
            // A place chained right after it named it as its parent.
            if (k + 1 < mentions.Count && mentions[k + 1].Start == m.End && mentions[k + 1].Parent == m.Name)
            {
                mentions[k + 1] = mentions[k + 1] with { Parent = name };
            }
        }
    }

    /// <summary>
    /// A village between two found villages of the same one-character suffix in an enumeration (A里、B里、C里): the text between
    /// them is the enumeration comma, two or three name characters, that suffix and the comma again, no place covers it, and
    /// the character before the suffix makes no common noun with it (place-suffix-leaders.tsv: 大家里, 公里). The villages'
    /// indices are sorted, not the state's list (sorted only when a village is added); each neighbouring pair is looked at once.
    /// </summary>
    private static void AddListedVillageGaps(ReadOnlySpan<char> view, ScanState state, TakenSpans taken)
    {
        var mentions = state.Mentions;
        var count = mentions.Count;
        // The villages in text order, by index: the state's list keeps its order for the passes after this one.
        List<int>? villages = null;
        for (var k = 0; k < count; k++)
        {
            if (mentions[k] is { Level: PlaceLevel.Village, IsAnaphor: false })
            {
                (villages ??= UnitScratch.Rent()).Add(k);
            }
        }
        if (villages is null)
        {
            return;
        }
        if (villages.Count < 2)
        {
            UnitScratch.Return(villages);
            return;
        }
        villages.Sort((x, y) => mentions[x].Start.CompareTo(mentions[y].Start));
        var added = false;
        for (var v = 0; v + 1 < villages.Count; v++)
        {
            // No place between them: the taken characters of the gap answer that below.
            PlaceMention a = mentions[villages[v]], b = mentions[villages[v + 1]];
            var suffix = view[a.End - 1];
            var start = a.End + 1;
            var end = b.Start - 1;
            var length = end - start;
            if (view[b.End - 1] != suffix || !VillageSuffixes.Chars.Contains(suffix)
                || length < MinNameLength + 1 || length > MaxListedVillageGap
                || !IsEnumerationComma(view[a.End]) || !IsEnumerationComma(view[end]) || view[end - 1] != suffix
                || taken.Overlaps(start, end)
                // 大家里, 公里, 心里: a character before the suffix that makes a common noun (place-suffix-leaders.tsv).
                || (CommonNounLeaders.TryGetValue(suffix.ToString(), out var leaders) && leaders.Contains(view[end - 2], StringComparison.Ordinal)))
            {
                continue;
            }
            var allNameChars = true;
            foreach (var c in view[start..(end - 1)])
            {
                allNameChars &= TextClasses.IsNameChar(c) && !TextClasses.Coordinators.Contains(c);
            }
            if (!allNameChars)
            {
                continue;
            }
            mentions.Add(new PlaceMention(start, end, view[start..end].ToString(), PlaceLevel.Village, null, VillageRank));
            taken.Take(start, end);
            added = true;
        }
        UnitScratch.Return(villages);
        if (added)
        {
            mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>The enumeration comma between listed names: the coordinator that is a punctuation mark (char-classes.tsv).</summary>
    private static bool IsEnumerationComma(char c) => char.IsPunctuation(c) && TextClasses.Coordinators.Contains(c);

    /// <summary>The one-character suffixes of villages (村, Taiwan's 里): place-suffixes.tsv. A holder of its own, so that it is
    /// built after the suffixes it reads (static fields of partial files have no order).</summary>
    private static class VillageSuffixes
    {
        public static readonly System.Buffers.SearchValues<char> Chars = System.Buffers.SearchValues.Create(
            string.Concat(Suffixes.Where(s => s.Level == PlaceLevel.Village && s.Text.Length == 1).Select(s => s.Text)));
    }
}
