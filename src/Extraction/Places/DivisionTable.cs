using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// China's official divisions (National Bureau of Statistics, 2023: 31 provinces down to 620,000
/// villages) with their codes, looked up by name. Immutable and thread-safe; the shipped table (columns and
/// a name index built by the build) is copied out of the assembly on first use.
/// </summary>
public sealed partial class DivisionTable
{
    internal const string FormerNamesResource = "WorkTeam.Extraction.Places.division-names.tsv";

    private static readonly Lazy<DivisionTable> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly byte[] levels;
    private readonly ushort[] locals;
    /// <summary>
    /// How far before each unit its parent is (0 for a province; <see cref="FarParent"/> when farther than a ushort holds,
    /// then in <see cref="farParents"/>): half the memory of the parents' indexes (1.3 of 2.7 MB) for a subtraction.
    /// </summary>
    private readonly ushort[] parentDistances;
    private readonly Dictionary<int, int> farParents;
    private readonly byte[] endings;

    /// <summary>
    /// Where the stems of each block of <see cref="StemBlock"/> units start in <see cref="pool"/>; a unit's stem starts after
    /// those of the units before it in its block (<see cref="stemLengths"/>): 0.2 MB and a few additions a stem where the
    /// start of every unit took 2.7 MB.
    /// </summary>
    private readonly int[] stemBlockStarts;
    private readonly byte[] stemLengths;
    private readonly char[] pool;
    private readonly string[] officialEndings;
    private readonly string[] writtenEndings;

    /// <summary>
    /// The endings grouped by their last character (<see cref="EndingsByLast"/>): the written endings, and the official
    /// endings reports write otherwise (村民委员会 → 村). A name is tested only against the endings of its own last
    /// character, where every lookup tested all forty.
    /// </summary>
    private readonly EndingsByLast writtenByLast;
    private readonly EndingsByLast rewrittenByLast;
    /// <summary>
    /// The index of written names: the units of bucket b are <see cref="writtenUnits"/>[<see cref="writtenBucketStarts"/>[b]..[b + 1]],
    /// in unit order, each beside the <see cref="DivisionFormat.Tag"/> of its name's hash (<see cref="writtenTags"/>). A bucket is
    /// one run of memory, and a unit's name is read only when its tag matches: the linked buckets read two arrays and the name at
    /// every unit, a cache miss each. Built by the build (<see cref="DivisionFormat.NameIndex"/>) and copied at load.
    /// </summary>
    private readonly int[] writtenBucketStarts;
    private readonly int[] writtenUnits;
    private readonly ushort[] writtenTags;

    /// <summary>
    /// A Bloom filter of the written names' hashes (two bits a name): a lookup of a name no unit bears, what the
    /// table passes ask at most suffixes of a text, ends here in two reads instead of walking a bucket of units.
    /// </summary>
    private readonly ulong[] writtenFilter;
    private readonly int[] byStemHeads;
    private readonly int[] stemUnits;
    private readonly int[] byStemNext;
    private readonly Dictionary<string, List<(int Unit, int Year)>> otherNames;

    /// <summary>The names under which <see cref="FindUnits"/> may find a county or a prefecture; built at its first use (see MayFindCountyOrPrefecture).</summary>
    private CountyKeys? countyKeys;

    /// <summary>
    /// The county and prefecture names, and a one-bit-per-slot filter over their first and last characters and
    /// length: most names asked are no such name, and the filter answers them without hashing the whole name.
    /// </summary>
    private sealed class CountyKeys(HashSet<string> names, string rewrittenFirstChars)
    {
        private readonly ulong[] filter = Filter(names);

        /// <summary>One bit per slot for the first two characters of every name: all the stems asked at one position share them.</summary>
        private readonly Text.CharPairFilter pairFilter = new(names.Where(n => n.Length >= 2).Select(n => Text.CharPairFilter.Pair(n[0], n[1])));

        /// <summary>The first characters of the official endings rewritten before a lookup (村委会 → 村): after one of them the pair may change.</summary>
        private readonly Text.CharSet rewrittenFirst = new(rewrittenFirstChars);

