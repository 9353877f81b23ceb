using WorkTeam.Extraction.Numbers;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// The approximation words of facts.md around a number: 约/近/超过… before it (directly, or before
/// a verb such as 占 in 约占66%), 以上/以下/左右… after its unit.
/// </summary>
internal static class Qualifiers
{
    private static readonly (string Word, Approximation Approx)[] Before =
    [
        ("不超过", Approximation.Under), ("不超過", Approximation.Under), ("不少于", Approximation.Over), ("不少於", Approximation.Over),
        ("不低于", Approximation.Over), ("不低於", Approximation.Over), ("超过了", Approximation.Over), ("超過了", Approximation.Over),
        ("超过", Approximation.Over), ("超過", Approximation.Over), ("将近", Approximation.Under), ("將近", Approximation.Under),
        ("接近", Approximation.Under), ("几乎", Approximation.Under), ("幾乎", Approximation.Under), ("不足", Approximation.Under),
        ("不到", Approximation.Under), ("至少", Approximation.Over), ("突破", Approximation.Over), ("大约", Approximation.About),
        ("大約", Approximation.About), ("约", Approximation.About), ("約", Approximation.About), ("近", Approximation.Under),
        ("逾", Approximation.Over), ("超", Approximation.Over), ("过", Approximation.Over), ("過", Approximation.Over),
    ];

    /// <summary>Verbs that may stand between a qualifier and its number: 约占, 近达, 超过了.</summary>
    private static readonly string[] Verbs = ["达到", "達到", "占", "佔", "为", "為", "达", "達", "有", "是", "共", "计", "計"];

    /// <summary>The last characters of the qualifiers and verbs: most numbers have none of them before, and skip the word lists.</summary>
    private static readonly System.Buffers.SearchValues<char> WordEnds = System.Buffers.SearchValues.Create("过過近约約乎足到少破超逾于於了占佔为為达達有是共计計");

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
        foreach (var (word, a) in Before)
        {
            var s = end - word.Length;
            if (s < 0 || !text[s..end].SequenceEqual(word))
            {
                continue;
            }
            var prev = s > 0 ? text[s - 1] : ' ';
            if (word.Length == 1 && !SingleCharacterQualifierFits(word[0], prev))
            {
                continue;
            }
            approx = a;
            wordStart = s;
            return true;
        }
        approx = Approximation.Exact;
        wordStart = end;
        return false;
    }

    /// <summary>签约, 附近, 通过: a one-character qualifier that ends another word is no qualifier.</summary>
    private static bool SingleCharacterQualifierFits(char q, char prev) => q switch
    {
        '约' or '約' => !"签簽合节節履特公邀预預制契违違相简簡婚守解条條协協毁毀赴誓盟隐隱失立缔締如集俭儉网網续續租".Contains(prev, StringComparison.Ordinal),
        '近' => !"附最靠就亲親邻鄰贴貼逼临臨挨走晚远遠相拉将將接".Contains(prev, StringComparison.Ordinal),
        '超' or '过' or '過' => !Numbers.NumeralChars.IsIdeograph(prev) || "已均都的量数數额額总總共并並达達".Contains(prev, StringComparison.Ordinal),
        _ => true,
    };

    /// <summary>以上, 以下, 左右, 上下, 以内 right after a unit: the approximation and where the word ends.</summary>
    public static (Approximation Approx, int End) AfterUnit(ReadOnlySpan<char> text, int end)
    {
        if (end + 2 > text.Length)
        {
            return (Approximation.Exact, end);
        }
        var two = text.Slice(end, 2);
        Approximation approx;
        if (two is "以上")
        {
            approx = Approximation.Over;
        }
        else if (two is "以下" or "以内" or "以內" or "之内" or "之內")
        {
            approx = Approximation.Under;
        }
        else if (two is "左右")
        {
            approx = Approximation.About;
        }
        else if (two is "上下" && (end + 2 >= text.Length || !"水班楼樓车車游遊级級联聯功一文午学學山".Contains(text[end + 2], StringComparison.Ordinal)))
        {
            approx = Approximation.About;
        }
        else
        {
            return (Approximation.Exact, end);
        }
        return (approx, end + 2);
    }
}
