using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Text;
using WorkTeam.Extraction.Resources;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Entities;

/// <summary>A person found in the simplified view, with the role the text puts before the name.</summary>
internal readonly record struct PersonMention(int Start, int End, string Name, string? Role);

/// <summary>
/// Finds people: transliterated names joined by a dot (阿不力米提 · 卡德尔), Han names after a role or title
/// (第一书记、工作队长张应勋; 记者 韩莎莎) or before one (尚晓同志, 习近平总书记), transliterated single names
/// after a role (牧民库兰), and later repeats of a name found once (张应勋, the 库尔班 of 库尔班·毛拉买提).
/// A span already taken by an organisation is never a person, nor one taken by a place unless a role stands
/// right before a Han name that is a bare place name (队员黄河说): then the person wins and the place is dropped
/// from the list given.
/// </summary>
internal static partial class PersonRecognizer
{
    /// <summary>Roles and titles, as they stand before a name. Longest first where one ends another.</summary>
    internal static readonly string[] Roles = [.. WordLists.Get("roles").Values()];

    /// <summary>Words that introduce a name without being a role (小伙儿刘炳辉, 老人…): the person has no role.</summary>
    private static readonly string[] Descriptors = [.. WordLists.Get("person-descriptors").Values()];

    /// <summary>Titles that follow a Han name: 尚晓同志, 习近平总书记.</summary>
    private static readonly string[] PostTitles = [.. WordLists.Get("post-titles").Values()];

    /// <summary>Titles that mark a name wherever it stands (维护习近平总书记): post-titles.tsv, kind strong.</summary>
    private static readonly FrozenSet<string> StrongTitles = WordLists.Get("post-titles").Where("kind", "strong").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Titles that are no role of the person named: an address (尚晓同志), kind address, and an aide named by the person
    /// served (周玉满特助, 张顾砾秘书: the councillor is named, the aide is not), kind aide. post-titles.tsv.
    /// </summary>
    private static readonly FrozenSet<string> AddressTitles = WordLists.Get("post-titles").Where("kind", "address").Select(r => r[0])
        .Concat(WordLists.Get("post-titles").Where("kind", "aide").Select(r => r[0])).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Roles that take the party committee named right before them (县委书记): roles.tsv, committee yes.</summary>
    private static readonly FrozenSet<string> CommitteeRoles = WordLists.Get("roles").Where("committee", "yes").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Roles a word of the dictionary right after compounds with, no name (成员单位): roles.tsv, word_names no.</summary>
    private static readonly FrozenSet<string> WordlessRoles = WordLists.Get("roles").Where("word_names", "no").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Characters that are given names right after a surname though they end words elsewhere (陈全国): given-name-chars.tsv.</summary>
    private static readonly SearchValues<char> FunctionGivenNameChars = SearchValues.Create(
        string.Concat(WordLists.Get("given-name-chars").Where("where", "anywhere").Select(r => r[0])));

    /// <summary>Pairs inside transliterated names whose second character is a function word elsewhere (阿不都): name-syllables.tsv.</summary>
    private static readonly FrozenSet<string> NameSyllablePairs = WordLists.Get("name-syllables").ToSet();

    /// <summary>The last character of a party committee's name (县委, 自治区党委): its secretary's role includes it.</summary>
    private const char CommitteeMark = '委';

    /// <summary>The particle between a description and a name (66岁的谢发贵, 村里的老党员).</summary>
    private const char Particle = '的';

    /// <summary>Joins a name to what follows when the three-character reading would run into a word (李明和村民).</summary>
    private const string Joiners = "和跟同";

    /// <summary>Separates coordinated roles and names (第一书记、工作队队长; 张三、李四).</summary>
    private const char ListMark = Marks.ListComma;

    /// <summary>Colons (and the slash of 文/图) after a credit label or a byline role.</summary>
    private const string Colons = ":：/";

    /// <summary>What closes a name in a credit line: blanks, brackets, commas, enumeration marks, the line's end, the slash of (孔华/图).</summary>
    private const string CreditSeparators = " \u00a0\u3000()（）,，、;；。\n\r/／";

    /// <summary>Separators after which a credit line goes on with another name.</summary>
    private const string CreditContinuations = " \u00a0\u3000,，、";

    /// <summary>Opening brackets: the reporters follow one after a dateline (网讯(黄河江 邓莉萍)).</summary>
    private const string OpeningBrackets = "(（";

    /// <summary>
    /// Words that begin right after a name and are not part of it (…买提高兴地说, …艾合买提结成对子): name-followers.tsv
    /// and every verb of speaking or acting of speaker-verbs.tsv (a verb that shows a name before it also ends one),
    /// so a linguist lists such a verb once. Read from the lists, not <see cref="SpeakerVerbs"/>, which is initialised later.
    /// </summary>
    private static readonly string[] FollowWords = [.. WordLists.Get("name-followers").Where("next", "any").Select(r => r[0]), .. WordLists.Get("speaker-verbs").Values()];

    /// <summary>Words that follow a name only before a number (自 of 张铭纯自99年起): name-followers.tsv, next digit.</summary>
    private static readonly string[] FollowWordsBeforeDigit = [.. WordLists.Get("name-followers").Where("next", "digit").Select(r => r[0])];

    /// <summary>Words that follow a name only before a number in digits or Chinese numerals (第 of 王强第一个; not 陈昆第同意): name-followers.tsv, next numeral.</summary>
    private static readonly string[] FollowWordsBeforeNumeral = [.. WordLists.Get("name-followers").Where("next", "numeral").Select(r => r[0])];

    /// <summary>The followers of one character (很, 笑, 家): never the last character of a name they stand after.</summary>
    private static readonly SearchValues<char> OneCharacterFollowers = SearchValues.Create(string.Concat(FollowWords.Where(w => w.Length == 1)));

    /// <summary>The characters <see cref="FollowWords"/> begin with: most characters after a name begin none.</summary>
    private static readonly SearchValues<char> FollowFirstChars = SearchValues.Create(string.Concat(FollowWords.Concat(FollowWordsBeforeDigit).Concat(FollowWordsBeforeNumeral).Select(w => w[0]).Distinct()));

    /// <summary>Words that look like transliterated names but are not (亚克西: "good", in 第一书记亚克西!).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNames =
        WordLists.Get("not-person-names").ToSet().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// What sites print where a credited name is missing (本站, 佚名, 网友: Documents/Data/byline-not-names.tsv, the
    /// one list the byline reader also uses): a credit that opens with one (作者:本站编辑) names no person.
    /// </summary>
    private static readonly string[] CreditNotNames = [.. WordLists.Get("byline-not-names").Values()];

    /// <summary>
    /// The byline words (Documents/Data/byline-labels.tsv, the one list of them) with <paramref name="use"/> among
    /// their uses, in the order of the list: credit-label, credit-tail, credit-dateline.
    /// </summary>
    internal static string[] CreditWords(string use)
    {
        var list = WordLists.Get("byline-labels");
        var uses = list.Column("uses");
        return [.. list.Rows.Where(r => r[uses].Split(' ').Contains(use, StringComparer.Ordinal)).Select(r => r[0])];
    }

    /// <summary>Labels of credit lines (记者, 通 讯 员, 编辑): byline-labels.tsv, use credit-label.</summary>
    private static readonly string[] CreditLabels = CreditWords("credit-label");

    /// <summary>Words that close a credited name without being part of it (于熙报道): byline-labels.tsv, use credit-tail.</summary>
    private static readonly string[] CreditTails = CreditWords("credit-tail");

    /// <summary>Datelines after which the reporters stand in brackets (网讯(黄河江 邓莉萍), 宁德网消息(张尚瑶 张声平)): byline-labels.tsv, uses credit-dateline and credit-news.</summary>
    private static readonly string[] CreditDatelines = [.. CreditWords("credit-dateline"), .. CreditWords("credit-news")];

    /// <summary>Verbs that show a Han name at a clause start is a person (韩拥军说): speaker-verbs.tsv.</summary>
    private static readonly string[] SpeakerVerbs = [.. WordLists.Get("speaker-verbs").Values()];

    /// <summary>Han surnames: Entities/Data/surnames.tsv.</summary>
    private static readonly CharSet Surnames = new(WordLists.Get("surnames").Chars());

    private static readonly SearchValues<char> Dots = SearchValues.Create(DotChars);

    /// <summary>The dots between the parts of a transliterated name.</summary>
    private const string DotChars = "·•‧・∙⋅";

    /// <summary>
    /// The people of <paramref name="view"/>. A name read after a role (队员黄河说) may lie over bare places
    /// (黄河): their indices in <paramref name="places"/> come back in <paramref name="displacedPlaces"/>, for
    /// <see cref="EntityArbitration"/> to settle; the places themselves are left as they are.
    /// </summary>
    public static List<PersonMention> Recognize(ReadOnlySpan<char> view, List<PlaceMention> places, List<OrgMention> orgs, out HashSet<int>? displacedPlaces)
    {
        // This thread's scratch (the map of taken spans, the people found, the places displaced, the committees, the names
        // learned), taken while in use (a nested call makes its own) and emptied for each text: one thread-static read a
        // line, no list or pooled buffer made per line.
        var scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        var found = scratch.Found;
        found.Clear();
        // The characters that open or close what each finder reads, in one pass: a finder whose characters the
        // text lacks finds nothing there and is not run (most lines name no person).
        if (scratch.Stops.Length < view.Length)
        {
            scratch.Stops = new int[Math.Max(view.Length, 2 * scratch.Stops.Length)];
        }
        var triggers = LineTriggers.Of(view, scratch.Stops, out var stopCount, out var runStretches);
        ReadOnlySpan<int> stops = scratch.Stops.AsSpan(0, stopCount);
        // A text with none of the finders' characters (a quarter of the lines of news text; the list mark and the slashes
        // are among them) and no line opening with a surname (what FindLineOpeningNames, the one finder without a
        // trigger, reads) names no one: it is not walked again, nor is its map of taken spans made.
        if (triggers == 0 && !AnyLineOpensWithSurname(view))
        {
            scratch.LetLongStopsGo();
            t_scratch = scratch;
            displacedPlaces = null;
            return NoPeople;
        }
        // A place or organisation is never a person; a person found first keeps its span.
        var taken = scratch.Taken ?? new TakenSpans();
        taken.Reset(view.Length);
        foreach (var place in places)
        {
            taken.Take(place.Start, place.End, TakenSpans.Place);
        }
        foreach (var org in orgs)
        {
            taken.Take(org.Start, org.End);
        }
        if ((triggers & LineTriggers.Dot) != 0)
        {
            FindDottedNames(view, taken, found);
        }
        // Most texts displace no place and name no committee.
        var displaced = scratch.Displaced;
        displaced.Clear();
        // Party committees whose secretary the text names (县委书记马军): the committee is part of the role.
        var committees = scratch.Committees;
        committees.Clear();
        foreach (var org in orgs)
        {
            if (org.Name[^1] == CommitteeMark)
            {
                committees.TryAdd(org.End, org.Name);
            }
        }
        if ((triggers & LineTriggers.RoleLast) != 0)
        {
            FindRoleNames(view, stops, taken, found, places, displaced, committees);
        }
        if ((triggers & LineTriggers.TitleFirst) != 0)
        {
            FindPostTitleNames(view, stops, taken, found, places, displaced);
        }
        if ((triggers & LineTriggers.CreditLast) != 0)
        {
            FindCreditNames(view, stops, taken, found, places, displaced);
        }
        if ((triggers & LineTriggers.Bracket) != 0)
        {
            FindClosingCredits(view, taken, found, places, displaced);
        }
        if ((triggers & LineTriggers.CreditTailFirst) != 0)
        {
            FindTrailingCredits(view, taken, found);
        }
        if ((triggers & LineTriggers.SpeakerVerbFirst) != 0)
        {
            FindSpeakers(view, taken, found);
        }
        // 的丛宜芳:“丫头…”: a speaker whose words a colon and a quote open (PersonRecognizer.Evidence.cs).
        if (view.ContainsAny(Marks.Colons) && view.ContainsAny(Marks.OpenDoubleQuotes))
        {
            FindQuotedSpeakers(view, taken, found);
        }
        if ((triggers & LineTriggers.Bracket) != 0)
        {
            FindCaptionNames(view, taken, found);
        }
        FindLineOpeningNames(view, taken, found);
        if (orgs.Count > 0)
        {
            FindOrganisationLineNames(view, taken, found, orgs);
        }
        if ((triggers & LineTriggers.Sex) != 0)
        {
            FindCitedNames(view, taken, found);
        }
        if ((triggers & LineTriggers.FrameCloseLast) != 0)
        {
            FindFramedNames(view, taken, found);
        }
        if ((triggers & LineTriggers.WordSurname) != 0)
        {
            FindWordSurnameNames(view, taken, found);
        }
        if ((triggers & LineTriggers.PublicFigureFirst) != 0 && PublicFigureValues.OccursIn(view))
        {
            FindRepeats(view, taken, found, PublicFigureSearch.Value, PublicFigures.Names);
        }
        // Lists of names (镇领导黄诚、俞红、吴金涛…) and slash credits (文/李思慧 徐小娟): PersonRecognizer.Lists.cs.
        if ((triggers & LineTriggers.ListComma) != 0)
        {
            FindNameLists(view, taken, found, places, displaced);
        }
        if ((triggers & (LineTriggers.CreditLast | LineTriggers.Slash)) != 0)
        {
            FindSlashCredits(view, taken, found, places, displaced);
        }
        // 阿依加玛丽 again and again with no role: a repeated transliterated run (PersonRecognizer.Evidence.cs); it takes
        // two stretches of run characters, which the trigger pass counted.
        if (runStretches >= 2)
        {
            FindRepeatedTransliterations(view, taken, found);
        }
        // Each name once, in the order found: a name met a thousand times is still looked for in one pass.
        var learned = scratch.Learned;
        learned.Clear();
        // The names learned so far are the set: a few are looked up in the list, a set made for each line cost more.
        var seen = found.Count <= FewNames ? null : new HashSet<string>(found.Count, StringComparer.Ordinal);
        foreach (var person in found)
        {
            if (IsRepeatable(person.Name) && Unseen(person.Name))
            {
                learned.Add(person.Name);
            }
            var dot = person.Name.IndexOf('·', StringComparison.Ordinal);
            if (dot >= 3 && Unseen(person.Name[..dot]))
            {
                learned.Add(person.Name[..dot]);
            }
        }
        if (learned.Count > FewNames)
        {
            FindRepeats(view, taken, found, new NameSearch(learned), learned);
        }
        else if (learned.Count > 0)
        {
            FindFewRepeats(view, taken, found, learned);
        }
        FindRepeatsOverPlaces(view, taken, found, places, displaced, learned);
        FindRepeatsOpeningPlaces(view, taken, found, places, displaced, learned);
        if ((triggers & LineTriggers.Dot) != 0)
        {
            FindDottedPartRepeats(view, taken, found);
        }
        if ((triggers & LineTriggers.CommonSurname) != 0)
        {
            FindUnknownRunNames(view, taken, found);
        }
        if (found.Count > 0 && view.ContainsAny(ListTriggers))
        {
            var beforeLists = found.Count;
            FindListedNames(view, taken, found);
            FindNamesCoordinatedBefore(view, taken, found);
            // 候選人孔文吉、林春德及…: a name only a list gives is found again where the text names it alone (親民黨籍的
            // 林春德,都…; 林春德痛批…), as a name found before the lists is; one more pass, for the names the lists added.
            // Only names of three characters or more: a list's two-character item is weaker evidence (李子 of 桃子、李子及梨子).
            // Nor a word of the dictionary, whatever its tag (jieba tags 高尔夫 nr): a list's false name must not spread to 他的高尔夫.
            var lateFrom = learned.Count;
            for (var i = beforeLists; i < found.Count; i++)
            {
                if (found[i].Name.Length >= 3 && IsRepeatable(found[i].Name) && !IsWord(found[i].Name) && Unseen(found[i].Name))
                {
                    learned.Add(found[i].Name);
                }
            }
            if (learned.Count > lateFrom)
            {
                var late = learned.GetRange(lateFrom, learned.Count - lateFrom);
                if (late.Count > FewNames)
                {
                    FindRepeats(view, taken, found, new NameSearch(late), late);
                }
                else
                {
                    FindFewRepeats(view, taken, found, late);
                }
            }
        }
        displacedPlaces = displaced.Count == 0 ? null : [.. displaced];
        // A long text's map is let go: the thread would otherwise keep its buffer.
        scratch.Taken = view.Length <= MaxReusedTaken ? taken : null;
        scratch.LetLongStopsGo();
        DropNamesRunningOn(view, found);
        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        // Most lines name no person: they share the one empty list (callers only read it); the others get a copy of their own.
        List<PersonMention> result = found.Count == 0 ? NoPeople : [.. found];
        found.Clear();
        t_scratch = scratch;
        return result;

        bool Unseen(string name) => seen is null ? !learned.Contains(name) : seen.Add(name);
    }

