using System.Buffers;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Links;

/// <summary>
/// The words that drive linking, read once from Links/Data/link-words.tsv and link-frames.tsv (both
/// scripts listed there, so the linker reads the text as written), and the counted nouns of
/// Facts/Data/counted-nouns.tsv. Immutable, shared by all threads.
/// </summary>
internal static class LinkWords
{
    /// <summary>Characters that end a clause inside a sentence (，；：).</summary>
    public static readonly SearchValues<char> ClauseEnds = SearchValues.Create(string.Concat(Of("clause")));

    /// <summary>Characters that end a clause or a sentence (<see cref="Text.Sentences.Ends"/>): where a text is cut.</summary>
    public static readonly SearchValues<char> Breaks = SearchValues.Create(string.Concat(Of("clause")) + Text.Sentences.Ends);

    /// <summary><see cref="Breaks"/> and the closing quotation marks, which may end a sentence (“…爱我中华……”).</summary>
    public static readonly SearchValues<char> BreaksAndQuotes = SearchValues.Create(string.Concat(Of("clause")) + Text.Sentences.Ends + string.Concat(Of("quote-close")));

    /// <summary>Markers after money that say what it is for (用于).</summary>
    public static readonly string[] Purpose = Longest(Of("purpose"));

    /// <summary>Adverbs between a clause end and a purpose marker (全部).</summary>
    public static readonly string[] PurposeLead = Longest(Of("purpose-lead"));

    /// <summary>Words that end a purpose phrase and stay out of it (等).</summary>
    public static readonly string[] SubjectEnd = Longest(Of("subject-end"));

    /// <summary>Words before a date that opens a paragraph (截至).</summary>
    public static readonly string[] TimeLead = Longest(Of("time-lead"));

    /// <summary>Words of time with no date that may open a clause before its subject (全年, 目前).</summary>
    public static readonly string[] TimeWords = Longest([.. Of("time-word"), .. Of("now-word")]);

    /// <summary>Words of another time than a date before them (目前, 今年): between that date and a number, no period.</summary>
    public static readonly string[] NowWords = Longest(Of("now-word"));

    /// <summary>Words before an amount that sum it over several times (先后投入, 累计): not of the date that opens the paragraph.</summary>
    public static readonly string[] Cumulative = Longest(Of("cumulative"));

    /// <summary>Words of getting money from the body after them (争取到, 协调到: asking.tsv get and arrange).</summary>
    public static readonly string[] AskedFrom = Longest([.. Asking("get"), .. Asking("arrange")]);

    /// <summary>The <see cref="AskedFrom"/> words whose body gives only when the money follows it directly (协调到).</summary>
    public static readonly string[] AskedIfMoneyFollows = Longest(Asking("arrange"));

    /// <summary>A word between such a body and its money (的), and words of money right after such a body (资金).</summary>
    public static readonly string[] MoneyLinks = Longest(Asking("money-link")), MoneyNouns = Longest(Asking("money-noun"));

    /// <summary>Words in a later clause's lead whose subject raises the money itself (自筹): the body asked before gives none there.</summary>
    public static readonly string[] OwnMoney = Longest(Asking("own"));

    /// <summary>Words before a body that an <see cref="AskedFrom"/> word follows (向): the body gives the money (向县水利局争取到5万元).</summary>
    public static readonly string[] AskingLead = Longest(WordLists.Get("asking-leads").Values());

    /// <summary>The longest <see cref="AskedFrom"/> and <see cref="AskingLead"/> word: how far before a body they are looked for.</summary>
    public static readonly int MaxAskedFrom = AskedFrom.Max(w => w.Length), MaxAskingLead = AskingLead.Max(w => w.Length);

    /// <summary>Words after a date that opens a paragraph (以来).</summary>
    public static readonly string[] TimeTail = Longest([.. Of("time-tail"), .. Of("time-tail-onward")]);

    /// <summary>Words before a date that make it a comparison (较).</summary>
    public static readonly string[] Baseline = Longest(Of("baseline"));

    /// <summary>Words before an organisation that make it no actor (被, 向), and those that make it where one goes or works (到: destinations.tsv).</summary>
    public static readonly string[] NotAgent = Longest([.. Of("not-agent"), .. Of("passive"), .. WordLists.Get("destinations").Values()]);

    /// <summary>Words after an organisation that make it the passive subject, not the agent (工作队被…评为).</summary>
    public static readonly string[] Passive = Longest(Of("passive"));

