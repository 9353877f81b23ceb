using System.Collections.Frozen;
using System.Globalization;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Text;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Places;

/// <summary>One place of the gazetteer: its canonical simplified name, level, enclosing place and short forms.</summary>
public sealed class GazetteerEntry
{
    internal GazetteerEntry(string name, PlaceLevel level, string? parentName, string[] aliases, int order, string? code = null, string? parentCode = null)
    {
        Order = order;
        Name = name;
        Level = level;
        ParentName = parentName;
        Aliases = aliases;
        Code = code;
        ParentCode = parentCode;
    }

    /// <summary>
    /// The official division code the file gives this place (12 digits for a village, 9 for a township, 6 for a county,
    /// 4 for a prefecture, 2 for a province), or null: the shipped gazetteer gives none, the division table has them.
    /// </summary>
    public string? Code { get; }

    /// <summary>
    /// The code of the unit holding this place as the file gives it (the division table's 若克雅乡 <c>653227201</c> for a
    /// village of one's own), or null; when <see cref="Code"/> is given too, a prefix of it.
    /// </summary>
    public string? ParentCode { get; }

    /// <summary>Position in the data, which breaks ties between places of one level.</summary>
    internal int Order { get; }

    /// <summary>The canonical name in simplified script (<c>民丰县</c>).</summary>
    public string Name { get; }

    /// <summary>The administrative level.</summary>
    public PlaceLevel Level { get; }

    /// <summary>The canonical name of the enclosing place, or null for a country or a place with no parent listed.</summary>
    public string? ParentName { get; }

    /// <summary>The enclosing place, or null.</summary>
    public GazetteerEntry? Parent { get; internal set; }

