using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Links;

/// <summary>
/// Ties every money, count, measure and percent fact to the place, period and actor it is about, and
/// says what it counts or funds, from the facts the recognizers found (places with their codes, dates,
/// organisations, work teams) and the text's paragraphs (lines), sentences and clauses:
/// <list type="bullet">
/// <item><c>Place</c>/<c>Code</c>/<c>Scope</c>: the most specific place of the number's clause, else of
/// its sentence, else the place the paragraph opens with, else the document's one station (or, without one, its one
/// village) or county.
/// A scope that names two places of the same level (三个村: 劳光村、英吾斯塘村、阿奇玛村) links none and
/// stops there: a wrong link is worse than none. Places inside an organisation's name, and inside a
/// team's name other than its station, are not what a number is about.</item>
/// <item><c>Period</c>: the date of the clause, else of the sentence (the nearest before the number,
/// else the first after; a range of two dates as an ISO interval; a date after a comparison word
/// such as 较 left out), else the date of a paragraph-opening time phrase (2020年以来).</item>
/// <item><c>Actor</c>: the teams (by sender) and organisations of the sentence before the number that
/// are not objects, supporters or evaluators (向, 被, 在…下); else the document's one team when the
/// sentence speaks of the team or the clause of an action (投入, 修建, 发放).</item>
/// <item><c>Subject</c>: a counted noun right after a count (30户村民 → 村民); the purpose after money
/// (用于修建道路 → 修建道路).</item>
/// </list>
/// One pass to cut the text, one over the facts; each scope's place is chosen once: linear in the document.
/// Works on the text as written (both scripts: the words are listed in both).
/// </summary>
internal static class FactLinker
{
    private const int MaxSubjectLength = 16;

    /// <summary>What joins several actors in <c>actor</c> (the output contract's separator, docs/facts.md).</summary>
    public const char ActorSeparator = Marks.ListComma;

