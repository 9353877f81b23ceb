using System.Buffers;
using System.Collections.Frozen;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// The grammar markers of dates and quantities, each one named constant, and the sets of characters and words the
/// recognizers read around a number (Facts/Data/grammar-chars.tsv, grammar-words.tsv), built once into frozen tables.
/// </summary>
internal static class Grammar
{
    /// <summary>年: after a year (2017年) or in a duration (3年); the one copy is <see cref="Marks.Year"/>.</summary>
    public static readonly char Year = Marks.Year[0];

    /// <summary>月: after a month (6月); the one copy is <see cref="Marks.Month"/>.</summary>
    public static readonly char Month = Marks.Month[0];

    /// <summary>日: after a day of the month (26日); the one copy is <see cref="Marks.Day"/>.</summary>
    public static readonly char Day = Marks.Day[0];

    /// <summary>份 after a month: 6月份.</summary>
    public const char MonthWhole = '份';

    /// <summary>初: the start of a month or year (6月初), and of a lunar day (四月初八, 初三).</summary>
    public const char Early = '初';

    /// <summary>今 of 今（28）日: today.</summary>
    public const char Today = '今';

    /// <summary>前: before a number, "the first" (前三名); the 前 of 前年.</summary>
    public const char Before = '前';

    /// <summary>半: a half more (一年半, 三成半, 3米半).</summary>
    public const char Half = '半';

    /// <summary>成: a tenth (八成).</summary>
    public const char Tenth = '成';

    /// <summary>不 of 一成不变.</summary>
    public const char Not = '不';

    /// <summary>次 of 人次, 户次 and of 三次会议.</summary>
    public const char Times = '次';

    /// <summary>第: an ordinal.</summary>
    public const char Ordinal = '第';

    /// <summary>元: the yuan.</summary>
    public const string Yuan = "元";

    private static readonly WordList CharSets = WordLists.Get("grammar-chars");

    private static readonly WordList WordRows = WordLists.Get("grammar-words");

    /// <summary>大 of 八大课题 ("major"), 三大碗 (a big bowl), and of 十九大 (a congress): grammar-chars.tsv, set major-mark.</summary>
    public static readonly char Major = CharsOf("major-mark")[0]; // after CharSets: static fields start in order

    /// <summary>The members of a set of grammar-chars.tsv.</summary>
    public static string CharsOf(string set) =>
        CharSets.Rows.FirstOrDefault(r => r[0] == set) is { } row
            ? row[CharSets.Column("chars")]
            : throw new ResourceLoadException(ResourceFormat.LogicalName(WordListFormat.File), $"grammar-chars has no set '{set}'.");

    /// <summary>A set of grammar-chars.tsv as search values, with the ASCII and control characters in <paramref name="also"/>.</summary>
    public static SearchValues<char> Chars(string set, string also = "") => SearchValues.Create(CharsOf(set) + also);

    /// <summary>The rows of grammar-words.tsv that hold <paramref name="role"/>, in file order.</summary>
    public static IEnumerable<string[]> Rows(string role)
    {
        var roles = WordRows.Column("roles");
        return WordRows.Rows.Where(r => r[roles].Split(' ').Contains(role));
    }

    /// <summary>The words of grammar-words.tsv that hold <paramref name="role"/>, in file order.</summary>
    public static string[] Words(string role) => [.. Rows(role).Select(r => r[0])];

    /// <summary>The words of a role as a frozen set looked up by span.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordSet(string role) =>
        Words(role).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether one of <paramref name="words"/> starts at <paramref name="at"/> (none past the text's end).</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> text, int at, string[] words) =>
        at <= text.Length && WordMatch.StartsWithAny(text[at..], words);
}
