using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Links;

// The place a number is about: which place facts may be (not inside a name, not a sender of teams, not a distance's reference point), the words that stand for one named before (全乡, 自治州), one place per scope, and the document's place.
internal static partial class FactLinker
{
    private static void InsertByStart(List<Mention> mentions, Mention mention)
    {
        var at = mentions.FindIndex(m => m.Start > mention.Start);
        mentions.Insert(at < 0 ? mentions.Count : at, mention);
    }

    /// <summary>
    /// The mentions of <paramref name="added"/> (in order of where they start, each with its clause) put into their scope's list
    /// of <paramref name="lists"/> (<paramref name="scopeOf"/> a clause), each after the mentions starting at or before it, as
    /// <see cref="InsertByStart"/> one at a time would: each run of one scope merged into its list in one pass.
    /// </summary>
    private static void AddByStart(List<Mention>?[] lists, List<(int Clause, Mention Mention)> added, Func<Cut, int, int> scopeOf, Cut cut)
    {
        List<Mention>? merged = null;
        for (var from = 0; from < added.Count;)
        {
            var scope = scopeOf(cut, added[from].Clause);
            var to = from + 1;
            while (to < added.Count && scopeOf(cut, added[to].Clause) == scope)
            {
                to++;
            }
            var list = lists[scope] ??= cut.MentionList();
            if (!InStartOrder(list))
            {
                // Defensive: a list out of order (facts not in document order, against Link's contract) takes them one at a time.
                for (var a = from; a < to; a++)
                {
                    InsertByStart(list, added[a].Mention);
                }
            }
            else
            {
                merged ??= [];
                merged.Clear();
                var k = 0;
                for (var a = from; a < to; a++)
                {
                    var mention = added[a].Mention;
                    for (; k < list.Count && list[k].Start <= mention.Start; k++)
                    {
                        merged.Add(list[k]);
                    }
                    merged.Add(mention);
                }
                for (; k < list.Count; k++)
                {
                    merged.Add(list[k]);
                }
                list.Clear();
                list.AddRange(merged);
            }
            from = to;
        }

        static bool InStartOrder(List<Mention> list)
        {
            for (var k = 1; k < list.Count; k++)
            {
                if (list[k].Start < list[k - 1].Start)
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>Whether <paramref name="outer"/> holds <paramref name="inner"/> by their division codes (和田地区 6532 holds 民丰县 653227).</summary>
    private static bool Holds(Fact outer, Fact inner) =>
        outer.Code is { } o && inner.Code is { } i && i.Length > o.Length && i.StartsWith(o, StringComparison.Ordinal);

    /// <summary>
    /// The level of the places a count counts (三个村, 三村, 7个乡镇, 五个县: the unit, or the noun right after 个,
    /// is a level suffix), or null. Such a count is about a place above that level.
    /// </summary>
    private static PlaceLevel? CountedLevel(string text, Fact number)
    {
        if (number.Kind != FactKinds.Count || number.Unit is not { } unit || (number.Value ?? 0) < 2)
        {
            return null;
        }
        foreach (var (suffix, level) in LinkWords.LevelSuffixes)
        {
            if (unit.StartsWith(suffix, StringComparison.Ordinal))
            {
                return level;
            }
        }
        if (!LinkWords.PlaceClassifiers.Contains(unit, StringComparer.Ordinal) || number.End >= text.Length)
        {
            return null;
        }
        var after = ScriptConverter.Default.ToSimplified(text.Substring(number.End, Math.Min(3, text.Length - number.End)));
        foreach (var (suffix, level) in LinkWords.LevelSuffixes)
        {
            // 13个村民小组 counts groups of villagers, not villages.
            if (after.StartsWith(suffix, StringComparison.Ordinal)
                && !(after.Length > suffix.Length && LinkWords.SuffixFollowers.TryGetValue(suffix[^1], out var followers) && followers.Contains(after[suffix.Length], StringComparison.Ordinal)))
            {
                return level;
            }
        }
        return null;
    }

    /// <summary>
    /// The words that stand for a place named before them (全乡, 该村, 自治州): where each is and the place fact
    /// it stands for, the last one of its level named before it, one with a code if any has.
    /// </summary>
    private static List<(int At, int Referent)> Anaphors(string text, List<Fact> facts, Cut cut)
    {
        var found = new List<(int At, int Referent)>();
        var placeIndex = 0;
        // The city named last before the word (湖州市), and whether another city was named before it: 全市 stands for one only.
        var (lastCity, twoCities) = (None, false);
        // Per level, the one place the speaker's 我村 may stand for far from it (OwnOnly), read once.
        Dictionary<PlaceLevel, int>? ownOnly = null;
        // Made at the first word, from the facts before it (Read): each level's last place that may be a referent and last such
        // with a code; the named places that may still hold a later word (each with a later end than every one after it); each
        // code's longest name and its first place (FullestMention's answer).
        Dictionary<PlaceLevel, (int Last, int LastCoded)>? ofLevel = null;
        // The same without the places the speaker names as of the speaker's own wider unit (我镇河西村): what 我村 may stand for.
        Dictionary<PlaceLevel, (int Last, int LastCoded)>? ofLevelOwn = null;
        // The own lead the page writes (我), if any: only then is a village read for a wider unit of the speaker's before it.
        var ownLead = Array.Find(LinkWords.OwnLeads, word => text.Contains(word, StringComparison.Ordinal));
        Stack<int>? open = null;
        Dictionary<string, (int Length, int First)>? fullestOf = null;
        for (var k = 0; k < text.Length; k++)
        {
            var skip = text.AsSpan(k).IndexOfAny(LinkWords.AnaphorFirsts);
            if (skip < 0)
            {
                break;
            }
            k += skip;
            var window = SimplifiedWindow(text, k, Math.Min(AnaphorWindow, text.Length - k));
            if (LinkWords.At(window, LinkWords.AnaphorLeads) is not { } lead)
            {
                continue;
            }
            PlaceLevel? level = null;
            var length = 0;
            foreach (var (suffix, suffixLevel) in LinkWords.LevelSuffixes)
            {
                if (window[lead.Length..].StartsWith(suffix, StringComparison.Ordinal))
                {
                    (level, length) = (suffixLevel, lead.Length + suffix.Length);
                    break;
                }
            }
            var city = false;
            if (level is null && LinkWords.At(window[lead.Length..], LinkWords.AnaphorCities) is { } cityEnding)
            {
                (level, length, city) = (PlaceLevel.County, lead.Length + cityEnding.Length, true);
            }
            if (level is null || length > window.Length
                || (length < window.Length && LinkWords.SuffixFollowers.TryGetValue(window[length - 1], out var followers) && followers.Contains(window[length], StringComparison.Ordinal)))
            {
                continue;
            }
            // The facts before the word, read once for all the words (a line of thousands of 全镇 after made-up towns, none with a
            // code, walked back to the text's first fact for each): as a walk back from the word would find them, the last
            // place of the level that may be its referent (not joined to another, not a neighbour), the last such with a code
            // (the walk's stop), and the latest name still open at the word.
            while (placeIndex < facts.Count && facts[placeIndex].Start <= k)
            {
                // Not a city the page's place borders (长兴县…与宣城市接壤。全市…: 全市 is not 宣城市, nor is 宣城市 a second city).
                if (IsCity(facts[placeIndex]) && !IsNeighbour(text, facts, placeIndex))
                {
                    twoCities |= lastCity >= 0 && !Same(facts[lastCity], facts[placeIndex]);
                    lastCity = placeIndex;
                }
                Read(placeIndex++);
            }
            while (open is { Count: > 0 } && facts[open.Peek()].End <= k)
            {
                open.Pop();
            }
            if (city)
            {
                // 全市 after the one city the page names (湖州市今年…。…全市累计…): that city, at either level; none after two.
                if (lastCity >= 0 && !twoCities && facts[lastCity].End <= k && !(placeIndex > 0 && facts[placeIndex - 1].Kind == FactKinds.Place && facts[placeIndex - 1].End > k))
                {
                    found.Add((k, Fullest(lastCity)));
                }
                k += length - 1;
                continue;
            }
            // The speaker's own place is read at the village level only (我村); 我镇, 我县 are read as 全镇, 全县 are.
            var own = level == PlaceLevel.Village && LinkWords.OwnLeads.Contains(lead, StringComparer.Ordinal);
            var (last, lastCoded) = (own ? ofLevelOwn : ofLevel) is { } table && table.TryGetValue(level.Value, out var read) ? read : (None, None);
            // Not a word of a name (伊犁哈萨克自治州 is a place itself) named after the walk's stop.
            var inName = open is { Count: > 0 } && open.Peek() >= Math.Max(lastCoded, 0);
            // 全村/该村 stands for one village: not one of several listed together (邻村龙家坝、吴坝、孟家湾等三个村).
            // Nor a place the subject borders (与山西铺村接壤): the village is the one before it. One with a code if any has.
            var referent = lastCoded >= 0 ? lastCoded : last;
            if (!inName && referent >= 0 && (Rank(level) < Rank(PlaceLevel.Township) || facts[referent].Start >= cut.ReachBack(k) || OnlyOfItsLevel(facts, referent)
                || (own && OwnOnly(text, lead, facts, level.Value, ref ownOnly) is var only && only >= 0 && Same(facts[only], facts[referent]))))
            {
                found.Add((k, Fullest(referent)));
            }
            k += length - 1;
        }
        // 这里 (here) stands for the county, township or village named last, in its paragraph or the one before.
        // The last such place before the word: the facts before each word read once for all the words after it, not walked back
        // from the text's last fact for each (a line of thousands of 这里).
        foreach (var word in LinkWords.Here)
        {
            var (before, here) = (0, None);
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                for (; before < facts.Count && facts[before].Start < at; before++)
                {
                    var f = facts[before];
                    if (f.Kind == FactKinds.Place && f.Name is not null && Rank(f.Level) >= Rank(PlaceLevel.County) && !IsNeighbour(text, facts, before))
                    {
                        here = before;
                    }
                }
                if (here >= 0 && facts[here].Start >= cut.ReachBack(at) && facts[here].End <= at)
                {
                    found.Add((at, here));
                }
            }
        }
        found.Sort((a, b) => a.At.CompareTo(b.At));
        return found;

        void Read(int j)
        {
            var f = facts[j];
            if (f.Kind != FactKinds.Place || f.Name is null)
            {
                return;
            }
            open ??= new Stack<int>();
            while (open.Count > 0 && facts[open.Peek()].End <= f.End)
            {
                open.Pop();
            }
            open.Push(j);
            if (f.Level is { } level && !JoinedToAnother(text, facts, j) && !IsNeighbour(text, facts, j))
            {
                var lastCoded = (ofLevel ??= []).TryGetValue(level, out var read) ? read.LastCoded : None;
                ofLevel[level] = (j, f.Code is not null ? j : lastCoded);
                if (ownLead is not null && level == PlaceLevel.Village && !OwnWiderBefore(text, ownLead, level, f))
                {
                    var lastCodedOwn = (ofLevelOwn ??= []).TryGetValue(level, out var readOwn) ? readOwn.LastCoded : None;
                    ofLevelOwn[level] = (j, f.Code is not null ? j : lastCodedOwn);
                }
            }
            if (f.Code is { } code && (!(fullestOf ??= new(StringComparer.Ordinal)).TryGetValue(code, out var fullest) || f.Name.Length > fullest.Length))
            {
                fullestOf[code] = (f.Name.Length, j);
            }
        }

        // FullestMention(facts, referent, placeIndex): the first place before the word with the unit's longest name, when
        // longer than the referent's.
        int Fullest(int referent) => facts[referent].Code is { } code && fullestOf!.TryGetValue(code, out var fullest)
            && fullest.Length > facts[referent].Name!.Length ? fullest.First : referent;
    }

    /// <summary>
    /// Whether <paramref name="place"/> follows the speaker's own wider unit written as the lead writes it (我镇河西村): another
    /// place of the speaker's town, not what the speaker's 我村 stands for (link-words' own-lead; 该镇某村…该村 is that village).
    /// </summary>
    private static bool OwnWiderBefore(string text, string lead, PlaceLevel level, Fact place)
    {
        if (!LinkWords.OwnLeads.Contains(lead, StringComparer.Ordinal))
        {
            return false;
        }
        foreach (var (suffix, wider) in LinkWords.LevelSuffixes)
        {
            var start = place.Start - lead.Length - suffix.Length;
            if (Rank(wider) < Rank(level) && start >= 0)
            {
                var before = SimplifiedWindow(text, start, lead.Length + suffix.Length);
                if (before.StartsWith(lead, StringComparison.Ordinal) && before[lead.Length..].SequenceEqual(suffix))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// For a lead of the speaker's own place (我村), the one place of <paramref name="level"/> the page names other than those
    /// it names as places of the speaker's wider unit (我镇河西村), or None (two, or not such a lead): 我村 stands for it however
    /// far before. Read once a level, so a page of many 我村 stays linear.
    /// </summary>
    private static int OwnOnly(string text, string lead, List<Fact> facts, PlaceLevel level, ref Dictionary<PlaceLevel, int>? known)
    {
        if (!LinkWords.OwnLeads.Contains(lead, StringComparer.Ordinal))
        {
            return None;
        }
        if ((known ??= []).TryGetValue(level, out var one))
        {
            return one;
        }
        one = None;
        for (var j = 0; j < facts.Count; j++)
        {
            var f = facts[j];
            if (f.Kind != FactKinds.Place || f.Level != level || f.Name is null || OwnWiderBefore(text, lead, level, f))
            {
                continue;
            }
            if (one < 0)
            {
                one = j;
            }
            else if (!Same(facts[one], f))
            {
                one = None;
                break;
            }
        }
        known[level] = one;
        return one;
    }

    /// <summary>
    /// The coded place of <paramref name="place"/>'s level whose name is its name and a level suffix (酉阳县 for 酉阳), when the page
    /// names one such unit, or -1. The page's coded names are read once into <paramref name="shortForms"/> (two units: -1).
    /// </summary>
    private static int LongFormOf(List<Fact> facts, int place, ref Dictionary<(PlaceLevel?, string), int>? shortForms)
    {
        if (shortForms is null)
        {
            shortForms = [];
            for (var j = 0; j < facts.Count; j++)
            {
                var f = facts[j];
                if (f.Kind != FactKinds.Place || f.Code is null || f.Name is not { } name)
                {
                    continue;
                }
                foreach (var (suffix, _) in LinkWords.LevelSuffixes)
                {
                    if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal))
                    {
                        var key = (f.Level, name[..^suffix.Length]);
                        shortForms[key] = shortForms.TryGetValue(key, out var known) && known != j && (known < 0 || facts[known].Code != f.Code) ? -1 : j;
                        break;
                    }
                }
                // A city of the level with the stem (伊宁市 beside 伊宁县, both county-level) is a second unit the short form may
                // name: then it takes neither. Never the city itself (市 is no level suffix: its level is not the ending's).
                if (LinkWords.At(name.AsSpan(name.Length - 1), LinkWords.AnaphorCities) is { } city && name.Length > city.Length + 1)
                {
                    shortForms[(f.Level, name[..^city.Length])] = -1;
                }
            }
        }
        return facts[place].Name is { } shortName && shortForms.TryGetValue((facts[place].Level, shortName), out var full) ? full : -1;
    }

    /// <summary>Whether a place is a city of county or prefecture level named with its ending (湖州市, 曲阜市): what 全市 may stand for.</summary>
    private static bool IsCity(Fact f) =>
        f.Kind == FactKinds.Place && f.Name is { } name && f.Level is PlaceLevel.County or PlaceLevel.Prefecture
        && Array.Exists(LinkWords.AnaphorCities, ending => name.EndsWith(ending, StringComparison.Ordinal));

    /// <summary>Whether a place is joined to the place right before or after it by a joiner (龙家坝、吴坝, 民丰县和且末县): one of a list.</summary>
    private static bool JoinedToAnother(string text, List<Fact> facts, int j)
    {
        var f = facts[j];
        if (j > 0 && facts[j - 1].Kind == FactKinds.Place && facts[j - 1].End + 1 == f.Start && LinkWords.Joiners.Contains(text[f.Start - 1]))
        {
            return true;
        }
        return j + 1 < facts.Count && facts[j + 1].Kind == FactKinds.Place && facts[j + 1].Start == f.End + 1 && f.End < text.Length
            && LinkWords.Joiners.Contains(text[f.End]);
    }

    /// <summary>
    /// The mention, among the places named before <paramref name="before"/>, that names the unit of
    /// <paramref name="referent"/> most fully: 自治州 after 伊犁州 … 伊犁恒辉淀粉有限公司 stands for 伊犁州, the same unit
    /// (6540) written with its ending, not the short form inside a company's name. Without a code, the referent itself.
    /// </summary>
    private static int FullestMention(List<Fact> facts, int referent, int before)
    {
        var code = facts[referent].Code;
        if (code is null)
        {
            return referent;
        }
        var best = referent;
        for (var j = 0; j < before; j++)
        {
            var f = facts[j];
            if (f.Kind == FactKinds.Place && f.Code == code && f.Name is not null && f.Name.Length > facts[best].Name!.Length)
            {
                best = j;
            }
        }
        return best;
    }

    /// <summary>Each code's fullest mention in the document: the first of the longest names that place facts give the unit.</summary>
    /// <summary>
    /// The place of <see cref="FullestByCode"/> for <paramref name="code"/>, or -1: read straight from the facts of a text
    /// with few (a line's: a dictionary for them cost more than the scan), else from the dictionary, made once into
    /// <paramref name="fullest"/>.
    /// </summary>
    private static int FullestWithCode(List<Fact> facts, string code, ref Dictionary<string, int>? fullest)
    {
        if (facts.Count > FewFactsScanned)
        {
            return (fullest ??= FullestByCode(facts)).TryGetValue(code, out var full) ? full : -1;
        }
        var best = -1;
        for (var j = 0; j < facts.Count; j++)
        {
            var f = facts[j];
            if (f.Kind == FactKinds.Place && f.Name is not null && string.Equals(f.Code, code, StringComparison.Ordinal)
                && (best < 0 || f.Name.Length > facts[best].Name!.Length))
            {
                best = j;
            }
        }
        return best;
    }

    /// <summary>Up to this many facts, <see cref="FullestWithCode"/> scans them instead of making a dictionary.</summary>
    private const int FewFactsScanned = 32;

    private static Dictionary<string, int> FullestByCode(List<Fact> facts)
    {
        var fullest = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < facts.Count; j++)
        {
            var f = facts[j];
            if (f.Kind == FactKinds.Place && f.Code is { } code && f.Name is not null
                && (!fullest.TryGetValue(code, out var best) || f.Name.Length > facts[best].Name!.Length))
            {
                fullest[code] = j;
            }
        }
        return fullest;
    }

    /// <summary>
    /// <c>[start, start + length)</c> of the text in simplified script, as <see cref="ScriptConverter.ToSimplified"/> gives it: the
    /// slice itself where the conversion changes nothing (simplified text), so the windows read at every 全, 本, 我 or 该 of a
    /// line and after every county copy nothing there.
    /// </summary>
    private static ReadOnlySpan<char> SimplifiedWindow(string text, int start, int length)
    {
        var raw = text.AsSpan(start, length);
        return ScriptConverter.Default.MayChangeToSimplified(raw) ? ScriptConverter.Default.ToSimplified(raw.ToString()) : raw;
    }

    /// <summary>How many characters of the text are read for an anaphor (自治 + 社区).</summary>
    private const int AnaphorWindow = 5;

    /// <summary>Whether sentence <paramref name="s"/> attributes the quotation before it: the quotation closes right before it and it has a verb of saying.</summary>
    private static bool IsAttribution(string text, Cut cut, int s)
    {
        var start = cut.SentenceStart(s);
        var end = cut.SentenceEnd(s);
        if (start == 0 || !LinkWords.QuoteCloses.Contains(text[start - 1], StringComparison.Ordinal))
        {
            return false;
        }
        var simplified = ScriptConverter.Default.ToSimplified(text[start..end]);
        return LinkWords.Any(simplified, 0, simplified.Length, LinkWords.SpeakerVerbs);
    }

    /// <summary>
    /// Which place facts a number may be about: not one inside an organisation's name (和田地委), nor inside
    /// a team's name unless it is that team's station (人行乌鲁木齐… is the sender's city), nor a county or
    /// a wider place that sends teams (八师石河子市各“访惠聚”工作队), nor a distance's reference point
    /// (距离那拉提旅游景区仅5公里). <paramref name="territory"/>: the places a government's name begins with (彰化縣政府).
    /// </summary>
    private static bool[] PlaceCandidates(string text, List<Fact> facts, Cut cut, int[] clause, out bool[] sender, out bool[] territory, out bool[] inBodyName)
    {
        var candidate = cut.Candidate(facts.Count);
        sender = cut.Sender(facts.Count);
        territory = cut.Territory(facts.Count);
        inBodyName = cut.InBodyName(facts.Count);
        // Organisations and teams by start; a place is inside one when one that starts at or before it ends at or after it.
        // Listed at the first place: most lines with a number name none.
        List<int>? holders = null;
        var next = 0;
        List<int>? active = null;
        var titles = new TitleScan(text, cut);
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Kind != FactKinds.Place || f.Name is null)
            {
                continue;
            }
            if (holders is null)
            {
                holders = [];
                for (var k = 0; k < facts.Count; k++)
                {
                    if (facts[k].Kind is FactKinds.Organization or FactKinds.Team)
                    {
                        holders.Add(k);
                    }
                }
            }
            active ??= [];
            while (next < holders.Count && facts[holders[next]].Start <= f.Start)
            {
                active.Add(holders[next++]);
            }
            // The holders that ended before the place leave, in order (a lambda here allocated a closure for every fact).
            var kept = 0;
            for (var a = 0; a < active.Count; a++)
            {
                if (facts[active[a]].End > f.Start)
                {
                    active[kept++] = active[a];
                }
            }
            active.RemoveRange(kept, active.Count - kept);
            var inside = false;
            var station = false;
            foreach (var h in active)
            {
                var holder = facts[h];
                territory[i] |= holder.Start == f.Start && IsGovernment(holder);
                // A place-bound thing's name (淇滩镇三壶瓶村蔬菜产业基地) says where it stands: its place is the number's.
                // A government's name (台南市政府) begins with its territory: a number it spends is about that place.
                // A village's own committee (四号村村委会) is the village's: its numbers are the village's.
                if (holder.End >= f.End && !IsFacility(holder) && !(holder.Start == f.Start && IsGovernment(holder)) && !IsVillagesOwnBody(text, holder, f))
                {
                    inside = true;
                    // The station as the team names it (第三师44团11连 is 11连's).
                    station |= holder.Kind == FactKinds.Team && holder.Station is { } named && named.EndsWith(f.Name, StringComparison.Ordinal) && !PlaceAfter(facts, i, holder.End);
                }
            }
            sender[i] = (!inside || station) && SendsTeams(text, facts, i);
            inBodyName[i] = inside && !station;
            // A place that gives to the document's place (鲤城区对口帮扶资金1200万元 in 明溪县's letter) is not what the money is about;
        // a team's station before the words is (驻A村对口帮扶工作队).
            candidate[i] = (!inside || station) && !sender[i] && !IsDistanceReference(text, facts, cut, clause, i) && !IsNeighbour(text, facts, i)
                && !titles.Inside(clause[i], f) && !TouchesNumber(facts, i) && (station || LinkWords.At(text, f.End, LinkWords.DonorWords) is null)
                && !(SpeakersOffice(text, facts, i) && !IsAttribution(text, cut, cut.ClauseSentence[clause[i]]));
        }
        return candidate;
    }

