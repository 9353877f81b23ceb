using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// A work team: the span that names it, its sending unit and one station (a team with several stations gives
/// several). <see cref="StationStart"/> and <see cref="StationEnd"/> are the span of the place mention the station
/// was read from (its code comes from there), or -1 when the station is not one place mention (a Corps chain).
/// </summary>
internal readonly record struct TeamMention(int Start, int End, string Sender, string Station, int StationStart = -1, int StationEnd = -1);

/// <summary>
/// Finds work teams (工作队, 工作组) with their sender and station:
/// <list type="bullet">
/// <item><c>S驻P工作队</c> and the other verbs before a station (<c>S下派到P驻村帮扶工作队</c>): the station is the
/// most specific place of P (该县/该村 resolved), or the Corps company with its chain (<c>第三师51团6连</c>); short
/// unlisted nominal words of the team's kind may stand after P (<c>驻李家村产业发展工作队</c>, WorkTeamRecognizer.Filler.cs);</item>
/// <item><c>S“访惠聚”驻村工作队</c> with the stations given elsewhere: 分赴…村、…村 in the sentence; the same
/// sender's station elsewhere in the text; else the village last named in this or the previous paragraph;</item>
/// <item><c>S派出…工作队入驻P</c>, <c>S选派3个工作队分赴A、B、C</c>: the station after the team word;</item>
/// <item><c>S工作队,迅速进驻P</c>: an organisation right before the team word, a verb of settling (team-markers.tsv,
/// column settle) and a village, township or county after it;</item>
/// <item><c>S向P派出工作队</c>: the station between the toward word and the send verb;</item>
/// <item><c>P迎来了S驻村工作队</c>: the village before a receive verb, a team with no station after its sender, guarded (WorkTeamRecognizer.Receive.cs);</item>
/// <item><c>P驻村工作队,由S派驻</c>, <c>P驻村工作队(S派驻)</c>: the sender in an apposition after the team;</item>
/// <item><c>P工作队</c> for a station whose sender the text named before.</item>
/// </list>
/// Teams with no named sender (各驻村工作队) are not reported.
/// </summary>
internal static partial class WorkTeamRecognizer
{
    /// <summary>The words that name a team: team-words.tsv.</summary>
    private static readonly string[] TeamWords = [.. WordLists.Get("team-words").Values()];

    /// <summary>The team words that name a team only in the frame S驻P…: team-words.tsv, column frame, station (小分队).</summary>
    private static readonly string[] StationFrameWords = [.. WordLists.Get("team-words").Where("frame", "station").Select(r => r[0])];

    /// <summary>Gap words of two characters or more (乡村振兴, 扶贫, 驻村): a team's kind between its body and the team word.</summary>
    private static readonly string[] KindWords = [.. WordLists.Get("team-gaps").Values().Where(w => w.Length >= 2)];

    /// <summary>Verbs between the sender and the station: team-markers.tsv, column before.</summary>
    private static readonly string[] BeforeStation = [.. WordLists.Get("team-markers").Where("before", "yes").Select(r => r[0])];

    /// <summary>Verbs after the sender, the team word later in the clause: team-markers.tsv, column send.</summary>
    private static readonly string[] SendVerbs = [.. WordLists.Get("team-markers").Where("send", "yes").Select(r => r[0])];

    /// <summary>Verbs right after the team word, the station following: team-markers.tsv, column after.</summary>
    private static readonly string[] AfterTeam = [.. WordLists.Get("team-markers").Where("after", "yes").Select(r => r[0])];

    /// <summary>Verbs right after the team word only, never later in its sentence (到): team-markers.tsv, column after, near.</summary>
    private static readonly string[] AfterTeamOnly = [.. WordLists.Get("team-markers").Where("after", "near").Select(r => r[0])];

    /// <summary>Verbs after the team word that say the team took up its station (进驻, not 来到): team-markers.tsv, column settle.</summary>
    private static readonly string[] SettleVerbs = [.. WordLists.Get("team-markers").Where("settle", "yes").Select(r => r[0])];

    /// <summary>Adverbs between the sender and its send verb, or between the team word and its verb after: team-adverbs.tsv.</summary>
    private static readonly string[] Adverbs = [.. WordLists.Get("team-adverbs").Values()];

    /// <summary>Words between the sender and the station, a send verb after the station: team-markers.tsv, column toward.</summary>
    private static readonly string[] TowardStation = [.. WordLists.Get("team-markers").Where("toward", "yes").Select(r => r[0])];

    /// <summary>Words between the station and the team word that name no station: team-gaps.tsv, column use, any.</summary>
    private static readonly string[] GapWords = [.. WordLists.Get("team-gaps").Where("use", "any").Select(r => r[0])];

    /// <summary>The last characters of the team words (队, 组): a text with none of them has no team; their first (工 of 工作) is in most lines.</summary>
    private static readonly System.Buffers.SearchValues<char> TeamLastChars = System.Buffers.SearchValues.Create(string.Concat(TeamWords.Select(w => w[^1]).Distinct()));

    /// <summary>Fillers that name a campaign (乡村振兴): after them a province alone sends no team. team-gaps.tsv, column sender programme.</summary>
    private static readonly string[] ProgrammeFillers = [.. WordLists.Get("team-gaps").Where("sender", "programme").Select(r => r[0])];

    /// <summary>Filler between a sender and the verb before the station (市府办等单位驻…): the sender is what comes before it.</summary>
    /// <remarks>Declared after <see cref="ProgrammeFillers"/>, which it reads.</remarks>
    private static readonly string[] SenderFillers = [.. WordLists.Get("team-sender-fillers").Values(), .. ProgrammeFillers];

    /// <summary>The longest run of other characters a sender may have before a station's verb with no mention found in it (师市).</summary>
    private const int MaxBareSender = 10;

    /// <summary>The most characters between a send verb and its team word (选派3个工作队, 派出精干力量组成的工作队).</summary>
    private const int MaxSendGap = 20;

    /// <summary>The most characters of unknown name (XX县区) before the first place of a station.</summary>
    private const int MaxUnknownStationPrefix = 12;

    /// <summary>What a Corps unit ends in after its number (51团, 6连, 十二连, 牧业五队): grammar, not a list.</summary>
    private const string CorpsUnitMarks = "团连队";

    /// <summary>Verbs by which a team has another party act (促成, 邀请): team-other-parties.tsv.</summary>
    private static readonly string[] OtherPartyVerbs = [.. WordLists.Get("team-other-parties").Values()];

    /// <summary>A team member (工作队员), not a team.</summary>
    private const char MemberMark = '员';