    /// <summary>The facts with their numbers linked; other facts as they were. <paramref name="facts"/> is in document order.</summary>
    public static List<Fact> Link(string text, List<Fact> facts)
    {
        if (!facts.Exists(f => f.Kind.IsNumber()))
        {
            return facts;
        }
        var cut = new Cut(text);
        var n = facts.Count;
        var clause = new int[n];
        for (int i = 0, c = 0; i < n; i++)
        {
            while (c + 1 < cut.ClauseStarts.Count && cut.ClauseStarts[c + 1] <= facts[i].Start)
            {
                c++;
            }
            clause[i] = c;
        }
        var candidate = PlaceCandidates(facts);

        // The chosen place of every clause and sentence, once each (index of a place fact, None or Ambiguous).
        var clauseCount = cut.ClauseStarts.Count;
        var sentenceCount = cut.SentenceParagraph.Count;
        var clausePlaces = new List<int>?[clauseCount];
        var sentencePlaces = new List<int>?[sentenceCount];
        var clauseDates = new List<int>?[clauseCount];
        var sentenceDates = new List<int>?[sentenceCount];
        var sentenceActors = new List<int>?[sentenceCount];
        var teamSenders = new List<string>();
        // Organisations named as a team's sender without its station (县财政局驻村工作队, 绛县农发行扶贫工作队).
        var orgTeamSenders = new List<string>();
        var stations = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var f = facts[i];
            var c = clause[i];
            var s = cut.ClauseSentence[c];
            switch (f.Kind)
            {
                case FactKinds.Place when candidate[i]:
                    (clausePlaces[c] ??= []).Add(i);
                    (sentencePlaces[s] ??= []).Add(i);
                    break;
                case FactKinds.Date when f.Date is not null && LinkWords.Before(text, f.Start, cut.ClauseStarts[c], LinkWords.Baseline) is null:
                    (clauseDates[c] ??= []).Add(i);
                    (sentenceDates[s] ??= []).Add(i);
                    break;
                case FactKinds.Team when f.Name is not null:
                    AddDistinct(teamSenders, f.Name);
                    if (f.Station is { } station)
                    {
                        AddDistinct(stations, station);
                    }
                    (sentenceActors[s] ??= []).Add(i);
                    break;
                case FactKinds.Organization when f.Name is not null:
                    (sentenceActors[s] ??= []).Add(i);
                    if (NamesATeam(text, f.End))
                    {
                        orgTeamSenders.Add(f.Name);
                    }
                    break;
                default:
                    break;
            }
        }
        var clauseChoice = new int[clauseCount];
        for (var c = 0; c < clauseCount; c++)
        {
            clauseChoice[c] = Choose(text, facts, cut, clausePlaces[c], clauseDates);
        }
        var sentenceChoice = new int[sentenceCount];
        for (var s = 0; s < sentenceCount; s++)
        {
            sentenceChoice[s] = Choose(text, facts, cut, sentencePlaces[s], clauseDates);
        }
        // The place a paragraph is about: the one its first sentence that names a county or a smaller
        // place names, for the numbers of that sentence and those after it.
        var paragraphCount = cut.ParagraphFirstSentence.Count;
        var paragraphChoice = new int[paragraphCount];
        var paragraphChoiceSentence = new int[paragraphCount];
        var paragraphPeriod = new string?[paragraphCount];
        for (var p = 0; p < paragraphCount; p++)
        {
            paragraphChoice[p] = None;
            var last = p + 1 < paragraphCount ? cut.ParagraphFirstSentence[p + 1] : sentenceCount;
            for (var s = cut.ParagraphFirstSentence[p]; s < last; s++)
            {
                // A province or a country named in passing (发展是新疆长治久安的重要基础) is not what a paragraph is about.
                if (sentenceChoice[s] == Ambiguous || (sentenceChoice[s] >= 0 && Rank(facts[sentenceChoice[s]].Level) >= Rank(PlaceLevel.County)))
                {
                    paragraphChoice[p] = sentenceChoice[s] >= 0 ? sentenceChoice[s] : None;
                    paragraphChoiceSentence[p] = s;
                    break;
                }
            }
            paragraphPeriod[p] = OpeningPeriod(text, facts, cut, p, clauseDates);
        }
        var documentPlace = DocumentPlace(facts, candidate, stations);
        var documentTeam = teamSenders.Count == 1 ? teamSenders[0]
            : teamSenders.Count == 0 && orgTeamSenders.Distinct(StringComparer.Ordinal).Count() == 1 ? orgTeamSenders[0] : null;

