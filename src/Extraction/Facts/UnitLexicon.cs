using System.Collections.Frozen;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Facts;

/// <summary>What a word after a number makes of it.</summary>
internal enum UnitKind
{
    /// <summary>A currency: the number is money.</summary>
    Money,
    /// <summary>A measure word for discrete things: the number is a count.</summary>
    Count,
    /// <summary>A noun used as the classifier (两县, 四鄉鎮): a count, with a stricter context.</summary>
    NounCount,
    /// <summary>An area, length, volume, weight or power unit.</summary>
    Measure,
    /// <summary>%, 个百分点.</summary>
    Percent,
    /// <summary>Ages, durations, multiples, times, levels, labels: the number is no fact at all.</summary>
    Blocker,
}

/// <summary>One unit word: its kind, its simplified form, its currency; a verbal classifier (次, 趟, 遍) counts events.</summary>
internal sealed record UnitEntry(UnitKind Kind, string Unit, string? Currency = null, bool IsVerbal = false, bool IsSeriesLabel = false);

/// <summary>
/// The words that may follow a number, in both scripts, each with its simplified form; looked up by
/// longest match on a span without allocating.
/// </summary>
internal static class UnitLexicon
{
    /// <summary>The longest unit word, in characters.</summary>
    public const int MaxLength = 5;

    private static readonly FrozenDictionary<string, UnitEntry> Entries = Build();

    private static readonly FrozenDictionary<string, UnitEntry>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// For each first character, a bit per length (1 &lt;&lt; len) of the unit words it opens: most positions after a
    /// number open none, and the others only need the dictionary probed at the lengths that exist.
    /// </summary>
    private static readonly byte[] LengthsByFirstChar = BuildLengths();

    /// <summary>
    /// The first two characters of the unit words of two characters and more: after most units' first character the next
    /// one continues none of them, and the dictionary is then probed at length one only, not hashed at each longer length.
    /// </summary>
    private static readonly Text.CharPairFilter LongerOpenings =
        new(Entries.Keys.Where(k => k.Length >= 2).Select(k => Text.CharPairFilter.Pair(k[0], k[1])));

    /// <summary>The one-character units by their character: most units after a number are one character, and a char key hashes cheaper than a span.</summary>
    private static readonly FrozenDictionary<char, UnitEntry> SingleCharEntries =
        Entries.Where(e => e.Key.Length == 1).ToFrozenDictionary(e => e.Key[0], e => e.Value);

    /// <summary>
    /// The currency words that name their currency, with its ISO code, in both scripts, longest first: the
    /// same money entries as after a number, so that 港元50亿 and 日元500万元 are read like 港币50亿.
    /// A bare 元, 块钱 or 元港币 names no currency before a number (currencies.tsv, column before).
    /// </summary>
    public static readonly (string Word, string Currency)[] CurrencyNames =
    [
        .. WordLists.Get("currencies").Where("before", "yes")
            .OrderByDescending(r => r[0].Length)
            .ThenBy(r => r[0], StringComparer.Ordinal)
            .Select(r => (r[0], r[2])),
    ];

    /// <summary>
    /// A one-character unit that opens a longer word is no unit: 三人民 is not 3 人, 五期间 not 5 期
    /// (unit-openers.tsv: the unit and the character after it).
    /// </summary>
    private static readonly FrozenSet<string> WordsStartingWithUnit = WordLists.Get("unit-openers").ToSet();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        WordsStartingWithUnit.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Those words of two characters as pairs: most units and the character after them make none, and skip the set.</summary>
    private static readonly Text.CharPairFilter WordPairs =
        new(WordsStartingWithUnit.Where(w => w.Length == 2).Select(w => Text.CharPairFilter.Pair(w[0], w[1])));

    /// <summary>A unit, then a word that overlaps the word it opens: 两台风扇 is two fans (台, then 风扇), though 台风 opens a word.</summary>
    private static readonly string[] UnitBeforeWords = Grammar.Words("unit-before-word");

    private static byte[] BuildLengths()
    {
        var lengths = new byte[char.MaxValue + 1];
        foreach (var key in Entries.Keys)
        {
            lengths[key[0]] |= (byte)(1 << key.Length);
        }
        return lengths;
    }

