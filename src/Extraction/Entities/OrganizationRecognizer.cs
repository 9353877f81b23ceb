using System.Collections.Frozen;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Text;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Entities;

/// <summary>An organisation found in the simplified view.</summary>
internal readonly record struct OrgMention(int Start, int End, string Name);

/// <summary>Searches in a list of organisations in text order, as <see cref="OrganizationRecognizer.Recognize"/> returns it.</summary>
internal static class OrgMentions
{
    /// <summary>The index of the first organisation starting at or after <paramref name="start"/> (organisations are in text order).</summary>
    public static int FirstStartingAtOrAfter(List<OrgMention> orgs, int start)
    {
        int lo = 0, hi = orgs.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (orgs[mid].Start < start)
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
}

/// <summary>
/// Finds organisations by their suffix (厅 局 委 公司 合作社 支行 日报…) and a left boundary: the name runs
/// back to punctuation or a function word, and is cut to the place it begins with when a verb stands
/// before it (欢迎访问新疆维吾尔自治区教育厅 → 新疆维吾尔自治区教育厅). Government suffixes need a place or
/// an administrative head (自治区, 州, 县) in front, so 技术部 or 相关司局 are not taken.
/// </summary>
internal static partial class OrganizationRecognizer
{
    private const int MaxName = 18;

    /// <summary>
    /// An organisation suffix; <c>NeedsHead</c>: only after a place or administrative head; <c>AfterPlace</c>:
    /// only right after a place's name (龙草坪村党支部); <c>OrParent</c>: after a parent body's name too (中华电信国际分公司);
    /// <c>Numbered</c>: a numeral and a suffix (市三院), which is no body before a word of joint action (全市三院联合…).
    /// <c>Glued</c>: its first character often ends a word before it (国小 of 中国小康: org-glued-suffixes.tsv).
    /// </summary>
    private readonly record struct OrgSuffix(string Text, bool NeedsHead, bool AfterPlace, bool OrParent, bool Numbered = false, bool Glued = false);

    /// <summary>
    /// The suffixes in the order they are tried, longest first: org-suffixes.tsv. A suffix marked numbered stands there once
    /// and is tried after each numeral of one to ten (numerals.tsv, the plain digits and 十: 一院…十院), needing a head.
    /// </summary>
    private static readonly OrgSuffix[] Suffixes =
        [.. WordLists.Get("org-suffixes").Rows.SelectMany(r => r[1] == "numbered"
            ? HospitalNumerals.Select(n => new OrgSuffix(n + r[0], true, false, false, true))
            : [new OrgSuffix(r[0], r[1] is "yes" or "place" or "parent", r[1] == "place", r[1] == "parent",
                Glued: WordLists.Get("org-glued-suffixes").Values().Contains(r[0]))])];

    /// <summary>The numerals a numbered suffix is tried after: the plain digits one to nine and ten (numerals.tsv; not the financial forms).</summary>
    private static IEnumerable<string> HospitalNumerals => WordLists.Get("numerals").Rows
        .Where(r => r[1] is "digit" or "small" && r[3] == "no" && int.TryParse(r[2], out var v) && v is >= 1 and <= 10)
        .Select(r => r[0]);

    /// <summary>The suffixes as written, numbered ones with their numerals (一院…十院).</summary>
    internal static IEnumerable<string> SuffixTexts => Suffixes.Select(s => s.Text);

    /// <summary>
    /// Words of joint action after a numbered suffix that make its numeral a count of bodies (全市三院联合开展义诊:
    /// the city's three hospitals): org-joint-words.tsv.
    /// </summary>
    private static readonly string[] JointWords = [.. WordLists.Get("org-joint-words").Values()];

    /// <summary>Words in which a suffix closes no body (干部, 部门, 大学生, 村委会, 党支部, 厅级): not-body-words.tsv.</summary>
    private static readonly string[] NotBodyWords = [.. WordLists.Get("not-body-words").Values()];

    /// <summary>For each suffix, the longer words of <see cref="NotBodyWords"/> holding it and where its last occurrence starts (read once, not per suffix found).</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<string, (string Word, int At)[]> NotBodyWordsBySuffix =
        Suffixes.Select(s => s.Text).Distinct().ToFrozenDictionary(
            suffix => suffix,
            suffix => NotBodyWords.Select(w => (Word: w, At: w.LastIndexOf(suffix, StringComparison.Ordinal))).Where(p => p.At >= 0 && p.Word.Length > suffix.Length).ToArray(),
            StringComparer.Ordinal);

    /// <summary>The last characters of media names in datelines (新疆经济报讯): mastheads.tsv.</summary>
    private static readonly System.Buffers.SearchValues<char> MastheadEndings = WordLists.Get("mastheads").ToSearchValues();

    /// <summary>The masthead endings whose names are looked for again in the text (来源:新疆经济报): mastheads.tsv, repeat yes.</summary>
    private static readonly System.Buffers.SearchValues<char> RepeatedMastheadEndings =
        System.Buffers.SearchValues.Create(string.Concat(WordLists.Get("mastheads").Where("repeat", "yes").Select(r => r[0])));

    /// <summary>The mark of a dateline after a masthead (新疆经济报讯): byline-labels.tsv, use credit-dateline.</summary>
    private static readonly System.Buffers.SearchValues<char> DatelineMarks =
        System.Buffers.SearchValues.Create(string.Concat(PersonRecognizer.CreditWords("credit-dateline")));

    /// <summary>The labels of a byline's reporters (记者, 通讯员): byline-labels.tsv, use reporter.</summary>
    private static readonly string[] ReporterLabels = PersonRecognizer.CreditWords("reporter");

    /// <summary>The fewest characters of a masthead named before its reporter (大公报 记者; not 本报记者).</summary>
    private const int MinMastheadBeforeReporter = 3;

    /// <summary>Bodies that reports name as they are (党中央, 中国共产党).</summary>
    private static readonly string[] KnownBodies = [.. WordLists.Get("known-bodies").Values()];

    private static readonly Lazy<NameSearch> KnownBodySearch = new(() => new NameSearch(KnownBodies));

    /// <summary>The same names for a vectorised test of whether a text holds any: most lines hold none, and need no automaton walk.</summary>
    private static readonly WordPresence KnownBodyValues = new(KnownBodies);

    /// <summary>
    /// The known bodies' first two characters, one bit per hashed pair (8 KB): the first characters alone (中, 国, 全)
    /// stand at one character in a few, and each stop cost <see cref="KnownBodyValues"/> a search and comparisons.
    /// </summary>
    /// <remarks>Null when some body has one character: the pairs would not find it.</remarks>
    private static readonly CharPairFilter? KnownBodyPairs = KnownBodies.Any(b => b.Length < 2)
        ? null
        : new CharPairFilter(KnownBodies.Select(b => CharPairFilter.Pair(b[0], b[1])));

    /// <summary>
    /// Whether a known body may open at <paramref name="at"/>, a known body's first character: its first two characters
    /// are one of theirs (every known body has two characters at least, so none opens before the first such pair).
    /// </summary>
    private static bool KnownBodyMayOpenAt(ReadOnlySpan<char> view, int at)
    {
        if (KnownBodyPairs is not { } pairs)
        {
            return true;
        }
        if (at + 1 >= view.Length)
        {
            return false;
        }
        return pairs.MayContain(view[at], view[at + 1]);
    }

    private static readonly CharSet SuffixFirstChars = new(FirstChars());

    /// <summary>The suffixes of one character (局, 部, 委…).</summary>
    private static readonly CharSet OneCharacterSuffixes = new(string.Concat(Suffixes.Where(s => s.Text.Length == 1).Select(s => s.Text)));

    /// <summary>The second characters of the suffixes of two characters or more (司 of 公司, 心 of 中心).</summary>
    private static readonly CharSet SuffixSecondChars = new(string.Concat(Suffixes.Where(s => s.Text.Length >= 2).Select(s => s.Text[1])));

    /// <summary>The suffixes beginning with each character, in the order of <see cref="Suffixes"/> (longest first).</summary>
    /// <remarks>
    /// Indexed by <see cref="SuffixGroupOfChar"/>: 1 + the group of each UTF-16 unit, or 0 (64 KB, of which the scan reads
    /// only the suffixes' lines), one read where a frozen map by character searched its sorted keys at every suffix.
    /// </remarks>
    private static readonly OrgSuffix[][] SuffixesByFirstChar = [.. Suffixes.GroupBy(s => s.Text[0]).Select(g => g.ToArray())];

    private static readonly byte[] SuffixGroupOfChar = CharGroupIndex.ByFirstAppearance(Suffixes.Select(s => s.Text[0]));

    private static string FirstChars()
    {
        var chars = new HashSet<char>();
        foreach (var suffix in Suffixes)
        {
            chars.Add(suffix.Text[0]);
        }
        return new string([.. chars]);
    }

    /// <summary>Heads of government bodies named without a place: 自治区教育厅, 州党委老干部局, 人行….</summary>
    private static readonly string[] AdministrativeHeads = [.. WordLists.Get("org-administrative-heads").Values()];

    /// <summary>The characters <see cref="AdministrativeHeads"/> begin with: most names tested begin with none.</summary>
    private static readonly System.Buffers.SearchValues<char> HeadFirstChars = System.Buffers.SearchValues.Create(string.Concat(AdministrativeHeads.Select(h => h[0]).Distinct()));

    /// <summary>Verbs and adverbs that stand before an organisation's name, never inside it.</summary>
    private static readonly string[] LeadingWords = [.. WordLists.Get("org-leading-words").Values()];

