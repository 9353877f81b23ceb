using WorkTeam.Extraction.Collections;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// Gives each place of a document its unit in the <see cref="DivisionTable"/> when the evidence singles
/// one out: the chain the sentence writes (民丰县若克雅乡劳光村), then names that only one unit bears,
/// then the places named elsewhere in the document (its county, prefecture, province: the nearest level
/// that leaves any candidate decides, and only when it leaves one), then an earlier resolved mention of
/// the same name. A village name is shared by a median of 4 villages nationally: without such evidence
/// the place keeps no unit rather than a guessed one.
/// </summary>
internal static partial class DivisionResolver
{
    /// <summary>A name that more units bear than this is not worth a candidate list (none will be singled out by a chain alone).</summary>
    private const int MaxCandidates = 4096;

    /// <summary>The unit of each mention (index into <paramref name="table"/>), or -1.</summary>
    /// <param name="table">The division table.</param>
    /// <param name="gazetteer">The analyzer's gazetteer: its short forms and its places outside the table.</param>
    /// <param name="mentions">The places found, in text order.</param>
    /// <param name="view">The text they were found in (its simplified view), or empty: it shows a place tied to the one before it by a possessive (桐城市的西湖村).</param>
    public static int[] Resolve(DivisionTable table, Gazetteer gazetteer, List<PlaceMention> mentions, ReadOnlySpan<char> view = default)
    {
        int n = mentions.Count;
        if (n == 0)
        {
            return []; // most lines name no place: nothing to allocate
        }
        var units = new int[n];
        Array.Fill(units, -1);
        // The candidate lists and the arrays that hold them are the thread's, handed back at the end: a line
        // with places allocated a list per place, two sets and an array, most of what this stage allocated.
        var lists = ResolverScratch.Take();
        var candidates = lists.Candidates(n);
        var scratch = UnitScratch.Rent();
        for (int i = 0; i < n; i++)
        {
            var m = mentions[i];
            if (m.IsAnaphor || m.Level is < PlaceLevel.Province or > PlaceLevel.Village)
            {
                continue;
            }
            List<int>? same = null, near = null;
            foreach (var u in UnitsNamed(table, m.Name, scratch))
            {
                var level = table.LevelOf(u);
                if (level == m.Level)
                {
                    (same ??= lists.Rent()).Add(u);
                }
                else if (IsCityLevelSwap(level, m.Level))
                {
                    (near ??= lists.Rent()).Add(u);
                }
            }
            // places9: a short form our gazetteer gives a unit of the mention's level (巴州 for 巴音郭楞蒙古自治州) is that
            // unit before a unit of the other city level that merely shares the stem (巴州区 of 巴中).
            var found = same ?? (near is null ? UnitsOfFullName(table, gazetteer, m) : UnitsOfFullName(table, gazetteer, m) ?? near);
            if (found is not null && found.Count <= MaxCandidates)
            {
                candidates[i] = found;
            }
        }
        UnitScratch.Return(scratch);

        // Below a place of a province the NBS list lacks (Taiwan, Hong Kong, Macau: 花蓮縣秀林鄉, 宜蘭縣三星鄉), a
        // township or village is none of the mainland's units that share its name; and a text that names such
        // a place below its province is about it, so a name one mainland unit bears is not that unit unless the
        // text names its province (干城村 of 吉安鄉 in a Hualien report is not Guangxi's 干城村).
        var outside = false;
        for (int i = 0; i < n; i++)
        {
            if (IsBelowProvinceOutsideTable(table, gazetteer, mentions[i]))
            {
                outside = true;
                // 新北市 is Taiwan's, not the table's 新北区 of Changzhou (a 市 renamed 区).
                candidates[i] = null;
                for (int k = i + 1; k < n && mentions[k].Start == mentions[k - 1].End && mentions[k].Parent is not null && mentions[k].Rank > mentions[k - 1].Rank; k++)
                {
                    candidates[k] = null;
                }
            }
        }
        // A name the chain showed the table lacks where the text puts it is not resolved elsewhere in the document either.
        HashSet<string>? absent = null; // made at the first such name: most lines have none
        NarrowByChains(table, mentions, candidates, ref absent);
        DropNaturalVillages(mentions, candidates, ref absent);
        NarrowByPossessives(table, mentions, candidates, view);
        for (int i = 0; absent is not null && i < n; i++)
        {
            bool inChain = (i > 0 && mentions[i - 1].End == mentions[i].Start && mentions[i].Parent is not null)
                || (i + 1 < n && mentions[i + 1].Start == mentions[i].End && mentions[i + 1].Parent is not null);
            if (candidates[i] is not null && !inChain && absent.Contains(mentions[i].Name))
            {
                candidates[i] = null;
            }
        }
        // Names one unit bears: counties and above at once; a township or village only inside a province the
        // document names (a village the table lacks may share its name with one unit far away). Only asked
        // whether it is empty or holds a province: a list of the few, not a set.
        var provinces = lists.Provinces();
        if (outside)
        {
            provinces.Add(-1); // a place outside the table is named: a township or village alone needs its province named too
        }
        for (int i = 0; i < n; i++)
        {
            // In a text about a place the table lacks (a Hong Kong or Taiwan story), a name written without its ending
            // outside a chain is that region's (馬鞍山 above 井頭村 in 西貢 is no 马鞍山市 of Anhui).
            if (candidates[i] is { Count: 1 } one && table.LevelOf(one[0]) <= PlaceLevel.County
                && !(outside && table.LevelOf(one[0]) > PlaceLevel.Province && IsWrittenShort(table, one[0], mentions[i].Name) && !InChain(mentions, i)))
            {
                units[i] = one[0];
                provinces.Add(AncestorAt(table, one[0], PlaceLevel.Province) is var p && p >= 0 ? p : one[0]);
            }
        }
        for (int i = 0; i < n; i++)
        {
            if (units[i] < 0 && candidates[i] is { Count: 1 } one && (provinces.Count == 0 || provinces.Contains(AncestorAt(table, one[0], PlaceLevel.Province))))
            {
                units[i] = one[0];
            }
        }
        // Issue 10: one's own places known only by the unit holding them stand for that unit, as a resolved place would.
        var holders = gazetteer.HasParentCodesOnly ? OwnHolders(table, gazetteer, mentions, candidates, units, provinces) : null;
        if (holders is not null)
        {
            ResolveByOwnHolders(table, candidates, units, holders);
        }
        for (int pass = 0; pass < 3 && ResolveByDocument(table, candidates, units, holders); pass++)
        {
        }
        ResolveRepeatedNames(mentions, candidates, units);
        ResolveStems(table, mentions, candidates, units);
        ResolveShortChildren(table, mentions, candidates, units);
        lists.Release(n);
        return units;
    }

