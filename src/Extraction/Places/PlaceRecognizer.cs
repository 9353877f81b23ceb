using System.Buffers;
using System.Collections.Frozen;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Text;
using WorkTeam.Extraction.Resources;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// Finds place names in simplified text: gazetteer names and short forms, administrative chains
/// (民丰县若克雅乡劳光村) whose unknown members are read by their suffix and position, coordinated members
/// (劳光村、英吾斯塘村), anaphora (驻该县也木勒牧场) and later repeats of a name found once.
/// Works on raw characters; a segmenter's POS tags are not needed.
/// </summary>
internal sealed partial class PlaceRecognizer
{
    private const int MaxUnknownName = 9;
    private const int TerminalRank = 9;

    // The ranks of the administrative levels in a chain, as the suffix table gives them: a place ranks below the one before it.
    private const int ProvinceRank = 1;
    private const int PrefectureRank = 2;
    private const int CountyRank = 3;
    private const int TownshipRank = 4;
    private const int VillageRank = 5;

    /// <summary>A place name has a stem of two characters at least (民丰县, not 县).</summary>
    private const int MinNameLength = 2;

    /// <summary>A 区/旗/州/地区/盟 inside a chain has a stem of five characters at most, and comes no lower than under a prefecture.</summary>
    private const int MaxDistrictNameInChain = 5;

    /// <summary>The Corps' regiments standing alone are numbered with three or four digits (一四七团).</summary>
    private const int MinRegimentDigits = 3;

    private const int MaxRegimentDigits = 4;

    /// <summary>
    /// An administrative suffix: its text, level, rank in a chain, and where it may stand; and the heads of the longer
    /// suffixes that end in it (社 of 社区 for 区, 自治 of 自治县 for 县), for <see cref="EndsInLongerSuffixHead"/>.
    /// </summary>
    private readonly record struct Suffix(string Text, PlaceLevel Level, int Rank, SuffixUse Use, int MaxStandaloneName, Numbering Numbering, string[] LongerHeads);

    /// <summary>Whether a suffix's name may be a number (place-suffixes.tsv's <c>numbered</c>).</summary>
    private enum Numbering
    {
        /// <summary>A number before it is a count (三省, 五县).</summary>
        No,
        /// <summary>The name may be a number (六连, 6连, 牧业五队).</summary>
        Allowed,
        /// <summary>The name must be a number (一四七团, 51团).</summary>
        Only,
    }

    private enum SuffixUse
    {
        /// <summary>Also starts a place on its own (县, 乡, 镇, 村, 社区).</summary>
        Standalone,
        /// <summary>Only after a higher place in a chain (区, 旗, 州, 队, 连).</summary>
        ChainOnly,
    }

    /// <summary>The suffixes in the order they are tried: place-suffixes.tsv (自治县 before 县, 社区 before 区).</summary>
    private static readonly Suffix[] Suffixes = ReadSuffixes();

    private static Suffix[] ReadSuffixes()
    {
        var list = WordLists.Get("place-suffixes");
        int level = list.Column("level"), rank = list.Column("rank"), use = list.Column("use"), maxName = list.Column("max_name"), numbered = list.Column("numbered");
        Suffix[] read =
        [
            .. list.Rows.Select(r => new Suffix(
                r[0],
                Enum.Parse<PlaceLevel>(r[level], ignoreCase: true),
                r[rank] == "terminal" ? TerminalRank : int.Parse(r[rank], System.Globalization.CultureInfo.InvariantCulture),
                r[use] == "standalone" ? SuffixUse.Standalone : SuffixUse.ChainOnly,
                int.Parse(r[maxName], System.Globalization.CultureInfo.InvariantCulture),
                r[numbered] switch { "only" => Numbering.Only, "yes" => Numbering.Allowed, _ => Numbering.No },
                [])),
        ];
        return
        [
            .. read.Select(x => x with
            {
                LongerHeads = [.. read.Where(l => l.Text.Length > x.Text.Length && l.Text.EndsWith(x.Text, StringComparison.Ordinal)).Select(l => l.Text[..^x.Text.Length])],
            }),
        ];
    }

    /// <summary>Verbs that begin a clause, never a place name (提升村党员干部…, 帮助村民…).</summary>
    private static readonly string[] LeadingVerbs = [.. WordLists.Get("leading-verbs").Values()];

    /// <summary>The most common surnames, which before a short form (李金华) make a person, not a place.</summary>
    private static readonly SearchValues<char> CommonSurnames =
        SearchValues.Create(string.Concat(WordLists.Get("surnames").Where("common", "yes").Select(r => r[0])));

    /// <summary>Characters a chain member's name does not hold: other suffixes, and those of bodies (局, 厅, 委).</summary>
    private static readonly SearchValues<char> ChainNameStops = SearchValues.Create("乡镇村县省局厅部委院司");

    /// <summary>A standalone unknown name holding one of these is a phrase, not a name (村工作队和村).</summary>
    private static readonly SearchValues<char> StandaloneInnerStops = SearchValues.Create("村乡镇县市省区州队");

    private static readonly SearchValues<char> SuffixFirstChars = SearchValues.Create(string.Concat(Suffixes.Select(x => x.Text[0]).Distinct()));

    /// <summary>The suffixes by their first character, each group in list order: <see cref="MatchSuffix"/> tries one or two, not all.</summary>
    private static readonly Suffix[][] SuffixGroups = [.. Suffixes.GroupBy(x => x.Text[0]).Select(g => g.ToArray())];

    /// <summary>
    /// For each UTF-16 unit, 1 + the index of its group in <see cref="SuffixGroups"/>, or 0 (64 KB, of which a scan reads
    /// only the suffixes' few lines): one read where a frozen map by character searched its sorted keys at every call.
    /// </summary>
    private static readonly byte[] SuffixGroupOfChar = CharGroupIndex.ByFirstAppearance(SuffixGroups.Select(g => g[0].Text[0]));

    /// <summary>
    /// Name endings that make "X村", "X乡" a description rather than a name (贫困村, 示范村, 美丽乡村, 城镇,
    /// 小山村): checked against the characters before the suffix.
    /// </summary>
    private static readonly string[] GenericEndings = [.. WordLists.Get("generic-place-endings").Values()];

    /// <summary>Characters of transliterated (Uyghur, Kazakh, Mongol) names; used where a suffix alone is weak (英达雅河).</summary>
    internal static readonly SearchValues<char> TransliterationChars = WordLists.Get("transliteration-chars").ToSearchValues();

    private readonly Gazetteer gazetteer;

    /// <summary>Whether names the <see cref="DivisionTable"/> knows are places even where the suffix grammar doubts them.</summary>
    private readonly bool useTable;

    public PlaceRecognizer(Gazetteer gazetteer, bool useDivisionTable = true)
    {
        this.gazetteer = gazetteer;
        useTable = useDivisionTable;
        scanFlags = gazetteer.PlaceScanFlags(ScanFlagsOf);
    }

    // The walk of FindGazetteerStarts reads one byte per character where it tested two bit sets (the trigger characters,
    // then the pair filter at every position) and then the trigger's kinds in two more: three characters in four are
    // neither a trigger nor a key's first one.

    /// <summary>The bit of <see cref="scanFlags"/> above the trigger kinds: a gazetteer key begins with the character.</summary>
    private const byte KeyFirstFlag = 1 << TriggerBits;

    /// <summary>Each UTF-16 unit's trigger kinds (<see cref="TriggerKinds"/>) and <see cref="KeyFirstFlag"/> (64 KB, built once a gazetteer).</summary>
    private readonly byte[] scanFlags;