    /// <summary>The characters <see cref="LeadingWords"/> begin with.</summary>
    private static readonly System.Buffers.SearchValues<char> LeadingFirstChars = System.Buffers.SearchValues.Create(string.Concat(LeadingWords.Select(w => w[0]).Distinct()));

    /// <summary>Bodies named by a generic word only (该公司, 合作社): not reported.</summary>
    private static readonly string[] GenericNames = [.. WordLists.Get("generic-org-names").Values()];

    /// <summary>Words after which a name begins inside a run (按照县委, 和市委办, 受省委): org-boundaries.tsv, use after.</summary>
    private static readonly string[] BoundaryWords =
        [.. WordLists.Get("org-boundaries").Rows.Where(r => r[1] is "after" or "after-in-names").Select(r => r[0])];

    /// <summary>The last characters of the boundary words of two characters or more: most runs end in none.</summary>
    private static readonly System.Buffers.SearchValues<char> LongBoundaryLastChars =
        System.Buffers.SearchValues.Create(string.Concat(BoundaryWords.Where(w => w.Length >= 2).Select(w => w[^1]).Distinct()));

    /// <summary>The boundary words no place name ends with: a place that swallowed one (按照省) does not hold a name's start.</summary>
    private static readonly string[] SwallowedBoundaryWords = [.. WordLists.Get("org-boundaries").Where("use", "after").Select(r => r[0])];

    /// <summary>Ends of a parent body's name kept before a place (工商银行湖南洞口支行): org-boundaries.tsv, use parent.</summary>
    private static readonly string[] ParentEndings = [.. WordLists.Get("org-boundaries").Where("use", "parent").Select(r => r[0])];

    /// <summary>Two level words that coordinate levels (县乡党委政府): org-boundaries.tsv, use levels.</summary>
    private static readonly string[] LevelPairs = [.. WordLists.Get("org-boundaries").Where("use", "levels").Select(r => r[0])];

    /// <summary>Words that make a name no one body (某, 部分, 两级): org-boundaries.tsv, use generic.</summary>
    private static readonly string[] GenericMarks = [.. WordLists.Get("org-boundaries").Where("use", "generic").Select(r => r[0])];

    /// <summary>Classifiers that, after a numeral, make a name a count of bodies (两间学校, 四家企业): org-boundaries.tsv, use count.</summary>
    private static readonly System.Buffers.SearchValues<char> CountClassifiers =
        System.Buffers.SearchValues.Create(string.Concat(WordLists.Get("org-boundaries").Where("use", "count").Select(r => r[0])));

    /// <summary>Generic words for bodies that close a list of names (安利、无限极…四家直销企业): org-list-heads.tsv, use head.</summary>
    private static readonly string[] ListHeads = [.. WordLists.Get("org-list-heads").Where("use", "head").Select(r => r[0])];

    /// <summary>The word that closes a list before its head (江西荷谷源、福建天力等种业公司): org-list-heads.tsv, use mark.</summary>
    private static readonly string[] ListMarks = [.. WordLists.Get("org-list-heads").Where("use", "mark").Select(r => r[0])];

    /// <summary>Words between a list's count (四家) or mark (等) and its head (直销, 种业, 党建共建).</summary>
    private const int MaxListModifier = 4;

    /// <summary>The longest name taken from a list (a brand or a company's short name).</summary>
    private const int MaxListItem = 8;

    /// <summary>Words for a kind of area whose 区 can open a suffix that needs no head (贫困山区农会): org-boundaries.tsv, use area.</summary>
    private static readonly string[] AreaWords = [.. WordLists.Get("org-boundaries").Where("use", "area").Select(r => r[0])];

    /// <summary>The last characters of <see cref="AreaWords"/>: most suffixes hold none.</summary>
    private static readonly System.Buffers.SearchValues<char> AreaLastChars = System.Buffers.SearchValues.Create(string.Concat(AreaWords.Select(w => w[^1]).Distinct()));

    /// <summary>Where the second level word opens a word of its own (县乡村振兴局): org-boundaries.tsv, use not-levels.</summary>
    private static readonly string[] NotLevelPairs = [.. WordLists.Get("org-boundaries").Where("use", "not-levels").Select(r => r[0])];

    public static List<OrgMention> Recognize(ReadOnlySpan<char> view, List<PlaceMention> places)
    {
        var found = new List<OrgMention>();
        // What each step below needs, read in the suffix scan's one walk over the text (a step whose characters the
        // text lacks finds nothing there), and where a known body may open first.
        var triggers = FindSuffixNames(view, places, found, out var knownBodyFrom);
        // 县政协机关: a body's organ named right after it (org-boundaries.tsv, use tail) is the body as a sender names it.
        if (found.Count > 0)
        {
            AddTails(view, found);
            // 台湾电力工会第十四分会: a body's numbered unit right after it (org-boundaries.tsv, use ordinal).
            AddOrdinalUnits(view, found);
        }
        // Names listed before a count or 等 and a word for bodies (安利、无限极、玫琳凯、完美四家直销企业).
        if ((triggers & (LineTriggers.Coordinator | LineTriggers.ListHeadFirst)) == (LineTriggers.Coordinator | LineTriggers.ListHeadFirst))
        {
            AddListedBodies(view, places, found);
        }
        // A company named once with its legal form is named again without it (春华食品有限公司 … 春华食品).
        AddShortForms(view, places, found);
        // Party and state bodies named without a suffix of their own.
        if (knownBodyFrom >= 0 && KnownBodyValues.OccursIn(view[knownBodyFrom..]))
        {
            var hits = KnownBodySearch.Value.FindAll(view);
            if (hits.Count > 1)
            {
                // The search gives them name by name: in text order, a head can meet the body after it.
                hits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            }
            var previous = -1;
            foreach (var hit in hits)
            {
                // 新华社区居委会: a known body inside a village's or community's name (新华社区) is none.
                if (InsideVillage(places, hit.Start, hit.End))
                {
                    continue;
                }
                // 行政院农委会: a body that names its units (known-bodies.tsv, names_unit) names the one right after it.
                if (previous >= 0 && found[previous].End == hit.Start && NamesUnit(found[previous].Name))
                {
                    var head = found[previous];
                    found[previous] = new OrgMention(head.Start, hit.End, head.Name + KnownBodies[hit.Name]);
                    continue;
                }
                previous = found.Count;
                found.Add(new OrgMention(hit.Start, hit.End, KnownBodies[hit.Name]));
            }
            // 配合农委会农地银行训练: a known body before a generic name (a kind of body, a programme) is the body alone,
            // not a name the suffix scan read across it.
            DropGenericAfterKnownBodies(view, found, hits);
            // 香港公益金 … 公益金表示: the short name after the full one.
            AddKnownShortNames(view, found);
        }
        // 台电 as a word of its own, not the 台电 of 平台电商 (known-word-bodies.tsv).
        AddWordBodies(view, found);
        // Media named by their place-less masthead: 新疆经济报讯, 天山网讯 (the dateline of a news agency).
        AddDatelines(view, found, triggers);
        // Media named before the place of their dateline: 烟草在线湖南消息, 天山网伊犁讯.
        if (places.Count > 0 && view.ContainsAny(PlaceDatelineFirstChars))
        {
            AddPlaceDatelines(view, places, found);
        }
        // 基金会附设…学园: a body and the unit it runs, one chain (org-boundaries.tsv, use attached).
        if (found.Count > 1)
        {
            JoinAttached(view, found);
        }
        return KeepOutermost(found);
    }

    /// <summary>
    /// The suffix scan: the names that end in a suffix, added to <paramref name="found"/>; returns the trigger bits of
    /// the text's characters (<see cref="LineTriggers"/>) and where a known body may open first (-1: nowhere). A walk
    /// for each of the three cost about an eighth of the stage. The walk is a method of its own, its tables read into
    /// locals once: inside <see cref="Recognize"/>, compiled at its first call, the loop re-read them from memory and
    /// spilled its counters at every character (a third of the stage went to this walk).
    /// </summary>
    private static ushort FindSuffixNames(ReadOnlySpan<char> view, List<PlaceMention> places, List<OrgMention> found, out int knownBodyFrom)
    {
        var flagOf = LineTriggers.Flags;
        var bodyPairs = KnownBodyPairs;
        var triggers = 0;
        var bodyFrom = -1;
        // The positions where a suffix may end a name, gathered by a walk that calls nothing (its counters stay in
        // registers), then read in text order: a name found before is read by the next (StartAfterBoundary), never by the walk.
        Span<int> at = stackalloc int[CandidatesAtOnce];
        var count = 0;
        // One character in ten begins a suffix (人, 中, 有…): a bit read per character finds them sooner than a
        // vectorised search restarted after each.
        // Most of them begin no suffix there (人 of 人们, 中 of 其中): a suffix of two characters or more needs the next
        // character to be a suffix's second, else the character must be a suffix alone (局, 部). The three tests are
        // read from the flags of the character and the next (carried to the next step) and or-ed without a branch: one
        // branch a character, seldom taken, where a branch on the first test was taken at one character in ten.
        var next = view.Length > 0 ? flagOf[view[0]] : 0;
        for (var j = 0; j < view.Length; j++)
        {
            var flags = next;
            next = j + 1 < view.Length ? flagOf[view[j + 1]] : 0;
            triggers |= flags;
            // Where a known body may open first (KnownBodyMayOpenAt, its table read once).
            if (bodyFrom < 0 && (flags & LineTriggers.KnownBodyFirst) != 0
                && (bodyPairs is null || (j + 1 < view.Length && bodyPairs.MayContain(view[j], view[j + 1]))))
            {
                bodyFrom = j;
            }
            if (((flags & LineTriggers.SuffixFirst) == 0) | (((flags & LineTriggers.OneCharacterSuffix) | (next & LineTriggers.SuffixSecond)) == 0))
            {
                continue;
            }
            at[count++] = j;
            if (count == at.Length)
            {
                AddNamesEndingAt(view, places, found, at);
                count = 0;
            }
        }
        AddNamesEndingAt(view, places, found, at[..count]);
        knownBodyFrom = bodyFrom;
        return (ushort)triggers;
    }

