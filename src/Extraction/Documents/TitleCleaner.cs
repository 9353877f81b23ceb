using System.Text.RegularExpressions;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Documents;

/// <summary>
/// The headline as a reader gives it: the reading view's text (no inline pinyin) without the site's
/// name that reprints and page titles append (…-新華網, …_人民网, … | 央视新闻客户端).
/// </summary>
internal static class TitleCleaner
{
    // A separator, then a site's name: a short run ending in 网, 報, 新闻, 频道 or 客户端 (Data/site-name-endings.tsv).
    // A dash followed by a longer tail is a subtitle (——同心奔小康…) and stays.
    private static readonly Regex SiteSuffix = new(
        $@"\s*(?:[_{Marks.Bars}]|--|[{Marks.Dashes}])\s*[^{Marks.Dashes}\s_{Marks.Bars}]{{1,10}}(?:{BylineWords.Alternation(BylineWords.SiteNameEndings(organisations: false))})$");

    /// <summary>The clean headline, or null when nothing of it is left.</summary>
    public static string? Clean(string? title)
    {
        if (title is null)
        {
            return null;
        }
        var clean = ReadingText.Clean(title);
        var m = SiteSuffix.Match(clean);
        if (m.Success && m.Index > 0)
        {
            clean = clean[..m.Index];
        }
        clean = clean.Trim();
        return clean.Length > 0 ? clean : null;
    }
}
