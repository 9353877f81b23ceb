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
/// its sentence (a quotation's last sentence: also of its attribution, ”某村村民某某说), else the place the
/// paragraph opens with, else the village or township the paragraphs before were about (no heading between,
/// none named since), else the document's one station (or, without one, its one village) or county (with
/// several stations, only the county that holds them all). Words that stand for a place named before
/// (全乡, 该村, 自治州) name it where they stand. A scope that names two places of the same level links none
/// and stops there: a wrong link is worse than none. Not what a number is about: places inside an
/// organisation's name or a team's (other than its station), a county or wider place that sends teams
/// (八师石河子市各“访惠聚”工作队), a distance's reference point (距离那拉提景区5公里). A count of places
/// (三个村, 五个县) is about a place above their level, the document's county when it holds them.</item>
/// <item><c>Period</c>: the date of the clause, else of the sentence (the nearest before the number,
/// else the first after; a range of two dates as an ISO interval; a date after a comparison word
/// such as 较 left out), else the date before a sentence opening with 当天, else the date of a
/// paragraph-opening time phrase (2020年以来).</item>
/// <item><c>Actor</c>: the teams (by sender) and organisations of the sentence before the number that
/// are not objects, supporters, evaluators or passive subjects (向, 在…下, 被); else the team stationed at
/// the number's place, or the document's one team, when the sentence speaks of the team or the clause of
/// an action (投入, 修建, 发放; a verb inside a name is none), unless the paragraph frames the team as a
/// helper (在工作队的帮带下). None for what villagers have, earn or take part in (收入, 参与), read in the
/// number's own words.</item>
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
        var candidate = PlaceCandidates(text, facts, cut, clause, out var sender);

        // The place mentions of every clause and sentence (place facts, and words that stand for one: 全乡, 自治州).
        var clauseCount = cut.ClauseStarts.Count;
        var sentenceCount = cut.SentenceParagraph.Count;
        var clausePlaces = new List<Mention>?[clauseCount];
        var sentencePlaces = new List<Mention>?[sentenceCount];
        var clauseDates = new List<int>?[clauseCount];
        var sentenceDates = new List<int>?[sentenceCount];
        var sentenceActors = new List<int>?[sentenceCount];
        var teamSenders = new List<string>();
        // Organisations named as a team's sender without its station (县财政局驻村工作队, 绛县农发行扶贫工作队).
        var orgTeamSenders = new List<string>();
        var stations = new List<string>();
        var stationCodes = new List<string?>();
        var dates = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var f = facts[i];
            var c = clause[i];
            var s = cut.ClauseSentence[c];
            switch (f.Kind)
            {
                case FactKinds.Place when candidate[i]:
                    (clausePlaces[c] ??= []).Add(new Mention(i, f.Start));
                    (sentencePlaces[s] ??= []).Add(new Mention(i, f.Start));
                    break;
                case FactKinds.Date when f.Date is not null:
                    dates.Add(i);
                    if (LinkWords.Before(text, f.Start, cut.ClauseStarts[c], LinkWords.Baseline) is null)
                    {
                        (clauseDates[c] ??= []).Add(i);
                        (sentenceDates[s] ??= []).Add(i);
                    }
                    break;
                case FactKinds.Team when f.Name is not null:
                    AddDistinct(teamSenders, f.Name);
                    if (f.Station is { } station && !stations.Contains(station, StringComparer.Ordinal))
                    {
                        stations.Add(station);
                        stationCodes.Add(f.Code);
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
        var sentenceNamesPlace = new bool[sentenceCount];
        for (var i = 0; i < n; i++)
        {
            if (sender[i])
            {
                sentenceNamesPlace[cut.ClauseSentence[clause[i]]] = true;
            }
        }
        foreach (var (at, referent) in Anaphors(text, facts, cut))
        {
            var c = cut.ClauseOf(at, clauseCount - 1);
            var s = cut.ClauseSentence[c];
            InsertByStart(clausePlaces[c] ??= [], new Mention(referent, at));
            InsertByStart(sentencePlaces[s] ??= [], new Mention(referent, at));
        }
        var clauseChoice = new int[clauseCount];
        for (var c = 0; c < clauseCount; c++)
        {
            clauseChoice[c] = Choose(text, facts, cut, clausePlaces[c], clauseDates, AnyLevel);
        }
        var sentenceChoice = new int[sentenceCount];
        for (var s = 0; s < sentenceCount; s++)
        {
            sentenceChoice[s] = Choose(text, facts, cut, sentencePlaces[s], clauseDates, AnyLevel);
        }
        // The place a paragraph is about: the one its first sentence that names a county or a smaller
        // place names, for the numbers of that sentence and those after it; before it, and in a paragraph
        // that names none, the village or township the paragraphs before were about (no heading between).
        var paragraphCount = cut.ParagraphFirstSentence.Count;
        var paragraphChoice = new int[paragraphCount];
        var paragraphChoiceSentence = new int[paragraphCount];
        var paragraphNames = new bool[paragraphCount];
        var carried = new int[paragraphCount];
        var paragraphPeriod = new string?[paragraphCount];
        var helpedFrom = new int[paragraphCount];
        for (var p = 0; p < paragraphCount; p++)
        {
            paragraphChoice[p] = None;
            var last = p + 1 < paragraphCount ? cut.ParagraphFirstSentence[p + 1] : sentenceCount;
            for (var s = cut.ParagraphFirstSentence[p]; s < last; s++)
            {
                // A province or a country named in passing (发展是新疆长治久安的重要基础) is not what a paragraph is
                // about; a prefecture is when it opens the paragraph as its subject (自治州通过…).
                if (sentenceChoice[s] == Ambiguous || (sentenceChoice[s] >= 0 && Rank(facts[sentenceChoice[s]].Level) >= Rank(PlaceLevel.County))
                    || (s == cut.ParagraphFirstSentence[p] && sentenceChoice[s] >= 0 && Rank(facts[sentenceChoice[s]].Level) >= Rank(PlaceLevel.Prefecture)
                        && sentencePlaces[s]![0] is var opener && opener.Fact == sentenceChoice[s]
                        && OpensClause(text, facts, cut.SentenceStart(s), opener.Start, clauseDates[cut.SentenceFirstClause[s]])))
                {
                    paragraphChoice[p] = sentenceChoice[s] >= 0 ? sentenceChoice[s] : None;
                    paragraphChoiceSentence[p] = s;
                    paragraphNames[p] = true;
                    break;
                }
            }
            // A sentence of the paragraph that frames the team as a helper (在工作队的帮带下，村干部…): the team
            // is no actor of the paragraph's numbers from there on.
            helpedFrom[p] = int.MaxValue;
            for (var s = cut.ParagraphFirstSentence[p]; s < last && helpedFrom[p] == int.MaxValue; s++)
            {
                var end = s + 1 < sentenceCount ? cut.SentenceFirstClause[s + 1] : clauseCount;
                for (var c = cut.SentenceFirstClause[s]; c < end; c++)
                {
                    if (FramesTheTeam(text, cut.ClauseStarts[c], cut.ClauseEnd(c)))
                    {
                        helpedFrom[p] = s;
                        break;
                    }
                }
            }
            carried[p] = None;
            if (p > 0 && !cut.IsHeading(p - 1))
            {
                var before = cut.IsBlank(p - 1) ? carried[p - 1] : paragraphNames[p - 1] ? paragraphChoice[p - 1] : carried[p - 1];
                carried[p] = before >= 0 && Rank(facts[before].Level) >= Rank(PlaceLevel.Township) ? before : None;
            }
            paragraphPeriod[p] = OpeningPeriod(text, facts, cut, p, clauseDates);
        }
        var documentPlace = DocumentPlace(facts, candidate, stations, stationCodes);
        var documentTeam = teamSenders.Count == 1 ? teamSenders[0]
            : teamSenders.Count == 0 && orgTeamSenders.Distinct(StringComparer.Ordinal).Count() == 1 ? orgTeamSenders[0]
            : null;
        // A page that names no team: its one acting organisation, for the numbers after it acts first and
        // outside sentences that speak of a team (驻村工作队投入…: the team, not the organisation).
        var (actingOrganisation, actsFrom) = teamSenders.Count == 0 && orgTeamSenders.Count == 0
            ? OneActingOrganisation(text, facts, cut, clause, clauseDates) : (null, int.MaxValue);
        var teams = facts.FindAll(f => f.Kind == FactKinds.Team && f.Name is not null && f.Station is not null);
        var names = NameSpans(facts);

        var linked = new List<Fact>(n);
        var previousNumberEnd = -1;
        var previousNumberClause = -1;
        var previousNumberSentence = -1;
        string? previousActor = null;
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
            // A quotation's last sentence takes the place of its attribution (”巴楚县…村村民某某说。).
            var attribution = s + 1 < sentenceCount && cut.SentenceParagraph[s + 1] == p && IsAttribution(text, cut, s + 1) ? s + 1 : -1;
            var limit = CountedLevel(text, f) is { } counted ? Rank(counted) : AnyLevel;
            int place;
            LinkScope? scope;
            if (Pick(clauseChoice[c], clausePlaces[c]) is var inClause && inClause != None)
            {
                (place, scope) = (inClause, LinkScope.Clause);
            }
            else if (Pick(sentenceChoice[s], sentencePlaces[s]) is var inSentence && inSentence != None)
            {
                (place, scope) = (inSentence, LinkScope.Sentence);
            }
            else if (attribution >= 0 && Pick(sentenceChoice[attribution], sentencePlaces[attribution]) is var quoted && quoted != None)
            {
                (place, scope) = (quoted, LinkScope.Sentence);
            }
            else if (paragraphChoice[p] != None && paragraphChoiceSentence[p] <= s && Fits(paragraphChoice[p]))
            {
                (place, scope) = (paragraphChoice[p], LinkScope.Paragraph);
            }
            else if (carried[p] != None && !NamesPlaceFrom(cut.ParagraphFirstSentence[p], s) && Fits(carried[p]))
            {
                (place, scope) = (carried[p], LinkScope.Paragraph);
            }
            else
            {
                (place, scope) = (Fits(documentPlace) ? documentPlace : None, LinkScope.Document);
            }
            // A count of villages (三个村) is about the place that holds them: the document's county when the
            // sentence names only a wider place around it (在和田地区…考核中，三个村…).
            if (limit != AnyLevel && place >= 0 && scope != LinkScope.Document && Fits(documentPlace)
                && Rank(facts[documentPlace].Level) > Rank(facts[place].Level) && Holds(facts[place], facts[documentPlace]))
            {
                (place, scope) = (documentPlace, LinkScope.Document);
            }
            if (place < 0)
            {
                scope = null;
            }
            var period = Period(text, facts, f, clauseDates[c]) ?? Period(text, facts, f, sentenceDates[s])
                ?? SameDayPeriod(text, facts, cut, s, dates) ?? paragraphPeriod[p];
            // What the number's own words say of it: from the number before it in its clause (or the clause's
            // start) to its end, or to the clause's end when no number follows it there (2600余人参与…).
            var segmentStart = previousNumberClause == c ? previousNumberEnd : cut.ClauseStarts[c];
            var segmentEnd = NextNumberStart(facts, i, clause, c) is { } nextNumber ? OwnWordsEnd(text, f.End, nextNumber) : cut.ClauseEnd(c);
            var ownsNothing = LinkWords.Any(text, segmentStart, segmentEnd, LinkWords.NoActor);
            var actor = ownsNothing ? null : Actor(text, facts, f, cut, c, sentenceActors[s], sentenceDates[s]);
            var teamWord = LinkWords.LastIndexOf(text, cut.SentenceStart(s), f.Start, LinkWords.TeamWords);
            var team = (place >= 0 ? TeamAt(teams, facts[place]) : null) ?? documentTeam
                ?? (f.Start > actsFrom && teamWord < 0 ? actingOrganisation : null);
            if (actor is null && team is not null && s < helpedFrom[p])
            {
                // The team did it: a verb of action before the number in its clause, or after the team's word
                // (工作队) earlier in the sentence; not a number of what villagers have, earn or take part in.
                // Or the number opens its clause inside its subject and an action follows (3个驻村点解决500余条…).
                // Not a count of places: 三个村均已完成庭院改造 is the villages' doing.
                var opensSubject = limit == AnyLevel && OpensClause(text, facts, cut.ClauseStarts[c], f.Start, clauseDates[c])
                    && !LinkWords.Any(text, f.End, cut.ClauseEnd(c), LinkWords.Passive);
                if ((AnyAction(text, cut.ClauseStarts[c], f.Start, names)
                    || (teamWord >= 0 && AnyAction(text, teamWord, f.Start, names))
                    || ((teamWord >= cut.ClauseStarts[c] || opensSubject) && AnyAction(text, f.End, cut.ClauseEnd(c), names)))
                    && !ownsNothing)
                {
                    actor = team;
                }
            }
            // A clause that only adds to the number before it (，其中特困户12户; ，120亩) has that number's actor.
            if (actor is null && previousActor is not null && previousNumberSentence == s && !ownsNothing && ContinuesClause(text, cut, c, f))
            {
                actor = previousActor;
            }
            (previousNumberEnd, previousNumberClause, previousNumberSentence, previousActor) = (f.End, c, s, actor ?? f.Actor);
            linked.Add(f with
            {
                Place = place >= 0 ? facts[place].Name : f.Place,
                Code = place >= 0 ? facts[place].Code : f.Code,
                Scope = scope ?? f.Scope,
                Period = period ?? f.Period,
                Actor = actor ?? f.Actor,
                Subject = f.Subject ?? Simplified(Subject(text, f, cut.ClauseEnd(c), cut.SentenceEnd(s))),
            });

            bool NamesPlaceFrom(int first, int upTo)
            {
                for (var k = first; k <= upTo; k++)
                {
                    if (sentencePlaces[k] is not null || sentenceNamesPlace[k])
                    {
                        return true;
                    }
                }
                return false;
            }

            bool Fits(int chosen) => chosen >= 0 && Rank(facts[chosen].Level) < limit;

            // A scope's place: the one chosen for all its numbers, or for a count of places one above their level.
            int Pick(int chosen, List<Mention>? mentions) =>
                limit == AnyLevel ? chosen : Choose(text, facts, cut, mentions, clauseDates, limit);
        }
        return linked;
    }

    /// <summary>A place named in a scope: the place fact (or the one a word such as 全乡 stands for) and where it is named.</summary>
    private readonly record struct Mention(int Fact, int Start);

    /// <summary>No level bound: every place may be a number's.</summary>
    private const int AnyLevel = 6;

    private static void InsertByStart(List<Mention> mentions, Mention mention)
    {
        var at = mentions.FindIndex(m => m.Start > mention.Start);
        mentions.Insert(at < 0 ? mentions.Count : at, mention);
    }

    /// <summary>Whether <paramref name="outer"/> holds <paramref name="inner"/> by their division codes (和田地区 6532 holds 民丰县 653227).</summary>
    private static bool Holds(Fact outer, Fact inner) =>
        outer.Code is { } o && inner.Code is { } i && i.Length > o.Length && i.StartsWith(o, StringComparison.Ordinal);

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
        var opened = start > cut.ClauseStarts[c] && LinkWords.Any(text, cut.ClauseStarts[c], start, LinkWords.Subset);
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
            if (LinkWords.At(text, k, LinkWords.Actions) is { } word && k + word.Length <= end && !Inside(names, k, k + word.Length))
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
        for (var k = 0; k < text.Length; k++)
        {
            var skip = text.AsSpan(k).IndexOfAny(LinkWords.AnaphorFirsts);
            if (skip < 0)
            {
                break;
            }
            k += skip;
            var window = ScriptConverter.Default.ToSimplified(text.Substring(k, Math.Min(AnaphorWindow, text.Length - k)));
            if (LinkWords.At(window, 0, LinkWords.AnaphorLeads) is not { } lead)
            {
                continue;
            }
            PlaceLevel? level = null;
            var length = 0;
            foreach (var (suffix, suffixLevel) in LinkWords.LevelSuffixes)
            {
                if (window.AsSpan(lead.Length).StartsWith(suffix, StringComparison.Ordinal))
                {
                    (level, length) = (suffixLevel, lead.Length + suffix.Length);
                    break;
                }
            }
            if (level is null || length > window.Length
                || (length < window.Length && LinkWords.SuffixFollowers.TryGetValue(window[length - 1], out var followers) && followers.Contains(window[length], StringComparison.Ordinal)))
            {
                continue;
            }
            while (placeIndex < facts.Count && facts[placeIndex].Start <= k)
            {
                placeIndex++;
            }
            // Not a word of a name (伊犁哈萨克自治州 is a place itself).
            var referent = None;
            var inName = false;
            for (var j = placeIndex - 1; j >= 0; j--)
            {
                var f = facts[j];
                if (f.Kind != FactKinds.Place || f.Name is null)
                {
                    continue;
                }
                if (f.End > k)
                {
                    inName = true;
                    break;
                }
                if (f.Level == level && (referent < 0 || (facts[referent].Code is null && f.Code is not null)))
                {
                    referent = j;
                    if (f.Code is not null)
                    {
                        break;
                    }
                }
            }
            if (!inName && referent >= 0 && (Rank(level) < Rank(PlaceLevel.Township) || facts[referent].Start >= cut.ReachBack(k)))
            {
                found.Add((k, FullestMention(facts, referent, placeIndex)));
            }
            k += length - 1;
        }
        // 这里 (here) stands for the county, township or village named last, in its paragraph or the one before.
        foreach (var word in LinkWords.Here)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var reach = cut.ReachBack(at);
                for (var j = facts.Count - 1; j >= 0; j--)
                {
                    var f = facts[j];
                    if (f.Start >= at || f.Kind != FactKinds.Place || f.Name is null || Rank(f.Level) < Rank(PlaceLevel.County))
                    {
                        continue;
                    }
                    if (f.Start >= reach && f.End <= at)
                    {
                        found.Add((at, j));
                    }
                    break;
                }
            }
        }
        found.Sort((a, b) => a.At.CompareTo(b.At));
        return found;
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

    /// <summary>The date named last before a sentence that opens with a word such as 当天, or null.</summary>
    private static string? SameDayPeriod(string text, List<Fact> facts, Cut cut, int s, List<int> dates)
    {
        var start = cut.SentenceStart(s);
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        if (LinkWords.At(text, start, LinkWords.SameDay) is null)
        {
            return null;
        }
        string? last = null;
        foreach (var d in dates)
        {
            if (facts[d].Start >= start)
            {
                break;
            }
            last = facts[d].Date;
        }
        return last;
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
    /// a team's name unless it is that team's station (人行乌鲁木齐… is the sender's city), nor a county or
    /// a wider place that sends teams (八师石河子市各“访惠聚”工作队), nor a distance's reference point
    /// (距离那拉提旅游景区仅5公里).
    /// </summary>
    private static bool[] PlaceCandidates(string text, List<Fact> facts, Cut cut, int[] clause, out bool[] sender)
    {
        var candidate = new bool[facts.Count];
        sender = new bool[facts.Count];
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
                    // The station as the team names it (第三师44团11连 is 11连's).
                    station |= holder.Kind == FactKinds.Team && holder.Station is { } named && named.EndsWith(f.Name, StringComparison.Ordinal) && !PlaceAfter(facts, i, holder.End);
                }
            }
            sender[i] = (!inside || station) && SendsTeams(text, facts, i);
            candidate[i] = (!inside || station) && !sender[i] && !IsDistanceReference(text, facts, cut, clause, i);
        }
        return candidate;
    }

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
        var window = ScriptConverter.Default.ToSimplified(text.Substring(end, Math.Min(MaxTeamGap + 4, text.Length - end)));
        var at = 0;
        while (at < window.Length)
        {
            if (LinkWords.At(window, at, LinkWords.TeamNames) is not null)
            {
                return true;
            }
            if (LinkWords.QuoteMarks.Contains(window[at], StringComparison.Ordinal) || LinkWords.QuoteCloses.Contains(window[at], StringComparison.Ordinal) || char.IsWhiteSpace(window[at]))
            {
                at++;
            }
            else if (LinkWords.At(window, at, LinkWords.TeamGaps) is { } gap)
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

    /// <summary>Whether a distance word (距离) stands before the place in its clause and a measure follows it there.</summary>
    private static bool IsDistanceReference(string text, List<Fact> facts, Cut cut, int[] clause, int i)
    {
        var c = clause[i];
        var start = cut.ClauseStarts[c];
        if (!LinkWords.Any(text, start, facts[i].Start, LinkWords.Distance))
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
    /// In a page that names no team, the one organisation that acts in it: the only one that opens a clause
    /// as its agent (晋城市国库集中支付中心开始结对帮扶…), not after 向 or 被 nor inside 在…下, and where it first
    /// does; no name when none or several do.
    /// </summary>
    private static (string? Name, int From) OneActingOrganisation(string text, List<Fact> facts, Cut cut, int[] clause, List<int>?[] clauseDates)
    {
        string? found = null;
        var from = int.MaxValue;
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Kind != FactKinds.Organization || f.Name is null)
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
            if (found is not null && !string.Equals(found, f.Name, StringComparison.Ordinal))
            {
                return (null, int.MaxValue);
            }
            found = f.Name;
            from = Math.Min(from, f.Start);
        }
        return (found, from);
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
        var places = limit == AnyLevel ? mentions : mentions.FindAll(m => Rank(facts[m.Fact].Level) < limit);
        var chosen = Choose(facts, places);
        if (chosen != Ambiguous)
        {
            return chosen;
        }
        var best = places.Max(m => Rank(facts[m.Fact].Level));
        foreach (var m in places)
        {
            var f = facts[m.Fact];
            var c = cut.ClauseOf(m.Start, cut.ClauseStarts.Count - 1);
            if (Rank(f.Level) == best && OpensClause(text, facts, cut.ClauseStarts[c], m.Start, clauseDates[c], strict: true))
            {
                // Two places joined at the head (民丰县和且末县) are both the subject: none.
                var end = m.Start + (f.End - f.Start);
                var joined = end < text.Length && LinkWords.Joiners.Contains(text[end]) && places.Exists(j => j.Start == end + 1);
                return joined ? Ambiguous : m.Fact;
            }
        }
        return Ambiguous;
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
        a.Code is not null && b.Code is not null ? a.Code == b.Code : string.Equals(a.Name, b.Name, StringComparison.Ordinal);

    /// <summary>Of two mentions of one place, the one with a code, else the longer name (民丰县 over 民丰).</summary>
    private static bool Better(Fact a, Fact b) =>
        (a.Code is not null && b.Code is null) || ((a.Code is null) == (b.Code is null) && (a.Name?.Length ?? 0) > (b.Name?.Length ?? 0));

    /// <summary>
    /// The document's one station (of its teams), else its one village, else its one county: with several
    /// stations, only the county that holds them all by their codes (三个村 of one county). None when it has
    /// none or several.
    /// </summary>
    private static int DocumentPlace(List<Fact> facts, bool[] candidate, List<string> stations, List<string?> stationCodes)
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
        if (county < 0 || stations.Count <= 1)
        {
            return county;
        }
        return facts[county].Code is { } code && stationCodes.TrueForAll(s => s is not null && s.StartsWith(code, StringComparison.Ordinal)) ? county : None;
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
        for (var k = 0; k < actors.Count; k++)
        {
            var i = actors[k];
            var f = facts[i];
            if (f.Start >= number.Start)
            {
                break;
            }
            if (f.End <= coveredTo || (k + 1 < actors.Count && facts[actors[k + 1]].Start == f.Start && facts[actors[k + 1]].End > f.End))
            {
                continue; // an organisation inside a team's or another organisation's name (the longer one decides)
            }
            coveredTo = Math.Max(coveredTo, f.End);
            var c = cut.ClauseOf(f.Start, numberClause);
            var clauseStart = cut.ClauseStarts[c];
            var joined = lastActorEnd >= 0 && f.Start - lastActorEnd == 1 && LinkWords.Joiners.Contains(text[lastActorEnd]);
            var opens = OpensClause(text, facts, clauseStart, f.Start, dates);
            if (!(joined || opens) || LinkWords.Before(text, f.Start, Math.Max(clauseStart, f.Start - 2), LinkWords.NotAgent) is not null
                || LinkWords.At(text, f.End, LinkWords.Passive) is not null
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
            var next = strict ? Skip(text, k, at, []) : Skip(text, Skip(text, k, at, LinkWords.TimeLead), at, LinkWords.TimeWords);
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

    /// <summary>Whether a clause is a frame 在…下 around the team's word (在工作队的帮带下): the team helps, another acts.</summary>
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

    /// <summary>The clause's words, when they are a frame 在…下 (在总行党委的支持下); null when not.</summary>
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
            if (text.AsSpan(start, end - start).StartsWith(open, StringComparison.Ordinal) && text.AsSpan(start, end - start).EndsWith(close, StringComparison.Ordinal))
            {
                return (start, end);
            }
        }
        return null;
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
                var skip = text.AsSpan(i).IndexOfAny(LinkWords.BreaksAndQuotes);
                if (skip < 0)
                {
                    break;
                }
                i += skip;
                var ch = text[i];
                // A quotation that ends with an ellipsis ends its sentence too (“…爱我中华……”3月2日是…).
                var quoteEnd = LinkWords.QuoteCloses.Contains(ch, StringComparison.Ordinal);
                if (quoteEnd && !(i > 0 && LinkWords.SentenceTails.Contains(text[i - 1], StringComparison.Ordinal)))
                {
                    continue;
                }
                var sentenceEnd = quoteEnd || Sentences.Ends.Contains(ch, StringComparison.Ordinal);
                var clauseEnd = !sentenceEnd && LinkWords.ClauseEnds.Contains(ch)
                    && !(i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]));
                if (!sentenceEnd && !clauseEnd)
                {
                    continue;
                }
                var next = i + 1;
                // The closing quotation marks after a sentence's end belong to it (…办好办实。”沈志坚说。).
                while (sentenceEnd && ch != '\n' && next < text.Length && LinkWords.QuoteCloses.Contains(text[next], StringComparison.Ordinal))
                {
                    next++;
                }
                i = next - 1;
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

        /// <summary>
        /// Whether paragraph <paramref name="p"/> is a heading or a caption: a line with text that does not end
        /// as running text does (一、建设坚强战斗堡垒, 工作队和村民一起抗洪).
        /// </summary>
        public bool IsHeading(int p)
        {
            var (start, end) = ParagraphSpan(p);
            while (end > start && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }
            var last = _text[end - 1 < start ? start : end - 1];
            return end - start >= MinHeading && !Sentences.Ends.Contains(last, StringComparison.Ordinal) && !LinkWords.QuoteCloses.Contains(last, StringComparison.Ordinal)
                && !LinkWords.SentenceTails.Contains(last, StringComparison.Ordinal) && !LinkWords.ClauseEnds.Contains(last);
        }

        /// <summary>
        /// How far back a word such as 全村 may find its place from <paramref name="offset"/>: the start of its
        /// paragraph's previous paragraph with text, unless a heading stands between.
        /// </summary>
        public int ReachBack(int offset)
        {
            var p = SentenceParagraph[ClauseSentence[ClauseOf(offset, ClauseStarts.Count - 1)]];
            var q = p - 1;
            while (q >= 0 && IsBlank(q))
            {
                q--;
            }
            return q < 0 || IsHeading(q) ? ParagraphSpan(p).Start : ParagraphSpan(q).Start;
        }

        /// <summary>Whether paragraph <paramref name="p"/> holds only white space, or a word of furniture shorter than a heading (图片).</summary>
        public bool IsBlank(int p)
        {
            var (start, end) = ParagraphSpan(p);
            return _text.AsSpan(start, end - start).Trim().Length < MinHeading;
        }

        /// <summary>The fewest characters of a heading; a shorter line without an end mark is an image's place (图片, IMG_261).</summary>
        private const int MinHeading = 5;

        private (int Start, int End) ParagraphSpan(int p)
        {
            var first = ParagraphFirstSentence[p];
            var next = p + 1 < ParagraphFirstSentence.Count ? ParagraphFirstSentence[p + 1] : SentenceParagraph.Count;
            return (SentenceStart(first), next < SentenceParagraph.Count ? SentenceStart(next) : _text.Length);
        }

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
