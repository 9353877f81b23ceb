namespace WorkTeam.Extraction.Facts;

/// <summary>A lone 一 that a copula makes "a" (是一个纯牧区), not a count unless a conjunction joins it to another count (是一座桥和两条路).</summary>
internal static partial class CountRecognizer
{
    /// <summary>是: the copula (grammar-chars copula-before-one).</summary>
    private static readonly System.Buffers.SearchValues<char> CopulaMarks = Grammar.Chars("copula-before-one");

    /// <summary>但, 可, 于…: before 是 they make a conjunction (但是, 可是, 于是), no copula (grammar-chars not-copula-before-shi).</summary>
    private static readonly System.Buffers.SearchValues<char> NotCopulaBeforeShi = Grammar.Chars("not-copula-before-shi");

    /// <summary>的 between the copula's noun phrase and its 一 (grammar-chars copula-one-of).</summary>
    private static readonly System.Buffers.SearchValues<char> CopulaOneOf = Grammar.Chars("copula-one-of");

    /// <summary>Where a clause before a number starts (grammar-chars clause-starts, ASCII marks and line breaks added).</summary>
    private static readonly System.Buffers.SearchValues<char> CopulaClauseStarts = Grammar.Chars("clause-starts", ",;:\n\r");

    /// <summary>The longest stretch between the copula and the 的 before 一 (谷城县的).</summary>
    private const int CopulaOfLength = 12;

    /// <summary>
    /// 是一个纯牧区, 后庄村是谷城县的一个高寒山区村: a lone 一 right after 是, or after 的 with 是 earlier in the same clause (at most
    /// <see cref="CopulaOfLength"/> characters before), says what a thing is: "a", no count even when a count follows
    /// (…,全村5个村民小组: no contrast); 但是一个, 可是一个 are no copula (not-copula-before-shi); a count joined to it by a conjunction still makes it one (QuantityScanner.IsJoinedCount). 只有一个, 共是一个 are counted before this (one-counters.tsv).
    /// </summary>
    public static bool IsCopulaOne(ReadOnlySpan<char> text, int oneStart)
    {
        if (oneStart == 0)
        {
            return false;
        }
        if (CopulaMarks.Contains(text[oneStart - 1]))
        {
            return !IsConjunctionShi(text, oneStart - 1);
        }
        if (!CopulaOneOf.Contains(text[oneStart - 1]))
        {
            return false;
        }
        var from = Math.Max(0, oneStart - 1 - CopulaOfLength);
        var before = text[from..(oneStart - 1)];
        var clause = before.LastIndexOfAny(CopulaClauseStarts);
        var stretch = before[(clause + 1)..];
        var shi = stretch.LastIndexOfAny(CopulaMarks);
        return shi >= 0 && !IsConjunctionShi(text, from + clause + 1 + shi);
    }

    /// <summary>但是一个组只有3户: the 是 at <paramref name="at"/> closes a conjunction (但是, 可是, 于是), no copula.</summary>
    private static bool IsConjunctionShi(ReadOnlySpan<char> text, int at) => at > 0 && NotCopulaBeforeShi.Contains(text[at - 1]);
}
