using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Links;

// Where an organisation's name stands says it does not act there: a building of the body (村委会大楼楼顶…), a distance's
// reference point (距离镇政府), the source a story is filed from (来源：青阳县人民政府); a place word as a clause's subject (该村).
internal static partial class FactLinker
{
    /// <summary>
    /// Whether the organisation's name, where it stands, names no agent: a word of a site follows it (莲中村委会大楼楼顶380平方米…:
    /// where the plant stands; 新圩村委会鹤田自然村: a settlement's address, <see cref="IsAddressBefore"/>), a distance word opens it or stands before it in its clause (距离镇政府1.5公里: <see cref="DistanceWordBefore"/>), or a source label and a colon precede it (发布时间:2020-09-29 来源:青阳县人民政府: who published
    /// the page, not who spent its money).
    /// </summary>
    private static bool StandsAsNoAgent(string text, Cut cut, Fact f)
    {
        if (f.Kind != FactKinds.Organization)
        {
            return false;
        }
        if (LinkWords.At(text, f.End, LinkWords.Sites) is not null || IsAddressBefore(text, f))
        {
            return true;
        }
        // 距离镇政府1.5公里 (the recognizer may take the distance word into the name): the body is a distance's reference point.
        if (cut.ClauseStarts.Count > 0 && DistanceWordBefore(text, cut.ClauseStarts[cut.ClauseOf(f.Start, cut.ClauseStarts.Count - 1)], f))
        {
            return true;
        }
        var k = f.Start;
        while (k > 0 && text[k - 1] == ' ')
        {
            k--;
        }
        return k > 0 && Marks.Colons.Contains(text[k - 1])
            && LinkWords.Before(text, k - 1, Math.Max(0, k - 1 - MaxSourceLabel), LinkWords.SourceLabels) is not null;
    }

    /// <summary>The length of the longest source label (來源, 稿源): how far before the colon one is looked for.</summary>
    private static readonly int MaxSourceLabel = LinkWords.SourceLabels.Max(w => w.Length);

    /// <summary>
    /// Merges the places of one level with no code that are one unit named short and in full (南投全縣 and 南投縣: <see cref="ShortFormOf"/>)
    /// into one entry of <paramref name="places"/> (best mention, mentions summed): the document names that unit, not two.
    /// </summary>
    private static void MergeShortForms(List<Fact> facts, List<(int Best, int Mentions)> places)
    {
        if (places.Count > FewPlacesPaired && MergeShortFormsByName(facts, places))
        {
            return;
        }
        for (var a = 0; a < places.Count; a++)
        {
            for (var b = places.Count - 1; b > a; b--)
            {
                var (x, y) = (facts[places[a].Best], facts[places[b].Best]);
                if (ShortFormOf(x, y))
                {
                    places[a] = (Better(y, x) ? places[b].Best : places[a].Best, places[a].Mentions + places[b].Mentions);
                    places.RemoveAt(b);
                }
            }
        }
    }

    /// <summary>Up to this many places of one level, every pair is tested; more (a text of thousands of villages) are looked up by name.</summary>
    private const int FewPlacesPaired = 16;