    /// <summary>
    /// Whether a place is the office in the title of a person who speaks right after it (西屯區長陳寶雲表示，…第一期…1,216萬…元):
    /// it says who speaks, not what the numbers said are about. Not after a quotation (“…收入6000多元…。”51團6連群眾…說), where the
    /// speaker's place is the quotation's (the caller's test).
    /// </summary>
    private static bool SpeakersOffice(string text, List<Fact> facts, int i)
    {
        var f = facts[i];
        var k = i + 1;
        while (k < facts.Count && facts[k].Start < f.End)
        {
            k++;
        }
        if (k >= facts.Count || facts[k] is not { Kind: FactKinds.Person, Subject: { Length: > 0 } title } person
            || person.Start - f.End > title.Length || person.End >= text.Length)
        {
            return false;
        }
        // The title's tail between the place and the name (西屯區 長 陳寶雲: 区长), then a verb of saying.
        var between = person.Start == f.End ? string.Empty : ScriptConverter.Default.ToSimplified(text.Substring(f.End, person.Start - f.End));
        if (!title.EndsWith(between, StringComparison.Ordinal))
        {
            return false;
        }
        var after = ScriptConverter.Default.ToSimplified(text.Substring(person.End, Math.Min(MaxSpeakerVerb, text.Length - person.End)));
        return LinkWords.At(after, 0, LinkWords.SpeakerVerbs) is not null;
    }

