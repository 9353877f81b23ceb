using System.Buffers;

namespace WorkTeam.Extraction.Resources;

/// <summary>
/// Character classes drawn from the one list of place suffixes (Places/Data/place-suffixes.tsv), for the
/// stages that need to know a place's ending without reading places: the byline reader, the count and
/// person recognizers. Here, beside the word lists, so that no lower stage names Places.
/// </summary>
internal static class PlaceSuffixChars
{
    private static readonly Lazy<(SearchValues<char> Simplified, SearchValues<char> BothScripts, SearchValues<char> NameEndings)> Sets = new(Build);

    /// <summary>The one-character suffixes of administrative places (省 市 县 … 村 团 队 连), simplified: not 岛 (level other).</summary>
    public static SearchValues<char> Administrative => Sets.Value.Simplified;

    /// <summary>The same in both scripts (縣 區 鄉 鎮 …).</summary>
    public static SearchValues<char> AdministrativeBothScripts => Sets.Value.BothScripts;

    /// <summary>
    /// The endings of a village's or town's own name: the standalone suffixes at county level or below (县 市 乡 镇 村),
    /// in both scripts, and the endings of village-name-endings.tsv (屯 沟 庄 …).
    /// </summary>
    public static SearchValues<char> VillageNameEndings => Sets.Value.NameEndings;

    private static (SearchValues<char>, SearchValues<char>, SearchValues<char>) Build()
    {
        var suffixes = WordLists.Get("place-suffixes");
        int traditional = suffixes.Column("traditional"), level = suffixes.Column("level");
        var administrative = suffixes.Rows.Where(r => r[0].Length == 1 && r[level] != "other").ToArray();
        var simplified = string.Concat(administrative.Select(r => r[0]));
        var both = simplified + string.Concat(administrative.Select(r => r[traditional]));
        // A village's own name ends like the standalone places at county level or below (五家子村, 五棵树镇), not like
        // a team or company (两支救援队 is no place) nor a province.
        int use = suffixes.Column("use");
        var standalone = administrative.Where(r => r[use] == "standalone" && r[level] is ("county" or "township" or "village")).ToArray();
        var endings = WordLists.Get("village-name-endings");
        var names = string.Concat(standalone.Select(r => r[0])) + string.Concat(standalone.Select(r => r[traditional]))
            + string.Concat(endings.Values()) + string.Concat(endings.Values("traditional"));
        return (SearchValues.Create(simplified), SearchValues.Create(string.Concat(both.Distinct())), SearchValues.Create(string.Concat(names.Distinct())));
    }
}
