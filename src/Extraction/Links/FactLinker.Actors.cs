using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Text;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Links;

// The actor of a number: the teams and organisations that open a clause before it, the team stationed at its place or the document's one team when an action is said, the frames 在…下 that make a team a helper.
internal static partial class FactLinker
{
    /// <summary>The sender of the team stationed at <paramref name="place"/>, when one sender is.</summary>
    private static string? TeamAt(List<Fact> teams, Fact place)
    {
        string? sender = null;
        foreach (var t in teams)
        {
            // By code when both have one, else by name: the station as named (伽师总场九连 is 九连's).
            var here = place.Code is not null && t.Code is not null ? t.Code == place.Code
                : place.Name is { } name && t.Station!.EndsWith(name, StringComparison.Ordinal);
            if (!here)
            {
                continue;
            }
            if (sender is not null && !string.Equals(sender, t.Name, StringComparison.Ordinal))
            {
                return null;
            }
            sender = t.Name;
        }
        return sender;
    }

    /// <summary>Whether the number's clause holds nothing but the number, or opens with a subset word (其中): it adds to the clause before.</summary>
    private static bool ContinuesClause(string text, Cut cut, int c, Fact number)
    {
        var start = Skip(text, cut.ClauseStarts[c], number.Start, LinkWords.Subset);
        var end = cut.ClauseEnd(c);
        while (end > number.End && (LinkWords.ClauseEnds.Contains(text[end - 1]) || Sentences.Ends.Contains(text[end - 1], StringComparison.Ordinal) || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }
        var opened = start > cut.ClauseStarts[c] && LinkWords.Any(text, cut.ClauseStarts[c], start, LinkWords.SubsetPresence);
        return opened || (start == number.Start && end == number.End);
    }

    /// <summary>Where the words after a number stop being its own: at a joiner before the next number (1095场、参与82376人), else at that number.</summary>
    private static int OwnWordsEnd(string text, int end, int nextNumber)
    {
        for (var k = end; k < nextNumber; k++)
        {
            if (LinkWords.Joiners.Contains(text[k]))
            {
                return k;
            }
        }
        return nextNumber;
    }

    /// <summary>Where the next number of the same clause starts, or null.</summary>
    private static int? NextNumberStart(List<Fact> facts, int i, int[] clause, int c)
    {
        for (var k = i + 1; k < facts.Count && clause[k] == c; k++)
        {
            if (facts[k].Kind.IsNumber())
            {
                return facts[k].Start;
            }
        }
        return null;
    }

    /// <summary>The spans of names (places, organisations, people, teams), by start: a verb inside one (民丰县组织部) is no action.</summary>
    private static List<(int Start, int End)> NameSpans(List<Fact> facts)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var f in facts)
        {
            if (f.Kind is FactKinds.Place or FactKinds.Organization or FactKinds.Person or FactKinds.Team)
            {
                spans.Add((f.Start, f.End));
            }
        }
        return spans;
    }

    /// <summary>Whether a verb of action stands in <c>[start, end)</c> outside every name.</summary>
    private static bool AnyAction(string text, int start, int end, List<(int Start, int End)> names)
    {
        for (var k = start; k < end; k++)
        {
            // Straight to the next character an action word begins with.
            var skip = text.AsSpan(k, end - k).IndexOfAny(LinkWords.ActionFirsts);
            if (skip < 0)
            {
                break;
            }
            k += skip;
            if (LinkWords.At(text, k, LinkWords.ActionsByFirst) is { } word && k + word.Length <= end && !Inside(names, k, k + word.Length))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether one of <paramref name="spans"/> (by start) holds <c>[start, end)</c>: the spans starting at or before it, nearest first, within a name's reach.</summary>
    private static bool Inside(List<(int Start, int End)> spans, int start, int end)
    {
        int lo = 0, hi = spans.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Start <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (var k = lo - 1; k >= 0 && start - spans[k].Start <= MaxNameReach; k--)
        {
            if (spans[k].End >= end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How far before a verb a name holding it may start (a team's name is the longest: sender, 驻, station, 工作队).</summary>
    private const int MaxNameReach = 64;

    /// <summary>
    /// In a page that names no team, the one organisation that acts in it: the only one that opens a clause
    /// as its agent (晋城市国库集中支付中心开始结对帮扶…), not after 向 or 被 nor inside 在…下 nor heading a person's title (县委书记王某), and where it first
    /// does; no name when none or several do.
    /// </summary>
    private static (string? Name, int From) OneActingOrganisation(string text, List<Fact> facts, Cut cut, int[] clause, List<int>?[] clauseDates)
    {
        string? found = null;
        var from = int.MaxValue;
        var personActs = false;
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Kind != FactKinds.Organization || f.Name is null || IsFacility(f) || StandsAsNoAgent(text, cut, f))
            {
                continue;
            }
            var c = clause[i];
            var start = cut.ClauseStarts[c];
            if (!OpensClause(text, facts, start, f.Start, clauseDates[c])
                || LinkWords.Before(text, f.Start, Math.Max(start, f.Start - 2), LinkWords.NotAgent) is not null
                || LinkWords.At(text, f.End, LinkWords.Passive) is not null || InFrame(text, start, cut.ClauseEnd(c), f.Start))
            {
                continue;
            }
            if (HeadsPersonTitle(facts, f))
            {
                // 县委书记王某 opening a clause: a person acts there, not this body, nor is another body the page's one actor.
                if (found is not null)
                {
                    return (null, int.MaxValue);
                }
                personActs = true;
                continue;
            }
            if (personActs || IsMedium(f) || IsJointBodies(f) || JoinedToNext(text, facts, i) || (found is not null && !string.Equals(found, f.Name, StringComparison.Ordinal)))
            {
                // Several act, or a medium opens a clause (商洛日报 - 商洛之窗讯…): it reports, and the page's acting body is not
                // guessed; nor when bodies joined (乡党委政府) act.
                return (null, int.MaxValue);
            }
            found = f.Name;
            from = Math.Min(from, f.Start);
        }
        return (found, from);
    }

    /// <summary>
    /// Whether an organisation stands right after a word of getting money from it (争取到县交通局资金), or between a word that leads
    /// to the one asked (向) and such a word (向中江县水利局争取到5万元): it gives that money. After a word that mostly places someone
    /// somewhere (协调到) only when the money follows the name directly (协调到广西协力基金会的20万元资金, not 协调到县第一中学就读).
    /// Word tests at the name's ends and one search of the facts (<paramref name="sorted"/> in document order).
    /// </summary>
    private static bool AskedFor(string text, List<Fact> sorted, Fact f, int clauseStart) =>
        (LinkWords.Before(text, f.Start, Math.Max(clauseStart, f.Start - LinkWords.MaxAskedFrom), LinkWords.AskedFrom) is { } word
            && (Array.IndexOf(LinkWords.AskedIfMoneyFollows, word) < 0 || MoneyFollows(text, sorted, f.End)))
        || (LinkWords.At(text, f.End, LinkWords.AskedFrom) is not null
            && LinkWords.Before(text, f.Start, Math.Max(clauseStart, f.Start - LinkWords.MaxAskingLead), LinkWords.AskingLead) is not null);

    /// <summary>Whether money follows <paramref name="at"/> directly, after a money-link word (的) at most: a money number or a word of money (资金).</summary>
    private static bool MoneyFollows(string text, List<Fact> sorted, int at)
    {
        at += LinkWords.At(text, at, LinkWords.MoneyLinks)?.Length ?? 0;
        if (LinkWords.At(text, at, LinkWords.MoneyNouns) is not null)
        {
            return true;
        }
        for (var k = FirstFactAtOrAfter(sorted, at); k < sorted.Count && sorted[k].Start == at; k++)
        {
            if (sorted[k].Kind == FactKinds.Money)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the organisation at <paramref name="i"/> is joined by 、 to an organisation right after it (陽江市委辦、市委政策研究室、…等5個單位進駐):
    /// bodies that act together, none of them alone.
    /// </summary>
    private static bool JoinedToNext(string text, List<Fact> facts, int i)
    {
        var end = facts[i].End;
        if (end >= text.Length || !LinkWords.Joiners.Contains(text[end]))
        {
            return false;
        }
        for (var k = i + 1; k < facts.Count && facts[k].Start <= end + 1; k++)
        {
            if (facts[k].Kind == FactKinds.Organization && facts[k].Start == end + 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The bodies joined right before a team's sender and the sender, in the text's order (县人防办、县新华书店联合派出工作队
    /// → 县人防办、县新华书店), or null when none is joined.
    /// </summary>
    private static string? JointSenders(string text, List<Fact> facts, int team)
    {
        List<string>? names = null;
        var at = facts[team].Start;
        for (var k = team - 1; k >= 0 && facts[k].End >= at - 1; k--)
        {
            var f = facts[k];
            if (f.Kind == FactKinds.Organization && f.Name is not null && f.End == at - 1 && LinkWords.Joiners.Contains(text[at - 1]))
            {
                (names ??= []).Insert(0, f.Name);
                at = f.Start;
            }
        }
        if (names is null)
        {
            return null;
        }
        names.Add(facts[team].Name!);
        return string.Join(ActorSeparator, names);
    }

    /// <summary>
    /// The words that stand for an organisation named before (该公司, 该局): where each stands, its length, and the
    /// organisation named last before it whose simplified name holds the noun (该集团 → 中国一汽集团公司); not a word
    /// inside a name, nor one that stands for a medium or a base. Null when there is none.
    /// </summary>
    private static List<(int At, int Length, int Referent)>? OrgAnaphors(string text, List<Fact> facts)
    {
        List<(int At, int Length, int Referent)>? found = null;
        foreach (var lead in LinkWords.OrgAnaphorLeads)
        {
            // The words come in order, so the facts starting before each word's end only grow: the facts are read once a lead,
            // not from the text's first for each word (a page of thousands of 该局 was quadratic). The furthest end of a name
            // among the facts read so far, and for each noun the facts it has read and the last organisation holding it.
            var read = 0;
            var nameEnd = int.MinValue;
            int[]? nounRead = null, nounReferent = null;
            for (var at = text.IndexOf(lead, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lead, at + lead.Length, StringComparison.Ordinal))
            {
                if (LinkWords.At(text, at + lead.Length, LinkWords.OrgAnaphors) is not { } noun)
                {
                    continue;
                }
                var end = at + lead.Length + noun.Length;
                for (; read < facts.Count && facts[read].Start < end; read++)
                {
                    if (facts[read].Kind is FactKinds.Place or FactKinds.Organization or FactKinds.Person or FactKinds.Team)
                    {
                        nameEnd = Math.Max(nameEnd, facts[read].End);
                    }
                }
                // Not a word inside or across a name.
                if (nameEnd > at)
                {
                    continue;
                }
                var w = Array.IndexOf(LinkWords.OrgAnaphors, noun);
                nounRead ??= new int[LinkWords.OrgAnaphors.Length];
                nounReferent ??= NoneEach(LinkWords.OrgAnaphors.Length);
                var held = ScriptConverter.Default.ToSimplified(noun);
                for (var j = nounRead[w]; j < read; j++)
                {
                    var f = facts[j];
                    if (f.Kind == FactKinds.Organization && f.Name is { } name && name.Contains(held, StringComparison.Ordinal) && !IsMedium(f) && !IsFacility(f))
                    {
                        nounReferent[w] = j;
                    }
                }
                nounRead[w] = read;
                if (nounReferent[w] >= 0)
                {
                    (found ??= []).Add((at, end - at, nounReferent[w]));
                }
            }
        }
        found?.Sort((a, b) => a.At.CompareTo(b.At));
        return found;

        static int[] NoneEach(int count)
        {
            var each = new int[count];
            Array.Fill(each, None);
            return each;
        }
    }

    /// <summary>
    /// Each word standing for an organisation (<paramref name="anaphors"/>, 该局 or a name said again) as an actor of its
    /// sentence: added to <paramref name="actorFacts"/> in the order given (the organisation's record where the word stands),
    /// and its index to its sentence's actors after every actor that starts at or before it, as inserting them one at a time
    /// would. The anaphors of a sentence are merged into its actors in one pass: an insertion each, after a walk from the
    /// list's start, was quadratic in a sentence naming thousands of bodies again (a hostile line).
    /// </summary>
    private static void AddOrgAnaphors(string text, List<Fact> facts, List<Fact> actorFacts, Cut cut, int clauseCount,
        List<int>?[] sentenceActors, List<(int At, int Length, int Referent)> anaphors)
    {
        // Each anaphor's sentence, where it stands and its order (its index in actorFacts after the facts').
        var keys = new (int Sentence, int At, int Order)[anaphors.Count];
        for (var a = 0; a < anaphors.Count; a++)
        {
            var (at, length, referent) = anaphors[a];
            keys[a] = (cut.ClauseSentence[cut.ClauseOf(at, clauseCount - 1)], at, a);
            actorFacts.Add(facts[referent] with { Text = text.Substring(at, length), Start = at, End = at + length });
        }
        // By sentence, then where they stand, then in the order given: the order one insertion at a time leaves them in.
        Array.Sort(keys);
        List<int>? merged = null;
        for (var from = 0; from < keys.Length;)
        {
            var s = keys[from].Sentence;
            var to = from + 1;
            while (to < keys.Length && keys[to].Sentence == s)
            {
                to++;
            }
            var list = sentenceActors[s] ??= cut.IndexList();
            var group = keys.AsSpan(from, to - from);
            // The facts are in document order (Link's contract) and each sentence's anaphors are merged once, so its actors are
            // in start order; the branch after this is defensive (a caller breaking that order), reached by no text.
            var inOrder = InStartOrder(actorFacts, list);
            Debug.Assert(inOrder, "a sentence's actors are in start order when the facts are in document order");
            if (inOrder)
            {
                // Both in order of where they start: each anaphor after the actors starting at or before it.
                merged ??= [];
                merged.Clear();
                var k = 0;
                foreach (var (_, at, order) in group)
                {
                    for (; k < list.Count && actorFacts[list[k]].Start <= at; k++)
                    {
                        merged.Add(list[k]);
                    }
                    merged.Add(facts.Count + order);
                }
                for (; k < list.Count; k++)
                {
                    merged.Add(list[k]);
                }
                list.Clear();
                list.AddRange(merged);
            }
            else
            {
                // Defensive: actors out of order (facts not in document order, against Link's contract): inserted one at a time,
                // in the order given, as before the merge (quadratic, but no text in document order comes here).
                group.Sort(static (a, b) => a.Order.CompareTo(b.Order));
                foreach (var (_, at, order) in group)
                {
                    var k = 0;
                    while (k < list.Count && actorFacts[list[k]].Start <= at)
                    {
                        k++;
                    }
                    list.Insert(k, facts.Count + order);
                }
            }
            from = to;
        }

        static bool InStartOrder(List<Fact> actorFacts, List<int> list)
        {
            for (var k = 1; k < list.Count; k++)
            {
                if (actorFacts[list[k]].Start < actorFacts[list[k - 1]].Start)
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>
    /// Whether a name (place, organisation, team, person, or a word such as 该公司 among <paramref name="actors"/>) or a
    /// team's word opens a clause in <c>[start, end)</c>: the words there have a subject of their own.
    /// </summary>
    private static bool HasSubject(string text, List<Fact> facts, List<Fact> actorFacts, List<int>? actors, Cut cut, int start, int end, List<int>?[] clauseDates)
    {
        if (LinkWords.LastIndexOf(text, start, end, LinkWords.TeamWords) >= 0)
        {
            return true;
        }
        if (actors is not null)
        {
            foreach (var a in actors)
            {
                var f = actorFacts[a];
                if (f.Start >= start && f.Start < end && OpensOwnClause(f))
                {
                    return true;
                }
            }
        }
        for (var k = FirstFactAtOrAfter(facts, start); k < facts.Count && facts[k].Start < end; k++)
        {
            if (facts[k].Kind is FactKinds.Place or FactKinds.Person && OpensOwnClause(facts[k]))
            {
                return true;
            }
        }
        return false;

        bool OpensOwnClause(Fact f)
        {
            var c = cut.ClauseOf(f.Start, cut.ClauseStarts.Count - 1);
            return OpensClause(text, facts, cut.ClauseStarts[c], f.Start, clauseDates[c]);
        }
    }

    /// <summary>Whether an organisation is a government by its name's end (台南市政府, 将军区公所).</summary>
    private static bool IsGovernment(Fact f) =>
        IsOrganizationEndingIn(f, LinkWords.GovernmentEndings);

    /// <summary>Whether an organisation is a place-bound thing by its name's end (…产业基地, …示范园): no body that acts.</summary>
    private static bool IsFacility(Fact f) =>
        IsOrganizationEndingIn(f, LinkWords.FacilityEndings);

    /// <summary>Whether an organisation's name joins bodies of one level (乡党委政府): it names no one body, so it is no actor.</summary>
    private static bool IsJointBodies(Fact f) =>
        IsOrganizationEndingIn(f, LinkWords.JointBodyEndings);

    /// <summary>Whether an actor's name (the last of joined ones) is bodies joined (乡党委政府): a subject, but no one body.</summary>
    private static bool NamesNoOneBody(string? actor)
    {
        if (actor is null)
        {
            return false;
        }
        foreach (var ending in LinkWords.JointBodyEndings)
        {
            if (actor.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether an organisation is a medium by its name's end (商洛日报, 红网): it reports what others do.</summary>
    private static bool IsMedium(Fact f) =>
        IsOrganizationEndingIn(f, LinkWords.MediumEndings);

    private static bool IsOrganizationEndingIn(Fact f, string[] endings)
    {
        if (f.Kind != FactKinds.Organization || f.Name is not { } name)
        {
            return false;
        }
        return WordMatch.EndsWithAny(name, endings);
    }

    /// <summary>Whether a team's word (工作队) follows <paramref name="end"/> within a few characters of one phrase (驻村, 扶贫).</summary>
    private static bool NamesATeam(string text, int end)
    {
        for (var k = end; k < text.Length && k <= end + MaxTeamGap; k++)
        {
            if (LinkWords.At(text, k, LinkWords.TeamWords) is not null)
            {
                return true;
            }
            if (!char.IsLetter(text[k]))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>How many characters of one phrase may stand between a sender and 工作队 (驻村, 扶贫, 下派到瓦店子村驻村帮扶).</summary>
    private const int MaxTeamGap = 12;

    /// <summary>
    /// The teams (by sender) and organisations of the sentence before the number that act, joined by 、:
    /// those that open their clause (after time words, a date or 由) or are joined to one that does
    /// (县财政局、县水利局), not those after 被 or 向, nor inside a frame 在…下; a later clause opened by another
    /// (…；中国邮政储蓄银行霍邱县支行4名…) makes that one the subject; a later clause opened by a person (鄉公所經費不足，
    /// 縣長王惠美補助300萬元) leaves none: a person is no actor; so does one opened by a village's own unnamed body (由村委会将收益的55%…).
    /// <paramref name="sorted"/> is the facts in document order
    /// (<paramref name="facts"/> may end with organisations found again).
    /// </summary>
    private static string? Actor(string text, List<Fact> facts, List<Fact> sorted, Fact number, Cut cut, int numberClause, List<int>? actors, List<int>? dates)
    {
        if (actors is null)
        {
            return null;
        }
        // The sentence's actors before the number, read in order once for all its numbers (the same sentence's actors and
        // dates, numbers in document order): a sentence of thousands of bodies each with its number read them all again
        // for every number.
        var read = cut.ActorsRead;
        if (!read.Continues(actors, dates, number.Start))
        {
            read.Start(actors, dates);
        }
        read.ReadTo(text, facts, sorted, cut, number.Start);
        var asked = number.Kind == FactKinds.Money && read.AskedGivesAt(text, sorted, cut, numberClause, number.Start, dates) ? read.Asked : null;
        if (asked is not null)
        {
            return asked;
        }
        var names = read.Names;
        var lastActorClause = read.LastActorClause;
        if (names is not null && lastActorClause < numberClause && SubjectOpensClause(text, sorted, cut, read, lastActorClause + 1, numberClause, number.Start, dates))
        {
            return null;
        }
        return names is null ? null : string.Join(ActorSeparator, names);
    }

    /// <summary>
    /// Whether a person (<see cref="PersonOpensClause"/>) or a village's body (<see cref="VillageBodyOpensClause"/>) opens one of the
    /// clauses <paramref name="fromClause"/>..<paramref name="toClause"/> before <paramref name="before"/>. A clause whose lead (its
    /// first <see cref="MaxSubjectLead"/> characters) ends before the number gives the same answer for every number after it: those
    /// are read forward once for all the numbers after one actor (<see cref="ActorReader.OpenedBetween"/>), the few whose lead
    /// reaches the number for each number. A walk over every clause since the actor for each number was quadratic (a body named
    /// once, then thousands of clauses with a number each).
    /// </summary>
    private static bool SubjectOpensClause(string text, List<Fact> facts, Cut cut, ActorReader read, int fromClause, int toClause, int before, List<int>? dates)
    {
        var fixedTo = before - MaxSubjectLead >= cut.ClauseStarts[fromClause] ? cut.ClauseOf(before - MaxSubjectLead, toClause) : fromClause - 1;
        if (fixedTo >= fromClause && read.OpenedBetween(text, facts, cut, fromClause, fixedTo, dates))
        {
            return true;
        }
        var tail = Math.Max(fromClause, fixedTo + 1);
        return tail <= toClause && (PersonOpensClause(text, facts, cut, tail, toClause, before, dates) || VillageBodyOpensClause(text, facts, cut, tail, toClause, before, dates));
    }

    /// <summary>
    /// The actors of one sentence (the organisations and teams that open a clause as its agent) read in order up to a
    /// number, what they leave kept for the next number of the sentence: <see cref="Actor"/>'s subject. Per text (kept
    /// by its <see cref="Cut"/>), never shared between threads.
    /// </summary>
    private sealed class ActorReader
    {
        private List<int>? _actors, _dates;
        private int _next, _coveredTo, _lastActorEnd, _upTo;
        private readonly List<string> _names = [];
        private bool _anyName;

        /// <summary>The body a money number's sum was asked from (争取到县交通局资金): its actor, read for any number.</summary>
        public string? Asked { get; private set; }

        // The clause of the asked body, and the last later clause whose whole lead was read for a subject of its own.
        private int _askedClause, _askedChecked;

        /// <summary>
        /// Whether <see cref="Asked"/> still gives the money of a number in clause <paramref name="numberClause"/>: no later clause
        /// before it opens with a subject of its own (a person, a village's body; an organisation <see cref="ReadTo"/> clears it) or
        /// holds a word of own money in its lead before the number (村委会向县水利局争取到5万元，村集体自筹3万元). Once one does,
        /// <see cref="Asked"/> is forgotten; the leads are read forward once for all the numbers after it.
        /// </summary>
        public bool AskedGivesAt(string text, List<Fact> sorted, Cut cut, int numberClause, int numberStart, List<int>? dates)
        {
            if (Asked is null)
            {
                return false;
            }
            for (; _askedChecked + 1 < numberClause; _askedChecked++)
            {
                if (OwnSubjectOpens(text, sorted, cut, _askedChecked + 1, int.MaxValue, dates))
                {
                    Asked = null;
                    return false;
                }
            }
            if (numberClause > _askedClause && OwnSubjectOpens(text, sorted, cut, numberClause, numberStart, dates))
            {
                Asked = null;
                return false;
            }
            return true;
        }

        private static bool OwnSubjectOpens(string text, List<Fact> sorted, Cut cut, int c, int before, List<int>? dates)
        {
            var clauseStart = cut.ClauseStarts[c];
            var leadEnd = Math.Min(Math.Min(before, clauseStart + MaxSubjectLead), cut.ClauseEnd(c));
            return LinkWords.Any(text, clauseStart, leadEnd, LinkWords.OwnMoney)
                || PersonOpensClause(text, sorted, cut, c, c, leadEnd, dates) || VillageBodyOpensClause(text, sorted, cut, c, c, leadEnd, dates);
        }

        /// <summary>The clause of the last actor read, -1 when none.</summary>
        public int LastActorClause { get; private set; }

        /// <summary>The names of the subject read so far (those of the last clause that opened with one), or null when none.</summary>
        public List<string>? Names => _anyName ? _names : null;

        /// <summary>Forgets what was read (a new text).</summary>
        public void Forget() => (_actors, _openDates, _openFrom) = (null, null, -1);

        // OpenedBetween's scan: the first clause and the dates it reads from, the last clause read, the first found opened (-1: none yet).
        private List<int>? _openDates;
        private int _openFrom = -1, _openRead, _openFound;

        /// <summary>
        /// Whether a person or a village's body opens one of the clauses <paramref name="from"/>..<paramref name="to"/> within its
        /// whole lead (no number inside it): read forward from <paramref name="from"/>, kept for the next call from the same clause
        /// (the numbers after one actor ask from the same clause, up to later and later clauses).
        /// </summary>
        public bool OpenedBetween(string text, List<Fact> facts, Cut cut, int from, int to, List<int>? dates)
        {
            if (from != _openFrom || !ReferenceEquals(dates, _openDates))
            {
                (_openFrom, _openDates, _openRead, _openFound) = (from, dates, from - 1, -1);
            }
            while (_openFound < 0 && _openRead < to)
            {
                _openRead++;
                var leadEnd = cut.ClauseStarts[_openRead] + MaxSubjectLead;
                if (PersonOpensClause(text, facts, cut, _openRead, _openRead, leadEnd, dates) || VillageBodyOpensClause(text, facts, cut, _openRead, _openRead, leadEnd, dates))
                {
                    _openFound = _openRead;
                }
            }
            return _openFound >= 0 && _openFound <= to;
        }

        /// <summary>Whether what was read is of these actors and dates and stops before <paramref name="numberStart"/>.</summary>
        public bool Continues(List<int> actors, List<int>? dates, int numberStart) =>
            ReferenceEquals(actors, _actors) && ReferenceEquals(dates, _dates) && numberStart >= _upTo;

        public void Start(List<int> actors, List<int>? dates)
        {
            (_actors, _dates, _next, _coveredTo, _lastActorEnd, _upTo, _anyName) = (actors, dates, 0, -1, -1, 0, false);
            (Asked, LastActorClause, _askedClause, _askedChecked) = (null, -1, -1, -1);
            _names.Clear();
        }

        /// <summary>Reads the actors that start before <paramref name="numberStart"/>.</summary>
        public void ReadTo(string text, List<Fact> facts, List<Fact> sorted, Cut cut, int numberStart)
        {
            var actors = _actors!;
            _upTo = numberStart;
            for (; _next < actors.Count; _next++)
            {
                var k = _next;
                var i = actors[k];
                var f = facts[i];
                if (f.Start >= numberStart)
                {
                    break;
                }
                if (f.End <= _coveredTo || (k + 1 < actors.Count && facts[actors[k + 1]].Start == f.Start && facts[actors[k + 1]].End > f.End))
                {
                    continue; // an organisation inside a team's or another organisation's name (the longer one decides)
                }
                _coveredTo = Math.Max(_coveredTo, f.End);
                if (IsMedium(f) || IsFacility(f) || StandsAsNoAgent(text, cut, f))
                {
                    continue; // a medium reports (商洛日报 - 商洛之窗讯…), a base is worked: neither is an actor
                }
                // Its clause, before the number's (the clauses up to any number after it give the same).
                var c = cut.ClauseOf(f.Start, cut.ClauseStarts.Count - 1);
                var clauseStart = cut.ClauseStarts[c];
                if (HeadsPersonTitle(sorted, f))
                {
                    // 縣委書記張國瑜包扶以來，…累計投入資金1.3萬元: the person acts, and a person is no actor. Opening its clause, the
                    // title is that clause's subject, one with no name: an earlier clause's body is not (县交通局…，山阳县县委书记王建国…).
                    if (OpensClause(text, facts, clauseStart, f.Start, _dates))
                    {
                        _names.Clear();
                        (_anyName, LastActorClause, _lastActorEnd) = (false, c, -1);
                    }
                    continue;
                }
                if (f.Kind == FactKinds.Organization && AskedFor(text, sorted, f, clauseStart))
                {
                    // 该村争取到县交通局资金30万元: the body it came from gives the money; the one that got it is not its actor.
                    (Asked, _askedClause, _askedChecked) = (f.Name, c, c);
                }
                var joined = _lastActorEnd >= 0 && f.Start - _lastActorEnd == 1 && LinkWords.Joiners.Contains(text[_lastActorEnd]);
                var opens = OpensClause(text, facts, clauseStart, f.Start, _dates);
                if (!(joined || opens) || LinkWords.Before(text, f.Start, Math.Max(clauseStart, f.Start - 2), LinkWords.NotAgent) is not null
                    || LinkWords.At(text, f.End, LinkWords.Passive) is not null
                    || InFrame(text, clauseStart, cut.ClauseEnd(c), f.Start))
                {
                    continue;
                }
                if (!joined && c != LastActorClause)
                {
                    // A new subject opens a later clause (…；中国邮政储蓄银行霍邱县支行4名…): it replaces the ones before.
                    _names.Clear();
                }
                if (c > _askedClause && !joined)
                {
                    Asked = null; // its own subject: the body asked in a clause before gives nothing here
                }
                (_lastActorEnd, LastActorClause) = (f.End, c);
                _anyName = true;
                AddDistinct(_names, f.Name!);
            }
        }
    }

    /// <summary>
    /// Whether the organisation is the head of the title of a person named right after it (縣委 of 縣委書記張國瑜, 山陽縣縣委 of
    /// 山陽縣縣委書記張國瑜): the name says whose officer the person is; the subject is the person, who is no actor. Read in the
    /// facts at the organisation's end only (<paramref name="sorted"/> in document order).
    /// </summary>
    private static bool HeadsPersonTitle(List<Fact> sorted, Fact org)
    {
        if (org.Kind != FactKinds.Organization)
        {
            return false;
        }
        for (var k = FirstFactAtOrAfter(sorted, org.End); k < sorted.Count && sorted[k].Start <= org.End + MaxTitleLead; k++)
        {
            var p = sorted[k];
            if (p.Kind == FactKinds.Person && p.Start > org.End && p.Subject is { Length: > 0 } title && p.Start - title.Length <= org.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a person opens one of the clauses <paramref name="fromClause"/>..<paramref name="toClause"/> before
    /// <paramref name="before"/> as its subject, a title before the name at most (縣長王惠美, 第一书记李涛): only the facts
    /// near each clause's start are read (facts in document order).
    /// </summary>
    private static bool PersonOpensClause(string text, List<Fact> facts, Cut cut, int fromClause, int toClause, int before, List<int>? dates)
    {
        for (var c = fromClause; c <= toClause; c++)
        {
            var clauseStart = cut.ClauseStarts[c];
            var end = Math.Min(before, clauseStart + MaxSubjectLead);
            for (var k = FirstFactAtOrAfter(facts, clauseStart); k < facts.Count && facts[k].Start < end; k++)
            {
                var f = facts[k];
                if (f.Kind != FactKinds.Person)
                {
                    continue;
                }
                var lead = f.Subject is { Length: > 0 and <= MaxTitleLead } title && f.Start - title.Length >= clauseStart ? f.Start - title.Length : f.Start;
                if (OpensClause(text, facts, clauseStart, lead, dates) || OpensClause(text, facts, clauseStart, f.Start, dates))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>How far from its clause's start a person opening it may stand (a date, time words and a title before the name).</summary>
    private const int MaxSubjectLead = 24;

    /// <summary>How long a person's title before the name may be (第一书记).</summary>
    private const int MaxTitleLead = 4;

    /// <summary>Whether a clause is a frame 在…下 around the team's word (在工作队的帮带下): the team helps, another acts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool FramesTheTeam(string text, int clauseStart, int clauseEnd)
    {
        // The frame first: it is one prefix and suffix test, the team's word a search per word, and most clauses are no frame.
        if (Frame(text, clauseStart, clauseEnd) is not { } frame)
        {
            return false;
        }
        var teamWord = LinkWords.LastIndexOf(text, clauseStart, clauseEnd, LinkWords.TeamWords);
        return teamWord > frame.Start && teamWord < frame.End;
    }

    /// <summary>Whether <paramref name="at"/> is inside a frame 在…下 that makes up the clause (在总行党委的支持下).</summary>
    private static bool InFrame(string text, int clauseStart, int clauseEnd, int at) =>
        Frame(text, clauseStart, clauseEnd) is { } frame && at > frame.Start && at < frame.End;

    /// <summary>The clause's words, when they are a frame 在…下 (在总行党委的支持下) or a venue 在…會場; null when not.</summary>
    private static (int Start, int End)? Frame(string text, int clauseStart, int clauseEnd)
    {
        var start = Skip(text, clauseStart, clauseEnd, []);
        var end = clauseEnd;
        while (end > start && (LinkWords.ClauseEnds.Contains(text[end - 1]) || char.IsWhiteSpace(text[end - 1]) || Sentences.Ends.Contains(text[end - 1], StringComparison.Ordinal)))
        {
            end--;
        }
        foreach (var (open, close) in LinkWords.Frames)
        {
            if (text.AsSpan(start, end - start).StartsWith(open, StringComparison.Ordinal)
                && (text.AsSpan(start, end - start).EndsWith(close, StringComparison.Ordinal) || LinkWords.Before(text, end, start + open.Length, LinkWords.Venues) is not null))
            {
                // 在…下, or a venue (在鄉公所陳情會場): the bodies inside support or host.
                return (start, end);
            }
        }
        return null;
    }
}