    /// <summary>How many characters after a name a verb of saying may take (高兴地说).</summary>
    private const int MaxSpeakerVerb = 4;

    /// <summary>
    /// <see cref="InTitle"/> for places met in document order, reading each sentence once: the title marks are read
    /// forward from the last place's start, so a sentence of thousands of places (甲镇…50栋,乙镇…60栋,…) stays linear.
    /// </summary>
    private struct TitleScan(string text, Cut cut)
    {
        private int sentence = -1;
        private int scanned;
        private bool open;

        public bool Inside(int c, Fact place)
        {
            var s = cut.ClauseSentence[c];
            if (s != sentence)
            {
                (sentence, scanned, open) = (s, cut.SentenceStart(s), false);
            }
            if (place.Start < scanned)
            {
                // Not in document order: read back as InTitle does.
                return InTitle(text, cut, c, place);
            }
            for (; scanned < place.Start; scanned++)
            {
                if (LinkWords.TitleCloses.Contains(text[scanned], StringComparison.Ordinal))
                {
                    open = false;
                }
                else if (LinkWords.TitleOpens.Contains(text[scanned], StringComparison.Ordinal))
                {
                    open = true;
                }
            }
            return open;
        }
    }

    /// <summary>
    /// Whether a place is inside a title in its sentence (《关于做好霍邱县2022年度…的通知》): a title mark opens before it
    /// with no closing one between.
    /// </summary>
    private static bool InTitle(string text, Cut cut, int c, Fact place)
    {
        var sentenceStart = cut.SentenceStart(cut.ClauseSentence[c]);
        for (var k = place.Start - 1; k >= sentenceStart; k--)
        {
            if (LinkWords.TitleCloses.Contains(text[k], StringComparison.Ordinal))
            {
                return false;
            }
            if (LinkWords.TitleOpens.Contains(text[k], StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a place overlaps a number (修好3公里出村路: 公里出村 misread from the measure's unit) or follows a count
    /// as its counted noun (22个嘎查村): a misreading or a kind of place, not a place the number is about.
    /// </summary>
    private static bool TouchesNumber(List<Fact> facts, int i)
    {
        var place = facts[i];
        for (var j = i - 1; j >= 0 && place.Start - facts[j].Start <= MaxNumberLength; j--)
        {
            if (facts[j].Kind.IsNumber() && (facts[j].End > place.Start || (facts[j].End == place.Start && facts[j].Kind == FactKinds.Count)))
            {
                return true;
            }
        }
        for (var k = i + 1; k < facts.Count && facts[k].Start < place.End; k++)
        {
            if (facts[k].Kind.IsNumber())
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How far back a number holding a place's start may begin (a long written-out amount).</summary>
    private const int MaxNumberLength = 24;

    /// <summary>Whether another place starts after place <paramref name="i"/> and before <paramref name="end"/> (the station is a team name's last place).</summary>
    private static bool PlaceAfter(List<Fact> facts, int i, int end)
    {
        for (var k = i + 1; k < facts.Count && facts[k].Start < end; k++)
        {
            if (facts[k].Kind == FactKinds.Place && facts[k].Start >= facts[i].End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a place, with the places joined after it (八师石河子市), is the sender of teams named right after
    /// it without a station (各“访惠聚”工作队, 驻村工作队): a county or a wider place.
    /// </summary>
    private static bool SendsTeams(string text, List<Fact> facts, int i)
    {
        var end = facts[i].End;
        var level = facts[i].Level;
        for (var k = i + 1; k < facts.Count && facts[k].Start <= end; k++)
        {
            if (facts[k].Kind == FactKinds.Place && facts[k].Start == end)
            {
                (end, level) = (facts[k].End, facts[k].Level);
            }
        }
        if (Rank(level) > Rank(PlaceLevel.County) || end >= text.Length)
        {
            return false;
        }
        var window = SimplifiedWindow(text, end, Math.Min(MaxTeamGap + 4, text.Length - end));
        var at = 0;
        while (at < window.Length)
        {
            if (LinkWords.At(window[at..], LinkWords.TeamNames) is not null)
            {
                return true;
            }
            if (LinkWords.QuoteMarks.Contains(window[at], StringComparison.Ordinal) || LinkWords.QuoteCloses.Contains(window[at], StringComparison.Ordinal) || char.IsWhiteSpace(window[at]))
            {
                at++;
            }
            else if (LinkWords.At(window[at..], LinkWords.TeamGaps) is { } gap)
            {
                at += gap.Length;
            }
            else
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the place is in a chain of places that a word of bordering (接壤, 毗邻) ends and a word of with (与, 同) opens
    /// (与陈家坊镇山西铺村接壤, 长1.5公里): the chain is what the subject borders, not what the number is about. Without the
    /// word of with the chain is the subject (马山县周鹿镇毗邻大化县: 周鹿镇's numbers follow).
    /// </summary>
    private static bool IsNeighbour(string text, List<Fact> facts, int i)
    {
        var end = facts[i].End;
        for (var k = i + 1; k < facts.Count && k - i <= MaxChainWalk; k++)
        {
            var f = facts[k];
            if (f.Start >= end)
            {
                if (f.Start > end || f.Kind != FactKinds.Place)
                {
                    break;
                }
                end = f.End;
            }
        }
        if (end >= text.Length || LinkWords.At(text, end, LinkWords.NeighbourWords) is null)
        {
            return false;
        }
        var start = facts[i].Start;
        for (var k = i - 1; k >= 0 && i - k <= MaxChainWalk; k--)
        {
            var f = facts[k];
            if (f.End <= start)
            {
                if (f.End < start || f.Kind != FactKinds.Place)
                {
                    break;
                }
                start = f.Start;
            }
        }
        return LinkWords.Before(text, start, Math.Max(0, start - MaxBorderLead), LinkWords.BorderLeads) is not null;
    }

    /// <summary>The longest word of with read before a chain of places (border-leads.tsv: one character each now).</summary>
    private const int MaxBorderLead = 2;

    /// <summary>How many facts after a place are read for the rest of its chain (a county, a township, a village and their bodies).</summary>
    private const int MaxChainWalk = 6;

    /// <summary>Whether a distance word (距离) stands before the place in its clause and a measure follows it there.</summary>
    private static bool IsDistanceReference(string text, List<Fact> facts, Cut cut, int[] clause, int i)
    {
        var c = clause[i];
        if (!DistanceWordBefore(text, cut.ClauseStarts[c], facts[i]))
        {
            return false;
        }
        for (var k = i + 1; k < facts.Count && clause[k] == c; k++)
        {
            if (facts[k].Kind == FactKinds.Measure)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a distance word (距离) stands before a place's or a body's name in its clause, or opens the name (距离集镇,
    /// 距离镇政府 misread as one name; two characters at least: 离 alone opens 离石区): the name is a distance's reference point.
    /// </summary>
    private static bool DistanceWordBefore(string text, int clauseStart, Fact f) =>
        LinkWords.Any(text, clauseStart, f.Start, LinkWords.DistancePresence) || LinkWords.At(text, f.Start, LinkWords.Distance) is { Length: >= 2 };

    /// <summary>
    /// One place for a scope's place mentions of a level below <paramref name="limit"/>: the most specific, when
    /// the scope names only one of its level; of several, the first that opens its clause as its subject
    /// (恰勒阔德村从阿尔善村拆分出来).
    /// </summary>
    private static int Choose(string text, List<Fact> facts, Cut cut, List<Mention>? mentions, List<int>?[] clauseDates, int limit)
    {
        if (mentions is null)
        {
            return None;
        }
        // Loops, not lambdas: a lambda over the parameters allocated its closure at every call, most of them with no mention.
        var places = mentions;
        if (limit != AnyLevel)
        {
            places = new List<Mention>(mentions.Count);
            foreach (var m in mentions)
            {
                if (Rank(facts[m.Fact].Level) < limit)
                {
                    places.Add(m);
                }
            }
        }
        var chosen = Choose(facts, places);
        if (chosen != Ambiguous)
        {
            return chosen;
        }
        if (HeadOpener(text, facts, cut, places, clauseDates) is not { } head)
        {
            return Ambiguous;
        }
        // Two places joined at the head (民丰县和且末县) are both the subject: none.
        // A镇已完成…，B镇已完成…: each opens a clause of its own, none the scope's subject (FactLinker.Parallels).
        return head.Joined || OpensParallelClause(text, facts, cut, places, head.Opener, clauseDates) ? Ambiguous : head.Opener.Fact;
    }

    /// <summary>
    /// The first of a scope's places of its highest level to open its clause, that level, and whether another of the
    /// scope's places is joined to it (民丰县和且末县); null when none of that level opens its clause.
    /// </summary>
    private static (Mention Opener, int Rank, bool Joined)? HeadOpener(string text, List<Fact> facts, Cut cut, List<Mention> places, List<int>?[] clauseDates)
    {
        var best = int.MinValue;
        foreach (var m in places)
        {
            best = Math.Max(best, Rank(facts[m.Fact].Level));
        }
        foreach (var m in places)
        {
            var f = facts[m.Fact];
            var c = cut.ClauseOf(m.Start, cut.ClauseStarts.Count - 1);
            if (Rank(f.Level) == best && OpensClause(text, facts, cut.ClauseStarts[c], m.Start, clauseDates[c], strict: true))
            {
                var end = m.Start + (f.End - f.Start);
                return (m, best, end < text.Length && LinkWords.Joiners.Contains(text[end]) && StartsAt(places, end + 1));
            }
        }
        return null;
    }

    private static bool StartsAt(List<Mention> places, int start)
    {
        foreach (var m in places)
        {
            if (m.Start == start)
            {
                return true;
            }
        }
        return false;
    }

    private static int Choose(List<Fact> facts, List<Mention> places)
    {
        var best = -1;
        var chosen = None;
        foreach (var m in places)
        {
            var i = m.Fact;
            var rank = Rank(facts[i].Level);
            if (rank > best)
            {
                (best, chosen) = (rank, i);
            }
            else if (rank == best && chosen >= 0 && !Same(facts[chosen], facts[i]))
            {
                chosen = Ambiguous;
            }
            else if (rank == best && chosen >= 0 && Better(facts[i], facts[chosen]))
            {
                chosen = i;
            }
        }
        return chosen;
    }

    /// <summary>Two mentions of one place: the same code, or the same name when either has none.</summary>
    private static bool Same(Fact a, Fact b) =>
        a.Code is not null && b.Code is not null ? a.Code == b.Code : string.Equals(a.Name, b.Name, StringComparison.Ordinal) || ShortFormOf(a, b) || GluedTo(a, b) || GluedTo(b, a);

    /// <summary>
    /// Whether <paramref name="glued"/>, a name with no code, is <paramref name="place"/> (coded, of its level) with words of the text
    /// before it taken into the name (進一步夯實黃凡村 read as 一步夯實黃凡村 beside 黃凡村): the same unit, not a second place of
    /// the scope. Two characters before it at least, and a name of three at least (东王庄村 and 王庄村, 张家新村 and 新村 stay two).
    /// </summary>
    private static bool GluedTo(Fact glued, Fact place) =>
        glued.Code is null && place.Code is not null && glued.Level == place.Level && glued.Name is { } longer && place.Name is { } name
        && name.Length >= MinGluedName && longer.Length >= name.Length + MinGluedLead && longer.EndsWith(name, StringComparison.Ordinal)
        && WordMatch.ContainsAny(ScriptConverter.Default.ToSimplified(longer[..^name.Length]), GluedLeadVerbs);

    /// <summary>The verbs whose words glued before a name mark it as read with the text before it (夯实), not a prefix of another village (河西黄凡村).</summary>
    private static readonly string[] GluedLeadVerbs = [.. WordLists.Get("leading-verbs").Values()];

    private const int MinGluedName = 3;

    private const int MinGluedLead = 2;

    /// <summary>Of two mentions of one place, the one with a code, else the longer name (民丰县 over 民丰).</summary>
    private static bool Better(Fact a, Fact b) =>
        (a.Code is not null && b.Code is null) || ((a.Code is null) == (b.Code is null) && (a.Name?.Length ?? 0) > (b.Name?.Length ?? 0));

    /// <summary>
    /// The document's one station (of its teams), else its one village, else its one county: with several
    /// stations, only the county that holds them all by their codes (三个村 of one county); a document with no
    /// station, county or village, its one prefecture (a city's report). None when it has none or several.
    /// </summary>
    private static int DocumentPlace(List<Fact> facts, bool[] candidate, bool[] inBodyName, List<string> stations, List<string?> stationCodes, int headlineEnd)
    {
        if (stations.Count == 1)
        {
            var found = None;
            for (var i = 0; i < facts.Count; i++)
            {
                if (facts[i].Kind == FactKinds.Place && string.Equals(facts[i].Name, stations[0], StringComparison.Ordinal)
                    && (found < 0 || Better(facts[i], facts[found])))
                {
                    found = i;
                }
            }
            if (found >= 0)
            {
                return found;
            }
        }
        // A document with no team's station that names one village (or one above all) is that village's
        // report; one whose teams have several stations is about none of them alone, and about a county
        // only when every station lies in it.
        var village = stations.Count == 0 ? OnlyOne(facts, candidate, PlaceLevel.Village) : None;
        if (village >= 0)
        {
            return village;
        }
        var county = OnlyOne(facts, candidate, PlaceLevel.County);
        if (county < 0 && stations.Count == 0 && !AnyOf(facts, candidate, PlaceLevel.County)
            && OnlyOne(facts, inBodyName, PlaceLevel.County) is var bodies && bodies >= 0
            && HoldsAllBelow(facts, candidate, facts[bodies], inHeadline: facts[bodies].Start < headlineEnd))
        {
            // A county's notice that names its county only in its bodies' names (明溪县农业农村局 明溪县财政局 关于拨付…的函;
            // …镇安县脱贫攻坚领导小组办公室) is about that county, when every township and village it names lies in it and it
            // names one, or the body stands in its first line (the letter's head): not a story naming a county's bureau once.
            return bodies;
        }
        if (county < 0 && stations.Count == 0 && !AnyOf(facts, candidate, PlaceLevel.County))
        {
            // A city's report that names no county or village of its own (臺南市政府…市府七年來…): the city.
            return village == None && !AnyOf(facts, candidate, PlaceLevel.Village) ? OnlyOne(facts, candidate, PlaceLevel.Prefecture) : None;
        }
        if (county < 0 || stations.Count <= 1)
        {
            return county;
        }
        return facts[county].Code is { } code && stationCodes.TrueForAll(s => s is not null && s.StartsWith(code, StringComparison.Ordinal)) ? county : None;
    }

    /// <summary>
    /// Whether the candidate townships and villages all lie in <paramref name="county"/> by their codes (none without one),
    /// and the text names one of its townships or villages at least unless the county's body heads the text (<paramref name="inHeadline"/>): a story naming a
    /// county's bureau once, and no township or village, is not that county's.
    /// </summary>
    private static bool HoldsAllBelow(List<Fact> facts, bool[] candidate, Fact county, bool inHeadline)
    {
        if (county.Code is not { } code)
        {
            return false;
        }
        var any = false;
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (candidate[i] && f.Kind == FactKinds.Place && Rank(f.Level) > Rank(PlaceLevel.County)
                && (f.Code is null || !f.Code.StartsWith(code, StringComparison.Ordinal)))
            {
                return false;
            }
            // One of its townships or villages named anywhere (a list of villages a number is about, not a candidate itself).
            any |= f.Kind == FactKinds.Place && Rank(f.Level) > Rank(PlaceLevel.County) && f.Code is { } below && below.StartsWith(code, StringComparison.Ordinal);
        }
        return any || inHeadline;
    }

    /// <summary>Whether the document names a candidate place of that level.</summary>
    private static bool AnyOf(List<Fact> facts, bool[] candidate, PlaceLevel level)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (candidate[i] && facts[i].Kind == FactKinds.Place && facts[i].Level == level)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The place of a level the document is about: the one it names, or the one it names in more than
    /// half of that level's mentions, twice at least (腰埠村 seven times beside a 村 misread once); else None.
    /// </summary>
    private static int OnlyOne(List<Fact> facts, bool[] candidate, PlaceLevel level)
    {
        // Mentions per place (by code, else name), the best mention of each; few places per document.
        // Made at the first place of the level: most lines name none.
        List<(int Best, int Mentions)>? places = null;
        Dictionary<string, int>? index = null;
        var total = 0;
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Kind != FactKinds.Place || !candidate[i] || f.Level != level)
            {
                continue;
            }
            total++;
            places ??= [];
            index ??= new Dictionary<string, int>(StringComparer.Ordinal);
            // One key per place: its code, else its name (Same's test).
            var key = f.Code is { } code ? "#" + code : f.Name!;
            if (!index.TryGetValue(key, out var k) && (f.Code is null || !index.TryGetValue(f.Name!, out k)))
            {
                index[key] = places.Count;
                places.Add((i, 1));
            }
            else
            {
                places[k] = (Better(f, facts[places[k].Best]) ? i : places[k].Best, places[k].Mentions + 1);
            }
        }
        if (places is null)
        {
            return None;
        }
        if (places.Count > 1)
        {
            MergeShortForms(facts, places);
        }
        if (places.Count == 1)
        {
            return places[0].Best;
        }
        foreach (var (best, mentions) in places)
        {
            if (mentions >= 2 && mentions * 2 > total)
            {
                return best;
            }
        }
        return None;
    }
}