    public static IReadOnlyList<TeamMention> Recognize(ReadOnlySpan<char> view, List<PlaceMention> places, List<OrgMention> orgs)
    {
        if (!view.ContainsAny(TeamLastChars) || !ContainsTeamWord(view))
        {
            // Every team is found at its team word: most texts have none, and need none of the lists below (nor a list of their own).
            return Array.Empty<TeamMention>();
        }
        var byEnd = new EndIndex(places, orgs);
        var explicitTeams = new List<TeamMention>();
        var pending = new List<(int Start, int End, string Sender, int At, bool Slogan)>();
        var stationOnly = new List<(int Start, int End, Station Station)>();
        var from = 0;
        // Each team word's next place at or after the last search (-1: none is left), so a word found far ahead or nowhere is
        // not searched for again from each team on (a line of thousands of teams was quadratic).
        var nextAt = new int[TeamWords.Length];
        Array.Fill(nextAt, NotSearched);
        while (NextTeamWord(view, from, nextAt) is var (t, te) && t >= 0)
        {
            from = te;
            if (te < view.Length && view[te] == MemberMark)
            {
                continue;
            }
            var clauseStart = t;
            while (clauseStart > 0 && t - clauseStart < TextClasses.MaxSentenceLength && !IsClauseBreak(view[clauseStart - 1]))
            {
                clauseStart--;
            }
            if (IsStationFrameWord(view[t..te]))
            {
                // 县委办驻旴江镇五星村小分队: a word that names a squad as often as a village team is a team only with its
                // sender, a verb before the station and a station named (team-words.tsv, frame station).
                if (StationBefore(view, byEnd, places, clauseStart, t) is var (squadSender, squadStations))
                {
                    foreach (var station in squadStations)
                    {
                        explicitTeams.Add(new TeamMention(squadSender.Start, te, squadSender.Name, station.Name, station.Start, station.End));
                    }
                }
                continue;
            }
            if (StationBefore(view, byEnd, places, clauseStart, t) is var (sender, stations))
            {
                if (stations.Count == 0)
                {
                    var after = StationsAfter(view, places, te);
                    if (after.Count == 0 && ReceivedAt(view, byEnd, places, orgs, clauseStart, sender, te) is { } received)
                    {
                        // 李家村迎来了县财政局驻村工作队: the village that received the team (WorkTeamRecognizer.Receive.cs).
                        after = [received];
                    }
                    if (after.Count == 0)
                    {
                        pending.Add((sender.Start, te, sender.Name, t, HasSlogan(view[sender.Start..t])));
                    }
                    foreach (var station in after)
                    {
                        // 来自平凤镇的驻镇扶村工作队进驻平凤镇: a place that is the station (or holds it) sends no team there.
                        if (!sender.Name.Contains(station.Name, StringComparison.Ordinal))
                        {
                            explicitTeams.Add(new TeamMention(sender.Start, te, sender.Name, station.Name, station.Start, station.End));
                        }
                    }
                    continue;
                }
                foreach (var station in stations)
                {
                    explicitTeams.Add(new TeamMention(sender.Start, te, sender.Name, station.Name, station.Start, station.End));
                }
                continue;
            }
            if (SentToward(view, byEnd, places, clauseStart, t) is var (towardSender, towardStations))
            {
                foreach (var station in towardStations)
                {
                    explicitTeams.Add(new TeamMention(towardSender.Start, te, towardSender.Name, station.Name, station.Start, station.End));
                }
                continue;
            }
            if ((SentBy(view, byEnd, clauseStart, t) ?? SentBySubject(view, places, orgs, clauseStart, t)) is { } sent)
            {
                // A team sent (派出, 选派) is one only where the sentence says where it went (入驻Y, 分赴A、B、C).
                var after = StationsAfter(view, places, te);
                if (after.Count == 0)
                {
                    after = StationsWentTo(view, places, t);
                }
                foreach (var station in after)
                {
                    explicitTeams.Add(new TeamMention(sent.Start, te, sent.Name, station.Name, station.Start, station.End));
                }
                continue;
            }
            // 十三师“访惠聚”工作队 with no verb before the station: a station after it or in its sentence before the sender.
            if (SloganSender(view, byEnd, clauseStart, t) is { } slogan)
            {
                var after = StationsAfter(view, places, te);
                if (after.Count == 0)
                {
                    after = StationsWentTo(view, places, t);
                }
                if (after.Count == 0 && VillageBefore(view, places, slogan.Start) is { } village)
                {
                    after = [village];
                }
                if (after.Count == 0 && (VillageAfter(view, places, te) ?? ParagraphVillageBefore(view, places, t)) is { } near)
                {
                    after = [near];
                }
                foreach (var station in after)
                {
                    explicitTeams.Add(new TeamMention(slogan.Start, te, slogan.Name, station.Name, station.Start, station.End));
                }
                continue;
            }
            // 县农业局工作队,迅速进驻李家村: a body named right before the team word, then (after a comma at most) a
            // verb that says the team took up its station and a village, township or county: the body's team there.
            // A visit (县财政局工作队到李家村调研, …来到…) or a province or city (…进驻浙江) names no station.
            // 县财政局乡村振兴工作队驻李家村以来: the team's kind (team-gaps.tsv, words of two characters or more) may stand between.
            if (byEnd.FirstOrgEndingAt(KindWordsStart(view, clauseStart, t)) is { } body && body.Start >= clauseStart
                && StationsAfter(view, places, te, SettleVerbs) is { Count: > 0 } went && AllLocalStations(places, went))
            {
                foreach (var station in went)
                {
                    explicitTeams.Add(new TeamMention(body.Start, te, body.Name, station.Name, station.Start, station.End));
                }
                continue;
            }
            // 劳光村工作队, 十二连工作队: a station named right before the team word, sender known from elsewhere.
            // 雨亭岭村驻村工作队,由…共同派驻: a station before the team word (filler between) and an apposition after it naming the sender.
            if (VillageBeforeGap(view, byEnd, clauseStart, t) is { } named && ApposedSender(view, byEnd, te) is { } apposed)
            {
                explicitTeams.Add(new TeamMention(named.Start, te, apposed.Name, named.Name, named.Start, named.End));
                continue;
            }
            if (StationEndingAt(view, byEnd, clauseStart, t) is { } alone)
            {
                // A station no place mention covers (十二连, 14村) ends at the team word: the team's span starts with its name.
                stationOnly.Add((alone.Start >= 0 ? alone.Start : t - alone.Name.Length, te, alone));
            }
        }

        var result = new List<TeamMention>(explicitTeams);
        // The stations each sender's explicit teams name, in text order.
        var stationsBySender = new Dictionary<string, List<Station>>(StringComparer.Ordinal);
        foreach (var team in explicitTeams)
        {
            if (!stationsBySender.TryGetValue(team.Sender, out var list))
            {
                stationsBySender[team.Sender] = list = [];
            }
            if (!list.Exists(s => s.Name == team.Station))
            {
                list.Add(new Station(team.StationStart, team.StationEnd, team.Station));
            }
        }
        foreach (var (start, end, senderName, t, slogan) in pending)
        {
            foreach (var station in StationsFromContext(view, places, stationsBySender, senderName, t, slogan))
            {
                result.Add(new TeamMention(start, end, senderName, station.Name, station.Start, station.End));
            }
        }
        // A station named alone takes the sender of the first team stationed there.
        var senderByStation = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var team in result)
        {
            senderByStation.TryAdd(team.Station, team.Sender);
        }
        foreach (var (start, end, station) in stationOnly)
        {
            if (SenderOfStation(senderByStation, station.Name) is { } sender && NamedBefore(result, sender, start))
            {
                result.Add(new TeamMention(start, end, sender, station.Name, station.Start, station.End));
            }
        }
        // One sender's teams in the order their stations are named (分赴A乡A村和B乡B村): List.Sort is not stable.
        result.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.StationStart.CompareTo(b.StationStart));
        return result;
    }

    /// <summary>A station: its name and the span it was read from (-1 when not one place mention).</summary>
    private readonly record struct Station(int Start, int End, string Name);

    private static bool ContainsTeamWord(ReadOnlySpan<char> view)
    {
        foreach (var word in TeamWords)
        {
            if (view.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The next team word at or after <paramref name="from"/>: its start and end, or (-1, -1).</summary>
    private static (int Start, int End) NextTeamWord(ReadOnlySpan<char> view, int from)
    {
        var best = (Start: -1, End: -1);
        foreach (var word in TeamWords)
        {
            var at = from < view.Length ? view[from..].IndexOf(word, StringComparison.Ordinal) : -1;
            if (at >= 0 && (best.Start < 0 || from + at < best.Start))
            {
                best = (from + at, from + at + word.Length);
            }
        }
        return best;
    }

    /// <summary>
    /// <see cref="NextTeamWord(ReadOnlySpan{char}, int)"/> for searches whose <paramref name="from"/> never goes back: each word's
    /// place found before (<paramref name="nextAt"/>, by its index in <see cref="TeamWords"/>) is its first at or after
    /// <paramref name="from"/> while it is not before it, so each word is searched for over the text about once.
    /// </summary>
    private static (int Start, int End) NextTeamWord(ReadOnlySpan<char> view, int from, int[] nextAt)
    {
        var best = (Start: -1, End: -1);
        for (var w = 0; w < TeamWords.Length; w++)
        {
            if (nextAt[w] != NoneLeft && nextAt[w] < from)
            {
                var found = from < view.Length ? view[from..].IndexOf(TeamWords[w], StringComparison.Ordinal) : -1;
                nextAt[w] = found >= 0 ? from + found : NoneLeft;
            }
            var at = nextAt[w];
            if (at >= 0 && (best.Start < 0 || at < best.Start))
            {
                best = (at, at + TeamWords[w].Length);
            }
        }
        return best;
    }

    /// <summary><see cref="NextTeamWord(ReadOnlySpan{char}, int, int[])"/>'s marks: a word not searched for yet, a word with no place left.</summary>
    private const int NotSearched = -2, NoneLeft = -1;

    /// <summary>What ends the clause a team's sender and station are read in.</summary>
    private const string ClauseBreaks = "，,。；;！!？?\n：:";

    /// <summary>Brackets around a note between the station and the team word ((以下简称“访惠聚”)).</summary>
    private const string OpeningBrackets = "(（";

    private const string ClosingBrackets = ")）";

    private static bool IsClauseBreak(char c) => ClauseBreaks.Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// <c>S驻P工作队</c>: the first verb of the clause before the team word that has a sender before it and only
    /// stations and filler after it. Null when none; the stations are empty when none is named (驻村).
    /// </summary>
    private static ((int Start, string Name) Sender, List<Station> Stations)? StationBefore(
        ReadOnlySpan<char> view, EndIndex byEnd, List<PlaceMention> places, int clauseStart, int t)
    {
        for (var z = clauseStart; z < t; z++)
        {
            if (WordAt(view[z..t], BeforeStation) is not { } verb)
            {
                continue;
            }
            // 山东省…建设工作队派驻…村工作组: a team may send a team.
            if ((SenderEndingAt(view, byEnd, z, clauseStart) ?? TeamSenderEndingAt(view, places, z, clauseStart) ?? SelfNamedSenderEndingAt(view, z, clauseStart)
                ?? SenderBeforeDate(view, byEnd, z, clauseStart) ?? SourcedSenderEndingAt(view, byEnd, z, clauseStart)) is { } sender)
            {
                if (StationsBetween(view, places, z + verb.Length, t, openFiller: true) is { } stations)
                {
                    return (sender, stations);
                }
                continue;
            }
            // 公安厅“访惠聚”驻14村工作队: a department named without its head opening the clause, where a station is named.
            if (HeadlessBodyEndingAt(view, places, z, clauseStart) is { } headless && StationsBetween(view, places, z + verb.Length, t, openFiller: true) is { Count: > 0 } named)
            {
                return (headless, named);
            }
        }
        return null;
    }

    /// <summary>
    /// <c>S向P派出…工作队</c>: a sender right before a toward word, only stations between it and a send verb (or a verb
    /// before a station, 派驻), the team word at most <see cref="MaxSendGap"/> after that verb. Null when none.
    /// </summary>
    private static ((int Start, string Name) Sender, List<Station> Stations)? SentToward(
        ReadOnlySpan<char> view, EndIndex byEnd, List<PlaceMention> places, int clauseStart, int t)
    {
        for (var z = clauseStart; z < t; z++)
        {
            if (WordAt(view[z..t], TowardStation) is not { } toward || (SenderEndingAt(view, byEnd, z, clauseStart) ?? SenderBeforeAdverb(view, byEnd, z, clauseStart)) is not { } sender)
            {
                continue;
            }
            var from = z + toward.Length;
            for (var v = from + 1; v < t && v - from <= MaxSendGap; v++)
            {
                if ((WordAt(view[v..t], SendVerbs) ?? WordAt(view[v..t], BeforeStation)) is not { } verb)
                {
                    continue;
                }
                if (t - (v + verb.Length) <= MaxSendGap && StationsBetween(view, places, from, v) is { Count: > 0 } stations)
                {
                    return (sender, stations);
                }
                break;
            }
        }
        return null;
    }

    /// <summary><c>S派出…工作队</c>: a sender right before a send verb of the clause, the team word at most <see cref="MaxSendGap"/> after it.</summary>
    private static (int Start, string Name)? SentBy(ReadOnlySpan<char> view, EndIndex byEnd, int clauseStart, int t)
    {
        for (var z = Math.Max(clauseStart, t - MaxSendGap); z < t; z++)
        {
            if (WordAt(view[z..t], SendVerbs) is null)
            {
                continue;
            }
            if ((SenderEndingAt(view, byEnd, z, clauseStart) ?? SelfNamedSenderEndingAt(view, z, clauseStart)) is { } sender)
            {
                return sender;
            }
            // 县委组织部共选派3个工作队: an adverb between the sender and its verb.
            if (AdverbEndingAt(view, clauseStart, z) is { } adverb && SenderEndingAt(view, byEnd, z - adverb.Length, clauseStart) is { } beforeAdverb)
            {
                return beforeAdverb;
            }
            // 县财政局2019年派出工作队: a written date between the sender and its verb (WorkTeamRecognizer.Dates.cs).
            if (SenderBeforeDate(view, byEnd, z, clauseStart) is { } beforeDate)
            {
                return beforeDate;
            }
        }
        return null;
    }

    /// <summary>
    /// <c>S按照…部署,派出…工作队</c>: a send verb opening its clause takes the sentence's subject, the organisation or
    /// place (五师) opening one of the clauses before; the team's span runs from it.
    /// </summary>
    private static (int Start, string Name)? SentBySubject(ReadOnlySpan<char> view, List<PlaceMention> places, List<OrgMention> orgs, int clauseStart, int t)
    {
        if (WordAt(view[clauseStart..t], SendVerbs) is null || t - clauseStart > MaxSendGap)
        {
            return null;
        }
        var sentenceStart = clauseStart;
        while (sentenceStart > 0 && clauseStart - sentenceStart < TextClasses.MaxSentenceLength && !TextClasses.IsSentenceEnd(view[sentenceStart - 1]) && view[sentenceStart - 1] != '\n')
        {
            sentenceStart--;
        }
        for (var cs = sentenceStart; cs < clauseStart; cs++)
        {
            if (cs > sentenceStart && !IsClauseBreak(view[cs - 1]))
            {
                continue;
            }
            var o = OrgMentions.FirstStartingAtOrAfter(orgs, cs);
            if (o < orgs.Count && orgs[o].Start == cs)
            {
                return (cs, orgs[o].Name);
            }
            var k = PlaceMentions.FirstStartingAtOrAfter(places, cs);
            if (k < places.Count && places[k].Start == cs && !places[k].IsAnaphor)
            {
                // The first place only: what follows a subject is its verb (五师按照…), whatever a place reading makes of it.
                return places[k].Level == PlaceLevel.Village ? null : (cs, places[k].Name);
            }
        }
        return null;
    }

    /// <summary>
    /// Places and organisations by where they end, in list order within one end: the team patterns ask
    /// "what ends here?" once per 工作队, which a scan of all mentions made quadratic in long texts.
    /// </summary>
    private sealed class EndIndex
    {
        private readonly Dictionary<int, List<PlaceMention>> places = [];
        private readonly Dictionary<int, OrgMention> orgs = [];

        public EndIndex(List<PlaceMention> places, List<OrgMention> orgs)
        {
            foreach (var place in places)
            {
                if (!this.places.TryGetValue(place.End, out var list))
                {
                    this.places[place.End] = list = [];
                }
                list.Add(place);
            }
            foreach (var org in orgs)
            {
                this.orgs.TryAdd(org.End, org);
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public PlaceMention? FirstPlaceEndingAt(int end) =>
            places.TryGetValue(end, out var list) ? list[0] : null;

        private static readonly List<PlaceMention> None = [];

        public List<PlaceMention> PlacesEndingAt(int end) =>
            places.TryGetValue(end, out var list) ? list : None;

        public OrgMention? FirstOrgEndingAt(int end) =>
            orgs.TryGetValue(end, out var org) ? org : null;
    }

    /// <summary>
    /// The sending unit ending at the verb at <paramref name="z"/> (or at the “访惠聚” or the 等单位 before it): an
    /// organisation, a run of places joined as a chain (八师石河子市), or a short bare name that opens the clause
    /// and ends like a place or a body (师市).
    /// </summary>
    private static (int Start, string Name)? SenderEndingAt(ReadOnlySpan<char> view, EndIndex byEnd, int z, int clauseStart)
    {
        var end = SkipBackBracketed(view, SkipBackSlogan(view, SkipBackQuoted(view, z, clauseStart), clauseStart), clauseStart);
        var programme = false;
        foreach (var filler in SenderFillers)
        {
            if (view[clauseStart..end].EndsWith(filler, StringComparison.Ordinal))
            {
                end -= filler.Length;
                programme = Array.IndexOf(ProgrammeFillers, filler) >= 0;
                break;
            }
        }
        if (byEnd.FirstOrgEndingAt(end) is { } org && org.Start >= clauseStart)
        {
            // 昭化区人大机关党组书记肖万钟带领人大机关驻村…: a body read across a leader's verb; the sender is what he leads.
            var led = LedStart(view, org.Start, end);
            return led > org.Start ? (led, view[led..end].ToString()) : (org.Start, org.Name);
        }
        if (programme && byEnd.FirstPlaceEndingAt(end) is { Level: PlaceLevel.Province })
        {
            // 广东省乡村振兴驻平凤镇工作队: a province before a campaign's name names the campaign, not a sending body
            // (佛山市南海区乡村振兴驻平凤镇工作队: a district sends its team).
            return null;
        }
        if (byEnd.FirstPlaceEndingAt(end) is { Level: PlaceLevel.Village } || StationEndingAt(view, byEnd, clauseStart, end) is { Start: < 0 })
        {
            // 新殿村驻村工作队, 农场一连“访惠聚”工作队: a village or a company sends no team; it is the station, named alone.
            return null;
        }
        var start = end;
        var found = true;
        while (found)
        {
            found = false;
            foreach (var place in byEnd.PlacesEndingAt(start))
            {
                if (!place.IsAnaphor && place.Start >= clauseStart)
                {
                    start = place.Start;
                    found = true;
                    break;
                }
            }
        }
        if (start < end)
        {
            return (start, view[start..end].ToString());
        }
        // 师市驻…: a bare name from the clause's start (or a bracketed credit's: (中山火炬开发区驻…工作组供稿)), ending as places and bodies end.
        start = BareNameStart(view, end, clauseStart);
        if (OpensClause(view, start, clauseStart) && end - start >= 2 && PlaceSuffixChars.Administrative.Contains(view[end - 1]) && !EndsInCorpsUnit(view, start, end))
        {
            return (start, view[start..end].ToString());
        }
        // …三连“访惠聚”工作队与自治区驻…村“访惠聚”工作队: a bare name right after a joiner that follows another team.
        var joined = end;
        while (joined > clauseStart && end - joined < MaxBareSender && TextClasses.IsNameChar(view[joined - 1]) && !TextClasses.Coordinators.Contains(view[joined - 1]))
        {
            joined--;
        }
        if (joined > clauseStart && TextClasses.Coordinators.Contains(view[joined - 1]) && EndsInTeamWord(view[clauseStart..(joined - 1)])
            && end - joined >= 2 && PlaceSuffixChars.Administrative.Contains(view[end - 1]) && !EndsInCorpsUnit(view, joined, end))
        {
            return (joined, view[joined..end].ToString());
        }
        // 巴音郭楞蒙古自治州公安局、塔里木公安局驻该村…工作队: a bare name right after a joiner that follows a body, itself
        // named as a body is (a function and a body's suffix, OrganizationRecognizer.IsHeadlessBody): the joint team's
        // sender is the body next to the verb, though no place the recognizers know opens its name.
        var jointStart = JointNameStart(view, byEnd, clauseStart, joined);
        if (jointStart > clauseStart && TextClasses.Coordinators.Contains(view[jointStart - 1]) && end - jointStart >= 3
            && IsListedAfterBody(view, byEnd, clauseStart, jointStart - 1) && OrganizationRecognizer.IsHeadlessBody(view[jointStart..end]))
        {
            return (jointStart, view[jointStart..end].ToString());
        }
        return null;
    }

    /// <summary>
    /// Where the bare name of a joint team's second body begins, given the run <paramref name="joined"/> that stopped at a
    /// coordinator: across a word coordinator (和, not a list mark) that joins the words of one body's name
    /// (市乡村振兴局、水利和湖泊局驻…, 县委、住房和城乡建设局驻…) back to the list mark before it, when the words before the
    /// coordinator are no body of their own (no organisation ends there and they end in no body's suffix: not
    /// 县委、政府和人大) and the words across it are a known department's name (<see cref="JoinedDepartmentNames"/>: not
    /// 民政和残联, two bodies by their short names); else <paramref name="joined"/>.
    /// </summary>
    private static int JointNameStart(ReadOnlySpan<char> view, EndIndex byEnd, int clauseStart, int joined)
    {
        var k = joined - 1;
        if (k <= clauseStart || char.IsPunctuation(view[k]) || !TextClasses.Coordinators.Contains(view[k]) || byEnd.FirstOrgEndingAt(k) is not null)
        {
            return joined;
        }
        var inner = k;
        while (inner > clauseStart && k - inner < MaxBareSender && TextClasses.IsNameChar(view[inner - 1]) && !TextClasses.Coordinators.Contains(view[inner - 1]))
        {
            inner--;
        }
        return inner < k && inner > clauseStart && view[inner - 1] == Marks.ListComma && !OrganizationRecognizer.EndsInBodySuffix(view[inner..k])
            && IsJoinedDepartmentName(view, inner, k) ? inner : joined;
    }

    /// <summary>Department names that join two words with 和 (住房和城乡建设, 水利和湖泊): joined-department-names.tsv.</summary>
    private static readonly string[] JoinedDepartmentNames = [.. WordLists.Get("joined-department-names").Values()];

    /// <summary>
    /// Whether one of <see cref="JoinedDepartmentNames"/> starts at or after <paramref name="inner"/> and holds the
    /// coordinator at <paramref name="k"/>: the words around it name one body (水利和湖泊局), not two (民政和残联).
    /// </summary>
    private static bool IsJoinedDepartmentName(ReadOnlySpan<char> view, int inner, int k)
    {
        foreach (var name in JoinedDepartmentNames)
        {
            var at = name.IndexOf(view[k]);
            if (at >= 0 && k - at >= inner && view[(k - at)..].StartsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether an organisation of the clause ends right before the coordinator at <paramref name="mark"/> (A、B驻…), or
    /// right before a comma that a reprint doubled the list mark with (市乡村振兴局,、水利局驻…: the clause then opens at
    /// the list mark).
    /// </summary>
    private static bool IsListedAfterBody(ReadOnlySpan<char> view, EndIndex byEnd, int clauseStart, int mark)
    {
        if (mark > clauseStart && byEnd.FirstOrgEndingAt(mark) is { } listed && listed.Start >= clauseStart)
        {
            return true;
        }
        return mark == clauseStart && mark > 0 && view[mark] == Marks.ListComma && Marks.Commas.Contains(view[mark - 1]) && byEnd.FirstOrgEndingAt(mark - 1) is not null;
    }

    /// <summary>Verbs of a leader taking a team to its station: team-sender-leads.tsv.</summary>
    private static readonly string[] SenderLeads = [.. WordLists.Get("team-sender-leads").Values()];

    /// <summary>
    /// Where a sender read as one body from <paramref name="start"/> to <paramref name="end"/> begins after the last
    /// leader's verb in it (…党组书记肖万钟带领人大机关 → 人大机关), two characters or more left; else <paramref name="start"/>.
    /// </summary>
    private static int LedStart(ReadOnlySpan<char> view, int start, int end)
    {
        for (var p = end - 2; p > start; p--)
        {
            if (WordMatch.EndsWithAny(view[start..p], SenderLeads))
            {
                return p;
            }
        }
        return start;
    }

    /// <summary>Whether <paramref name="text"/> ends in a team word (…工作队).</summary>
    private static bool EndsInTeamWord(ReadOnlySpan<char> text)
    {
        foreach (var word in TeamWords)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a quoted slogan (“访惠聚”) stands in <paramref name="text"/>.</summary>
    private static bool HasSlogan(ReadOnlySpan<char> text) => text.IndexOfAny(ClosingQuotes) >= 0 || HasBareSlogan(text);

    /// <summary>The quotes that open and close a slogan (“访惠聚”, "访惠聚").</summary>
    private const string OpeningQuotes = Marks.OpenDoubleQuotes, ClosingQuotes = Marks.CloseDoubleQuotes;

    /// <summary><c>S“访惠聚”工作队</c>: a sender right before the quoted slogan that the team word follows.</summary>
    private static (int Start, string Name)? SloganSender(ReadOnlySpan<char> view, EndIndex byEnd, int clauseStart, int t) =>
        SkipBackQuoted(view, t, clauseStart) < t || SkipBackSlogan(view, t, clauseStart) < t ? SenderEndingAt(view, byEnd, t, clauseStart) : null;

    /// <summary>The village last named in the sentence before <paramref name="at"/> (在牙吾龙村…,十三师“访惠聚”工作队…).</summary>
    private static Station? VillageBefore(ReadOnlySpan<char> view, List<PlaceMention> places, int at)
    {
        var sentenceStart = at;
        while (sentenceStart > 0 && at - sentenceStart < TextClasses.MaxSentenceLength && !TextClasses.IsSentenceEnd(view[sentenceStart - 1]) && view[sentenceStart - 1] != '\n')
        {
            sentenceStart--;
        }
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, at) - 1; k >= 0 && places[k].Start >= sentenceStart; k--)
        {
            if (places[k].End <= at && places[k].Level == PlaceLevel.Village && !places[k].IsAnaphor)
            {
                return VillageStation(view, places, k);
            }
        }
        return null;
    }

    private static bool IsStationFrameWord(ReadOnlySpan<char> word)
    {
        foreach (var frameWord in StationFrameWords)
        {
            if (word.SequenceEqual(frameWord))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where the run of kind words (乡村振兴, 扶贫) ending at <paramref name="t"/> starts; <paramref name="t"/> when none ends there.</summary>
    private static int KindWordsStart(ReadOnlySpan<char> view, int clauseStart, int t)
    {
        var at = t;
        var stepped = true;
        while (stepped)
        {
            stepped = false;
            foreach (var word in KindWords)
            {
                if (view[clauseStart..at].EndsWith(word, StringComparison.Ordinal))
                {
                    at -= word.Length;
                    stepped = true;
                    break;
                }
            }
        }
        return at;
    }

    /// <summary>Where a bare name ending at <paramref name="end"/> starts: the run of name characters before it, at most <see cref="MaxBareSender"/>.</summary>
    private static int BareNameStart(ReadOnlySpan<char> view, int end, int clauseStart)
    {
        var start = end;
        while (start > clauseStart && end - start < MaxBareSender && TextClasses.IsNameChar(view[start - 1]))
        {
            start--;
        }
        return start;
    }

    /// <summary>Whether a bare name at <paramref name="start"/> opens its clause, or a bracket opening in it (a credit: (…工作组供稿)).</summary>
    private static bool OpensClause(ReadOnlySpan<char> view, int start, int clauseStart) =>
        start == clauseStart || (start > clauseStart && OpeningBrackets.Contains(view[start - 1], StringComparison.Ordinal));

    /// <summary>
    /// A department named by its function and a body suffix that needs a head (公安厅, OrganizationRecognizer.IsHeadlessBody),
    /// opening its clause before the verb at <paramref name="z"/> (a quoted slogan between): no organisation, but a sender
    /// where a station follows. The verbs, adverbs and time words that open the clause before it (同时市局…, 近日组织部…:
    /// org-leading-words.tsv) are no part of the name: the name is the shortest body left after stepping over them one
    /// at a time (近日组织部 is 组织部, not 部). Null when none.
    /// </summary>
    private static (int Start, string Name)? HeadlessBodyEndingAt(ReadOnlySpan<char> view, List<PlaceMention> places, int z, int clauseStart)
    {
        var end = SkipBackSlogan(view, SkipBackQuoted(view, z, clauseStart), clauseStart);
        var start = BareNameStart(view, end, clauseStart);
        if (!OpensClause(view, start, clauseStart))
        {
            return null;
        }
        int? body = null;
        for (var b = start; ; )
        {
            if (OrganizationRecognizer.IsHeadlessBody(view[b..end]))
            {
                body = b;
            }
            var next = OrganizationRecognizer.SkipLeadingWord(view, places, b, end);
            if (next == b)
            {
                break;
            }
            b = next;
        }
        return body is { } bodyStart ? (bodyStart, view[bodyStart..end].ToString()) : null;
    }

    /// <summary>
    /// Steps back over a bracketed note right before <paramref name="z"/>: an alias of the sender
    /// (…五里工业集中区(安康城东新区)驻白马石村工作队), not part of its name.
    /// </summary>
    private static int SkipBackBracketed(ReadOnlySpan<char> view, int z, int clauseStart)
    {
        if (z - 1 <= clauseStart || !ClosingBrackets.Contains(view[z - 1], StringComparison.Ordinal))
        {
            return z;
        }
        var open = view[clauseStart..(z - 1)].LastIndexOfAny(OpeningBrackets);
        return open > 0 && z - 1 - (clauseStart + open) <= MaxSenderNote ? clauseStart + open : z;
    }

    /// <summary>The longest bracketed note between a sender and its verb (an alias: (安康城东新区)).</summary>
    private const int MaxSenderNote = 12;

    /// <summary>Steps back over a quoted slogan right before <paramref name="z"/> (“访惠聚”驻…).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int SkipBackQuoted(ReadOnlySpan<char> view, int z, int clauseStart)
    {
        if (z - 1 <= clauseStart || !ClosingQuotes.Contains(view[z - 1], StringComparison.Ordinal))
        {
            return z;
        }
        var open = view[clauseStart..(z - 1)].LastIndexOfAny(OpeningQuotes);
        return open >= 0 && z - 1 - (clauseStart + open) <= 12 ? clauseStart + open : z;
    }

    /// <summary>
    /// The stations named between the verb and the team word: the most specific places (several when
    /// coordinated), or a Corps company with the chain it is written in (第三师51团6连). Empty when none is named
    /// (驻村); null when the words between are not a station (驻蓝湾社区第一书记、工作队队长).
    /// </summary>
    private static List<Station>? StationsBetween(ReadOnlySpan<char> view, List<PlaceMention> places, int from, int to, bool openFiller = false)
    {
        var items = new List<(int Start, int End, int Place)>();
        var q = from;
        var unknown = 0;
        var k = PlaceMentions.FirstStartingAtOrAfter(places, from);
        while (q < to)
        {
            if (KindTailAt(view, items.Count, q, to))
            {
                break;
            }
            while (k < places.Count && places[k].Start < q)
            {
                k++;
            }
            var place = -1;
            for (var j = k; j < places.Count && places[j].Start == q; j++)
            {
                if (places[j].End <= to && (place < 0 || places[j].End > places[place].End))
                {
                    place = j;
                }
            }
            if (place >= 0)
            {
                items.Add((q, places[place].End, place));
                q = places[place].End;
                continue;
            }
            if (CorpsUnitEnd(view, q, to) is var unitEnd && unitEnd > q)
            {
                items.Add((q, unitEnd, -1));
                q = unitEnd;
                continue;
            }
            if (items.Count > 0 && ChainNoteEnd(view, q, to) is var noteEnd && noteEnd > q)
            {
                // 义井镇(原虎鼻乡)横山寺村: a bracketed former name between members of the chain names no station.
                q = noteEnd;
                continue;
            }
            if (((items.Count > 0 && items[^1].Place >= 0 && items[^1].End == q && places[items[^1].Place].Level == PlaceLevel.Township) || (items.Count == 0 && unknown > 0))
                && StationOfficeEnd(view, places, q, to) is var officeEnd && officeEnd > q)
            {
                // 高场办事处联丰村: a township's office between the township (read or not) and the village names no station.
                q = officeEnd;
                continue;
            }
            if (items.Count > 0 && TextClasses.Coordinators.Contains(view[q]) && q + 1 < to)
            {
                q++;
                continue;
            }
            if (items.Count == 0 && unknown > 0 && PlaceSuffixChars.Administrative.Contains(view[q]) && OnlyGap(view[(q + 1)..to]))
            {
                // 东联村工作组: the suffix closes the unknown name; what follows is filler.
                unknown++;
                q++;
                continue;
            }
            if (OnlyGap(view[q..to]))
            {
                break;
            }
            // XX县区石潭镇: a short unknown name before the first place.
            if (items.Count == 0 && unknown < MaxUnknownStationPrefix && (TextClasses.IsNameChar(view[q]) || char.IsAsciiLetterOrDigit(view[q])))
            {
                unknown++;
                q++;
                continue;
            }
            // 驻尚德村委会乡村振兴工作队: the village's committee right after the village read is the station, coded as the village.
            if (items.Count > 0 && VillageCommitteeStation(view, places, items[^1], q, to) is { } villageCommittee)
            {
                return [villageCommittee];
            }
            // 浪卡子县浪卡子居委会工作队: a residents' committee after the chain's places.
            if (items.Count > 0 && CommitteeStation(view, q, to) is { } committee)
            {
                return [committee];
            }
            // 洛浦县杭桂乡新村3村: a short unknown village after the chain's places, ending in a suffix, then filler.
            if (items.Count > 0 && UnknownTailEnd(view, q, to) is var tail && tail > q && BareStation(view, q, tail) is { } village)
            {
                return [village];
            }
            // 驻李家村产业发展工作队: unlisted words of the team's own name between the station read and the team word
            // (WorkTeamRecognizer.Filler.cs); never between a station and a send verb (S向P…派出).
            if (openFiller && items.Count > 0 && IsOpenFiller(view[q..to]))
            {
                break;
            }
            return null;
        }
        if (unknown > 0 && items.Count == 0)
        {
            return BareStation(view, from, from + unknown) is { } bare ? [bare] : null;
        }
        return PickStations(view, places, items);
    }

    /// <summary>
    /// Where a short unknown name at <paramref name="q"/> ends in an administrative suffix with only filler after it up
    /// to <paramref name="to"/> (新村3村工作队), or <paramref name="q"/> when it does not.
    /// </summary>
    private static int UnknownTailEnd(ReadOnlySpan<char> view, int q, int to)
    {
        for (var e = q + 1; e <= to && e - q <= MaxUnknownStationPrefix; e++)
        {
            var c = view[e - 1];
            if (!TextClasses.IsNameChar(c) && !char.IsAsciiDigit(c))
            {
                break;
            }
            if (e - q >= 2 && PlaceSuffixChars.Administrative.Contains(c) && OnlyGap(view[e..to]))
            {
                return e;
            }
        }
        return q;
    }

    /// <summary>
    /// A station no place mention covers (XX县区石潭镇东联村, 新村3村): the text must end in an administrative
    /// suffix; the station is its last part, from after the suffix before it (a numbered village keeps the
    /// name it numbers: 新村3村).
    /// </summary>
    private static Station? BareStation(ReadOnlySpan<char> view, int from, int to)
    {
        if (to - from < 2 || !PlaceSuffixChars.Administrative.Contains(view[to - 1]))
        {
            return null;
        }
        var start = to - 1;
        while (start > from && !PlaceSuffixChars.Administrative.Contains(view[start - 1]))
        {
            start--;
        }
        if (start > from && char.IsAsciiDigit(view[start]))
        {
            start--;
            while (start > from && !PlaceSuffixChars.Administrative.Contains(view[start - 1]))
            {
                start--;
            }
        }
        return to - start >= 2 ? new Station(-1, -1, view[start..to].ToString()) : null;
    }

    /// <summary>
    /// The stations of a chain read in order: a Corps company with the run it is joined to (六运湖农场一连), else
    /// the places of the deepest rank (coordinated villages give several).
    /// </summary>
    private static List<Station> PickStations(ReadOnlySpan<char> view, List<PlaceMention> places, List<(int Start, int End, int Place)> items)
    {
        var stations = new List<Station>();
        if (items.Count == 0)
        {
            return stations;
        }
        // A company read whole (三连), or with the farm's last word after the county its farm is named for (皮山 +
        // 农场三连): the company with the run it is joined to. A named unit under its farm (也木勒牧场牧业五队) stays itself.
        if (items[^1].Place < 0 || IsCorpsUnit(view, items[^1].Start, items[^1].End)
            || (items.Count > 1 && items[^2].Place >= 0 && items[^2].End == items[^1].Start
                && SplitFarmCompany(view, places[items[^2].Place], items[^1].Start, items[^1].End)))
        {
            var first = items.Count - 1;
            while (first > 0 && items[first - 1].End == items[first].Start)
            {
                first--;
            }
            var start = items[first].Start;
            var end = items[^1].End;
            var single = items.Count == 1 && items[0].Place >= 0;
            stations.Add(new Station(single ? start : -1, single ? end : -1, view[start..end].ToString()));
            return stations;
        }
        var deepest = 0;
        foreach (var item in items)
        {
            if (item.Place >= 0)
            {
                deepest = Math.Max(deepest, places[item.Place].Rank is 9 ? 0 : places[item.Place].Rank);
            }
        }
        foreach (var item in items)
        {
            if (item.Place >= 0 && places[item.Place].Rank == deepest && !stations.Exists(s => s.Name == places[item.Place].Name))
            {
                stations.Add(new Station(item.Start, item.End, places[item.Place].Name));
            }
        }
        if (stations.Count == 0)
        {
            var last = items.FindLast(i => i.Place >= 0);
            stations.Add(new Station(last.Start, last.End, places[last.Place].Name));
        }
        return stations;
    }

    /// <summary>The end of a Corps unit at <paramref name="q"/> (51团, 6连, 十二连, 一连): a number and a unit mark; else <paramref name="q"/>.</summary>
    private static int CorpsUnitEnd(ReadOnlySpan<char> view, int q, int limit)
    {
        var p = q;
        while (p < limit && p - q < 4 && (char.IsAsciiDigit(view[p]) || TextClasses.ChineseDigits.Contains(view[p])))
        {
            p++;
        }
        return p > q && p < limit && CorpsUnitMarks.Contains(view[p], StringComparison.Ordinal) ? p + 1 : q;
    }

    private static bool IsCorpsUnit(ReadOnlySpan<char> view, int start, int end) => CorpsUnitEnd(view, start, end) == end;

    /// <summary>
    /// Whether the place from <paramref name="start"/> to <paramref name="end"/> is a company read with the last word of
    /// its farm (农场三连), the farm's name read as the county before it (皮山): 皮山农场三连 is then one station.
    /// </summary>
    private static bool SplitFarmCompany(ReadOnlySpan<char> view, PlaceMention before, int start, int end) =>
        before.Level == PlaceLevel.County && !IsCorpsUnit(view, start, end) && EndsInCorpsUnit(view, start, end);

    /// <summary>Whether a number and a unit mark end the name (农场一连): a company, which sends no team.</summary>
    private static bool EndsInCorpsUnit(ReadOnlySpan<char> view, int start, int end)
    {
        var b = end - 1;
        while (b > start && (char.IsAsciiDigit(view[b - 1]) || TextClasses.ChineseDigits.Contains(view[b - 1])))
        {
            b--;
        }
        return b < end - 1 && CorpsUnitEnd(view, b, end) == end;
    }

    /// <summary>
    /// Whether the words between the station and the team word are only filler: the gap words (驻村, 各, 帮扶),
    /// a quoted slogan (“访民情惠民生聚民心”) or a bracketed note ((以下简称“访惠聚”)).
    /// </summary>
    private static bool OnlyGap(ReadOnlySpan<char> gap)
    {
        var depth = 0;
        var quoted = false;
        var i = 0;
        while (i < gap.Length)
        {
            var c = gap[i];
            if (OpeningQuotes.Contains(c, StringComparison.Ordinal) || ClosingQuotes.Contains(c, StringComparison.Ordinal))
            {
                // A straight quote opens and closes: it opens when none is open.
                quoted = OpeningQuotes.Contains(c, StringComparison.Ordinal) && (!ClosingQuotes.Contains(c, StringComparison.Ordinal) || !quoted);
                i++;
                continue;
            }
            if (OpeningBrackets.Contains(c, StringComparison.Ordinal))
            {
                depth++;
                i++;
                continue;
            }
            if (ClosingBrackets.Contains(c, StringComparison.Ordinal))
            {
                depth = Math.Max(0, depth - 1);
                i++;
                continue;
            }
            if (quoted || depth > 0 || c == ' ')
            {
                i++;
                continue;
            }
            if (BatchOrdinalEnd(gap, i) is var batchEnd && batchEnd > i)
            {
                // …巴登村第十批驻村工作队: the batch's ordinal names no station.
                i = batchEnd;
                continue;
            }
            if (WordAt(gap[i..], GapWords) is not { } word)
            {
                return false;
            }
            i += word.Length;
        }
        return true;
    }

    private static string? WordAt(ReadOnlySpan<char> text, string[] words) => WordMatch.FirstStartingWith(text, words);

    /// <summary>A station named right before the team word with nothing but filler between (劳光村工作队, 十二连工作队).</summary>
    private static Station? StationEndingAt(ReadOnlySpan<char> view, EndIndex byEnd, int clauseStart, int t)
    {
        if (byEnd.FirstPlaceEndingAt(t) is { } station && !station.IsAnaphor)
        {
            return new Station(station.Start, station.End, station.Name);
        }
        var b = t;
        while (b > clauseStart && t - b < 5 && (char.IsAsciiDigit(view[b - 1]) || TextClasses.ChineseDigits.Contains(view[b - 1]) || CorpsUnitMarks.Contains(view[b - 1], StringComparison.Ordinal)))
        {
            b--;
        }
        while (b < t && !(char.IsAsciiDigit(view[b]) || TextClasses.ChineseDigits.Contains(view[b])))
        {
            b++;
        }
        if (b < t && CorpsUnitEnd(view, b, t) == t && (b == clauseStart || !TextClasses.IsNameChar(view[b - 1])))
        {
            return new Station(-1, -1, view[b..t].ToString());
        }
        // 14村工作队: a numbered village (digits and an administrative suffix) no place mention covers.
        var d = t - 1;
        while (d > clauseStart && char.IsAsciiDigit(view[d - 1]))
        {
            d--;
        }
        return d < t - 1 && PlaceSuffixChars.Administrative.Contains(view[t - 1]) && (d == clauseStart || !TextClasses.IsNameChar(view[d - 1]))
            ? new Station(-1, -1, view[d..t].ToString())
            : null;
    }

    /// <summary>
    /// The stations after the team word (…工作队入驻和田县巴格其镇喀拉萨依村, …工作队分赴A、B、C): the deepest
    /// places of the chain or list that follows the verb; empty when no verb or place follows.
    /// </summary>
    /// <remarks>
    /// With <paramref name="settle"/> (a body named right before the team word), only those verbs count, and a comma
    /// may stand between the team word and its verb (…工作队,迅速进驻李家村).
    /// </remarks>
    private static List<Station> StationsAfter(ReadOnlySpan<char> view, List<PlaceMention> places, int te, string[]? settle = null)
    {
        if (settle is not null && te < view.Length && Marks.Commas.Contains(view[te]))
        {
            te++;
        }
        if (te < view.Length && WordAt(view[te..], Adverbs) is { } adverb)
        {
            // …工作队分别到A村、B村: an adverb before the verb.
            te += adverb.Length;
        }
        var verb = te >= view.Length ? null
            : settle is not null ? WordAt(view[te..], settle)
            : WordAt(view[te..], AfterTeam) ?? WordAt(view[te..], AfterTeamOnly);
        return verb is null ? [] : ChainOrUnitAt(view, places, te + verb.Length);
    }

    /// <summary>Whether every station is one a team lives in (<see cref="IsLocalStation"/>).</summary>
    private static bool AllLocalStations(List<PlaceMention> places, List<Station> stations)
    {
        // A loop, not a lambda: a lambda over a parameter of Recognize would allocate its closure on every call.
        foreach (var station in stations)
        {
            if (!IsLocalStation(places, station))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A station a team lives in: a village, township or county, or a Corps unit or numbered village read from the
    /// text (no place mention); not a province or a city, where a body's team may go for other business.
    /// </summary>
    private static bool IsLocalStation(List<PlaceMention> places, Station station)
    {
        if (station.Start < 0)
        {
            return true;
        }
        var k = PlaceMentions.FirstStartingAtOrAfter(places, station.Start);
        return k < places.Count && places[k].Start == station.Start
            && places[k].Level is PlaceLevel.Village or PlaceLevel.Township or PlaceLevel.County;
    }

    /// <summary>
    /// The stations of the chain at <paramref name="chainStart"/> (<see cref="ChainAt"/>), unless a numbered unit closes
    /// it, which is then the one station: a Corps company with the chain it is written in (…入驻皮山农场三连, …入驻十二连)
    /// or a numbered village no place mention covers (…进驻城关镇新村3村).
    /// </summary>
    private static List<Station> ChainOrUnitAt(ReadOnlySpan<char> view, List<PlaceMention> places, int chainStart)
    {
        var chain = ChainAt(places, chainStart);
        var q = chainStart;
        var first = chainStart;
        var last = chainStart;
        PlaceMention? beforeLast = null, lastPlace = null;
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, chainStart); k < places.Count && places[k].Start == q; k = PlaceMentions.FirstStartingAtOrAfter(places, q))
        {
            beforeLast = lastPlace;
            lastPlace = places[k];
            last = q;
            q = places[k].End;
        }
        if (beforeLast is { } before && (IsCorpsUnit(view, last, q) || SplitFarmCompany(view, before, last, q)))
        {
            // …入驻第三师伽师总场九连, …入驻皮山农场三连 (read 皮山 + 农场三连): the company with the chain it is written in.
            return [new Station(-1, -1, view[first..q].ToString())];
        }
        if (q >= view.Length)
        {
            return chain;
        }
        var limit = Math.Min(view.Length, q + MaxUnknownStationPrefix);
        if (CorpsUnitEnd(view, q, limit) is var unitEnd && unitEnd > q)
        {
            return [new Station(-1, -1, view[first..unitEnd].ToString())];
        }
        if (NumberedVillageEnd(view, q, limit) is var villageEnd && villageEnd > q)
        {
            return [new Station(-1, -1, view[q..villageEnd].ToString())];
        }
        return chain;
    }

    /// <summary>
    /// Where a numbered village at <paramref name="q"/> ends (新村3村: a short name, a number, an administrative
    /// suffix), or <paramref name="q"/> when none stands there.
    /// </summary>
    private static int NumberedVillageEnd(ReadOnlySpan<char> view, int q, int limit)
    {
        var p = q;
        while (p < limit && TextClasses.IsNameChar(view[p]) && !TextClasses.ChineseDigits.Contains(view[p]))
        {
            p++;
        }
        var digits = p;
        while (p < limit && char.IsAsciiDigit(view[p]))
        {
            p++;
        }
        return digits > q && p > digits && p < limit && PlaceSuffixChars.Administrative.Contains(view[p]) ? p + 1 : q;
    }

    /// <summary>The adverb of team-adverbs.tsv ending at <paramref name="end"/>, not before <paramref name="clauseStart"/>.</summary>
    private static string? AdverbEndingAt(ReadOnlySpan<char> view, int clauseStart, int end)
    {
        foreach (var adverb in Adverbs)
        {
            if (view[clauseStart..end].EndsWith(adverb, StringComparison.Ordinal))
            {
                return adverb;
            }
        }
        return null;
    }

    /// <summary>The deepest places of the chain or coordinated list that starts at <paramref name="chainStart"/>.</summary>
    private static List<Station> ChainAt(List<PlaceMention> places, int chainStart)
    {
        var stations = new List<Station>();
        var deepest = 0;
        var chain = new List<PlaceMention>();
        var expected = chainStart;
        // The list must begin right after the verb (分赴民丰县…), a blank or a mark at most between.
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, chainStart); k < places.Count; k++)
        {
            var place = places[k];
            if (place.Start > expected + 1)
            {
                // Places are in text order: none after this one joins the chain.
                break;
            }
            chain.Add(place);
            deepest = Math.Max(deepest, place.Rank);
            expected = place.End;
        }
        foreach (var place in chain)
        {
            if (place.Rank == deepest && !stations.Exists(s => s.Name == place.Name))
            {
                stations.Add(new Station(place.Start, place.End, place.Name));
            }
        }
        return stations;
    }

    /// <summary>The places a verb after the team word says the team went to, later in the sentence (…由分赴民丰县…劳光村…组成).</summary>
    private static List<Station> StationsWentTo(ReadOnlySpan<char> view, List<PlaceMention> places, int t)
    {
        for (var z = t; z < view.Length && z - t < TextClasses.MaxSentenceLength && !TextClasses.IsSentenceEnd(view[z]); z++)
        {
            if (WordAt(view[z..], OtherPartyVerbs) is not null)
            {
                // …工作队…协调,最终促成…专家组,来到东港村: the verb of going after it is another party's (team-other-parties.tsv).
                return [];
            }
            if (WordAt(view[z..], AfterTeam) is { } verb && ChainOrUnitAt(view, places, z + verb.Length) is { Count: > 0 } went)
            {
                return went;
            }
        }
        return [];
    }

    private static List<Station> StationsFromContext(ReadOnlySpan<char> view, List<PlaceMention> places, Dictionary<string, List<Station>> stationsBySender, string sender, int t, bool slogan)
    {
        // 分赴民丰县若克雅乡劳光村、英吾斯塘村、阿奇玛村: the places the team went to, in the same sentence.
        if (StationsWentTo(view, places, t) is { Count: > 0 } went)
        {
            return went;
        }
        if (!slogan)
        {
            // 县政府办驻村扶贫工作队, 中国石化华中分公司驻村工作队: a sender's team with no station named is none, even
            // where the sender's station is named elsewhere; a “访惠聚” team takes that station, else the village's.
            return [];
        }
        if (stationsBySender.TryGetValue(sender, out var known))
        {
            return [.. known];
        }
        // The village last named before the team, in this paragraph or the one before (该村 counts, resolved).
        var stations = new List<Station>();
        var scopeStart = LineStart(view, t);
        var previous = scopeStart - 1;
        while (previous > 0 && char.IsWhiteSpace(view[previous - 1]))
        {
            previous--;
        }
        if (previous > 0)
        {
            scopeStart = LineStart(view, previous);
        }
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, t) - 1; k >= 0 && places[k].Start >= scopeStart; k--)
        {
            var place = places[k];
            if (place.End <= t && place.Level == PlaceLevel.Village)
            {
                stations.Add(new Station(place.Start, place.End, place.Name));
                break;
            }
        }
        return stations;
    }

    private static int LineStart(ReadOnlySpan<char> view, int at)
    {
        var start = Math.Max(0, at);
        while (start > 0 && at - start < TextClasses.MaxParagraphLookback && view[start - 1] != '\n')
        {
            start--;
        }
        return start;
    }
}