    private static byte[] ScanFlagsOf(Gazetteer gazetteer)
    {
        var flags = new byte[char.MaxValue + 1];
        var firstChars = gazetteer.KeyFirstChars;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            flags[c] = (byte)(TriggerKinds((char)c) | (firstChars.Contains((char)c) ? KeyFirstFlag : 0));
        }
        return flags;
    }

    /// <summary>The places of a text in the simplified view, in text order, anaphora included (flagged).</summary>
    /// <param name="view">The simplified view.</param>
    /// <param name="hints">
    /// Spans a tagger calls places (jieba's <c>ns</c>), or null: each one that no rule found and that overlaps
    /// no place found is added, its level read from the gazetteer or its suffix (else <c>other</c>).
    /// </param>
    /// <param name="text">
    /// The text the view was made from, offset for offset, or empty: where it is given, a 里 that stands for 裡 or 裏
    /// there (inside) names no ward of Taiwan.
    /// </param>
    public List<PlaceMention> Recognize(ReadOnlySpan<char> view, IEnumerable<(int Start, int End)>? hints = null, ReadOnlySpan<char> text = default)
    {
        var state = ScanState.Take(view.Length);
        FindGazetteerStarts(view, state);
        MarkUnitStarts(view, state);
        var mentions = state.Mentions;
        var tryAt = state.TryAt;
        var i = 0;
        while (i < view.Length)
        {
            // A unit starts only where MarkUnitStarts marked: elsewhere the rules below would only confirm that none starts.
            if (tryAt[i] == 0)
            {
                var next = tryAt.AsSpan(i + 1, view.Length - i - 1).IndexOfAnyExcept((byte)0);
                if (next < 0)
                {
                    break;
                }
                i += 1 + next;
            }
            if (TryUnitAt(view, state, i, prev: null, requiredLevel: null, out var head))
            {
                Add(state, head);
                i = ParseChain(view, state, head);
                continue;
            }
            i++;
        }
        // A line with no place found and no suffix (five lines in six): of the passes below only the counties after a
        // locative word (在龙口) can find one there: the other table passes start at a suffix or a village found, the
        // repeats after a name learned. They ran on every such line holding a trigger character (在, 地, 里…).
        if (mentions.Count == 0 && !state.AnySuffix && state.LearnedNames is null && hints is null)
        {
            if (useTable && state.AnyLocative)
            {
                AddCountiesAfterLocatives(view, state, TakenOf(view, mentions, state.Taken));
            }
            if (mentions.Count == 0)
            {
                state.Release();
                return [];
            }
            return CopyAndRelease(state);
        }
        // The table passes and the repeats share one map of the characters mentions take: each pass marks what
        // it adds, so after the table passes the map is the one a fresh pass over all mentions would make.
        TakenSpans? taken = null;
        {
            TrimCoordinatorHeads(view, state);
            if (useTable)
            {
                taken = TakenOf(view, mentions, state.Taken);
                AddCountedLists(view, state, taken);
                AddClosedLists(view, state, taken);
                AddListedRivers(view, state, taken);
                AddCommitteeVillages(view, state, taken);
                AddFormerUnits(view, state, taken);
                RemoveRoadNames(view, state);
                AddShortNamesBeforeVillage(view, state, taken);
                AddTaiwanWards(view, text.Length == view.Length ? text : default, state, taken);
                AddListedVillageGaps(view, state, taken);
                SplitGluedTownshipVillages(view, state);
                AddCountiesAfterLocatives(view, state, taken);
                AddTableNames(view, state, taken);
                AddStemsOfDocumentPlaces(view, state, taken);
                ReviseUnknownHeads(view, state);
            }
            if (state.LearnedNames is { Count: > 0 } || hints is not null)
            {
                // Repeats and hints may not overlap a place found: the taken characters answer that in the
                // span's length, where a scan of all mentions per candidate grew with the square of the text.
                taken ??= TakenOf(view, mentions, state.Taken);
                AddRepeats(view, state, taken);
                if (hints is not null)
                {
                    AddHints(view, state, hints, taken);
                }
            }
        }
        mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return CopyAndRelease(state);
    }

    /// <summary>The state's mentions in a list of their own (one array of the right size; the scan's list grows once a thread), the state handed back.</summary>
    private static List<PlaceMention> CopyAndRelease(ScanState state)
    {
        var result = new List<PlaceMention>(state.Mentions);
        state.Release();
        return result;
    }

    private static TakenSpans TakenOf(ReadOnlySpan<char> view, List<PlaceMention> mentions, TakenSpans taken)
    {
        taken.Reset(view.Length);
        foreach (var m in mentions)
        {
            taken.Take(m.Start, m.End);
        }
        return taken;
    }

    /// <summary>
    /// What one scan works with: the key lengths, the mentions, the names learned, the taken characters. Texts come a
    /// line at a time, and fresh arrays, lists and maps per line were most of what a scan allocated: a thread keeps one
    /// state between its scans, taken while a scan uses it (so a nested or failed scan gets one of its own).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Its TakenSpans has a buffer of its own, not the pool's: nothing to give back.")]
    private sealed class ScanState
    {
        /// <summary>Length of the longest gazetteer key starting at each position (0 = none); longer than the text.</summary>
        public int[] GazetteerKeyLength = [];

        /// <summary>The gazetteer's entries of the key at each position where <see cref="GazetteerKeyLength"/> is set (elsewhere stale).</summary>
        public Gazetteer.Key[]?[] GazetteerKeys = [];

        /// <summary>
        /// The suffix beginning at each position, as its index in <see cref="Suffixes"/> plus one (0 = none; past the text's
        /// length stale): matched once in the walk of <see cref="FindGazetteerStarts"/>, where the scan, its name tests
        /// and the table passes matched the same positions again and again (~8% of the stage).
        /// </summary>
        public byte[] SuffixAt = [];

        /// <summary>Whether the scan tries a unit at each position (<see cref="MarkUnitStarts"/>; past the text's length stale).</summary>
        public byte[] TryAt = [];

        public readonly List<PlaceMention> Mentions = [];

        /// <summary>Unknown names found by suffix and position, looked for again in the rest of the text.</summary>
        /// <remarks>Null until the first name learned: most texts learn none.</remarks>
        public HashSet<string>? LearnedNames;

        /// <summary>The set <see cref="LearnedNames"/> is when a scan learns a name, cleared for each scan.</summary>
        private HashSet<string>? learnedSet;

        /// <summary>The characters the mentions take, for the passes after the scan.</summary>
        public readonly TakenSpans Taken = new();

        public int LastEnd = -1;

        /// <summary>
        /// The positions of the text's trigger characters in text order, each shifted left by <see cref="TriggerBits"/>
        /// with its kinds (<see cref="SuffixTrigger"/>, <see cref="RiverTrigger"/>, <see cref="LocativeTrigger"/>) below.
        /// </summary>
        public int[] Triggers = new int[16];

        public int TriggerCount;

        /// <summary>Whether the text holds a suffix (<see cref="SuffixAt"/> set somewhere), and a locative trigger.</summary>
        public bool AnySuffix, AnyLocative;

        // For AddStemsOfDocumentPlaces, which clears them before use.
        public readonly List<string> Stems = [];
        public readonly List<PlaceLevel> StemLevels = [];
        public readonly HashSet<string> SeenStems = new(StringComparer.Ordinal);
        public readonly HashSet<(string, bool)> ReadNames = [];

        public void AddTrigger(int position, int kinds)
        {
            if (TriggerCount == Triggers.Length)
            {
                Array.Resize(ref Triggers, 2 * Triggers.Length);
            }
            Triggers[TriggerCount++] = (position << TriggerBits) | kinds;
        }

        [ThreadStatic]
        private static ScanState? spare;

        public void Learn(string name)
        {
            if (LearnedNames is null)
            {
                LearnedNames = learnedSet ??= new(StringComparer.Ordinal);
                LearnedNames.Clear();
            }
            LearnedNames.Add(name);
        }

        /// <summary>The thread's spare state, cleared for a text of <paramref name="length"/> characters, or a new one.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static ScanState Take(int length)
        {
            var state = spare ?? new ScanState();
            spare = null;
            if (state.GazetteerKeyLength.Length < length)
            {
                state.GazetteerKeyLength = new int[Math.Max(length, 2 * state.GazetteerKeyLength.Length)];
                state.GazetteerKeys = new Gazetteer.Key[]?[state.GazetteerKeyLength.Length];
                state.SuffixAt = new byte[state.GazetteerKeyLength.Length];
                state.TryAt = new byte[state.GazetteerKeyLength.Length];
            }
            else
            {
                Array.Clear(state.GazetteerKeyLength, 0, length);
                Array.Clear(state.SuffixAt, 0, length);
                Array.Clear(state.TryAt, 0, length);
            }
            state.Mentions.Clear();
            state.LearnedNames = null;
            state.LastEnd = -1;
            state.TriggerCount = 0;
            state.AnySuffix = false;
            state.AnyLocative = false;
            return state;
        }

        /// <summary>Hands the state back for the thread's next scan; one grown by a large text is let go.</summary>
        public void Release()
        {
            if (GazetteerKeyLength.Length <= 1 << 16 && Mentions.Capacity <= 1 << 12 && Triggers.Length <= 1 << 14 && Stems.Count <= 1 << 10 && ReadNames.Count <= 1 << 10 && (learnedSet is null || learnedSet.Count <= 1 << 10))
            {
                spare = this;
            }
        }
    }

    /// <summary>The characters of national leaders' names: a key touching none of them is not inside one.</summary>
    /// <remarks>A bitmap, asked twice at every gazetteer key found: the probabilistic map of SearchValues checked most CJK characters twice.</remarks>
    private static readonly CharSet PublicFigureChars = new(string.Concat(PublicFigures.Names));

    /// <summary><see cref="TransliterationChars"/> as a bitmap, for the one-character tests at every gazetteer key found.</summary>
    private static readonly CharSet TransliterationCharSet = CharSetOf(TransliterationChars);

    /// <summary>
    /// Whether position <paramref name="k"/> lies inside some national leader's name in the text. The names
    /// cannot overlap themselves, so this is the same as marking each name's occurrences left to right.
    /// </summary>
    private static bool InsidePublicFigure(ReadOnlySpan<char> view, int k)
    {
        if (!PublicFigureChars.Contains(view[k]))
        {
            return false;
        }
        foreach (var figure in PublicFigures.Names)
        {
            for (var offset = 0; offset < figure.Length; offset++)
            {
                var start = k - offset;
                if (start >= 0 && figure[offset] == view[k] && view[start..].StartsWith(figure, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // The same sets as bitmaps, for the scans below: with a few dozen CJK characters SearchValues picks a probabilistic
    // map that checks most characters twice; a bit test a character took ~0.7 ms a pass over the SIGHAN inputs where it took ~1.0.
    private static readonly CharSet SuffixFirstCharSet = CharSetOf(SuffixFirstChars);

    private static CharSet CharSetOf(SearchValues<char> values)
    {
        var chars = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (values.Contains((char)c))
            {
                chars.Add((char)c);
            }
        }
        return new CharSet(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(chars));
    }

    /// <summary>
    /// Marks in <see cref="ScanState.TryAt"/> the positions where the scan may find a unit with no place before it: a
    /// gazetteer key (marked by <see cref="FindGazetteerStarts"/>), <see cref="AnaphorMark"/>, and the starts of unknown
    /// names a suffix or <see cref="RiverEnding"/> after them may close (<see cref="UnknownNameReach"/>). The scan tried
    /// every position up to <see cref="MaxUnknownName"/> characters before any suffix or 河, and two in three of those
    /// tries stood before a suffix that closes no name standing alone (区, 里, 队) or too far before one (市 closes three
    /// characters at most).
    /// </summary>
    private static void MarkUnitStarts(ReadOnlySpan<char> view, ScanState state)
    {
        var tryAt = state.TryAt;
        for (var at = view.IndexOf(AnaphorMark); at >= 0;)
        {
            tryAt[at] = 1;
            var next = view[(at + 1)..].IndexOf(AnaphorMark);
            at = next < 0 ? -1 : at + 1 + next;
        }
        for (var t = 0; t < state.TriggerCount; t++)
        {
            var kinds = state.Triggers[t];
            var j = kinds >> TriggerBits;
            if ((kinds & RiverTrigger) != 0)
            {
                // TryUnknownUnit's transliterated river: 河 three or four characters after the start.
                for (var p = Math.Max(0, j - RiverNameMax); p <= j - RiverNameMin; p++)
                {
                    tryAt[p] = 1;
                }
            }
            if ((kinds & SuffixTrigger) != 0 && state.SuffixAt[j] != 0)
            {
                var reach = UnknownNameReach(view, j, state.SuffixAt[j] - 1);
                tryAt.AsSpan(Math.Max(0, j - reach), Math.Min(j, reach)).Fill(1);
            }
        }
    }

    /// <summary>The shortest and longest name before 河 of a transliterated river standing alone (英达雅河).</summary>
    private const int RiverNameMin = 3;

    private const int RiverNameMax = 4;

    /// <summary>
    /// How far before the suffix <paramref name="k"/> at <paramref name="j"/> an unknown name standing alone may start: as far as
    /// <see cref="AdmissibleStandalone"/> lets a name before it run (none before a suffix of chains only, but a regiment's
    /// number), and <see cref="MaxUnknownName"/> where <see cref="TryAfterInnerStop"/> may restart the name after 乡, 村 or 中共.
    /// </summary>
    private static int UnknownNameReach(ReadOnlySpan<char> view, int j, int k)
    {
        var reach = StandaloneReach[k];
        if (Suffixes[k].Use == SuffixUse.Standalone && reach < MaxUnknownName)
        {
            for (var q = Math.Max(0, j - MaxUnknownName); q < j; q++)
            {
                if (view[q] is InnerStopTownship or InnerStopVillage || view[q..].StartsWith(PartyPrefix, StringComparison.Ordinal))
                {
                    return MaxUnknownName;
                }
            }
        }
        return reach;
    }

    /// <summary>Per suffix, the longest name <see cref="AdmissibleStandalone"/> lets stand before it, at most <see cref="MaxUnknownName"/>.</summary>
    private static readonly int[] StandaloneReach =
    [
        .. Suffixes.Select(x => Math.Min(MaxUnknownName, Math.Max(x.Use == SuffixUse.Standalone ? x.MaxStandaloneName : 0, x.Numbering == Numbering.Only ? MaxRegimentDigits : 0))),
    ];

    /// <summary>The characters after which <see cref="TryAfterInnerStop"/> restarts a name (家乡壶关县), and the prefix it steps over (中共桓台县委).</summary>
    private const char InnerStopTownship = '乡';

    private const char InnerStopVillage = '村';

    private const string PartyPrefix = "中共";

    /// <summary>The anaphor's mark (该县, 该村).</summary>
    private const char AnaphorMark = '该';

    /// <summary>
    /// The gazetteer keys starting at each position, and the text's trigger characters (<see cref="ScanState.AddTrigger"/>):
    /// one pass over the text where the scan and each table pass searched it again for their characters.
    /// </summary>
    private void FindGazetteerStarts(ReadOnlySpan<char> view, ScanState state)
    {
        if (gazetteer.MaxKeyLength >= 64)
        {
            FindGazetteerStartsByLength(view, state);
            return;
        }
        // The walk finds the next position that is a trigger or whose pair the filter lets by in a loop of its own, and
        // only there does the work below: about one position in twelve. One loop did both, and the work's locals left the
        // walk too few registers: it kept its position, character and flags on the stack, five stores a character.
        var last = view.Length - 1;
        var pairBits = gazetteer.PairFilter.Bits;
        for (var i = NextScanCandidate(view, 0, scanFlags, pairBits); i < last; i = NextScanCandidate(view, i + 1, scanFlags, pairBits))
        {
            ScanCandidate(view, state, i);
        }
        // The last character begins no key (two characters at least); it may be a trigger (村 of 某某村).
        if (last >= 0 && (scanFlags[view[last]] & (KeyFirstFlag - 1)) is var lastKinds and not 0)
        {
            AddTrigger(view, state, last, lastKinds);
        }
    }

    /// <summary>
    /// The first position from <paramref name="from"/> on, before the text's last character, where a trigger character
    /// stands (<paramref name="flags"/>) or whose pair with the next character <see cref="CharPairFilter"/>'s
    /// <paramref name="pairBits"/> may hold; the last character's position when there is none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NextScanCandidate(ReadOnlySpan<char> view, int from, byte[] flags, ReadOnlySpan<ulong> pairBits)
    {
        var last = view.Length - 1;
        if (from >= last)
        {
            return last;
        }
        // The flag table has an entry for every UTF-16 unit and the filter a bit for every slot: no index can fall outside them.
        ref var chars = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(view);
        ref var flag = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(flags);
        ref var bits = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(pairBits);
        uint c = Unsafe.Add(ref chars, from);
        for (var i = from; i < last; i++)
        {
            uint d = Unsafe.Add(ref chars, i + 1);
            var slot = CharPairFilter.Slot((int)((c << 16) | d));
            var kinds = Unsafe.Add(ref flag, (nint)c) & (KeyFirstFlag - 1u);
            var mayBeKey = (uint)(Unsafe.Add(ref bits, (nint)(slot >> 6)) >> (int)(slot & 63)) & 1u;
            if ((kinds | mayBeKey) != 0)
            {
                return i;
            }
            c = d;
        }
        return last;
    }

    /// <summary>
    /// The trigger at <paramref name="i"/> (before the text's last character), and the longest gazetteer key starting
    /// there that lies inside no public figure's name and no longer word.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ScanCandidate(ReadOnlySpan<char> view, ScanState state, int i)
    {
        var c = view[i];
        var kinds = scanFlags[c] & (KeyFirstFlag - 1);
        if (kinds != 0)
        {
            AddTrigger(view, state, i, kinds);
        }
        // A pair the filter lets by that begins no key finds an empty group below, as a first character that begins none would.
        if (!gazetteer.PairFilter.MayContain(c, view[i + 1]))
        {
            return;
        }
        // Only the keys that begin with these two characters, longest first, compared with the text past the pair: a key's
        // length and third character (its shape) first, read from one array, so a key that cannot match is passed over
        // without reading its string (a cache miss a key) or calling the comparison.
        var longest = view.Length - i;
        var third = longest > 2 ? view[i + 2] : '\0';
        for (int k = gazetteer.KeysStartingWith(c, view[i + 1], out var group); k < group; k++)
        {
            var shape = gazetteer.KeyShapeAt(k);
            var len = (int)(shape >> 16);
            if (len > longest || (len > 2 && (char)shape != third))
            {
                continue;
            }
            if ((len <= 3 || view.Slice(i + 3, len - 3).SequenceEqual(gazetteer.KeyAt(k).AsSpan(3)))
                && !InsidePublicFigure(view, i + len - 1) && !InsidePublicFigure(view, i) && !InsideLongerWord(view, i, i + len))
            {
                state.GazetteerKeyLength[i] = len;
                state.TryAt[i] = 1;
                state.GazetteerKeys[i] = gazetteer.HitsAt(k);
                break;
            }
        }
    }

    /// <summary>A trigger character of <paramref name="kinds"/> at <paramref name="i"/>, with the suffix that begins there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddTrigger(ReadOnlySpan<char> view, ScanState state, int i, int kinds)
    {
        state.AddTrigger(i, kinds);
        if ((kinds & SuffixTrigger) != 0 && (state.SuffixAt[i] = SuffixIndexAt(view, i)) != 0)
        {
            state.AnySuffix = true;
        }
        if ((kinds & LocativeTrigger) != 0)
        {
            state.AnyLocative = true;
        }
    }

    /// <summary>
    /// <see cref="FindGazetteerStarts"/> for a gazetteer with a key of 64 characters or more, which the pair groups do
    /// not hold: each length from the longest down is looked up in the map.
    /// </summary>
    private void FindGazetteerStartsByLength(ReadOnlySpan<char> view, ScanState state)
    {
        var max = gazetteer.MaxKeyLength;
        var firstChars = gazetteer.KeyFirstChars;
        var flagOf = scanFlags;
        for (var i = 0; i < view.Length; i++)
        {
            var flags = flagOf[view[i]];
            var kinds = flags & (KeyFirstFlag - 1);
            if (kinds != 0)
            {
                AddTrigger(view, state, i, kinds);
            }
            if ((flags & KeyFirstFlag) == 0 || i + 1 == view.Length || !firstChars.Contains(view[i]))
            {
                continue;
            }
            for (var len = Math.Min(max, view.Length - i); len >= 2; len--)
            {
                if (gazetteer.TryGetKeys(view.Slice(i, len), out var keys) && !InsidePublicFigure(view, i + len - 1) && !InsidePublicFigure(view, i)
                    && !InsideLongerWord(view, i, i + len))
                {
                    state.GazetteerKeyLength[i] = len;
                    state.TryAt[i] = 1;
                    state.GazetteerKeys[i] = keys;
                    break;
                }
            }
        }
    }

    /// <summary>How far a dictionary word may reach beyond a gazetteer key on either side for <see cref="InsideLongerWord"/>.</summary>
    private const int MaxWordOverhang = 3;

    /// <summary>jieba's tag of person names.</summary>
    private const string PersonTag = "nr";

    /// <summary>
    /// Whether the gazetteer key <c>view[start..end]</c> lies inside a longer word of jieba's dictionary: one that begins
    /// before it and ends after it (发展中国家 names no 中国), or a person's name that begins with it (米兰达 is no 米兰).
    /// Only a key with a Chinese character right after it is looked at, so most keys cost one comparison.
    /// </summary>
    private static bool InsideLongerWord(ReadOnlySpan<char> view, int start, int end)
    {
        if (end >= view.Length || view[end] is < '\u3400' or > '\u9fff')
        {
            return false;
        }
        // The default lexicon has no user words: its dictionary is a trie, walked once from each start through the
        // key and on, where a lookup per (start, end) pair hashed the same characters again (~6% of the place stage).
        var dictionary = Segmentation.SegmenterResources.Default.Lexicon.Dictionary;
        var last = Math.Min(view.Length, end + MaxWordOverhang);
        // A transliterated person's name: the key and transliteration characters only (米兰达; not 罗马城, 延安精神,
        // which jieba's dictionary also tags nr). The walk stops at the first other character, and is not begun when
        // the key is followed by one (most keys): the trie's nodes are cache misses.
        for (int b = end + 1, node = TransliterationCharSet.Contains(view[end]) ? dictionary.FindNode(view[start..end]) : -1;
            b <= last && node >= 0 && TransliterationCharSet.Contains(view[b - 1]); b++)
        {
            node = dictionary.Next(node, view[b - 1]);
            if (node >= 0 && dictionary.Frequency(node) > 0 && dictionary.Tag(node) == PersonTag)
            {
                return true;
            }
        }
        for (var a = start - 1; a >= Math.Max(0, start - MaxWordOverhang) && view[a] is >= '\u3400' and <= '\u9fff'; a--)
        {
            var node = dictionary.FindNode(view[a..end]);
            for (var b = end + 1; b <= last && node >= 0; b++)
            {
                // A common word around the key (发展中国家); a proper name built on it keeps it (长江三峡工程, 武警新疆总队).
                node = dictionary.Next(node, view[b - 1]);
                if (node >= 0 && dictionary.Frequency(node) > 0 && Array.IndexOf(ProperNounTags, dictionary.Tag(node) ?? "x") < 0)
                {
                    return true;
                }
            }
        }
        return StraddlesTwoWords(view, start, end);
    }

    /// <summary>jieba's tags of proper names: place, organisation, other proper noun, person.</summary>
    private static readonly string[] ProperNounTags = ["ns", "nt", "nz", "nr", "nrt", "nrfg"];

    private static void Add(ScanState state, PlaceMention mention)
    {
        state.Mentions.Add(mention);
        state.LastEnd = mention.End;
    }

    private int ParseChain(ReadOnlySpan<char> view, ScanState state, PlaceMention head)
    {
        var current = head;
        while (true)
        {
            // Reprint farms write pinyin after a character (第三师51团(tuán)6连): the chain goes on after it.
            if (TryUnitAt(view, state, current.End + InlinePinyinLength(view, current.End), current, null, out var child))
            {
                child = child with { Parent = current.Name };
                Add(state, child);
                current = child;
                continue;
            }
            var e = current.End;
            if (e + 1 < view.Length && TextClasses.Coordinators.Contains(view[e]) && state.GazetteerKeyLength[e] == 0
                && !current.IsAnaphor
                && TryUnitAt(view, state, e + 1, ParentOf(state, current), current.Level, out var sibling)
                && !OpensHigherPlace(view, state, e + 1, sibling, current.Level))
            {
                sibling = sibling with { Parent = current.Parent };
                Add(state, sibling);
                current = sibling;
                continue;
            }
            return current.End;
        }
    }

    /// <summary>
    /// Whether a coordinated sibling read by its suffix opens with a place above the list's level that ends inside it:
    /// 一师十一团十三连、三师四十四团十八连 and 十四连、六十六团八连 list a second chain (三师 …, 六十六团 …), not a company
    /// named 三师四十四团十八 or 六十六团八.
    /// </summary>
    private bool OpensHigherPlace(ReadOnlySpan<char> view, ScanState state, int start, PlaceMention sibling, PlaceLevel level)
        => TryUnitAt(view, state, start, null, null, out var alone) && alone.End < sibling.End && alone.Level < level;

    /// <summary>The length of an inline pinyin annotation such as <c>(tuán)</c> at <paramref name="p"/>, or 0.</summary>
    internal static int InlinePinyinLength(ReadOnlySpan<char> view, int p)
    {
        const int MaxSyllable = 7;
        if (p >= view.Length || view[p] is not ('(' or '\uff08'))
        {
            return 0;
        }
        var k = p + 1;
        while (k < view.Length && k - p <= MaxSyllable && IsPinyinLetter(view[k]))
        {
            k++;
        }
        return k > p + 1 && k < view.Length && view[k] is ')' or '\uff09' ? k + 1 - p : 0;
    }

    /// <summary>A lower-case Latin letter, with or without a tone mark (ā, ǎ, ü).</summary>
    private static bool IsPinyinLetter(char c) => c is >= 'a' and <= 'z' or >= '\u00e0' and <= '\u00fc' or >= '\u0101' and <= '\u01dc';

    /// <summary>The mention whose name is the parent of <paramref name="child"/>, for rank checks of a coordinated sibling.</summary>
    private static PlaceMention? ParentOf(ScanState state, PlaceMention child)
    {
        if (child.Parent is null)
        {
            return null;
        }
        for (var k = state.Mentions.Count - 1; k >= 0; k--)
        {
            if (state.Mentions[k].Name == child.Parent && state.Mentions[k].End <= child.Start)
            {
                return state.Mentions[k];
            }
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryUnitAt(ReadOnlySpan<char> view, ScanState state, int p, PlaceMention? prev, PlaceLevel? requiredLevel, out PlaceMention unit)
    {
        unit = default;
        if (p >= view.Length)
        {
            return false;
        }
        if (view[p] == AnaphorMark && requiredLevel is null)
        {
            return TryAnaphor(view, state, p, out unit);
        }
        if (TryGazetteerUnit(view, state, p, prev, requiredLevel, out unit))
        {
            // places15: a district written whole right after its Taiwan city (台中市大安區, 臺北市大安區) is the city's,
            // a township, not the table's county-level namesake (大安区 of 自贡).
            if (unit.Level == PlaceLevel.County && prev is { IsAnaphor: false, Level: PlaceLevel.Prefecture or PlaceLevel.County } city
                && prev.Value.End == p && IsOutsideTownshipUnder(unit.Name, city))
            {
                unit = unit with { Level = PlaceLevel.Township, Rank = RankOfLevel(PlaceLevel.Township) };
            }
            return true;
        }
        if (useTable && prev is { IsAnaphor: false, Level: PlaceLevel.Province or PlaceLevel.Prefecture } above
            && TrySuffixlessUnitUnder(view, p, above, requiredLevel, out unit))
        {
            return true;
        }
        if (prev is { IsAnaphor: false, Level: PlaceLevel.Prefecture or PlaceLevel.County } county && requiredLevel is null
            && TryOutsideNbsStemUnder(view, p, county, out unit))
        {
            return true;
        }
        if (prev is null && !IsHeadStart(view, state, p))
        {
            return false;
        }
        return TryUnknownUnit(view, state, p, prev, requiredLevel, out unit);
    }

    /// <summary>The units of outside-nbs-units by stem (三地门 of 三地门乡, 大安 of 大安区): the full name, the parent's, the level.</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<string, (string Name, string Parent, PlaceLevel Level)[]> OutsideNbsByStem =
        WordLists.Get(Gazetteer.OutsideNbsListName).Rows
            .GroupBy(r => r[0][..^1], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => (r[0], r[2], r[1] == "county" ? PlaceLevel.County : PlaceLevel.Township)).ToArray(), StringComparer.Ordinal);

    /// <summary>The characters the stems of <see cref="OutsideNbsByStem"/> begin with.</summary>
    private static readonly CharSet OutsideNbsStemFirstChars = new([.. OutsideNbsByStem.Keys.Where(k => k.Length > 0).Select(k => k[0]).Distinct()]);

    /// <summary>The longest stem <see cref="OutsideNbsByStem"/> holds that <see cref="TryOutsideNbsStemUnder"/> looks for.</summary>
    private const int MaxOutsideNbsStem = 4;

    /// <summary>
    /// A township or district of Taiwan written without its ending right after its county or city (屏東三地門, 花蓮縣富里,
    /// 台北市大安): the gazetteer's unit of that stem under the place before, by its stem.
    /// </summary>
    private bool TryOutsideNbsStemUnder(ReadOnlySpan<char> view, int p, PlaceMention above, out PlaceMention unit)
    {
        unit = default;
        // Most places are followed by no such stem: the place's keys are looked up once one is there.
        if (p + MinNameLength > view.Length || !OutsideNbsStemFirstChars.Contains(view[p]))
        {
            return false;
        }
        Gazetteer.Key[]? keys = null;
        var lookup = OutsideNbsByStem.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var len = Math.Min(MaxOutsideNbsStem, view.Length - p); len >= MinNameLength; len--)
        {
            var stem = view.Slice(p, len);
            // Written with its ending (宜蘭縣三星鄉行健村), the name is the suffix grammar's, with what follows it.
            if (stem.ContainsAnyExceptInRange('\u3400', '\u9fff') || !lookup.TryGetValue(stem, out var units)
                || (p + len < view.Length && MatchSuffix(view, p + len) is not null))
            {
                continue;
            }
            if (keys is null && !gazetteer.TryGetKeys(above.Name, out keys))
            {
                return false;
            }
            foreach (var (_, parent, level) in units)
            {
                foreach (var key in keys)
                {
                    if (key.Entry.Name == parent)
                    {
                        unit = new PlaceMention(p, p + len, stem.ToString(), level, null, RankOfLevel(level));
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>Whether outside-nbs-units has <paramref name="name"/> as a township under the gazetteer's unit <paramref name="above"/> names.</summary>
    private bool IsOutsideTownshipUnder(string name, PlaceMention above)
    {
        if (name.Length <= MinNameLength || !OutsideNbsByStem.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name.AsSpan(0, name.Length - 1), out var units)
            || !gazetteer.TryGetKeys(above.Name, out var keys))
        {
            return false;
        }
        foreach (var (full, parent, level) in units)
        {
            if (level != PlaceLevel.Township || full != name)
            {
                continue;
            }
            foreach (var key in keys)
            {
                if (key.Entry.Name == parent)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The longest stem of a county-level name written without its ending (醴陵 of 醴陵市, 武昌 of 武昌区).</summary>
    private const int MaxSuffixlessStem = 4;

    /// <summary>
    /// A county (or, under a province, a prefecture) written without its ending right after the province or
    /// prefecture that holds it: 湖南醴陵 is 醴陵市 of 湖南, 湖北武昌金口镇 is 武昌区 then its 金口镇. Only when
    /// one unit under the place before has that stem; where the ending follows (湖南醴陵市) the suffix grammar reads it.
    /// </summary>
    private static bool TrySuffixlessUnitUnder(ReadOnlySpan<char> view, int p, PlaceMention above, PlaceLevel? requiredLevel, out PlaceMention unit)
    {
        unit = default;
        if (p + MinNameLength > view.Length || !TextClasses.IsNameChar(view[p]) || !TextClasses.IsNameChar(view[p + 1]))
        {
            return false;
        }
        var table = DivisionTable.Default;
        if (!table.MayFindCountyOrPrefectureStartingWith(view[p], view[p + 1]))
        {
            return false; // every stem tried below begins with these two characters, and none is a county's or a prefecture's
        }
        var parents = UnitScratch.Rent();
        var units = UnitScratch.Rent();
        var parentsRead = false;
        try
        {
            for (var len = Math.Min(MaxSuffixlessStem, view.Length - p); len >= MinNameLength; len--)
            {
                var stem = view.Slice(p, len);
                if (stem.ContainsAnyExceptInRange('\u3400', '\u9fff') || (p + len < view.Length && MatchSuffix(view, p + len) is not null))
                {
                    continue;
                }
                if (!table.MayFindCountyOrPrefecture(stem))
                {
                    continue; // no county or prefecture bears the stem: none is found below
                }
                if (!parentsRead)
                {
                    // The units of the place above only once a stem may be a county: after most places none is.
                    parentsRead = true;
                    table.FindUnits(above.Name, parents);
                    KeepLevel(table, parents, above.Level);
                    if (parents.Count == 0)
                    {
                        return false;
                    }
                }
                units.Clear();
                table.FindUnits(stem, units, renames: false);
                int county = -1, prefecture = -1, counties = 0, prefectures = 0;
                foreach (var u in units)
                {
                    if (table.WrittenEndingLength(u) == 0 || !WithinAny(table, u, parents))
                    {
                        continue;
                    }
                    var level = table.LevelOf(u);
                    if (level == PlaceLevel.County)
                    {
                        (county, counties) = (u, counties + 1);
                    }
                    else if (level == PlaceLevel.Prefecture && above.Level == PlaceLevel.Province)
                    {
                        (prefecture, prefectures) = (u, prefectures + 1);
                    }
                }
                var found = prefectures == 1 ? prefecture : prefectures == 0 && counties == 1 ? county : -1;
                if (found < 0)
                {
                    continue;
                }
                var foundLevel = table.LevelOf(found);
                if (requiredLevel is { } required && required != foundLevel)
                {
                    return false;
                }
                unit = new PlaceMention(p, p + len, stem.ToString(), foundLevel, null, RankOfLevel(foundLevel));
                return true;
            }
            return false;
        }
        finally
        {
            UnitScratch.Return(units);
            UnitScratch.Return(parents);
        }
    }

    /// <summary>Removes the units not of <paramref name="level"/>, keeping the others' order.</summary>
    private static void KeepLevel(DivisionTable table, List<int> units, PlaceLevel level)
    {
        var kept = 0;
        for (var i = 0; i < units.Count; i++)
        {
            if (table.LevelOf(units[i]) == level)
            {
                units[kept++] = units[i];
            }
        }
        units.RemoveRange(kept, units.Count - kept);
    }

    private static bool WithinAny(DivisionTable table, int unit, List<int> ancestors)
    {
        foreach (var a in ancestors)
        {
            if (table.IsWithin(unit, a))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>An unknown name may start a text, or follow punctuation, a function word (在, 到, 驻…) or a place.</summary>
    private static bool IsHeadStart(ReadOnlySpan<char> view, ScanState state, int p) =>
        p == 0 || !TextClasses.IsNameChar(view[p - 1]) || TextClasses.PlaceLead.Contains(view[p - 1]) || state.LastEnd == p
        || StartsAfterLeadingVerb(view, p);

    private bool TryGazetteerUnit(ReadOnlySpan<char> view, ScanState state, int p, PlaceMention? prev, PlaceLevel? requiredLevel, out PlaceMention unit)
    {
        unit = default;
        var len = state.GazetteerKeyLength[p];
        if (len == 0)
        {
            return false;
        }
        var hits = state.GazetteerKeys[p]!; // the entries of that key, found with its length
        var best = hits[0];
        foreach (var hit in hits)
        {
            if ((!hit.IsAlias && best.IsAlias) || (hit.IsAlias == best.IsAlias && hit.Entry.Level < best.Entry.Level))
            {
                best = hit;
            }
        }
        var entry = best.Entry;
        // The Corps is an organisation: 兵团 alone is no place, 新疆生产建设兵团 holds the place 新疆.
        if (OrganisationPlaces.TryGetValue(entry.Name, out var placePart))
        {
            if (placePart.Length == 0 || placePart.Length >= len || !view[p..].StartsWith(placePart, StringComparison.Ordinal)
                || !gazetteer.TryGetKeys(view.Slice(p, placePart.Length), out var partHits))
            {
                return false;
            }
            len = placePart.Length;
            best = partHits[0];
            foreach (var hit in partHits)
            {
                if ((!hit.IsAlias && best.IsAlias) || (hit.IsAlias == best.IsAlias && hit.Entry.Level < best.Entry.Level))
                {
                    best = hit;
                }
            }
            entry = best.Entry;
        }
        var end = p + len;

        // A short form or a landmark followed by an administrative suffix is the stem of another place:
        // 石河子 + 镇, 那拉提 + 镇, 兰州 + 湾镇.
        // Not where the rest is a unit the place holds: 黔东南州 + 黎平县 is a chain, 兰州 + 湾镇 a stem.
        var villageStem = IsTableVillageStem(view, p, end, entry);
        // A Hong Kong or Taiwan township of the gazetteer is a stem too where a mainland unit bears its name with an ending
        // (沙头角 + 街道 of 深圳市盐田区: the table's 沙头角街道).
        var stemReason = best.IsAlias || entry.Level == PlaceLevel.Other || villageStem;
        var outsideTownship = !stemReason && entry.Level == PlaceLevel.Township && gazetteer.IsInProvinceOutside(DivisionTable.Default, entry);
        if ((stemReason || outsideTownship) && entry.Level is not (PlaceLevel.Country or PlaceLevel.Province)
            && TryStemUnit(view, state, p, end, prev, requiredLevel, out unit)
            && (!outsideTownship || (useTable && DivisionTable.Default.HasWrittenName(view[p..unit.End])))
            && !(useTable && unit.End - end > MinNameLength && Encloses(DivisionTable.Default, entry.Name, view[end..unit.End].ToString()))
            // 六师军户农场: a prefecture the table lacks (the Corps' divisions: their farms and regiments lie in counties)
            // written short before a unit the table names is a chain, not a stem.
            && !(useTable && entry.Level == PlaceLevel.Prefecture && unit.End - end > MinNameLength
                && !DivisionTable.Default.HasWrittenName(entry.Name) && DivisionTable.Default.HasWrittenName(view[end..unit.End]))
            // 位于田林县: a short form opening with a function character (于田) is no stem where the name after that
            // character is one the table has (田林县) and the whole is not.
            && !(useTable && TextClasses.Function.Contains(view[p]) && DivisionTable.Default.HasWrittenName(view[(p + 1)..unit.End])
                && !DivisionTable.Default.HasWrittenName(view[p..unit.End]))
            // Taiwan's townships are not in the table: a county of Taiwan written short before a named
            // township (彰化芬園鄉, 花蓮卓溪鄉) is a chain too.
            && !(unit.End - end > MinNameLength && gazetteer.IsInProvinceOutside(DivisionTable.Default, entry)))
        {
            return true;
        }
        if (villageStem)
        {
            return false;
        }

        var rank = RankOf(entry);
        if (prev is { } before && rank <= before.Rank)
        {
            return false;
        }
        if (requiredLevel is { } required && entry.Level != required)
        {
            return false;
        }
        // Two-character short forms of counties are common words elsewhere (农民丰收 holds 民丰):
        // they count only at a word start or after a locative word (进军浦东).
        // Prefectures' short forms stand anywhere (亮相武汉择价而医) but where they end a title (理事长沙尔山) or make a fruit (哈密瓜).
        if (best.IsAlias && len == 2 && prev is null && state.LastEnd != p && p > 0 && TextClasses.IsNameChar(view[p - 1])
            && (entry.Level == PlaceLevel.County && !EndsWithLocative(view, p) && !HeadsCoordinationOfLevel(view, state, end, entry.Level)
                && !(gazetteer.IsInProvinceOutside(DivisionTable.Default, entry) && WordMatch.StartsWithAny(view[end..], OfficeWords))
                || (entry.Level == PlaceLevel.Prefecture && view[p] == '长' && "事队市县省局校部处科院所会厂镇乡村团站班组州行".Contains(view[p - 1], StringComparison.Ordinal))))
        {
            return false;
        }
        if (best.IsAlias && len == 2 && p + len < view.Length && view[p + len] == '瓜')
        {
            return false;
        }
        // A common surname right before a two-character short form makes a person's name (审计长李金华), unless
        // the surname character ends a place (浙江金华) or the short form takes its suffix (李庄县 is a county).
        if (best.IsAlias && len == 2 && prev is null && p > 0 && state.LastEnd != p && CommonSurnames.Contains(view[p - 1])
            && entry.Level is PlaceLevel.Prefecture or PlaceLevel.County
            && (p + len >= view.Length || SuffixAt(view, state, p + len) is null))
        {
            return false;
        }
        var level = entry.Level;
        // 江苏省委, 天津市长, 凉山州委: the suffix belongs to the title; the place is the short form (江苏, 天津, 凉山).
        if ((!best.IsAlias || entry.Level == PlaceLevel.Prefecture) && len >= 3 && end < view.Length && TitleFollowers.TryGetValue(view[end - 1], out var followers) && followers.Title.Contains(view[end])
            && gazetteer.TryGetKeys(view.Slice(p, len - 1), out _))
        {
            end--;
            len--;
        }
        // Scenic areas named after a landmark: 那拉提旅游景区.
        foreach (var scenic in ScenicAreaEndings)
        {
            if (view[end..].StartsWith(scenic, StringComparison.Ordinal))
            {
                end += scenic.Length;
                level = PlaceLevel.Other;
                rank = TerminalRank;
                break;
            }
        }
        // A river or lake named after a place written short (喀什河, 特克斯河): the water is the place, not the prefecture.
        if (level == entry.Level && best.IsAlias && entry.Level is not (PlaceLevel.Country or PlaceLevel.Province)
            && end < view.Length && IsWaterEndingAt(view, end) && state.GazetteerKeyLength[end] == 0)
        {
            end++;
            level = PlaceLevel.Other;
            rank = TerminalRank;
        }
        unit = new PlaceMention(p, end, view[p..end].ToString(), level, null, rank);
        return true;
    }

    /// <summary>Endings of a river or lake named after a place (喀什河), with the characters after them that open another name: water-endings.tsv.</summary>
    private static readonly (char Ending, string NotBefore)[] WaterEndings =
        [.. WordLists.Get("water-endings").Rows.Select(r => (r[0][0], r.Length > 1 ? r[1] : ""))];

    /// <summary>Whether a water ending stands at <paramref name="at"/> and is not the start of a province (河南, 湖北).</summary>
    private static bool IsWaterEndingAt(ReadOnlySpan<char> view, int at)
    {
        foreach (var (ending, notBefore) in WaterEndings)
        {
            if (view[at] == ending)
            {
                return at + 1 >= view.Length || !notBefore.Contains(view[at + 1]);
            }
        }
        return false;
    }

    /// <summary>Words after a county of Taiwan or Hong Kong written short that make it an office's place (花蓮分署): office-words.tsv.</summary>
    private static readonly string[] OfficeWords = [.. WordLists.Get("office-words").Values()];

    /// <summary>
    /// Whether a place of <paramref name="level"/> by its gazetteer name follows <paramref name="end"/> after a
    /// coordinator: a list of counties written short (包括宜蘭、台東、屏東) names its first one too.
    /// </summary>
    private bool HeadsCoordinationOfLevel(ReadOnlySpan<char> view, ScanState state, int end, PlaceLevel level)
    {
        if (end + 1 >= view.Length || !TextClasses.Coordinators.Contains(view[end]))
        {
            return false;
        }
        var len = state.GazetteerKeyLength[end + 1];
        if (len == 0 || !gazetteer.TryGetKeys(view.Slice(end + 1, len), out var hits))
        {
            return false;
        }
        foreach (var hit in hits)
        {
            if (hit.Entry.Level == level)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Gazetteer entries that reports name as organisations, with the place they hold (organisation-places.tsv).</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<string, string> OrganisationPlaces =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(WordLists.Get("organisation-places").Rows, r => r[0], r => r[1], StringComparer.Ordinal);

    private static bool TryStemUnit(ReadOnlySpan<char> view, ScanState state, int p, int stemEnd, PlaceMention? prev, PlaceLevel? requiredLevel, out PlaceMention unit)
    {
        unit = default;
        for (var j = stemEnd; j < view.Length && j <= stemEnd + 3; j++)
        {
            if (state.GazetteerKeyLength[j] != 0)
            {
                return false;
            }
            if (SuffixAt(view, state, j) is { } suffix && suffix.Use == SuffixUse.Standalone && suffix.Level is PlaceLevel.County or PlaceLevel.Township or PlaceLevel.Village)
            {
                if ((prev is { } before && suffix.Rank <= before.Rank) || (requiredLevel is { } required && suffix.Level != required))
                {
                    return false;
                }
                var end = j + suffix.Text.Length;
                // 黄山和村民: 村 of 村民 makes no village of 黄山和; 南疆农村, 陕北农村 are the countryside of a region.
                // 祁连山周围: a character after the landmark that makes the suffix a common noun (周围, place-suffix-leaders.tsv).
                if (TitleOrCompoundFollows(view, end) || (end < view.Length && CommonNounFollows(suffix.Text[^1], view[end]))
                    || EndsWithGenericEnding(view[p..j])
                    || (j > stemEnd && CommonNounLeaders.TryGetValue(suffix.Text, out var leaders) && leaders.Contains(view[j - 1], StringComparison.Ordinal)))
                {
                    return false;
                }
                unit = new PlaceMention(p, end, view[p..end].ToString(), suffix.Level, null, suffix.Rank);
                return true;
            }
            if (!TextClasses.IsNameChar(view[j]))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>After 市/省/县: a title or compound that takes the suffix for itself (市长, 省委, 市郊, 市民).</summary>
    private static bool TitleOrCompoundFollows(ReadOnlySpan<char> view, int end) =>
        end < view.Length && TitleFollowers.TryGetValue(view[end - 1], out var followers)
        && (followers.Title.Contains(view[end]) || followers.Compound.Contains(view[end]));

    /// <summary>
    /// The characters after one suffix character that make it part of a title (委, 长) or a compound (郊, 民). A class,
    /// not a tuple: a frozen map to a value type is generic code of its own, compiled in a process's first pass
    /// (~25 ms), where a map to a reference shares the code of the other maps by character.
    /// </summary>
    private sealed record TitleFollowerSets(SearchValues<char> Title, SearchValues<char> Compound);

    /// <summary>place-title-followers.tsv: per suffix character, the characters that make it part of a title or a compound.</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<char, TitleFollowerSets> TitleFollowers =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(
            WordLists.Get("place-title-followers").Rows,
            r => r[0][0],
            r => new TitleFollowerSets(SearchValues.Create(r[1]), SearchValues.Create(r[2])));

    /// <summary>Endings that make a landmark a scenic area (那拉提旅游景区), longest first: scenic-area-endings.tsv.</summary>
    private static readonly string[] ScenicAreaEndings = [.. WordLists.Get("scenic-area-endings").Values()];

    /// <summary>What 该 + a suffix stands for (该县, 该社区): anaphor-suffixes.tsv, longest suffix first.</summary>
    private static readonly (string Suffix, PlaceLevel Level)[] AnaphorSuffixes =
        [.. WordLists.Get("anaphor-suffixes").Rows.Select(r => (r[0], Enum.Parse<PlaceLevel>(r[1], ignoreCase: true)))];

    /// <summary>The suffix of a city: 该市 stands for a place named with it, of county or prefecture level.</summary>
    private const char CitySuffix = '市';

    private static int RankOf(GazetteerEntry entry) => entry.Level switch
    {
        PlaceLevel.Country => 0,
        PlaceLevel.Province => 1,
        PlaceLevel.Prefecture => 2,
        PlaceLevel.County => 3,
        PlaceLevel.Township => 4,
        PlaceLevel.Village => 5,
        _ => entry.Name.EndsWith("兵团", StringComparison.Ordinal) ? 1 : TerminalRank,
    };

    /// <summary><see cref="Suffixes"/>' indices plus one, grouped as <see cref="SuffixGroups"/> (by first character, in data order).</summary>
    private static readonly byte[][] SuffixIndexGroups =
        [.. Enumerable.Range(0, Suffixes.Length).GroupBy(k => Suffixes[k].Text[0]).Select(g => g.Select(k => checked((byte)(k + 1))).ToArray())]; // a byte per position: 255 suffixes at most

    /// <summary>The index plus one of the suffix <see cref="MatchSuffix"/> finds at <paramref name="j"/>, or 0, for <see cref="ScanState.SuffixAt"/>.</summary>
    private static byte SuffixIndexAt(ReadOnlySpan<char> view, int j)
    {
        if (SuffixGroupOfChar[view[j]] == 0)
        {
            return 0;
        }
        var rest = view[j..];
        foreach (var k in SuffixIndexGroups[SuffixGroupOfChar[view[j]] - 1])
        {
            if (rest.StartsWith(Suffixes[k - 1].Text, StringComparison.Ordinal))
            {
                return k;
            }
        }
        return 0;
    }

    /// <summary><see cref="MatchSuffix"/> read from the scan's table of the text's suffixes.</summary>
    private static Suffix? SuffixAt(ReadOnlySpan<char> view, ScanState state, int j) =>
        j < view.Length && state.SuffixAt[j] != 0 ? Suffixes[state.SuffixAt[j] - 1] : null;

    private static Suffix? MatchSuffix(ReadOnlySpan<char> view, int j)
    {
        if (j >= view.Length || !SuffixFirstCharSet.Contains(view[j]) || SuffixGroupOfChar[view[j]] == 0)
        {
            return null;
        }
        var group = SuffixGroups[SuffixGroupOfChar[view[j]] - 1];
        var rest = view[j..];
        foreach (var suffix in group)
        {
            if (rest.StartsWith(suffix.Text, StringComparison.Ordinal))
            {
                return suffix;
            }
        }
        return null;
    }

    /// <summary>Arabic digits, ASCII and full-width: with the Chinese numerals, the names of numbered companies and regiments (51团6连).</summary>
    private static readonly SearchValues<char> ArabicDigits = SearchValues.Create("0123456789\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19");

    private static bool IsNumber(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!TextClasses.ChineseDigits.Contains(c) && !ArabicDigits.Contains(c))
            {
                return false;
            }
        }
        return name.Length > 0;
    }

    /// <summary>Whether a chain member's name may hold <paramref name="c"/>: a name character, or a digit of a numbered company (51团6连).</summary>
    private static bool IsChainNameChar(char c) => TextClasses.IsChainChar(c) || ArabicDigits.Contains(c);

    private bool TryUnknownUnit(ReadOnlySpan<char> view, ScanState state, int p, PlaceMention? prev, PlaceLevel? requiredLevel, out PlaceMention unit)
    {
        unit = default;
        if (prev is null ? !StartsStandaloneName(view, p) : !IsChainNameChar(view[p]))
        {
            return false;
        }
        var limit = Math.Min(view.Length, p + MaxUnknownName + 1);
        for (var j = p + 1; j < limit; j++)
        {
            if (state.GazetteerKeyLength[j] != 0)
            {
                return false;
            }
            if (SuffixAt(view, state, j) is { } suffix && Admissible(view, p, j, suffix, prev, requiredLevel, out var level, out var rank))
            {
                var end = j + suffix.Text.Length;
                var start = p;
                if (prev is null && state.LearnedNames is { } names)
                {
                    // A name learned earlier in the text ends here: it, not the longer run, is the place (尽管恰勒阔德村).
                    var learned = names.GetAlternateLookup<ReadOnlySpan<char>>();
                    for (var k = p + 1; k < j - 1; k++)
                    {
                        // 东赵庄村 after 赵庄村 was learned: a one-character position word before the learned name is the
                        // name's own (village-name-prefixes.tsv), not a word glued to it.
                        if (k == p + 1 && VillageNamePrefixes.Contains(view[p]))
                        {
                            continue;
                        }
                        if (learned.Contains(view[k..end]))
                        {
                            start = k;
                            break;
                        }
                    }
                }
                // 黄道口和马古台村: two villages, the second written with its ending; the place is the name after the
                // coordinator (the first is found by its stem or the table), unless the table has the whole name.
                var coordinator = view[p..j].LastIndexOfAny(TextClasses.Coordinators);
                if (start == p && coordinator >= MinNameLength && j - (p + coordinator + 1) >= MinNameLength
                    && !DivisionTable.Default.HasWrittenName(view[p..end]))
                {
                    if (prev is not null)
                    {
                        break;
                    }
                    start = p + coordinator + 1;
                }
                // A long run opening with a verb (加速推动博爱新村) is a clause, unless the table has the name.
                if (prev is null && start == p && j - p >= MinClauseLikeName && StartsWithVerb(view[p..j])
                    && !DivisionTable.Default.HasWrittenName(view[p..end]))
                {
                    break;
                }
                unit = new PlaceMention(start, end, view[start..end].ToString(), level, null, rank);
                state.Learn(unit.Name);
                return true;
            }
            if (prev is null ? !TextClasses.IsNameChar(view[j]) : !IsChainNameChar(view[j]))
            {
                break;
            }
        }
        if (prev is null && requiredLevel is null && TryAfterInnerStop(view, state, p, out unit))
        {
            return true;
        }
        // A transliterated river name on its own: 英达雅河.
        if (prev is null && requiredLevel is null)
        {
            for (var j = p + 3; j <= p + 4 && j < view.Length; j++)
            {
                if (view[j] == RiverEnding && !view[p..j].ContainsAnyExcept(TransliterationChars))
                {
                    unit = new PlaceMention(p, j + 1, view[p..(j + 1)].ToString(), PlaceLevel.Other, null, TerminalRank);
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// A run such as 家乡壶关县 or 中共桓台县委: the name begins after the last 乡/村 word or after 中共.
    /// </summary>
    private bool TryAfterInnerStop(ReadOnlySpan<char> view, ScanState state, int p, out PlaceMention unit)
    {
        unit = default;
        var limit = Math.Min(view.Length, p + MaxUnknownName + 1);
        var restart = view[p..].StartsWith(PartyPrefix, StringComparison.Ordinal) ? p + PartyPrefix.Length : -1;
        for (var j = p + 1; j < limit && TextClasses.IsNameChar(view[j]); j++)
        {
            if (SuffixAt(view, state, j) is { Use: SuffixUse.Standalone } suffix && restart > p && j - restart >= 2
                && state.GazetteerKeyLength[restart] == 0
                && Admissible(view, restart, j, suffix, null, null, out var level, out var rank))
            {
                var end = j + suffix.Text.Length;
                unit = new PlaceMention(restart, end, view[restart..end].ToString(), level, null, rank);
                state.Learn(unit.Name);
                return true;
            }
            if (view[j] is InnerStopTownship or InnerStopVillage)
            {
                restart = j + 1;
            }
        }
        return false;
    }

    /// <summary>
    /// An unknown name on its own starts at a name character right after the text start, punctuation or a
    /// locative word (在石河子镇, 从阿尔善村), not after any verb (帮带村, 提升村 are "help the village").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool StartsStandaloneName(ReadOnlySpan<char> view, int p)
    {
        if (!TextClasses.IsNameChar(view[p]))
        {
            return false;
        }
        // 来自秀林乡, 前往卓溪乡: after a locative word too (locative-words.tsv), as a county's stem may stand.
        if (p > 0 && view[p - 1] is >= '\u3400' and <= '\u9fff' && !TextClasses.PlaceLead.Contains(view[p - 1]) && !EndsWithLocative(view, p)
            && !StartsAfterLeadingVerb(view, p))
        {
            return false;
        }
        // 3.7公里村组公路: right after a number the characters are its measure word, not a name.
        return p == 0 || (!char.IsAsciiDigit(view[p - 1]) && !StartsInsideLocative(view, p));
    }

    /// <summary>Characters right after a standalone 村/乡/镇 that show it is the common noun (村民, 村干部, 村“两委”, 乡村, 乡亲): place-suffix-followers.tsv.</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<char, string> CommonNounFollowers =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(WordLists.Get("place-suffix-followers").Rows, r => r[0][0], r => r[1]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool CommonNounFollows(char suffixLast, char next) =>
        CommonNounFollowers.TryGetValue(suffixLast, out var chars) && chars.Contains(next, StringComparison.Ordinal);

    /// <summary>Characters after the suffix of a name neither the table nor the gazetteer knows that make a title or noun of the suffix (他告訴鄉長, 目前村長, 提起鄉事): unknown-name-followers.tsv.</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<char, string> UnknownNameFollowers =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(WordLists.Get("unknown-name-followers").Rows, r => r[0][0], r => r[1]);

    private static bool UnknownNameFollows(char suffixLast, char next) =>
        UnknownNameFollowers.TryGetValue(suffixLast, out var chars) && chars.Contains(next, StringComparison.Ordinal);

    /// <summary>
    /// Whether a name longer than two characters ends in a verb of jieba's dictionary (日上午举办社区, 持续耕耘社区: the
    /// suffix is the verb's object); transliterated tails aside.
    /// </summary>
    private static bool EndsWithVerb(ReadOnlySpan<char> name)
    {
        if (name.Length <= MinNameLength)
        {
            return false;
        }
        var tail = name[^MinNameLength..];
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        return tail.ContainsAnyExcept(TransliterationChars) && lexicon.IsWord(tail) && lexicon.Tag(tail) == VerbTag;
    }

    /// <summary>Characters after a village's suffix that make suffix and character a word of its people (村民): village-demonym-followers.tsv.</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<char, string> DemonymFollowers =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(WordLists.Get("village-demonym-followers").Rows, r => r[0][0], r => r[1]);

    private static bool DemonymFollows(char suffixLast, char next) =>
        DemonymFollowers.TryGetValue(suffixLast, out var chars) && chars.Contains(next, StringComparison.Ordinal);

    /// <summary>Characters right before a suffix that make a common noun (超市, 故乡, 山区, 农业大省): place-suffix-leaders.tsv.</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<string, string> CommonNounLeaders =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(WordLists.Get("place-suffix-leaders").Rows, r => r[0], r => r[1], StringComparer.Ordinal);

    /// <summary>
    /// Whether the name <c>view[p..j]</c> with <paramref name="suffix"/> is a place: the checks of a name
    /// inside a chain (<paramref name="prev"/> before it) or standing alone, then those of every name.
    /// A city's level follows the place above it in the chain, hence <paramref name="level"/> and <paramref name="rank"/>.
    /// </summary>
    private bool Admissible(ReadOnlySpan<char> view, int p, int j, Suffix suffix, PlaceMention? prev, PlaceLevel? requiredLevel, out PlaceLevel level, out int rank)
    {
        level = suffix.Level;
        rank = suffix.Rank;
        var name = view[p..j];
        var allDigits = IsNumber(name);
        // A company or regiment of a chain may be numbered with one digit (一师二团, 农场一连, 51团6连).
        if (name.Length < MinNameLength && !(allDigits && prev is not null && suffix.Numbering != Numbering.No) && !IsCompassDistrict(name, suffix, prev))
        {
            return false;
        }
        if (EndsInLongerSuffixHead(name, suffix) || EndingInsideKnownUnit(view, p, j, suffix))
        {
            return false;
        }
        var fits = prev is { } before
            ? AdmissibleInChain(name, suffix, before, allDigits, ref level, ref rank)
            : AdmissibleStandalone(view, name, j, suffix, allDigits);
        if (!fits)
        {
            return false;
        }
        // 阿热买里村 after its township: a chain-only suffix (里) followed by a village's ending is inside the name.
        if (suffix.Use == SuffixUse.ChainOnly && j + suffix.Text.Length < view.Length && CommonNounFollows(suffix.Text[^1], view[j + suffix.Text.Length]))
        {
            return false;
        }
        if (TransliterationFollowsSettlement(view, j, suffix))
        {
            return false;
        }
        // In a chain too, a name the table lacks is no place when it ends in a verb (屏東縣持續耕耘社區照顧) or when its
        // township suffix begins a common noun, inline pinyin between (湖南科技大學(xué)第三輪鄉(xiāng)村振興).
        if (prev is not null && !DivisionTable.Default.HasWrittenName(view[p..(j + suffix.Text.Length)]))
        {
            var next = j + suffix.Text.Length;
            next += InlinePinyinLength(view, next);
            if (EndsWithVerb(name) || (level == PlaceLevel.Township && next < view.Length && CommonNounFollows(suffix.Text[^1], view[next])))
            {
                return false;
            }
        }
        // 按照省, 紧紧依靠县, 凉山州投入新村, 其中安宁河谷新村: a name opening with a verb, preposition, adverb, conjunction or
        // pronoun of the dictionary is a phrase, unless the table has it (解放村, 前进村 are villages).
        if (OpensWithFunctionWord(name, level) && !DivisionTable.Default.HasWrittenName(view[p..(j + suffix.Text.Length)]))
        {
            return false;
        }
        // 日上午举办社区, 他告诉乡: a name standing alone that ends in a verb is a phrase, unless the table has it.
        if (prev is null && EndsWithVerb(name) && !DivisionTable.Default.HasWrittenName(view[p..(j + suffix.Text.Length)]))
        {
            return false;
        }
        if (requiredLevel is { } required && level != required)
        {
            return false;
        }
        foreach (var ending in GenericEndings)
        {
            // 广安门外街道: a longer name of a township or above that the table has is no description (示范村 stays one).
            if (name.EndsWith(ending, StringComparison.Ordinal)
                && !(level != PlaceLevel.Village && name.Length > MinNameLength && DivisionTable.Default.HasWrittenName(view[p..(j + suffix.Text.Length)])))
            {
                return false;
            }
        }
        // 上市, 超市, 故乡, 山区, 城镇, 农业大省: common nouns and descriptions, not names; but a township written
        // right after its county is named (彰化縣芬園鄉, 花蓮縣秀林鄉), and so is one after a locative word whose
        // last two characters make no word (來自秀林鄉; 来自江南水乡 stays the noun).
        if (CommonNounLeaders.TryGetValue(suffix.Text, out var leaders) && leaders.Contains(name[^1], StringComparison.Ordinal)
            && !(prev is { Rank: CountyRank } && level == PlaceLevel.Township && name.Length == MinNameLength)
            && !(prev is null && level == PlaceLevel.Township && name.Length == MinNameLength && EndsWithLocative(view, p) && !LeaderMakesWord(name[^1], suffix.Text)))
        {
            return false;
        }
        // 三省, 五县: a count, not a name (the Corps' numbered regiments aside).
        if (suffix.Numbering != Numbering.Only && TextClasses.ChineseDigits.Contains(name[^1]) && prev is null)
        {
            return false;
        }
        return !(level == PlaceLevel.Village && IsVillageCategory(name));
    }

    /// <summary>
    /// Whether the name ends in the head of a longer suffix that ends in this one (台南市里社區: 里社 + 區 is 里 + 社區,
    /// whose one-character name was refused): the longer suffix was tried first, the shorter one does not read it again.
    /// </summary>
    private static bool EndsInLongerSuffixHead(ReadOnlySpan<char> name, Suffix suffix)
    {
        foreach (var head in suffix.LongerHeads)
        {
            if (name.EndsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a leader and the suffix make a word of jieba's dictionary (水乡, 山区): 林乡 of 来自秀林乡 does not.</summary>
    private static bool LeaderMakesWord(char leader, string suffix)
    {
        Span<char> word = stackalloc char[1 + suffix.Length];
        word[0] = leader;
        suffix.AsSpan().CopyTo(word[1..]);
        return Segmentation.SegmenterResources.Default.Lexicon.IsWord(word);
    }

    private static bool EndsWithGenericEnding(ReadOnlySpan<char> name)
    {
        foreach (var ending in GenericEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>After a numeral, the words that make a category of villages (village-categories.tsv): 三无村, 十强村.</summary>
    private static readonly string[] VillageCategories = [.. WordLists.Get("village-categories").Values()];

    /// <summary>Whether a village's stem ends in a numeral and a category word (三无, 发展十强, 五好): a kind of village, not a name.</summary>
    private static bool IsVillageCategory(ReadOnlySpan<char> stem)
    {
        foreach (var category in VillageCategories)
        {
            if (stem.Length > category.Length && stem.EndsWith(category, StringComparison.Ordinal)
                && TextClasses.ChineseDigits.Contains(stem[^(category.Length + 1)]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Measure words after which a numeral is a count (count-classifiers.tsv): 有一支县政府办 holds no county 有一支.</summary>
    private static readonly SearchValues<char> CountClassifiers = WordLists.Get("count-classifiers").ToSearchValues();

    /// <summary>Whether a name holds a numeral followed by a measure word of counts (一支, 两个).</summary>
    private static bool HoldsCount(ReadOnlySpan<char> name)
    {
        for (var k = name.IndexOfAny(TextClasses.ChineseDigits); k >= 0 && k + 1 < name.Length; k++)
        {
            if (TextClasses.ChineseDigits.Contains(name[k]) && CountClassifiers.Contains(name[k + 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A name right after another place of the chain: below it in rank, and holding no other suffix.</summary>
    private static bool AdmissibleInChain(ReadOnlySpan<char> name, Suffix suffix, PlaceMention before, bool allDigits, ref PlaceLevel level, ref int rank)
    {
        if (suffix.Text[0] == CitySuffix && suffix.Text.Length == 1)
        {
            // A city right under a province is a prefecture (河北省保定市), under a prefecture a county-level
            // city, under a county a county-administered city (Taiwan's 縣轄市: 高雄縣鳳山市), a township.
            (level, rank) = before.Rank switch
            {
                <= ProvinceRank => (PlaceLevel.Prefecture, PrefectureRank),
                PrefectureRank => (PlaceLevel.County, CountyRank),
                _ => (PlaceLevel.Township, TownshipRank),
            };
        }
        if (rank <= before.Rank || rank == TerminalRank && suffix.Level != PlaceLevel.Other)
        {
            return false;
        }
        if (suffix.Text is "区" or "旗" or "州" or "地区" or "盟" && (before.Rank > PrefectureRank || name.Length > MaxDistrictNameInChain))
        {
            return false;
        }
        // A company or team is numbered (六连, 牧业五队) or stands under a township or farm (博尔通古牧场开干齐队):
        // 定南县挎包宣讲队 is a team of people.
        if (suffix.Numbering == Numbering.Allowed && (before.Rank < CountyRank || EndsInWord(name, suffix.Text)
            || (before.Rank < TownshipRank && !name.ContainsAny(TextClasses.ChineseDigits) && !name.ContainsAny(ArabicDigits))))
        {
            return false;
        }
        // 台南市37區有649里: a name the suffix gives no number holds no Arabic digit either (a count glued to the city).
        if (suffix.Numbering == Numbering.No && (allDigits || name.ContainsAny(ArabicDigits)))
        {
            return false;
        }
        if (suffix.Numbering == Numbering.Only && !allDigits)
        {
            return false;
        }
        // Inside a chain a name holds no other administrative or organisational suffix (孔集镇双丰村 is two places,
        // 白河林业局黄松蒲林场 is a bureau and a farm).
        if (name.ContainsAny(ChainNameStops))
        {
            return false;
        }
        return true;
    }

    /// <summary>
    /// Whether the name's last character and a company or team suffix make a word of jieba's dictionary other than a
    /// numeral (带队, 相连, 中队, 大队): 政协主席带队 after 越秀区 is a phrase, 开干齐队 a name; a numbered one (牧业五队,
    /// 农场一连) always is.
    /// </summary>
    private static bool EndsInWord(ReadOnlySpan<char> name, string suffix)
    {
        if (TextClasses.ChineseDigits.Contains(name[^1]) || ArabicDigits.Contains(name[^1]))
        {
            return false;
        }
        Span<char> word = stackalloc char[1 + suffix.Length];
        word[0] = name[^1];
        suffix.AsSpan().CopyTo(word[1..]);
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        return lexicon.IsWord(word);
    }

    /// <summary>A name standing alone: a suffix that may stand alone, a short name, no verb or stop inside, no common noun after.</summary>
    private static bool AdmissibleStandalone(ReadOnlySpan<char> view, ReadOnlySpan<char> name, int j, Suffix suffix, bool allDigits)
    {
        // The Corps' regiments are numbered: 一四七团 stands on its own.
        var regiment = suffix.Numbering == Numbering.Only && allDigits && name.Length >= MinRegimentDigits;
        if ((suffix.Use != SuffixUse.Standalone && !regiment) || name.Length > (regiment ? MaxRegimentDigits : suffix.MaxStandaloneName) || (allDigits && !regiment)
            || name.ContainsAny(StandaloneInnerStops) || name.StartsWith(PartyPrefix, StringComparison.Ordinal))
        {
            return false;
        }
        // 计划和村 (a plan and the village's): a longer name ending in a coordinator is a phrase, unless the table has it.
        if (!regiment && (HoldsCount(name) || (name.Length > MinNameLength && TextClasses.Coordinators.Contains(name[^1])
            && !DivisionTable.Default.HasWrittenName(view[(j - name.Length)..(j + suffix.Text.Length)]))))
        {
            return false;
        }
        if (WordMatch.StartsWithAny(name, LeadingVerbs))
        {
            return false;
        }
        var after = j + suffix.Text.Length;
        // 第三輪鄉(xiāng)村振興: the character after the suffix may come after an inline pinyin annotation.
        after += InlinePinyinLength(view, after);
        if (after < view.Length && (CommonNounFollows(suffix.Text[^1], view[after]) || UnknownNameFollows(suffix.Text[^1], view[after])))
        {
            return false;
        }
        // Before a landmark's or settlement's ending (岛, 部落) a word of the dictionary that names nothing (提出, 包括:
        // verbs; 多功能, 多位) is no name.
        if (suffix.Rank == TerminalRank && IsWordOtherThanNoun(name))
        {
            return false;
        }
        return true;
    }

    /// <summary>Whether jieba's dictionary has <paramref name="name"/> as a word of a part of speech other than a noun's (n, ns, nr, nz…).</summary>
    private static bool IsWordOtherThanNoun(ReadOnlySpan<char> name)
    {
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        return lexicon.IsWord(name) && lexicon.Tag(name) is var tag && !tag.StartsWith(NounTagStart);
    }

    /// <summary>A standalone name this long that opens with a verb is read as a clause (加速推动博爱新村).</summary>
    private const int MinClauseLikeName = 5;

    /// <summary>jieba's tag of verbs.</summary>
    private const string VerbTag = "v";

    /// <summary>Whether the first two characters of <paramref name="name"/> are a verb of jieba's dictionary (加速, 推动).</summary>
    private static bool StartsWithVerb(ReadOnlySpan<char> name)
    {
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        var head = name[..MinNameLength];
        return lexicon.IsWord(head) && lexicon.Tag(head) == VerbTag;
    }

    /// <summary>
    /// Whether the first two characters of <paramref name="name"/> are a word of jieba's dictionary tagged
    /// <see cref="Segmentation.PosTags.IsFunctionWord"/> (按照, 紧紧, 其中), or a verb with more after it (投入新村, 建成新村) or before a
    /// village's ending (改建村卫生室, 发现村内): a township's two-character name that is a verb is a name often enough
    /// (光復鄉 of Taiwan, which the table lacks).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool OpensWithFunctionWord(ReadOnlySpan<char> name, PlaceLevel level)
    {
        if (name.Length < MinNameLength)
        {
            return false;
        }
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        var head = name[..MinNameLength];
        // A transliterated name (提拉托村, 提拉塘村) may open with syllables that make a verb.
        return head.ContainsAnyExcept(TransliterationChars) && lexicon.IsWord(head) && lexicon.Tag(head) is var tag
            && (Segmentation.PosTags.IsFunctionWord(tag) || (tag == VerbTag && (name.Length > MinNameLength || level == PlaceLevel.Village)));
    }

    /// <summary>jieba's tags of nouns (n, ns, nr, nz, nt) begin with this letter.</summary>
    private const char NounTagStart = 'n';

    private static bool TryAnaphor(ReadOnlySpan<char> view, ScanState state, int p, out PlaceMention unit)
    {
        unit = default;
        var rest = view[(p + 1)..];
        PlaceLevel level;
        int length;
        level = default;
        length = 0;
        foreach (var (suffix, suffixLevel) in AnaphorSuffixes)
        {
            if (rest.StartsWith(suffix, StringComparison.Ordinal))
            {
                (level, length) = (suffixLevel, 1 + suffix.Length);
                break;
            }
        }
        if (length == 0)
        {
            return false;
        }

        // 该县, 该市 name a place of the same sentence; 该村 the village named last, possibly a paragraph before.
        var sentenceStart = p;
        while (sentenceStart > 0 && p - sentenceStart < TextClasses.MaxSentenceLength && !TextClasses.IsSentenceEnd(view[sentenceStart - 1]))
        {
            sentenceStart--;
        }
        var isCity = view[p + 1] == CitySuffix;
        for (var k = state.Mentions.Count - 1; k >= 0; k--)
        {
            var m = state.Mentions[k];
            var withinScope = level == PlaceLevel.Village ? p - m.Start <= TextClasses.MaxParagraphLookback : m.Start >= sentenceStart;
            if (!withinScope)
            {
                break;
            }
            var fits = m.Level == level
                || (isCity && m.Level == PlaceLevel.Prefecture && m.Name.EndsWith(CitySuffix));
            if (fits && (!isCity || m.Name.EndsWith(CitySuffix)))
            {
                unit = new PlaceMention(p, p + length, m.Name, m.Level, null, m.Rank, IsAnaphor: true);
                return true;
            }
        }
        return false;
    }

    private void AddHints(ReadOnlySpan<char> view, ScanState state, IEnumerable<(int Start, int End)> hints, TakenSpans taken)
    {
        foreach (var (start, end) in hints)
        {
            if (start < 0 || end > view.Length || end - start < 2 || taken.Overlaps(start, end)
                || view[start..end].ContainsAnyExcept(HintChars))
            {
                continue;
            }
            var level = PlaceLevel.Other;
            if (gazetteer.TryGetKeys(view[start..end], out var hits))
            {
                level = hits[0].Entry.Level;
            }
            else if (SuffixAt(view, state, end - 1) is { } suffix && suffix.Text.Length == 1)
            {
                level = suffix.Level;
            }
            state.Mentions.Add(new PlaceMention(start, end, view[start..end].ToString(), level, null, TerminalRank));
            taken.Take(start, end);
        }
    }

    /// <summary>Hinted places are CJK words only (a tagger's <c>ns</c> on digits or Latin letters is noise).</summary>
    private static readonly SearchValues<char> HintChars = SearchValues.Create(BuildCjkRange());

    private static string BuildCjkRange()
    {
        var chars = new char['\u9fff' - '\u4e00' + 1];
        for (var c = '\u4e00'; c <= '\u9fff'; c++)
        {
            chars[c - '\u4e00'] = c;
        }
        return new string(chars);
    }

    /// <summary>The longest stem a name of the division table is looked for with (柳树口 of 柳树口镇; 清水河子 of 清水河子乡).</summary>
    private const int MaxTableStem = 6;

    [ThreadStatic]
    private static List<int>? tableScratch;

    /// <summary>
    /// Names of the division table that the suffix grammar let pass (泽州县 holds 州, 无为市 holds 为, 柳树口镇 follows
    /// 泽州县 without a locative word, 闸北区 stands alone): at each administrative suffix no place covers, the longest
    /// name of the table of that level ending there. A one-character stem (和县, 下村) only beside a place that the
    /// table puts around or inside it (和县西埠镇, 卫庄镇下村). A place found so joins the place it touches into a chain.
    /// </summary>
    private static void AddTableNames(ReadOnlySpan<char> view, ScanState state, TakenSpans taken)
    {
        var mentions = state.Mentions;
        var table = DivisionTable.Default;
        var units = tableScratch ??= [];
        var found = 0;
        List<(int Start, int End, PlaceLevel Level)>? singles = null; // made at the first: most lines have none
        // Each suffix once: NextSuffixOrRiver would match it, then the test below again. The suffixes from
        // position 1 on, in text order, and after a name found only those after it.
        var from = 1;
        for (var t = 0; t < state.TriggerCount; t++)
        {
            var j = state.Triggers[t] >> TriggerBits;
            if ((state.Triggers[t] & SuffixTrigger) == 0 || j < from)
            {
                continue;
            }
            from = j + 1;
            if (SuffixAt(view, state, j) is not { } suffix || suffix.Level is not (PlaceLevel.County or PlaceLevel.Township or PlaceLevel.Village)
                || suffix.Numbering == Numbering.Only)
            {
                continue;
            }
            var end = j + suffix.Text.Length;
            if (taken.Overlaps(j, end) || (end < view.Length && CommonNounFollows(suffix.Text[^1], view[end])))
            {
                continue;
            }
            // A stem holds no taken character and only CJK ones: the starts before the nearest other character fail, so
            // they are not tried (the test a start took was most of the pass's cost before any table lookup).
            var lowest = j;
            while (lowest > 0 && j - lowest < MaxTableStem && !taken.Overlaps(lowest - 1, lowest) && view[lowest - 1] is >= '\u3400' and <= '\u9fff')
            {
                lowest--;
            }
            // The table's filter for every start at once (its cache misses overlap): a start it rules out has no TableLevel.
            var may = table.MayHaveWrittenNamesEndingAt(view, lowest, j, end);
            for (var start = lowest; start < j; start++)
            {
                // A one-character stem (下村) is checked against its neighbour below instead.
                // The table first: it answers most starts in one hash, where the word lists take a pass each.
                // 3.7公里村组: right after a number the characters are its measure word, not a name.
                if (((may >> (start - lowest)) & 1) == 0 || (start > 0 && char.IsAsciiDigit(view[start - 1]))
                    || TableLevel(table, units, view[start..end], suffix.Level) is not { } level
                    || (j - start > 1 && IsGenericOrVerb(view[start..j], suffix.Level) && !EnclosedByTouching(table, mentions, start, view[start..end])))
                {
                    continue;
                }
                if (j - start == 1)
                {
                    (singles ??= []).Add((start, end, level));
                    break;
                }
                // A name does not begin inside a word: 博爱新村 (unknown to the table) holds no 爱新村.
                if (StartsInsideWord(view, start))
                {
                    break;
                }
                mentions.Add(new PlaceMention(start, end, view[start..end].ToString(), level, null, RankOfLevel(level)));
                taken.Take(start, end);
                found++;
                from = end;
                break;
            }
        }
        if (found == 0 && singles is null)
        {
            return;
        }
        mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        foreach (var (start, end, level) in singles ?? [])
        {
            // 和县 before 西埠镇, 下村 after 卫庄镇: kept when the table puts the neighbour around or inside it.
            var k = PlaceMentions.FirstStartingAtOrAfter(mentions, end);
            var name = view[start..end].ToString();
            var rank = RankOfLevel(level);
            if (k < mentions.Count && mentions[k].Start == end && mentions[k].Rank > rank && Encloses(table, name, mentions[k].Name)
                || k > 0 && mentions[k - 1].End == start && mentions[k - 1].Rank < rank && Encloses(table, mentions[k - 1].Name, name))
            {
                if (!taken.Overlaps(start, end))
                {
                    mentions.Insert(k, new PlaceMention(start, end, name, level, null, rank));
                    taken.Take(start, end);
                }
            }
            // 渠县水口镇: a county of one character before a township the table lacks under it (merged before 2023) is
            // still that county, and the township its child, unless the character before makes a word with the stem (水渠).
            else if (level == PlaceLevel.County && k < mentions.Count && mentions[k].Start == end && mentions[k].Level == PlaceLevel.Township
                && mentions[k].Parent is null && !mentions[k].IsAnaphor && !taken.Overlaps(start, end)
                && !(start > 0 && TextClasses.IsNameChar(view[start - 1]) && Segmentation.SegmenterResources.Default.Lexicon.IsWord(view.Slice(start - 1, 2))))
            {
                mentions[k] = mentions[k] with { Parent = name };
                mentions.Insert(k, new PlaceMention(start, end, name, level, null, rank));
                taken.Take(start, end);
            }
        }
        // Join directly adjacent places into chains where the grammar left them apart (泽州县柳树口镇).
        for (var k = 1; k < mentions.Count; k++)
        {
            var (outer, inner) = (mentions[k - 1], mentions[k]);
            // A township right after its county, a village right after its township, is written as its child even
            // where the table lacks it there (渠县水口镇大田村: 水口镇 merged before 2023); the resolver then gives it no unit.
            if (inner.Start == outer.End && inner.Parent is null && !outer.IsAnaphor && !inner.IsAnaphor && inner.Rank > outer.Rank
                && inner.Rank != TerminalRank && (Encloses(table, outer.Name, inner.Name)
                    || (outer.Level, inner.Level) is (PlaceLevel.County, PlaceLevel.Township) or (PlaceLevel.Township, PlaceLevel.Village)))
            {
                mentions[k] = inner with { Parent = outer.Name };
            }
        }
    }

    /// <summary>Whether the two characters before <paramref name="start"/> are a word of jieba's dictionary that the character at it does not continue.</summary>
    private static bool FollowsWord(ReadOnlySpan<char> view, int start)
    {
        if (start < MinNameLength || !TextClasses.IsNameChar(view[start - 2]))
        {
            return false;
        }
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        return lexicon.IsWord(view.Slice(start - 2, 2)) && !lexicon.IsWord(view.Slice(start - 1, 2)) && !lexicon.IsWord(view.Slice(start - 2, 3));
    }

    /// <summary>
    /// Whether the character before <paramref name="start"/> and the one at it make a word of jieba's dictionary
    /// (博爱 of 博爱新村); an administrative suffix before it ends a place instead (县城关镇 holds 城关镇).
    /// </summary>
    private static bool StartsInsideWord(ReadOnlySpan<char> view, int start) =>
        start > 0 && start + 1 < view.Length && TextClasses.IsNameChar(view[start - 1]) && !SuffixFirstChars.Contains(view[start - 1])
        && Segmentation.SegmenterResources.Default.Lexicon.IsWord(view.Slice(start - 1, 2));

    /// <summary>Words after which a county-level name may stand without its ending (locative-words.tsv), longest first.</summary>
    private static readonly string[] LocativeWords = [.. WordLists.Get("locative-words").Values().OrderByDescending(w => w.Length)];

    /// <summary><see cref="LocativeWords"/> by their last character, longest first as there.</summary>
    private static readonly FrozenDictionary<char, string[]> LocativeWordsByLast =
        LocativeWords.GroupBy(w => w[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    private static readonly SearchValues<char> LocativeLastChars = SearchValues.Create(string.Concat(LocativeWords.Select(w => w[^1]).Distinct()));

    private static readonly CharSet LocativeLastCharSet = CharSetOf(LocativeLastChars);

    // The kinds of trigger characters the scan records once for the passes that look for them (ScanState.Triggers).
    private const int SuffixTrigger = 1;
    private const int RiverTrigger = 2;
    private const int LocativeTrigger = 4;
    private const int TriggerBits = 3;

    /// <summary>The kinds of trigger <paramref name="c"/> is: a suffix's first character, a river's ending, a locative word's last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TriggerKinds(char c) =>
        (SuffixFirstCharSet.Contains(c) ? SuffixTrigger : 0) | (c == RiverEnding ? RiverTrigger : 0) | (LocativeLastCharSet.Contains(c) ? LocativeTrigger : 0);

    /// <summary>The ending of a river's name (塔里木河), a grammar mark of the place scan.</summary>
    private const char RiverEnding = '河';

    /// <summary>A county stem tagged a place name by jieba is an ordinary word only above this frequency (平原, 江南).</summary>
    private const int MaxPlaceWordFrequency = 2000;

    /// <summary>A county stem jieba knows as another noun is an ordinary word above this frequency (资源, 港口, 名山).</summary>
    private const int MaxNounFrequency = 300;

    /// <summary>The longest dictionary word looked for right after a county stem (同心 in 同心协力 is no county).</summary>
    private const int MaxLongerWord = 4;

    /// <summary>
    /// Counties written without their ending after a locative word (在龙口, 来自醴陵): a stem that one county-level unit
    /// of the table bears and no province or prefecture, which is no ordinary word: jieba tags it a place, or knows
    /// it as a rare noun, or not at all, and it begins no longer dictionary word. 和平, 东方, 南部 stay words.
    /// </summary>
    private static void AddCountiesAfterLocatives(ReadOnlySpan<char> view, ScanState state, TakenSpans taken)
    {
        var added = false;
        List<int>? units = null;
        for (var t = 0; t < state.TriggerCount; t++)
        {
            if ((state.Triggers[t] & LocativeTrigger) == 0)
            {
                continue;
            }
            var q = state.Triggers[t] >> TriggerBits;
            if (q + 1 + MinNameLength > view.Length)
            {
                break; // the triggers come in text order: none after it leaves room for a name
            }
            var p = q + 1;
            // Every stem tried below begins with the same two characters: when no county or prefecture name does, none is one.
            if (taken.Overlaps(p, p + 1) || !TextClasses.IsNameChar(view[p]) || !DivisionTable.Default.MayFindCountyOrPrefectureStartingWith(view[p], view[p + 1]))
            {
                continue;
            }
            units ??= UnitScratch.Rent();
            for (var len = Math.Min(MaxSuffixlessStem, view.Length - p); len >= MinNameLength; len--)
            {
                var stem = view.Slice(p, len);
                if (stem.ContainsAnyExceptInRange('\u3400', '\u9fff') || taken.Overlaps(p, p + len)
                    || (p + len < view.Length && SuffixAt(view, state, p + len) is not null)
                    || LoneCountyStem(DivisionTable.Default, stem, units) < 0)
                {
                    continue;
                }
                // The locative word last: its dictionary lookups cost more than the table's filter, which most stems fail.
                if (!EndsWithLocative(view, p))
                {
                    break;
                }
                if (!IsOrdinaryWord(view, p, len) && !IsGenericOrVerb(stem, PlaceLevel.County))
                {
                    state.Mentions.Add(new PlaceMention(p, p + len, stem.ToString(), PlaceLevel.County, null, CountyRank));
                    taken.Take(p, p + len);
                    added = true;
                }
                break;
            }
        }
        if (units is not null)
        {
            UnitScratch.Return(units);
        }
        if (added)
        {
            state.Mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }


    /// <summary>
    /// Whether a locative word ends right before <paramref name="p"/>, and is not the end of another word
    /// (现在, 存在, 所在: a two-character dictionary word that the list does not hold).
    /// </summary>
    private static bool EndsWithLocative(ReadOnlySpan<char> view, int p)
    {
        if (p == 0 || !LocativeWordsByLast.TryGetValue(view[p - 1], out var words))
        {
            return false;
        }
        var before = view[..p];
        foreach (var word in words)
        {
            if (!before.EndsWith(word, StringComparison.Ordinal))
            {
                continue;
            }
            var start = p - word.Length;
            // 现在, 存在, 所在 end in 在 but are other words; the locative compounds (来到, 前往) are in the list, longest first.
            return !(word.Length == 1 && start > 0 && TextClasses.IsNameChar(view[start - 1])
                && Segmentation.SegmenterResources.Default.Lexicon.IsWord(view.Slice(start - 1, 2)));
        }
        return false;
    }

    /// <summary>The one county-level unit bearing this stem when no other county, prefecture or province does, else -1.</summary>
    private static int LoneCountyStem(DivisionTable table, ReadOnlySpan<char> stem, List<int> units)
    {
        units.Clear();
        if (!table.MayFindCountyOrPrefecture(stem))
        {
            return -1; // no county or prefecture bears it: what FindUnits finds (villages, townships) decides nothing
        }
        table.FindUnits(stem, units, renames: false);
        var found = -1;
        foreach (var u in units)
        {
            var level = table.LevelOf(u);
            if (level is PlaceLevel.Province or PlaceLevel.Prefecture || (level == PlaceLevel.County && found >= 0))
            {
                return -1;
            }
            if (level == PlaceLevel.County && table.WrittenEndingLength(u) > 0)
            {
                found = u;
            }
        }
        return found;
    }

    /// <summary>
    /// Whether the stem at <paramref name="p"/> reads as an ordinary word: jieba's dictionary knows it often under
    /// another tag, or a longer dictionary word starts there.
    /// </summary>
    private static bool IsOrdinaryWord(ReadOnlySpan<char> view, int p, int len)
    {
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        for (var longer = len + 1; longer <= len + MaxLongerWord && p + longer <= view.Length; longer++)
        {
            if (lexicon.IsWord(view.Slice(p, longer)))
            {
                return true;
            }
        }
        var stem = view.Slice(p, len);
        if (lexicon.Frequency(stem) is not { } frequency || frequency == 0)
        {
            return false;
        }
        return lexicon.Tag(stem) switch
        {
            "ns" => frequency > MaxPlaceWordFrequency,
            "n" or "nr" or "nz" or "nrt" or "nrfg" or "j" => frequency > MaxNounFrequency,
            _ => true,
        };
    }

    /// <summary>
    /// Whether a stem the table knows is still a description or a verb phrase (贫困村, 提升村). A one-character
    /// generic ending (州, 下, 家) counts only before a village: 泽州县 and 通州区 are names.
    /// </summary>
    /// <summary>A township or village name that more units bear than this says nothing about the document's county.</summary>
    private const int MaxEnclosingCandidates = 32;

    /// <summary>
    /// Names written without their ending where the document shows which unit they are: the county or prefecture
    /// around a township or village the document names (成了佛坪脱贫攻坚 in a report on 佛坪县's 大河坝镇), and a
    /// village of the table named again by its stem at a word start (关河 after 关河村, 三河口人). A county stem
    /// the document gives no such support stays unread: 和平, 东方, 长安 are words too.
    /// </summary>
    /// <summary>The most names a counted list (翁堵、立桂、翁兴、立木山4个村) is read for.</summary>
    private const int MaxCountedListNames = 12;

    /// <summary>The longest name in a counted list: short forms of villages and townships (立木山).</summary>
    private const int MaxCountedListName = 4;

    /// <summary>
    /// Names listed right before their count and level (翁堵、立桂、翁兴、立木山4个村, 东河、西河两个乡) are places of
    /// that level, written short: only where the count is the number of names and each name is two to four
    /// name characters, the first at a word start.
    /// </summary>
    private void AddCountedLists(ReadOnlySpan<char> view, ScanState state, TakenSpans taken)
    {
        var added = false;
        Span<(int Start, int End)> names = stackalloc (int, int)[MaxCountedListNames];
        for (var t = 0; t < state.TriggerCount; t++)
        {
            if ((state.Triggers[t] & SuffixTrigger) == 0)
            {
                continue;
            }
            var j = state.Triggers[t] >> TriggerBits;
            if (j == 0)
            {
                break; // as the scan always has: a text opening with a suffix's character is read for no counted list
            }
            // The count ends right before the level word, or before a measure word there (4个村, 两乡).
            var numEnd = j > 0 && CountClassifiers.Contains(view[j - 1]) ? j - 1 : j;
            var numStart = numEnd;
            while (numStart > 0 && numEnd - numStart < 2 && (NumeralChars.IsNumeralChar(view[numStart - 1]) || ArabicDigits.Contains(view[numStart - 1])))
            {
                numStart--;
            }
            if (numStart == numEnd || SuffixAt(view, state, j) is not { Use: SuffixUse.Standalone } suffix
                || suffix.Level is not (PlaceLevel.County or PlaceLevel.Township or PlaceLevel.Village)
                || !ChineseNumeralParser.TryParse(view[numStart..numEnd], out var counted)
                || counted < 2 || counted > MaxCountedListNames)
            {
                continue;
            }
            var found = 0;
            var end = ListBeforeCountEnd(view, numStart);
            while (found < (int)counted)
            {
                var start = end;
                while (start > 0 && end - start <= MaxCountedListName && TextClasses.IsNameChar(view[start - 1]) && !TextClasses.PlaceLead.Contains(view[start - 1])
                    && !NumeralChars.IsNumeralChar(view[start - 1]))
                {
                    start--;
                }
                // The first name of the list may follow a verb with no mark between (走进安化、保靖…五个县): there, the
                // longest stem of the list's level the table knows at the run's end.
                if (end - start > MaxCountedListName && found == (int)counted - 1)
                {
                    start = TableStemStart(view, end, suffix.Level);
                    if (start < 0)
                    {
                        start = KnownUnitStemStart(view, end, suffix.Level);
                    }
                }
                if (start < 0 || end - start is < MinNameLength or > MaxCountedListName)
                {
                    break;
                }
                names[found++] = (start, end);
                if (found < (int)counted)
                {
                    if (start < 2 || !TextClasses.Coordinators.Contains(view[start - 1]))
                    {
                        break;
                    }
                    end = start - 1;
                }
            }
            if (found == (int)counted)
            {
                names[found - 1] = FirstListedName(view, names[found - 1], suffix.Level);
            }
            if (found != (int)counted || names[found - 1].Start > 0 && NumeralChars.IsNumeralChar(view[names[found - 1].Start - 1])
                || HoldsCommonWord(view, names[..found], suffix.Level))
            {
                continue;
            }
            for (var k = found - 1; k >= 0; k--)
            {
                var (start, nameEnd) = names[k];
                if (!taken.Overlaps(start, nameEnd))
                {
                    state.Mentions.Add(new PlaceMention(start, nameEnd, view[start..nameEnd].ToString(), suffix.Level, null, suffix.Rank));
                    taken.Take(start, nameEnd);
                    added = true;
                    // A county listed short is named short again (汨罗屈子文化园), as one found by its suffix is.
                    if (suffix.Level == PlaceLevel.County)
                    {
                        state.Learn(string.Concat(view[start..nameEnd], suffix.Text));
                    }
                }
            }
        }
        if (added)
        {
            state.Mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>The part of speech jieba's dictionary gives place names.</summary>
    private const string PlaceNameTag = "ns";

    /// <summary>
    /// Whether a listed name is a word of jieba's dictionary other than a place name (道路、水利2个项目村 lists no villages),
    /// unless the table knows it as the stem of a unit of the list's level (安化 and 涟源 of 安化、保靖…五个县 are words too).
    /// </summary>
    private bool HoldsCommonWord(ReadOnlySpan<char> view, ReadOnlySpan<(int Start, int End)> names, PlaceLevel level)
    {
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        foreach (var (start, end) in names)
        {
            var name = view[start..end];
            if (lexicon.IsWord(name) && lexicon.Tag(name) != PlaceNameTag && !IsTableStemOfLevel(name, level) && !IsKnownUnitStem(name, level))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a county or prefecture of <paramref name="level"/> has <paramref name="stem"/> as its name without its ending.</summary>
    private static bool IsTableStemOfLevel(ReadOnlySpan<char> stem, PlaceLevel level)
    {
        var table = DivisionTable.Default;
        if (level is not (PlaceLevel.County or PlaceLevel.Prefecture) || !table.MayFindCountyOrPrefecture(stem))
        {
            return false;
        }
        var units = UnitScratch.Rent();
        try
        {
            units.Clear();
            table.FindUnits(stem, units, renames: false);
            foreach (var u in units)
            {
                if (table.LevelOf(u) == level && table.WrittenEndingLength(u) > 0 && table.Stem(u).SequenceEqual(stem))
                {
                    return true;
                }
            }
            return false;
        }
        finally
        {
            UnitScratch.Return(units);
        }
    }

    /// <summary>The start of the longest stem of <paramref name="level"/> the table knows that ends at <paramref name="end"/>, or -1.</summary>
    private static int TableStemStart(ReadOnlySpan<char> view, int end, PlaceLevel level)
    {
        for (var length = MaxCountedListName; length >= MinNameLength; length--)
        {
            if (end - length >= 0 && IsTableStemOfLevel(view[(end - length)..end], level))
            {
                return end - length;
            }
        }
        return -1;
    }

    /// <summary>The first position from <paramref name="from"/> of a trigger character of one of <paramref name="kinds"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NextTrigger(ScanState state, int from, int kinds)
    {
        var triggers = state.Triggers;
        int lo = 0, hi = state.TriggerCount;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (triggers[mid] >> TriggerBits < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (var k = lo; k < state.TriggerCount; k++)
        {
            if ((triggers[k] & kinds) != 0)
            {
                return triggers[k] >> TriggerBits;
            }
        }
        return -1;
    }

    private static void AddStemsOfDocumentPlaces(ReadOnlySpan<char> view, ScanState state, TakenSpans taken)
    {
        var mentions = state.Mentions;
        // Most lines name no township or village: nothing to read, and nothing to allocate.
        var any = false;
        foreach (var m in mentions)
        {
            if (!m.IsAnaphor && m.Level is PlaceLevel.Township or PlaceLevel.Village)
            {
                any = true;
                break;
            }
        }
        if (!any)
        {
            return;
        }
        var table = DivisionTable.Default;
        var units = UnitScratch.Rent();
        // The state's lists and sets, cleared: a line naming a village made four of them.
        var stems = state.Stems;
        var stemLevels = state.StemLevels;
        var seen = state.SeenStems;
        // A name mentioned again adds the stems it added the first time: each (name, is a village) is read once.
        var readNames = state.ReadNames;
        stems.Clear();
        stemLevels.Clear();
        seen.Clear();
        readNames.Clear();
        foreach (var m in mentions)
        {
            if (m.IsAnaphor || m.Level is not (PlaceLevel.Township or PlaceLevel.Village)
                || !readNames.Add((m.Name, m.Level == PlaceLevel.Village)))
            {
                continue;
            }
            // A township of Taiwan, which the table lacks, named with its ending is named again without it (秀林鄉 …
            // 幸福秀林, 富里鄉 … 富里站), unless its stem is a frequent word of another kind.
            if (m.Level == PlaceLevel.Township && OutsideNbsTownships.Contains(m.Name))
            {
                var stem = m.Name[..^1];
                var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
                if (!(lexicon.Frequency(stem) is > MaxNounFrequency && lexicon.Tag(stem) != PlaceNameTag) && seen.Add(stem))
                {
                    stems.Add(stem);
                    stemLevels.Add(PlaceLevel.Township);
                }
                continue;
            }
            units.Clear();
            table.FindUnits(m.Name, units);
            if (units.Count is 0 or > MaxEnclosingCandidates)
            {
                if (m.Level == PlaceLevel.Village)
                {
                    AddOwnVillageStem(m.Name, stems, stemLevels, seen);
                }
                continue;
            }
            foreach (var u in units)
            {
                for (var p = table.ParentOf(u); p >= 0; p = table.ParentOf(p))
                {
                    var level = table.LevelOf(p);
                    if (level is PlaceLevel.County or PlaceLevel.Prefecture && !SharesStemWithNamesake(table, p, m.Name, units.Count))
                    {
                        AddStem(table, p, level, stems, stemLevels, seen);
                    }
                }
            }
            if (m.Level == PlaceLevel.Village && table.IsWrittenName(units[0], m.Name))
            {
                AddStem(table, units[0], PlaceLevel.Village, stems, stemLevels, seen);
            }
            // A township named with its ending is named again without it (帮助龙桑寺发展建设): a stem of three
            // characters or more, or one the dictionary does not know as a word (商店 of 商店镇 stays a word).
            if (m.Level == PlaceLevel.Township && table.IsWrittenName(units[0], m.Name)
                && table.Stem(units[0]) is var townStem && (townStem.Length > MinNameLength || !Segmentation.SegmenterResources.Default.Lexicon.IsWord(townStem)))
            {
                AddStem(table, units[0], PlaceLevel.Township, stems, stemLevels, seen);
            }
        }
        UnitScratch.Return(units);
        if (stems.Count == 0)
        {
            return;
        }
        foreach (var hit in NameSearch.FindOnce(stems, view))
        {
            var (start, end) = (hit.Start, hit.End);
            var level = stemLevels[hit.Name];
            // 安龙团山堡: a suffix that needs a number (团 of 一四七团) does not make the stem a longer name.
            if (taken.Overlaps(start, end) || (end < view.Length && SuffixAt(view, state, end) is { Numbering: not Numbering.Only }))
            {
                continue;
            }
            if (level == PlaceLevel.Village && StemNamesRoad(view, end))
            {
                continue;
            }
            // A village's stem is a weaker clue than a county's: only where a word starts (“关河, 为关河, 的三河口人),
            // or right after a place above it (徐园子乡黄道口), which it continues as a chain.
            string? above = null;
            if (level == PlaceLevel.Village && start > 0 && TextClasses.IsNameChar(view[start - 1]) && !TextClasses.PlaceLead.Contains(view[start - 1]))
            {
                if (PlaceEndingAt(mentions, start) is { Rank: < VillageRank } before)
                {
                    above = before.Name;
                }
                else if (!LeadingVerbEndsAt(view, start))
                {
                    continue;
                }
            }
            mentions.Add(new PlaceMention(start, end, stems[hit.Name], level, above, RankOfLevel(level)));
            taken.Take(start, end);
        }
        mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The townships of the generated list outside-nbs-units (Taiwan's 鄉, 鎮 and county-administered 市, by full name).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> OutsideNbsTownships =
        WordLists.Get(Gazetteer.OutsideNbsListName).Rows.Where(r => r[1] == "township" && r[3] != "1").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);

    private static void AddStem(DivisionTable table, int unit, PlaceLevel level, List<string> stems, List<PlaceLevel> levels, HashSet<string> seen)
    {
        var stem = table.Stem(unit);
        if (stem.Length < MinNameLength || table.WrittenEndingLength(unit) == 0
            || seen.GetAlternateLookup<ReadOnlySpan<char>>().Contains(stem))
        {
            return;
        }
        var text = stem.ToString();
        seen.Add(text);
        stems.Add(text);
        levels.Add(level);
    }

    /// <summary>
    /// Whether a place found ends right at <paramref name="start"/> and the table puts <paramref name="name"/> inside it: a village
    /// written after its township is named even where its stem is a generic word (常家河镇合并村, 621121104214); 合并村 alone is none.
    /// </summary>
    private static bool EnclosedByTouching(DivisionTable table, List<PlaceMention> mentions, int start, ReadOnlySpan<char> name)
    {
        foreach (var m in mentions)
        {
            if (m.End == start && !m.IsAnaphor && Encloses(table, m.Name, name.ToString()))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsGenericOrVerb(ReadOnlySpan<char> stem, PlaceLevel level)
    {
        foreach (var ending in GenericEndings)
        {
            if ((ending.Length > 1 || level == PlaceLevel.Village) && stem.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        foreach (var verb in LeadingVerbs)
        {
            if (stem.StartsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return level == PlaceLevel.Village && (IsVillageCategory(stem) || HoldsCount(stem));
    }

    /// <summary>The level of the table's units named <paramref name="name"/> at the suffix's level (a 市 may be a prefecture), or null.</summary>
    private static PlaceLevel? TableLevel(DivisionTable table, List<int> units, ReadOnlySpan<char> name, PlaceLevel suffixLevel)
    {
        units.Clear();
        if (!table.HasWrittenName(name))
        {
            return null;
        }
        table.FindUnits(name, units, renames: false);
        PlaceLevel? level = null;
        foreach (var u in units)
        {
            var l = table.LevelOf(u);
            if (l == suffixLevel || (suffixLevel == PlaceLevel.County && l == PlaceLevel.Prefecture))
            {
                if (level is { } other && other != l)
                {
                    return suffixLevel;
                }
                level = l;
            }
        }
        return level;
    }

    /// <summary>Whether some unit named <paramref name="outer"/> holds some unit named <paramref name="inner"/>.</summary>
    private static bool Encloses(DivisionTable table, string outer, string inner)
    {
        var outerUnits = UnitScratch.Rent();
        List<int>? innerUnits = null;
        try
        {
            table.FindUnits(outer, outerUnits);
            if (outerUnits.Count == 0)
            {
                return false;
            }
            innerUnits = UnitScratch.Rent();
            table.FindUnits(inner, innerUnits);
            foreach (var i in innerUnits)
            {
                foreach (var o in outerUnits)
                {
                    if (i != o && table.IsWithin(i, o))
                    {
                        return true;
                    }
                }
            }
            return false;
        }
        finally
        {
            if (innerUnits is not null)
            {
                UnitScratch.Return(innerUnits);
            }
            UnitScratch.Return(outerUnits);
        }
    }

    private static int RankOfLevel(PlaceLevel level) => level switch
    {
        PlaceLevel.Province => ProvinceRank,
        PlaceLevel.Prefecture => PrefectureRank,
        PlaceLevel.County => CountyRank,
        PlaceLevel.Township => TownshipRank,
        PlaceLevel.Village => VillageRank,
        _ => TerminalRank,
    };

    /// <summary>The place (no anaphor) that ends at <paramref name="end"/>, or null.</summary>
    private static PlaceMention? PlaceEndingAt(List<PlaceMention> mentions, int end)
    {
        foreach (var m in mentions)
        {
            if (m.End == end && !m.IsAnaphor)
            {
                return m;
            }
        }
        return null;
    }

    private static void AddRepeats(ReadOnlySpan<char> view, ScanState state, TakenSpans taken)
    {
        if (state.LearnedNames is null)
        {
            return;
        }
        // A county found by its suffix is named again without it (晴隆县 … 到晴隆，与…): its stem, at a word start.
        List<string>? stems = null; // made at the first: most learned names are no county
        foreach (var name in state.LearnedNames)
        {
            if (name.Length >= 3 && name[^1] == '县')
            {
                (stems ??= []).Add(name[..^1]);
            }
        }
        if (stems is not null)
        {
            foreach (var hit in NameSearch.FindOnce(stems, view))
            {
                var (start, end) = (hit.Start, hit.End);
                var atWordStart = start == 0 || !TextClasses.IsNameChar(view[start - 1]) || TextClasses.PlaceLead.Contains(view[start - 1]);
                if (atWordStart && !taken.Overlaps(start, end) && (end >= view.Length || SuffixAt(view, state, end) is null))
                {
                    state.Mentions.Add(new PlaceMention(start, end, stems[hit.Name], PlaceLevel.County, null, 3));
                    taken.Take(start, end);
                }
            }
        }
        // The level a learned name was found with: its first mention's (among those found so far: made at the first
        // repeat that counts, as most learned names are found only where they were learned).
        Dictionary<string, PlaceMention>? firstFound = null;
        var foundBefore = state.Mentions.Count;
        var names = new List<string>();
        foreach (var name in state.LearnedNames)
        {
            // Two characters only for a numbered company or regiment (二团, 6连), found in a chain before.
            if (name.Length >= 3 || (name.Length == 2 && IsNumber(name.AsSpan(0, 1))))
            {
                names.Add(name);
            }
        }
        if (names.Count == 0)
        {
            return;
        }
        foreach (var hit in NameSearch.FindOnce(names, view))
        {
            var name = names[hit.Name];
            var (start, end) = (hit.Start, hit.End);
            if (taken.Overlaps(start, end))
            {
                continue;
            }
            if (firstFound is null)
            {
                firstFound = new Dictionary<string, PlaceMention>(StringComparer.Ordinal);
                for (var k = 0; k < foundBefore; k++)
                {
                    if (!state.Mentions[k].IsAnaphor)
                    {
                        firstFound.TryAdd(state.Mentions[k].Name, state.Mentions[k]);
                    }
                }
            }
            var (level, rank) = firstFound.TryGetValue(name, out var first) ? (first.Level, first.Rank) : (PlaceLevel.Other, TerminalRank);
            // 团山堡村民 after 团山堡村: the villagers of 团山堡, whose name is the place (village-demonym-followers.tsv).
            if (level == PlaceLevel.Village && end < view.Length && DemonymFollows(view[end - 1], view[end]))
            {
                if (name.Length - 1 < MinNameLength)
                {
                    continue;
                }
                (end, name) = (end - 1, name[..^1]);
            }
            string? parent = null;
            // After a whole word of the dictionary (关注光復鄉, 走访光复乡) the name starts a word of its own.
            if (name.Length < 4 && start > 0 && TextClasses.IsNameChar(view[start - 1]) && !FollowsWord(view, start))
            {
                // Inside a word it is no repeat, but right after a place above it the chain goes on (51团6连).
                if (PlaceEndingAt(state.Mentions, start) is not { } above || above.Rank >= rank)
                {
                    continue;
                }
                parent = above.Name;
            }
            state.Mentions.Add(new PlaceMention(start, end, name, level, parent, rank));
            taken.Take(start, end);
        }
    }
}