    /// <summary>The most names <see cref="UnitsNamed"/> remembers on a thread before it starts again (~200 KB).</summary>
    private const int MaxRememberedNames = 4096;

    /// <summary>
    /// The units <see cref="DivisionTable.FindUnits"/> gives <paramref name="name"/>, remembered on the thread for the
    /// table: texts name the same places again and again (中国, 北京, their province), and the table's lookups for a
    /// name (written, official, former and short forms) were two fifths of this stage.
    /// </summary>
    private static int[] UnitsNamed(DivisionTable table, string name, List<int> scratch)
    {
        var memo = namedUnits ??= new NamedUnits();
        if (memo.Table != table)
        {
            memo.Table = table;
            memo.ByName.Clear();
        }
        if (!memo.ByName.TryGetValue(name, out var units))
        {
            scratch.Clear();
            table.FindUnits(name, scratch);
            units = scratch.Count == 0 ? [] : [.. scratch];
            if (memo.ByName.Count >= MaxRememberedNames)
            {
                memo.ByName.Clear();
            }
            memo.ByName[name] = units;
        }
        return units;
    }

    [ThreadStatic]
    private static NamedUnits? namedUnits;

    /// <summary>One thread's remembered units by name, for one table (the last it resolved with).</summary>
    private sealed class NamedUnits
    {
        public DivisionTable? Table;
        public readonly Dictionary<string, int[]> ByName = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// The thread's candidate lists, the array that holds them and the list of provinces, taken for one call of
    /// <see cref="Resolve"/> and given back at its end (a nested or failed call makes its own).
    /// </summary>
    private sealed class ResolverScratch
    {
        [ThreadStatic]
        private static ResolverScratch? spare;