    /// <summary>Words before an organisation that opens a clause as its agent (由).</summary>
    public static readonly string[] AgentLead = Longest(Of("agent-lead"));

    /// <summary>Characters that join two actors (县财政局、县水利局).</summary>
    public static readonly string Joiners = string.Concat(Of("joiner"));

    /// <summary>Words that name the document's team without its sender (工作队).</summary>
    public static readonly string[] TeamWords = Longest(Of("team-word"));

    /// <summary>Words of what villagers and villages have or earn (收入, 人口): a number of theirs has no actor.</summary>
    public static readonly string[] NoActor = Longest(Of("no-actor"));

    /// <summary>Ends of an organisation's simplified name that make it a medium (日报, 网): it reports, it is no actor.</summary>
    public static readonly string[] MediumEndings = Longest(Of("medium"));

    /// <summary>The words that close a dateline (本报运城1月25日讯, 新华社北京3月5日电): Documents' byline-labels.tsv, use dateline.</summary>
    public static readonly string[] DatelineWords = Longest(Documents.BylineWords.Using("dateline"));

    /// <summary>Words after an organisation's name that make it say where a thing stands (村委会大楼楼顶): no actor there.</summary>
    public static readonly string[] Sites = Longest(Of("site"));

    /// <summary>
    /// Ends of a village's own body's simplified name after the village (村委会, 党支部, 委会 of 新圩村委会 sharing the village's
    /// 村): the village is its numbers' place. Entities' org-suffixes.tsv rows with needs_head place, its
    /// team-station-committees.tsv (居委会), and link-words.tsv's village-body words that neither has (党总支).
    /// </summary>
    public static readonly string[] VillageBodies = Longest(
        [.. WordLists.Get("org-suffixes").Where("needs_head", "place").Select(r => r[0]),
         .. WordLists.Get("team-station-committees").Values(), .. Of("village-body")]);

    /// <summary>Words before a settlement word that make it a set of settlements, no one's name (各自然村): no address before; both scripts.</summary>
    public static readonly string[] SettlementLeads = Longest(Of("settlement-lead"));

    /// <summary>Words ending a settlement's name below a village (自然村): an organisation's name right before one is an address.</summary>
    public static readonly string[] Settlements = Longest(Of("settlement"));

    /// <summary>A body's kind nouns that, opening a clause, stand for the one organisation named before ending with them (合作社).</summary>
    public static readonly string[] SelfNouns = Longest(WordLists.Get("self-nouns").Values());

    /// <summary>The labels of a story's source (来源：青阳县人民政府): Documents' byline-labels.tsv, use source.</summary>
    public static readonly string[] SourceLabels = Longest(Documents.BylineWords.Using("source"));

    /// <summary>Words that open a clause of an example before its time word (以今年度的…為例): the time word still opens the clause.</summary>
    public static readonly string[] ExampleLead = Longest(Of("example-lead"));

    /// <summary>Words that close an example's phrase after its lead (…為例): without one later in the clause, the lead is none.</summary>
    public static readonly string[] ExampleTail = Longest(Of("example-tail"));

    /// <summary>The marks of a list item opening a paragraph, by use (Links/Data/list-items.tsv): open ((一)), close (一、, 1.), colon (如下：, 巴州区：).</summary>
    public static readonly string ItemOpens = ListItemMarks("open"), ItemCloses = ListItemMarks("close"), ItemColons = ListItemMarks("colon");

    /// <summary>Words right after a place that make it a giver (鲤城区对口帮扶资金): not what the money is about.</summary>
    public static readonly string[] DonorWords = Longest(Of("donor"));

    /// <summary>Words right after a place (or its chain) that make it what the subject borders (与山西铺村接壤): not the number's place.</summary>
    public static readonly string[] NeighbourWords = Longest(Of("neighbour"));

    /// <summary>Words right before the first place of a chain a <see cref="NeighbourWords"/> word ends (与山西铺村接壤): only then is the chain what the subject borders (Links/Data/border-leads.tsv).</summary>
    public static readonly string[] BorderLeads = Longest(WordLists.Get("border-leads").Values());

    /// <summary>Words opening a sentence that goes on with the one before (此外): it keeps that sentence's opening date.</summary>
    public static readonly string[] Continuations = Longest(WordLists.Get("continuations").Values());

    /// <summary>Verbs of spending, building, handing out, organising (投入).</summary>
    public static readonly string[] Actions = Longest(Of("action"));

