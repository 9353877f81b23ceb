using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Links;

/// <summary>
/// Ties every money, count, measure and percent fact to the place, period and actor it is about, and
/// says what it counts or funds, from the facts the recognizers found (places with their codes, dates,
/// organisations, work teams) and the text's paragraphs (lines), sentences and clauses:
/// <list type="bullet">
/// <item><c>Place</c>/<c>Code</c>/<c>Scope</c>: the most specific place of the number's clause, else of
/// its statement (the clauses between semicolons), else of its sentence (a quotation's last sentence: also of
/// its attribution, ”某村村民某某说), else the place the
/// paragraph opens with, else the village or township the paragraphs before were about (no heading between,
/// none named since), else the document's one station (or, without one, its one village) or county (with
/// several stations, only the county that holds them all). Words that stand for a place named before
/// (全乡, 该村, 自治州) name it where they stand. A scope that names two places of the same level links none
/// and stops there: a wrong link is worse than none. Not what a number is about: places inside an
/// organisation's name or a team's (other than its station), a county or wider place that sends teams
/// (八师石河子市各“访惠聚”工作队), a distance's reference point (距离那拉提景区5公里), a place inside a title
/// (《关于做好霍邱县…的通知》), one read across a number or counted by it (3公里出村, 22个嘎查村). A count of places
/// (三个村, 五个县) is about a place above their level, the document's county when it holds them. Places of one
/// level joined as one (深入中寮鄉、草屯鎮) are about the place the document names that holds them all (南投縣); a
/// government's territory in the number's clause (彰化縣政府挹注…) yields to a place inside it named before in the
/// sentence (溪州鄉內…). The place is written as the document names its unit most fully (勇成 → 勇成村; 南投 of
/// 南投縣長 → 南投县).</item>
/// <item><c>Period</c>: the date of the clause, else of the statement, else the date opening the sentence
/// (the nearest before the number, else the first after; a range of two dates as an ISO interval; a date after
/// a comparison word such as 较 left out; none when a word of another time, 目前 or 今年, stands between the date
/// and the number), else the date before a sentence opening with 当天, else the date of a
/// paragraph-opening time phrase (2020年以来), which may follow a short lead that names nothing (扶贫先扶智，缺啥先补啥。2016年，…),
/// or a year's programme opening the paragraph as its subject (永德县2011年农村饮水安全项目被…批准，…); two years listed
/// (2011年、2012年) are an interval; the statements after a clause 其中： in its sentence keep the date of the total's statement
/// (…2006年…总收入32.5万元，其中：…；畜牧业收入4.8万元…); 今年 opening a clause before the number, or its paragraph, in a text with no publish
/// date: the year of the day the text's first date names at a line's head (2016年12月29日，…), when no later year is named.</item>
/// <item><c>Actor</c>: the teams (by sender) and organisations of the sentence before the number that open
/// their clause (after time words, 由 or 该) and are not objects, supporters, evaluators or passive subjects
/// (向, 在…下, 在…會場, 被; a workplace after 到: 到某镇政府工作), the body money is asked from being the money's actor (争取到县交通局资金, 向县水利局争取到), nor the head of the title of a person named after them (縣委 of 縣委書記張某: the person acts, and is no actor), the one opening the latest such clause (its joined ones too; one the recognizer found
/// only earlier is found again: 2018年，市建行投入…; 乡党委政府 joins bodies and is none); else the team stationed at
/// the number's place, or the document's one team, when the sentence speaks of the team or the clause of
/// an action (投入, 修建, 发放; a verb inside a name is none), unless the paragraph frames the team as a
/// helper (在工作队的帮带下). None after a later clause opened by a person (鄉公所經費不足，縣長王惠美補助…). None for what
/// villagers have, earn, obtain or take part in (收入, 获得, 参与), read in the
/// number's own words, nor for a count of the bodies listed right before it (市建行、…、市科协等4家).</item>
/// <item><c>Subject</c>: a counted noun right after a count (30户村民 → 村民); the purpose after money
/// (用于修建道路 → 修建道路).</item>
/// </list>
/// The steps are in the partial files: FactLinker.Clauses (the cut, what opens a clause), .Places, .Periods,
/// .Actors, .Subjects, .Standing (where a name stands says it does not act: 村委会大楼楼顶, 距离镇政府, 来源：…; a place word
/// opening a clause is its subject: 该村; a unit with no code named short and in full is one: 南投全縣, 南投縣; a government's
/// money for the one place inside its territory named after it is that place's; a clause's own 去年 keeps a later date off),
/// .Bodies (a village's own committee names its village: 四号村村委会; a committee before a settlement's name is an address:
/// 新圩村委会鹤田自然村; a bare 合作社 opening a clause is the one cooperative named before; 由村委会 opening a later clause),
/// .Parallels (places opening parallel clauses that report numbers are no scope's subject: 目前，A镇已完成…，B镇已完成…;
/// a sentence opened by 其中 keeps its total's period);
/// this file is the pass over the facts that puts them together.
/// One pass to cut the text, one over the facts; each scope's place is chosen once: linear in the document.
/// Works on the text as written (both scripts: the words are listed in both).
/// </summary>
internal static partial class FactLinker
{
    /// <summary>What joins several actors in <c>actor</c> (the output contract's separator, docs/facts.md).</summary>
    public const char ActorSeparator = Marks.ListComma;