    /// <summary>The bit of <see cref="LengthsByFirstChar"/> for a word of one character.</summary>
    private const int OneCharacter = 1 << 1;

    /// <summary>The class of the verbal classifiers in measure-words.tsv.</summary>
    private const string VerbalClass = "verbal";

    /// <summary>The series role of measure-words.tsv's label units (一区、二区, 1组、2组: numbers in a row name parts).</summary>
    private const string SeriesLabel = "label";

    /// <summary>The grammatical classes of measure-words.tsv and the kind of fact each makes.</summary>
    private static UnitKind KindOfClass(string unitClass) => unitClass switch
    {
        "individual" or "collective" or "container" or "partitive" or VerbalClass or "compound" => UnitKind.Count,
        "noun" => UnitKind.NounCount,
        "measure" => UnitKind.Measure,
        "percent" => UnitKind.Percent,
        _ => throw new ResourceLoadException(ResourceFormat.LogicalName(WordListFormat.File), $"measure-words: unknown class '{unitClass}'."),
    };

    /// <summary>Currencies, measure words and, overriding both, the words that make a number no fact.</summary>
    private static FrozenDictionary<string, UnitEntry> Build()
    {
        var d = new Dictionary<string, UnitEntry>(StringComparer.Ordinal);
        foreach (var row in WordLists.Get("currencies").Rows)
        {
            d[row[0]] = new UnitEntry(UnitKind.Money, row[1], row[2]);
        }
        var words = WordLists.Get("measure-words");
        int unit = words.Column("unit"), unitClass = words.Column("class"), series = words.Column("series");
        foreach (var row in words.Rows)
        {
            d[row[0]] = new UnitEntry(KindOfClass(row[unitClass]), row[unit], IsVerbal: row[unitClass] == VerbalClass,
                IsSeriesLabel: row[series] == SeriesLabel);
        }
        foreach (var blocker in WordLists.Get("not-units").Values())
        {
            d[blocker] = new UnitEntry(UnitKind.Blocker, blocker);
        }
        var tooLong = d.Keys.FirstOrDefault(k => k.Length > MaxLength);
        if (tooLong is not null)
        {
            throw new ResourceLoadException(ResourceFormat.LogicalName(WordListFormat.File), $"the unit word '{tooLong}' is longer than {MaxLength} characters.");
        }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// The longest unit word at <paramref name="pos"/>; a one-character unit that opens a longer word does not count, and
    /// a longer count unit whose last character opens a word with the next one (條次要) gives way to a shorter one.
    /// </summary>
    public static bool TryMatch(ReadOnlySpan<char> text, int pos, out UnitEntry entry, out int length)
    {
        var lengths = (uint)pos < (uint)text.Length ? LengthsByFirstChar[text[pos]] : 0;
        if ((lengths & ~OneCharacter) != 0 && pos + 1 < text.Length && !LongerOpenings.MayContain(text[pos], text[pos + 1]))
        {
            lengths &= OneCharacter;
        }
        for (var len = Math.Min(MaxLength, text.Length - pos); len >= 1 && lengths != 0; len--)
        {
            if ((lengths & (1 << len)) != 0
                && (len == 1 ? SingleCharEntries.TryGetValue(text[pos], out var found) : Lookup.TryGetValue(text.Slice(pos, len), out found)))
            {
                if (len == 1 && pos + 1 < text.Length && found.Kind != UnitKind.Blocker
                    && WordPairs.MayContain(text[pos], text[pos + 1]) && WordLookup.Contains(text.Slice(pos, 2))
                    && !Grammar.StartsWithAny(text, pos, UnitBeforeWords))
                {
                    break;
                }
                if (len > 1 && pos + len < text.Length && found.Kind == UnitKind.Count
                    && WordPairs.MayContain(text[pos + len - 1], text[pos + len]) && WordLookup.Contains(text.Slice(pos + len - 1, 2)))
                {
                    continue; // ２９條次要河川: 次要 ("secondary") takes the 次, and 條 is the unit (counts only: 美元年薪 stays money)
                }
                entry = found;
                length = len;
                return true;
            }
        }
        entry = null!;
        length = 0;
        return false;
    }
}