    /// <summary>What may stand between a team's sender and its team word (各, 驻村, “访惠聚”): Entities' team-gaps.tsv, simplified.</summary>
    public static readonly string[] TeamGaps = Longest(WordLists.Get("team-gaps").Values());

    /// <summary>The words that name a work team (工作队): Entities' team-words.tsv, simplified.</summary>
    public static readonly string[] TeamNames = Longest(WordLists.Get("team-words").Values());

    /// <summary>Quotation marks, skipped between a sender and its team word (八师石河子市“访惠聚”工作队).</summary>
    public static readonly string QuoteMarks = string.Concat(Of("quote-mark"));

    /// <summary>Closing quotation marks: a sentence that opens with one after a quotation may be its attribution (”村民某某说。).</summary>
    public static readonly string QuoteCloses = string.Concat(Of("quote-close"));

    /// <summary>The marks that open a title (《) and close one (》): a place inside a title is not what a number is about.</summary>
    public static readonly string TitleOpens = string.Concat(Of("title-open")), TitleCloses = string.Concat(Of("title-close"));

    /// <summary>Verbs of saying that make a sentence a quotation's attribution (说): Entities' speaker-verbs.tsv, simplified.</summary>
    public static readonly string[] SpeakerVerbs = Longest(WordLists.Get("speaker-verbs").Values());

    /// <summary>Words before a level suffix that make it stand for a place named before (全乡, 该村, 自治州), simplified.</summary>
    public static readonly string[] AnaphorLeads = Longest(WordLists.Get("anaphor-leads").Values());

    /// <summary>
    /// The level suffixes of Places' anaphor-suffixes.tsv (乡 → township), longest first, without those that
    /// stand for too many things after 全 or 本 (全区 is the autonomous region, 全队 a team).
    /// </summary>
    public static readonly (string Suffix, Facts.PlaceLevel Level)[] LevelSuffixes =
        [.. WordLists.Get("anaphor-suffixes").Rows
            .Where(r => !Of("anaphor-skip").Contains(r[0], StringComparer.Ordinal) && !Of("anaphor-city").Contains(r[0], StringComparer.Ordinal))
            .Select(r => (r[0], Enum.Parse<Facts.PlaceLevel>(r[1], ignoreCase: true)))
            .OrderByDescending(p => p.Item1.Length)];

    /// <summary>
    /// The endings of a city's name that, after a word of anaphor-leads.tsv, stand for the one city named before (全市, 该市, 我市)
    /// whatever its level (county or prefecture): link-words' anaphor-city, simplified.
    /// </summary>
    public static readonly string[] AnaphorCities = Longest(Of("anaphor-city"));

    /// <summary>The leads of anaphor-leads.tsv that name the speaker's own place (我村): link-words' own-lead, simplified.</summary>
    public static readonly string[] OwnLeads = Longest(Of("own-lead"));

    /// <summary>Characters right after a level suffix that make it a common noun (村民, 村规, 乡村): Places' place-suffix-followers.tsv.</summary>
    public static readonly System.Collections.Frozen.FrozenDictionary<char, string> SuffixFollowers =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(WordLists.Get("place-suffix-followers").Rows, r => r[0][0], r => r[1]);

    /// <summary>The first characters of <see cref="AnaphorLeads"/> in both scripts: where an anaphor may start.</summary>
    public static readonly SearchValues<char> AnaphorFirsts = SearchValues.Create(WithTraditional(string.Concat(AnaphorLeads.Select(l => l[0]))));

    /// <summary>
    /// <paramref name="chars"/> and each one's traditional form, as OpenCC's character table gives it. Only that table is
    /// read: ScriptConverter.ToTraditional read the phrase table too (nine tenths of OpenCC's data, ~10 MB) at the first
    /// line with a number, for five characters.
    /// </summary>
    private static string WithTraditional(string chars)
    {
        var name = ResourceFormat.OpenCcSimplifiedToTraditionalCharacters;
        var table = Text.OpenCcTable.LoadEmbedded([name])[name];
        var both = new System.Text.StringBuilder(chars);
        foreach (var c in chars)
        {
            if (table.MatchLongestPrefix([c], out var entry) == 1)
            {
                both.Append(table.Default(entry));
            }
            else
            {
                both.Append(c);
            }
        }
        return both.ToString();
    }

    /// <summary>The classifier before a level suffix in a count of places (三个村 → 个), simplified.</summary>
    public static readonly string[] PlaceClassifiers = Longest(Of("place-classifier"));