        private List<int>?[] candidates = new List<int>?[16];
        private readonly ListLender<int> lists = new(int.MaxValue, MaxKeptCapacity);
        private readonly List<int> provinces = [];

        public static ResolverScratch Take()
        {
            var scratch = spare ?? new ResolverScratch();
            spare = null;
            return scratch;
        }

        /// <summary>An array of at least <paramref name="n"/> empty slots.</summary>
        public List<int>?[] Candidates(int n)
        {
            if (candidates.Length < n)
            {
                candidates = new List<int>?[Math.Max(n, candidates.Length * 2)];
            }
            return candidates;
        }

        /// <summary>An empty list that stays this call's until <see cref="Release"/>.</summary>
        public List<int> Rent() => lists.Lend();

        public List<int> Provinces()
        {
            provinces.Clear();
            return provinces;
        }

        /// <summary>Takes every list back and clears the first <paramref name="n"/> slots; large ones are let go.</summary>
        public void Release(int n)
        {
            Array.Clear(candidates, 0, n);
            lists.TakeBackAll();
            if (candidates.Length <= MaxKeptCapacity)
            {
                spare = this;
            }
        }

        private const int MaxKeptCapacity = 1 << 14;
    }

    /// <summary>Whether the unit's name is written here without its ending (马鞍山 for 马鞍山市).</summary>
    private static bool IsWrittenShort(DivisionTable table, int unit, string name) =>
        table.WrittenEndingLength(unit) > 0 && table.Stem(unit).SequenceEqual(name);

    /// <summary>Whether mention <paramref name="i"/> is directly joined to a place before or after it.</summary>
    private static bool InChain(List<PlaceMention> mentions, int i) =>
        (i > 0 && mentions[i - 1].End == mentions[i].Start && mentions[i].Parent is not null)
        || (i + 1 < mentions.Count && mentions[i + 1].Start == mentions[i].End && mentions[i + 1].Parent is not null);