        /// <summary>False when no name of two characters or more that <see cref="MayHold"/> could be asked begins with these two.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool MayStartWith(char first, char second)
        {
            return pairFilter.MayContain(first, second) || rewrittenFirst.Contains(second);
        }

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Names { get; } = names.GetAlternateLookup<ReadOnlySpan<char>>();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool MayHold(ReadOnlySpan<char> name)
        {
            uint slot = Slot(name);
            return (filter[slot >> 6] & (1UL << (int)(slot & 63))) != 0;
        }

        private static uint Slot(ReadOnlySpan<char> name) =>
            ((((uint)name[0] * 0x9E3779B1u) ^ ((uint)name[^1] * 0x85EBCA77u) ^ ((uint)name.Length * 0xC2B2AE3Du)) >> 15) & 0xFFFF;

        private static ulong[] Filter(HashSet<string> names)
        {
            var filter = new ulong[65536 / 64];
            foreach (var name in names)
            {
                if (name.Length > 0)
                {
                    uint slot = Slot(name);
                    filter[slot >> 6] |= 1UL << (int)(slot & 63);
                }
            }
            return filter;
        }
    }

    /// <summary>The table shipped with the library, loaded once on first use.</summary>
    public static DivisionTable Default => DefaultInstance.Value;

    /// <summary>How many units the table holds, placeholders (1101 市辖区) included.</summary>
    public int Count => levels.Length;

