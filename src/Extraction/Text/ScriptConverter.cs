using WorkTeam.Extraction.Resources;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Text;

/// <summary>
/// Converts between traditional and simplified Chinese exactly as OpenCC 1.1.6 does with its
/// <c>t2s.json</c> and <c>s2t.json</c> configurations, on OpenCC's own phrase and character tables
/// (embedded in this assembly). Thread-safe; use <see cref="Default"/>.
/// </summary>
/// <remarks>
/// OpenCC first splits the text by maximum forward match on the phrase table: at each position the
/// longest phrase that starts there is one segment, and characters that start no phrase gather into
/// segments of their own. Each segment is then converted by the group [phrases, characters]: at each
/// position the first table with any match gives its longest match, replaced by that entry's first
/// candidate; a character in neither table is copied. Inside a phrase segment the phrase table matches
/// the whole segment, and inside the gathered characters no phrase can start, so one pass that tries the
/// phrase table and then the character table at each position gives the same result.
/// A character outside the BMP (a surrogate pair) is always handled as one character.
/// </remarks>
public sealed class ScriptConverter
{
    private static readonly Lazy<ScriptConverter> s_default =
        new(() => new ScriptConverter(), LazyThreadSafetyMode.ExecutionAndPublication);

    // Each direction reads its own two tables on first use: simplified text from the segmenter (a line
    // with no telling character, an empty line) needs only t2s, and the s2t phrase table is nine tenths
    // of the data (reading all four took ~45 ms and 11 MB at the first such line).
    private readonly Lazy<OpenCcConversion> _toSimplified = new(
        () => Load(ResourceFormat.OpenCcTraditionalToSimplifiedPhrases, ResourceFormat.OpenCcTraditionalToSimplifiedCharacters),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<OpenCcConversion> _toTraditional = new(
        () => Load(ResourceFormat.OpenCcSimplifiedToTraditionalPhrases, ResourceFormat.OpenCcSimplifiedToTraditionalCharacters),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private ScriptConverter()
    {
    }

    private static OpenCcConversion Load(string phrases, string characters)
    {
        var tables = OpenCcTable.LoadEmbedded([phrases, characters]);
        return new OpenCcConversion(tables[phrases], tables[characters]);
    }

    /// <summary>The converter on the embedded OpenCC tables, loaded on first use and shared by all threads.</summary>
    /// <exception cref="ResourceLoadException">The embedded tables are missing or corrupt.</exception>
    public static ScriptConverter Default => s_default.Value;

    /// <summary>Converts <paramref name="text"/> to simplified Chinese, as <c>opencc -c t2s</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _toSimplified.Value.Convert(text, null);
    }

    /// <summary>
    /// Whether <see cref="ToSimplified"/> may change <paramref name="text"/>: when false it gives the text back as it is, so
    /// a caller that reads a slice of a longer text needs no copy of it (the linker's windows after a number or a place).
    /// </summary>
    internal bool MayChangeToSimplified(ReadOnlySpan<char> text) => _toSimplified.Value.MayChange(text);

    /// <summary>Converts <paramref name="text"/> to traditional Chinese, as <c>opencc -c s2t</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string ToTraditional(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _toTraditional.Value.Convert(text, null);
    }

    /// <summary>
    /// Converts <paramref name="text"/> to simplified Chinese and keeps the map from the simplified view
    /// back to offsets in <paramref name="text"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ConvertedText ToSimplifiedView(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var conversion = _toSimplified.Value;
        if (!conversion.MayChange(text))
        {
            return new ConvertedText(text, text, null);
        }
        if (conversion.TryConvertInPlace(text, out var converted))
        {
            return new ConvertedText(text, converted, null); // no replacement changed a length: no map to build
        }
        var map = new OffsetMapBuilder();
        return new ConvertedText(text, conversion.Convert(text, map), map);
    }

    /// <summary>
    /// Converts <paramref name="text"/> to traditional Chinese and keeps the map from the traditional view
    /// back to offsets in <paramref name="text"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ConvertedText ToTraditionalView(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = new OffsetMapBuilder();
        return new ConvertedText(text, _toTraditional.Value.Convert(text, map), map);
    }
}