    /// <summary>
    /// The facts with their numbers linked; other facts as they were. <paramref name="facts"/> is in document order.
    /// When no number gains a link, <paramref name="facts"/> itself comes back (most lines with a number: no list made).
    /// Which place holds which, for places without a code, is read in <paramref name="gazetteer"/>, the analyzer's (null:
    /// <see cref="Gazetteer.Default"/>).
    /// </summary>
    public static List<Fact> Link(string text, List<Fact> facts, Gazetteer? gazetteer = null)
    {
        if (!facts.Exists(f => f.Kind.IsNumber()))
        {
            return facts;
        }
        // Places, dates, organisations and teams are what a number links to: a text with none of them (half the lines with a
        // number) gives its numbers only their subject, and the scopes, choices and actors below are not made for it.
        // A rule that links a number without such a fact must take its text out of this path.
        if (!facts.Exists(static f => f.Kind is FactKinds.Place or FactKinds.Date or FactKinds.Organization or FactKinds.Team
            || (f.Kind.IsNumber() && f.Actor is not null)))
        {
            return SubjectsOnly(text, facts);
        }
        var cut = Cut.Of(text);
        var n = facts.Count;
        var clause = cut.Clause(n);
        for (int i = 0, c = 0; i < n; i++)
        {
            while (c + 1 < cut.ClauseStarts.Count && cut.ClauseStarts[c + 1] <= facts[i].Start)
            {
                c++;
            }
            clause[i] = c;
        }
        var candidate = PlaceCandidates(text, facts, cut, clause, out var sender, out var territory, out var inBodyName);
        // The numbers of each clause, for the items of a list of amounts (800万元用于…、300万元用于…).
        var clauseNumbers = cut.ClauseNumbers(cut.ClauseStarts.Count);
        for (var i = 0; i < n; i++)
        {
            if (facts[i].Kind.IsNumber())
            {
                clauseNumbers[clause[i]]++;
            }
        }

        // The place mentions of every clause and sentence (place facts, and words that stand for one: 全乡, 自治州).
        var clauseCount = cut.ClauseStarts.Count;
        var sentenceCount = cut.SentenceParagraph.Count;
        var clausePlaces = cut.ClausePlaces(clauseCount);
        var sentencePlaces = cut.SentencePlaces(sentenceCount);
        var clauseDates = cut.ClauseDates(clauseCount);
        var sentenceDates = cut.SentenceDates(sentenceCount);
        // A statement: the clauses of a sentence between semicolons (…投入资金13万元；为南马庄村争取资金90万元…), each
        // with its own places and dates; a sentence without one is one statement.
        var statement = cut.ClauseStatements();
        var statementCount = clauseCount == 0 ? 0 : statement[clauseCount - 1] + 1;
        var statementPlaces = cut.StatementPlaces(statementCount);
        var statementDates = cut.StatementDates(statementCount);
        var sentenceActors = cut.SentenceActors(sentenceCount);
        var teamSenders = cut.TeamSenders;
        // A team sent by several bodies (县人防办、县新华书店联合派出工作队): its sender with the bodies joined before it act.
        Dictionary<string, string>? jointSenders = null;
        // Organisations named as a team's sender without its station (县财政局驻村工作队, 绛县农发行扶贫工作队).
        var orgTeamSenders = cut.OrgTeamSenders;
        var stations = cut.Stations;
        var stationCodes = cut.StationCodes;
        var dates = cut.Dates;
        for (var i = 0; i < n; i++)
        {
            var f = facts[i];
            var c = clause[i];
            var s = cut.ClauseSentence[c];
            switch (f.Kind)
            {
                case FactKinds.Place or FactKinds.Date when InDateline(text, f.Start, f.End):
                    // 红网邵阳县站7月8日讯: where and when the report was filed, not what its numbers are about.
                    break;
                case FactKinds.Place when candidate[i]:
                    (clausePlaces[c] ??= cut.MentionList()).Add(new Mention(i, f.Start));
                    (statementPlaces[statement[c]] ??= cut.MentionList()).Add(new Mention(i, f.Start));
                    (sentencePlaces[s] ??= cut.MentionList()).Add(new Mention(i, f.Start));
                    break;
                case FactKinds.Date when f.Date is not null:
                    dates.Add(i);
                    if (LinkWords.Before(text, f.Start, cut.ClauseStarts[c], LinkWords.Baseline) is null)
                    {
                        (clauseDates[c] ??= cut.IndexList()).Add(i);
                        (statementDates[statement[c]] ??= cut.IndexList()).Add(i);
                        (sentenceDates[s] ??= cut.IndexList()).Add(i);
                    }
                    break;
                case FactKinds.Team when f.Name is not null:
                    AddDistinct(teamSenders, f.Name);
                    if (JointSenders(text, facts, i) is { } joint)
                    {
                        (jointSenders ??= new(StringComparer.Ordinal)).TryAdd(f.Name, joint);
                    }
                    if (f.Station is { } station && !stations.Contains(station, StringComparer.Ordinal))
                    {
                        stations.Add(station);
                        stationCodes.Add(f.Code);
                    }
                    (sentenceActors[s] ??= cut.IndexList()).Add(i);
                    break;
                case FactKinds.Organization when f.Name is not null:
                    (sentenceActors[s] ??= cut.IndexList()).Add(i);
                    if (NamesATeam(text, f.End))
                    {
                        orgTeamSenders.Add(f.Name);
                    }
                    break;
                default:
                    break;
            }
        }
        // 该公司, 该局: the organisation named before, standing where the word does (an actor where it opens a clause).
        var actorFacts = facts;
        var orgAnaphors = OrgAnaphors(text, facts);
        // 市建行 named again where the recognizer did not find it (2018年，市建行投入…): an actor where it opens a clause, as 该局 is.
        if (RepeatedOrganisations(text, facts) is { } repeated)
        {
            (orgAnaphors ??= []).AddRange(repeated);
            orgAnaphors.Sort((a, b) => a.At.CompareTo(b.At));
        }
        // 每年合作社给…分红, 该合作社 after one …专业合作社 named: that cooperative, where the noun opens a clause.
        if (SelfNounAnaphors(text, facts, cut, clauseDates) is { } selfNouns)
        {
            (orgAnaphors ??= []).AddRange(selfNouns);
            orgAnaphors.Sort((a, b) => a.At.CompareTo(b.At));
        }
        if (orgAnaphors is not null)
        {
            actorFacts = new List<Fact>(facts);
            AddOrgAnaphors(text, facts, actorFacts, cut, clauseCount, sentenceActors, orgAnaphors);
        }
        var sentenceNamesPlace = cut.SentenceNamesPlace(sentenceCount);
        for (var i = 0; i < n; i++)
        {
            if (sender[i])
            {
                sentenceNamesPlace[cut.ClauseSentence[clause[i]]] = true;
            }
        }
        // Where the words that stand for a place stand (该村): a clause they open has a subject of its own.
        List<int>? placeWords = null;
        List<(int Clause, Mention Mention)>? placeWordMentions = null;
        foreach (var (at, referent) in Anaphors(text, facts, cut))
        {
            (placeWords ??= []).Add(at);
            (placeWordMentions ??= []).Add((cut.ClauseOf(at, clauseCount - 1), new Mention(referent, at)));
        }
        if (placeWordMentions is not null)
        {
            // Each word's referent joins its clause's, statement's and sentence's places where it stands: merged, a run of words
            // of one scope at a time (inserted one by one, each after a walk from the list's start, a sentence of thousands of
            // 全镇 was quadratic).
            AddByStart(clausePlaces, placeWordMentions, static (_, c) => c, cut);
            AddByStart(statementPlaces, placeWordMentions, (_, c) => statement[c], cut);
            AddByStart(sentencePlaces, placeWordMentions, static (cut, c) => cut.ClauseSentence[c], cut);
        }
        var clauseChoice = cut.ClauseChoice(clauseCount);
        for (var c = 0; c < clauseCount; c++)
        {
            clauseChoice[c] = Choose(text, facts, cut, clausePlaces[c], clauseDates, AnyLevel);
        }
        var statementChoice = cut.StatementChoice(statementCount);
        for (var st = 0; st < statementCount; st++)
        {
            statementChoice[st] = Choose(text, facts, cut, statementPlaces[st], clauseDates, AnyLevel);
        }
        var sentenceChoice = cut.SentenceChoice(sentenceCount);
        for (var s = 0; s < sentenceCount; s++)
        {
            sentenceChoice[s] = Choose(text, facts, cut, sentencePlaces[s], clauseDates, AnyLevel);
        }
        // The place a paragraph is about: the one its first sentence that names a county or a smaller
        // place names, for the numbers of that sentence and those after it; before it, and in a paragraph
        // that names none, the village or township the paragraphs before were about (no heading between).
        var paragraphCount = cut.ParagraphFirstSentence.Count;
        // A frame around the team's word needs the word: a text without one (most lines) has no clause to test for a frame.
        var namesTeamWord = LinkWords.Any(text, 0, text.Length, LinkWords.TeamWordPresence);
        var paragraphChoice = cut.ParagraphChoice(paragraphCount);
        var paragraphChoiceSentence = cut.ParagraphChoiceSentence(paragraphCount);
        var paragraphNames = cut.ParagraphNames(paragraphCount);
        var carried = cut.Carried(paragraphCount);
        var paragraphPeriod = cut.ParagraphPeriod(paragraphCount);
        var helpedFrom = cut.HelpedFrom(paragraphCount);
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
            for (var s = cut.ParagraphFirstSentence[p]; namesTeamWord && s < last && helpedFrom[p] == int.MaxValue; s++)
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
        var documentPlace = DocumentPlace(facts, candidate, inBodyName, stations, stationCodes, cut.ParagraphSpan(0).End);
        // A document's one village, named less often than its one county, is not yet what a number before the village's
        // first mention is about: the county then is (凤山县…一汽集团还投入1644.79万元扶持面上扶贫产业发展。…在久隆村打造…).
        var documentCounty = documentPlace >= 0 && facts[documentPlace].Level == PlaceLevel.Village && stations.Count == 0
            ? OnlyOne(facts, candidate, PlaceLevel.County) : None;
        var villageFrom = -1;
        if (documentCounty >= 0)
        {
            var (villageFirst, villageMentions) = Mentions(facts, candidate, facts[documentPlace]);
            villageFrom = villageMentions < Mentions(facts, candidate, facts[documentCounty]).Count ? villageFirst : -1;
        }
        var documentTeam = teamSenders.Count == 1 ? teamSenders[0]
            : teamSenders.Count == 0 && OneDistinct(orgTeamSenders) ? orgTeamSenders[0]
            : null;
        // A page that names no team: its one acting organisation, for the numbers after it acts first and
        // outside sentences that speak of a team (驻村工作队投入…: the team, not the organisation).
        var (actingOrganisation, actsFrom) = teamSenders.Count == 0 && orgTeamSenders.Count == 0
            ? OneActingOrganisation(text, facts, cut, clause, clauseDates) : (null, int.MaxValue);
        // The stationed teams, read only where a number has a place (most lines name no team: no list made for them).
        List<Fact>? teams = null;
        // The names' spans are read only to test an action for a team (AnyAction): made at the first such test.
        List<(int Start, int End)>? names = null;

        var titledPlace = -1;
        string? titledName = null;
        Dictionary<string, int>? fullest = null;
        Dictionary<(PlaceLevel?, string), int>? shortForms = null;
        Dictionary<(string, PlaceLevel), string>? fullForms = null;
        // Made at the first number whose record changes (with the facts before it): a text whose numbers link to
        // nothing hands back its own list.
        List<Fact>? linked = null;
        // Per clause, whether its numbers only count places (CountsOnlyPlaces): 0 not read yet, 1 yes, 2 no; made at the first read.
        sbyte[]? placeCountsOnly = null;
        var previousNumberEnd = -1;
        // The year 今年 stands for when no date fact says it: read at the first number that needs it.
        string? documentYear = null;
        var documentYearRead = false;
        var previousNumberClause = -1;
        var previousNumberSentence = -1;
        // The places of the sentence read last more specific than each rank (a government's territory's): the only ones
        // FundedPlace and FundedPlaceAfter may choose, picked once a sentence and rank, not among all its places for every number.
        var specificSentence = -1;
        List<Mention>?[]? specificPlaces = null;
        bool[]? specificRead = null;
        // The period of the last number's record; and whether the numbers of the sentence read last are parts of it (其中…,
        // FactLinker.Parallels), read at its first number, with that period (none while no record changed: linked null).
        string? previousPeriod = null;
        var (partSentence, isPart, partPeriod) = (-1, false, (string?)null);
        // A list of parts across statements (其中：…；…): the sentence read last, the statement whose clause opens the list (-1:
        // none found yet) and the last clause read for it (each clause of a sentence tested once, in order).
        var (listSentence, listStatement, listRead) = (-1, -1, -1);
        // The statement read last and its first clause (found once a statement: the numbers come in order).
        var (readStatement, statementFirst) = (-1, 0);
        // A sentence of parallel clauses (FactLinker.Parallels): the level of its opening places, the clauses read so far
        // and the place opening the last of them that has one (read once a sentence, its clauses in order).
        var (parallelSentence, parallelLevel, parallelClause, parallelOpener) = (-1, int.MinValue, -1, None);
        string? previousActor = null;
        var previousOwnsNothing = false;
        // The subject a sentence hands on to the sentences after it in its paragraph that name none (该公司…帮扶凤山县。
        // 打造9个乡村示范点，…): the actor of the last sentence with a subject, up to the sentence before the number's.
        string? chainActor = null;
        var chainUpTo = -1;
        // A list's introduction (…核定如下：⏎一、…): the last number outside a list item, with its paragraph, sentence,
        // period and actor; and the items' paragraph read last with its introduction (-1: not an item).
        var (outsideParagraph, outsideSentence) = (-1, -1);
        string? outsidePeriod = null, outsideActor = null;
        var (itemParagraph, itemKind, itemIntro) = (-1, ItemKind.None, -1);
        // Unclaimed's and Pick's answers for a scope of many places (by its list, the level bound and the scope's choice) where they
        // do not depend on the number: made at the first such scope.
        Dictionary<(List<Mention>, int, int), int>? unclaimedRead = null, pickRead = null;
        // The places that may hold places joined as one, by rank (JoinedHolder): read at the first tie.
        int[][]? holders = null;
        // JoinedHolder's answers for a scope of many places (by its list, the level bound and whether its places must be joined):
        // they do not depend on the number, made at its first.
        Dictionary<(List<Mention>, int, bool), int>? joinedRead = null;
        // The dates by value of the sentence read last with many (DayIndex), and that sentence.
        var daySentence = -1;
        DayIndex? days = null;
        // How many of the text's dates SameDayPeriod has read (those before the last sentence it read): a sentence opening with 当天
        // reads on from there, not from the text's first date.
        var sameDayRead = 0;
        for (var i = 0; i < n; i++)
        {
            var f = facts[i];
            if (!f.Kind.IsNumber())
            {
                linked?.Add(f);
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
            // The scope's places when they tie: joined as one (中寮鄉、草屯鎮), the number is about the place that holds them.
            List<Mention>? tiedIn = null;
            if (OwnItem(clausePlaces[c]) is var inItem && inItem != None)
            {
                (place, scope) = (inItem, LinkScope.Clause);
            }
            else if (Unclaimed(Pick(clauseChoice[c], clausePlaces[c]), clausePlaces[c]) is var inClause && inClause != None)
            {
                (place, scope, tiedIn) = (inClause, LinkScope.Clause, clausePlaces[c]);
            }
            else if (clausePlaces[c] is null && FrontedPhrasePlace(text, facts, cut, c, clauseChoice) is var fronted && fronted != None)
            {
                (place, scope) = (fronted, LinkScope.Clause);
            }
            else if (Unclaimed(Pick(statementChoice[statement[c]], statementPlaces[statement[c]]), statementPlaces[statement[c]]) is var inStatement && inStatement != None)
            {
                // 该镇投资2600万元兴建…，投资9000万元建设…，投资200万元在爱旗村…兴建…: a place more specific than the one opening the
                // statement (or sentence), in a later clause with a number of its own, is that number's; the clauses between keep the opener.
                (place, scope, tiedIn) = (inStatement, LinkScope.Sentence, statementPlaces[statement[c]]);
                if (inStatement >= 0 && OpenerOverClaimed(inStatement, statementPlaces[statement[c]]!) is var statementOpener && statementOpener != None)
                {
                    place = statementOpener;
                }
            }
            else if (Unclaimed(Pick(sentenceChoice[s], sentencePlaces[s]), sentencePlaces[s]) is var inSentence && inSentence != None)
            {
                (place, scope, tiedIn) = (inSentence, LinkScope.Sentence, sentencePlaces[s]);
                if (inSentence >= 0 && OpenerOverClaimed(inSentence, sentencePlaces[s]!) is var openerPlace && openerPlace != None)
                {
                    place = openerPlace;
                }
            }
            else if (clausePlaces[c] is null && sentenceChoice[s] == Ambiguous && ParallelOpenerBefore() is var opener && opener != None && Fits(opener))
            {
                // 乔庄镇共有贫困户500户,已脱贫300户,木鱼镇共有…: a clause of no place of its own continues the parallel clause before it.
                (place, scope) = (opener, LinkScope.Sentence);
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
                if (place >= 0 && documentCounty >= 0 && f.Start < villageFrom && Fits(documentCounty))
                {
                    place = documentCounty;
                }
            }
            if (place == Ambiguous && tiedIn is not null && Joined(tiedIn, joinedOnly: true) is var holder && holder >= 0)
            {
                place = holder;
            }
            else if (place >= 0 && scope == LinkScope.Clause && territory[place] && FundedPlace(gazetteer, facts, MoreSpecificPlaces(s, Rank(facts[place].Level)), place, f.Start) is var funded && funded >= 0)
            {
                (place, scope) = (funded, LinkScope.Sentence);
            }
            else if (place >= 0 && scope == LinkScope.Clause && territory[place] && FundedPlaceAfter(gazetteer, facts, MoreSpecificPlaces(s, Rank(facts[place].Level)), place, f.End) is var fundedAfter && fundedAfter >= 0)
            {
                (place, scope) = (fundedAfter, LinkScope.Sentence);
            }
            // 總計簽核逾1,600萬元 after works in several villages: a total is about the place that holds the sentence's places.
            if ((place < 0 || scope != LinkScope.Clause) && sentenceChoice[s] == Ambiguous && TotalBefore(text, cut.ClauseStarts[c], f.Start))
            {
                // None when no place the document names holds them: not one of the places it sums.
                place = Joined(sentencePlaces[s]!, joinedOnly: false);
                scope = LinkScope.Sentence;
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
            else
            {
                // Named as the document names the unit most fully (勇成苹果梨 is 勇成村's: the same code).
                if (facts[place].Code is { } placeCode && FullestWithCode(facts, placeCode, ref fullest) is var full && full >= 0
                    && facts[full].Name!.Length > facts[place].Name!.Length)
                {
                    place = full;
                }
                // A short form with no code (酉阳 of 酉阳专场) is the coded place of its level the page names with its ending (酉阳县).
                else if (facts[place].Code is null && LongFormOf(facts, place, ref shortForms) is var longForm && longForm >= 0)
                {
                    place = longForm;
                }
            }
            // The statement's date, else the date that opens the sentence (2019年，…；…): not a date of another statement.
            if (partSentence != s)
            {
                (partSentence, isPart, partPeriod) = (s, OpensWithPart(text, cut, s, previousNumberSentence, f.Start), previousPeriod);
            }
            var firstClause = cut.SentenceFirstClause[s];
            var ownPeriod = Period(text, facts, cut, f, clauseDates[c]);
            if (listSentence != s)
            {
                (listSentence, listStatement, listRead) = (s, -1, firstClause - 1);
            }
            for (; listStatement < 0 && listRead + 1 < c; listRead++)
            {
                if (OpensPartList(text, cut, listRead + 1))
                {
                    listStatement = statement[listRead + 1];
                }
            }
            int StatementStart(int clause)
            {
                if (readStatement != statement[clause])
                {
                    (readStatement, statementFirst) = (statement[clause], clause);
                    while (statementFirst > firstClause && statement[statementFirst - 1] == readStatement)
                    {
                        statementFirst--;
                    }
                }
                return cut.ClauseStarts[statementFirst];
            }
            var period = ownPeriod ?? Period(text, facts, cut, f, statementDates[statement[c]])
                ?? (listStatement >= 0 && statement[c] > listStatement && !NowWordBefore(text, cut, s, f.Start) && !CumulativeBefore(text, cut, s, f.Start)
                    ? Period(text, facts, cut, f, statementDates[listStatement]) : null)
                ?? (statement[c] != statement[firstClause] ? Period(text, facts, cut, f, OpeningDates(text, facts, cut, firstClause, clauseDates[firstClause]), StatementStart(c)) : null)
                ?? SameDayPeriod(text, facts, cut, s, dates, ref sameDayRead)
                ?? (NowWordBefore(text, cut, s, f.Start) || CumulativeBefore(text, cut, s, f.Start) ? null
                    : isPart ? (linked is null ? null : partPeriod) : paragraphPeriod[p] ?? ContinuedPeriod(text, facts, f, cut, s, clauseDates));
            if (ownPeriod is null && f.Kind == FactKinds.Money && IsOneDay(period) && !SameDateAfterHere(period!) && !SinceDayBeforeHere(period!))
            {
                // 今(16)日舉行…開工典禮，工程投入經費1,660萬…元; 2月4日…。當天上午，投資53萬元…的中心正式落成: the day of an event
                // in a clause before dates what happens that day, not the money, which was raised or spent before it (a day of
                // completion after it, …挹注2,279萬元辦理改善，工程18日完工, does).
                period = null;
            }
            if (period is null)
            {
                // 2016年12月29日，记者来到…。今年，该村投入…: 今年 (no fact without a publish date) is the year of the text's day.
                // The year first (once a text): most texts have none, and then no sentence is read for 今年.
                if (!documentYearRead)
                {
                    (documentYear, documentYearRead) = (DocumentYear(text, facts), true);
                }
                period = documentYear is not null && ThisYearBefore(text, cut, s, p, f.Start) ? documentYear : null;
            }
            // What the number's own words say of it: from the number before it in its clause (or the clause's
            // start) to its end, or to the clause's end when no number follows it there (2600余人参与…).
            var segmentStart = previousNumberClause == c ? previousNumberEnd : cut.ClauseStarts[c];
            var segmentEnd = NextNumberStart(facts, i, clause, c) is { } nextNumber ? OwnWordsEnd(text, f.End, nextNumber) : cut.ClauseEnd(c);
            names ??= NameSpans(facts);
            // 惠及9个乡镇2.4万多户3.8万多人: the numbers right after one that owns nothing, with no action between, are its fellow objects.
            var ownsNothing = LinkWords.Any(text, segmentStart, segmentEnd, LinkWords.NoActorPresence) || CountsListedBodies(text, facts, i)
                || (previousOwnsNothing && previousNumberClause == c && !AnyAction(text, previousNumberEnd, f.Start, names));
            var actor = ownsNothing ? null : Actor(text, actorFacts, facts, f, cut, c, sentenceActors[s], sentenceDates[s]);
            // 乡党委政府研究决定，…筹集了110万元: the subject joins bodies, no one of them acts, and no other body is guessed.
            var jointSubject = NamesNoOneBody(actor);
            if (jointSubject)
            {
                actor = null;
            }
            for (var t = chainUpTo + 1; t < s; t++)
            {
                if (t == 0 || cut.SentenceParagraph[t] != cut.SentenceParagraph[t - 1])
                {
                    chainActor = null;
                }
                var tStart = cut.SentenceStart(t);
                var tEnd = cut.SentenceEnd(t);
                if (HasSubject(text, facts, actorFacts, sentenceActors[t], cut, tStart, tEnd, clauseDates) || PlaceWordOpens(text, facts, cut, placeWords, tStart, tEnd, clauseDates))
                {
                    var lastClause = cut.ClauseOf(Math.Max(tStart, tEnd - 1), clauseCount - 1);
                    chainActor = Actor(text, actorFacts, facts, new Fact { Kind = f.Kind, Text = string.Empty, Start = tEnd, End = tEnd }, cut, lastClause, sentenceActors[t], sentenceDates[t]);
                }
            }
            if (chainUpTo < s - 1)
            {
                chainUpTo = s - 1;
                if (s == 0 || cut.SentenceParagraph[s] != cut.SentenceParagraph[s - 1])
                {
                    chainActor = null;
                }
            }
            // A text that names no team word (most) has none before the number: not searched for again, word by word.
            var teamWord = namesTeamWord ? cut.TeamWords.LastStart(text, cut.SentenceStart(s), f.Start) : -1;
            var team = (place >= 0 ? TeamAt(teams ??= facts.FindAll(static t => t.Kind == FactKinds.Team && t.Name is not null && t.Station is not null), facts[place]) : null) ?? documentTeam
                ?? (f.Start > actsFrom && teamWord < 0 ? actingOrganisation : null);
            if (team is not null && jointSenders is not null && jointSenders.TryGetValue(team, out var jointTeam))
            {
                team = jointTeam;
            }
            if (actor is null && !jointSubject && team is not null && s < helpedFrom[p] && !PlaceWordOpens(text, facts, cut, placeWords, cut.ClauseStarts[c], f.Start, clauseDates))
            {
                // The team did it: a verb of action before the number in its clause, or after the team's word
                // (工作队) earlier in the sentence; not a number of what villagers have, earn or take part in.
                // Or the number opens its clause inside its subject and an action follows (3个驻村点解决500余条…).
                // Not a count of places: 三个村均已完成庭院改造 is the villages' doing.
                var opensSubject = limit == AnyLevel && OpensClause(text, facts, cut.ClauseStarts[c], f.Start, clauseDates[c])
                    && !LinkWords.Any(text, f.End, cut.ClauseEnd(c), LinkWords.PassivePresence);
                if ((AnyAction(text, cut.ClauseStarts[c], f.Start, names)
                    || (teamWord >= 0 && AnyAction(text, teamWord, f.Start, names))
                    || ((teamWord >= cut.ClauseStarts[c] || opensSubject) && AnyAction(text, f.End, cut.ClauseEnd(c), names)))
                    && !ownsNothing)
                {
                    actor = team;
                }
            }
            var sentenceStart = cut.SentenceStart(s);
            if (actor is null && !jointSubject && !ownsNothing && chainActor is not null && !NamesNoOneBody(chainActor) && s < helpedFrom[p]
                && !HasSubject(text, facts, actorFacts, sentenceActors[s], cut, sentenceStart, f.Start, clauseDates)
                && !PlaceWordOpens(text, facts, cut, placeWords, sentenceStart, f.Start, clauseDates)
                && AnyAction(text, sentenceStart, f.Start, names))
            {
                // A sentence with no subject of its own before the number and an action: the subject handed on.
                actor = chainActor;
            }
            // A clause that only adds to the number before it (，其中特困户12户; ，120亩) has that number's actor.
            if (actor is null && !jointSubject && previousActor is not null && previousNumberSentence == s && !ownsNothing && ContinuesClause(text, cut, c, f))
            {
                actor = previousActor;
            }
            // An item of a list that spells out the sentence before it (巴州区：…2405万元；, 一、南竿鄉…補助新台幣五百萬元): that
            // sentence's period and actor, when the item's own words give none.
            if (p != itemParagraph)
            {
                var kind = KindOfItem(text, facts, cut, p);
                var q = p - 1;
                while (q >= 0 && q > itemParagraph && cut.IsBlank(q))
                {
                    q--;
                }
                itemIntro = kind == ItemKind.None ? -1 : q == itemParagraph && kind == itemKind ? itemIntro : ListIntro(text, facts, cut, p);
                (itemParagraph, itemKind) = (p, kind);
            }
            if (itemIntro < 0)
            {
                (outsideParagraph, outsideSentence, outsidePeriod, outsideActor) = (p, s, period, actor);
            }
            else if (itemIntro != outsideParagraph)
            {
                // An introduction with no number of its own (现将2019年…项目计划下达如下：): the date of its last sentence.
                var (introStart, introEnd) = cut.ParagraphSpan(itemIntro);
                while (introEnd > introStart && char.IsWhiteSpace(text[introEnd - 1]))
                {
                    introEnd--;
                }
                period ??= introEnd > introStart ? Period(text, facts, cut, f, sentenceDates[cut.ClauseSentence[cut.ClauseOf(introEnd - 1, clauseCount - 1)]]) : null;
            }
            else
            {
                period ??= outsidePeriod;
                // The actor only of the introduction's last sentence (not of 其中…350万元 before 现将项目计划下达如下：).
                var afterOutside = cut.SentenceEnd(outsideSentence);
                var introEnd = cut.ParagraphSpan(itemIntro).End;
                if (actor is null && !ownsNothing && !jointSubject && (afterOutside >= introEnd || text.AsSpan(afterOutside, introEnd - afterOutside).IsWhiteSpace()))
                {
                    actor = outsideActor;
                }
            }
            (previousNumberEnd, previousNumberClause, previousNumberSentence, previousActor, previousOwnsNothing) = (f.End, c, s, actor ?? f.Actor, ownsNothing);
            previousPeriod = period ?? f.Period;
            var subject = f.Subject ?? Simplified(Subject(text, f, cut.ClauseEnd(c), cut.SentenceEnd(s)));
            // A number that links to nothing is the same record: no copy of it (most numbers of a line read alone).
            if (place < 0 && period is null && actor is null && ReferenceEquals(subject, f.Subject))
            {
                linked?.Add(f);
                continue;
            }
            (linked ??= Prefix(facts, i)).Add(f with
            {
                // A unit with no code may be a short form a title completes (南投縣長); one with a code is named most fully above.
                Place = place >= 0 ? (facts[place].Code is null ? TitledName(place) ?? FullFormNamed(facts, facts[place], ref fullForms) : null) ?? facts[place].Name : f.Place,
                Code = place >= 0 ? facts[place].Code : f.Code,
                Scope = scope ?? f.Scope,
                Period = period ?? f.Period,
                Actor = actor ?? f.Actor,
                Subject = subject,
            });

            // The sentence's dates of the day, walked for a sentence of few, else read in its DayIndex (made once a sentence).
            bool SameDateAfterHere(string day) =>
                sentenceDates[s] is { Count: > FewDatesWalked } many ? DaysOf(s, many).SameDateAfter(day, f.End) : SameDateAfter(facts, sentenceDates[s], day, f.End);

            bool SinceDayBeforeHere(string day) =>
                sentenceDates[s] is { Count: > FewDatesWalked } many ? DaysOf(s, many).SinceDayBefore(day, f.Start) : SinceDayBefore(text, facts, sentenceDates[s], day, f.Start);

            DayIndex DaysOf(int t, List<int> many)
            {
                if (daySentence != t)
                {
                    (daySentence, days) = (t, new DayIndex(text, facts, many));
                }
                return days!;
            }

            List<Mention>? MoreSpecificPlaces(int t, int rank)
            {
                specificRead ??= new bool[Rank(PlaceLevel.Village) + 1];
                if (specificSentence != t)
                {
                    specificSentence = t;
                    Array.Clear(specificRead);
                }
                if (!specificRead[rank])
                {
                    specificRead[rank] = true;
                    specificPlaces ??= new List<Mention>?[specificRead.Length];
                    specificPlaces[rank] = null;
                    foreach (var m in sentencePlaces[t] ?? [])
                    {
                        if (Rank(facts[m.Fact].Level) > rank)
                        {
                            (specificPlaces[rank] ??= cut.MentionList()).Add(m);
                        }
                    }
                }
                return specificPlaces![rank];
            }

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

            // The place opening the nearest clause before this number's, in a sentence of parallel clauses each with numbers.
            int ParallelOpenerBefore()
            {
                if (parallelSentence != s)
                {
                    (parallelSentence, parallelLevel, parallelClause, parallelOpener) = (s, ParallelLevel(text, facts, cut, sentencePlaces[s], clauseDates), cut.SentenceFirstClause[s], None);
                }
                for (; parallelLevel != int.MinValue && parallelClause < c; parallelClause++)
                {
                    if (clausePlaces[parallelClause] is not { } own || !cut.HasNumber(parallelClause))
                    {
                        continue;
                    }
                    foreach (var m in own)
                    {
                        if (Rank(facts[m.Fact].Level) == parallelLevel && OpensClause(text, facts, cut.ClauseStarts[parallelClause], m.Start, clauseDates[parallelClause], strict: true))
                        {
                            parallelOpener = m.Fact;
                            break;
                        }
                    }
                }
                return parallelLevel == int.MinValue ? None : parallelOpener;
            }

            bool Fits(int chosen) => chosen >= 0 && Rank(facts[chosen].Level) < limit;

            // The name a title completes (南投縣長 → 南投縣), read once for the numbers of one place in a row: each asked the
            // gazetteer again (a conversion, a lookup and two strings each).
            string? TitledName(int at)
            {
                if (titledPlace != at)
                {
                    (titledPlace, titledName) = (at, NamedByTitle(text, gazetteer, facts[at]));
                }
                return titledName;
            }

            // In a list of amounts each with its own place (800万元用于坝坨河…、300万元用于淇滩镇三壶瓶村…、200万元用于官舟镇黄龙村…),
            // the places of the number's own item (between list commas) are its; another item's are that item's number's.
            int OwnItem(List<Mention>? mentions)
            {
                if (mentions is null || clauseNumbers[c] < 2)
                {
                    return None;
                }
                var (itemStart, itemEnd) = Item(text, cut.ClauseStarts[c], cut.ClauseEnd(c), f.Start);
                if (!OtherNumberOutside(itemStart, itemEnd))
                {
                    return None;
                }
                List<Mention>? own = null;
                foreach (var m in mentions)
                {
                    if (m.Start >= itemStart && m.Start < itemEnd && (limit == AnyLevel || Rank(facts[m.Fact].Level) < limit))
                    {
                        (own ??= []).Add(m);
                    }
                }
                return own is null ? None : Choose(facts, own) is var chosen && chosen >= 0 ? chosen : None;
            }

            // The place opening the sentence (the first it names, opening its clause before the number's) when the sentence's
            // choice is more specific, held by it, and named only after the number in a clause with a number of its own; else
            // None. Read in a sentence of few places only (each number reads them all).
            int OpenerOverClaimed(int chosen, List<Mention> mentions)
            {
                if (mentions.Count > FewMentionsRead)
                {
                    return None;
                }
                var opener = mentions[0];
                var oc = cut.ClauseOf(opener.Start, cut.ClauseStarts.Count - 1);
                if (opener.Fact == chosen || oc >= c || !candidate[opener.Fact] || !Holds(facts[opener.Fact], facts[chosen])
                    || !OpensClause(text, facts, cut.ClauseStarts[oc], opener.Start, clauseDates[oc]))
                {
                    return None;
                }
                foreach (var m in mentions)
                {
                    if (m.Fact == chosen && (m.Start < f.End || cut.ClauseOf(m.Start, cut.ClauseStarts.Count - 1) is var mc && (mc == c || clauseNumbers[mc] == 0)))
                    {
                        return None;
                    }
                }
                return opener.Fact;
            }

            // A scope whose places are all claimed by the other items or clauses of such a list, each with a number of its
            // own (…，可带动贫困户185户598人脱贫致富；淇滩镇三壶瓶村…50万元…；官舟镇黄龙村…), has none for this number:
            // the next scope decides. Only where the scope named several places of one level (an ambiguity).
            int Unclaimed(int chosen, List<Mention>? mentions)
            {
                if (chosen != Ambiguous || mentions is null)
                {
                    return chosen;
                }
                // A scope with none of its places in the number's clause: what is free depends on the scope alone (each place is
                // claimed by its own clause's numbers), read once for all its numbers (a sentence of thousands of villages).
                if (mentions.Count <= FewMentionsRead || MentionIn(mentions, cut.ClauseStarts[c], cut.ClauseEnd(c)))
                {
                    return UnclaimedHere(chosen, mentions);
                }
                if (!(unclaimedRead ??= []).TryGetValue((mentions, limit, chosen), out var free))
                {
                    free = UnclaimedHere(chosen, mentions);
                    unclaimedRead.Add((mentions, limit, chosen), free);
                }
                return free;
            }

            int UnclaimedHere(int chosen, List<Mention> mentions)
            {
                List<Mention>? free = null;
                var freedByCount = false;
                foreach (var m in mentions)
                {
                    var mc = cut.ClauseOf(m.Start, cut.ClauseStarts.Count - 1);
                    var countsOnly = mc != c && clauseNumbers[mc] > 0 && CountsOnlyPlaces(mc);
                    var claimed = mc != c ? clauseNumbers[mc] > 0 && !countsOnly
                        : Item(text, cut.ClauseStarts[c], cut.ClauseEnd(c), m.Start) is var (ms, me) && !(f.Start >= ms && f.Start < me) && NumberIn(ms, me);
                    if (!claimed)
                    {
                        (free ??= []).Add(m);
                        freedByCount |= countsOnly;
                    }
                }
                if (free is null)
                {
                    return None;
                }
                if (free.Count == mentions.Count)
                {
                    return chosen;
                }
                var again = Choose(text, facts, cut, free, clauseDates, limit);
                // Places a counting clause left free that still tie and no place holds: none here, the paragraph's or the
                // document's place decides (as when that clause claimed them).
                return again == Ambiguous && freedByCount && JoinedHolder(text, gazetteer, facts, holders ??= HolderPlaces(facts, candidate), free, limit, fallback: documentPlace) < 0 ? None : again;
            }

            // A clause whose only numbers count the places it lists (五显镇三秀山村、明溪村、后塘村等3个村…) claims none of them: its
            // places are the subject of the sentence's other clauses (…，共签约销售…近500万元). Read once a clause (placeCountsOnly).
            bool CountsOnlyPlaces(int mc)
            {
                placeCountsOnly ??= new sbyte[clauseCount];
                if (placeCountsOnly[mc] == 0)
                {
                    var only = true;
                    var any = false;
                    for (var k = FirstFactAtOrAfter(facts, cut.ClauseStarts[mc]); only && k < n && facts[k].Start < cut.ClauseEnd(mc); k++)
                    {
                        if (facts[k].Kind.IsNumber())
                        {
                            // Its count counts places of the level the clause lists (…三秀山村、明溪村…等3个村), not others (在乔庄镇有3个村).
                            only = CountedLevel(text, facts[k]) is { } level && ListsPlaces(mc, level);
                            any = true;
                        }
                    }
                    only &= any;
                    placeCountsOnly[mc] = only ? (sbyte)1 : (sbyte)2;
                }
                return placeCountsOnly[mc] == 1;
            }

            // Whether the clause lists places of this level: two at least, one joined to the next (、).
            bool ListsPlaces(int mc, PlaceLevel level)
            {
                if (clausePlaces[mc] is not { Count: >= 2 } listed)
                {
                    return false;
                }
                var count = 0;
                var joined = false;
                foreach (var m in listed)
                {
                    var p = facts[m.Fact];
                    if (p.Level != level)
                    {
                        continue;
                    }
                    count++;
                    var end = m.Start + (p.End - p.Start);
                    joined |= end + 1 < text.Length && LinkWords.Joiners.Contains(text[end]);
                }
                return count >= 2 && joined;
            }

            // Another amount of the same kind outside the item: a list of amounts, each with its place (not 1110万元用于A镇a村、
            // B镇b村…4个村: a list of places, which the amount and the count before and after it are about together).
            bool OtherNumberOutside(int itemStart, int itemEnd) =>
                NumberIn(cut.ClauseStarts[c], itemStart, f.Kind) || NumberIn(itemEnd, cut.ClauseEnd(c), f.Kind);

            // Whether a number other than this one starts in [from, to): facts are in document order.
            bool NumberIn(int from, int to, FactKinds? kind = null)
            {
                for (var k = FirstFactAtOrAfter(facts, from); k < n && facts[k].Start < to; k++)
                {
                    if (k != i && facts[k].Kind.IsNumber() && (kind is null || facts[k].Kind == kind))
                    {
                        return true;
                    }
                }
                return false;
            }

            // The place holding a scope's tied places (JoinedHolder). Read once a scope, level bound and joinedOnly for a scope of
            // many places: each number of a line of thousands of joined places read the whole scope again.
            int Joined(List<Mention> mentions, bool joinedOnly)
            {
                holders ??= HolderPlaces(facts, candidate);
                if (mentions.Count <= FewMentionsRead)
                {
                    return JoinedHolder(text, gazetteer, facts, holders, mentions, limit, joinedOnly, fallback: documentPlace);
                }
                if (!(joinedRead ??= []).TryGetValue((mentions, limit, joinedOnly), out var holder))
                {
                    holder = JoinedHolder(text, gazetteer, facts, holders, mentions, limit, joinedOnly, fallback: documentPlace);
                    joinedRead.Add((mentions, limit, joinedOnly), holder);
                }
                return holder;
            }

            // A scope's place: the one chosen for all its numbers, or for a count of places one above their level.
            // Read once a scope and level for a scope of many places (a count of places in a sentence of thousands of villages).
            int Pick(int chosen, List<Mention>? mentions)
            {
                if (limit == AnyLevel)
                {
                    return chosen;
                }
                if (mentions is null || mentions.Count <= FewMentionsRead)
                {
                    return Choose(text, facts, cut, mentions, clauseDates, limit);
                }
                if (!(pickRead ??= []).TryGetValue((mentions, limit, chosen), out var picked))
                {
                    picked = Choose(text, facts, cut, mentions, clauseDates, limit);
                    pickRead.Add((mentions, limit, chosen), picked);
                }
                return picked;
            }
        }
        cut.Release();
        return linked ?? facts;
    }

    /// <summary>
    /// <see cref="Link"/> of facts with no place, date, organisation or team (nor a number with an actor already): each
    /// number's place, period and actor stay as they are, its subject is read from the words after it, as the full pass
    /// reads it. Only money reads its clause's and sentence's ends (a purpose after it): the text is cut at the first
    /// money fact that has no subject yet, and a line of counts and measures is not cut at all.
    /// </summary>
    private static List<Fact> SubjectsOnly(string text, List<Fact> facts)
    {
        List<Fact>? linked = null; // as in Link: made at the first record that changes
        Cut? cut = null;
        for (int i = 0, c = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (!f.Kind.IsNumber())
            {
                linked?.Add(f);
                continue;
            }
            string? subject;
            if (f.Subject is not null || f.Kind != FactKinds.Money)
            {
                // A count's counted noun follows it right away; other kinds but money have none (Subject reads no end for them).
                subject = f.Subject ?? Simplified(Subject(text, f, text.Length, text.Length));
            }
            else
            {
                cut ??= Cut.Of(text);
                // The clause of the fact: the last that starts at or before it (facts are in document order, so c only grows).
                while (c + 1 < cut.ClauseStarts.Count && cut.ClauseStarts[c + 1] <= f.Start)
                {
                    c++;
                }
                subject = Simplified(Subject(text, f, cut.ClauseEnd(c), cut.SentenceEnd(cut.ClauseSentence[c])));
            }
            if (ReferenceEquals(subject, f.Subject))
            {
                linked?.Add(f);
            }
            else
            {
                (linked ??= Prefix(facts, i)).Add(f with { Subject = subject });
            }
        }
        cut?.Release();
        return linked ?? facts;
    }

    /// <summary>A new list, room for all of <paramref name="facts"/>, holding those before <paramref name="count"/>.</summary>
    private static List<Fact> Prefix(List<Fact> facts, int count)
    {
        var list = new List<Fact>(facts.Count);
        list.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(facts)[..count]);
        return list;
    }

    /// <summary>A place named in a scope: the place fact (or the one a word such as 全乡 stands for) and where it is named.</summary>
    private readonly record struct Mention(int Fact, int Start);

    /// <summary>No level bound: every place may be a number's.</summary>
    private const int AnyLevel = 6;

    private const int None = -1;

    private const int Ambiguous = -2;

    /// <summary>Up to this many places, a scope's places are read again for each of its numbers; more are read once (Unclaimed, Pick).</summary>
    private const int FewMentionsRead = 8;

    /// <summary>Whether a place of <paramref name="mentions"/> (in document order) is named in <c>[start, end)</c> (binary search).</summary>
    private static bool MentionIn(List<Mention> mentions, int start, int end)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo < mentions.Count && mentions[lo].Start < end;
    }

