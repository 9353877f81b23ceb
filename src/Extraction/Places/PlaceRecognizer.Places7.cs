using System.Collections.Frozen;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// places7: names listed short and closed by 等 before their count and level (大埤、褒忠、台西、東勢、麥寮等5鄉鎮): the
/// counted list reads them as it reads 翁堵、立桂、翁兴、立木山4个村.
/// </summary>
internal sealed partial class PlaceRecognizer
{
    /// <summary>
    /// The words that close a list of names before a count (等 of 江西荷谷源、福建天力等种业公司): org-list-heads.tsv, use
    /// mark, the organisation recognizer's list, whose grammar this is.
    /// </summary>
    private static readonly string[] ListClosers = [.. WordLists.Get("org-list-heads").Where("use", "mark").Select(r => r[0])];

    /// <summary>
    /// Where the last name of a counted list ends, given where its count starts: right before the count, or before a
    /// list-closing word there (麥寮|等|5鄉鎮).
    /// </summary>
    private static int ListBeforeCountEnd(ReadOnlySpan<char> view, int numStart)
    {
        var before = view[..numStart];
        foreach (var closer in ListClosers)
        {
            if (before.EndsWith(closer, StringComparison.Ordinal))
            {
                return numStart - closer.Length;
            }
        }
        return numStart;
    }

    /// <summary>The suffixes a name of each level may stand with (乡 and 镇 for a township), in list order.</summary>
    private static readonly FrozenDictionary<PlaceLevel, string[]> StandaloneSuffixesByLevel =
        Suffixes.Where(x => x.Use == SuffixUse.Standalone).GroupBy(x => x.Level).ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Text).ToArray());

    /// <summary>
    /// The start of the longest name ending at <paramref name="end"/> that, with a suffix of <paramref name="level"/>, is a
    /// unit the table or the gazetteer knows (会勘|大埤 of 会勘大埤、褒忠…等5乡镇: 大埤乡 is a township of 云林县), or -1:
    /// the first name of a counted list glued to the verb before it. Read only where a counted list's first name is not found.
    /// </summary>
    private int KnownUnitStemStart(ReadOnlySpan<char> view, int end, PlaceLevel level)
    {
        for (var length = MaxCountedListName; length >= MinNameLength; length--)
        {
            if (end - length < 0)
            {
                continue;
            }
            if (IsKnownUnitStem(view[(end - length)..end], level))
            {
                return end - length;
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether <paramref name="name"/> with a suffix of <paramref name="level"/> is a unit the table or the gazetteer knows
    /// (台西 of 台西乡, 东势 of 东势乡: listed short, they are no common words). Read only for a counted list's names.
    /// </summary>
    private bool IsKnownUnitStem(ReadOnlySpan<char> name, PlaceLevel level)
    {
        if (!StandaloneSuffixesByLevel.TryGetValue(level, out var suffixes))
        {
            return false;
        }
        foreach (var suffix in suffixes)
        {
            var written = string.Concat(name, suffix);
            if (DivisionTable.Default.HasWrittenName(written) || gazetteer.Find(written).Count > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The first name of a counted list without the word glued before it: a tail the table or gazetteer knows with a suffix
    /// of the list's level when the whole is none (会勘|大埤 of 会勘大埤、褒忠…等5乡镇), else the name after a verb of jieba's
    /// dictionary (走访|东河 of 走访东河、西河两个乡) when the rest is a name's length.
    /// </summary>
    private (int Start, int End) FirstListedName(ReadOnlySpan<char> view, (int Start, int End) name, PlaceLevel level)
    {
        var length = name.End - name.Start;
        if (length <= MinNameLength)
        {
            return name;
        }
        if (!IsKnownUnitStem(view[name.Start..name.End], level))
        {
            for (var tail = length - 1; tail >= MinNameLength; tail--)
            {
                if (IsKnownUnitStem(view[(name.End - tail)..name.End], level))
                {
                    return (name.End - tail, name.End);
                }
            }
        }
        return length >= 2 * MinNameLength && StartsWithVerb(view[name.Start..name.End]) ? (name.Start + MinNameLength, name.End) : name;
    }
}