/// <summary>One OpenCC configuration: a phrase table (segmentation and first in the group) and a character table.</summary>
internal sealed class OpenCcConversion(OpenCcTable phrases, OpenCcTable characters)
{
    /// <summary>
    /// The characters where the walk below may do anything but copy one character and step on: those a phrase
    /// begins with, and those the character table changes or starts a longer key with. Null when a key begins
    /// with a low surrogate. A text already in the target script is mostly other characters, so the walk jumps
    /// from one of these to the next. One bit per UTF-16 unit (8 KB): a vectorised search for thousands of CJK
    /// characters (a probabilistic map) stops to check its guess at nearly every CJK character, and cost more than
    /// a bit test per character.
    /// </summary>
    private readonly uint[]? walkStops = WalkStops(phrases, characters);

    /// <summary>
    /// For each UTF-16 unit that starts no phrase and is a whole key of the character table, with no longer
    /// key starting with it, and maps to one other unit: that unit (else 0). Most characters of traditional
    /// text are such: the walk replaces them by one array read instead of two trie walks.
    /// </summary>
    private readonly char[] single = Singles(phrases, characters);

    /// <summary>
    /// For each entry whose first candidate differs from its key, one unit of the key (the first that differs, or
    /// the first when the lengths differ): a text holding none of these matches no such entry, so every match
    /// copies its key and the text comes out unchanged. Simplified text, most lines the converter sees, holds none.
    /// One bit per UTF-16 unit, as <see cref="walkStops"/>.
    /// </summary>
    private readonly uint[] changing = Changing(phrases, characters);

    /// <summary>
    /// For each UTF-16 unit, what <see cref="TryConvertInPlace"/> writes for it when no phrase begins there: the unit itself
    /// (no key of the character table begins with it, or its key maps to itself), or the character table's one unit for it;
    /// '\0' where the walk must look (a longer key of the character table, a replacement of another length, a phrase of
    /// one unit, a surrogate that is a walk stop).
    /// </summary>
    private readonly char[] settled = Settled(phrases, characters);

    /// <summary>The units a phrase begins with, one bit each: there <see cref="settled"/> holds only when no phrase begins with the pair.</summary>
    private readonly uint[] phraseFirst = PhraseFirst(phrases);

    /// <summary>The first two units of the phrases of two units or more (a pair filter: never false for a phrase's pair).</summary>
    private readonly CharPairFilter phrasePairs = new(PhrasePairs(phrases));

    private static uint[] PhraseFirst(OpenCcTable phrases)
    {
        var flags = new bool[char.MaxValue + 1];
        for (var e = 0; e < phrases.Count; e++)
        {
            if (phrases.Key(e) is { Length: > 0 } key)
            {
                flags[key[0]] = true;
            }
        }
        return ToBits(flags);
    }

    private static List<int> PhrasePairs(OpenCcTable phrases)
    {
        var pairs = new List<int>();
        for (var e = 0; e < phrases.Count; e++)
        {
            if (phrases.Key(e) is { Length: >= 2 } key)
            {
                pairs.Add(CharPairFilter.Pair(key[0], key[1]));
            }
        }
        return pairs;
    }

