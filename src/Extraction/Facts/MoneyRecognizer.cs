using System.Buffers;
using System.Collections.Frozen;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Resources;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// Money: a number before a currency word (元, 万元, 美元, 港幣, 新台幣…) or after a currency
/// symbol or word (￥300, 人民币5000万), in units of the currency, ISO 4217.
/// </summary>
internal static class MoneyRecognizer
{
    /// <summary>All money facts of a text, in order.</summary>
    public static IReadOnlyList<Fact> Recognize(string text) => QuantityScanner.Scan(text, null, FactKinds.Money);

    /// <summary>Symbols and Latin codes; the currency words come from <see cref="UnitLexicon.CurrencyNames"/>, the same list the suffix side reads.</summary>
    private static readonly (string Word, string Currency)[] PrefixWords =
    [
        ("RMB", "CNY"), ("HK$", "HKD"), ("NT$", "TWD"), ("US$", "USD"), ("A$", "AUD"),
        .. UnitLexicon.CurrencyNames,
        ("￥", "CNY"), ("¥", "CNY"), ("$", "USD"), ("＄", "USD"),
    ];

    /// <summary>Words that mark a text as from Hong Kong, where a bare $ is the Hong Kong dollar: hongkong-markers.tsv.</summary>
    private static readonly Text.WordPresence HongKongMarkers = new(WordLists.Get("hongkong-markers").Values());

    /// <summary>
    /// The names of Macau's pataca (the currencies.tsv rows of MOP: 澳门币, 澳門元…): a bare $ in a clause that names it is
    /// the pataca. One copy of the forms: the currency list's own.
    /// </summary>
    private static readonly Text.WordPresence PatacaNames =
        new(WordLists.Get("currencies").Where("currency", Pataca).Select(r => r[0]));

    /// <summary>ISO 4217 for the Hong Kong dollar and the Macau pataca.</summary>
    private const string HongKongDollar = "HKD", Pataca = "MOP";

    /// <summary>
    /// The currency of a bare $ in <paramref name="text"/> its clause does not settle (<see cref="PatacaInClause"/>), or
    /// null for the symbol's own (USD). 本條例旨在將一筆不超過$205,490,145,000的款項 (臨時立法會): in Hong Kong text it is HKD,
    /// unless the text is Taiwan's too (one of taiwan-markers); in any other it stays USD. Asked once a text, at its
    /// first bare $ (DateState.BareDollarCurrency).
    /// </summary>
    internal static string? BareDollarCurrency(ReadOnlySpan<char> text) =>
        HongKongMarkers.OccursIn(text) && !QuantityScanner.LooksTaiwanese(text) ? HongKongDollar : null;

    /// <summary>How far <see cref="PatacaInClause"/> reads either side of the $: a clause's length, so that a line of thousands of $ amounts stays linear.</summary>
    private const int ClauseReach = 120;

    /// <summary>
    /// Whether the pataca is named in the clause of the bare $ at <paramref name="at"/>, its gloss included: 预算收入的总额预计为
    /// $103,251,523,000.00(澳门币壹仟零叁拾贰亿…圆整) (a Macau budget law glosses every amount so) is MOP, the currency's own name
    /// being a surer mark than a place's. A pataca named elsewhere in the text (澳門居民亦可以澳門幣付款; 門票$500，另接受澳門幣)
    /// leaves the $ to the text's marks. The clause ends at a sentence's or clause's mark or a line break (not at the
    /// thousands' comma of $103,251,…), read at most <see cref="ClauseReach"/> characters either side.
    /// </summary>
    private static bool PatacaInClause(ReadOnlySpan<char> text, int at)
    {
        var start = at;
        for (var floor = Math.Max(0, at - ClauseReach); start > floor && !EndsClause(text, start - 1); start--)
        {
        }
        var end = at;
        for (var ceiling = Math.Min(text.Length, at + ClauseReach); end < ceiling && !EndsClause(text, end); end++)
        {
        }
        return PatacaNames.OccursIn(text[start..end]);
    }

    /// <summary>A mark that ends a clause at <paramref name="i"/>: 。！？；， or a line break, and a comma not between digits.</summary>
    private static bool EndsClause(ReadOnlySpan<char> text, int i) => text[i] switch
    {
        '\n' or '\r' => true,
        ',' => i + 1 >= text.Length || NumeralChars.ArabicDigit(text[i + 1]) < 0,
        var c => Text.Marks.FullStop.Contains(c) || Text.Marks.Exclaims.Contains(c) || Text.Marks.ClauseEnds.Contains(c) || Text.Marks.Commas.Contains(c),
    };

    /// <summary>The last characters of <see cref="PrefixWords"/>: before most numbers stands none of them, and no word need be tried.</summary>
    private static readonly SearchValues<char> PrefixWordEnds = SearchValues.Create(string.Concat(PrefixWords.Select(p => p.Word[^1])));