    /// <summary>Scratch of <see cref="Recognize"/> on this thread, taken while in use.</summary>
    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>What <see cref="Recognize"/> reuses from one text to the next on a thread.</summary>
    private sealed class Scratch
    {
        /// <summary>The spans places, organisations and people found take; null after a long text let its map go.</summary>
        public TakenSpans? Taken;

        /// <summary>The people found, in the order found (copied out, sorted, at the end).</summary>
        public readonly List<PersonMention> Found = [];

        /// <summary>The indices of the places displaced by a name.</summary>
        public readonly HashSet<int> Displaced = [];

        /// <summary>The party committees by end.</summary>
        public readonly Dictionary<int, string> Committees = [];

        /// <summary>The names learned in the text, each once.</summary>
        public readonly List<string> Learned = [];

        /// <summary>The offsets of the stops of <see cref="LineTriggers.Of(ReadOnlySpan{char}, Span{int}, out int, out int)"/>, as long as the longest text read (up to <see cref="MaxReusedTaken"/>).</summary>
        public int[] Stops = new int[256];

        /// <summary>A long text's buffer is let go, as its map of taken spans is.</summary>
        public void LetLongStopsGo()
        {
            if (Stops.Length > MaxReusedTaken)
            {
                Stops = new int[256];
            }
        }
    }

    /// <summary>The people of a text that names none: one list for all of them, read only (never added to).</summary>
    private static readonly List<PersonMention> NoPeople = [];

    /// <summary>Texts up to this length leave their map to the thread for the next text.</summary>
    private const int MaxReusedTaken = 1 << 16;

    /// <summary>
    /// Whether the places overlapping a name read after a role can give way to it: each lies inside the name,
    /// is a bare name (黄河, 福建: no administrative suffix, not part of a chain) and nothing continues the
    /// chain after the name. Their indices go into <paramref name="displaced"/> (null: only whether they can).
    /// </summary>
    private static bool TryDisplacePlaces(ReadOnlySpan<char> view, List<PlaceMention> places, int start, int end, HashSet<int>? displaced)
    {
        var first = PlaceMentions.FirstStartingAtOrAfter(places, start);
        if (first > 0 && places[first - 1].End > start)
        {
            return false;
        }
        var inside = new List<int>();
        for (var k = first; k < places.Count && places[k].Start <= end; k++)
        {
            var place = places[k];
            if (place.Start == end)
            {
                // 队员黄河县…: the place goes on past the name.
                return false;
            }
            if (place.End > end || place.IsAnaphor || place.Parent is not null || AdministrativeSuffixChars.Contains(place.Name[^1]))
            {
                return false;
            }
            inside.Add(k);
        }
        if (inside.Count == 0 || (end < view.Length && AdministrativeSuffixChars.Contains(view[end])))
        {
            return false;
        }
        foreach (var k in inside)
        {
            displaced?.Add(k);
        }
        return true;
    }

    private static readonly SearchValues<char> AdministrativeSuffixChars = WorkTeam.Extraction.Resources.PlaceSuffixChars.Administrative;

    /// <summary>
    /// Whether the one place over a name read before a title (杨景明副县长) is the name and part of the title read as
    /// a place (杨景明副县): it starts inside the name, ends inside the title, and no chain holds it. Its index goes into
    /// <paramref name="displaced"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryDisplaceTitlePlace(List<PlaceMention> places, int start, int end, int titleEnd, HashSet<int> displaced)
    {
        var first = PlaceMentions.FirstStartingAtOrAfter(places, start);
        if ((first > 0 && places[first - 1].End > start) || first >= places.Count)
        {
            return false;
        }
        var place = places[first];
        if (place.Start >= end || place.End <= end || place.End >= titleEnd || place.Parent is not null
            || (first + 1 < places.Count && places[first + 1].Start < titleEnd))
        {
            return false;
        }
        displaced.Add(first);
        return true;
    }

    private static readonly Lazy<NameSearch> PublicFigureSearch = new(() => new NameSearch(PublicFigures.Names));

    /// <summary>The public figures' names for a vectorised test of whether a text names any: most lines name none.</summary>
    private static readonly WordPresence PublicFigureValues = new(PublicFigures.Names);

    /// <summary>A name worth looking for again: no dot, two characters with a surname or three and more.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsRepeatable(string name) =>
        !name.Contains('·', StringComparison.Ordinal) && name.Length >= 2 && (name.Length >= 3 || Surnames.Contains(name[0]));

    private static void FindDottedNames(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        for (var d = 1; d < view.Length - 1; d++)
        {
            // Straight to the next dot: most lines have none.
            var skip = view[d..^1].IndexOfAny(Dots);
            if (skip < 0)
            {
                break;
            }
            d += skip;
            var leftEnd = d;
            while (leftEnd > 0 && IsBlank(view[leftEnd - 1]))
            {
                leftEnd--;
            }
            var rightStart = d + 1;
            while (rightStart < view.Length && IsBlank(view[rightStart]))
            {
                rightStart++;
            }
            var start = leftEnd;
            var steps = 0;
            while (start > 0 && steps < 10 && (IsPersonChar(view[start - 1]) || IsAbduAt(view, start - 1)))
            {
                // Past two characters, a character of no transliteration (不 of 阿不力米提, 菲 of 菲德尔) only between
                // such characters or where the name opens: 认真填写艾买尔·托合提 starts after 写.
                if (leftEnd - start >= 2 && !IsTransliterationPart(view, start - 1) && !NameOpensAt(view, start - 1))
                {
                    break;
                }
                // 原来哈拉提·呼沙英: a word of the dictionary with no transliteration character at or before its start
                // ends before the name (不力 of 阿不力米提 is inside one), unless a role ends right before it (理事长沙尔山).
                if (leftEnd - start >= 2 && start >= 2 && !IsTransliterationPart(view, start - 2) && (start == 2 || !IsTransliterationPart(view, start - 3))
                    && IsCommonWord(view[(start - 2)..start])
                    && RoleEndingAt(view, start - 1) is null && DescriptorEndingAt(view, start - 1) is null && !TitleEndingAt(view, start - 1))
                {
                    break;
                }
                // 王明银和买买提·阿皮孜: a Han name and a conjunction before the part are another person (PersonRecognizer.Evidence.cs).
                // 群众和买买提·阿皮孜, 他和阿迪力·吐尔逊: 和 after a character of no transliteration is the conjunction, not the part's first syllable.
                if (leftEnd - start >= 2 && (JoinedHanNameBefore(view, start) || JoinerAfterWordAt(view, start - 1)))
                {
                    break;
                }
                // A role or a title (会议主席菲德尔·卡斯特罗) stands before the name, not in it.
                if (leftEnd - start >= 2 && (RoleEndingAt(view, start) is not null || DescriptorEndingAt(view, start) is not null || TitleEndingAt(view, start)))
                {
                    break;
                }
                start--;
                steps++;
            }
            var end = NameEnd(view, rightStart, 8);
            if (leftEnd - start < 2 || end - rightStart < 2)
            {
                continue;
            }
            // Words of the dictionary that are no names on both sides of the dot are a headline's series tag
            // (新时代·兵团人的美好生活: 时代 and 兵团), not a transliterated name.
            if (IsCommonWord(view[(leftEnd - 2)..leftEnd]) && IsCommonWord(view[rightStart..(rightStart + 2)]))
            {
                continue;
            }
            var name = view[start..leftEnd].ToString() + "·" + view[rightStart..end].ToString();
            end = FurtherDottedPartsEnd(view, end, ref name);
            AddIfFree(found, taken, new PersonMention(start, end, name, RoleBefore(view, start)));
            d = end;
        }
    }

