using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Links;

// Which place, actor and period a number has when its sentence names several places or bodies: the place that holds
// places joined as one, the place a funder's money goes to, a unit named in full by a title after it, the bodies a count
// after their list counts, a body named again, a paragraph's year after a short lead sentence.
internal static partial class FactLinker
{
    /// <summary>
    /// Places of one level joined as one in a scope (深入中寮鄉、草屯鎮…斥資1,200多萬元; 前往竹山鎮及鹿谷鄉會勘8處): the number is
    /// about the place that holds them all, the most specific such place the document names (南投縣). None when the tied
    /// places are not joined, or no place, or several, hold them.
    /// </summary>
    /// <remarks>
    /// The holders are looked for among <paramref name="holders"/> (<see cref="HolderPlaces"/>: the text's places that can
    /// hold others, by rank), those above the tied places' rank in the order of the facts: a walk over every fact of the text
    /// for each number made a line of thousands of joined places quadratic.
    /// </remarks>
    private static int JoinedHolder(string text, Gazetteer? gazetteer, List<Fact> facts, int[][] holders, List<Mention> mentions, int limit, bool joinedOnly = true, int fallback = None)
    {
        var best = int.MinValue;
        foreach (var m in mentions)
        {
            var rank = Rank(facts[m.Fact].Level);
            if (rank < limit)
            {
                best = Math.Max(best, rank);
            }
        }
        List<int>? tied = null;
        var joined = false;
        // Where the scope's places of the tied rank start (a joined place starts right after a joiner): read once, at the first
        // joiner, not by a walk over the scope for each place (a line of thousands of joined places was cubic).
        HashSet<int>? startsAtRank = null;
        foreach (var m in mentions)
        {
            var f = facts[m.Fact];
            if (Rank(f.Level) != best)
            {
                continue;
            }
            if (tied is null || !tied.Exists(t => Same(facts[t], f)))
            {
                (tied ??= []).Add(m.Fact);
            }
            var end = m.Start + (f.End - f.Start);
            joined = joined || (end + 1 < text.Length && LinkWords.Joiners.Contains(text[end]) && (startsAtRank ??= StartsAtRank()).Contains(end + 1));
        }
        if (tied is not { Count: >= 2 } || (!joined && joinedOnly))
        {
            return None;
        }
        var holder = None;
        foreach (var j in HoldersAbove(holders, best))
        {
            var h = facts[j];
            if (!tied.TrueForAll(t => Within(gazetteer, facts[t], h)))
            {
                continue;
            }
            if (holder < 0 || Rank(h.Level) > Rank(facts[holder].Level) || (Rank(h.Level) == Rank(facts[holder].Level) && Same(h, facts[holder]) && Better(h, facts[holder])))
            {
                holder = j;
            }
            else if (Rank(h.Level) == Rank(facts[holder].Level) && !Same(h, facts[holder]))
            {
                return None;
            }
        }
        // None the text names as a place of its own: the document's place, named only in its bodies' names
        // (米粮镇八一村、青铜关镇乡中村…4个村 in a letter of 镇安县脱贫攻坚领导小组办公室), when it holds them all.
        if (holder < 0 && fallback >= 0 && Rank(facts[fallback].Level) < best && tied.TrueForAll(t => Within(gazetteer, facts[t], facts[fallback])))
        {
            return fallback;
        }
        return holder;

        HashSet<int> StartsAtRank()
        {
            var starts = new HashSet<int>();
            foreach (var m in mentions)
            {
                if (Rank(facts[m.Fact].Level) == best)
                {
                    starts.Add(m.Start);
                }
            }
            return starts;
        }
    }

    /// <summary>
    /// The places that may hold places joined as one (<see cref="JoinedHolder"/>), by rank: the candidate places with a name,
    /// of a rank above a province's (a prefecture's to a village's), each rank's in the order of the facts. Read once a text.
    /// </summary>
    private static int[][] HolderPlaces(List<Fact> facts, bool[] candidate)
    {
        var byRank = new List<int>?[Rank(PlaceLevel.Village) + 1];
        for (var j = 0; j < facts.Count; j++)
        {
            var h = facts[j];
            if (candidate[j] && h.Kind == FactKinds.Place && h.Name is not null && Rank(h.Level) > Rank(PlaceLevel.Province))
            {
                (byRank[Rank(h.Level)] ??= []).Add(j);
            }
        }
        var holders = new int[byRank.Length][];
        for (var r = 0; r < byRank.Length; r++)
        {
            holders[r] = byRank[r]?.ToArray() ?? [];
        }
        return holders;
    }