    /// <summary>Marks besides the sentence and clause ends that end a line of running text (…): a line ending otherwise is a heading.</summary>
    public static readonly string SentenceTails = string.Concat(Of("sentence-tail"));

    /// <summary>Words before a place that make it the reference point of a distance (距离那拉提景区仅5公里), not the number's place.</summary>
    public static readonly string[] Distance = Longest(Of("distance"));

    /// <summary>Words that stand for the county-or-smaller place named last (这里贫困发生率在16%以上).</summary>
    public static readonly string[] Here = Longest(Of("here"));

    /// <summary>Words that open a clause adding a part of the number before (其中): it shares that number's actor.</summary>
    public static readonly string[] Subset = Longest(Of("subset"));

    /// <summary>Words that date a sentence by the date named before it (当天).</summary>
    public static readonly string[] SameDay = Longest(Of("same-day"));

    /// <summary>Nouns after a count that say what it counts: counted-nouns.tsv's and link-words.tsv's own.</summary>
    public static readonly string[] Counted = Longest([.. WordLists.Get("counted-nouns").Values(), .. Of("counted")]);

    /// <summary>The frames (open, close) of a clause whose organisations are no actor (在…下).</summary>
    public static readonly (string Open, string Close)[] Frames =
        [.. WordLists.Get("link-frames").Rows.Select(r => (r[0], r[1]))];

    /// <summary>Ends of an organisation's simplified name that make it a place-bound thing (…产业基地, …示范园): the place in its name is where it stands; it is no actor.</summary>
    public static readonly string[] FacilityEndings = Longest(Of("facility"));

    /// <summary>Words that end a clause opened by a frame's opening word as a place where something happens (在…會場): a frame too.</summary>
    public static readonly string[] Venues = Longest(Of("venue"));

    /// <summary>Ends of an organisation's simplified name that join bodies of one level (乡党委政府): no one body, no actor.</summary>
    public static readonly string[] JointBodyEndings = Longest(Of("joint-bodies"));

    /// <summary>Ends of a government's simplified name (政府, 公所): the place its name begins with is its territory.</summary>
    public static readonly string[] GovernmentEndings = Longest(Of("government"));

    /// <summary>The agent-lead demonstratives (该, 該: also place anaphor leads) that, before an <see cref="OrgAnaphors"/> noun, stand for an organisation named before.</summary>
    public static readonly string[] OrgAnaphorLeads = Longest(Of("agent-lead").Where(w => AnaphorLeads.Contains(Text.ScriptConverter.Default.ToSimplified(w), StringComparer.Ordinal)));

    /// <summary>Nouns after a demonstrative that stand for the organisation named last whose simplified name holds them (该公司, 该局).</summary>
    public static readonly string[] OrgAnaphors = Longest(Of("org-anaphor"));

    /// <summary>Words right after a date that make it the start of what follows (2019年6月后): not the period of a number before it.</summary>
    public static readonly string[] Onward = Longest(Of("time-tail-onward"));

    /// <summary>Words after a day that make it the start of a span up to now (2月1日至今).</summary>
    public static readonly string[] Since = Longest(Of("since"));

    /// <summary>Words of a planned later event (预计): a date after them is not the period of a number before them.</summary>
    public static readonly string[] LaterEvent = Longest(Of("later-event"));

    /// <summary>The characters <see cref="Actions"/> begin with: a scan for an action jumps from one to the next.</summary>
    public static readonly SearchValues<char> ActionFirsts = FirstChars(Actions);

    /// <summary>The characters <see cref="Purpose"/> begins with.</summary>
    public static readonly SearchValues<char> PurposeFirsts = FirstChars(Purpose);

    /// <summary>The first characters of words (never empty: the word lists' keys are not).</summary>
    private static SearchValues<char> FirstChars(string[] words) => SearchValues.Create(string.Concat(words.Select(w => w[0]).Distinct()));

    /// <summary>The marks of list-items.tsv of one use, as one string of characters.</summary>
    private static string ListItemMarks(string use) => string.Concat(WordLists.Get("list-items").Where("use", use).Select(r => r[0]));

    /// <summary>
    /// The words of link-words.tsv of one kind, in file order. A plain loop: this runs some forty times when the
    /// linker is first used, and each LINQ pipeline there was code the first pass compiled for nothing else.
    /// </summary>