        var linked = new List<Fact>(n);
        for (var i = 0; i < n; i++)
        {
            var f = facts[i];
            if (!f.Kind.IsNumber())
            {
                linked.Add(f);
                continue;
            }
            var c = clause[i];
            var s = cut.ClauseSentence[c];
            var p = cut.SentenceParagraph[s];
            int place;
            LinkScope? scope;
            if (clauseChoice[c] != None)
            {
                (place, scope) = (clauseChoice[c], LinkScope.Clause);
            }
            else if (sentenceChoice[s] != None)
            {
                (place, scope) = (sentenceChoice[s], LinkScope.Sentence);
            }
            else if (paragraphChoice[p] != None && paragraphChoiceSentence[p] <= s)
            {
                (place, scope) = (paragraphChoice[p], LinkScope.Paragraph);
            }
            else
            {
                (place, scope) = (documentPlace, LinkScope.Document);
            }
            if (place < 0)
            {
                scope = null;
            }
            var period = Period(text, facts, f, clauseDates[c]) ?? Period(text, facts, f, sentenceDates[s]) ?? paragraphPeriod[p];
            var actor = Actor(text, facts, f, cut, c, sentenceActors[s], sentenceDates[s]);
            if (actor is null && documentTeam is not null)
            {
                // The document's one team did it: a verb of action before the number in its clause, or
                // after the team's word (工作队) earlier in the sentence.
                var teamWord = LinkWords.LastIndexOf(text, cut.SentenceStart(s), f.Start, LinkWords.TeamWords);
                if ((LinkWords.Any(text, cut.ClauseStarts[c], f.Start, LinkWords.Actions)
                    || (teamWord >= 0 && LinkWords.Any(text, teamWord, f.Start, LinkWords.Actions)))
                    && !LinkWords.Any(text, cut.ClauseStarts[c], cut.ClauseEnd(c), LinkWords.NoActor))
                {
                    actor = documentTeam;
                }
            }
            linked.Add(f with
            {
                Place = place >= 0 ? facts[place].Name : f.Place,
                Code = place >= 0 ? facts[place].Code : f.Code,
                Scope = scope ?? f.Scope,
                Period = period ?? f.Period,
                Actor = actor ?? f.Actor,
                Subject = f.Subject ?? Simplified(Subject(text, f, cut.ClauseEnd(c), cut.SentenceEnd(s))),
            });
        }
        return linked;
    }

    private const int None = -1;

    /// <summary>A subject as facts.md writes names: in simplified script (群眾 → 群众), whatever the text's script.</summary>
    private static string? Simplified(string? subject) => subject is null ? null : ScriptConverter.Default.ToSimplified(subject);
    private const int Ambiguous = -2;

    private static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }

    /// <summary>
    /// Which place facts a number may be about: not one inside an organisation's name (和田地委), nor inside
    /// a team's name unless it is that team's station (人行乌鲁木齐… is the sender's city).
    /// </summary>
    private static bool[] PlaceCandidates(List<Fact> facts)
    {
        var candidate = new bool[facts.Count];
        // Organisations and teams by start; a place is inside one when one that starts at or before it ends at or after it.
        var holders = new List<int>();
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].Kind is FactKinds.Organization or FactKinds.Team)
            {
                holders.Add(i);
            }
        }
        var next = 0;
        var active = new List<int>();
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Kind != FactKinds.Place || f.Name is null)
            {
                continue;
            }
            while (next < holders.Count && facts[holders[next]].Start <= f.Start)
            {
                active.Add(holders[next++]);
            }
            active.RemoveAll(h => facts[h].End <= f.Start);
            var inside = false;
            var station = false;
            foreach (var h in active)
            {
                var holder = facts[h];
                if (holder.End >= f.End)
                {
                    inside = true;
                    station |= holder.Kind == FactKinds.Team && string.Equals(holder.Station, f.Name, StringComparison.Ordinal);
                }
            }
            candidate[i] = !inside || station;
        }
        return candidate;
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

    /// <summary>How specific a level is: a village most.</summary>
    private static int Rank(PlaceLevel? level) => level switch
    {
        PlaceLevel.Village => 5,
        PlaceLevel.Township => 4,
        PlaceLevel.County => 3,
        PlaceLevel.Prefecture or PlaceLevel.Other => 2,
        PlaceLevel.Province => 1,
        _ => 0,
    };

    /// <summary>
    /// One place for a scope's place facts: the most specific, when the scope names only one of its
    /// level; of several, the first that opens its clause as its subject (恰勒阔德村从阿尔善村拆分出来).
    /// </summary>
    private static int Choose(string text, List<Fact> facts, Cut cut, List<int>? places, List<int>?[] clauseDates)
    {
        var chosen = Choose(facts, places);
        if (chosen != Ambiguous)
        {
            return chosen;
        }
        var best = places!.Max(i => Rank(facts[i].Level));
        foreach (var i in places!)
        {
            var f = facts[i];
            var c = cut.ClauseOf(f.Start, cut.ClauseStarts.Count - 1);
            if (Rank(f.Level) == best && OpensClause(text, facts, cut.ClauseStarts[c], f.Start, clauseDates[c], strict: true))
            {
                // Two places joined at the head (民丰县和且末县) are both the subject: none.
                var joined = f.End < text.Length && LinkWords.Joiners.Contains(text[f.End]) && places.Exists(j => facts[j].Start == f.End + 1);
                return joined ? Ambiguous : i;
            }
        }
        return Ambiguous;
    }

    private static int Choose(List<Fact> facts, List<int>? places)
    {
        if (places is null)
        {
            return None;
        }
        var best = -1;
        var chosen = None;
        foreach (var i in places)
        {
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
        a.Code is not null && b.Code is not null ? a.Code == b.Code : string.Equals(a.Name, b.Name, StringComparison.Ordinal);

    /// <summary>Of two mentions of one place, the one with a code, else the longer name (民丰县 over 民丰).</summary>
    private static bool Better(Fact a, Fact b) =>
        (a.Code is not null && b.Code is null) || ((a.Code is null) == (b.Code is null) && (a.Name?.Length ?? 0) > (b.Name?.Length ?? 0));

    /// <summary>The document's one station (of its teams), else its one village, else its one county; None when it has none or several.</summary>
    private static int DocumentPlace(List<Fact> facts, bool[] candidate, List<string> stations)
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
        // report; one whose teams have several stations is about none of them alone.
        var village = stations.Count == 0 ? OnlyOne(facts, candidate, PlaceLevel.Village) : None;
        return village >= 0 ? village : OnlyOne(facts, candidate, PlaceLevel.County) is var county and >= 0 ? county : None;
    }

    /// <summary>
    /// The place of a level the document is about: the one it names, or the one it names in more than
    /// half of that level's mentions, twice at least (腰埠村 seven times beside a 村 misread once); else None.
    /// </summary>
    private static int OnlyOne(List<Fact> facts, bool[] candidate, PlaceLevel level)
    {
        // Mentions per place (by code, else name), the best mention of each; few places per document.
        var places = new List<(int Best, int Mentions)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Kind != FactKinds.Place || !candidate[i] || f.Level != level)
            {
                continue;
            }
            total++;
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

    /// <summary>
    /// The period of a paragraph-opening time phrase: the paragraph's first clause is a date with only
    /// time words around it (2020年, 2020年以来, 截至2020年底).
    /// </summary>
    private static string? OpeningPeriod(string text, List<Fact> facts, Cut cut, int paragraph, List<int>?[] clauseDates)
    {
        var first = cut.SentenceFirstClause[cut.ParagraphFirstSentence[paragraph]];
        if (first >= cut.ClauseStarts.Count || clauseDates[first] is not { Count: > 0 } dates)
        {
            return null;
        }
        var start = cut.ClauseStarts[first];
        var end = cut.ClauseEnd(first);
        var at = Skip(text, start, end, LinkWords.TimeLead);
        var d = facts[dates[0]];
        if (d.Start != at)
        {
            return null;
        }
        var value = d.Date;
        var after = d.End;
        if (dates.Count > 1 && RangeBetween(text, d, facts[dates[1]]))
        {
            value = d.Date + "/" + facts[dates[1]].Date;
            after = facts[dates[1]].End;
        }
        else if (dates.Count > 1)
        {
            return null;
        }
        after = Skip(text, after, end, LinkWords.TimeTail);
        while (after < end && (LinkWords.ClauseEnds.Contains(text[after]) || char.IsWhiteSpace(text[after])))
        {
            after++;
        }
        return after >= end ? value : null;
    }

    private static int Skip(string text, int at, int end, string[] words)
    {
        while (at < end)
        {
            if (char.IsWhiteSpace(text[at]))
            {
                at++;
                continue;
            }
            var word = LinkWords.At(text, at, words);
            if (word is null || at + word.Length > end)
            {
                break;
            }
            at += word.Length;
        }
        return at;
    }

    /// <summary>Two dates joined by one range mark (2015年12月20日至1月14日).</summary>
    private static bool RangeBetween(string text, Fact a, Fact b) =>
        b.Start - a.End == 1 && RangeMarks.IsMark(text[a.End]);

    /// <summary>The period from a scope's dates: the nearest before the number, else the first after; a range as an interval.</summary>
    private static string? Period(string text, List<Fact> facts, Fact number, List<int>? dates)
    {
        if (dates is null)
        {
            return null;
        }
        var chosen = -1;
        for (var k = 0; k < dates.Count; k++)
        {
            if (facts[dates[k]].Start < number.Start || chosen < 0)
            {
                chosen = k;
            }
            if (facts[dates[k]].Start >= number.Start)
            {
                break;
            }
        }
        // A range's end chosen alone: take the whole range.
        if (chosen > 0 && RangeBetween(text, facts[dates[chosen - 1]], facts[dates[chosen]]))
        {
            chosen--;
        }
        var d = facts[dates[chosen]];
        if (chosen + 1 < dates.Count && RangeBetween(text, d, facts[dates[chosen + 1]]))
        {
            return d.Date + "/" + facts[dates[chosen + 1]].Date;
        }
        return d.Date;
    }

    /// <summary>
    /// The teams (by sender) and organisations of the sentence before the number that act, joined by 、:
    /// those that open their clause (after time words, a date or 由) or are joined to one that does
    /// (县财政局、县水利局), not those after 被 or 向, nor inside a frame 在…下.
    /// </summary>
    private static string? Actor(string text, List<Fact> facts, Fact number, Cut cut, int numberClause, List<int>? actors, List<int>? dates)
    {
        if (actors is null)
        {
            return null;
        }
        List<string>? names = null;
        var coveredTo = -1;
        var lastActorEnd = -1;
        foreach (var i in actors)
        {
            var f = facts[i];
            if (f.Start >= number.Start)
            {
                break;
            }
            if (f.End <= coveredTo)
            {
                continue; // an organisation inside a team's or another organisation's name
            }
            coveredTo = Math.Max(coveredTo, f.End);
            var c = cut.ClauseOf(f.Start, numberClause);
            var clauseStart = cut.ClauseStarts[c];
            var joined = lastActorEnd >= 0 && f.Start - lastActorEnd == 1 && LinkWords.Joiners.Contains(text[lastActorEnd]);
            var opens = OpensClause(text, facts, clauseStart, f.Start, dates);
            if (!(joined || opens) || LinkWords.Before(text, f.Start, Math.Max(clauseStart, f.Start - 2), LinkWords.NotAgent) is not null
                || InFrame(text, clauseStart, cut.ClauseEnd(c), f.Start))
            {
                continue;
            }
            lastActorEnd = f.End;
            names ??= [];
            AddDistinct(names, f.Name!);
        }
        return names is null ? null : string.Join(ActorSeparator, names);
    }

    /// <summary>Whether only time words, a date and agent words (由) stand between a clause's start and <paramref name="at"/>.</summary>
    private static bool OpensClause(string text, List<Fact> facts, int clauseStart, int at, List<int>? dates, bool strict = false)
    {
        var k = clauseStart;
        while (k < at)
        {
            var next = strict ? Skip(text, k, at, []) : Skip(text, k, at, LinkWords.TimeLead);
            next = strict ? next : Skip(text, next, at, LinkWords.AgentLead);
            if (dates is not null)
            {
                foreach (var d in dates)
                {
                    if (facts[d].Start == next && facts[d].End <= at)
                    {
                        next = Skip(text, facts[d].End, at, LinkWords.TimeTail);
                    }
                }
            }
            if (next == k)
            {
                break;
            }
            k = next;
        }
        return k == at;
    }

    /// <summary>Whether <paramref name="at"/> is inside a frame 在…下 that makes up the clause (在总行党委的支持下).</summary>
    private static bool InFrame(string text, int clauseStart, int clauseEnd, int at)
    {
        var start = Skip(text, clauseStart, clauseEnd, []);
        var end = clauseEnd;
        while (end > start && (LinkWords.ClauseEnds.Contains(text[end - 1]) || char.IsWhiteSpace(text[end - 1]) || Sentences.Ends.Contains(text[end - 1], StringComparison.Ordinal)))
        {
            end--;
        }
        foreach (var (open, close) in LinkWords.Frames)
        {
            if (text.AsSpan(start, end - start).StartsWith(open, StringComparison.Ordinal) && text.AsSpan(start, end - start).EndsWith(close, StringComparison.Ordinal) && at > start && at < end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// What a count counts when a counted noun follows it (30户村民 → 村民), or what money is for when a
    /// purpose marker follows it in its clause or opens the next (…600余万元，全部用于修建道路 → 修建道路).
    /// </summary>
    private static string? Subject(string text, Fact number, int clauseEnd, int sentenceEnd)
    {
        if (number.Kind == FactKinds.Count)
        {
            return number.End < text.Length ? LinkWords.At(text, number.End, LinkWords.Counted) : null;
        }
        if (number.Kind != FactKinds.Money)
        {
            return null;
        }
        var at = number.End;
        var marker = -1;
        for (var k = at; k < clauseEnd; k++)
        {
            if (LinkWords.At(text, k, LinkWords.Purpose) is not null)
            {
                marker = k;
                break;
            }
        }
        if (marker < 0 && clauseEnd < sentenceEnd)
        {
            // The next clause opens with the marker, maybe after an adverb.
            var next = Skip(text, clauseEnd, sentenceEnd, LinkWords.PurposeLead);
            if (next < sentenceEnd && LinkWords.At(text, next, LinkWords.Purpose) is not null)
            {
                marker = next;
            }
        }
        if (marker < 0)
        {
            return null;
        }
        var from = marker + LinkWords.At(text, marker, LinkWords.Purpose)!.Length;
        var to = from;
        while (to < text.Length && !LinkWords.ClauseEnds.Contains(text[to]) && !Sentences.Ends.Contains(text[to], StringComparison.Ordinal)
            && LinkWords.At(text, to, LinkWords.SubjectEnd) is null)
        {
            to++;
        }
        var subject = text[from..to].Trim();
        return subject.Length is >= 2 and <= MaxSubjectLength ? subject : null;
    }

    /// <summary>
    /// The text cut into paragraphs (lines), sentences (Text/Sentences.Ends) and clauses (link-words'
    /// clause ends; a comma or colon between digits, 1,826, is no clause end).
    /// </summary>
    private sealed class Cut
    {
        private readonly string _text;

        public Cut(string text)
        {
            _text = text;
            ParagraphFirstSentence.Add(0);
            SentenceParagraph.Add(0);
            SentenceFirstClause.Add(0);
            ClauseStarts.Add(0);
            ClauseSentence.Add(0);
            for (var i = 0; i < text.Length; i++)
            {
                // Straight to the next character that may end a clause or sentence.
                var skip = text.AsSpan(i).IndexOfAny(LinkWords.Breaks);
                if (skip < 0)
                {
                    break;
                }
                i += skip;
                var ch = text[i];
                var sentenceEnd = Sentences.Ends.Contains(ch, StringComparison.Ordinal);
                var clauseEnd = !sentenceEnd && LinkWords.ClauseEnds.Contains(ch)
                    && !(i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]));
                if (!sentenceEnd && !clauseEnd)
                {
                    continue;
                }
                var next = i + 1;
                if (next >= text.Length)
                {
                    break;
                }
                var sentence = SentenceParagraph.Count - 1;
                if (sentenceEnd)
                {
                    var paragraph = SentenceParagraph[sentence];
                    if (ch == '\n')
                    {
                        paragraph++;
                        ParagraphFirstSentence.Add(SentenceParagraph.Count);
                    }
                    SentenceParagraph.Add(paragraph);
                    SentenceFirstClause.Add(ClauseStarts.Count);
                    sentence++;
                }
                ClauseStarts.Add(next);
                ClauseSentence.Add(sentence);
            }
        }

        /// <summary>Where each clause starts, in order.</summary>
        public List<int> ClauseStarts { get; } = [];

        /// <summary>The sentence of each clause.</summary>
        public List<int> ClauseSentence { get; } = [];

        /// <summary>The paragraph of each sentence.</summary>
        public List<int> SentenceParagraph { get; } = [];

        /// <summary>The first clause of each sentence.</summary>
        public List<int> SentenceFirstClause { get; } = [];

        /// <summary>The first sentence of each paragraph.</summary>
        public List<int> ParagraphFirstSentence { get; } = [];

        public int ClauseEnd(int clause) => clause + 1 < ClauseStarts.Count ? ClauseStarts[clause + 1] : _text.Length;

        public int SentenceStart(int sentence) => ClauseStarts[SentenceFirstClause[sentence]];

        public int SentenceEnd(int sentence) => sentence + 1 < SentenceFirstClause.Count ? ClauseStarts[SentenceFirstClause[sentence + 1]] : _text.Length;

        /// <summary>The clause of an offset, among the clauses up to <paramref name="upTo"/> (binary search).</summary>
        public int ClauseOf(int offset, int upTo)
        {
            var at = ClauseStarts.BinarySearch(0, upTo + 1, offset, null);
            return at >= 0 ? at : Math.Max(0, ~at - 1);
        }
    }
}