    private static char[] Settled(OpenCcTable phrases, OpenCcTable characters)
    {
        var settled = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            settled[c] = (char)c;
        }
        settled[0] = '\0'; // the unit 0 is the table's "look" mark: the walk handles it as before
        var keyed = new bool[char.MaxValue + 1];
        for (var e = 0; e < characters.Count; e++)
        {
            var key = characters.Key(e);
            if (key.Length == 0)
            {
                continue;
            }
            var value = characters.Default(e);
            // Two keys of one unit for one character: the trie's entry decides, the walk reads it.
            if (key.Length > 1 || value.Length != 1 || char.IsSurrogate(key[0]) || char.IsSurrogate(value[0]) || keyed[key[0]])
            {
                settled[key[0]] = '\0';
            }
            else if (settled[key[0]] != '\0')
            {
                settled[key[0]] = value[0];
            }
            keyed[key[0]] |= key.Length == 1;
        }
        for (var e = 0; e < phrases.Count; e++)
        {
            var key = phrases.Key(e);
            if (key.Length == 1 || (key.Length > 0 && char.IsSurrogate(key[0])))
            {
                settled[key[0]] = '\0';
            }
        }
        return settled;
    }

    private static uint[] Changing(OpenCcTable phrases, OpenCcTable characters)
    {
        var flags = new bool[char.MaxValue + 1];
        foreach (var table in (ReadOnlySpan<OpenCcTable>)[phrases, characters])
        {
            for (var e = 0; e < table.Count; e++)
            {
                var key = table.Key(e);
                var value = table.Default(e);
                if (key.Length == 0 || key.SequenceEqual(value))
                {
                    continue;
                }
                var at = key.Length == value.Length ? key.CommonPrefixLength(value) : 0;
                flags[key[at]] = true;
            }
        }
        return ToBits(flags);
    }

    /// <summary>A flag per UTF-16 unit as one bit each.</summary>
    private static uint[] ToBits(bool[] flags)
    {
        var bits = new uint[(char.MaxValue + 1) / 32];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (flags[c])
            {
                bits[c >> 5] |= 1u << c;
            }
        }
        return bits;
    }

    /// <summary>Where the first unit at or after <paramref name="from"/> whose bit is set is, or the text's length.</summary>
    private static int NextSet(uint[] bits, ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if ((bits[c >> 5] & (1u << c)) != 0)
            {
                return i;
            }
        }
        return text.Length;
    }

    /// <summary>Whether converting <paramref name="text"/> may change it: false when it holds no unit an entry changes.</summary>
    public bool MayChange(ReadOnlySpan<char> text) => NextSet(changing, text, 0) < text.Length;

    private static char[] Singles(OpenCcTable phrases, OpenCcTable characters)
    {
        var single = new char[char.MaxValue + 1];
        var excluded = new bool[char.MaxValue + 1];
        for (var e = 0; e < phrases.Count; e++)
        {
            if (phrases.Key(e) is { Length: > 0 } key)
            {
                excluded[key[0]] = true;
            }
        }
        for (var e = 0; e < characters.Count; e++)
        {
            var key = characters.Key(e);
            if (key.Length == 0)
            {
                continue;
            }
            var value = characters.Default(e);
            if (key.Length > 1)
            {
                excluded[key[0]] = true;
            }
            else if (value.Length == 1 && value[0] != key[0] && !char.IsSurrogate(key[0]) && !char.IsSurrogate(value[0]))
            {
                single[key[0]] = value[0];
            }
        }
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (excluded[c])
            {
                single[c] = '\0';
            }
        }
        return single;
    }

    private static uint[]? WalkStops(OpenCcTable phrases, OpenCcTable characters)
    {
        // Tens of thousands of keys, a few thousand distinct characters: a flag per UTF-16 unit is the cheap set.
        var stops = new bool[char.MaxValue + 1];
        for (var e = 0; e < phrases.Count; e++)
        {
            var key = phrases.Key(e);
            if (key.Length == 0 || char.IsLowSurrogate(key[0]))
            {
                // A jump could land inside a surrogate pair that the character-by-character walk steps over.
                return null;
            }
            stops[key[0]] = true;
        }
        for (var e = 0; e < characters.Count; e++)
        {
            var key = characters.Key(e);
            if (key.Length == 0 || char.IsLowSurrogate(key[0]))
            {
                return null;
            }
            // A one-character key that maps to itself is copied and stepped over, as any other character.
            if (key.Length > 1 || !key.SequenceEqual(characters.Default(e)))
            {
                stops[key[0]] = true;
            }
        }
        return ToBits(stops);
    }

    /// <summary>Converts <paramref name="text"/>; returns the same instance when nothing changes.</summary>
    public string Convert(string text, OffsetMapBuilder? map)
    {
        if (!MayChange(text))
        {
            return text;
        }
        if (TryConvertInPlace(text, out var converted))
        {
            return converted; // every replacement kept its length: no block for the map
        }
        var writer = new PooledCharWriter(text.Length + 16);
        try
        {
            bool changed = Convert(text, ref writer, map);
            return changed ? new string(writer.Written) : text;
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>
    /// The walk of <see cref="Convert(ReadOnlySpan{char}, ref PooledCharWriter, OffsetMapBuilder?)"/> over a copy of the text,
    /// each replacement written over its key: OpenCC's replacements keep their length but where a surrogate pair
    /// meets a BMP character, so traditional text is converted with no append per character. False, and nothing
    /// made, at the first replacement of another length (the caller runs the general walk, which maps offsets).
    /// </summary>
    public bool TryConvertInPlace(string text, out string converted)
    {
        converted = text;
        if (walkStops is null)
        {
            return false;
        }
        char[]? buffer = null; // rented at the first replacement: the text copied, then written over
        try
        {
            var pos = 0;
            var phraseStarts = phraseFirst;
            while (pos < text.Length)
            {
                // Most characters are settled by one read (a copy, or the character table's one unit for one), where the
                // walk went to the next stop, then into both tables' tries at each character a phrase begins with.
                var c = text[pos];
                var r = settled[c];
                if (r != '\0' && ((phraseStarts[c >> 5] & (1u << c)) == 0 || pos + 1 == text.Length || !phrasePairs.MayContain(c, text[pos + 1])))
                {
                    if (r != c)
                    {
                        (buffer ??= Copy(text))[pos] = r;
                    }
                    pos++;
                    continue;
                }
                if (single[c] is var one and not '\0')
                {
                    (buffer ??= Copy(text))[pos] = one;
                    pos++;
                    continue;
                }
                var rest = text.AsSpan(pos);
                int length = MatchAt(rest, out var value);
                if (length == 0)
                {
                    pos += OffsetMapBuilder.UnitLength(text, pos);
                    continue;
                }
                if (value.Length != length)
                {
                    return false;
                }
                if (!rest[..length].SequenceEqual(value))
                {
                    value.CopyTo((buffer ??= Copy(text)).AsSpan(pos));
                }
                pos += length;
            }
            if (buffer is not null)
            {
                converted = new string(buffer, 0, text.Length);
            }
            return true;
        }
        finally
        {
            if (buffer is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>
    /// The longest key of the phrase table at the start of <paramref name="rest"/>, else of the character table (OpenCC's
    /// order): its length, 0 when neither has one, and its replacement in <paramref name="value"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int MatchAt(ReadOnlySpan<char> rest, out ReadOnlySpan<char> value)
    {
        int length = phrases.MatchLongestPrefix(rest, out int entry);
        if (length > 0)
        {
            value = phrases.Default(entry);
            return length;
        }
        length = characters.MatchLongestPrefix(rest, out entry);
        value = length > 0 ? characters.Default(entry) : default;
        return length;
    }

    private static char[] Copy(string text)
    {
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        text.CopyTo(0, buffer, 0, text.Length);
        return buffer;
    }

    /// <summary>Appends the conversion of <paramref name="text"/> to <paramref name="writer"/>; false when it equals the input.</summary>
    public bool Convert(ReadOnlySpan<char> text, ref PooledCharWriter writer, OffsetMapBuilder? map)
    {
        int viewBase = writer.Length;
        bool changed = false;
        int copyFrom = 0; // start of the run of characters that are copied unchanged
        int pos = 0;
        while (pos < text.Length)
        {
            if (walkStops is not null)
            {
                pos = NextSet(walkStops, text, pos);
                if (pos == text.Length)
                {
                    break;
                }
            }
            if (single[text[pos]] is var one and not '\0')
            {
                // The character table's only key at this character, one unit for one: the map needs no block.
                changed = true;
                writer.Append(text[copyFrom..pos]);
                writer.Append(one);
                copyFrom = ++pos;
                continue;
            }
            var rest = text[pos..];
            int length = MatchAt(rest, out var value);
            if (length == 0)
            {
                pos += OffsetMapBuilder.UnitLength(text, pos);
                continue;
            }

            var key = rest[..length];
            if (key.SequenceEqual(value))
            {
                pos += length; // an entry that maps to itself (皇后, 乾隆) stays in the copied run
                continue;
            }
            changed = true;
            writer.Append(text[copyFrom..pos]);
            map?.Replaced(key, value, pos, writer.Length - viewBase);
            writer.Append(value);
            pos += length;
            copyFrom = pos;
        }
        writer.Append(text[copyFrom..]);
        return changed;
    }
}

/// <summary>The four OpenCC tables, read once from the embedded resource.</summary>
internal sealed class OpenCcTables
{
    private static readonly Lazy<OpenCcTables> s_default =
        new(() => new OpenCcTables(OpenCcTable.LoadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    private OpenCcTables(Dictionary<string, OpenCcTable> tables)
    {
        TraditionalToSimplifiedPhrases = tables[ResourceFormat.OpenCcTraditionalToSimplifiedPhrases];
        TraditionalToSimplifiedCharacters = tables[ResourceFormat.OpenCcTraditionalToSimplifiedCharacters];
        SimplifiedToTraditionalPhrases = tables[ResourceFormat.OpenCcSimplifiedToTraditionalPhrases];
        SimplifiedToTraditionalCharacters = tables[ResourceFormat.OpenCcSimplifiedToTraditionalCharacters];
    }

    public static OpenCcTables Default => s_default.Value;

    public OpenCcTable TraditionalToSimplifiedPhrases { get; }
    public OpenCcTable TraditionalToSimplifiedCharacters { get; }
    public OpenCcTable SimplifiedToTraditionalPhrases { get; }
    public OpenCcTable SimplifiedToTraditionalCharacters { get; }
}