    // Runs once over 665,000 units at first use: compiled optimized at once rather than through tier 0.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private DivisionTable(byte[] levels, ushort[] locals, byte[] endings, byte[] stemLengths, char[] pool,
        string[] officialEndings, string[] writtenEndings, DivisionFormat.NameIndex index)
    {
        int n = levels.Length;
        this.levels = levels;
        this.endings = endings;
        this.pool = pool;
        this.officialEndings = officialEndings;
        this.writtenEndings = writtenEndings;
        writtenByLast = new EndingsByLast(writtenEndings, e => true);
        rewrittenByLast = new EndingsByLast(officialEndings, e => officialEndings[e] != writtenEndings[e]);
        this.stemLengths = stemLengths;
        stemBlockStarts = new int[(n + StemBlock - 1) / StemBlock];
        int poolAt = 0;
        for (int i = 0; i < n; i++)
        {
            if (i % StemBlock == 0)
            {
                stemBlockStarts[i / StemBlock] = poolAt;
            }
            poolAt += stemLengths[i];
        }
        if (poolAt != pool.Length)
        {
            throw new InvalidDataException("stem lengths do not add up to the pool");
        }
        // Code order puts a parent before its children: the last unit seen one level up is the parent.
        this.locals = locals;
        parentDistances = new ushort[n];
        farParents = [];
        Span<int> last = stackalloc int[6];
        last.Fill(-1);
        for (int i = 0; i < n; i++)
        {
            int level = levels[i] & ~DivisionFormat.PlaceholderFlag;
            if (level is < 1 or > 5 || (level > 1 && last[level - 1] < 0))
            {
                throw new InvalidDataException($"unit {i}: level {level} out of order");
            }
            int parent = level == 1 ? -1 : last[level - 1];
            if (i - parent > ushort.MaxValue - 1 && parent >= 0)
            {
                parentDistances[i] = FarParent;
                farParents[i] = parent;
            }
            else
            {
                parentDistances[i] = parent < 0 ? (ushort)0 : (ushort)(i - parent);
            }
            last[level] = i;
            for (int l = level + 1; l <= 5; l++)
            {
                last[l] = -1;
            }
        }
        CheckIndex(index, n);
        writtenBucketStarts = index.BucketStarts;
        writtenUnits = index.Units;
        writtenTags = index.Tags;
        writtenFilter = index.Filter;
        byStemHeads = index.StemHeads;
        stemUnits = index.StemUnits;
        byStemNext = index.StemNext;
        otherNames = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
    }

    /// <summary>Throws unless every bucket, unit and chain of the stored index lies inside the table (a corrupt resource fails at load, not at a lookup).</summary>
    [MethodImpl(MethodImplOptions.NoOptimization)] // runs once per process: an optimised compile costs more than it saves
    private static void CheckIndex(DivisionFormat.NameIndex index, int n)
    {
        var starts = index.BucketStarts;
        if (starts.Length < 2 || !System.Numerics.BitOperations.IsPow2(starts.Length - 1) || starts[0] != 0 || starts[^1] != index.Units.Length
            || index.Tags.Length != index.Units.Length || index.Filter.Length == 0 || !System.Numerics.BitOperations.IsPow2(index.Filter.Length)
            || index.StemHeads.Length == 0 || !System.Numerics.BitOperations.IsPow2(index.StemHeads.Length) || index.StemNext.Length != index.StemUnits.Length)
        {
            throw new InvalidDataException("name index: bad array lengths");
        }
        for (int b = 1; b < starts.Length; b++)
        {
            if (starts[b] < starts[b - 1])
            {
                throw new InvalidDataException("name index: bucket starts out of order");
            }
        }
        CheckRange(index.Units, 0, n, "unit");
        CheckRange(index.StemUnits, 0, n, "stem unit");
        CheckRange(index.StemHeads, -1, index.StemUnits.Length, "stem chain");
        CheckRange(index.StemNext, -1, index.StemUnits.Length, "stem chain");
        // Every link points back (the build adds an entry before the old head), so every chain ends.
        for (int k = 0; k < index.StemNext.Length; k++)
        {
            if (index.StemNext[k] >= k)
            {
                throw new InvalidDataException("name index: stem chain does not end");
            }
        }
    }

    private static void CheckRange(int[] values, int min, int end, string what)
    {
        foreach (int v in values)
        {
            if (v < min || v >= end)
            {
                throw new InvalidDataException($"name index: {what} {v} out of range");
            }
        }
    }

    /// <summary>Ending ids (from 1, in id order) grouped by the ending's last character.</summary>
    private sealed class EndingsByLast
    {
        private readonly char[] lasts;
        private readonly int[][] ids;

        public EndingsByLast(string[] endings, Func<int, bool> take)
        {
            var lastList = new List<char>();
            var idLists = new List<List<int>>();
            for (int e = 1; e < endings.Length; e++)
            {
                if (endings[e].Length == 0 || !take(e))
                {
                    continue;
                }
                int g = lastList.IndexOf(endings[e][^1]);
                if (g < 0)
                {
                    g = lastList.Count;
                    lastList.Add(endings[e][^1]);
                    idLists.Add([]);
                }
                idLists[g].Add(e);
            }
            lasts = [.. lastList];
            ids = [.. idLists.Select(l => l.ToArray())];
        }

        /// <summary>The ids of the endings that end in <paramref name="last"/>, in id order.</summary>
        public int[] EndingsOf(char last)
        {
            int g = lasts.AsSpan().IndexOf(last);
            return g < 0 ? [] : ids[g];
        }
    }

    private const uint HashSeed = DivisionFormat.HashSeed;

    private void AddToFilter(uint h)
    {
        var (word, bits) = DivisionFormat.FilterSlot(h, writtenFilter.Length);
        writtenFilter[word] |= bits;
    }

    /// <summary>False when no unit is written with the name of this hash; true when one may be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool MayBeWritten(uint h)
    {
        var (word, bits) = DivisionFormat.FilterSlot(h, writtenFilter.Length);
        return (writtenFilter[word] & bits) == bits;
    }

    /// <summary>Endings changed by renaming (库车县 → 库车市), with the level of the units kept: division-renames.tsv.</summary>
    /// <remarks>In a class of its own so that the table's first use does not wait for the word lists.</remarks>
    private static class RenameList
    {
        public static readonly (string Ending, string Becomes, PlaceLevel Level)[] Items =
            [.. WordLists.Get("division-renames").Rows.Select(r => (r[0].Split(RenameArrow)[0], r[0].Split(RenameArrow)[1], Enum.Parse<PlaceLevel>(r[1], ignoreCase: true)))];
    }

    /// <summary>Separates the old ending from the new in division-renames.tsv (县→市).</summary>
    private const char RenameArrow = '\u2192';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint Hash(uint h, ReadOnlySpan<char> s) => DivisionFormat.Hash(h, s);

    /// <summary>
    /// Every unit a name can be, current names first, then units that bore it before (沙湾县 → 沙湾市),
    /// then units named by it without their ending (醴陵 → 醴陵市) where the name has no ending of its own.
    /// The name may be simplified or traditional, and written with the official ending (劳光村委会) or
    /// the one reports use (劳光村). Placeholders (1101 市辖区) are never returned.
    /// </summary>
    /// <param name="name">A place name.</param>
    public IReadOnlyList<Division> Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = ScriptConverter.Default.ToSimplified(name.Trim());
        var units = new List<int>();
        FindUnits(key, units);
        var result = new Division[units.Count];
        for (int i = 0; i < units.Count; i++)
        {
            result[i] = new Division(this, units[i]);
        }
        return result;
    }

    /// <summary>The unit with this code (2, 4, 6, 9 or 12 digits), or null when none has it or it is a placeholder.</summary>
    /// <param name="code">A division code.</param>
    public Division? FindCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        int unit = IndexOfCode(code);
        return unit < 0 ? null : new Division(this, unit);
    }

    /// <summary>The units of a simplified name, deduplicated, in the order <see cref="Find"/> documents.</summary>
    /// <param name="name">A simplified name.</param>
    /// <param name="into">The list the units are added to.</param>
    /// <param name="renames">
    /// Whether a name the table lacks may be a county or township renamed since (库车县 for 库车市): true for a name
    /// the text calls a place; false where the table is the only evidence that a word is a place (海滨城市 is no 滨城区).
    /// </param>
    internal void FindUnits(ReadOnlySpan<char> name, List<int> into, bool renames = true)
    {
        int first = into.Count;
        Span<char> buffer = stackalloc char[64];
        Span<char> renamedBuffer = stackalloc char[64];
        if (name.Length == 0 || name.Length > 48)
        {
            return;
        }
        // Written with the official ending (劳光村委会): look up the form reports use (劳光村).
        scoped ReadOnlySpan<char> written = name;
        foreach (int e in rewrittenByLast.EndingsOf(name[^1]))
        {
            var official = officialEndings[e];
            if (name.Length > official.Length && name.EndsWith(official, StringComparison.Ordinal))
            {
                int stem = name.Length - official.Length;
                name[..stem].CopyTo(buffer);
                writtenEndings[e].AsSpan().CopyTo(buffer[stem..]);
                written = buffer[..(stem + writtenEndings[e].Length)];
                break;
            }
        }
        // Nothing is in the list yet and a bucket holds each unit once: no unit can come twice, and the check
        // for one cost the square of the units a common name has (新村: hundreds).
        AddWritten(written, into, first, unique: true);
        if (otherNames.Count > 0 && MayBeWritten(Hash(HashSeed, written)) && otherNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(written, out var former))
        {
            foreach (var (unit, _) in former)
            {
                AddOnce(into, first, unit);
            }
        }
        if (into.Count == first && renames)
        {
            // Renamed since the report was written (库车县 → 库车市, 富阳市 → 富阳区, a 乡 made a 镇): the
            // same stem under the ending it was given, when the old name is nowhere in the table.
            foreach (var (ending, becomes, level) in RenameList.Items)
            {
                int stem = written.Length - ending.Length;
                if (stem < 2 || !written.EndsWith(ending, StringComparison.Ordinal) || stem + becomes.Length > renamedBuffer.Length)
                {
                    continue;
                }
                var renamed = renamedBuffer[..(stem + becomes.Length)];
                written[..stem].CopyTo(renamed);
                becomes.AsSpan().CopyTo(renamed[stem..]);
                int before = into.Count;
                AddWritten(renamed, into, first);
                for (int i = into.Count - 1; i >= before; i--)
                {
                    if (LevelOf(into[i]) != level)
                    {
                        into.RemoveAt(i);
                    }
                }
            }
        }
        if (!EndsWithWrittenEnding(written))
        {
            int s = (int)(Hash(HashSeed, written) & (uint)(byStemHeads.Length - 1));
            for (int k = byStemHeads[s]; k >= 0; k = byStemNext[k])
            {
                // The length first, from its own array: Stem sums up to fifteen lengths before the pool is read.
                if (stemLengths[stemUnits[k]] == written.Length && Stem(stemUnits[k]).SequenceEqual(written))
                {
                    AddOnce(into, first, stemUnits[k]);
                }
            }
        }
    }

    /// <summary>
    /// False when <see cref="FindUnits"/> (without renames) surely finds no county-level or prefecture-level unit for
    /// <paramref name="name"/>: one set lookup for a question asked after every locative word (在龙口) and after every
    /// province or prefecture (湖南醴陵), most often of no such unit at all.
    /// </summary>
    /// <remarks>
    /// The set holds every county's and prefecture's written name and stem and every former name of one, so it answers yes
    /// for each name <see cref="FindUnits"/> could find one under (its written form, its stem, a former name); yes is no promise.
    /// </remarks>
    internal bool MayFindCountyOrPrefecture(ReadOnlySpan<char> name)
    {
        if (name.Length == 0)
        {
            return false;
        }
        // The field first: the method group makes a delegate at every call (one object a place test) once it is built.
        var keys = countyKeys ?? LazyInitializer.EnsureInitialized(ref countyKeys, BuildCountyKeys);
        Span<char> buffer = stackalloc char[64];
        scoped ReadOnlySpan<char> written = name;
        foreach (int e in rewrittenByLast.EndingsOf(name[^1]))
        {
            var official = officialEndings[e];
            if (name.Length > official.Length && name.Length <= 48 && name.EndsWith(official, StringComparison.Ordinal))
            {
                int stem = name.Length - official.Length;
                name[..stem].CopyTo(buffer);
                writtenEndings[e].AsSpan().CopyTo(buffer[stem..]);
                written = buffer[..(stem + writtenEndings[e].Length)];
                break;
            }
        }
        return keys.MayHold(written) && keys.Names.Contains(written);
    }

    private CountyKeys BuildCountyKeys()
    {
        var rewrittenFirst = new System.Text.StringBuilder();
        for (int e = 1; e < officialEndings.Length; e++)
        {
            if (officialEndings[e].Length > 0 && officialEndings[e] != writtenEndings[e])
            {
                rewrittenFirst.Append(officialEndings[e][0]);
            }
        }
        return new(CountyNames(), rewrittenFirst.ToString());
    }

    /// <summary>
    /// False when <see cref="MayFindCountyOrPrefecture"/> answers no for every name of two characters or more that begins
    /// with <paramref name="first"/> and <paramref name="second"/>: one test for the stems of every length at a position.
    /// </summary>
    internal bool MayFindCountyOrPrefectureStartingWith(char first, char second) =>
        (countyKeys ?? LazyInitializer.EnsureInitialized(ref countyKeys, BuildCountyKeys)).MayStartWith(first, second);

    private HashSet<string> CountyNames()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (int u = 0; u < Count; u++)
        {
            if (LevelOf(u) is PlaceLevel.County or PlaceLevel.Prefecture)
            {
                keys.Add(WrittenName(u));
                keys.Add(Stem(u).ToString());
            }
        }
        foreach (var (name, units) in otherNames)
        {
            if (units.Exists(x => LevelOf(x.Unit) is PlaceLevel.County or PlaceLevel.Prefecture))
            {
                keys.Add(name);
            }
        }
        return keys;
    }

    /// <summary>
    /// For each start from <paramref name="lowest"/> to <paramref name="lowest"/> + 63 before <paramref name="end"/>, a
    /// bit (start − lowest) that is 0 when <see cref="HasWrittenName"/> of <c>text[start..end]</c> is surely false: the
    /// filter's words of all the names read in one loop, so their cache misses overlap where a scan asking start by start
    /// waited for each in turn.
    /// </summary>
    internal ulong MayHaveWrittenNamesEndingAt(ReadOnlySpan<char> text, int lowest, int limit, int end)
    {
        ulong may = 0;
        for (int start = lowest; start < limit && start - lowest < 64; start++)
        {
            var (word, bits) = DivisionFormat.FilterSlot(Hash(HashSeed, text[start..end]), writtenFilter.Length);
            if ((writtenFilter[word] & bits) == bits)
            {
                may |= 1UL << (start - lowest);
            }
        }
        return may;
    }

    /// <summary>
    /// Whether some unit is written exactly <paramref name="written"/> (simplified, with the ending reports use) or bore
    /// it before: one hash and one bucket, for a scan that asks at every suffix of a text and mostly hears no.
    /// </summary>
    internal bool HasWrittenName(ReadOnlySpan<char> written)
    {
        uint h = Hash(HashSeed, written);
        if (!MayBeWritten(h))
        {
            return false; // no unit's name, and no former or short name either: the filter holds those too
        }
        int b = (int)(h & (uint)(writtenBucketStarts.Length - 2));
        ushort tag = DivisionFormat.Tag(h);
        for (int k = writtenBucketStarts[b], end = writtenBucketStarts[b + 1]; k < end; k++)
        {
            if (writtenTags[k] == tag && IsWrittenAs(writtenUnits[k], written))
            {
                return true;
            }
        }
        return otherNames.Count > 0 && otherNames.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(written);
    }

    private bool EndsWithWrittenEnding(ReadOnlySpan<char> name)
    {
        if (name.Length == 0)
        {
            return false;
        }
        foreach (int e in writtenByLast.EndingsOf(name[^1]))
        {
            if (name.Length > writtenEndings[e].Length && name.EndsWith(writtenEndings[e], StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private void AddWritten(ReadOnlySpan<char> written, List<int> into, int first, bool unique = false)
    {
        uint h = Hash(HashSeed, written);
        if (!MayBeWritten(h))
        {
            return;
        }
        int b = (int)(h & (uint)(writtenBucketStarts.Length - 2));
        ushort tag = DivisionFormat.Tag(h);
        for (int k = writtenBucketStarts[b], end = writtenBucketStarts[b + 1]; k < end; k++)
        {
            int i = writtenUnits[k];
            if (writtenTags[k] == tag && IsWrittenAs(i, written))
            {
                if (unique)
                {
                    into.Add(i);
                }
                else
                {
                    AddOnce(into, first, i);
                }
            }
        }
    }

    /// <summary>Whether unit <paramref name="unit"/> is written <paramref name="written"/>: its stem and the ending reports use.</summary>
    private bool IsWrittenAs(int unit, ReadOnlySpan<char> written)
    {
        var stem = Stem(unit);
        var ending = writtenEndings[endings[unit]];
        return written.Length == stem.Length + ending.Length && written.StartsWith(stem) && written[stem.Length..].SequenceEqual(ending);
    }

    private static void AddOnce(List<int> into, int first, int unit)
    {
        for (int i = first; i < into.Count; i++)
        {
            if (into[i] == unit)
            {
                return;
            }
        }
        into.Add(unit);
    }

    internal ReadOnlySpan<char> Stem(int unit)
    {
        int start = stemBlockStarts[unit / StemBlock];
        for (int u = unit - unit % StemBlock; u < unit; u++)
        {
            start += stemLengths[u];
        }
        return pool.AsSpan(start, stemLengths[unit]);
    }

    /// <summary>Units a block of <see cref="stemBlockStarts"/>.</summary>
    private const int StemBlock = 16;

    /// <summary>A <see cref="parentDistances"/> entry whose parent is in <see cref="farParents"/>.</summary>
    private const ushort FarParent = ushort.MaxValue;

    /// <summary>The unit's parent (a placeholder included), or -1 for a province.</summary>
    private int Parent(int unit)
    {
        int d = parentDistances[unit];
        return d == 0 ? -1 : d == FarParent ? farParents[unit] : unit - d;
    }

    /// <summary>The name as reports write it (劳光村 for 劳光村委会).</summary>
    internal string WrittenName(int unit) => string.Concat(Stem(unit), writtenEndings[endings[unit]]);

    /// <summary>The length of the ending reports write after the unit's stem (0 when the name is all stem).</summary>
    internal int WrittenEndingLength(int unit) => writtenEndings[endings[unit]].Length;

    /// <summary>Whether <paramref name="name"/> is the unit's <see cref="WrittenName"/>, without building that string.</summary>
    internal bool IsWrittenName(int unit, ReadOnlySpan<char> name)
    {
        var stem = Stem(unit);
        var ending = writtenEndings[endings[unit]];
        return name.Length == stem.Length + ending.Length && name.StartsWith(stem) && name[stem.Length..].SequenceEqual(ending);
    }

    /// <summary>The name as the NBS list gives it.</summary>
    internal string OfficialName(int unit) => string.Concat(Stem(unit), officialEndings[endings[unit]]);

    internal PlaceLevel LevelOf(int unit) => (PlaceLevel)(levels[unit] & ~DivisionFormat.PlaceholderFlag);

    internal bool IsPlaceholder(int unit) => (levels[unit] & DivisionFormat.PlaceholderFlag) != 0;

    /// <summary>The enclosing unit that is a place (a county under 6590 自治区直辖县级行政区划 rolls up to its province); -1 for a province.</summary>
    internal int ParentOf(int unit)
    {
        int p = Parent(unit);
        while (p >= 0 && IsPlaceholder(p))
        {
            p = Parent(p);
        }
        return p;
    }

    /// <summary>Whether any unit lies inside <paramref name="unit"/> (code order puts its first child right after it); 71 台湾省 has none.</summary>
    internal bool HasChildren(int unit) => unit + 1 < parentDistances.Length && parentDistances[unit + 1] == 1;

    internal int DigitsOf(int unit) => LevelOf(unit) switch
    {
        PlaceLevel.Province => 2,
        PlaceLevel.Prefecture => 4,
        PlaceLevel.County => 6,
        PlaceLevel.Township => 9,
        _ => 12,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal string CodeOf(int unit)
    {
        // The level's leading digits of the 12-digit code, formatted once (not the 12 digits, then a substring of them).
        int digits = DigitsOf(unit);
        return (FullCode(unit) / CodeDivisors[digits]).ToString(CodeFormats[digits], CultureInfo.InvariantCulture);
    }

    /// <summary>By a code's length: what the 12-digit code is divided by to leave that many leading digits.</summary>
    private static ReadOnlySpan<long> CodeDivisors => [1_000_000_000_000, 100_000_000_000, 10_000_000_000, 1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

    /// <summary>By a code's length: the format that pads it with leading zeros to that length.</summary>
    private static readonly string[] CodeFormats = ["D0", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10", "D11", "D12"];

    /// <summary>The code padded to 12 digits: each level's own digits after its parent's.</summary>
    private long FullCode(int unit)
    {
        long code = 0;
        for (int u = unit; u >= 0; u = Parent(u))
        {
            code += locals[u] * Scale[levels[u] & ~DivisionFormat.PlaceholderFlag];
        }
        return code;
    }

    private static ReadOnlySpan<long> Scale => [1, 10_000_000_000, 100_000_000, 1_000_000, 1_000, 1];

    /// <summary>Whether <paramref name="unit"/> is <paramref name="ancestor"/> or lies inside it.</summary>
    internal bool IsWithin(int unit, int ancestor)
    {
        for (int u = unit; u >= 0; u = Parent(u))
        {
            if (u == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    internal int IndexOfCode(ReadOnlySpan<char> code)
    {
        int level = code.Length switch { 2 => 1, 4 => 2, 6 => 3, 9 => 4, 12 => 5, _ => 0 };
        if (level == 0 || !long.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return -1;
        }
        for (int digits = code.Length; digits < 12; digits++)
        {
            value *= 10;
        }
        int lo = 0, hi = levels.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = FullCode(mid).CompareTo(value);
            if (c == 0)
            {
                c = (levels[mid] & ~DivisionFormat.PlaceholderFlag).CompareTo(level);
            }
            if (c == 0)
            {
                return IsPlaceholder(mid) ? -1 : mid;
            }
            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /// <summary>The year a unit stopped bearing <paramref name="name"/>, when it is one of its former names.</summary>
    internal int? FormerNameYear(string name, int unit)
    {
        if (otherNames.TryGetValue(name, out var list))
        {
            foreach (var (u, year) in list)
            {
                if (u == unit && year > 0)
                {
                    return year;
                }
            }
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.NoOptimization)] // runs once per process: an optimised compile costs more than it saves
    private static DivisionTable LoadDefault()
    {
        string name = ResourceFormat.LogicalName(DivisionFormat.FileName);
        using var stream = typeof(DivisionTable).Assembly.GetManifestResourceStream(name)
            ?? throw new ResourceLoadException(name, "not embedded in the assembly; was the build's resource step skipped?");
        using var names = typeof(DivisionTable).Assembly.GetManifestResourceStream(FormerNamesResource)
            ?? throw new ResourceLoadException(FormerNamesResource, "not embedded in the assembly.");
        using var namesReader = new StreamReader(names);
        try
        {
            return Load(stream, namesReader);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            throw new ResourceLoadException(name, "corrupt: " + e.Message, e);
        }
    }

    /// <summary>Reads the compiled table and the former-names TSV (name, code, year, note).</summary>
    [MethodImpl(MethodImplOptions.NoOptimization)] // runs once per process: an optimised compile costs more than it saves
    internal static DivisionTable Load(Stream compiled, TextReader formerNames)
    {
        Span<byte> header = stackalloc byte[8];
        compiled.ReadExactly(header);
        if (BinaryPrimitives.ReadInt32LittleEndian(header) != DivisionFormat.Magic)
        {
            throw new InvalidDataException("bad header");
        }
        int version = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        if (version != DivisionFormat.Version)
        {
            // A stale build artefact, not a damaged one: say which.
            throw new InvalidDataException($"format version {version}, this build reads {DivisionFormat.Version}");
        }
        // Uncompressed (DivisionFormat): each column is one copy out of the stream, the mapped assembly's resource.
        using var reader = new BinaryReader(compiled, System.Text.Encoding.UTF8, leaveOpen: true);
        int n = reader.ReadInt32();
        if (n is <= 0 or > 10_000_000)
        {
            throw new InvalidDataException($"unit count {n}");
        }
        var levels = ReadArray<byte>(compiled, n);
        var locals = ReadArray<ushort>(compiled, n);
        var endings = ReadArray<byte>(compiled, n);
        var stemLengths = ReadArray<byte>(compiled, n);
        var pool = ReadArray<char>(compiled, reader.ReadInt32());
        int endingCount = reader.ReadInt32();
        var official = new string[endingCount];
        var written = new string[endingCount];
        for (int e = 0; e < endingCount; e++)
        {
            official[e] = ReadString(compiled, reader);
            written[e] = ReadString(compiled, reader);
        }
        foreach (var e in endings)
        {
            if (e >= endingCount)
            {
                throw new InvalidDataException($"ending id {e} of {endingCount}");
            }
        }
        var names = new List<(string, int, int)>();
        int shortCount = reader.ReadInt32();
        for (int i = 0; i < shortCount; i++)
        {
            var shortName = ReadString(compiled, reader);
            int unit = reader.ReadInt32();
            if ((uint)unit >= (uint)n)
            {
                throw new InvalidDataException($"short name {shortName}: unit {unit}");
            }
            names.Add((shortName, unit, 0));
        }
        var index = new DivisionFormat.NameIndex(
            ReadArray<int>(compiled, reader.ReadInt32()), ReadArray<int>(compiled, reader.ReadInt32()), ReadArray<ushort>(compiled, reader.ReadInt32()),
            ReadArray<ulong>(compiled, reader.ReadInt32()), ReadArray<int>(compiled, reader.ReadInt32()), ReadArray<int>(compiled, reader.ReadInt32()),
            ReadArray<int>(compiled, reader.ReadInt32()));
        var table = new DivisionTable(levels, locals, endings, stemLengths, pool, official, written, index);
        int lineNo = 0;
        for (var line = formerNames.ReadLine(); line is not null; line = formerNames.ReadLine())
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var cols = line.Split('\t');
            int unit = cols.Length >= 3 ? table.IndexOfCode(cols[1]) : -1;
            if (cols.Length < 3 || cols[0].Length == 0 || unit < 0 || !int.TryParse(cols[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                throw new FormatException($"{FormerNamesResource}:{lineNo}: expected 'name<TAB>code<TAB>year<TAB>note' with a known code, got '{line}'");
            }
            names.Add((cols[0], unit, year));
        }
        table.otherNames.Clear();
        foreach (var (shortName, unit, year) in names)
        {
            if (!table.otherNames.TryGetValue(shortName, out var list))
            {
                table.otherNames[shortName] = list = [];
            }
            list.Add((unit, year));
            table.AddToFilter(Hash(HashSeed, shortName));
        }
        return table;
    }

    private static T[] ReadArray<T>(Stream stream, int length) where T : struct
    {
        if (length < 0)
        {
            throw new InvalidDataException("negative array length");
        }
        // A length the rest of the resource cannot hold is corruption, not a 16 GB allocation.
        if (stream.CanSeek && (long)length * Unsafe.SizeOf<T>() > stream.Length - stream.Position)
        {
            throw new InvalidDataException("array longer than the resource");
        }
        var values = new T[length];
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static string ReadString(Stream stream, BinaryReader reader)
    {
        int length = reader.ReadByte();
        var chars = ReadArray<char>(stream, length);
        return new string(chars);
    }
}