    private static void FindRoleNames(ReadOnlySpan<char> view, ReadOnlySpan<int> stops, TakenSpans taken, List<PersonMention> found, List<PlaceMention> places, HashSet<int> displaced, Dictionary<int, string> committees)
    {
        foreach (var stop in stops)
        {
            var e = stop + 1;
            // The trigger pass's stops, not every character: the last characters of roles (长, 员, 民…) are among them.
            if (e < 2 || e >= view.Length || !LineTriggers.Has(view[stop], LineTriggers.RoleLast))
            {
                continue;
            }
            // Nine in ten of those characters (人, 民, 长) end no role or descriptor with the character before them: one more
            // bit read skips the dictionary probes there.
            if (view[e - 1] != AgeMark && !RoleOrDescriptorPairs.MayContain(view[e - 2], view[e - 1]) && !OneCharacterRoleOrDescriptorChars.Contains(view[e - 1]))
            {
                continue;
            }
            if ((RoleEndingAt(view, e) ?? DescriptorEndingAt(view, e) ?? AgeEndingAt(view, e)) is not { } role
                || LongerTitleEndingAt(view, e, role) || RoleRunsIntoWord(view, e, role))
            {
                // 总书记 follows the name it belongs to (习近平总书记曾多次强调): 书记 there is no role before a name.
                continue;
            }
            // “驻村第一书记”田兴致: a role the page puts in quotes (a title it gives the person) still stands right before the name.
            // Not a quoted honour's words after it (“沂蒙好支书”荣誉称号: 荣誉, then 称号, words); a name whose first two
            // characters make a word (“第一书记”王国庆: 王国) is still read, no word starting after them.
            var at = QuotedRoleClosesAt(view, e, e - role.Length) ? e + 1 : e;
            if (at > e && at + 2 <= view.Length
                && ((IsCommonWord(view[at..(at + 2)]) && at + 4 <= view.Length && (IsWord(view[at..(at + 3)]) || IsCommonWord(view[(at + 2)..(at + 4)])))
                    || IsNotName(view[at..(at + 2)])))
            {
                continue;
            }
            var p = at;
            var byline = CreditLabelSet.Contains(role);
            // 姓名:陈伟男 (a profile card's label; its colon may open the next line): the name follows the colon.
            var label = FormLabels.Contains(role);
            while (p < view.Length && (IsBlank(view[p]) || (IsColon(view[p]) && view[p] != '/') || (view[p] == Particle && !byline)
                || (label && view[p] == '\n' && p + 1 < view.Length && IsColon(view[p + 1]))))
            {
                p++;
            }
            if (p >= view.Length || !(p == at || byline || label || view[p - 1] == Particle || AllBlank(view[at..p])))
            {
                continue;
            }
            // An age introduces a name through the particle only (52岁的张丽; not 40岁左右).
            if (role.Length == 1 && role[0] == AgeMark && (p == at || view[p - 1] != Particle || IsWord(view[p..Math.Min(view.Length, p + 2)])))
            {
                continue;
            }
            int end;
            var transliterated = TransliteratedEnd(view, p);
            var hanName = Surnames.Contains(view[p]) && transliterated - p < 4;
            if (p == at && Joiners.Contains(view[p], StringComparison.Ordinal))
            {
                // 杜队长和马专干: 和 (跟, 同) right after a role joins it to the next; no surname there.
                continue;
            }
            if (hanName && p == at && FourCharacterNameEnd(view, p) is var four && four > 0)
            {
                // 光明里长陈黄淑媛、: a married woman's name, her husband's surname before her own, closed by a mark.
                end = four;
            }
            else if (hanName && p == at && MarriedNameEnd(view, p) is var married && married > 0)
            {
                // 里长陈黄淑媛号召, 候补监事方洪青春。: a married name before a word, or whose given name is a word before a mark.
                end = married;
            }
            else if (hanName)
            {
                end = HanNameEnd(view, p);
                // 居民关系最为密切: a word of the dictionary (关系) and an adverb or verb beginning with the third character (最为) are no name.
                if (end - p == 3 && p + 4 <= view.Length && IsCommonWord(view[p..(p + 2)]) && IsVerbOrAdverb(view[(p + 2)..(p + 4)]))
                {
                    continue;
                }
                // A Han name after a role ends where the clause goes on (张应勋逐个…, 何正有开心…), not inside a word (周转宿舍).
                if (end < view.Length && !FollowWordAt(view, end) && !PlaceBeginsAt(taken, end))
                {
                    // 李明和村民一起: read as 李明和 the name runs into a word; 和 (跟, 同) joins 李明 to what follows.
                    if (end - p == 3 && Joiners.Contains(view[p + 2], StringComparison.Ordinal) && end < view.Length && TextClasses.IsNameChar(view[end]))
                    {
                        end = p + 2;
                    }
                    else if (end - p == 3 && p == at && end + 1 < view.Length && Joiners.Contains(view[end], StringComparison.Ordinal)
                        && (TextClasses.IsNameChar(view[end + 1]) || char.IsDigit(view[end + 1])) && !IsWord(view[p..(p + 2)]) && !IsWord(view[(p + 1)..end]))
                    {
                        // 队员龙际文和村民胡海明, 专员郑港涌和17位小队队长: the three-character name ends where 和 joins it to what follows.
                    }
                    else if (end - p == 3 && p == at && end + 3 <= view.Length && Joiners.Contains(view[end], StringComparison.Ordinal)
                        && !IsWord(view[p..(p + 2)]) && (RoleStartingAt(view, end + 1) || IsCommonWord(view[(end + 1)..(end + 3)])))
                    {
                        // 队员马建军和村干部一起入户: 和 joins the name to a role or a word of the dictionary; a given name that is a
                        // word (建军) is still a name here, the role before it and the word after it closing it on both sides.
                    }
                    else if (end - p == 3 && p == at && (WordFollows(view, end) || WordFollowsOverRare(view, end)) && !IsWord(view[p..(p + 2)]))
                    {
                        // 贫困户郝柏树患有脑梗: a word of the dictionary begins right after the name.
                    }
                    else if (end - p == 3 && p == at && end + 2 <= view.Length && IsVerbOrAdverb(view[end..(end + 2)]) && !IsWord(view[(end - 1)..(end + 1)]))
                    {
                        // 贫困户王明泽扒开人群: a verb of the dictionary begins right after the name, none runs across its end.
                    }
                    else if (end - p == 3 && p == at && WordFollows(view, p + 2) && !IsWord(view[p..(p + 2)]))
                    {
                        // 第一书记刘文走访农户: the two-character reading ends where a word begins.
                        end = p + 2;
                    }
                    else if (end - p == 3 && p == at && CoverbBeforeWordAt(view, end, taken) && !IsWord(view[p..(p + 2)]))
                    {
                        // 村民张同科靠土地入股: a coverb (靠, 向) before a word or a place closes the name.
                    }
                    else if (end - p == 3 && p == at && CoverbBeforeWordAt(view, p + 2, taken) && !IsWord(view[(p + 1)..end]))
                    {
                        // 组长成浩向桐城市反馈: the coverb is the third character, the name two.
                        end = p + 2;
                    }
                    else if (SpeakerNameEnd(view, p) is var spoken && spoken > 0)
                    {
                        // 村民艾力图地说: no Han reading ends the name, a verb of speaking does.
                        end = spoken;
                    }
                    else
                    {
                        continue;
                    }
                }
                // 由中心副主任任队长: a surname before a role (队长) is no name; nor a verb (村民代表齐聚一堂).
                if (RoleStartingAt(view, p + 1) || (end - p == 2 && (IsVerbOrAdverb(view[p..end]) || LongerWordAt(view, p, end))))
                {
                    continue;
                }
                // 立委曾邀集相关单位: a surname that is an adverb of the dictionary (曾, 将) before a verb of the dictionary is the adverb.
                if (end - p == 3 && IsTagged(view[p..(p + 1)], 'd') && IsTagged(view[(p + 1)..end], 'v'))
                {
                    continue;
                }
                // 教育学生毕业后: after a descriptor or an age (no office), a word of the dictionary is no name; nor after a
                // role and the particle (村民的房子分散: what the villagers have).
                if (end - p == 2 && (RoleEndingAt(view, e) is null || p > at && view[p - 1] == Particle) && IsCommonWord(view[p..end]))
                {
                    continue;
                }
            }
            else if (byline && p > at)
            {
                // A byline (编辑: 加乘): the name is what follows the colon, whatever its characters.
                end = p;
                while (end < view.Length && end - p < 4 && TextClasses.IsNameChar(view[end]))
                {
                    end++;
                }
                // An interview's speaker label (记者:你好。 记者:屋里这么干净): a word of the dictionary after it is what is said
                // (not after an editor's label: 编辑:法雅).
                if (InterviewLabels.Contains(role) && IsCommonWord(view[p..end]) && !Surnames.Contains(view[p]))
                {
                    continue;
                }
            }
            else if (PlaceRecognizer.TransliterationChars.Contains(view[p]) && !(p == at && TextClasses.IsFunction(view[p])))
            {
                // 村民都拉着: a function character right after the role (都, 也) opens no transliterated name.
                end = transliterated;
                if (SpeakerNameEnd(view, p) is var spoken && spoken > end)
                {
                    // 村民艾力图地说: the name runs on to the verb of speaking.
                    end = spoken;
                }
                // 帮助村民提高收入: a word of the dictionary (a verb here) is no transliterated name.
                if (IsCommonWord(view[p..end]))
                {
                    continue;
                }
            }
            else if (SpeakerNameEnd(view, p) is var spoken && spoken > 0)
            {
                end = spoken;
            }
            else
            {
                continue;
            }
            if (end - p < 2 || (end < view.Length && Dots.Contains(view[end])))
            {
                continue;
            }
            // 青年文明号, 青年周刊记者, 侄子高考: after a descriptor (no office, no age) a name is a Han one, its first two
            // characters no word but a place's (孙子王国庆), and no word runs across its end (周刊记|者). 青年路小学: nor does it
            // open with a road's ending (路, 街: the descriptor is the road's name) before a body's or a place's ending (小学,
            // 社区: the school on that road); 青年路明亮 is the person 路明亮 (路 a surname, 明亮 no ending).
            if (role[0] != AgeMark && RoleEndingAt(view, e) is null
                && (!hanName || (IsWord(view[p..(p + 2)]) && !IsPlaceWord(view[p..(p + 2)]))
                    || (end < view.Length && IsCommonWord(view[(end - 1)..(end + 1)]))
                    || (PlaceRecognizer.RoadNameEndings.Contains(view[p])
                        && (OrganizationRecognizer.OpensWithBodySuffix(view[(p + 1)..]) || PlaceRecognizer.OpensWithPlaceSuffix(view[(p + 1)..])))))
            {
                continue;
            }
            var name = view[p..end];
            // 成员单位, 成员国: a role that compounds with the word after it names no one there.
            if (IsNotName(name) || (p == at && WordlessRoles.Contains(role) && IsCommonWord(view[p..(p + 2)])))
            {
                continue;
            }
            var roleText = RoleBefore(view, e);
            if (roleText is not null && roleText.StartsWith(role, StringComparison.Ordinal) && CommitteeRoles.Contains(role)
                && committees.TryGetValue(e - role.Length, out var committee))
            {
                roleText = committee + roleText;
            }
            var person = new PersonMention(p, end, name.ToString(), roleText);
            // 队员黄河说: a role right before a Han name makes it a person even where the name is also a place's.
            if (hanName && p == at && !taken.Overlaps(p, end, TakenSpans.Other)
                && (TryDisplacePlaces(view, places, p, end, displaced) || TryDisplacePlaceAcrossRole(view, places, e - role.Length, p, end, displaced)))
            {
                taken.Take(p, end);
                found.Add(person with { Role = string.IsNullOrEmpty(person.Role) ? null : person.Role });
            }
            else
            {
                AddIfFree(found, taken, person);
            }
            // Coordinated bylines: 记者张治立 于熙报道; coordinated names: 队员李娜、王芳和张伟入户走访.
            var next = end;
            while (next + 1 < view.Length && Surnames.Contains(view[next + 1]))
            {
                var joined = Joiners.Contains(view[next], StringComparison.Ordinal);
                if (!joined && !IsBlank(view[next]) && view[next] != ListMark)
                {
                    break;
                }
                var second = HanNameEnd(view, next + 1);
                if (FourCharacterNameEnd(view, next + 1) is var listedFour && listedFour > 0)
                {
                    // 理事王丽春、何胡秀梅。: a married name among them, closed by a mark.
                    second = listedFour;
                }
                else if (second - next - 1 == 3 && AuthorCreditGluedAt(view, second))
                {
                    // 记者 潘芝 刘斌文/图: the text's credit glued to the last name.
                    second--;
                }
                else if (second - next - 1 == 3 && second < view.Length && TextClasses.IsNameChar(view[second])
                    && (Joiners.Contains(view[second - 1], StringComparison.Ordinal) || (joined && WordFollows(view, second - 1))))
                {
                    // 王芳和张伟: 和 joins the name to the next; 张伟入户: a word begins after two characters.
                    second--;
                }
                // 干事陈雅婷、阳明里干事庄美琴: what a role follows names its place or body, not a person.
                // 专员黄雅芬、金沙代表会: nor a name that ends inside a word of the dictionary (代表).
                if (second - next - 1 < 2 || RoleStartingAt(view, second) || (second < view.Length && IsWord(view[(second - 1)..(second + 1)]))
                    || (joined && (IsCommonWord(view[(next + 1)..second])
                    || (second < view.Length && TextClasses.IsNameChar(view[second]) && !FollowWordAt(view, second) && !WordFollows(view, second)))))
                {
                    break;
                }
                AddIfFree(found, taken, new PersonMention(next + 1, second, view[(next + 1)..second].ToString(), person.Role));
                next = second;
            }
        }
    }