    /// <summary>Short forms that also name this place (<c>民丰</c>).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The enclosing places from the nearest outwards (<c>和田地区</c>, <c>新疆维吾尔自治区</c>, <c>中国</c>).</summary>
    public IReadOnlyList<GazetteerEntry> Ancestors
    {
        get
        {
            var list = new List<GazetteerEntry>();
            for (var p = Parent; p is not null && list.Count < 16; p = p.Parent)
            {
                list.Add(p);
            }
            return list;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>
/// Thrown when the gazetteer data cannot be read: a missing embedded resource, a malformed line,
/// or a parent that names no listed place.
/// </summary>
public sealed class GazetteerFormatException : Exception
{
    /// <summary>Creates the exception with a message naming the resource and the problem.</summary>
    public GazetteerFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public GazetteerFormatException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception with a default message.</summary>
    public GazetteerFormatException() : base("The gazetteer data is malformed.") { }

    /// <summary>Creates the exception for a line of a file; the message starts with <c>source:line:</c>.</summary>
    internal GazetteerFormatException(string sourceName, int lineNumber, string problem)
        : base($"{sourceName}:{lineNumber.ToString(CultureInfo.InvariantCulture)}: {problem}")
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
    }

    /// <summary>The name of the data the problem is in (the file's path given to <see cref="Gazetteer.Load"/>), or null.</summary>
    public string? SourceName { get; }

    /// <summary>The line (from 1) the problem is on, or 0 when it is not one line's.</summary>
    public int LineNumber { get; }
}

/// <summary>
/// A read-only, thread-safe list of places (China's provinces and prefectures, every county-level
/// division of Xinjiang and the Corps' divisions and cities, Taiwan's cities and counties, countries,
/// major rivers, mountains and regions) looked up by full name or short form.
/// </summary>
public sealed class Gazetteer
{
    internal const string ResourceName = "WorkTeam.Extraction.Places.gazetteer.tsv";

    private static readonly Lazy<Gazetteer> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly GazetteerEntry[] entries;
    private readonly FrozenDictionary<string, Key[]> byName;
    private readonly FrozenDictionary<string, Key[]>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private readonly Func<string, string>? toSimplified;

    /// <summary>A name or short form pointing at an entry.</summary>
    internal readonly record struct Key(GazetteerEntry Entry, bool IsAlias);

    private Gazetteer(GazetteerEntry[] entries, FrozenDictionary<string, Key[]> byName, int maxKeyLength, Func<string, string>? toSimplified)
    {
        this.entries = entries;
        this.byName = byName;
        bySpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxKeyLength = maxKeyLength;
        var first = new HashSet<char>();
        foreach (var key in byName.Keys)
        {
            first.Add(key[0]);
        }
        KeyFirstChars = new CharSet([.. first]);
        (pairEntries, groupStarts, keysByPair, hitsByPair) = GroupByPair(byName);
        keyShapesByPair = new uint[keysByPair.Length];
        for (var k = 0; k < keysByPair.Length; k++)
        {
            keyShapesByPair[k] = ShapeOf(keysByPair[k]);
        }
        var pairs = new List<int>();
        foreach (var entry in pairEntries)
        {
            if (entry != 0)
            {
                pairs.Add((int)(uint)(entry >> 32));
            }
        }
        pairFilter = new CharPairFilter(pairs);
        this.toSimplified = toSimplified;
        byCode = GazetteerCodes.Index(entries);
        HasParentCodesOnly = Array.Exists(entries, e => e.Code is null && e.ParentCode is not null);
        provincesOutsideDefaultTable = new(() => ProvincesOutside(DivisionTable.Default), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The entries with a code of their own by that code; null when none has one (the shipped gazetteer).</summary>
    private readonly FrozenDictionary<string, GazetteerEntry>? byCode;

    /// <summary>Whether some place carries a code of its own: only then do the analyzer's places look for one here.</summary>
    internal bool HasCodes => byCode is not null;

    /// <summary>
    /// Whether some place carries a parent code and no code of its own (a village known only to lie in a township):
    /// only then does the division resolver look here for the units holding the document's places.
    /// </summary>
    internal bool HasParentCodesOnly { get; }

    /// <summary>The place with this code of its own, or null.</summary>
    internal GazetteerEntry? FindCode(string code) => byCode is not null && byCode.TryGetValue(code, out var entry) ? entry : null;

    /// <summary>
    /// The code of the unit holding a place of this gazetteer that has codes (one's own, <see cref="GazetteerEntry.Code"/>,
    /// <see cref="GazetteerEntry.ParentCode"/>): the parent code its line gives, else its named parent's code, else the
    /// nearest start of its code (9, 6, 4 or 2 digits) that is the code of a place here or of a unit of the division table.
    /// What <c>workteam place</c> lists above the place, and the places table's <c>parent_code</c>.
    /// </summary>
    /// <param name="entry">A place of this gazetteer.</param>
    /// <returns>The holding unit's code, or null when the place has none (every place of the shipped gazetteer).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public string? HolderCode(GazetteerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return GazetteerCodes.HolderCode(entry, this);
    }

    /// <summary>This gazetteer's provinces whose units <see cref="DivisionTable.Default"/> lacks, worked out at first use.</summary>
    private readonly Lazy<FrozenSet<GazetteerEntry>> provincesOutsideDefaultTable;

    /// <summary>The same for any other table, once a table (a table of one's own is rare: the default's set above answers the rest).</summary>
    private readonly ConditionalWeakTable<DivisionTable, FrozenSet<GazetteerEntry>> provincesOutsideOtherTables = new();

    /// <summary>
    /// Whether <paramref name="entry"/>, one of this gazetteer's, lies in a province of this gazetteer whose units
    /// <paramref name="table"/> lacks (花莲县 in 台湾省): the table's same-named units are elsewhere (DivisionResolver, PlaceRecognizer).
    /// </summary>
    internal bool IsInProvinceOutside(DivisionTable table, GazetteerEntry entry)
    {
        for (var p = entry.Parent; p is not null; p = p.Parent)
        {
            if (p.Level == PlaceLevel.Province)
            {
                var outside = ReferenceEquals(table, DivisionTable.Default)
                    ? provincesOutsideDefaultTable.Value
                    : provincesOutsideOtherTables.GetValue(table, ProvincesOutside);
                return outside.Contains(p);
            }
        }
        return false;
    }

    /// <summary>
    /// The provinces of this gazetteer that <paramref name="table"/> lacks the units of (台湾省, 香港特别行政区, 澳门特别行政区):
    /// no province of the table by its name, or one without children (71, 81, 82 from HK-MO-TW.json).
    /// </summary>
    private FrozenSet<GazetteerEntry> ProvincesOutside(DivisionTable table)
    {
        var outside = new List<GazetteerEntry>();
        var units = new List<int>();
        foreach (var entry in entries)
        {
            if (entry.Level != PlaceLevel.Province)
            {
                continue;
            }
            units.Clear();
            table.FindUnits(entry.Name, units);
            if (!units.Exists(u => table.LevelOf(u) == PlaceLevel.Province && table.HasChildren(u)))
            {
                outside.Add(entry);
            }
        }
        return outside.ToFrozenSet(); // by reference: GazetteerEntry keeps object's equality
    }

    /// <summary>One bit per slot of the pairs above (8 KB): most pairs of a text begin no key, and the bit says so without the dictionary.</summary>
    private readonly CharPairFilter pairFilter;

    // The keys of 2 to 63 characters grouped by their first two characters, each group longest first: a scan that
    // finds a pair compares the few keys of its group with the text, where it looked up the pair's lengths in a
    // dictionary and then hashed the text once per length in the frozen map (both ~10% of the place stage, the
    // map's span lookup a delegate call). Arrays written only here: safe to read from any thread.

    /// <summary>
    /// Open addressing by <see cref="PairSlot"/>: the pair (first character high, second low) in a slot's high 32 bits,
    /// its group in the low 32; 0 when empty. One array, so a lookup reads one cache line where the pairs and their
    /// groups in two arrays (2 MB each for the shipped gazetteer) cost a cache miss each.
    /// </summary>
    private readonly ulong[] pairEntries;

    /// <summary>Group g's keys are <see cref="keysByPair"/>[groupStarts[g]..groupStarts[g + 1]].</summary>
    private readonly int[] groupStarts;

    private readonly string[] keysByPair;

    /// <summary>
    /// Each key of <see cref="keysByPair"/> as <see cref="ShapeOf"/> writes it (its length and third character), so a scan
    /// rejects the keys of a group that cannot match without reading their strings (one cache miss a key).
    /// </summary>
    private readonly uint[] keyShapesByPair;

    private readonly Key[][] hitsByPair;

    /// <summary>A key's length in the high 16 bits, its third character (0 for a key of two) in the low 16.</summary>
    private static uint ShapeOf(string key) => ((uint)key.Length << 16) | (key.Length > 2 ? key[2] : 0u);

    private static int PairOf(char first, char second) => (first << 16) | second;

    private static int PairSlot(int pair, int mask) => (int)(((uint)pair * 0x9E3779B1u) >> 16) & mask;

    private static (ulong[] Entries, int[] Starts, string[] Keys, Key[][] Hits) GroupByPair(FrozenDictionary<string, Key[]> byName)
    {
        var ordered = new List<string>();
        foreach (var key in byName.Keys)
        {
            if (key.Length is >= 2 and < 64)
            {
                ordered.Add(key);
            }
        }
        // By pair, then longest first (ordinal ties cannot meet: a group's keys of one length differ, and only one can match).
        ordered.Sort((a, b) =>
        {
            var byPair = PairOf(a[0], a[1]).CompareTo(PairOf(b[0], b[1]));
            return byPair != 0 ? byPair : b.Length != a.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b);
        });
        var starts = new List<int>();
        for (var k = 0; k < ordered.Count; k++)
        {
            if (k == 0 || PairOf(ordered[k][0], ordered[k][1]) != PairOf(ordered[k - 1][0], ordered[k - 1][1]))
            {
                starts.Add(k);
            }
        }
        var size = 16;
        while (size < 4 * starts.Count)
        {
            size *= 2;
        }
        var entries = new ulong[size];
        for (var g = 0; g < starts.Count; g++)
        {
            var key = ordered[starts[g]];
            var pair = PairOf(key[0], key[1]);
            var s = PairSlot(pair, size - 1);
            while (entries[s] != 0)
            {
                s = (s + 1) & (size - 1);
            }
            entries[s] = ((ulong)(uint)pair << 32) | (uint)g;
        }
        starts.Add(ordered.Count);
        var hits = new Key[ordered.Count][];
        for (var k = 0; k < hits.Length; k++)
        {
            hits[k] = byName[ordered[k]];
        }
        return (entries, [.. starts], [.. ordered], hits);
    }

    /// <summary>The filter of <see cref="KeysStartingWith"/>, for a scan to test every pair of a text inline: false when no key begins with the pair.</summary>
    internal CharPairFilter PairFilter => pairFilter;

    /// <summary>
    /// The keys of 2 to 63 characters that begin with <paramref name="first"/> then <paramref name="second"/>, longest
    /// first, as the range [start, end) of <see cref="KeyAt"/> (empty when none does). Keys of 64 characters or more are
    /// not counted: see <see cref="MaxKeyLength"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int KeysStartingWith(char first, char second, out int end)
    {
        var pair = PairOf(first, second);
        var mask = pairEntries.Length - 1;
        for (var s = PairSlot(pair, mask); pairEntries[s] is var entry && entry != 0; s = (s + 1) & mask)
        {
            if ((uint)(entry >> 32) == (uint)pair)
            {
                var g = (int)(uint)entry;
                end = groupStarts[g + 1];
                return groupStarts[g];
            }
        }
        end = 0;
        return 0;
    }

    /// <summary>The key at <paramref name="k"/> of a range of <see cref="KeysStartingWith"/>.</summary>
    internal string KeyAt(int k) => keysByPair[k];

    /// <summary>The length (high 16 bits) and third character (low 16; 0 for a key of two) of the key at <paramref name="k"/> of a range of <see cref="KeysStartingWith"/>.</summary>
    internal uint KeyShapeAt(int k) => keyShapesByPair[k];

    /// <summary>The entries of the key at <paramref name="k"/> of a range of <see cref="KeysStartingWith"/>.</summary>
    internal Key[] HitsAt(int k) => hitsByPair[k];

    /// <summary>The gazetteer shipped with the library (embedded resource), loaded once.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>Every place listed, in data order.</summary>
    public IReadOnlyList<GazetteerEntry> Entries => entries;

    /// <summary>The length of the longest name or short form.</summary>
    internal int MaxKeyLength { get; }

    /// <summary>The characters some name or short form begins with: a scan skips every other position.</summary>
    internal CharSet KeyFirstChars { get; }

    /// <summary>The place scan's per-character flags for this gazetteer, built by the first recognizer on it (its trigger kinds are the recognizer's).</summary>
    private byte[]? placeScanFlags;

    /// <summary>The place scan's flags for this gazetteer: built once by <paramref name="build"/> and kept with it, so every recognizer on one gazetteer shares them.</summary>
    internal byte[] PlaceScanFlags(Func<Gazetteer, byte[]> build)
    {
        if (Volatile.Read(ref placeScanFlags) is { } built)
        {
            return built;
        }
        var made = build(this);
        return Interlocked.CompareExchange(ref placeScanFlags, made, null) ?? made;
    }

    /// <summary>
    /// Reads a gazetteer in the shipped tab-separated form: <c>name, level, parent, aliases</c> per line, aliases
    /// comma-separated, then optionally <c>code</c> and <c>parent code</c> (a place the division table lacks, with its
    /// official code or the code of the unit holding it); lines starting with <c>#</c> ignored. The format, and what
    /// is checked: README, "A gazetteer of one's own".
    /// </summary>
    /// <param name="reader">The data.</param>
    /// <param name="sourceName">A name for the data (the file's path), used in error messages.</param>
    /// <exception cref="GazetteerFormatException">
    /// A line is malformed, a name repeats, a parent is not listed, or a code is wrong (not digits, not the length of
    /// its level, not under its parent's, another place's, or a unit of the division table of another name); the
    /// message starts with <c>sourceName:line:</c>.
    /// </exception>
    public static Gazetteer Load(TextReader reader, string sourceName = "gazetteer")
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(reader, sourceName, null);
    }

    /// <summary>
    /// These places followed by those read from <paramref name="reader"/> (the form of <see cref="Load"/>): a parent may
    /// name a place of either, a name already listed is an error. <c>Gazetteer.Default.WithPlaces(...)</c> adds one's own
    /// villages to the shipped countries, provinces and counties, as <c>--gazetteer</c> does.
    /// </summary>
    /// <param name="reader">The data.</param>
    /// <param name="sourceName">A name for the data (the file's path), used in error messages.</param>
    /// <exception cref="GazetteerFormatException">As <see cref="Load"/>.</exception>
    public Gazetteer WithPlaces(TextReader reader, string sourceName = "gazetteer")
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(reader, sourceName, this);
    }