    private static string[] Of(string kind)
    {
        var list = WordLists.Get("link-words");
        var column = list.Column("kind");
        var words = new List<string>();
        foreach (var row in list.Rows)
        {
            if (row[column] == kind)
            {
                words.Add(row[0]);
            }
        }
        return [.. words];
    }

    /// <summary>Longest first, so a match at a position takes the longest word (ties in ordinal order; each word once).</summary>
    private static IEnumerable<string> Asking(string kind) => WordLists.Get("asking").Where("kind", kind).Select(r => r[0]);

    private static string[] Longest(IEnumerable<string> words)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<string>();
        foreach (var word in words)
        {
            if (seen.Add(word))
            {
                distinct.Add(word);
            }
        }
        // Distinct words of one length differ, so this order is total and the same as any stable sort's.
        distinct.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        return [.. distinct];
    }

    /// <summary>
    /// <see cref="Counted"/> and <see cref="Actions"/> by first character: a count's noun and a clause's actions are looked
    /// up at every number, and most of their hundred-odd words differ from the text at the first character.
    /// </summary>
    public static readonly WordsByFirst CountedByFirst = new(Counted), ActionsByFirst = new(Actions);

    /// <summary>The longest word of <paramref name="words"/> that starts at <paramref name="at"/>, or null (<see cref="At(string, int, string[])"/> on its list).</summary>
    public static string? At(string text, int at, WordsByFirst words) => words.At(text.AsSpan(at));

    /// <summary>The longest word of <paramref name="words"/> that starts at <paramref name="at"/>, or null.</summary>
    public static string? At(string text, int at, string[] words)
    {
        var rest = text.AsSpan(at);
        foreach (var word in words)
        {
            // The first character first: most words differ there, and the test is the hot loop of linking.
            if (word.Length == 0 || (rest.Length >= word.Length && rest[0] == word[0] && rest.StartsWith(word, StringComparison.Ordinal)))
            {
                return word;
            }
        }
        return null;
    }

    /// <summary>The longest word of <paramref name="words"/> that <paramref name="rest"/> starts with, or null (<see cref="At(string, int, string[])"/> on a span).</summary>
    public static string? At(ReadOnlySpan<char> rest, string[] words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0 || (rest.Length >= word.Length && rest[0] == word[0] && rest.StartsWith(word, StringComparison.Ordinal)))
            {
                return word;
            }
        }
        return null;
    }

    /// <summary>The longest word of <paramref name="words"/> that ends at <paramref name="end"/> (exclusive) and starts at or after <paramref name="from"/>, or null.</summary>
    public static string? Before(string text, int end, int from, string[] words)
    {
        return WordMatch.FirstEndingWith(text.AsSpan(from, end - from), words);
    }

    /// <summary>Where the last word of <paramref name="words"/> in <c>[start, end)</c> starts, or -1.</summary>
    public static int LastIndexOf(string text, int start, int end, string[] words)
    {
        var span = text.AsSpan(start, Math.Max(0, end - start));
        var last = -1;
        foreach (var word in words)
        {
            var at = span.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && start + at > last)
            {
                last = start + at;
            }
        }
        return last;
    }

    /// <summary>Whether any word of <paramref name="words"/> occurs in <c>[start, end)</c>: one walk of the span with a bit test a character.</summary>
    public static bool Any(string text, int start, int end, WordPresence words)
    {
        return words.OccursIn(text.AsSpan(start, Math.Max(0, end - start)));
    }

    // The lists searched for as a whole in a span of every number's or place's clause, each as one first-character search:
    // a search per word (26 of no-actor) ran a vectorised search per word for each number.
    public static readonly WordPresence NoActorPresence = new(NoActor);
    public static readonly WordPresence PassivePresence = new(Passive);
    public static readonly WordPresence DistancePresence = new(Distance);
    public static readonly WordPresence LaterEventPresence = new(LaterEvent);
    public static readonly WordPresence NowWordPresence = new(NowWords);
    public static readonly WordPresence CumulativePresence = new(Cumulative);
    public static readonly WordPresence SubsetPresence = new(Subset);
    public static readonly WordPresence TeamWordPresence = new(TeamWords);

    /// <summary>Whether any word of <paramref name="words"/> occurs in <c>[start, end)</c>.</summary>
    public static bool Any(string text, int start, int end, string[] words)
    {
        return WordMatch.ContainsAny(text.AsSpan(start, Math.Max(0, end - start)), words);
    }
}