    /// <summary>
    /// Whether <paramref name="m"/> is a place of our gazetteer below a province the division table lacks
    /// (a Taiwan county or city, a district of Hong Kong): the table's same-named units are elsewhere.
    /// </summary>
    private static bool IsBelowProvinceOutsideTable(DivisionTable table, Gazetteer gazetteer, PlaceMention m)
    {
        if (m.IsAnaphor || m.Level <= PlaceLevel.Province || !gazetteer.TryGetKeys(m.Name, out var hits))
        {
            return false;
        }
        foreach (var hit in hits)
        {
            if (hit.Entry.Level == m.Level && gazetteer.IsInProvinceOutside(table, hit.Entry))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The units of the gazetteer's full name for a short form the table does not know at the mention's level:
    /// 木垒 is 木垒哈萨克自治县, whose stem in the table is 木垒哈萨克. Null when there is none.
    /// </summary>
    private static List<int>? UnitsOfFullName(DivisionTable table, Gazetteer gazetteer, PlaceMention m)
    {
        if (!gazetteer.TryGetKeys(m.Name, out var hits))
        {
            return null;
        }
        List<int>? found = null;
        foreach (var hit in hits)
        {
            if (!hit.IsAlias || hit.Entry.Level != m.Level)
            {
                continue;
            }
            // A short form of a place the file gives the table's code (沙枣泉 for 劳光村 653227201200) is that unit alone,
            // not every unit its full name names; one of a code the table lacks is none of them (OwnCodes gives its code).
            if (hit.Entry.Code is { } own)
            {
                if (table.IndexOfCode(own) is var coded and >= 0 && !(found ??= []).Contains(coded))
                {
                    found.Add(coded);
                }
                continue;
            }
            var units = new List<int>();
            table.FindUnits(hit.Entry.Name, units);
            foreach (var u in units)
            {
                if (table.LevelOf(u) == m.Level && !(found ??= []).Contains(u))
                {
                    found.Add(u);
                }
            }
        }
        return found;
    }

    /// <summary>
    /// A name the table has no unit of that is the stem of a unit the document resolved (关河 after 关河村 in
    /// 无为市蜀山镇关河村) is that unit, when only one resolved unit of its level has that stem.
    /// </summary>
    private static void ResolveStems(DivisionTable table, List<PlaceMention> mentions, List<int>?[] candidates, int[] units)
    {
        // Only a place with no candidate and no unit can take one: without such a place, no stems to gather.
        var open = false;
        for (int i = 0; i < units.Length && !open; i++)
        {
            open = units[i] < 0 && candidates[i] is null && !mentions[i].IsAnaphor;
        }
        if (!open)
        {
            return;
        }
        Dictionary<string, int>? byStem = null;
        for (int i = 0; i < units.Length; i++)
        {
            if (units[i] < 0 || table.WrittenEndingLength(units[i]) == 0)
            {
                continue;
            }
            byStem ??= new(StringComparer.Ordinal);
            var stem = table.Stem(units[i]).ToString();
            byStem[stem] = byStem.TryGetValue(stem, out var other) && other != units[i] ? -1 : units[i];
        }
        if (byStem is null)
        {
            return;
        }
        for (int i = 0; i < units.Length; i++)
        {
            if (units[i] < 0 && candidates[i] is null && !mentions[i].IsAnaphor
                && byStem.TryGetValue(mentions[i].Name, out var u) && u >= 0 && table.LevelOf(u) == mentions[i].Level)
            {
                units[i] = u;
            }
        }
    }

    /// <summary>
    /// A township or village written without its ending that the table finds under no name of its own (立桂 in
    /// 翁堵乡在翁堵、立桂、翁兴、立木山4个村) is the unit of that stem directly under a unit the document resolved
    /// (立桂村 of 翁堵镇), when exactly one such unit bears it.
    /// </summary>
    private static void ResolveShortChildren(DivisionTable table, List<PlaceMention> mentions, List<int>?[] candidates, int[] units)
    {
        List<int>? parents = null;
        for (int i = 0; i < units.Length; i++)
        {
            var m = mentions[i];
            if (units[i] >= 0 || candidates[i] is not null || m.IsAnaphor || m.Level is not (PlaceLevel.Township or PlaceLevel.Village))
            {
                continue;
            }
            if (parents is null)
            {
                parents = [];
                for (int k = 0; k < units.Length; k++)
                {
                    if (units[k] >= 0 && table.LevelOf(units[k]) is PlaceLevel.County or PlaceLevel.Township && !parents.Contains(units[k]))
                    {
                        parents.Add(units[k]);
                    }
                }
            }
            int found = -1, count = 0;
            foreach (var parent in parents)
            {
                // A unit's descendants follow it in code order, up to the next unit of its level or above: the level
                // bytes bound the walk, and a unit's parent is read only when its level is the mention's.
                var parentLevel = table.LevelOf(parent);
                for (int u = parent + 1; u < table.Count && table.LevelOf(u) > parentLevel; u++)
                {
                    if (table.LevelOf(u) == m.Level && table.ParentOf(u) == parent && table.WrittenEndingLength(u) > 0 && table.Stem(u).SequenceEqual(m.Name))
                    {
                        found = u;
                        count++;
                    }
                }
            }
            if (count == 1)
            {
                units[i] = found;
            }
        }
    }

    /// <summary>A city the gazetteer files as a prefecture may be county-level in the table (石河子市), and back.</summary>
    private static bool IsCityLevelSwap(PlaceLevel table, PlaceLevel mention) =>
        (table == PlaceLevel.County && mention == PlaceLevel.Prefecture) || (table == PlaceLevel.Prefecture && mention == PlaceLevel.County);

    /// <summary>
    /// Within each chain of directly joined places, keeps the candidates that agree with every other member
    /// that has any: an outer member must contain it, an inner member must lie inside it.
    /// </summary>
    private static void NarrowByChains(DivisionTable table, List<PlaceMention> mentions, List<int>?[] candidates, ref HashSet<string>? absent)
    {
        int n = mentions.Count;
        int start = 0;
        while (start < n)
        {
            int end = start + 1;
            while (end < n && mentions[end].Start == mentions[end - 1].End && mentions[end].Parent is not null && mentions[end].Rank > mentions[end - 1].Rank)
            {
                end++;
            }
            if (end - start > 1)
            {
                NarrowChain(table, mentions, candidates, start, end, ref absent);
            }
            start = end;
        }
    }

    private static void NarrowChain(DivisionTable table, List<PlaceMention> mentions, List<int>?[] candidates, int start, int end, ref HashSet<string>? absent)
    {
        // For each member, the set of its candidates and of all their ancestors, to test containment both ways.
        var own = new HashSet<int>?[end - start];
        var withAncestors = new HashSet<int>?[end - start];
        for (int k = start; k < end; k++)
        {
            if (candidates[k] is not { } list)
            {
                continue;
            }
            own[k - start] = [.. list];
            var up = new HashSet<int>();
            foreach (var u in list)
            {
                for (int p = table.ParentOf(u); p >= 0; p = table.ParentOf(p))
                {
                    up.Add(p);
                }
            }
            withAncestors[k - start] = up;
        }
        // An inner place must lie inside the outer ones: when none of its units does, the table lacks it
        // (木纳尔村, or a village moved to another township) and it keeps no unit. An outer place is only
        // narrowed by the inner places that have a unit inside it, so that one missing village does not
        // cost its county the code.
        var narrowed = new List<int>?[end - start];
        for (int k = start; k < end; k++)
        {
            if (candidates[k] is not { } list)
            {
                continue;
            }
            var keep = list;
            for (int m = start; m < end; m++)
            {
                if (m == k || own[m - start] is null)
                {
                    continue;
                }
                var fitting = new List<int>(keep.Count);
                foreach (var u in keep)
                {
                    if (m < k ? HasAncestorIn(table, u, own[m - start]!) : withAncestors[m - start]!.Contains(u))
                    {
                        fitting.Add(u);
                    }
                }
                if (fitting.Count > 0 || m < k)
                {
                    keep = fitting;
                }
            }
            narrowed[k - start] = keep;
        }
        for (int k = start; k < end; k++)
        {
            if (narrowed[k - start] is { } keep)
            {
                candidates[k] = keep.Count > 0 ? keep : null;
                if (keep.Count == 0)
                {
                    (absent ??= new HashSet<string>(StringComparer.Ordinal)).Add(mentions[k].Name);
                }
            }
        }
    }

    private static bool HasAncestorIn(DivisionTable table, int unit, HashSet<int> set)
    {
        for (int p = table.ParentOf(unit); p >= 0; p = table.ParentOf(p))
        {
            if (set.Contains(p))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A village written right after a village (鎮安縣米糧鎮樹坪村東山村) is a natural village of the one before it: the
    /// table lists no natural villages, so it is none of the units that share its name, here or elsewhere in the document.
    /// </summary>
    private static void DropNaturalVillages(List<PlaceMention> mentions, List<int>?[] candidates, ref HashSet<string>? absent)
    {
        for (int i = 1; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var before = mentions[i - 1];
            if (m.Level == PlaceLevel.Village && before.Level == PlaceLevel.Village && before.End == m.Start
                && !m.IsAnaphor && !before.IsAnaphor)
            {
                candidates[i] = null;
                (absent ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.Name);
            }
        }
    }

    /// <summary>One pass of resolution by the document's resolved places; true when it resolved any.</summary>
    /// <param name="table">The division table.</param>
    /// <param name="candidates">The candidate units of each mention.</param>
    /// <param name="units">The units resolved so far, filled in here.</param>
    /// <param name="holders">Units holding the document's places of one's own (<see cref="OwnHolders"/>): context as a resolved place's unit is; or null.</param>
    private static bool ResolveByDocument(DivisionTable table, List<int>?[] candidates, int[] units, List<int>? holders)
    {
        // Nothing left to choose between (most lines): no context to gather.
        var open = false;
        for (int i = 0; i < units.Length && !open; i++)
        {
            open = units[i] < 0 && candidates[i] is { Count: > 1 };
        }
        if (!open)
        {
            return false;
        }
        var context = new HashSet<int>();
        foreach (var u in units)
        {
            if (u >= 0)
            {
                for (int p = u; p >= 0; p = table.ParentOf(p))
                {
                    context.Add(p);
                }
            }
        }
        for (int k = 0; holders is not null && k < holders.Count; k++)
        {
            for (int p = holders[k]; p >= 0; p = table.ParentOf(p))
            {
                context.Add(p);
            }
        }
        if (context.Count == 0)
        {
            return false;
        }
        // The province level decides only for a document of one province: a page that names places of several
        // (井頭村 in a Hong Kong story that also names 馬鞍山 and 廣東增城) has no region a village can be placed in.
        int contextProvinces = 0;
        foreach (var c in context)
        {
            if (table.LevelOf(c) == PlaceLevel.Province)
            {
                contextProvinces++;
            }
        }
        // places9: a document that names a county is about it: a township or village of its name elsewhere in the
        // prefecture or province (丈八村 of 闻喜县 in a 左权县 page, 东山村 of 洛南县 in a 镇安县 story) is not singled out by
        // that wider region, so only the county's and its townships' units decide for them.
        bool anyCounty = false;
        foreach (var c in context)
        {
            if (table.LevelOf(c) == PlaceLevel.County)
            {
                anyCounty = true;
                break;
            }
        }
        bool any = false;
        for (int i = 0; i < units.Length; i++)
        {
            if (units[i] >= 0 || candidates[i] is not { Count: > 1 } list)
            {
                continue;
            }
            // The nearest enclosing level the document names decides: a township of the document's county
            // before one of its prefecture, which comes before one of its province.
            var widest = contextProvinces > 1 ? PlaceLevel.Prefecture : PlaceLevel.Province;
            if (anyCounty && table.LevelOf(list[0]) >= PlaceLevel.Township)
            {
                widest = PlaceLevel.County;
            }
            for (var level = PlaceLevel.Township; level >= widest; level--)
            {
                int found = -1, count = 0;
                foreach (var u in list)
                {
                    if (table.LevelOf(u) <= level)
                    {
                        continue;
                    }
                    int ancestor = AncestorAt(table, u, level);
                    if (ancestor >= 0 && context.Contains(ancestor))
                    {
                        found = u;
                        count++;
                    }
                }
                if (count == 1)
                {
                    units[i] = found;
                    any = true;
                }
                if (count > 0)
                {
                    break;
                }
            }
        }
        return any;
    }

    private static int AncestorAt(DivisionTable table, int unit, PlaceLevel level)
    {
        for (int p = table.ParentOf(unit); p >= 0; p = table.ParentOf(p))
        {
            var l = table.LevelOf(p);
            if (l == level)
            {
                return p;
            }
            if (l < level)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>A name written again (劳光村 after 民丰县若克雅乡劳光村) is the same unit when the document resolved it to one.</summary>
    private static void ResolveRepeatedNames(List<PlaceMention> mentions, List<int>?[] candidates, int[] units)
    {
        // Only a place left with candidates can take a repeat's unit: without one, no names to gather.
        var open = false;
        for (int i = 0; i < units.Length && !open; i++)
        {
            open = units[i] < 0 && candidates[i] is not null;
        }
        if (!open)
        {
            return;
        }
        Dictionary<string, int>? byName = null;
        for (int i = 0; i < units.Length; i++)
        {
            if (units[i] < 0)
            {
                continue;
            }
            byName ??= new(StringComparer.Ordinal);
            var name = mentions[i].Name;
            if (byName.TryGetValue(name, out var other) && other != units[i])
            {
                byName[name] = -1;
            }
            else
            {
                byName[name] = units[i];
            }
        }
        if (byName is null)
        {
            return;
        }
        for (int i = 0; i < units.Length; i++)
        {
            if (units[i] < 0 && candidates[i] is { } list && byName.TryGetValue(mentions[i].Name, out var u) && u >= 0 && list.Contains(u))
            {
                units[i] = u;
            }
        }
    }
}