    /// <summary>Completes a number followed by a currency word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryComplete(ReadOnlySpan<char> text, in NumberPhrase phrase, UnitEntry unit, int unitStart, int unitLength, DateState state, ref QuantityCandidate candidate)
    {
        candidate.Kind = FactKinds.Money;
        candidate.Currency = unit.Currency;
        // 新台幣1,200萬元: the 元 is not bare when a currency is named before the number.
        if (unit.Unit == Grammar.Yuan)
        {
            if (TryFindPrefix(text, phrase.Start, state, out var named, out _))
            {
                candidate.Currency = named;
                candidate.CurrencyNamedBefore = true;
            }
            else
            {
                candidate.BareYuan = !NamesCurrency(text.Slice(unitStart, unitLength)); // 元, 块钱; not 元人民币
            }
        }
        var end = unitStart + unitLength;
        if (unit.Unit == Grammar.Yuan && phrase.Max is null && phrase.Approx == Approximation.Exact && !phrase.HasMultiplier)
        {
            // 五元三毛, 50元6角三分: the sub-units add to the amount.
            end = AddSubUnits(text, end, ref candidate);
        }
        candidate.End = end;
        return true;
    }

    /// <summary>The spoken yuan: 块 before a money noun (80块工钱), read as 块钱 is.</summary>
    internal static readonly UnitEntry ColloquialYuan = new(UnitKind.Money, Grammar.Yuan, "CNY");

    /// <summary>块 and a money noun after it (colloquial-yuan.tsv): 80块工钱 is money, 5块地 a count.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ColloquialYuanPhrases =
        WordLists.Get("colloquial-yuan").ToSet().GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> ColloquialYuanUnits =
        SearchValues.Create(string.Concat(WordLists.Get("colloquial-yuan").Values().Select(p => p[0]).Distinct()));

    private static readonly int LongestColloquialYuan = WordLists.Get("colloquial-yuan").Values().Max(p => p.Length);

    /// <summary>Whether a colloquial-yuan phrase starts at <paramref name="unitStart"/>.</summary>
    internal static bool IsColloquialYuan(ReadOnlySpan<char> text, int unitStart)
    {
        if (!ColloquialYuanUnits.Contains(text[unitStart]))
        {
            return false;
        }
        for (var length = 2; length <= LongestColloquialYuan && unitStart + length <= text.Length; length++)
        {
            if (ColloquialYuanPhrases.Contains(text.Slice(unitStart, length)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly SearchValues<char> JiaoMarks = Grammar.Chars("jiao-marks");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int AddSubUnits(ReadOnlySpan<char> text, int p, ref QuantityCandidate candidate)
    {
        if (ReadSingleDigit(text, p, out var jiao) && p + 1 < text.Length && JiaoMarks.Contains(text[p + 1]))
        {
            candidate.Value += jiao * 0.1m;
            p += 2;
        }
        if (ReadSingleDigit(text, p, out var fen) && p + 1 < text.Length && text[p + 1] == NumeralChars.Fen)
        {
            candidate.Value += fen * 0.01m;
            p += 2;
        }
        return p;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadSingleDigit(ReadOnlySpan<char> text, int p, out int digit)
    {
        digit = -1;
        if (p >= text.Length)
        {
            return false;
        }
        digit = NumeralChars.ArabicDigit(text[p]);
        if (digit < 0 && !NumeralChars.IsLiang(text[p]))
        {
            digit = NumeralChars.ChineseDigit(text[p]);
        }
        return digit > 0;
    }

    /// <summary>￥300, $20, 人民币5000万: a number with no unit after a currency symbol or word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryPrefixCurrency(ReadOnlySpan<char> text, in NumberPhrase phrase, DateState state, ref QuantityCandidate candidate)
    {
        if (!TryFindPrefix(text, phrase.Start, state, out var currency, out var symbolStart))
        {
            return false;
        }
        candidate.Kind = FactKinds.Money;
        candidate.Currency = currency;
        candidate.CurrencyNamedBefore = true;
        candidate.End = phrase.End;
        if (symbolStart >= 0)
        {
            candidate.Start = symbolStart; // the symbol is part of the amount's surface
        }
        return true;
    }

    /// <summary>Whether a unit word holds a word that names its currency (元人民币, 元港币; a bare 元 or 块钱 names none).</summary>
    private static bool NamesCurrency(ReadOnlySpan<char> unitWord)
    {
        foreach (var (word, _) in UnitLexicon.CurrencyNames)
        {
            if (unitWord.IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The currency named right before a number; <paramref name="symbolStart"/> is where a symbol (￥, HK$) starts, or -1 for a word.</summary>
    private static bool TryFindPrefix(ReadOnlySpan<char> text, int start, DateState state, out string currency, out int symbolStart)
    {
        var s = start;
        if (s > 0 && text[s - 1] == ' ')
        {
            s--;
        }
        if (s == 0 || !PrefixWordEnds.Contains(text[s - 1]))
        {
            currency = "";
            symbolStart = -1;
            return false;
        }
        foreach (var (word, cur) in PrefixWords)
        {
            var w = s - word.Length;
            if (w >= 0 && text[w..s].SequenceEqual(word))
            {
                if (word == "$" && w > 0 && NumeralChars.IsLatinLetter(text[w - 1]))
                {
                    continue;
                }
                currency = word.Length == 1 && NumeralChars.Narrow(word[0]) == '$' ? (PatacaInClause(text, w) ? Pataca : state.BareDollarCurrency ?? cur) : cur;
                symbolStart = word.Length == 1 || word[^1] == '$' ? w : -1;
                return true;
            }
        }
        currency = "";
        symbolStart = -1;
        return false;
    }
}