    /// <summary>The places of <paramref name="reader"/> after those of <paramref name="over"/> (null: none).</summary>
    private static Gazetteer Read(TextReader reader, string sourceName, Gazetteer? over)
    {
        var list = new List<GazetteerEntry>(over?.entries ?? []);
        var names = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var entry in list)
        {
            names[entry.Name] = entry;
        }
        var lines = new Dictionary<GazetteerEntry, int>(); // the line of each entry read here
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length is < 4 or > 6 || cols[0].Length == 0 || !TryParseLevel(cols[1], out var level))
            {
                throw new GazetteerFormatException(sourceName, lineNumber,
                    $"expected 'name<TAB>level<TAB>parent<TAB>aliases' and optionally '<TAB>code<TAB>parent code', got '{line}'.");
            }
            var aliases = cols[3].Length == 0 ? [] : cols[3].Split(',');
            var code = cols.Length > 4 && cols[4].Length > 0 ? cols[4] : null;
            var parentCode = cols.Length > 5 && cols[5].Length > 0 ? cols[5] : null;
            var entry = new GazetteerEntry(cols[0], level, cols[2].Length == 0 ? null : cols[2], aliases, list.Count, code, parentCode);
            if (!names.TryAdd(entry.Name, entry))
            {
                throw new GazetteerFormatException(sourceName, lineNumber, $"the name '{entry.Name}' is listed twice.");
            }
            GazetteerCodes.CheckForm(entry, sourceName, lineNumber);
            lines[entry] = lineNumber;
            list.Add(entry);
        }
        var keys = new Dictionary<string, List<Key>>(StringComparer.Ordinal);
        var maxKey = 0;
        foreach (var entry in list)
        {
            if (entry.ParentName is { } parentName && lines.TryGetValue(entry, out var at))
            {
                entry.Parent = names.TryGetValue(parentName, out var parent)
                    ? parent
                    : throw new GazetteerFormatException(sourceName, at, $"the parent '{parentName}' of '{entry.Name}' is not listed.");
            }
            AddKey(keys, entry.Name, new Key(entry, false), ref maxKey);
            foreach (var alias in entry.Aliases)
            {
                AddKey(keys, alias, new Key(entry, true), ref maxKey);
            }
        }
        GazetteerCodes.CheckAgainstOthers(list, lines, sourceName);
        var frozen = keys.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        return new Gazetteer([.. list], frozen, maxKey, over?.toSimplified);
    }

    /// <summary>
    /// The same places, with another converter from traditional to simplified script for lookups
    /// (by default the library's <see cref="ScriptConverter"/>).
    /// </summary>
    /// <param name="converter">Maps a string to its simplified form.</param>
    public Gazetteer WithConverter(Func<string, string> converter)
    {
        ArgumentNullException.ThrowIfNull(converter);
        return new Gazetteer(entries, byName, MaxKeyLength, converter);
    }

    /// <summary>
    /// The places a name or short form stands for: an entry whose full name matches comes first,
    /// then those named by a short form, higher levels first. Empty when nothing matches.
    /// </summary>
    /// <param name="name">A place name in simplified or traditional script (<c>民豐縣</c>).</param>
    public IReadOnlyList<GazetteerEntry> Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Simplify(name.Trim());
        if (!byName.TryGetValue(key, out var hits))
        {
            return [];
        }
        var result = new List<GazetteerEntry>(hits.Length);
        foreach (var hit in hits)
        {
            if (!hit.IsAlias)
            {
                result.Add(hit.Entry);
            }
        }
        var aliasStart = result.Count;
        foreach (var hit in hits)
        {
            if (hit.IsAlias && !result.Contains(hit.Entry))
            {
                result.Add(hit.Entry);
            }
        }
        result.Sort(aliasStart, result.Count - aliasStart, LevelOrder.Instance);
        return result;
    }

    /// <summary>
    /// The one place a name stands for: its full-name entry, or the single place the short form names;
    /// null when nothing matches or a short form is ambiguous (<c>和田</c>: city, county and prefecture).
    /// </summary>
    /// <param name="name">A place name in simplified or traditional script.</param>
    public GazetteerEntry? Resolve(string name)
    {
        var found = Find(name);
        if (found.Count == 0)
        {
            return null;
        }
        var key = Simplify(name.Trim());
        return found[0].Name == key || found.Count == 1 ? found[0] : null;
    }

    /// <summary>The key in simplified script: through the converter given, else the library's <see cref="ScriptConverter"/>.</summary>
    private string Simplify(string name)
    {
        if (toSimplified is not null)
        {
            return toSimplified(name);
        }
        // Simplified names (all keys) need no converter: skip loading its tables when the name is already a key.
        return byName.ContainsKey(name) ? name : ScriptConverter.Default.ToSimplified(name);
    }

    /// <summary>Looks up an exact simplified key (name or short form) given as a span; no allocation.</summary>
    internal bool TryGetKeys(ReadOnlySpan<char> key, out Key[] hits)
    {
        // Most names asked are no key: the pair filter (which holds every key of 2 to 63 characters) answers them
        // without hashing the name.
        if (key.Length is >= 2 and < 64)
        {
            if (pairFilter.MayContain(key[0], key[1]))
            {
                for (int k = KeysStartingWith(key[0], key[1], out var end); k < end; k++)
                {
                    if (keyShapesByPair[k] >> 16 == (uint)key.Length && key[2..].SequenceEqual(keysByPair[k].AsSpan(2)))
                    {
                        hits = hitsByPair[k];
                        return true;
                    }
                }
            }
            hits = null!;
            return false;
        }
        return bySpan.TryGetValue(key, out hits!);
    }

    private static void AddKey(Dictionary<string, List<Key>> keys, string key, Key value, ref int maxKey)
    {
        if (!keys.TryGetValue(key, out var list))
        {
            keys[key] = list = [];
        }
        list.Add(value);
        maxKey = Math.Max(maxKey, key.Length);
    }

    internal static bool TryParseLevel(string text, out PlaceLevel level)
    {
        switch (text)
        {
            case "country": level = PlaceLevel.Country; return true;
            case "province": level = PlaceLevel.Province; return true;
            case "prefecture": level = PlaceLevel.Prefecture; return true;
            case "county": level = PlaceLevel.County; return true;
            case "township": level = PlaceLevel.Township; return true;
            case "village": level = PlaceLevel.Village; return true;
            case "other": level = PlaceLevel.Other; return true;
            default: level = default; return false;
        }
    }

    /// <summary>The contract's spelling of a level (<c>county</c>).</summary>
    /// <param name="level">The level.</param>
    public static string LevelName(PlaceLevel level) => level switch
    {
        PlaceLevel.Country => "country",
        PlaceLevel.Province => "province",
        PlaceLevel.Prefecture => "prefecture",
        PlaceLevel.County => "county",
        PlaceLevel.Township => "township",
        PlaceLevel.Village => "village",
        _ => "other",
    };

    [MethodImpl(MethodImplOptions.NoOptimization)] // runs once per process: an optimised compile costs more than it saves
    private static Gazetteer LoadDefault()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new GazetteerFormatException($"The embedded resource '{ResourceName}' is missing from {typeof(Gazetteer).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Load(new StringReader(WithOutsideNbsUnits(reader.ReadToEnd())), ResourceName);
    }

    /// <summary>
    /// Our data followed by the units of Taiwan, Hong Kong and Macau that the division package lists and our data lacks
    /// (the build's generated list outside-nbs-units: full names only, no short forms, no codes; not the names the NBS list
    /// also has at the county or township level). A name is listed once here (Read refuses a name twice), so a district two
    /// Taiwan cities share (中正区 of 台北市 and of 基隆市) keeps one row; the chain after its city (基隆市中正區) and the stem
    /// lookups of outside-nbs-units (PlaceRecognizer.IsOutsideTownshipUnder) see each city's.
    /// </summary>
    private static string WithOutsideNbsUnits(string data)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in data.Split('\n'))
        {
            if (line.Length > 0 && line[0] != '#')
            {
                listed.Add(line.Split('\t')[0]);
            }
        }
        var text = new System.Text.StringBuilder(data);
        if (data.Length > 0 && data[^1] != '\n')
        {
            text.Append('\n');
        }
        foreach (var row in Resources.WordLists.Get(OutsideNbsListName).Rows)
        {
            // A name the NBS list also has (新城乡, 中山区) is left to the table and the chain after its county.
            if (row[3] != "1" && listed.Contains(row[2]) && listed.Add(row[0]))
            {
                text.Append(row[0]).Append('\t').Append(row[1]).Append('\t').Append(row[2]).Append("\t\n");
            }
        }
        return text.ToString();
    }

    /// <summary>The generated word list of the units below Hong Kong, Macau and Taiwan (build/ResourceCompiler/OutsideNbsUnits).</summary>
    internal const string OutsideNbsListName = "outside-nbs-units";

    private sealed class LevelOrder : IComparer<GazetteerEntry>
    {
        public static readonly LevelOrder Instance = new();

        public int Compare(GazetteerEntry? x, GazetteerEntry? y)
        {
            var byLevel = (x?.Level ?? 0).CompareTo(y?.Level ?? 0);
            return byLevel != 0 ? byLevel : (x?.Order ?? 0).CompareTo(y?.Order ?? 0);
        }
    }
}