    /// <summary>How many suffix positions <see cref="FindSuffixNames"/> gathers before it reads them (a line has one in forty characters).</summary>
    private const int CandidatesAtOnce = 64;

    private static void AddNamesEndingAt(ReadOnlySpan<char> view, List<PlaceMention> places, List<OrgMention> found, ReadOnlySpan<int> at)
    {
        foreach (var j in at)
        {
            AddNameEndingAt(view, places, found, j);
        }
    }

    /// <summary>The name that ends in the suffix at <paramref name="at"/> (the longest that stands there), if any.</summary>
    private static void AddNameEndingAt(ReadOnlySpan<char> view, List<PlaceMention> places, List<OrgMention> found, int at)
    {
        // The second character compared inline first: most suffixes of a group differ there (中心, 中学, 中队), and the
        // comparison of the whole suffix is a call.
        var second = at + 1 < view.Length ? view[at + 1] : '\0';
        foreach (var suffix in SuffixesByFirstChar[SuffixGroupOfChar[view[at]] - 1])
        {
            if ((suffix.Text.Length > 1 && suffix.Text[1] != second) || !view[at..].StartsWith(suffix.Text, StringComparison.Ordinal))
            {
                continue;
            }
            var end = at + suffix.Text.Length;
            // 大学生, 村委会, 党支部, 干部 (cadre), 部门, 南部, 副厅级 (a rank): the suffix stands in another word.
            if (InNotBodyWord(view, at, suffix.Text))
            {
                return;
            }
            if (TryOrgEndingAt(view, places, found, at, end, suffix, out var org))
            {
                found.Add(org);
            }
            return;
        }
    }

    /// <summary>Words naming a body's organ after its name (县政协机关): org-boundaries.tsv, use tail.</summary>
    private static readonly string[] BodyTails = [.. WordLists.Get("org-boundaries").Where("use", "tail").Select(r => r[0])];

    /// <summary>The last characters of a body's unit named before its head's title (人政科 of 嘉兴海关人政科副科长): org-boundaries.tsv, use unit.</summary>
    private static readonly System.Buffers.SearchValues<char> UnitEndings =
        System.Buffers.SearchValues.Create(string.Concat(WordLists.Get("org-boundaries").Where("use", "unit").Select(r => r[0])));

    /// <summary>The titles of a unit's head that name the unit before them (副科长, 主任): org-boundaries.tsv, use unit-title.</summary>
    private static readonly string[] UnitTitles = [.. WordLists.Get("org-boundaries").Where("use", "unit-title").Select(r => r[0])];

    /// <summary>The longest unit's name read after its body's (宣传法规部).</summary>
    private const int MaxUnit = 5;

    private static void AddTails(ReadOnlySpan<char> view, List<OrgMention> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var org = found[i];
            var end = org.End;
            foreach (var tail in BodyTails)
            {
                if (view[end..].StartsWith(tail, StringComparison.Ordinal))
                {
                    end += tail.Length;
                    break;
                }
            }
            // 嘉兴海关人政科副科长, 福州海关政治部主任: a unit named by its head's title is the unit, with its body.
            for (var q = end + 2; end < view.Length && IsOrgChar(view[end]) && q <= end + MaxUnit && q < view.Length && IsOrgChar(view[q - 1]); q++)
            {
                if (UnitEndings.Contains(view[q - 1]) && WordMatch.StartsWithAny(view[q..], UnitTitles))
                {
                    end = q;
                    break;
                }
            }
            if (end > org.End)
            {
                found[i] = new OrgMention(org.Start, end, view[org.Start..end].ToString());
            }
        }
    }

    /// <summary>
    /// Whether a word of <see cref="NotBodyWords"/> stands over the suffix at <paramref name="start"/>, the suffix
    /// being the word's last occurrence of it (干部, 部门; the second 部 of 组织部部长, not the first).
    /// </summary>
    private static bool InNotBodyWord(ReadOnlySpan<char> view, int start, string suffix)
    {
        foreach (var (word, k) in NotBodyWordsBySuffix[suffix])
        {
            var from = start - k;
            if (from >= 0 && from + word.Length <= view.Length && view[from] == word[0]
                && view.Slice(from, word.Length).SequenceEqual(word))
            {
                return true;
            }
        }
        return false;
    }