    /// <summary>
    /// <see cref="MergeShortForms"/> for many places, with the same merges in the same order: for each place, the places after it that
    /// are its short or full form (its name with a level suffix added or taken off) are found by name, not by testing every pair.
    /// Each place merged is marked and the list compacted once at the end (no removal in the middle of the list per merge).
    /// False, with nothing changed, when two places with no code have one name (OnlyOne makes none such): the pairs are tested then.
    /// </summary>
    private static bool MergeShortFormsByName(List<Fact> facts, List<(int Best, int Mentions)> places)
    {
        // The index of each entry whose best mention has no code, by that mention's name (unique: OnlyOne keys such places by name).
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < places.Count; k++)
        {
            if (facts[places[k].Best] is { Code: null, Name: { } name } && !byName.TryAdd(name, k))
            {
                return false;
            }
        }
        var merged = new bool[places.Count];
        for (var a = 0; a < places.Count; a++)
        {
            if (merged[a])
            {
                continue;
            }
            // The pair loop tests b from the last entry down to a + 1 against a's best mention as it stands then: the highest
            // b below the last one merged that is a short or full form of it, again until none.
            var below = places.Count;
            while (ShortFormBelow(facts, places, byName, merged, a, below) is var b && b > a)
            {
                var (x, y) = (facts[places[a].Best], facts[places[b].Best]);
                places[a] = (Better(y, x) ? places[b].Best : places[a].Best, places[a].Mentions + places[b].Mentions);
                merged[b] = true;
                byName.Remove(y.Name!);
                if (!ReferenceEquals(facts[places[a].Best], x))
                {
                    byName.Remove(x.Name!);
                    byName[facts[places[a].Best].Name!] = a;
                }
                below = b;
            }
        }
        var kept = 0;
        for (var k = 0; k < places.Count; k++)
        {
            if (!merged[k])
            {
                places[kept++] = places[k];
            }
        }
        places.RemoveRange(kept, places.Count - kept);
        return true;
    }

    /// <summary>
    /// The highest entry in <c>(a, below)</c>, not merged, whose best mention is a short or full form of entry <paramref name="a"/>'s
    /// (<see cref="ShortFormOf"/>), or -1.
    /// </summary>
    private static int ShortFormBelow(List<Fact> facts, List<(int Best, int Mentions)> places, Dictionary<string, int> byName, bool[] merged, int a, int below)
    {
        var x = facts[places[a].Best];
        if (x.Code is not null || x.Name is not { } name)
        {
            return -1;
        }
        var found = -1;
        foreach (var (suffix, _) in LinkWords.LevelSuffixes)
        {
            Consider(name + suffix);
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                Consider(name[..^suffix.Length]);
            }
        }
        return found;

        void Consider(string other)
        {
            if (byName.TryGetValue(other, out var b) && b > a && b < below && b > found && !merged[b] && ShortFormOf(x, facts[places[b].Best]))
            {
                found = b;
            }
        }
    }

    /// <summary>
    /// The full name the document gives a unit with no code that <paramref name="place"/> names short (南投 of 南投全縣, with
    /// 南投縣 named elsewhere → 南投县), or null when it gives none: the last such name, read straight from the facts of a
    /// text with few (a line's), else from the map of <see cref="FullForms"/>, made once per call into <paramref name="fullForms"/>.
    /// </summary>
    private static string? FullFormNamed(List<Fact> facts, Fact place, ref Dictionary<(string, PlaceLevel), string>? fullForms)
    {
        if (place.Name is not { } shortName || place.Level is not { } level)
        {
            return null;
        }
        if (facts.Count > FewFactsScanned)
        {
            return (fullForms ??= FullForms(facts)).TryGetValue((shortName, level), out var named) ? named : null;
        }
        string? full = null;
        foreach (var f in facts)
        {
            if (f.Kind == FactKinds.Place && f.Name is { } name && name.Length > shortName.Length && ShortFormOf(f, place))
            {
                full = name;
            }
        }
        return full;
    }

    /// <summary>
    /// Each short form (name and level) of the units with no code the document names in full (南投縣 → 南投, county), mapped
    /// to the last full name that has it: the short form and a level suffix of <see cref="ShortFormOf"/>.
    /// </summary>
    private static Dictionary<(string, PlaceLevel), string> FullForms(List<Fact> facts)
    {
        var forms = new Dictionary<(string, PlaceLevel), string>();
        foreach (var f in facts)
        {
            if (f.Kind != FactKinds.Place || f.Code is not null || f.Name is not { } name || f.Level is not { } level)
            {
                continue;
            }
            foreach (var (suffix, _) in LinkWords.LevelSuffixes)
            {
                if (name.Length - suffix.Length >= 2 && name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    forms[(name[..^suffix.Length], level)] = name;
                }
            }
        }
        return forms;
    }

    /// <summary>
    /// Whether a word that stands for a place named before (该村, 全乡: at <paramref name="placeWords"/>) opens a clause in
    /// <c>[start, end)</c>: the place is the subject there (…村党总支…利用闲置空间。该村投入70万元: the village spends, and the
    /// subject of the sentence before is not handed on); not where a team's word follows it in its clause (該連“訪惠聚”工作隊…).
    /// </summary>
    private static bool PlaceWordOpens(string text, List<Fact> facts, Cut cut, List<int>? placeWords, int start, int end, List<int>?[] clauseDates)
    {
        if (placeWords is null)
        {
            return false;
        }
        foreach (var at in placeWords)
        {
            if (at >= start && at < end)
            {
                var c = cut.ClauseOf(at, cut.ClauseStarts.Count - 1);
                // Not the team's station before its word (該連“訪惠聚”工作隊聯合…發放): the team is the subject there.
                if (OpensClause(text, facts, cut.ClauseStarts[c], at, clauseDates[c])
                    && LinkWords.LastIndexOf(text, at, Math.Min(end, cut.ClauseEnd(c)), LinkWords.TeamWords) < 0)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// A government's territory chosen in the number's clause with no place inside it named before the number (補助花蓮市公所78萬元，
    /// 進行民意里活動中心…): the one place inside that territory the sentence names after the number, where the money goes; None
    /// when it names none there or several (…500萬元，其中甲村…、乙村…: the territory's total).
    /// </summary>
    private static int FundedPlaceAfter(Gazetteer? gazetteer, List<Fact> facts, List<Mention>? sentenceMentions, int territory, int numberEnd)
    {
        if (sentenceMentions is null)
        {
            return None;
        }
        var found = None;
        foreach (var m in sentenceMentions)
        {
            var p = facts[m.Fact];
            if (m.Start < numberEnd || m.Fact == territory || Rank(p.Level) <= Rank(facts[territory].Level) || !Within(gazetteer, p, facts[territory]))
            {
                continue;
            }
            if (found >= 0 && !Same(facts[found], p))
            {
                return None;
            }
            found = found >= 0 && Better(facts[found], p) ? found : m.Fact;
        }
        return found;
    }

    /// <summary>
    /// Whether a word of a year counted back from the year of writing (去年) stands before the number in its clause (the
    /// linker's clause, from its start to the number): the clause says its own year, which no date in a later clause replaces.
    /// Not inside another word, where the date recognizer reads no year either (过去年均, 以前年度: Facts' grammar-chars.tsv),
    /// nor after a word of comparison (比去年, 较去年同期: <see cref="LinkWords.Baseline"/>): a baseline's year is not the number's.
    /// </summary>
    private static bool OwnYearBefore(string text, Cut cut, Fact number)
    {
        var start = cut.ClauseStarts.Count == 0 ? 0 : cut.ClauseStarts[cut.ClauseOf(number.Start, cut.ClauseStarts.Count - 1)];
        foreach (var word in OwnTimeWords.OwnYears)
        {
            for (var at = start; at < number.Start && text.AsSpan(at, number.Start - at).IndexOf(word, StringComparison.Ordinal) is var k and >= 0; at += k + word.Length)
            {
                var w = at + k;
                if ((w == 0 || !OwnTimeWords.NotOwnYearAfter.Contains(text[w - 1])) && LinkWords.Before(text, w, start, LinkWords.Baseline) is null)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
