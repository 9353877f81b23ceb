using System.Collections.Frozen;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Numbers;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// The approximation words of facts.md around a number: 约/近/超过… before it (directly, or before
/// a verb such as 占 in 约占66%), 以上/以下/左右… after its unit.
/// </summary>
internal static class Qualifiers
{
    /// <summary>A qualifier word of qualifiers.tsv and the characters around it that make it part of another word.</summary>
    private sealed record Qualifier(string Word, bool IsBefore, Approximation Approx, string NotAfter, string OnlyAfter, string NotBefore);

    private static readonly Qualifier[] All = Read();

    /// <summary>The words before a number, in the order they are tried (a longer word before one that ends it).</summary>
    private static readonly Qualifier[] Before = [.. All.Where(q => q.IsBefore)];

    /// <summary><see cref="Before"/> by the last character of the word, each group in its order: a position is tried against the words that can end there.</summary>
    private static readonly FrozenDictionary<char, Qualifier[]> BeforeByLastChar =
        Before.GroupBy(q => q.Word[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The two-character words after a unit: 以上, 以下, 左右, 上下, 以内.</summary>
    private static readonly FrozenDictionary<string, Qualifier>.AlternateLookup<ReadOnlySpan<char>> After =
        All.Where(q => !q.IsBefore).ToFrozenDictionary(q => q.Word, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first characters of <see cref="After"/>'s words: most units are followed by none, and skip the dictionary.</summary>
    private static readonly System.Buffers.SearchValues<char> AfterFirsts =
        System.Buffers.SearchValues.Create(string.Concat(All.Where(q => !q.IsBefore && q.Word.Length > 0).Select(q => q.Word[0]).Distinct()));

    private static Qualifier[] Read()
    {
        var list = WordLists.Get("qualifiers");
        int position = list.Column("position"), approx = list.Column("approx"), notAfter = list.Column("not_after"), onlyAfter = list.Column("only_after"), notBefore = list.Column("not_before");
        return [.. list.Rows.Select(r => new Qualifier(r[0], r[position] == "before", Enum.Parse<Approximation>(r[approx], ignoreCase: true), r[notAfter], r[onlyAfter], r[notBefore]))];
    }

    /// <summary>Verbs that may stand between a qualifier and its number: 约占, 近达, 超过了 (qualifier-verbs.tsv).</summary>
    private static readonly string[] Verbs = [.. WordLists.Get("qualifier-verbs").Values()];

    /// <summary>The last characters of the qualifiers and verbs: most numbers have none of them before, and skip the word lists.</summary>
    private static readonly System.Buffers.SearchValues<char> WordEnds =
        System.Buffers.SearchValues.Create(string.Concat(Before.Select(q => q.Word[^1]).Concat(Verbs.Select(v => v[^1])).Distinct()));

    /// <summary>The qualifier before a number at <paramref name="start"/>: its approximation, where it starts, whether it touches the number.</summary>
    public static (Approximation Approx, int Start, bool Adjacent) BeforeNumber(ReadOnlySpan<char> text, int start)
    {
        if (start == 0 || !WordEnds.Contains(text[start - 1]))
        {
            return (Approximation.Exact, start, false);
        }
        if (TryWordEndingAt(text, start, out var approx, out var wordStart))
        {
            return (approx, wordStart, true);
        }
        foreach (var verb in Verbs)
        {
            var v = start - verb.Length;
            if (v > 0 && text[v..start].SequenceEqual(verb) && TryWordEndingAt(text, v, out approx, out _))
            {
                return (approx, start, false);
            }
        }
        return (Approximation.Exact, start, false);
    }

    private static bool TryWordEndingAt(ReadOnlySpan<char> text, int end, out Approximation approx, out int wordStart)
    {
        foreach (var q in end > 0 && BeforeByLastChar.TryGetValue(text[end - 1], out var ending) ? ending : [])
        {
            var word = q.Word;
            var s = end - word.Length;
            if (s < 0 || !text[s..end].SequenceEqual(word))
            {
                continue;
            }
            var prev = s > 0 ? text[s - 1] : ' ';
            if (word.Length == 1 && !SingleCharacterQualifierFits(q, prev))
            {
                continue;
            }
            approx = q.Approx;
            wordStart = s;
            return true;
        }
        approx = Approximation.Exact;
        wordStart = end;
        return false;
    }

    /// <summary>签约, 附近, 通过: a one-character qualifier that ends another word is no qualifier.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SingleCharacterQualifierFits(Qualifier q, char prev) =>
        !q.NotAfter.Contains(prev, StringComparison.Ordinal)
        && (q.OnlyAfter.Length == 0 || !Numbers.NumeralChars.IsIdeograph(prev) || q.OnlyAfter.Contains(prev, StringComparison.Ordinal));

    /// <summary>以上, 以下, 左右, 上下, 以内 right after a unit: the approximation and where the word ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (Approximation Approx, int End) AfterUnit(ReadOnlySpan<char> text, int end)
    {
        if (end + 2 > text.Length || !AfterFirsts.Contains(text[end]))
        {
            return (Approximation.Exact, end);
        }
        if (!After.TryGetValue(text.Slice(end, 2), out var q)
            || (q.NotBefore.Length > 0 && end + 2 < text.Length && q.NotBefore.Contains(text[end + 2], StringComparison.Ordinal)))
        {
            return (Approximation.Exact, end);
        }
        var approx = q.Approx;
        return (approx, end + 2);
    }
}