    private static bool TryOrgEndingAt(ReadOnlySpan<char> view, List<PlaceMention> places, List<OrgMention> found, int suffixStart, int end, OrgSuffix suffix, out OrgMention org)
    {
        org = default;
        // 全市三院联合开展义诊: three hospitals acting together, not the third.
        if (suffix.Numbered && WordMatch.StartsWithAny(view[end..], JointWords))
        {
            return false;
        }
        // 中国小康, 全国小麦: a suffix whose first character ends a word before it closes no body (org-glued-suffixes.tsv).
        if (suffix.Glued && GluedToWordBefore(view, suffixStart, end))
        {
            return false;
        }
        // A suffix inside a place's name closes no body (the 厂 of 厂湾村, the 中心 of a 中心村).
        if (InsidePlace(places, suffixStart, end))
        {
            return false;
        }
        if (suffix.AfterPlace && !PlaceEndsAt(places, suffixStart))
        {
            return false;
        }
        // 贫困山区农会: a word for a kind of area that the suffix's first characters end names no district, unless the
        // place recognizers found one ending there (凤山区农会); 南屯区农会 needs no place.
        if (!suffix.NeedsHead && EndsAreaWordInside(view, places, suffixStart, suffix.Text.Length))
        {
            return false;
        }
        var b = RunStart(view, places, suffixStart);
        // A verb or preposition (按照县委, 和市委办), or a body already named (县委县政府), before a place or a
        // head inside the run: the name begins after it; before a company's own name too, and before a parent body's
        // unit (成立奥园集团党委: the unit's suffix then needs the parent's name, HoldsParentName).
        b = StartAfterBoundary(view, places, found, b, suffixStart, end, !suffix.NeedsHead || suffix.OrParent);
        // 十一日台电彰化区处: a day before the name is no part of it.
        b = StartAfterDay(view, b, suffixStart);
        // A place inside the run: the name begins there unless a head (人行, 中共) or a parent body's name
        // (工商银行湖南洞口支行) stands before it.
        var firstPlace = -1;
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, b); k < places.Count && places[k].Start < suffixStart; k++)
        {
            if (!places[k].IsAnaphor)
            {
                firstPlace = places[k].Start;
                break;
            }
        }
        // 雀巢食品(中国)有限公司: a place in a bracketed word the run went across stays inside the name (联合利华食品(中国)有限公司
        // still loses its 联合, a boundary word: org-boundaries.tsv, after).
        if (firstPlace > b && !IsHeadOrParent(view[b..firstPlace]) && !Marks.OpenBrackets.Contains(view[firstPlace - 1])
            && !AssociationEndsAt(view, places, found, b, firstPlace, suffixStart, end))
        {
            b = firstPlace;
        }
        // A company placed by its township or village (申庄村春华食品有限公司): the name follows the place.
        var afterChain = false;
        // A school or a hospital keeps it (湘河镇初级中学, 洪冠镇洪冠中心小学: org-boundaries.tsv, use placed).
        if (!suffix.NeedsHead && firstPlace == b && !IsPlacedSuffix(suffix.Text))
        {
            var chainEnd = AfterLocalChain(view, places, b, suffixStart);
            // 王家村股份经济合作社: a generic body keeps the village that owns it (as 龙草坪村党支部 does), and so does a
            // company named by its trade alone (九和村文旅发展公司: org-boundaries.tsv, use trade).
            if (chainEnd > b && !IsGeneric(view[chainEnd..end]) && !IsTradeOnly(view[chainEnd..suffixStart]))
            {
                afterChain = true;
                b = chainEnd;
            }
        }
        var beforeVerbs = b;
        b = SkipLeadingWords(view, places, b, suffixStart);
        // A short suffix alone names no body (局, 党委), unless it holds its head (县委, 省委 after 按照).
        if (b >= suffixStart && suffix.Text.Length < 3 && !StartsWithHead(suffix.Text))
        {
            return false;
        }
        var name = view[b..end];
        // 奥园集团党委书记总裁郭梓宁代表集团党委: a body found in the run with its secretary's title after it (roles.tsv,
        // committee yes: 书记) ends a name there; what follows the title is a person's doing, no name (not 县人大常委会办公室).
        if (HoldsBodyBeforeRole(view, found, b, suffixStart))
        {
            return false;
        }
        // 洒底分校两间学校, 四家直销企业: a numeral and a classifier before the suffix count bodies, they name none; so
        // does a classifier right after the numeral the run stopped at (共有12家村镇银行: not a bank named 家村镇银行).
        if (HoldsCount(view[b..suffixStart]) || CountsAt(view, b) || IsGeneric(name))
        {
            return false;
        }
        if (HoldsGenericMark(name) || WholeLevelAtStart(view, b, end))
        {
            return false;
        }
        // 县乡党委政府, 省市县…: levels coordinated, no one body.
        foreach (var pair in LevelPairs)
        {
            if (name.Length > 0 && name[0] == pair[0] && name.StartsWith(pair, StringComparison.Ordinal) && !WordMatch.StartsWithAny(name, NotLevelPairs))
            {
                return false;
            }
        }
        var startsWithPlace = false;
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, b); k < places.Count && places[k].Start == b; k++)
        {
            if (!places[k].IsAnaphor)
            {
                startsWithPlace = true;
                break;
            }
        }
        if (suffix.NeedsHead && !startsWithPlace && !StartsWithHead(name) && !(suffix.OrParent && HoldsParentName(view[b..suffixStart])))
        {
            // 农委会水土保持局: a known body's unit, named right after it, has the body as its head (a bureau, an office, a
            // department: a suffix of one character, not the 法院 of 行政院函请立法院).
            var bodyStart = suffix.Text.Length == 1 ? KnownBodyBeforeUnit(view, b, suffixStart) : -1;
            if (bodyStart < 0)
            {
                return false;
            }
            b = bodyStart;
            name = view[b..end];
            startsWithPlace = true;
        }
        // 保证责任云林县古坑有机农业生产合作社: a legal form written before the name is part of it.
        foreach (var prefix in LegalPrefixes)
        {
            if (b > 0 && view[b - 1] == prefix[^1] && view[..b].EndsWith(prefix, StringComparison.Ordinal))
            {
                b -= prefix.Length;
                name = view[b..end];
                break;
            }
        }
        if (!startsWithPlace && !afterChain && !StartsWithHead(name))
        {
            // A company or co-operative with no place in front: a name of its own, right after punctuation
            // or a preposition, with no verb inside (not 工作队组织医务人员来公司); before a legal form, more than
            // a trade's word (not the 技术有限公司 of 华为技术有限公司, whose 为 stops the run).
            var lead = b == beforeVerbs ? b : beforeVerbs;
            if (suffixStart - b < (IsLegalForm(suffix.Text) ? MinShortForm : 2) || (lead > 0 && view[lead - 1] >= '\u3400' && view[lead - 1] <= '\u9fff' && !TextClasses.OrgLead.Contains(view[lead - 1])
                && !EndsWithLongBoundary(view[..lead]) && !EndsWithDay(view, lead) && !(suffixStart - b >= MinNameAfterVerb && WordMatch.EndsWithAny(view[..lead], BoundaryWords))))
            {
                return false;
            }
            // Only before the suffix: the 有 of 有限公司 is no verb.
            var stem = name[..(suffixStart - b)];
            // 证券公司和公立大学: two names coordinated.
            if (HoldsCoordinatedName(stem))
            {
                return false;
            }
            if (HoldsLeadingVerb(stem, name))
            {
                return false;
            }
            // 结合医院结对帮扶, 林力代表医院党委: a verb and the bare suffix (a company's own name after a verb is
            // cut there by StartAfterBoundary when it has two characters or more) name no one body.
            if (WordMatch.EndsWithAny(stem, SwallowedBoundaryWords))
            {
                return false;
            }
        }
        org = new OrgMention(b, end, name.ToString());
        return true;
    }

    /// <summary>The titles of a committee's head (书记, 副书记): roles.tsv, committee yes.</summary>
    private static readonly string[] CommitteeRoles = [.. WordLists.Get("roles").Where("committee", "yes").Select(r => r[0])];

    /// <summary>Whether a body found inside <paramref name="b"/>..<paramref name="suffixStart"/> ends right before its secretary's title (党委书记).</summary>
    private static bool HoldsBodyBeforeRole(ReadOnlySpan<char> view, List<OrgMention> found, int b, int suffixStart)
    {
        for (var k = found.Count - 1; k >= 0 && found[k].End > b; k--)
        {
            if (found[k].Start >= b && found[k].End < suffixStart && WordMatch.StartsWithAny(view[found[k].End..suffixStart], CommitteeRoles))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The fewest characters before its suffix of a company named right after a one-character word (引进了唐城牧歌羊肉精分割厂; not 到了修理厂).</summary>
    private const int MinNameAfterVerb = 4;

    /// <summary>The legal forms that end a company's registered name: org-legal-forms.tsv, longest first.</summary>
    private static readonly string[] LegalForms = [.. WordLists.Get("org-legal-forms").Values()];

    /// <summary>The shortest short form looked for (two characters are too often a word of their own).</summary>
    private const int MinShortForm = 3;

    /// <summary>The word put after a company's own name in its short form (七瑞公司), by legal form: org-legal-forms.tsv, short.</summary>
    private static readonly string[] ShortFormWords = [.. WordLists.Get("org-legal-forms").Values("short")];

    /// <summary>The characters of a company's own name kept before the short form's word (七瑞 of 七瑞农业开发 → 七瑞公司).</summary>
    private const int ShortFormCore = 2;

    private static void AddShortForms(ReadOnlySpan<char> view, List<PlaceMention> places, List<OrgMention> found)
    {
        List<string>? stems = null;
        foreach (var org in found)
        {
            for (var f = 0; f < LegalForms.Length; f++)
            {
                var form = LegalForms[f];
                if (org.Name.Length - form.Length >= MinShortForm && org.Name.EndsWith(form, StringComparison.Ordinal))
                {
                    stems ??= [];
                    var stem = org.Name[..^form.Length];
                    AddStem(stems, stem);
                    // Without the places it opens with (建始丰华汽贸有限公司 → 丰华汽贸, 丰华汽贸公司, 丰华公司; 广昌县七瑞农业开发有限公司 → 七瑞公司).
                    var at = org.Start;
                    for (var k = PlaceMentions.FirstStartingAtOrAfter(places, at); k < places.Count && places[k].Start == at && places[k].End < org.End; k++)
                    {
                        if (places[k].IsAnaphor)
                        {
                            break;
                        }
                        at = places[k].End;
                    }
                    var core = stem[(at - org.Start)..];
                    if (at > org.Start && core.Length >= MinShortForm)
                    {
                        AddStem(stems, core);
                        AddStem(stems, core + ShortFormWords[f]);
                        AddStem(stems, core[..ShortFormCore] + ShortFormWords[f]);
                    }
                    else if (at == org.Start && stem.Length > ShortFormCore + 1)
                    {
                        AddStem(stems, stem[..ShortFormCore] + ShortFormWords[f]);
                    }
                    break;
                }
            }
        }
        if (stems is null)
        {
            return;
        }
        foreach (var hit in NameSearch.FindOnce(stems, view))
        {
            found.Add(new OrgMention(hit.Start, hit.End, stems[hit.Name]));
        }
    }

    private static void AddStem(List<string> stems, string stem)
    {
        if (!IsGeneric(stem) && !stems.Contains(stem))
        {
            stems.Add(stem);
        }
    }

    /// <summary>Whether a byline's source (simplified) ends as a medium's name (mastheads.tsv: …报, …网, …社; org-datelines.tsv: …在线, …财经) or a body's (an org suffix).</summary>
    public static bool EndsAsSourceName(string name)
    {
        // 来源:互联网, 来源:公司: a generic word names no source.
        if (IsGeneric(name))
        {
            return false;
        }
        if (MastheadEndings.Contains(name[^1]) || WordMatch.EndsWithAny(name, MediumEndings))
        {
            return true;
        }
        foreach (var suffix in Suffixes)
        {
            if (name.Length > suffix.Text.Length && name.EndsWith(suffix.Text, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a village or community the place recognizer found holds <paramref name="start"/>..<paramref name="end"/> and runs on after it.</summary>
    private static bool InsideVillage(List<PlaceMention> places, int start, int end)
    {
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, start - MaxName); k < places.Count && places[k].Start <= start; k++)
        {
            if (!places[k].IsAnaphor && places[k].End > end && places[k].Level == PlaceLevel.Village)
            {
                return true;
            }
        }
        return false;
    }

    private static bool InsidePlace(List<PlaceMention> places, int start, int end)
    {
        // Places are in text order and do not nest far: look at the few that start up to a name's length before.
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, start - MaxName); k < places.Count && places[k].Start <= start; k++)
        {
            if (!places[k].IsAnaphor && places[k].End > end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The start of a name inside the run <paramref name="b"/>..<paramref name="suffixStart"/>: after the last
    /// boundary word (org-boundaries.tsv, use after) or body already found that a place or a head follows, the
    /// place not cut (和县 is a county, not 和 + 县).
    /// </summary>
    private static int StartAfterBoundary(ReadOnlySpan<char> view, List<PlaceMention> places, List<OrgMention> found, int b, int suffixStart, int end, bool company)
    {
        for (var p = suffixStart; p > b; p--)
        {
            if (!OpensName(view, places, p, end))
            {
                // A company's own name after a verb of two characters or more (注册成立旺民农机专业合作社); not names
                // coordinated (进入证券公司和公立大学).
                if (company && suffixStart - p >= 2 && !CrossesPlace(places, p) && EndsWithLongBoundary(view[b..p])
                    && !HoldsCoordinatedName(view[p..suffixStart]))
                {
                    return p;
                }
                continue;
            }
            // 香港宜兴同乡联谊会: the 同 of 同乡 is no boundary (org-name-inserts.tsv, inner).
            if (WordMatch.EndsWithAny(view[b..p], BoundaryWords) && !InnerWordAcross(view, p))
            {
                return p;
            }
            for (var k = found.Count - 1; k >= 0 && found[k].Start >= b - MaxName; k--)
            {
                if (found[k].End == p && found[k].Start >= b && !WordMatch.EndsWithAny(view[found[k].Start..p], ParentEndings)
                    && !OrganOfAssociation(view, places, found[k], suffixStart, end))
                {
                    return p;
                }
            }
        }
        return b;
    }

    /// <summary>The endings of an association whose committees are its organs (促进会, 协会): org-boundaries.tsv, use association.</summary>
    private static readonly string[] AssociationEndings = [.. WordLists.Get("org-boundaries").Where("use", "association").Select(r => r[0])];

    /// <summary>The suffixes naming an association's organ (委员会): org-boundaries.tsv, use organ.</summary>
    private static readonly string[] OrganSuffixes = [.. WordLists.Get("org-boundaries").Where("use", "organ").Select(r => r[0])];

    /// <summary>
    /// Whether the suffix <paramref name="suffixStart"/>..<paramref name="end"/> names an organ of the association
    /// <paramref name="body"/> found before it (中国民主促进会中央委员会, 中国民主促进会广东省委员会: one body, as
    /// 中国共产党广东省委员会): the suffix right after it, or after a head (中央) or one place (and its level's character) that fills the gap.
    /// </summary>
    private static bool OrganOfAssociation(ReadOnlySpan<char> view, List<PlaceMention> places, OrgMention body, int suffixStart, int end)
    {
        var p = body.End;
        if (p > suffixStart || !WordMatch.EndsWithAny(view[body.Start..p], AssociationEndings) || !IsOneOf(view[suffixStart..end], OrganSuffixes))
        {
            return false;
        }
        if (p == suffixStart || IsOneOf(view[p..suffixStart], AdministrativeHeads))
        {
            return true;
        }
        // 广东省: the place, its level's character written after it or not.
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, p); k < places.Count && places[k].Start == p; k++)
        {
            if (places[k].End <= suffixStart && suffixStart - places[k].End <= 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a body found spans <paramref name="b"/>..<paramref name="p"/> and the suffix names its organ (<see cref="OrganOfAssociation"/>).</summary>
    private static bool AssociationEndsAt(ReadOnlySpan<char> view, List<PlaceMention> places, List<OrgMention> found, int b, int p, int suffixStart, int end)
    {
        for (var k = found.Count - 1; k >= 0 && found[k].Start >= b - MaxName; k--)
        {
            if (found[k].Start == b && found[k].End == p && OrganOfAssociation(view, places, found[k], suffixStart, end))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.SequenceEqual(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a name can begin at <paramref name="p"/>: a place starts there, or a head, and no place runs across it.</summary>
    private static bool OpensName(ReadOnlySpan<char> view, List<PlaceMention> places, int p, int end)
    {
        var k = PlaceMentions.FirstStartingAtOrAfter(places, p - MaxName);
        for (; k < places.Count && places[k].Start < p; k++)
        {
            // A place that swallowed the boundary word (按照省, 受省) does not hold the name's start.
            if (places[k].End > p && !WordMatch.EndsWithAny(view[places[k].Start..p], SwallowedBoundaryWords))
            {
                return false;
            }
        }
        if (k < places.Count && places[k].Start == p && !places[k].IsAnaphor)
        {
            return true;
        }
        return StartsWithHead(view[p..end]);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool PlaceStartsAt(List<PlaceMention> places, int start)
    {
        var k = PlaceMentions.FirstStartingAtOrAfter(places, start);
        return k < places.Count && places[k].Start == start && !places[k].IsAnaphor;
    }

    private static bool PlaceEndsAt(List<PlaceMention> places, int end)
    {
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, end - MaxName); k < places.Count && places[k].Start < end; k++)
        {
            if (places[k].End == end && !places[k].IsAnaphor)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a word of <see cref="AreaWords"/> that begins before the suffix at <paramref name="suffixStart"/> ends inside
    /// it (山区 over the 区 of 区农会) where no place ends.
    /// </summary>
    private static bool EndsAreaWordInside(ReadOnlySpan<char> view, List<PlaceMention> places, int suffixStart, int suffixLength)
    {
        for (var k = 1; k < suffixLength && suffixStart + k <= view.Length; k++)
        {
            var end = suffixStart + k;
            if (!AreaLastChars.Contains(view[end - 1]))
            {
                continue;
            }
            foreach (var word in AreaWords)
            {
                if (word.Length > k && view[..end].EndsWith(word, StringComparison.Ordinal))
                {
                    return !PlaceEndsAt(places, end);
                }
            }
        }
        return false;
    }

    private static bool CrossesPlace(List<PlaceMention> places, int p)
    {
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, p - MaxName); k < places.Count && places[k].Start < p; k++)
        {
            if (places[k].End > p)
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsWithLongBoundary(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || !LongBoundaryLastChars.Contains(text[^1]))
        {
            return false;
        }
        foreach (var word in BoundaryWords)
        {
            if (word.Length >= 2 && text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsHeadOrParent(ReadOnlySpan<char> prefix)
    {
        foreach (var head in AdministrativeHeads)
        {
            if (prefix.SequenceEqual(head))
            {
                return true;
            }
        }
        return WordMatch.EndsWithAny(prefix, ParentEndings);
    }

    /// <summary>The end of the chain of places from <paramref name="b"/> when it ends at a township or village, else <paramref name="b"/>.</summary>
    private static int AfterLocalChain(ReadOnlySpan<char> view, List<PlaceMention> places, int b, int suffixStart)
    {
        var at = b;
        var level = PlaceLevel.Other;
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, b); k < places.Count && places[k].Start == at && places[k].End < suffixStart - 1; k++)
        {
            if (places[k].IsAnaphor)
            {
                return b;
            }
            at = places[k].End;
            level = places[k].Level;
        }
        // Written out with its level's suffix (申庄村, not the 索驼 of 索驼生态农场养殖专业合作社, a brand).
        return level is PlaceLevel.Township or PlaceLevel.Village && PlaceSuffixChars.Administrative.Contains(view[at - 1]) ? at : b;
    }

    private static bool StartsWithHead(ReadOnlySpan<char> name)
    {
        if (name.Length < 2 || !HeadFirstChars.Contains(name[0]))
        {
            return false;
        }
        foreach (var head in AdministrativeHeads)
        {
            if (name.StartsWith(head, StringComparison.Ordinal) && name.Length > head.Length)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Steps <paramref name="b"/> over the verbs, adverbs and time words that stand before a name (org-leading-words.tsv),
    /// stopping at an administrative head or a place.
    /// </summary>
    private static int SkipLeadingWords(ReadOnlySpan<char> view, List<PlaceMention> places, int b, int limit)
    {
        for (var next = SkipLeadingWord(view, places, b, limit); next > b; next = SkipLeadingWord(view, places, b, limit))
        {
            b = next;
        }
        return b;
    }

    /// <summary>
    /// Where a name at <paramref name="b"/> begins after the one leading word (org-leading-words.tsv) that opens it;
    /// <paramref name="b"/> when none does, or an administrative head or a place opens it. The team reader steps over a
    /// bare sender's opening words with it one at a time (近日组织部: 组织 is the name's own).
    /// </summary>
    internal static int SkipLeadingWord(ReadOnlySpan<char> view, List<PlaceMention> places, int b, int limit)
    {
        // 自治区教育厅, 自贡市…: a head or a place that opens with a leading word's character is no verb (自七瑞公司 is),
        // unless the place is the word glued to one (目前磐安县: the word of more than one character and a place's
        // name after it).
        if (b >= limit || !LeadingFirstChars.Contains(view[b]) || StartsWithHead(view[b..limit]) || (PlaceStartsAt(places, b) && !OpensWithGluedWord(view, places, b)))
        {
            return b;
        }
        foreach (var word in LeadingWords)
        {
            // 建设银行: the verb is the first word of a bank's or company's name.
            if (view[b..limit].StartsWith(word, StringComparison.Ordinal) && !WordMatch.StartsWithAny(view[(b + word.Length)..], ParentEndings))
            {
                return b + word.Length;
            }
        }
        return b;
    }

    /// <summary>Whether <paramref name="stem"/> holds a coordinator right after a body's suffix (证券公司和公立…): names coordinated, not one.</summary>
    private static bool HoldsCoordinatedName(ReadOnlySpan<char> stem)
    {
        for (var i = 1; i < stem.Length; i++)
        {
            if (TextClasses.Coordinators.Contains(stem[i]))
            {
                foreach (var suffix in Suffixes)
                {
                    if (stem[..i].EndsWith(suffix.Text, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>The fewest characters of a place's own name after a leading word glued to it (目前 + 磐安县).</summary>
    private const int MinGluedPlaceName = 3;

    /// <summary>Whether the place at <paramref name="b"/> opens with a leading word of two characters or more and
    /// holds at least <see cref="MinGluedPlaceName"/> characters after it (目前磐安县).</summary>
    private static bool OpensWithGluedWord(ReadOnlySpan<char> view, List<PlaceMention> places, int b)
    {
        var k = PlaceMentions.FirstStartingAtOrAfter(places, b);
        var placeEnd = places[k].End;
        foreach (var word in LeadingWords)
        {
            if (word.Length >= 2 && placeEnd - b - word.Length >= MinGluedPlaceName && view[b..].StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static void AddListedBodies(ReadOnlySpan<char> view, List<PlaceMention> places, List<OrgMention> found)
    {
        if (view.IndexOfAny(TextClasses.Coordinators) < 0)
        {
            return;
        }
        foreach (var head in ListHeads)
        {
            for (var h = view.IndexOf(head, StringComparison.Ordinal); h > 0; h = NextIndexOf(view, head, h + 1))
            {
                var listEnd = ListEndBefore(view, h);
                if (listEnd > 0)
                {
                    AddListItems(view, places, found, listEnd);
                }
            }
        }
    }

    private static int NextIndexOf(ReadOnlySpan<char> view, string word, int from)
    {
        var at = view[from..].IndexOf(word, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Where the names end before a list's head at <paramref name="h"/>: before 等 or a count of bodies (四家, 30余家), a few modifiers between; -1 when neither stands there.</summary>
    private static int ListEndBefore(ReadOnlySpan<char> view, int h)
    {
        for (var q = h; q > 0 && h - q <= MaxListModifier; q--)
        {
            if (q < h && !IsOrgChar(view[q]))
            {
                return -1;
            }
            foreach (var mark in ListMarks)
            {
                if (view[..q].EndsWith(mark, StringComparison.Ordinal))
                {
                    return q - mark.Length;
                }
            }
            if (CountClassifiers.Contains(view[q - 1]))
            {
                var r = q - 1;
                // 30余家, 十多家: one word of approximation between the number and the classifier.
                if (r > 1 && !IsDigit(view[r - 1]) && IsDigit(view[r - 2]))
                {
                    r--;
                }
                var digits = r;
                while (r > 0 && IsDigit(view[r - 1]))
                {
                    r--;
                }
                if (r == digits)
                {
                    return -1;
                }
                foreach (var mark in ListMarks)
                {
                    if (view[..r].EndsWith(mark, StringComparison.Ordinal))
                    {
                        return r - mark.Length;
                    }
                }
                return r;
            }
        }
        return -1;
    }

    /// <summary>The names of a list ending at <paramref name="end"/> (A、B、C): each between coordinators, the first after a boundary word, a verb or a place's start; two at least.</summary>
    private static void AddListItems(ReadOnlySpan<char> view, List<PlaceMention> places, List<OrgMention> found, int end)
    {
        Span<(int Start, int End)> items = stackalloc (int, int)[8];
        var n = 0;
        var e = end;
        while (n < items.Length)
        {
            var s = e;
            while (s > 0 && e - s < MaxListItem && IsOrgChar(view[s - 1]))
            {
                s--;
            }
            if (s > 0 && TextClasses.Coordinators.Contains(view[s - 1]))
            {
                items[n++] = (s, e);
                e = s - 1;
                continue;
            }
            // The first name: the last place a name can begin in the run (并得到了安利, 先后引入江西荷谷源).
            var start = s > 0 && IsOrgChar(view[s - 1]) ? -1 : s;
            for (var p = s + 1; p <= e - 2; p++)
            {
                if (PlaceStartsAt(places, p) || TextClasses.OrgLead.Contains(view[p - 1])
                    || WordMatch.EndsWithAny(view[s..p], BoundaryWords) || WordMatch.EndsWithAny(view[s..p], LeadingWords))
                {
                    start = p;
                }
            }
            if (start >= 0)
            {
                items[n++] = (start, e);
            }
            break;
        }
        if (n < 2)
        {
            return;
        }
        for (var i = 0; i < n; i++)
        {
            var (a, b) = items[i];
            var item = view[a..b];
            // A list of places or of levels (北京、上海等地企业; 各村、各乡镇等单位) names no body.
            if (b - a < 2 || PlaceSuffixChars.Administrative.Contains(item[^1]) || IsPlace(places, a, b))
            {
                return;
            }
            // 学校、医院、银行等单位: bodies named by their kind only; 三家儿童、老人及身心障碍等社会福利机构: a count of bodies
            // described by whom they serve.
            if (IsGeneric(item) || IsSuffix(item) || HoldsCount(item))
            {
                return;
            }
        }
        for (var i = 0; i < n; i++)
        {
            found.Add(new OrgMention(items[i].Start, items[i].End, view[items[i].Start..items[i].End].ToString()));
        }
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a function and a suffix that names a body only after an administrative head
    /// (org-suffixes.tsv, needs_head yes: 厅, 局, 委, 办), with no not-body word over that suffix (干部, 举办): a department
    /// named without its head (公安厅, 商务厅), which is no organisation on its own but may send a work team
    /// (公安厅“访惠聚”驻14村工作队: the team reader asks, where a station follows).
    /// </summary>
    internal static bool IsHeadlessBody(ReadOnlySpan<char> name)
    {
        foreach (var suffix in Suffixes)
        {
            if (!suffix.NeedsHead || suffix.AfterPlace || suffix.OrParent || name.Length <= suffix.Text.Length || !name.EndsWith(suffix.Text, StringComparison.Ordinal))
            {
                continue;
            }
            var suffixStart = name.Length - suffix.Text.Length;
            foreach (var (word, at) in NotBodyWordsBySuffix[suffix.Text])
            {
                var wordStart = suffixStart - at;
                if (wordStart >= 0 && wordStart + word.Length <= name.Length && name.Slice(wordStart, word.Length).SequenceEqual(word))
                {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a body's suffix of two characters or more opens <paramref name="text"/>, in either script (org-suffixes.tsv: 小学,
    /// 中學, 学校): 青年路|小学 is a school on 青年路 (PersonRecognizer reads no person 路小学 there; 路明亮 stays one).
    /// </summary>
    internal static bool OpensWithBodySuffix(ReadOnlySpan<char> text)
    {
        var head = ScriptConverter.Default.ToSimplified(text[..Math.Min(text.Length, MaxOpeningSuffix)].ToString());
        foreach (var suffix in Suffixes)
        {
            if (suffix.Text.Length > 1 && !suffix.Numbered && head.StartsWith(suffix.Text, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The longest suffix <see cref="OpensWithBodySuffix"/> reads (村民委员会).</summary>
    private static readonly int MaxOpeningSuffix = Suffixes.Max(s => s.Text.Length);

    /// <summary>Whether <paramref name="text"/> ends in a body's suffix (org-suffixes.tsv: 政府, 局, 人大): words that close a body's name.</summary>
    internal static bool EndsInBodySuffix(ReadOnlySpan<char> text)
    {
        foreach (var suffix in Suffixes)
        {
            if (text.EndsWith(suffix.Text, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsSuffix(ReadOnlySpan<char> item)
    {
        foreach (var suffix in Suffixes)
        {
            if (item.SequenceEqual(suffix.Text))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPlace(List<PlaceMention> places, int start, int end)
    {
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, start); k < places.Count && places[k].Start == start; k++)
        {
            if (places[k].End == end)
            {
                return true;
            }
        }
        return false;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || TextClasses.ChineseDigits.Contains(c);

    /// <summary>
    /// Where the run of name characters before a suffix begins: back to punctuation or a function character, and
    /// on to the start of a place that such a character stands inside (万全区人民法院, whose 全 is a function character).
    /// </summary>
    private static int RunStart(ReadOnlySpan<char> view, List<PlaceMention> places, int suffixStart)
    {
        var b = suffixStart;
        while (true)
        {
            while (b > 0 && suffixStart - b < MaxName && IsOrgChar(view[b - 1]))
            {
                b--;
            }
            // 经济和科技促进局, 贵州产业投资(集团)有限责任公司: a word of the name that holds a function character or a bracket.
            var across = StepOverInsert(view, places, b, suffixStart);
            if (across < b)
            {
                b = across;
                continue;
            }
            var moved = false;
            // Only where a function character stopped the run: punctuation ends a name whatever place a recognizer read across it.
            for (var k = PlaceMentions.FirstStartingAtOrAfter(places, b - MaxName); b > 0 && TextClasses.Function.Contains(view[b - 1]) && k < places.Count && places[k].Start < b; k++)
            {
                if (!places[k].IsAnaphor && places[k].End > b && suffixStart - places[k].Start <= MaxName)
                {
                    b = places[k].Start;
                    moved = true;
                    break;
                }
            }
            if (!moved)
            {
                return b;
            }
        }
    }

    /// <summary>Legal forms written before a co-operative's name (保证责任): org-boundaries.tsv, use prefix.</summary>
    private static readonly string[] LegalPrefixes = [.. WordLists.Get("org-boundaries").Where("use", "prefix").Select(r => r[0])];

    /// <summary>Words of a trade that name no company of their own (文旅, 发展): org-boundaries.tsv, use trade.</summary>
    private static readonly string[] TradeWords = [.. WordLists.Get("org-boundaries").Where("use", "trade").Select(r => r[0])];

    /// <summary>Whether <paramref name="stem"/> is made of trade words only (文旅发展), so names no company of its own.</summary>
    private static bool IsTradeOnly(ReadOnlySpan<char> stem)
    {
        while (stem.Length > 0)
        {
            var taken = 0;
            foreach (var word in TradeWords)
            {
                if (stem.StartsWith(word, StringComparison.Ordinal))
                {
                    taken = word.Length;
                    break;
                }
            }
            if (taken == 0)
            {
                return false;
            }
            stem = stem[taken..];
        }
        return true;
    }

    /// <summary>The shortest and longest unit of a known body named between it and a suffix that needs a head (水土保持).</summary>
    private const int MinBodyUnit = 2, MaxBodyUnit = 5;

    /// <summary>
    /// Where a known body (known-bodies.tsv) ends right before a unit of <see cref="MinBodyUnit"/> to
    /// <see cref="MaxBodyUnit"/> characters that runs to <paramref name="suffixStart"/>, inside the run from
    /// <paramref name="b"/> (农委会水土保持局): the body's start, else -1. A unit holding a verb or a boundary word
    /// (教育部要求各局), or opening with a head or another body (国务院中央军委: two bodies), is none.
    /// </summary>
    private static int KnownBodyBeforeUnit(ReadOnlySpan<char> view, int b, int suffixStart)
    {
        for (var p = suffixStart - MinBodyUnit; p > b && suffixStart - p <= MaxBodyUnit; p--)
        {
            // Most runs hold no known body: its last character first.
            if (!KnownBodyLastChars.Contains(view[p - 1]))
            {
                continue;
            }
            foreach (var body in KnownBodies)
            {
                if (body.Length >= 2 && p - body.Length >= b && view[..p].EndsWith(body, StringComparison.Ordinal))
                {
                    var unit = view[p..suffixStart];
                    return WordMatch.ContainsAny(unit, LeadingWords) || WordMatch.ContainsAny(unit, BoundaryWords)
                        || StartsWithHead(view[p..(suffixStart + 1)]) || WordMatch.StartsWithAny(unit, KnownBodies)
                        ? -1 : p - body.Length;
                }
            }
        }
        return -1;
    }

    /// <summary>The last characters of the known bodies' names.</summary>
    private static readonly System.Buffers.SearchValues<char> KnownBodyLastChars =
        System.Buffers.SearchValues.Create(string.Concat(KnownBodies.Select(k => k[^1]).Distinct()));

    /// <summary>Suffixes of public bodies a township or village keeps in their name: org-boundaries.tsv, use placed.</summary>
    private static readonly string[] PlacedSuffixes = [.. WordLists.Get("org-boundaries").Where("use", "placed").Select(r => r[0])];

    private static bool IsPlacedSuffix(string suffix)
    {
        foreach (var placed in PlacedSuffixes)
        {
            if (suffix == placed)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsGeneric(ReadOnlySpan<char> name) => GenericNameSet.Contains(name);

    /// <summary><see cref="GenericNames"/> as a set: a name is looked up once, not compared with each.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericNameSet =
        GenericNames.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The characters <see cref="GenericMarks"/> begin with: most names hold none, and need no search for each mark.</summary>
    private static readonly System.Buffers.SearchValues<char> GenericMarkFirstChars = System.Buffers.SearchValues.Create(string.Concat(GenericMarks.Select(w => w[0]).Distinct()));

    /// <summary>全 and a level (全县, 全市: org-boundaries.tsv, use whole): every body of that level, no one body.</summary>
    private static readonly string[] WholeLevelWords = [.. WordLists.Get("org-boundaries").Where("use", "whole").Select(r => r[0])];

    /// <summary>
    /// Whether one of <see cref="WholeLevelWords"/> opens the name at <paramref name="b"/> or begins right before it and
    /// ends inside it (促进全县农民合作社发展: the name begins at 县, 全县 reaches over its start). Not inside a name, where a
    /// place holds it (万全区人民法院). Two starting points are tried: the words are of two characters.
    /// </summary>
    private static bool WholeLevelAtStart(ReadOnlySpan<char> view, int b, int end)
    {
        for (var s = Math.Max(0, b - 1); s <= b && s < end; s++)
        {
            // The words first (a character compared at most): the test below walks two lists, and where no word stands
            // at s its answer changes nothing.
            var any = false;
            foreach (var word in WholeLevelWords)
            {
                if (s + word.Length > b && s + word.Length <= end && view[s] == word[0] && view[s..end].StartsWith(word, StringComparison.Ordinal))
                {
                    any = true;
                    break;
                }
            }
            if (!any)
            {
                continue;
            }
            // 万全县人民法院: a 全 after a Han character may end a place's name (万全县, an old county the gazetteer
            // lacks); it crosses the name's start only where it opens a clause or follows a word a name follows
            // (促进全县农民合作社: org-leading-words.tsv, org-boundaries.tsv after).
            if (s < b && s > 0 && view[s - 1] >= '\u3400' && view[s - 1] <= '\u9fff'
                && !WordMatch.EndsWithAny(view[..s], LeadingWords) && !WordMatch.EndsWithAny(view[..s], BoundaryWords))
            {
                continue;
            }
            return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="name"/> holds one of <see cref="GenericMarks"/> (某, 部分, 两级): one walk from each of their first characters.</summary>
    private static bool HoldsGenericMark(ReadOnlySpan<char> name)
    {
        for (var i = name.IndexOfAny(GenericMarkFirstChars); i >= 0 && i < name.Length; i++)
        {
            if (GenericMarkFirstChars.Contains(name[i]) && WordMatch.StartsWithAny(name[i..], GenericMarks))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The leading words by their first character (<see cref="LeadingGroupOfChar"/>), each with its place in <see cref="LeadingWords"/>.</summary>
    private static readonly (string Word, int Index)[][] LeadingWordsByFirstChar =
        [.. LeadingWords.Select((w, i) => (w, i)).GroupBy(p => p.w[0]).Select(g => g.ToArray())];

    private static readonly byte[] LeadingGroupOfChar = CharGroupIndex.ByFirstAppearance(LeadingWords.Select(w => w[0]));

    /// <summary>
    /// Whether a leading word (org-leading-words.tsv: a verb or adverb) stands in <paramref name="stem"/>, the part of
    /// <paramref name="name"/> before its suffix, where no parent body's name opens with it (建设银行): each word read at its
    /// first occurrence, as a search for each word would find it, in one walk of the stem instead of one search a word.
    /// </summary>
    private static bool HoldsLeadingVerb(ReadOnlySpan<char> stem, ReadOnlySpan<char> name)
    {
        var i = stem.IndexOfAny(LeadingFirstChars);
        if (i < 0)
        {
            return false;
        }
        const int MaxOnStack = 256;
        Span<bool> seen = LeadingWords.Length <= MaxOnStack ? stackalloc bool[MaxOnStack] : new bool[LeadingWords.Length];
        for (; i < stem.Length; i++)
        {
            var group = LeadingGroupOfChar[stem[i]];
            if (group == 0)
            {
                continue;
            }
            foreach (var (word, index) in LeadingWordsByFirstChar[group - 1])
            {
                if (seen[index] || !stem[i..].StartsWith(word, StringComparison.Ordinal))
                {
                    continue;
                }
                seen[index] = true; // a word is read at its first occurrence only
                if (!WordMatch.StartsWithAny(name[(i + word.Length)..], ParentEndings))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsLegalForm(string suffix)
    {
        foreach (var form in LegalForms)
        {
            if (suffix == form)
            {
                return true;
            }
        }
        return false;
    }

    private static bool HoldsCount(ReadOnlySpan<char> stem)
    {
        for (var i = 1; i < stem.Length; i++)
        {
            if (CountClassifiers.Contains(stem[i]) && IsDigit(stem[i - 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Removes the names the suffix scan found that a known body opens and a generic name ends (农委会农地银行).</summary>
    /// <remarks>
    /// <paramref name="hits"/> is in text order: each name looks up the hits at its start by a binary search, and the
    /// names kept are moved down in one pass, so a line that repeats a known body (国务院扶贫办，…) stays linear.
    /// </remarks>
    private static void DropGenericAfterKnownBodies(ReadOnlySpan<char> view, List<OrgMention> found, List<NameOccurrence> hits)
    {
        var kept = 0;
        for (var i = 0; i < found.Count; i++)
        {
            var org = found[i];
            if (!OpensWithKnownBodyBeforeGeneric(view, org, hits))
            {
                found[kept++] = org;
            }
        }
        found.RemoveRange(kept, found.Count - kept);
    }

    /// <summary>Whether a known body hit starts <paramref name="org"/> and a generic name fills the rest of it.</summary>
    private static bool OpensWithKnownBodyBeforeGeneric(ReadOnlySpan<char> view, OrgMention org, List<NameOccurrence> hits)
    {
        int lo = 0, hi = hits.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (hits[mid].Start < org.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (var k = lo; k < hits.Count && hits[k].Start == org.Start; k++)
        {
            if (hits[k].End < org.End && IsGeneric(view[hits[k].End..org.End]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a count classifier (家, 所) opens the name at <paramref name="b"/> right after a numeral (12家村镇银行).</summary>
    private static bool CountsAt(ReadOnlySpan<char> view, int b) =>
        b > 0 && b < view.Length && CountClassifiers.Contains(view[b]) && IsDigit(view[b - 1]);

    private static bool IsOrgChar(char c) => TextClasses.IsNameChar(c) || char.IsAsciiLetterUpper(c);

    private static void AddDatelines(ReadOnlySpan<char> view, List<OrgMention> found, ushort triggers)
    {
        for (var j = 1; j + 1 < view.Length && (triggers & LineTriggers.DatelineMark) != 0; j++)
        {
            // Straight to the next dateline mark (讯): most lines have none.
            var skip = view[(j + 1)..].IndexOfAny(DatelineMarks);
            if (skip < 0)
            {
                break;
            }
            j += skip;
            if (!DatelineMarks.Contains(view[j + 1]))
            {
                continue;
            }
            // 十堰网7月2日讯: the day between the masthead and the mark (据新华社1月1日电: not the 据).
            var m = MastheadEndings.Contains(view[j]) ? j : MastheadBeforeDay(view, j + 1);
            if (m < 0)
            {
                continue;
            }
            var b = m;
            while (b > 0 && m - b < 8 && TextClasses.IsNameChar(view[b - 1]))
            {
                b--;
            }
            if (m < j)
            {
                b = StartAfterLeadingWord(view, b, m + 1);
            }
            // 该合作社3月5日电话通知: after a day, a mark that opens a word (电话, 电价) is no dateline's, and a generic body no masthead.
            if (m < j && ((j + 3 <= view.Length && Segmentation.SegmenterResources.Default.Lexicon.IsWord(view[(j + 1)..(j + 3)]))
                || IsGeneric(view[b..(m + 1)])))
            {
                continue;
            }
            if (m - b >= 2)
            {
                found.Add(new OrgMention(b, m + 1, view[b..(m + 1)].ToString()));
            }
        }
        // A masthead before its reporter (大公报 记者‧史兵, 中国时报记者王志伟): the medium the byline credits.
        foreach (var label in (triggers & LineTriggers.ReporterLabelFirst) != 0 ? ReporterLabels : [])
        {
            for (var i = view.IndexOf(label, StringComparison.Ordinal); i >= 0; i = NextIndexOf(view, label, i + 1))
            {
                if (i == 0)
                {
                    continue;
                }
                var j = view[i - 1] == ' ' ? i - 1 : i;
                if (j < MinMastheadBeforeReporter || !MastheadEndings.Contains(view[j - 1]))
                {
                    continue;
                }
                var b = j - 1;
                while (b > 0 && j - b < 8 && TextClasses.IsNameChar(view[b - 1]))
                {
                    b--;
                }
                // 她接受中央社记者采访: the name begins after a verb or preposition.
                b = StartAfterLeadingWord(view, b, j);
                if (j - b >= MinMastheadBeforeReporter)
                {
                    found.Add(new OrgMention(b, j, view[b..j].ToString()));
                }
            }
        }
        // The same masthead named elsewhere (来源:新疆经济报): each name once, all in one pass. The list and set are
        // made at the first masthead: most lines name none.
        List<string>? mastheads = null;
        HashSet<string>? seen = null;
        foreach (var org in found)
        {
            if (RepeatedMastheadEndings.Contains(org.Name[^1]) && (seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(org.Name))
            {
                (mastheads ??= []).Add(org.Name);
            }
        }
        if (mastheads is not null)
        {
            foreach (var hit in NameSearch.FindOnce(mastheads, view))
            {
                found.Add(new OrgMention(hit.Start, hit.End, mastheads[hit.Name]));
            }
        }
    }

    /// <summary>The words that close a dateline after its place (烟草在线湖南消息, 天山网伊犁讯): org-datelines.tsv, use mark.</summary>
    private static readonly string[] PlaceDatelineMarks = [.. WordLists.Get("org-datelines").Where("use", "mark").Select(r => r[0])];

    /// <summary>The characters <see cref="PlaceDatelineMarks"/> begin with: a line with none has no such dateline (most lines with a place).</summary>
    private static readonly System.Buffers.SearchValues<char> PlaceDatelineFirstChars = System.Buffers.SearchValues.Create(string.Concat(PlaceDatelineMarks.Select(w => w[0]).Distinct()));

    /// <summary>Ends of a medium's name besides the masthead characters (烟草在线): org-datelines.tsv, use medium.</summary>
    private static readonly string[] MediumEndings = [.. WordLists.Get("org-datelines").Where("use", "medium").Select(r => r[0])];

    /// <summary>The longest medium's name read back from its dateline's place.</summary>
    private const int MaxMedium = 8;

    /// <summary>
    /// A medium named at a line's start before the place of its dateline and the dateline's word (烟草在线湖南消息,
    /// 天山网伊犁讯): the medium is an organisation. Three characters at least (not 本报伊犁讯).
    /// </summary>
    private static void AddPlaceDatelines(ReadOnlySpan<char> view, List<PlaceMention> places, List<OrgMention> found)
    {
        foreach (var mark in PlaceDatelineMarks)
        {
            for (var i = view.IndexOf(mark, StringComparison.Ordinal); i >= 0; i = NextIndexOf(view, mark, i + 1))
            {
                // 改革网哈尔滨6月5日讯: the dateline's day between its place and its word.
                var placeEnd = DayBefore(view, i);
                var placeStart = -1;
                for (var k = PlaceMentions.FirstStartingAtOrAfter(places, placeEnd - MaxName); k < places.Count && places[k].Start < placeEnd; k++)
                {
                    if (places[k].End == placeEnd && !places[k].IsAnaphor)
                    {
                        placeStart = places[k].Start;
                        break;
                    }
                }
                if (placeStart < MinMastheadBeforeReporter)
                {
                    continue;
                }
                // Back over any Han character or letter (the 在 of 烟草在线 stops a name's run elsewhere).
                var b = placeStart;
                while (b > 0 && placeStart - b < MaxMedium && ((view[b - 1] >= '\u3400' && view[b - 1] <= '\u9fff') || char.IsAsciiLetter(view[b - 1])))
                {
                    b--;
                }
                // At the line's start, blanks of an indent before it: the dateline opens its paragraph (not 据新华网湖南消息
                // inside a sentence); a word opening the line before the medium is no part of it (据新华社北京消息).
                var lineStart = b;
                while (lineStart > 0 && view[lineStart - 1] is ' ' or '\u3000' or '\t')
                {
                    lineStart--;
                }
                if (lineStart > 0 && view[lineStart - 1] != '\n')
                {
                    continue;
                }
                b = StartAfterLeadingWord(view, b, placeStart);
                var medium = view[b..placeStart];
                if (medium.Length < MinMastheadBeforeReporter
                    || !(MastheadEndings.Contains(medium[^1]) || WordMatch.EndsWithAny(medium, MediumEndings)))
                {
                    continue;
                }
                found.Add(new OrgMention(b, placeStart, medium.ToString()));
            }
        }
    }

    /// <summary>The longest day read back before a dateline's word (12月31日).</summary>
    private const int MaxDay = 6;

    /// <summary>The marks of a dateline's month and day (6月5日): org-datelines.tsv, use month and day.</summary>
    private static readonly char MonthMark = WordLists.Get("org-datelines").Where("use", "month").Select(r => r[0][0]).Single();

    private static readonly char DayMark = WordLists.Get("org-datelines").Where("use", "day").Select(r => r[0][0]).Single();

    /// <summary>A digit of a dateline's month or day, ASCII or full-width (3月12日, ３月１２日).</summary>
    private static bool IsDayDigit(char c) => char.IsAsciiDigit(NumeralChars.Narrow(c));

    /// <summary>
    /// Where a day written in digits right before <paramref name="at"/> begins (6月5日 of 改革网哈尔滨6月5日讯), a month's
    /// and a day's numbers with their 月 and 日; <paramref name="at"/> when none stands there.
    /// </summary>
    private static int DayBefore(ReadOnlySpan<char> view, int at)
    {
        var p = at - 1;
        if (p < 0 || view[p] != DayMark)
        {
            return at;
        }
        var digits = p;
        while (p > 0 && at - p <= MaxDay && IsDayDigit(view[p - 1]))
        {
            p--;
        }
        if (p == digits || p == 0 || view[p - 1] != MonthMark)
        {
            return at;
        }
        p--;
        digits = p;
        while (p > 0 && at - p <= MaxDay && IsDayDigit(view[p - 1]))
        {
            p--;
        }
        return p == digits ? at : p;
    }

    /// <summary>Words that open a dateline's line before its medium (据): org-datelines.tsv, use lead.</summary>
    private static readonly string[] MediumLeads = [.. WordLists.Get("org-datelines").Where("use", "lead").Select(r => r[0])];

    /// <summary>
    /// Where a medium's name read back from <paramref name="end"/> to <paramref name="start"/> begins: after the last verb,
    /// preposition or line-opening word (她接受中央社记者, 据新华社) that leaves it three characters at least.
    /// </summary>
    private static int StartAfterLeadingWord(ReadOnlySpan<char> view, int start, int end)
    {
        for (var p = end - MinMastheadBeforeReporter; p > start; p--)
        {
            var before = view[start..p];
            if (WordMatch.EndsWithAny(before, BoundaryWords) || WordMatch.EndsWithAny(before, LeadingWords) || WordMatch.EndsWithAny(before, MediumLeads))
            {
                return p;
            }
        }
        return start;
    }

    /// <summary>Known bodies that name the known body right after them as their unit (行政院农委会): known-bodies.tsv, names_unit yes.</summary>
    private static readonly string[] UnitNamingBodies = [.. WordLists.Get("known-bodies").Where("names_unit", "yes").Select(r => r[0])];

    private static bool NamesUnit(string name) => Array.IndexOf(UnitNamingBodies, name) >= 0;

    /// <summary>Whether a parent body's name (org-boundaries.tsv, use parent: 电信, 银行, 集团…) stands in a name's stem.</summary>
    private static bool HoldsParentName(ReadOnlySpan<char> stem)
    {
        foreach (var parent in ParentEndings)
        {
            if (stem.Contains(parent, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Drops duplicates and mentions inside a longer one (州党委 inside 州党委老干部局).</summary>
    private static List<OrgMention> KeepOutermost(List<OrgMention> found)
    {
        if (found.Count < 2)
        {
            // Nothing to sort or drop (most lines): the list as it is.
            return found;
        }
        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var result = new List<OrgMention>(found.Count);
        // Sorted by start, longest first: a mention lies inside a kept one exactly when it ends no later than
        // the furthest kept end, and no kept mention can lie inside a later one.
        var keptEnd = -1;
        foreach (var org in found)
        {
            if (org.End > keptEnd)
            {
                result.Add(org);
                keptEnd = org.End;
            }
        }
        return result;
    }
}