    /// <summary>
    /// Whether a closing double or corner quote at <paramref name="close"/> ends a quoted role that opened at most a few
    /// characters before <paramref name="roleStart"/> (“驻村第一书记” around 第一书记; 「駐村第一書記」 in Taiwan and Hong Kong):
    /// the name may follow the quote.
    /// </summary>
    private static bool QuotedRoleClosesAt(ReadOnlySpan<char> view, int close, int roleStart)
    {
        if (close >= view.Length || view[close] == '"'
            || !(Marks.CloseDoubleQuotes.Contains(view[close], StringComparison.Ordinal) || Marks.CloseCornerQuotes.Contains(view[close], StringComparison.Ordinal)))
        {
            return false;
        }
        for (var k = roleStart - 1; k >= 0 && roleStart - k <= MaxQuotedRoleLead + 1; k--)
        {
            if (Marks.OpenDoubleQuotes.Contains(view[k], StringComparison.Ordinal) || Marks.OpenCornerQuotes.Contains(view[k], StringComparison.Ordinal))
            {
                return true;
            }
            if (!IsHan(view[k]))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>The most characters between a quoted role's opening quote and the role (驻村 of “驻村第一书记”).</summary>
    private const int MaxQuotedRoleLead = 4;

    private static void FindPostTitleNames(ReadOnlySpan<char> view, ReadOnlySpan<int> stops, TakenSpans taken, List<PersonMention> found, List<PlaceMention> places, HashSet<int> displaced)
    {
        // Run only where the trigger pass met a title's first character (LineTriggers.TitleFirst): a title begins two or
        // three characters after the name's start (TitleAt is null elsewhere), so the starts read are the three and two
        // before each title's first character among the stops, in order, each once.
        var last = -1;
        foreach (var stop in stops)
        {
            if (!LineTriggers.Has(view[stop], LineTriggers.TitleFirst))
            {
                continue;
            }
            for (var p = Math.Max(stop - 3, last + 1); p <= stop - 2 && p + 3 < view.Length; p++)
            {
                last = p;
                if (Surnames.Contains(view[p]))
                {
                    ReadPostTitleName(view, p, taken, found, places, displaced);
                }
            }
        }
        // 蔡李美灵前议员, 陈黄淑媛里长: PersonRecognizer.Coordination.cs.
        FindFormerAndMarriedTitleNames(view, stops, taken, found, places, displaced);
    }

    /// <summary>The name that opens at <paramref name="p"/> (a surname) before a title two or three characters on, if any.</summary>
    private static void ReadPostTitleName(ReadOnlySpan<char> view, int p, TakenSpans taken, List<PersonMention> found, List<PlaceMention> places, HashSet<int> displaced)
    {
        foreach (var length in (ReadOnlySpan<int>)[3, 2])
        {
            var end = p + length;
            if (end >= view.Length || !TextClasses.IsNameChar(view[p + 1]) || (length == 3 && !TextClasses.IsNameChar(view[p + 2])))
            {
                continue;
            }
            var title = TitleAt(view, end, out var titleLength);
            // 总书记, 主席, 总理 mark a name wherever it stands (维护习近平总书记); 同志, 书记 only at a word start.
            var strongTitle = title is not null && StrongTitles.Contains(title);
            // 汉民里廖士谋里长: a place found right before the name is a word's edge too.
            if (title is null || (!strongTitle && p > 0 && TextClasses.IsNameChar(view[p - 1]) && view[p - 1] != Particle && RoleEndingAt(view, p) is null
                && !taken.Overlaps(p - 1, p, TakenSpans.Place) && !WordEndsBefore(view, p) && !JoinerAfterTitle(view, p)))
            {
                continue;
            }
            // 杜大队长: the name's last character and the title make a longer role (大队长); a surname and a role are no name.
            // So before a strong title (刘业强连任副主席: 副主席, not a name 任副 before 主席).
            if (RoleEndingAt(view, end + title.Length) is { } longer && longer.Length > title.Length)
            {
                continue;
            }
            // The title opens a longer role (李小明助理员, 张三丰秘书长: 助理员, 秘书长, not the aide titles 助理, 秘书): no title
            // here. On the matched length, as an aide's title reads "" (no role of the person); two characters more, capped.
            if (LongerRoleOpens(view, end, titleLength))
            {
                continue;
            }
            // 马公市长叶竹林: the title's holder is named right after it; what stands before names the city, not a person.
            if (!strongTitle && title.Length > 0 && PersonStartsAt(found, end + title.Length))
            {
                break;
            }
            // 高中校长, 全村村长: a word of the dictionary before an office is no name; a strong title is (习近平总书记).
            // 各项建设议员们: nor a run a word enters from the left (各项), unless an office or a place ends there.
            if (!strongTitle && (IsCommonWord(view[p..end]) || (p > 0 && IsHan(view[p - 1]) && IsCommonWord(view[(p - 1)..(p + 1)])
                && RoleEndingAt(view, p) is null && !taken.Overlaps(p - 1, p))))
            {
                continue;
            }
            var person = new PersonMention(p, end, view[p..end].ToString(), title);
            if (title.Length > 0 && !taken.Overlaps(p, end, TakenSpans.Other) && TryDisplaceTitlePlace(places, p, end, end + title.Length, displaced))
            {
                // 杨景明副县长: the place read as 杨景明副县 ends inside the title; the person wins.
                taken.Take(p, end);
                found.Add(person);
            }
            else if (!TryTakeOverGivenNamePlaces(view, places, displaced, taken, found, person))
            {
                AddIfFree(found, taken, person);
            }
            break;
        }
    }

    /// <summary>
    /// Whether a joiner (和, 跟, 同) right before <paramref name="p"/> follows a title (陶锡源先生和曾展雄先生): two titled
    /// names joined, the second opening after the joiner as after a list mark. Reads the few titles once, at one place.
    /// </summary>
    private static bool JoinerAfterTitle(ReadOnlySpan<char> view, int p)
    {
        if (p < 3 || !Joiners.Contains(view[p - 1]))
        {
            return false;
        }
        var before = view[..(p - 1)];
        foreach (var title in PostTitles)
        {
            if (before.EndsWith(title, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The longest name a credit line gives (欧阳晓明 and a few four-character names).</summary>
    private const int MaxCreditName = 4;

    /// <summary>The longest run of a credit line read (记者谢月琴台湾宜兰报导: a name, the places filed from and a tail).</summary>
    private const int MaxGluedCreditRun = 11;

    /// <summary>Blanks: between the names of a credit line (马 瑞 朱小丽), between a label's characters (通 讯 员), after a role.</summary>
    internal static bool IsBlank(char c) => c is ' ' or '\u00a0' or '\u3000';

    private static bool IsColon(char c) => Colons.Contains(c, StringComparison.Ordinal);

    private static bool IsOpeningBracket(char c) => OpeningBrackets.Contains(c, StringComparison.Ordinal);

    private static bool IsCreditSeparator(char c) => CreditSeparators.Contains(c, StringComparison.Ordinal);

    private static bool ContinuesCredit(char c) => CreditContinuations.Contains(c, StringComparison.Ordinal);

    private static bool IsHan(char c) => c >= '\u3400' && c <= '\u9fff';

    /// <summary>
    /// Names in credit lines: after a label (记者 吕游 通讯员 薛建英 李文龙; 编 辑:周婷婷; 通讯员夏明扬) and in the
    /// brackets after a dateline (仪陇新闻网讯(黄河江 邓莉萍 黄骁)). A name is a run of two to four characters
    /// closed by a blank, a bracket, a comma or the line's end; two single characters in a row are one name
    /// set apart for alignment (马 瑞). Without a colon a name must open with a surname. Prose after a label
    /// (记者走进新源县…) is no credit line: its run is not closed so.
    /// </summary>
    private static void FindCreditNames(ReadOnlySpan<char> view, ReadOnlySpan<int> stops, TakenSpans taken, List<PersonMention> found, List<PlaceMention> places, HashSet<int> displaced)
    {
        foreach (var stop in stops)
        {
            // The trigger pass's stops, not every character: the last characters of credit labels and datelines are among them.
            if (!LineTriggers.Has(view[stop], LineTriggers.CreditLast))
            {
                continue;
            }
            var e = stop + 1;
            var label = SpacedWordEndingAt(view, e, CreditLabelsByLast);
            var dateline = label is null && SpacedWordEndingAt(view, e, CreditDatelinesByLast) is not null;
            if (label is null && !dateline)
            {
                continue;
            }
            var p = e;
            var colon = false;
            while (p < view.Length && (IsBlank(view[p]) || IsColon(view[p])))
            {
                colon |= IsColon(view[p]);
                p++;
            }
            // 责编:\n陈亮 (the name on the next line, alone): read as a credit without a colon, a surname first.
            if (colon && label is not null && p < view.Length && view[p] is '\n' or '\r')
            {
                while (p < view.Length && (view[p] is '\n' or '\r' || IsBlank(view[p])))
                {
                    p++;
                }
                colon = false;
            }
            if (dateline)
            {
                if (p >= view.Length || !IsOpeningBracket(view[p]))
                {
                    continue;
                }
                p++;
            }
            // A mark that opens a byline (□张骋, ◎李 彬) credits the names but is no role of theirs.
            ReadCreditNames(view, p, colon, label is not null && HasLetter(label) ? label : null, taken, found, places, displaced);
        }
    }

    private static void ReadCreditNames(ReadOnlySpan<char> view, int p, bool colon, string? role, TakenSpans taken, List<PersonMention> found,
        List<PlaceMention> places, HashSet<int> displaced)
    {
        var single = -1;
        while (p < view.Length)
        {
            // The reporter's unit before the name (通讯员 沙雅县政协办公室 文怀科): an organisation, passed over.
            if (OrganisationRunEnd(view, p, taken) is var unitEnd && unitEnd > p)
            {
                p = unitEnd;
                while (p < view.Length && ContinuesCredit(view[p]))
                {
                    p++;
                }
                continue;
            }
            var runEnd = p;
            while (runEnd < view.Length && IsHan(view[runEnd]) && runEnd - p <= MaxGluedCreditRun)
            {
                runEnd++;
            }
            if (runEnd == p || (runEnd < view.Length && !IsCreditSeparator(view[runEnd])))
            {
                return;
            }
            // A run longer than a label and a name is read only as glued names (AddGluedCreditNames).
            var glued = runEnd - p > MaxCreditName + 4;
            // A label inside the line (通讯员 薛建英, 通讯员夏明扬): the names after it are its own.
            if (!glued && WordAt(view[p..runEnd], CreditLabels) is { } inner)
            {
                role = inner;
                colon = false;
                single = -1;
                p += inner.Length;
                if (p == runEnd)
                {
                    while (p < view.Length && IsBlank(view[p]))
                    {
                        p++;
                    }
                }
                continue;
            }
            // A label that ends the run (作者:本报记者 李海明): the paper's reporter, no name; the names follow it.
            if (!glued && LabelEndingRun(view[p..runEnd]) is { } ending)
            {
                role = ending;
                colon = false;
                single = -1;
                p = runEnd;
                while (p < view.Length && IsBlank(view[p]))
                {
                    p++;
                }
                continue;
            }
            var nameEnd = runEnd;
            foreach (var tail in CreditTails)
            {
                if (view[p..runEnd].EndsWith(tail, StringComparison.Ordinal) && runEnd - tail.Length - p >= 2)
                {
                    nameEnd = runEnd - tail.Length;
                    break;
                }
            }
            // 记者 潘芝 刘斌文/图: the text's credit (文) glued to the last name before the slash and the picture's credit.
            if (nameEnd == runEnd && nameEnd - p == 3 && AuthorCreditGluedAt(view, nameEnd))
            {
                nameEnd--;
            }
            var length = nameEnd - p;
            if (length == 1)
            {
                if (single >= 0)
                {
                    var name = string.Concat(view.Slice(single, 1), view.Slice(p, 1));
                    AddIfFree(found, taken, new PersonMention(single, nameEnd, name, role));
                    single = -1;
                }
                else if (Surnames.Contains(view[p]) && runEnd < view.Length && IsBlank(view[runEnd]))
                {
                    single = p;
                }
                else
                {
                    return;
                }
            }
            else if (length <= MaxCreditName && (colon || Surnames.Contains(view[p]) || (role is not null && nameEnd == runEnd && UnlistedSurnameCreditAt(view, p, nameEnd)))
                && !IsNotName(view[p..nameEnd])
                && !(colon && role is not null && InterviewLabels.Contains(role) && !Surnames.Contains(view[p]) && IsCommonWord(view[p..nameEnd]))
                && !OpensWithCreditNotName(view[p..nameEnd]))
            {
                if (single >= 0)
                {
                    return;
                }
                var person = new PersonMention(p, nameEnd, view[p..nameEnd].ToString(), role);
                // 网讯(黄河江 …): a name in a credit line wins over the bare place it begins with (黄河).
                if (Surnames.Contains(view[p]) && !taken.Overlaps(p, nameEnd, TakenSpans.Other) && taken.Overlaps(p, nameEnd)
                    && TryDisplacePlaces(view, places, p, nameEnd, displaced))
                {
                    taken.Take(p, nameEnd);
                    found.Add(person with { Role = string.IsNullOrEmpty(person.Role) ? null : person.Role });
                }
                else
                {
                    AddIfFree(found, taken, person);
                }
            }
            else if (!AddGluedCreditNames(view, p, nameEnd, runEnd, role, taken, found))
            {
                // 记者赖香珊简慧珍／ (two names glued), 记者谢月琴台湾宜兰报导 (a name glued to the place filed from) are read there.
                return;
            }
            if (runEnd >= view.Length || !ContinuesCredit(view[runEnd]) || nameEnd < runEnd)
            {
                return;
            }
            p = runEnd;
            while (p < view.Length && ContinuesCredit(view[p]))
            {
                p++;
            }
        }
    }

    /// <summary>Labels that also open an interview's lines (记者:你好。): byline-labels.tsv, interview.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> InterviewLabels = CreditWords("interview").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The one-character credit of a text's author (文 of 文/图): byline-labels.tsv, author-credit.</summary>
    private static readonly System.Buffers.SearchValues<char> AuthorCredits = System.Buffers.SearchValues.Create(
        string.Concat(CreditWords("author-credit").Where(w => w.Length == 1)));

    /// <summary>Whether the name ending at <paramref name="end"/> has the text's credit glued to it before a slash and another credit (刘斌文/图).</summary>
    private static bool AuthorCreditGluedAt(ReadOnlySpan<char> view, int end) =>
        end >= 1 && end + 1 < view.Length && Marks.Slashes.Contains(view[end]) && AuthorCredits.Contains(view[end - 1]) && PairCredits.Contains(view[end + 1]);

    /// <summary>The credit after the slash of a 文/图 pair glued to a name (图, not 摄: 王志文/摄 is a photo by 王志文): byline-labels.tsv, pair-credit.</summary>
    private static readonly System.Buffers.SearchValues<char> PairCredits = System.Buffers.SearchValues.Create(
        string.Concat(CreditWords("pair-credit").Where(w => w.Length == 1)));

    /// <summary>The credit label a run of more characters than the label ends with (本报记者, 新华社记者), or null.</summary>
    private static string? LabelEndingRun(ReadOnlySpan<char> run)
    {
        foreach (var label in CreditLabels)
        {
            if (run.Length > label.Length && run.EndsWith(label, StringComparison.Ordinal) && HasLetter(label))
            {
                return label;
            }
        }
        return null;
    }

    /// <summary>The longest organisation a credit line names before its people (沙雅县政协办公室).</summary>
    private const int MaxCreditUnit = 30;

    /// <summary>
    /// The end of a run of Han characters at <paramref name="p"/> that an organisation found before covers at both
    /// ends and a blank or comma closes, or <paramref name="p"/> when there is none.
    /// </summary>
    private static int OrganisationRunEnd(ReadOnlySpan<char> view, int p, TakenSpans taken)
    {
        if (!taken.Overlaps(p, p + 1, TakenSpans.Other))
        {
            return p;
        }
        var end = p;
        while (end < view.Length && IsHan(view[end]) && end - p < MaxCreditUnit)
        {
            end++;
        }
        return end - p > 2 && end < view.Length && ContinuesCredit(view[end]) && taken.Overlaps(end - 1, end, TakenSpans.Other) ? end : p;
    }

    /// <summary>The most characters inside the brackets of a closing credit (李雪松 王强).</summary>
    private const int MaxClosingCredit = 12;

    /// <summary>
    /// Reporters credited in brackets that close a paragraph (…奠定基础。(李雪松)): names opening with a surname, as in
    /// a credit line without a colon. Brackets inside a line (黄绍炜(右一)在…) are no credit.
    /// </summary>
    private static void FindClosingCredits(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found, List<PlaceMention> places, HashSet<int> displaced)
    {
        var from = 0;
        while (view[from..].IndexOfAny(Marks.CloseBrackets) is var k && k >= 0)
        {
            var c = from + k;
            from = c + 1;
            if (c + 1 < view.Length && view[c + 1] != '\n' && view[c + 1] != '\r')
            {
                continue;
            }
            var b = c - 1;
            while (b >= 0 && c - b <= MaxClosingCredit && !IsOpeningBracket(view[b]) && view[b] != '\n')
            {
                b--;
            }
            // (图/凃珮雅摄): a one-character credit and a slash open the brackets; the name follows them.
            var open = b + 1 + SlashCreditLength(view, b + 1, c);
            if (b < 0 || !IsOpeningBracket(view[b]) || c - open < 2 || !Surnames.Contains(view[open]))
            {
                continue;
            }
            ReadCreditNames(view, open, colon: false, role: null, taken, found, places, displaced);
        }
    }

    /// <summary>
    /// A credit after a caption's sentence (…修理旋耕机。 邓良奎摄(人民视觉)): a Han name alone between a sentence's end
    /// (or a line's start) and a credit tail (摄, 报道) that ends the line or opens a bracket. No role names it: the
    /// place it stands in does.
    /// </summary>
    private static void FindTrailingCredits(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        foreach (var tail in CreditTails)
        {
            var from = 0;
            while (view[from..].IndexOf(tail, StringComparison.Ordinal) is var k && k >= 0)
            {
                var t = from + k;
                from = t + tail.Length;
                var after = t + tail.Length;
                if (after < view.Length && view[after] != '\n' && view[after] != '\r' && !IsOpeningBracket(view[after]))
                {
                    continue;
                }
                var s = t;
                while (s > 0 && t - s < 3 && IsHan(view[s - 1]))
                {
                    s--;
                }
                if (t - s < 2 || !Surnames.Contains(view[s]))
                {
                    continue;
                }
                var b = s;
                while (b > 0 && IsBlank(view[b - 1]))
                {
                    b--;
                }
                // 知识。刁信杰摄: a sentence's end opens the credit with or without a blank after it.
                var opens = b == 0 || view[b - 1] == '\n' || Marks.FullStop.Contains(view[b - 1], StringComparison.Ordinal)
                    || Marks.Exclaims.Contains(view[b - 1], StringComparison.Ordinal);
                if (!opens)
                {
                    continue;
                }
                var name = view[s..t];
                var given = true;
                foreach (var c in name[1..])
                {
                    given &= IsGivenNameChar(c);
                }
                if (!given || IsNotName(name) || IsWord(name))
                {
                    continue;
                }
                AddIfFree(found, taken, new PersonMention(s, t, name.ToString(), null));
            }
        }
    }

    /// <summary>Words of a photo caption's brackets that place a person in the picture (左, 右二, 前排左一): caption-positions.tsv.</summary>
    private static readonly string[] CaptionPositions = [.. WordLists.Get("caption-positions").Values()];

    /// <summary>The sex a citation gives after a name and a comma (毛相林,男,汉族): person-sexes.tsv.</summary>
    private static readonly string[] Sexes = [.. WordLists.Get("person-sexes").Values()];

    /// <summary>
    /// Names a photo caption places in the picture (魏新良(左)和村民…, 金达芾(右二)在…): a Han name right before
    /// brackets that hold a position word and an optional numeral, opening where a clause, a role or a joined
    /// name (徐旭(左二)与…) lets a name open.
    /// </summary>
    private static void FindCaptionNames(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        var from = 0;
        while (view[from..].IndexOfAny(Marks.OpenBrackets) is var k && k >= 0)
        {
            var b = from + k;
            from = b + 1;
            if (b < 2 || WordAt(view[(b + 1)..], CaptionPositions) is not { } position)
            {
                continue;
            }
            var c = b + 1 + position.Length;
            while (c < view.Length && c - b <= position.Length + 3 && (TextClasses.ChineseDigits.Contains(view[c]) || char.IsAsciiDigit(view[c])))
            {
                c++;
            }
            if (c >= view.Length || !Marks.CloseBrackets.Contains(view[c], StringComparison.Ordinal))
            {
                continue;
            }
            AddNameEndingAt(view, b, taken, found);
        }
    }

    /// <summary>
    /// Names a citation opens with (毛相林,男,汉族,党员,1959年1月生): a Han name at a line's or sentence's start,
    /// then a comma, the sex and a comma.
    /// </summary>
    private static void FindCitedNames(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        foreach (var sex in Sexes)
        {
            var from = 0;
            while (view[from..].IndexOf(sex, StringComparison.Ordinal) is var k && k >= 0)
            {
                var s = from + k;
                from = s + sex.Length;
                var after = s + sex.Length;
                if (s < 3 || after >= view.Length || !Marks.Commas.Contains(view[s - 1], StringComparison.Ordinal)
                    || !(Marks.Commas.Contains(view[after], StringComparison.Ordinal) || view[after] == ListMark))
                {
                    continue;
                }
                AddNameEndingAt(view, s - 1, taken, found, opensClause: true);
            }
        }
    }

    /// <summary>The frames a name stands in with no role (在…的带领下): name-frames.tsv, close and open.</summary>
    private static readonly (string Open, string Close)[] NameFrames =
        [.. WordLists.Get("name-frames").Rows.Select(r => (r[1], r[0]))];

    /// <summary>
    /// Han names of two or three characters that a frame holds (在赵国栋的带领下, 在赵国栋的帮助下): the frame's opening
    /// words right before the name, its closing words right after it.
    /// </summary>
    private static void FindFramedNames(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        foreach (var (open, close) in NameFrames)
        {
            var from = 0;
            while (view[from..].IndexOf(close, StringComparison.Ordinal) is var k && k >= 0)
            {
                var end = from + k;
                from = end + close.Length;
                foreach (var length in (ReadOnlySpan<int>)[3, 2])
                {
                    var p = end - length;
                    if (p < open.Length || !view[..p].EndsWith(open, StringComparison.Ordinal) || !Surnames.Contains(view[p]))
                    {
                        continue;
                    }
                    var given = true;
                    foreach (var c in view[(p + 1)..end])
                    {
                        given &= IsGivenNameChar(c);
                    }
                    // 在王村长的带领下: a surname and a role is no name.
                    if (given && !IsCommonWord(view[p..end]) && !IsCommonWord(view[p..(p + 2)]) && !IsNotName(view[p..end])
                        && !(RoleEndingAt(view, end) is { } role && role.Length >= length - 1))
                    {
                        AddIfFree(found, taken, new PersonMention(p, end, view[p..end].ToString(), null));
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Words that open a profile right after a line-opening name and a comma (陈勇,现任…): person-profile-words.tsv.</summary>
    private static readonly string[] ProfileWords = [.. WordLists.Get("person-profile-words").Values()];

    /// <summary>Labels of a form whose colon introduces a name (姓名:陈伟男): person-descriptors.tsv, label yes.</summary>
    private static readonly FrozenSet<string> FormLabels = WordLists.Get("person-descriptors").Where("label", "yes").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a line of <paramref name="view"/> opens (after blanks) with a surname, as <see cref="FindLineOpeningNames"/> reads it.</summary>
    private static bool AnyLineOpensWithSurname(ReadOnlySpan<char> view)
    {
        for (var line = 0; line < view.Length;)
        {
            var p = line;
            while (p < view.Length && IsBlank(view[p]))
            {
                p++;
            }
            if (p < view.Length && Surnames.Contains(view[p]))
            {
                return true;
            }
            var next = view[line..].IndexOf('\n');
            line = next < 0 ? view.Length : line + next + 1;
        }
        return false;
    }

    /// <summary>
    /// Han names that open a line as its heading or its profile: the name, then a colon and the heading's words
    /// (陈勇:岁月无悔), or a comma and a word that opens a profile (陈勇,现任贵州大学…).
    /// </summary>
    private static void FindLineOpeningNames(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        for (var line = 0; line < view.Length;)
        {
            var p = line;
            while (p < view.Length && IsBlank(view[p]))
            {
                p++;
            }
            var next = view[line..].IndexOf('\n');
            line = next < 0 ? view.Length : line + next + 1;
            // The line's end, blanks and a carriage return left out.
            var lineEnd = next < 0 ? view.Length : line - 1;
            while (lineEnd > p && (IsBlank(view[lineEnd - 1]) || view[lineEnd - 1] == '\r'))
            {
                lineEnd--;
            }
            // 2016年全国脱贫攻坚奖贡献奖——吴树兰: a heading closed by a name after its dash.
            if (lineEnd - p > 4 && NameAfterDashEndsAt(view, lineEnd))
            {
                AddNameEndingAt(view, lineEnd, taken, found);
            }
            if (p >= view.Length || !Surnames.Contains(view[p]))
            {
                continue;
            }
            // 赖 奇 郁: an author's name spaced out character by character, alone on its line or before a comma (a journal's byline).
            if (SpacedNameEnd(view, p, lineEnd) is var spaced && spaced > 0)
            {
                AddIfFree(found, taken, new PersonMention(p, spaced, SpacedName(view[p..spaced]), null));
                continue;
            }
            // 周伯伟一家, 祁美英、祁美全姊弟: a heading naming a household, its names joined by the list mark. A line it
            // names no one of (陈勇:幸福一家) is still read as a name heading below.
            if (lineEnd - p <= MaxHouseholdHeading && HouseholdWordEndingAt(view, p, lineEnd) is var names && names > p
                && AddHouseholdNames(view, p, names, line, taken, found))
            {
                continue;
            }
            foreach (var length in (ReadOnlySpan<int>)[2, 3])
            {
                var end = p + length;
                if (end + 1 >= line || !IsHan(view[end - 1]))
                {
                    break;
                }
                var heading = IsColon(view[end]) && view[end] != '/' && IsHan(view[end + 1]);
                var profile = Marks.Commas.Contains(view[end], StringComparison.Ordinal) && WordAt(view[(end + 1)..], ProfileWords) is not null;
                if (heading || profile)
                {
                    AddNameEndingAt(view, end, taken, found, opensClause: true);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The end of a Han name of two or three characters spaced out by single blanks (赖 奇 郁, 兰 奎) that opens a line at
    /// <paramref name="p"/> (a surname) and ends the line or stands before a comma, or 0. Its characters are given-name
    /// characters, no numeral (高 二 is a grade), and neither it nor its first two make a word of the dictionary (简 介, 后 记, 关 键 词 are headings).
    /// </summary>
    private static int SpacedNameEnd(ReadOnlySpan<char> view, int p, int lineEnd)
    {
        foreach (var length in (ReadOnlySpan<int>)[3, 2])
        {
            var end = p + 2 * length - 1;
            if (end > lineEnd || (end < lineEnd && !Marks.Commas.Contains(view[end], StringComparison.Ordinal)))
            {
                continue;
            }
            var ok = true;
            for (var k = 1; k < length && ok; k++)
            {
                // 高 二, 初 三: a school grade heading, not a name; a numeral is never a spaced name's given-name character.
                ok = IsBlank(view[p + 2 * k - 1]) && IsGivenNameChar(view[p + 2 * k]) && !TextClasses.ChineseDigits.Contains(view[p + 2 * k]);
            }
            if (!ok)
            {
                continue;
            }
            Span<char> name = stackalloc char[3];
            for (var k = 0; k < length; k++)
            {
                name[k] = view[p + 2 * k];
            }
            var joined = name[..length];
            return IsCommonWord(joined) || IsCommonWord(joined[..2]) || IsNotName(joined) ? 0 : end;
        }
        return 0;
    }

    /// <summary>The characters of a spaced name (赖 奇 郁) without its blanks.</summary>
    private static string SpacedName(ReadOnlySpan<char> spaced)
    {
        var name = new StringBuilder(spaced.Length);
        foreach (var c in spaced)
        {
            if (!IsBlank(c))
            {
                name.Append(c);
            }
        }
        return name.ToString();
    }

    /// <summary>Words that close a heading naming a household or a family pair (一家, 姊弟): household-words.tsv.</summary>
    private static readonly string[] HouseholdWords = [.. WordLists.Get("household-words").Values()];

    /// <summary>The longest household heading read: four names of three characters, their marks and the word.</summary>
    private const int MaxHouseholdHeading = 20;

    /// <summary>
    /// Where the names of a household heading that opens at <paramref name="p"/> and ends at <paramref name="lineEnd"/>
    /// end (before its household word and a closing colon), or -1 when the line ends with no household word.
    /// </summary>
    private static int HouseholdWordEndingAt(ReadOnlySpan<char> view, int p, int lineEnd)
    {
        if (lineEnd > p && IsColon(view[lineEnd - 1]) && view[lineEnd - 1] != '/')
        {
            lineEnd--;
        }
        foreach (var word in HouseholdWords)
        {
            if (lineEnd - word.Length >= p + 2 && view[..lineEnd].EndsWith(word, StringComparison.Ordinal))
            {
                return lineEnd - word.Length;
            }
        }
        return -1;
    }

    /// <summary>
    /// Adds the names of a household heading's stretch [<paramref name="p"/>, <paramref name="end"/>) when each item the
    /// list mark sets apart is a Han name (a surname and one or two given-name characters, no word of the dictionary, no
    /// word of not-person-names.tsv); one item that is not leaves the whole line unread (王家老宅一家: no heading of names).
    /// A heading of one item names a person only when the text names it again after the heading, at
    /// <paramref name="after"/> or later (覃小平一家, then 覃小平一家住在…): a word the dictionary lacks reads as a
    /// surname and a name character too (包村夫妻, 康养母女). Whether it added the names.
    /// </summary>
    private static bool AddHouseholdNames(ReadOnlySpan<char> view, int p, int end, int after, TakenSpans taken, List<PersonMention> found)
    {
        var items = 0;
        for (var s = p; s < end;)
        {
            var e = view[s..end].IndexOf(ListMark);
            e = e < 0 ? end : s + e;
            if (!IsHouseholdName(view[s..e]))
            {
                return false;
            }
            items++;
            s = e + 1;
        }
        if (items == 1 && !NamedAgain(view, view[p..end], after))
        {
            return false;
        }
        for (var s = p; s < end;)
        {
            var e = view[s..end].IndexOf(ListMark);
            e = e < 0 ? end : s + e;
            AddIfFree(found, taken, new PersonMention(s, e, view[s..e].ToString(), null));
            s = e + 1;
        }
        return true;
    }

    /// <summary>How far past a one-name household heading its name is looked for again: a profile's first paragraphs.</summary>
    private const int MaxHouseholdNameLookahead = 2000;

    /// <summary>
    /// Whether <paramref name="name"/> stands again within <see cref="MaxHouseholdNameLookahead"/> characters from
    /// <paramref name="from"/> where a name opens a clause: at a line's start or after a mark, a blank or a digit
    /// (覃小平一家住在…, ,覃小平说); not inside running words (他们俩是包村干部, 这对包村夫妻).
    /// </summary>
    private static bool NamedAgain(ReadOnlySpan<char> view, ReadOnlySpan<char> name, int from)
    {
        var window = view[from..Math.Min(view.Length, from + MaxHouseholdNameLookahead)];
        for (var at = 0; at < window.Length;)
        {
            var k = window[at..].IndexOf(name, StringComparison.Ordinal);
            if (k < 0)
            {
                return false;
            }
            var start = from + at + k;
            if (start == 0 || !IsHan(view[start - 1]))
            {
                return true;
            }
            at += k + name.Length;
        }
        return false;
    }

    /// <summary>Whether <paramref name="item"/> is a surname and one or two given-name characters that no common word or not-name covers.</summary>
    private static bool IsHouseholdName(ReadOnlySpan<char> item)
    {
        if (item.Length is < 2 or > 3 || !Surnames.Contains(item[0]))
        {
            return false;
        }
        foreach (var c in item[1..])
        {
            if (!IsGivenNameChar(c))
            {
                return false;
            }
        }
        return !IsCommonWord(item) && !IsCommonWord(item[..2]) && !IsNotName(item);
    }

    /// <summary>The dash that sets a heading's name off (奖——吴树兰): two em dashes.</summary>
    private const string HeadingDash = "\u2014\u2014";

    /// <summary>Whether two or three Han characters opening with a surname end at <paramref name="end"/> right after a heading's dash.</summary>
    private static bool NameAfterDashEndsAt(ReadOnlySpan<char> view, int end)
    {
        foreach (var length in (ReadOnlySpan<int>)[2, 3])
        {
            var p = end - length;
            if (p >= HeadingDash.Length && view[(p - HeadingDash.Length)..p].SequenceEqual(HeadingDash) && Surnames.Contains(view[p]))
            {
                foreach (var c in view[p..end])
                {
                    if (!IsHan(c))
                    {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Adds the Han name of two or three characters (a surname first, no word of the dictionary) that ends at
    /// <paramref name="end"/>, when a name may open before it: the text's or a line's start, a mark, a blank, a role, a
    /// descriptor or a joiner (和, 跟, 同). With <paramref name="opensClause"/> only the start, a line's start or a
    /// sentence's end may stand before it.
    /// </summary>
    private static void AddNameEndingAt(ReadOnlySpan<char> view, int end, TakenSpans taken, List<PersonMention> found, bool opensClause = false)
    {
        foreach (var length in (ReadOnlySpan<int>)[3, 2])
        {
            var p = end - length;
            if (p < 0 || !Surnames.Contains(view[p]))
            {
                continue;
            }
            var given = true;
            foreach (var c in view[(p + 1)..end])
            {
                given &= IsGivenNameChar(c);
            }
            if (!given || IsCommonWord(view[p..end]) || IsNotName(view[p..end]))
            {
                continue;
            }
            var opens = p == 0 || view[p - 1] == '\n' || (!IsHan(view[p - 1]) && !opensClause)
                || (opensClause && (IsBlank(view[p - 1]) || Marks.FullStop.Contains(view[p - 1], StringComparison.Ordinal)))
                || (!opensClause && (Joiners.Contains(view[p - 1], StringComparison.Ordinal) || RoleEndingAt(view, p) is not null || DescriptorEndingAt(view, p) is not null));
            if (!opens)
            {
                continue;
            }
            AddIfFree(found, taken, new PersonMention(p, end, view[p..end].ToString(), RoleBefore(view, p)));
            return;
        }
    }

    /// <summary>The first of <paramref name="words"/> that <paramref name="text"/> begins with, or null.</summary>
    private static string? WordAt(ReadOnlySpan<char> text, string[] words) => WordMatch.FirstStartingWith(text, words);

    /// <summary>
    /// <see cref="SpacedWordEndingAt(ReadOnlySpan{char}, int, string[])"/> on the words of <paramref name="byLast"/> that end
    /// in the character right before <paramref name="end"/>: no other can end there.
    /// </summary>
    private static string? SpacedWordEndingAt(ReadOnlySpan<char> view, int end, FrozenDictionary<char, string[]> byLast) =>
        end > 0 && byLast.TryGetValue(view[end - 1], out var words) ? SpacedWordEndingAt(view, end, words) : null;

    /// <summary>
    /// The credit labels and datelines by last character, each part in its list's order: a word ends at a position only
    /// if its last character stands right before it (the keys of a list are never empty), so the credit scan compares the
    /// few words of that character, not the whole list, at each 者 or 员 of a text.
    /// </summary>
    private static readonly FrozenDictionary<char, string[]> CreditLabelsByLast = WordGroups.ByLastChar(CreditLabels), CreditDatelinesByLast = WordGroups.ByLastChar(CreditDatelines);

    /// <summary>
    /// The first of <paramref name="words"/> ending at <paramref name="end"/>, its characters written next to each
    /// other or one blank apart (编 辑, 通 讯 员), or null.
    /// </summary>
    private static string? SpacedWordEndingAt(ReadOnlySpan<char> view, int end, string[] words)
    {
        foreach (var word in words)
        {
            var i = end;
            var k = word.Length - 1;
            while (k >= 0 && i > 0 && view[i - 1] == word[k])
            {
                i--;
                k--;
                if (k >= 0 && i > 1 && IsBlank(view[i - 1]) && view[i - 2] == word[k])
                {
                    i--;
                }
            }
            if (k < 0)
            {
                return word;
            }
        }
        return null;
    }

    /// <summary>
    /// Han names at the start of a clause right before a verb of speaking or acting (韩拥军说, 简华海告诉笔者), or after
    /// the particle that closes a description of them (甘肃省台办的杜从建说): a surname and one or two given-name
    /// characters, not a word of the dictionary (高兴地说, 的高度说明) nor a kin or descriptive word (的孙子说).
    /// </summary>
    private static void FindSpeakers(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        // The end of the current run of Han characters and the next particle at or after p: each is searched again only
        // once p has passed it, so every character is read a bounded number of times (我的书说 repeated).
        var runEnd = 0;
        var nextParticle = -1;
        for (var p = 0; p + 2 < view.Length; p++)
        {
            if (p > 0 && IsHan(view[p - 1]) && view[p - 1] != Particle)
            {
                // Straight past the run of Han characters, or up to its next particle: a name opens a clause or
                // follows its description, after no other character.
                if (p >= runEnd)
                {
                    var run = view[p..].IndexOfAnyExceptInRange('\u3400', '\u9fff');
                    runEnd = run < 0 ? view.Length : p + run;
                }
                if (nextParticle < p && nextParticle != view.Length)
                {
                    var particle = view[p..].IndexOf(Particle);
                    nextParticle = particle < 0 ? view.Length : p + particle;
                }
                if (nextParticle < runEnd)
                {
                    p = nextParticle;
                    continue;
                }
                if (runEnd >= view.Length)
                {
                    break;
                }
                p = runEnd;
                continue;
            }
            if (!Surnames.Contains(view[p]) || (p > 0 && ((IsHan(view[p - 1]) && view[p - 1] != Particle) || char.IsAsciiLetterOrDigit(view[p - 1]))))
            {
                continue;
            }
            // A verb of speaking must open two or three characters on (what WordAt reads below): most surnames, after a
            // particle or not, have none there, and their dictionary probes are not made.
            if (!SpeakerFirstChars.Contains(view[p + 2]) && (p + 3 >= view.Length || !SpeakerFirstChars.Contains(view[p + 3])))
            {
                continue;
            }
            foreach (var length in (ReadOnlySpan<int>)[3, 2])
            {
                var end = p + length;
                if (end >= view.Length || !IsGivenNameChar(view[p + 1]) || (length == 3 && !IsGivenNameChar(view[p + 2]))
                    || WordAt(view[end..], SpeakerVerbs) is not { } verb)
                {
                    continue;
                }
                // 他的白发说明他老了: after the particle, a verb of one character that opens a longer word (说明) is that word.
                if (p > 0 && view[p - 1] == Particle && verb.Length == 1 && end + 2 <= view.Length && IsWord(view[end..(end + 2)]))
                {
                    continue;
                }
                // 高兴地说 is a word; 唐排长说 a surname and a role; 刘叔说 a kin address, 李某说 a masked name.
                if (IsCommonWord(view[p..(p + 2)]) || IsCommonWord(view[p..end]) || (RoleEndingAt(view, end) is { } role && role.Length >= length - 1)
                    || IsNotName(view[p..end]) || DescriptorEndingAt(view, end) is { } descriptor && descriptor.Length >= length)
                {
                    break;
                }
                AddIfFree(found, taken, new PersonMention(p, end, view[p..end].ToString(), null));
                break;
            }
        }
    }

    /// <summary>The characters the verbs of speaking or acting begin with (说, 告, 表…): speaker-verbs.tsv.</summary>
    private static readonly CharSet SpeakerFirstChars = new(string.Concat(WordLists.Get("speaker-verbs").Values().Select(w => w[0]).Distinct()));

    /// <summary>The longest name read up to a verb of speaking (艾力图地说).</summary>
    private const int MaxSpokenName = 5;

    /// <summary>
    /// The end of a name of two to <see cref="MaxSpokenName"/> person characters that a verb of speaking or acting
    /// follows right after a role (村民艾力图地说), the shortest such; 0 when there is none or the
    /// characters are a word of the dictionary (村民纷纷表示).
    /// </summary>
    private static int SpeakerNameEnd(ReadOnlySpan<char> view, int p)
    {
        for (var end = p + 1; end < view.Length && end - p <= MaxSpokenName && IsPersonChar(view[end - 1]); end++)
        {
            if (end - p >= 2 && WordAt(view[end..], SpeakerVerbs) is not null)
            {
                return IsCommonWord(view[p..end]) || IsCommonWord(view[p..(p + 2)]) ? 0 : end;
            }
        }
        return 0;
    }

    /// <summary>Whether a role or title begins at <paramref name="at"/> (队长 of 任队长).</summary>
    private static bool RoleStartingAt(ReadOnlySpan<char> view, int at)
    {
        if (at >= view.Length)
        {
            return false;
        }
        // Most characters open no role: one bit read instead of a test of every role.
        if (!RoleScan.FirstChars.Contains(view[at]))
        {
            return false;
        }
        var rest = view[at..];
        foreach (var role in Roles)
        {
            if (role.Length >= 2 && rest.StartsWith(role, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a credited name (simplified) reads as a Han person's name: a surname first, neither it nor its first
    /// two characters a word of the dictionary. A user name credited as an author (枯树临风, 农民是天) is not.
    /// </summary>
    internal static bool LooksLikeHanName(ReadOnlySpan<char> name) =>
        name.Length >= 2 && Surnames.Contains(name[0]) && !IsCommonWord(name) && !IsCommonWord(name[..2]);

    /// <summary>Whether jieba's dictionary tags <paramref name="text"/> a place (王国).</summary>
    private static bool IsPlaceWord(ReadOnlySpan<char> text) =>
        WorkTeam.Extraction.Segmentation.SegmenterResources.Default.Lexicon.Tag(text) is ['n', 's', ..];

    /// <summary>Whether jieba's dictionary holds <paramref name="text"/> as a word other than a person's name (高兴, 张贴).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsCommonWord(ReadOnlySpan<char> text) => WordTag(text) is { } tag && !tag.StartsWith("nr", StringComparison.Ordinal);

    /// <summary>
    /// The tag of <paramref name="text"/> where jieba's dictionary holds it as a word (<c>Lexicon.IsWord</c>), as
    /// <c>Lexicon.Tag</c> gives it ("x" for none), else null. With no user overlay (the default) the dictionary is walked
    /// once for both answers: asking <c>IsWord</c>, then <c>Tag</c>, walked it twice for every word met.
    /// </summary>
    private static string? WordTag(ReadOnlySpan<char> text)
    {
        var lexicon = WorkTeam.Extraction.Segmentation.SegmenterResources.Default.Lexicon;
        if (lexicon.User is not null)
        {
            return lexicon.IsWord(text) ? lexicon.Tag(text) : null;
        }
        var dictionary = lexicon.Dictionary;
        var node = dictionary.FindNode(text);
        return node >= 0 && dictionary.Frequency(node) > 0 ? dictionary.Tag(node) ?? "x" : null;
    }

    /// <summary>Whether a word of the dictionary (not a name) starts at <paramref name="p"/> and runs past <paramref name="end"/>, up to four characters (齐聚一堂).</summary>
    private static bool LongerWordAt(ReadOnlySpan<char> view, int p, int end)
    {
        for (var e = end + 1; e <= view.Length && e - p <= 4; e++)
        {
            if (IsCommonWord(view[p..e]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether jieba's dictionary tags <paramref name="text"/> a verb, an adverb or an adjective (齐聚, 纷纷, 高兴).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsVerbOrAdverb(ReadOnlySpan<char> text)
    {
        return WordTag(text) is { Length: > 0 } tag && tag[0] is 'v' or 'd' or 'a';
    }

    /// <summary>Whether jieba's dictionary tags <paramref name="text"/> with a tag opening with <paramref name="tag"/> (v a verb, d an adverb: 曾 d, 邀集 v).</summary>
    private static bool IsTagged(ReadOnlySpan<char> text, char tag)
    {
        return WordTag(text) is { Length: > 0 } t && t[0] == tag;
    }

    /// <summary>Whether jieba's dictionary holds <paramref name="text"/> at all (周转 of 干部周转宿舍, tagged nr there too).</summary>
    private static bool IsWord(ReadOnlySpan<char> text) => WorkTeam.Extraction.Segmentation.SegmenterResources.Default.Lexicon.IsWord(text);

    /// <summary>
    /// Whether a three-character name read after a role may end where a word of the dictionary begins
    /// (贫困户郝柏树患有脑梗): the next two characters are a word and none runs across the name's end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool WordFollows(ReadOnlySpan<char> view, int end)
    {
        if (end + 2 > view.Length)
        {
            return false;
        }
        var lexicon = WorkTeam.Extraction.Segmentation.SegmenterResources.Default.Lexicon;
        return lexicon.IsWord(view[end..(end + 2)]) && !lexicon.IsWord(view[(end - 1)..(end + 1)]);
    }

    /// <summary>The mark of an age before a name (52岁的张丽).</summary>
    private const char AgeMark = '岁';

    /// <summary>An age ending at <paramref name="e"/> (66岁): a numeral and the age mark; the person has no role.</summary>
    private static string? AgeEndingAt(ReadOnlySpan<char> view, int e) =>
        e >= 2 && view[e - 1] == AgeMark && (char.IsAsciiDigit(view[e - 2]) || TextClasses.ChineseDigits.Contains(view[e - 2]))
            ? AgeMarkText
            : null;

    /// <summary>The age mark as the role an age gives: one string, not one per age met.</summary>
    private static readonly string AgeMarkText = AgeMark.ToString();

    /// <summary>The characters titles begin with, one bit each, for the tests at every surname and every name's end (a probe of the vectorised set costs more).</summary>
    private static readonly CharSet TitleFirstCharSet = new(FirstChars(PostTitles));

    private static string FirstChars(string[] words)
    {
        var chars = new HashSet<char>();
        foreach (var word in words)
        {
            chars.Add(word[0]);
        }
        return new string([.. chars]);
    }

    private static bool TitleEndingAt(ReadOnlySpan<char> view, int end)
    {
        foreach (var title in PostTitles)
        {
            if (view[..end].EndsWith(title, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static string? TitleAt(ReadOnlySpan<char> view, int at) => TitleAt(view, at, out _);

    /// <summary>Whether a role of the role table longer than the title matched at <paramref name="at"/> starts there.</summary>
    private static bool LongerRoleOpens(ReadOnlySpan<char> view, int at, int titleLength)
    {
        for (var extra = 1; extra <= 2 && at + titleLength + extra <= view.Length; extra++)
        {
            if (RoleEndingAt(view, at + titleLength + extra) is { } role && role.Length >= titleLength + extra)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The title at <paramref name="at"/>, "" for an address (同志); <paramref name="matched"/> is the text the title takes.</summary>
    private static string? TitleAt(ReadOnlySpan<char> view, int at, out int matched)
    {
        matched = 0;
        if (at >= view.Length || !TitleFirstCharSet.Contains(view[at]))
        {
            return null;
        }
        foreach (var title in PostTitles)
        {
            if (view[at..].StartsWith(title, StringComparison.Ordinal))
            {
                matched = title.Length;
                // 同志 is an address, not a role.
                return AddressTitles.Contains(title) ? string.Empty : title;
            }
        }
        return null;
    }

    private static void FindRepeats(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found, NameSearch search, IReadOnlyList<string> names)
    {
        foreach (var hit in search.FindAll(view))
        {
            var surface = names[hit.Name];
            if (!IsRepeatable(surface))
            {
                continue;
            }
            var from = hit.End;
            // Not the first part of a longer dotted name, nor the end of a longer word.
            if (from < view.Length && (Dots.Contains(view[from]) || (from + 1 < view.Length && IsBlank(view[from]) && Dots.Contains(view[from + 1]))))
            {
                continue;
            }
            AddIfFree(found, taken, new PersonMention(hit.Start, from, surface, null));
        }
    }

    /// <summary>Up to this many learned names are looked for one IndexOf loop each: cheaper than building an automaton.</summary>
    private const int FewNames = 8;

    /// <summary>
    /// <see cref="FindRepeats"/> for a few names: each name's occurrences left to right from the previous end,
    /// name after name, as <see cref="NameSearch.FindAll"/> orders them.
    /// </summary>
    private static void FindFewRepeats(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found, List<string> names)
    {
        foreach (var surface in names)
        {
            if (surface.Length == 0 || !IsRepeatable(surface))
            {
                continue;
            }
            var at = 0;
            while (at < view.Length)
            {
                var k = view[at..].IndexOf(surface, StringComparison.Ordinal);
                if (k < 0)
                {
                    break;
                }
                var start = at + k;
                var from = start + surface.Length;
                at = from;
                if (from < view.Length && (Dots.Contains(view[from]) || (from + 1 < view.Length && IsBlank(view[from]) && Dots.Contains(view[from + 1]))))
                {
                    continue;
                }
                AddIfFree(found, taken, new PersonMention(start, from, surface, null));
            }
        }
    }

    /// <summary>End of a run of transliteration characters (艾合买提), cut before a following word, at most six.</summary>
    private static int TransliteratedEnd(ReadOnlySpan<char> view, int p)
    {
        var end = p;
        while (end < view.Length && end - p < 6 && (PlaceRecognizer.TransliterationChars.Contains(view[end]) || TailCharInsideRun(view, p, end))
            && !(end - p >= 2 && FollowWordAt(view, end)))
        {
            end++;
        }
        return end;
    }

    /// <summary>
    /// End of a four-character name of two surnames and a given name (陈黄淑媛, as Taiwan writes a married woman's
    /// name) starting at <paramref name="p"/>, closed by a mark or a blank; 0 when there is none. Neither its first
    /// two characters nor its last two are a word of the dictionary.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FourCharacterNameEnd(ReadOnlySpan<char> view, int p)
    {
        var end = p + 4;
        if (end > view.Length || !CommonSurnames.Contains(view[p + 1]) || !IsGivenNameChar(view[p + 2]) || !IsGivenNameChar(view[p + 3])
            || FollowWordAt(view, p + 3) || WordAt(view[(p + 3)..], CreditTails) is not null
            || (end < view.Length && (IsHan(view[end]) || char.IsAsciiLetterOrDigit(view[end]))))
        {
            return 0;
        }
        return IsCommonWord(view[p..(p + 2)]) || IsCommonWord(view[(p + 2)..end]) || IsCommonWord(view[(p + 1)..(p + 3)]) ? 0 : end;
    }

    /// <summary>The most common surnames (surnames.tsv, common yes): the husband's surname a married woman's name may open with.</summary>
    private static readonly SearchValues<char> CommonSurnames = SearchValues.Create(CommonSurnameChars);

    /// <summary>The characters of <see cref="CommonSurnames"/>, one bit each for the tests at every character.</summary>
    private static readonly CharSet CommonSurnameSet = new(CommonSurnameChars);

    private static string CommonSurnameChars => string.Concat(WordLists.Get("surnames").Where("common", "yes").Select(r => r[0]));

    /// <summary>End of a Han name starting with a surname: three characters unless the third starts what follows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int HanNameEnd(ReadOnlySpan<char> view, int p)
    {
        if (p + 1 >= view.Length || !IsGivenNameChar(view[p + 1]))
        {
            // 村主任王从文听说: a middle given-name character (从, 在) that is a function word elsewhere.
            return MiddleGivenNameAt(view, p + 1) ? p + 3 : p + 1;
        }
        // 王强很高兴地说: a one-character follower (很) ends the name even where a verb of speaking comes after it.
        if (p + 2 >= view.Length || !(IsGivenNameChar(view[p + 2]) || ClosingGivenNameAt(view, p + 2))
            || (FollowWordAt(view, p + 2) && (!GivenNameEndsAt(view, p + 3) || OneCharacterFollowers.Contains(view[p + 2])))
            || TitleAt(view, p + 2) is not null)
        {
            return p + 2;
        }
        return p + 3;
    }

    /// <summary>Characters that are a three-character given name's middle only (王从文): given-name-chars.tsv, where middle.</summary>
    private static readonly SearchValues<char> MiddleGivenNameChars = SearchValues.Create(
        string.Concat(WordLists.Get("given-name-chars").Where("where", "middle").Select(r => r[0])));

    /// <summary>
    /// Whether a middle given-name character (从, 在) at <paramref name="at"/>, right after a surname, is part of the name:
    /// a given-name character follows it, the name is closed off right after that (村主任王从文听说, 王从文:) and neither
    /// pair it stands in is a word of the dictionary (王在家说: 在家; 李从此: 从此). Not where the next character goes on
    /// (李从外地回来: 地), nor before a place's suffix (张在村的时候).
    /// </summary>
    private static bool MiddleGivenNameAt(ReadOnlySpan<char> view, int at) =>
        at + 2 <= view.Length && MiddleGivenNameChars.Contains(view[at]) && IsGivenNameChar(view[at + 1]) && !AdministrativeSuffixChars.Contains(view[at + 1])
        && ClosedAt(view, at + 2) && !IsWord(view[at..(at + 2)]) && !IsWord(view[(at - 1)..(at + 1)]);

    /// <summary>
    /// End of the part after the dot: name characters up to a following word or <paramref name="max"/>; past two
    /// characters, only characters of transliterations (阿依提木哈买提 then 种的…).
    /// </summary>
    private static int NameEnd(ReadOnlySpan<char> view, int p, int max)
    {
        var end = p;
        // 都 of 阿不都 (阿不都热依木) is a function word elsewhere, a name syllable here.
        while (end < view.Length && end - p < max && (IsAbduAt(view, end) || (IsPersonChar(view[end]) && !(end - p >= 2 && FollowWordAt(view, end))
            && (end - p < 2 || PlaceRecognizer.TransliterationChars.Contains(view[end]) || NameTailChars.Contains(view[end])))))
        {
            // 满力克和村委会: 和 (跟, 同) before a character of no transliteration joins the name to what follows; so it does
            // before a word of the dictionary (努拉和其他学员: 其他), whatever its first character.
            if (end - p >= 2 && end + 1 < view.Length && Joiners.Contains(view[end], StringComparison.Ordinal)
                && (!PlaceRecognizer.TransliterationChars.Contains(view[end + 1]) || (end + 3 <= view.Length && IsCommonWord(view[(end + 1)..(end + 3)]))))
            {
                break;
            }
            // 达吾提提高音量: past two characters, a verb or adverb of the dictionary that begins here, with no word running
            // across the character before, begins what the person does; a doubled character (提提, a verb too) is no word
            // there: the first is the name's last. Not where a follower begins on the next character (阿吾提高兴地说: 高兴).
            if (end - p >= 2 && end + 2 <= view.Length && view[end] != view[end + 1] && IsVerbOrAdverb(view[end..(end + 2)])
                && (view[end - 1] == view[end] || !IsWord(view[(end - 1)..(end + 1)])) && !FollowWordAt(view, end + 1))
            {
                break;
            }
            end++;
        }
        return end;
    }

    /// <summary>
    /// Whether a transliterated name may open at <paramref name="at"/> or go on to its left: the text, a role or
    /// a title (会议主席菲德尔) opens it there, or a transliteration character stands before it (阿 of 阿不力).
    /// </summary>
    private static bool NameOpensAt(ReadOnlySpan<char> view, int at) =>
        at == 0 || !IsPersonChar(view[at - 1]) || IsTransliterationPart(view, at - 1)
        || RoleEndingAt(view, at) is not null || DescriptorEndingAt(view, at) is not null || TitleEndingAt(view, at);

    /// <summary>A character of a transliterated name's part: a transliteration character, a further name character, or 不都 of 阿不都.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsTransliterationPart(ReadOnlySpan<char> view, int at) =>
        PlaceRecognizer.TransliterationChars.Contains(view[at]) || NameTailChars.Contains(view[at]) || IsAbduAt(view, at)
        || (at + 1 < view.Length && NameSyllableLookup.Contains(view[at..(at + 2)]));

    /// <summary>Further characters of Uyghur and Kazakh names in Chinese transliteration (巴合克勒得, 比散拜克, 苏徕曼).</summary>
    private static readonly SearchValues<char> NameTailChars = WordLists.Get("name-tail-chars").ToSearchValues();

    /// <summary>都 of 阿不都/阿布都 (Abdu-, 阿不都热依木): a function word elsewhere ("all"), a name syllable here.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAbduAt(ReadOnlySpan<char> view, int at) =>
        at > 0 && NameSyllableLookup.Contains(view[(at - 1)..(at + 1)]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameSyllableLookup = NameSyllablePairs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A character of a Han given name: a name character, or 全 (陈全国), which elsewhere means "all" (全村)
    /// but right after a surname is a common given name.
    /// </summary>
    private static bool IsGivenNameChar(char c) => TextClasses.IsNameChar(c) || FunctionGivenNameChars.Contains(c);

    private static bool IsPersonChar(char c) => TextClasses.IsPersonChar(c);

    /// <summary>
    /// Whether a given name whose last character is one that usually ends a word (全 of 王汉全) may end at
    /// <paramref name="end"/>: the character is a given-name character and a following word begins there (王汉全说).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool GivenNameEndsAt(ReadOnlySpan<char> view, int end) =>
        end < view.Length && IsGivenNameChar(view[end - 1]) && WordAt(view[end..], SpeakerVerbs) is not null;

    private static bool FollowWordAt(ReadOnlySpan<char> view, int at)
    {
        if (!TextClasses.IsPersonChar(view[at]))
        {
            return true;
        }
        if (!FollowFirstChars.Contains(view[at]))
        {
            return false;
        }
        var rest = view[at..];
        foreach (var word in FollowWords)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        // 张铭纯自99年起担任里长: a word that follows a name only before a number (name-followers.tsv, next digit).
        foreach (var word in FollowWordsBeforeDigit)
        {
            if (rest.Length > word.Length && rest.StartsWith(word, StringComparison.Ordinal) && char.IsDigit(rest[word.Length]))
            {
                return true;
            }
        }
        // 王强第一个, 李华第3次: an ordinal's mark follows a name before a numeral only (陈昆第同意: the name's last character).
        foreach (var word in FollowWordsBeforeNumeral)
        {
            if (rest.Length > word.Length && rest.StartsWith(word, StringComparison.Ordinal)
                && (char.IsDigit(rest[word.Length]) || TextClasses.ChineseDigits.Contains(rest[word.Length])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a place found begins at <paramref name="at"/> and not before it: a name read after a role ends there
    /// (村民刘书迎黑龙江省甘南县…, an interview's list of people each glued to where they live).
    /// </summary>
    private static bool PlaceBeginsAt(TakenSpans taken, int at) =>
        at > 0 && taken.Overlaps(at, at + 1, TakenSpans.Place) && !taken.Overlaps(at - 1, at, TakenSpans.Place);

    private static readonly CharSet DescriptorLastChars = new(LastChars(Descriptors));

    /// <summary>The descriptors ending in each character, in the order of <see cref="Descriptors"/>.</summary>
    private static readonly FrozenDictionary<char, string[]> DescriptorsByLastChar = WordGroups.ByLastChar(Descriptors);

    /// <summary>The descriptors ending with each pair of characters, as <see cref="RolesByLastTwo"/> holds the roles.</summary>
    private static readonly FrozenDictionary<int, string[]> DescriptorsByLastTwo = ByLastTwo(Descriptors);

    /// <summary>
    /// The descriptors of one character (叫): only where the text's character is one of them must every descriptor ending in
    /// it be tried; elsewhere the descriptors ending in the last two characters are all there is to try.
    /// </summary>
    private static readonly CharSet OneCharacterDescriptors = new(string.Concat(Descriptors.Where(d => d.Length == 1)));

    private static string? DescriptorEndingAt(ReadOnlySpan<char> view, int e)
    {
        if (e == 0 || !DescriptorLastChars.Contains(view[e - 1]))
        {
            return null;
        }
        if (e >= 2 && !OneCharacterDescriptors.Contains(view[e - 1]))
        {
            if (!DescriptorsByLastTwo.TryGetValue(view[e - 2] << 16 | view[e - 1], out var candidates))
            {
                return null;
            }
            foreach (var word in candidates)
            {
                if (view[..e].EndsWith(word, StringComparison.Ordinal))
                {
                    return word;
                }
            }
            return null;
        }
        foreach (var word in DescriptorsByLastChar[view[e - 1]])
        {
            if (view[..e].EndsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }
        return null;
    }

    private static readonly CharSet RoleLastChars = new(LastChars(Roles));

    private static string LastChars(string[] words)
    {
        var chars = new HashSet<char>();
        foreach (var word in words)
        {
            chars.Add(word[^1]);
        }
        return new string([.. chars]);
    }

    /// <summary>The roles ending in each character, in the order of <see cref="Roles"/>, so the first match is the same.</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<char, string[]> RolesByLastChar = WordGroups.ByLastChar(Roles);

    /// <summary>
    /// The roles ending with each pair of characters (packed in an int), in the order of <see cref="Roles"/>. Looked
    /// up by its last character alone, a common one (长, 员, 民) gave a dozen roles to test at each position.
    /// </summary>
    private static readonly FrozenDictionary<int, string[]> RolesByLastTwo = ByLastTwo(Roles);

    /// <summary>Whether a role is one character long: then the pairs do not hold every role, and the last character decides.</summary>
    private static readonly bool HasOneCharacterRole = Roles.Any(r => r.Length < 2);

    private static FrozenDictionary<int, string[]> ByLastTwo(string[] words)
    {
        var groups = new Dictionary<int, List<string>>();
        foreach (var word in words)
        {
            if (word.Length >= 2)
            {
                var key = word[^2] << 16 | word[^1];
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }
                list.Add(word);
            }
        }
        return groups.ToFrozenDictionary(g => g.Key, g => g.Value.ToArray());
    }

    private static string? RoleEndingAt(ReadOnlySpan<char> view, int e)
    {
        if (e == 0 || !RoleLastChars.Contains(view[e - 1]))
        {
            return null;
        }
        var head = view[..e];
        if (e >= 2 && !HasOneCharacterRole)
        {
            if (!RolesByLastTwo.TryGetValue(view[e - 2] << 16 | view[e - 1], out var candidates))
            {
                return null;
            }
            foreach (var role in candidates)
            {
                if (head.EndsWith(role, StringComparison.Ordinal))
                {
                    return role;
                }
            }
            return null;
        }
        foreach (var role in RolesByLastChar[view[e - 1]])
        {
            if (head.EndsWith(role, StringComparison.Ordinal))
            {
                return role;
            }
        }
        return null;
    }

    /// <summary>The roles written right before a name, in text order (第一书记、工作队队长), or null.</summary>
    /// <summary>Whether a credit word is a word, not a byline's mark (□, ◎).</summary>
    private static bool HasLetter(string role)
    {
        foreach (var c in role)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    private static string? RoleBefore(ReadOnlySpan<char> view, int nameStart)
    {
        var e = nameStart;
        while (e > 0 && (view[e - 1] == ' ' || (IsColon(view[e - 1]) && view[e - 1] != '/')))
        {
            e--;
        }
        if (e > 0 && view[e - 1] == Particle)
        {
            e--;
        }
        List<string>? roles = null;
        while (RoleEndingAt(view, e) is { } role)
        {
            (roles ??= []).Insert(0, role);
            e -= role.Length;
            if (e > 0 && view[e - 1] == ListMark)
            {
                e--;
                continue;
            }
            break;
        }
        if (roles is null)
        {
            return null;
        }
        if (roles.Count == 1)
        {
            return roles[0];
        }
        var text = new StringBuilder();
        foreach (var role in roles)
        {
            if (text.Length > 0)
            {
                text.Append(ListMark);
            }
            text.Append(role);
        }
        return text.ToString();
    }

    /// <summary>Whether a post-title longer than <paramref name="role"/> ends where it does (总书记 over 书记).</summary>
    private static bool LongerTitleEndingAt(ReadOnlySpan<char> view, int e, string role)
    {
        // Most roles end no title (书记 ends 总书记; 村民 none): their test is one set probe.
        if (!RoleScan.TitleTails.Contains(role))
        {
            return false;
        }
        foreach (var title in PostTitles)
        {
            if (title.Length > role.Length && title.EndsWith(role, StringComparison.Ordinal) && view[..e].EndsWith(title, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AllBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsBlank(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool OpensWithCreditNotName(ReadOnlySpan<char> name)
    {
        foreach (var word in CreditNotNames)
        {
            if (name.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What stands before a surname in a familiar address (小王, 老李): nickname-prefixes.tsv.</summary>
    private static readonly SearchValues<char> NicknamePrefixes = WordLists.Get("nickname-prefixes").ToSearchValues();

    /// <summary>What follows a surname in a courtesy or kin address (杨老, 王总, 刘叔, 李姐) or names a family (陈家): nickname-suffixes.tsv.</summary>
    private static readonly SearchValues<char> NicknameSuffixes = WordLists.Get("nickname-suffixes").ToSearchValues();

    /// <summary>
    /// Drops the names a character outside the basic plane goes on (謝建鋐, whose 鋐 the simplified view writes as a
    /// CJK extension character, a surrogate pair no finder reads): the name read is cut short, and a cut name is none.
    /// </summary>
    private static void DropNamesRunningOn(ReadOnlySpan<char> view, List<PersonMention> found)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            // A bopomofo letter written for a character the name holds (立法委員盧縣ㄧ: ㄧ for 一) runs on as such a character does.
            if (found[i].End < view.Length && (char.IsHighSurrogate(view[found[i].End]) || IsBopomofo(view[found[i].End])))
            {
                found.RemoveAt(i);
            }
        }
    }

    /// <summary>The first and last letters of the Bopomofo block (U+3105–U+312F).</summary>
    private const char FirstBopomofo = '\u3105', LastBopomofo = '\u312f';

    /// <summary>Whether <paramref name="c"/> is a bopomofo letter (ㄅ…ㄯ), which Taiwan pages sometimes type for a look-alike character.</summary>
    private static bool IsBopomofo(char c) => c is >= FirstBopomofo and <= LastBopomofo;

    private static bool IsNotName(ReadOnlySpan<char> name)
    {
        // 民警小王说: a familiar address, no name; nor a courtesy or kin one of two characters (我入村时杨老已经92岁了, 刘叔说;
        // 李哥伦 stays a name), nor a family (陈家), nor a surname and a kin word (村民张大爷, 谢爷爷), nor a masked name (李某),
        // nor a surname and a title that follows names (活动组织者之一的周先生说, 李书记), nor a kin or descriptive word a
        // surname opens (4个孙子孙女), nor a word of not-person-names.tsv.
        if ((name.Length == 2 && NicknamePrefixes.Contains(name[0]) && Surnames.Contains(name[1]))
            || (name.Length == 2 && Surnames.Contains(name[0]) && NicknameSuffixes.Contains(name[1]))
            || (name.Length == 3 && Surnames.Contains(name[0]) && (NameWordSets.Descriptors.Contains(name[1..]) || NameWordSets.PostTitles.Contains(name[1..])))
            || (name.Length == 2 && Surnames.Contains(name[0]) && NameWordSets.Descriptors.Contains(name))
            || name.ContainsAny(MaskChars))
        {
            return true;
        }
        return NotNames.Contains(name);
    }

    /// <summary>
    /// The descriptors and post-titles as sets read by span, for <see cref="IsNotName"/>: a name's tail was copied into a
    /// string and compared with each descriptor in turn, then with each title (a nested class: made after the lists it reads).
    /// </summary>
    private static class NameWordSets
    {
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Descriptors =
            PersonRecognizer.Descriptors.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PostTitles =
            PersonRecognizer.PostTitles.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddIfFree(List<PersonMention> found, TakenSpans taken, PersonMention person)
    {
        if (taken.Overlaps(person.Start, person.End) || OpensWithNeverGivenName(person.Name) || ClosesWithNeverGivenName(person.Name))
        {
            return;
        }
        taken.Take(person.Start, person.End);
        found.Add(person with { Role = string.IsNullOrEmpty(person.Role) ? null : person.Role });
    }
}