    /// <summary>The places of <paramref name="holders"/> of a rank below <paramref name="best"/> (wider places), in the order of the facts.</summary>
    private static int[] HoldersAbove(int[][] holders, int best)
    {
        int[]? only = null;
        var count = 0;
        var ranks = 0;
        for (var r = Rank(PlaceLevel.Province) + 1; r < best && r < holders.Length; r++)
        {
            if (holders[r].Length > 0)
            {
                (only, count, ranks) = (holders[r], count + holders[r].Length, ranks + 1);
            }
        }
        if (ranks <= 1)
        {
            return only ?? [];
        }
        var all = new int[count];
        var n = 0;
        for (var r = Rank(PlaceLevel.Province) + 1; r < best && r < holders.Length; r++)
        {
            holders[r].CopyTo(all, n);
            n += holders[r].Length;
        }
        Array.Sort(all);
        return all;
    }

    /// <summary>
    /// Whether place <paramref name="inner"/> lies in <paramref name="outer"/>: by their division codes when both have one,
    /// else by the gazetteer's parents of the units the inner name stands for at its level (中寮乡 in 南投县, Taiwan's units
    /// having no code).
    /// </summary>
    private static bool Within(Gazetteer? gazetteer, Fact inner, Fact outer)
    {
        if (inner.Code is { } innerCode && outer.Code is { } outerCode)
        {
            return innerCode.Length > outerCode.Length && innerCode.StartsWith(outerCode, StringComparison.Ordinal);
        }
        if (inner.Name is not { } name || outer.Name is not { } outerName)
        {
            return false;
        }
        foreach (var unit in (gazetteer ?? Gazetteer.Default).Find(name))
        {
            if (unit.Level != inner.Level)
            {
                continue;
            }
            for (var p = unit.Parent; p is not null; p = p.Parent)
            {
                if (p.Level == outer.Level && (p.Name == outerName || p.Aliases.Contains(outerName, StringComparer.Ordinal)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The unit's name as a title right after its short form completes it (南投縣長 → 南投县: the 縣 of 縣長 ends the name
    /// there), when the gazetteer's one unit of that full name has the place's level; else null.
    /// </summary>
    private static string? NamedByTitle(string text, Gazetteer? gazetteer, Fact place)
    {
        if (place.Name is not { } name || place.End >= text.Length || !char.IsLetter(text[place.End]))
        {
            return null;
        }
        var unit = (gazetteer ?? Gazetteer.Default).Resolve(string.Concat(name, text.AsSpan(place.End, 1)));
        return unit is not null && unit.Level == place.Level && unit.Name.Length == name.Length + 1
            && unit.Name.StartsWith(name, StringComparison.Ordinal) ? unit.Name : null;
    }

    /// <summary>
    /// A government's territory chosen in the number's clause (彰化縣政府挹注2,279萬元) yields to a place inside that territory
    /// named before the number in its sentence (溪州鄉內…路況不佳，彰化縣政府挹注…): the funder's place is not where the money goes.
    /// The latest such place, or None.
    /// </summary>
    private static int FundedPlace(Gazetteer? gazetteer, List<Fact> facts, List<Mention>? sentenceMentions, int territory, int numberStart)
    {
        if (sentenceMentions is null)
        {
            return None;
        }
        var found = None;
        foreach (var m in sentenceMentions)
        {
            if (m.Start >= numberStart)
            {
                break;
            }
            var p = facts[m.Fact];
            if (m.Fact != territory && Rank(p.Level) > Rank(facts[territory].Level) && Within(gazetteer, p, facts[territory]))
            {
                found = m.Fact;
            }
        }
        return found;
    }

    /// <summary>
    /// Whether a count stands right after a list of bodies closed by 等 (市建行、…、市科协等4家市级单位): it counts those bodies,
    /// which are not its actor.
    /// </summary>
    private static bool CountsListedBodies(string text, List<Fact> facts, int i)
    {
        var f = facts[i];
        if (f.Kind != FactKinds.Count || LinkWords.Before(text, f.Start, Math.Max(0, f.Start - 2), LinkWords.SubjectEnd) is not { } word)
        {
            return false;
        }
        var listEnd = f.Start - word.Length;
        for (var k = i - 1; k >= 0 && facts[k].End >= listEnd - 1; k--)
        {
            if (facts[k].Kind is FactKinds.Organization or FactKinds.Team && facts[k].End == listEnd)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// An organisation named again where the organisation recognizer did not find it (市建行 in a list, then
    /// 2018年，市建行投入资金15万元): where each later mention stands, its length and the organisation it names; not a
    /// mention inside or across another name, nor a medium's or a base's. Null when there is none.
    /// </summary>
    private static List<(int At, int Length, int Referent)>? RepeatedOrganisations(string text, List<Fact> facts)
    {
        // The names looked for, each with its first mention, in the order of the facts.
        Dictionary<string, int>? slotOf = null;
        List<int>? referents = null;
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Kind == FactKinds.Organization && f.Text.Length >= MinRepeatedName && !IsMedium(f) && !IsFacility(f)
                && (slotOf ??= new Dictionary<string, int>(StringComparer.Ordinal)).TryAdd(f.Text, (referents ??= []).Count))
            {
                referents.Add(i);
            }
        }
        if (referents is null)
        {
            return null;
        }
        // Each name's later mentions, from the end of its first on, one after another (none overlapping the one before).
        var hits = new List<(int At, int Length, int Referent)>?[referents.Count];
        if (referents.Count <= MaxNamesSearchedOneByOne)
        {
            for (var n = 0; n < referents.Count; n++)
            {
                var f = facts[referents[n]];
                for (var at = text.IndexOf(f.Text, f.End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(f.Text, at + f.Text.Length, StringComparison.Ordinal))
                {
                    Note(n, at, f.Text.Length);
                }
            }
        }
        else
        {
            // Many names (a hostile page names thousands): one walk over the text, looking up the names of each length
            // that start at each character, instead of one search of the whole text per name.
            var lookup = slotOf!.GetAlternateLookup<ReadOnlySpan<char>>();
            var lengthSet = new SortedSet<int>();
            var firsts = new HashSet<char>();
            var nextFrom = new int[referents.Count];
            for (var n = 0; n < referents.Count; n++)
            {
                var name = facts[referents[n]].Text;
                lengthSet.Add(name.Length);
                firsts.Add(name[0]);
                nextFrom[n] = facts[referents[n]].End;
            }
            var lengths = lengthSet.ToArray(); // shortest first; an array, so the walk allocates nothing per character
            for (var at = 0; at < text.Length; at++)
            {
                if (!firsts.Contains(text[at]))
                {
                    continue;
                }
                foreach (var length in lengths)
                {
                    if (at + length > text.Length)
                    {
                        break;
                    }
                    if (lookup.TryGetValue(text.AsSpan(at, length), out var n) && at >= nextFrom[n])
                    {
                        nextFrom[n] = at + length;
                        Note(n, at, length);
                    }
                }
            }
        }
        List<(int At, int Length, int Referent)>? found = null;
        foreach (var list in hits)
        {
            if (list is not null)
            {
                (found ??= []).AddRange(list);
            }
        }
        return found;

        void Note(int slot, int at, int length)
        {
            if (!Named(at, at + length))
            {
                (hits[slot] ??= []).Add((at, length, referents[slot]));
            }
        }

        bool Named(int start, int end)
        {
            for (var k = FirstFactAtOrAfter(facts, Math.Max(0, start - MaxNameReach)); k < facts.Count && facts[k].Start < end; k++)
            {
                if (facts[k].Kind is FactKinds.Place or FactKinds.Organization or FactKinds.Person or FactKinds.Team && facts[k].End > start)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// The most distinct organisation names searched for one by one through the whole text (a page names a few); more are
    /// found in one walk over the text, so a page naming thousands costs a walk, not a search of the text per name.
    /// </summary>
    private const int MaxNamesSearchedOneByOne = 32;

    /// <summary>The shortest organisation name looked for again (市建行): shorter ones (县委) are found by the recognizer or are words.</summary>
    private const int MinRepeatedName = 3;

    /// <summary>
    /// The sentence of paragraph <paramref name="paragraph"/> whose first clause may hold its opening time phrase: the
    /// first, or the second after a short lead that names nothing: no number, date, place or body (扶贫先扶智，缺啥先补啥。2016年，…).
    /// </summary>
    private static int OpeningSentence(string text, List<Fact> facts, Cut cut, int paragraph)
    {
        var first = cut.ParagraphFirstSentence[paragraph];
        var next = first + 1;
        if (next >= cut.SentenceParagraph.Count || cut.SentenceParagraph[next] != paragraph)
        {
            return first;
        }
        var start = cut.SentenceStart(first);
        var end = cut.SentenceEnd(first);
        if (end - start > MaxLeadLength)
        {
            return first;
        }
        // A slogan names nothing: a lead with a number, a date or a name (发展是新疆长治久安的重要基础。) says something of its own.
        return FirstFactAtOrAfter(facts, start) is var k && k < facts.Count && facts[k].Start < end ? first : next;
    }

    /// <summary>How long a paragraph's lead sentence before its opening time phrase may be (扶贫先扶智，缺啥先补啥。: 12).</summary>
    private const int MaxLeadLength = 16;
}