    /// <summary>The index of the first of <paramref name="facts"/> (in document order) starting at or after <paramref name="start"/>, or their count.</summary>
    private static int FirstFactAtOrAfter(List<Fact> facts, int start)
    {
        int lo = 0, hi = facts.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (facts[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>Where the candidate places that are the same place as <paramref name="place"/> are first named, and how many there are.</summary>
    private static (int First, int Count) Mentions(List<Fact> facts, bool[] candidate, Fact place)
    {
        var (first, count) = (int.MaxValue, 0);
        for (var j = 0; j < facts.Count; j++)
        {
            if (candidate[j] && facts[j].Kind == FactKinds.Place && facts[j].Name is not null && Same(facts[j], place))
            {
                (first, count) = (Math.Min(first, facts[j].Start), count + 1);
            }
        }
        return (first, count);
    }

    /// <summary>The item of a list (between list commas 、) that holds <paramref name="at"/> inside the clause <c>[start, end)</c>.</summary>
    private static (int Start, int End) Item(string text, int start, int end, int at)
    {
        var itemStart = start;
        for (var k = at - 1; k >= start; k--)
        {
            if (text[k] == Marks.ListComma)
            {
                itemStart = k + 1;
                break;
            }
        }
        var itemEnd = text.IndexOf(Marks.ListComma, at, end - at);
        return (itemStart, itemEnd < 0 ? end : itemEnd);
    }

    /// <summary>Whether the list holds one value, once or more (a Distinct().Count() allocated a set for every line with a number).</summary>
    private static bool OneDistinct(List<string> list)
    {
        if (list.Count == 0)
        {
            return false;
        }
        foreach (var value in list)
        {
            if (!string.Equals(value, list[0], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }

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
}
