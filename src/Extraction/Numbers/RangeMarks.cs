using System.Buffers;
using System.Runtime.CompilerServices;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Numbers;

/// <summary>The marks between the ends of a range (3至5万, 2017—2018年): the one list, Numbers/Data/range-marks.tsv.</summary>
internal static class RangeMarks
{
    private static readonly SearchValues<char> Words = Chars("word");

    private static readonly SearchValues<char> Dashes = Chars("dash");

    /// <summary>至, 到.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(char c) => Words.Contains(c);

    /// <summary>-, －, —, ～ and the other dashes and tildes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDash(char c) => Dashes.Contains(c);

    /// <summary>A dash that may be written twice (3——5, 3――5): the em dash and the horizontal bar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDoublingDash(char c) => c is '—' or '―';

    /// <summary>Any range mark.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMark(char c) => Words.Contains(c) || Dashes.Contains(c);

    private static SearchValues<char> Chars(string kind) =>
        SearchValues.Create(string.Concat(WordLists.Get("range-marks").Where("kind", kind).Select(r => r[0])));
}
