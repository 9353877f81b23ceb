using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// The single pass behind every quantity recognizer: jumps from one numeral character to the next
/// with <see cref="SearchValues{T}"/>, reads a date or a number phrase there, lets the unit after it
/// pick the recognizer, then settles coordination (400亿和500亿元), ranges across units (30%至40%),
/// qualifiers shared by coordinated numbers and the lone 一.
/// </summary>
internal static class QuantityScanner
{
    /// <summary>Where a quantity or a date can start: a numeral, or the opener of 今年 or 民國.</summary>
    internal static readonly SearchValues<char> Starts = SearchValues.Create(NumeralChars.NumberStartChars + DateRecognizer.OpenerChars);

    /// <summary>
    /// <see cref="Starts"/> as one bit per UTF-16 unit (8 KB): numerals stand a few characters apart in Chinese text, and a
    /// bit test per character finds the next one in less time than a vectorized search set up anew for each short stretch.
    /// </summary>
    private static readonly uint[] StartBits = BuildStartBits();

    private static uint[] BuildStartBits()
    {
        var bits = new uint[(char.MaxValue + 1) / 32];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (Starts.Contains((char)c))
            {
                bits[c >> 5] |= 1u << c;
            }
        }
        return bits;
    }

    /// <summary>Where the next character of <see cref="Starts"/> is at or after <paramref name="pos"/>, or -1.</summary>
    private static int NextStart(ReadOnlySpan<char> text, int pos)
    {
        var bits = StartBits;
        for (var i = pos; i < text.Length; i++)
        {
            var c = text[i];
            if ((bits[c >> 5] & (1u << c)) != 0)
            {
                return i;
            }
        }
        return -1;
    }

    private static readonly Text.CharSet DateOpeners = new(DateRecognizer.OpenerChars);

    private static readonly SearchValues<char> SentenceEnds = Grammar.Chars("sentence-ends", "!?\n\r");

    /// <summary>Words that mark a text as from Taiwan (民國, 新臺幣, 立法院): taiwan-markers.tsv.</summary>
    private static readonly WordPresence TaiwanMarkers = new(WordLists.Get("taiwan-markers").Values());

    /// <summary>
    /// The candidate list of the scan running on this thread, kept between calls: a candidate is a large struct,
    /// and growing a fresh list for every short text (one line, one sentence) cost more than reading it.
    /// </summary>
    [ThreadStatic]
    private static List<QuantityCandidate>? t_found;

    /// <summary>The date state of the scan running on this thread, reset for each text (<see cref="DateState.Reset"/>).</summary>
    [ThreadStatic]
    private static DateState? t_state;

    /// <summary>Scans <paramref name="text"/> and returns the facts of the kinds in <paramref name="mask"/>, in document order.</summary>
    public static List<Fact> Scan(string text, DateOnly? documentDate, FactKinds mask, bool? taiwanYears = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var at = NextStart(span, 0);
        if (at < 0)
        {
            return new List<Fact>(0); // most lines of a report have no numeral: nothing to settle
        }
        DateState? state = null; // made at the first numeral: most lines of a report have none
        var found = t_found ?? new List<QuantityCandidate>();
        t_found = null; // a scan that throws leaves no half-filled list behind
        var lastAt = 0;
        while (at >= 0)
        {
            if (state is null)
            {
                state = t_state ?? new DateState(documentDate, taiwanYears, text);
                t_state = null; // a scan that throws leaves no state behind
                state.Reset(documentDate, taiwanYears, text);
            }
            if (state.SentenceYear is not null && span[lastAt..at].ContainsAny(SentenceEnds))
            {
                state.SentenceYear = null;
            }
            lastAt = at;
            var pos = Math.Max(at + 1, ScanAt(span, at, state, found));
            at = NextStart(span, pos);
        }
        Settle(span, found);
        var facts = Emit(text, found, mask);
        state!.Reset(null, null, string.Empty); // keeps no text alive
        t_state = state;
        found.Clear();
        if (found.Capacity <= 1024)
        {
            t_found = found;
        }
        return facts;
    }

    /// <summary>Whether <paramref name="text"/> holds a character a quantity or a date can start with (else it has none).</summary>
    internal static bool MayHold(ReadOnlySpan<char> text) => NextStart(text, 0) >= 0;

    /// <summary>
    /// Taiwan text: its bare years below 120 are ROC years (八十六年 = 1997). A transcribed PDF that spaces every character
    /// (`新 臺 幣`, `臺 北 市`) is read again with the spaces between ideographs taken out.
    /// </summary>
    internal static bool LooksTaiwanese(ReadOnlySpan<char> text) =>
        TaiwanMarkers.OccursIn(text) || (IsSpacedText(text) && TaiwanMarkers.OccursIn(WithoutIdeographSpaces(text)));

    /// <summary>A spaced text puts a space between ideographs at least this often (a line of prose has none).</summary>
    private const int MinIdeographSpaces = 16;

    private static bool IsSpacedText(ReadOnlySpan<char> text)
    {
        var spaced = 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] == ' ' && NumeralChars.IsIdeograph(text[i - 1]) && NumeralChars.IsIdeograph(text[i + 1]) && ++spaced >= MinIdeographSpaces)
            {
                return true;
            }
        }
        return false;
    }

    private static string WithoutIdeographSpaces(ReadOnlySpan<char> text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && i > 0 && i + 1 < text.Length && NumeralChars.IsIdeograph(text[i - 1]) && NumeralChars.IsIdeograph(text[i + 1]))
            {
                continue;
            }
            sb.Append(text[i]);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Where the scan goes on after a date: past what the recognizer read, and past a hyphen that opens the range's end
    /// (2015-2020年, 8月16-17日: the hyphen is no sign of the next number). A hyphen before any other number is its
    /// minus sign (2020年-5.3%, 1-6月-3.2%) and is left to the scan.
    /// </summary>
    private static int PastDate(ReadOnlySpan<char> text, int end, int skipTo)
    {
        var next = Math.Max(end, skipTo);
        return next == end && end + 1 < text.Length && NumeralChars.Narrow(text[end]) == '-' && OpensDateRangeEnd(text, end + 1)
            ? end + 1
            : next;
    }

    /// <summary>Whether digits at <paramref name="at"/> close with 年, 月 or 日 (the end of a date range: 2020年, 6月, 17日).</summary>
    private static bool OpensDateRangeEnd(ReadOnlySpan<char> text, int at)
    {
        var p = at;
        while (p < text.Length && NumeralChars.ArabicDigit(text[p]) >= 0)
        {
            p++;
        }
        while (p > at && p < text.Length && text[p] == ' ')
        {
            p++;
        }
        return p > at && p < text.Length && (Marks.Year.Contains(text[p]) || Marks.Month.Contains(text[p]) || Marks.Day.Contains(text[p]));
    }

    private static int ScanAt(ReadOnlySpan<char> text, int at, DateState state, List<QuantityCandidate> found)
    {
        var c = text[at];
        if (DateOpeners.Contains(c))
        {
            if (DateRecognizer.TryMatch(text, at, state, out var relative, out var relativeSkip))
            {
                found.Add(relative);
                return PastDate(text, relative.End, relativeSkip);
            }
            return relativeSkip;
        }
        // 2015-2020年, 1-6月: the end of a date range the scanner just opened is no code or label (38-41, 10:22)
        var endsDateRange = at > 0 && found.Count > 0 && found[^1].Kind == FactKinds.Date && found[^1].End == at - 1
            && RangeMarks.IsMark(text[at - 1]);
        if (!endsDateRange && IsCode(text, at, out var codeEnd))
        {
            return codeEnd;
        }
        if (!endsDateRange && IsOrdinalOrVague(text, at))
        {
            return SkipOrdinalChain(text, at);
        }
        if (IsInIdiom(text, at, out var idiomEnd))
        {
            return idiomEnd;
        }
        var hasToken = ChineseNumeralParser.TryScan(text, at, out var token);
        if (DateRecognizer.TryMatchNumber(text, at, hasToken, token, state, out var date, out var dateSkip))
        {
            found.Add(date);
            return PastDate(text, date.End, dateSkip);
        }
        if (dateSkip > at)
        {
            return dateSkip;
        }
        if (!NumberPhraseScanner.TryScan(text, at, hasToken, token, out var phrase))
        {
            // A digit run too long to be an amount is a code, and 9亿亿亿亿亿元 is no amount at all: skip the
            // whole numeral run, lest its tail (亿元) be read as a number of its own.
            var skip = at + 1;
            while (skip < text.Length && IsNumeralRunChar(text[skip]))
            {
                skip++;
            }
            return skip;
        }
        if (phrase.Style == NumeralStyle.Arabic && phrase.IntegerDigits > 1 && NumeralChars.ArabicDigit(text[at]) == 0)
        {
            return phrase.End; // 07/08, 0991: a leading zero makes a code or a short year, not an amount
        }
        if (phrase.End == at + 1 && NumeralChars.ChineseDigit(text[at]) == 0)
        {
            return at + 1; // 零组件, 零容忍: zero alone is a word
        }
        if (phrase.End == at + 1 && NumeralChars.IsFinancial(text[at]) && !IsFractionAhead(text, phrase.End))
        {
            return at + 1; // 拾起, 队伍, 陆地: a financial numeral alone is a word
        }
        if (phrase.Style == NumeralStyle.DigitByDigit && !phrase.HasDecimal && !IsFractionAhead(text, phrase.End)
            && !(phrase.HasMultiplier && phrase.IntegerDigits >= DigitByDigitAmountDigits) && !CountRecognizer.IsDigitByDigitCount(text, phrase))
        {
            return phrase.End; // 一四七团, 八一村: codes and names, not amounts
        }
        if (TryClassify(text, phrase, state, out var candidate, out var consumed))
        {
            found.Add(candidate);
            return candidate.End;
        }
        return consumed;
    }

    /// <summary>The fewest digits read one by one that a 萬/億 makes an amount, not a code (二三六七萬元, 三萬五九一五元).</summary>
    private const int DigitByDigitAmountDigits = 3;

    /// <summary>A digit, a unit, 廿, 兆, a separator or a decimal point (not the Latin middle dot, which also parts names).</summary>
    private static bool IsNumeralRunChar(char c) => NumeralChars.ArabicDigit(c) >= 0 || c is ',' or '.' || NumeralChars.IsNumeralChar(c);

    /// <summary>第19、20和21条: the numbers coordinated with an ordinal are ordinals too.</summary>
    private static int SkipOrdinalChain(ReadOnlySpan<char> text, int at)
    {
        var end = NumberPhraseScanner.TryScan(text, at, out var skipped) ? skipped.End : at + 1;
        if (text[at - 1] != Grammar.Ordinal)
        {
            return end;
        }
        while (end + 1 < text.Length && OrdinalChain.Contains(text[end])
            && NumberPhraseScanner.TryScanSingle(text, end + 1, out var next))
        {
            end = next.End;
        }
        return end;
    }

    /// <summary>
    /// Idioms and fixed words with a numeral that is no number at all (四面八方, 成千上万, 约法三章), and slogans and
    /// policy names, written with or without quotes (八项规定, 三区三州: each numeral of the name is skipped, not only the
    /// first): not-facts.tsv, each with the offset of its first numeral, where the scan meets it.
    /// </summary>
    private static readonly (string Phrase, int Offset)[] Idioms =
        [.. WordLists.Get("not-facts").Rows.Select(r => (r[0], FirstNumeral(r[0])))];

    private static readonly Text.CharSet IdiomStarts = new(string.Concat(Idioms.Select(i => i.Phrase[i.Offset]).Distinct()));

    /// <summary>
    /// The idioms by their numeral and the character after it (numeral &lt;&lt; 16 | next), each group in list order, those
    /// that end at their numeral in every group of that numeral: a numeral is tried against the idioms that can match there.
    /// </summary>
    private static readonly FrozenDictionary<int, (string Phrase, int Offset)[]> IdiomsByNumeralAndNext =
        Idioms.Where(i => i.Offset + 1 < i.Phrase.Length)
            .Select(i => (i.Phrase[i.Offset] << 16) | i.Phrase[i.Offset + 1]).Distinct()
            .ToFrozenDictionary(key => key, key => Idioms.Where(i => i.Phrase[i.Offset] == (char)(key >> 16)
                && (i.Offset + 1 == i.Phrase.Length || i.Phrase[i.Offset + 1] == (char)key)).ToArray());

    /// <summary>The idioms that end at their numeral, by the numeral: all that can match where no group above has the next character.</summary>
    private static readonly FrozenDictionary<char, (string Phrase, int Offset)[]> IdiomsEndingAtNumeral =
        Idioms.Where(i => i.Offset + 1 == i.Phrase.Length).GroupBy(i => i.Phrase[i.Offset]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>
    /// The keys of <see cref="IdiomsEndingAtNumeral"/> as one bit a character: few numerals end an idiom (八 of 七上八下),
    /// and every 一 that opens none was looked up in the dictionary.
    /// </summary>
    private static readonly Text.CharSet IdiomEndingNumerals = new(string.Concat(IdiomsEndingAtNumeral.Keys));

    private static int FirstNumeral(string phrase) => phrase.AsSpan().IndexOfAny(Starts) is var i and >= 0
        ? i
        : throw new ResourceLoadException(ResourceFormat.LogicalName(WordListFormat.File), $"not-facts: the idiom '{phrase}' holds no numeral.");

    /// <summary>
    /// The keys of <see cref="IdiomsByNumeralAndNext"/> as a filter of one bit per hashed key (8 KB): 一 opens idioms and
    /// stands before most characters, and a clear bit spares the dictionary's hashing of a key it does not hold.
    /// </summary>
    private static readonly CharPairFilter IdiomPairFilter = new(IdiomsByNumeralAndNext.Keys);

    /// <summary>Whether an idiom holds the numeral at <paramref name="at"/>; <paramref name="end"/> is past the idiom.</summary>
    private static bool IsInIdiom(ReadOnlySpan<char> text, int at, out int end)
    {
        end = at;
        if (!IdiomStarts.Contains(text[at]))
        {
            return false;
        }
        if ((at + 1 >= text.Length || !IdiomPairFilter.MayContain(text[at], text[at + 1])
                || !IdiomsByNumeralAndNext.TryGetValue((text[at] << 16) | text[at + 1], out var idioms))
            && (!IdiomEndingNumerals.Contains(text[at]) || !IdiomsEndingAtNumeral.TryGetValue(text[at], out idioms)))
        {
            return false;
        }
        foreach (var (phrase, offset) in idioms)
        {
            if (at >= offset && text[(at - offset)..].StartsWith(phrase, StringComparison.Ordinal))
            {
                end = at - offset + phrase.Length;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// 十来个, 二十來人, 百来斤: 来 after a round number (a multiple of ten, written with no 多 or range) and before a
    /// measure word makes the number approximate.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsRoundAbout(ReadOnlySpan<char> text, in NumberPhrase phrase, int q) =>
        q + 1 < text.Length && q == phrase.End && NumeralChars.IsAboutMark(text[q]) && phrase.Max is null && phrase.Approx == Approximation.Exact
        && !phrase.HasDecimal && phrase.Value >= 10 && phrase.Value % 10 == 0
        && UnitLexicon.TryMatch(text, q + 1, out var unit, out _) && unit.Kind is UnitKind.Count or UnitKind.Measure;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsFractionAhead(ReadOnlySpan<char> text, int p) => p + 1 < text.Length && text[p] == NumeralChars.Fen && text[p + 1] == NumeralChars.Zhi;

    private static readonly SearchValues<char> OrdinalChain = Grammar.Chars("ordinal-chain", "-");
    private static readonly SearchValues<char> OverMarkStops = Grammar.Chars("over-mark-stops");
    private static readonly SearchValues<char> MinusSigns = Grammar.Chars("minus-signs");
    private static readonly SearchValues<char> MinusSignStops = Grammar.Chars("minus-sign-stops");
    private static readonly SearchValues<char> Coordinators = Grammar.Chars("coordinators");
    private static readonly SearchValues<char> OrdinalsBefore = Grammar.Chars("ordinals-before");
    /// <summary>其中后四座: words ending in 后 that make the number after them "the last N", like 前三名 (latter-ordinal).</summary>
    private static readonly string[] LatterOrdinalWords = Grammar.Words("latter-ordinal");
    private static readonly SearchValues<char> LatterOrdinalEnds = SearchValues.Create(string.Concat(LatterOrdinalWords.Select(w => w[^1]).Distinct()));
    private static readonly SearchValues<char> VagueBeforeUnit = Grammar.Chars("vague-before-unit");
    private static readonly SearchValues<char> NotOrdinalBeforeQian = Grammar.Chars("not-ordinal-before-qian");
    private static readonly SearchValues<char> CountJoiners = Grammar.Chars("count-joiners");
    private static readonly SearchValues<char> ContrastClauseMarks = Grammar.Chars("contrast-clause-marks", ",");
    private static readonly SearchValues<char> NotInCountedNoun = Grammar.Chars("not-in-counted-noun");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayBefore = Grammar.WordSet("weekday-before");
    private static readonly SearchValues<char> WeekdayBeforeEnds = SearchValues.Create(string.Concat(Grammar.Words("weekday-before").Select(w => w[^1]).Distinct()));
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GapJoiners = Grammar.WordSet("gap-joiner");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryClassify(ReadOnlySpan<char> text, in NumberPhrase phrase, DateState state, out QuantityCandidate candidate, out int consumed)
    {
        candidate = new QuantityCandidate
        {
            Start = phrase.Start,
            NumberStart = phrase.Start,
            End = phrase.End,
            Value = phrase.Value,
            Max = phrase.Max,
            Approx = phrase.Approx,
            IsSingleOne = phrase.IsSingleOne,
            Scale = ScaleOf(text, phrase),
        };
        consumed = phrase.End;
        var isFraction = false;
        if (PercentRecognizer.TryFraction(text, phrase, ref candidate) || PercentRecognizer.TryTenths(text, phrase, ref candidate))
        {
            consumed = candidate.End;
            isFraction = true;
        }
        else
        {
            var q = phrase.End;
            if (phrase.Style == NumeralStyle.Arabic && q + 1 < text.Length && text[q] == ' ' && text[q + 1] != ' ')
            {
                q++;
            }
            if (IsRoundAbout(text, phrase, q))
            {
                q++; // 十来个: about ten
                candidate.Approx = Approximation.About;
            }
            if (UnitLexicon.TryMatch(text, q, out var unit, out var length))
            {
                if (unit.Kind == UnitKind.Count && length == 1 && MoneyRecognizer.IsColloquialYuan(text, q))
                {
                    unit = MoneyRecognizer.ColloquialYuan; // 80块工钱
                }
                consumed = q + length;
                var ok = unit.Kind switch
                {
                    UnitKind.Money => MoneyRecognizer.TryComplete(text, phrase, unit, q, length, state, ref candidate),
                    UnitKind.Count or UnitKind.NounCount => CountRecognizer.TryComplete(text, phrase, unit, q, length, ref candidate),
                    UnitKind.Measure => MeasureRecognizer.TryComplete(text, phrase, unit, q, length, ref candidate),
                    UnitKind.Percent => PercentRecognizer.TryComplete(phrase, unit, q, length, ref candidate),
                    UnitKind.Blocker when length == 1 && text[q] == Grammar.Major => CountRecognizer.TryMajorCount(text, phrase, q, ref candidate),
                    _ => false,
                };
                if (!ok)
                {
                    return false;
                }
            }
            else if (MoneyRecognizer.TryPrefixCurrency(text, phrase, state, ref candidate) || CountRecognizer.TryUnitless(text, phrase, ref candidate)
                || CountRecognizer.TryTableCell(text, phrase, state, ref candidate))
            {
                consumed = candidate.End;
            }
            else if (!IsJoinerAhead(text, phrase.End) || CountRecognizer.IsHeadingNumber(text, phrase))
            {
                return false; // 二、六个行政村: a heading's number borrows no unit
            }
            // else: a bare number kept so that a coordinated neighbour may lend it a unit.
        }

        if (candidate.Kind is FactKinds.Money or FactKinds.Measure && candidate.Approx == Approximation.Exact && candidate.Max is null
            && candidate.End < text.Length && NumeralChars.IsOverMark(text[candidate.End])
            && !(candidate.End + 1 < text.Length && OverMarkStops.Contains(text[candidate.End + 1])))
        {
            candidate.Approx = Approximation.Over; // 4米多, 3元多钱
            candidate.End++;
        }
        var (before, qualifierStart, adjacent) = Qualifiers.BeforeNumber(text, phrase.Start);
        var (after, afterEnd) = candidate.Kind is null ? (Approximation.Exact, candidate.End) : Qualifiers.AfterUnit(text, candidate.End);
        if (candidate.Approx == Approximation.Exact)
        {
            if (before != Approximation.Exact)
            {
                candidate.Approx = before;
                candidate.ApproxFromPrefix = true;
            }
            else
            {
                candidate.Approx = after;
            }
        }
        if (after != Approximation.Exact)
        {
            candidate.End = afterEnd;
        }
        if (before != Approximation.Exact && adjacent && candidate.Start == phrase.Start)
        {
            candidate.Start = qualifierStart;
        }
        else if (candidate.Kind is FactKinds.Percent or FactKinds.Measure or FactKinds.Money && IsMinusSign(text, phrase.Start))
        {
            // 负3.9%, -22.2%, 负0.2千米, 净利润-100万元: a signed change or amount.
            candidate.Value = -candidate.Value;
            candidate.Start = phrase.Start - 1;
        }
        // 千亩示范园, 万名妇女: a bare 千/万 with no qualifier names a scale, not an amount; 近万张, 百万株 and 百名专家 count.
        if (!isFraction && phrase.BareUnitLead && candidate.Approx == Approximation.Exact && phrase.Value < 1_000_000
            && !CountRecognizer.IsBareLeadCount(phrase, candidate))
        {
            return false;
        }
        consumed = Math.Max(consumed, candidate.End);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsMinusSign(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return false;
        }
        var sign = text[start - 1];
        var before = start >= 2 ? text[start - 2] : ' ';
        if (MinusSigns.Contains(sign))
        {
            return !MinusSignStops.Contains(before);
        }
        return NumeralChars.Narrow(sign) == '-'
            && NumeralChars.ArabicDigit(before) < 0 && !NumeralChars.IsLatinLetter(before) && NumeralChars.Narrow(before) is not ('%' or ')');
    }

    /// <summary>The product of the 万/亿 written in a phrase: 10^4 for 五萬, 1 for 五.</summary>
    private static decimal ScaleOf(ReadOnlySpan<char> text, in NumberPhrase phrase)
    {
        decimal scale = 1;
        foreach (var c in text[phrase.Start..phrase.End])
        {
            if (NumeralChars.BigUnit(c) is var big and > 0)
            {
                scale *= big;
            }
        }
        return scale;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsJoinerAhead(ReadOnlySpan<char> text, int p) =>
        p < text.Length && Coordinators.Contains(text[p]);

    /// <summary>第1004名, 每3人, 周一, 前三名, 上百户, 数万名, 几十: ordinals, weekdays and vague amounts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsOrdinalOrVague(ReadOnlySpan<char> text, int at)
    {
        if (at == 0)
        {
            return false;
        }
        var prev = text[at - 1];
        var lead = text[at];
        if (OrdinalsBefore.Contains(prev))
        {
            return true;
        }
        if (at >= 2 && WeekdayBeforeEnds.Contains(prev) && WeekdayBefore.Contains(text[(at - 2)..at]))
        {
            return true;
        }
        if (prev == Grammar.Early && NumeralChars.ArabicDigit(lead) < 0)
        {
            return true;
        }
        if (prev == Grammar.Before)
        {
            var before = at >= 2 ? text[at - 2] : ' ';
            if (!NotOrdinalBeforeQian.Contains(before))
            {
                return true;
            }
        }
        if (LatterOrdinalEnds.Contains(prev) && WordMatch.EndsWithAny(text[..at], LatterOrdinalWords))
        {
            return true; // 其中后四座为新建城市: "of them the last four", like 前两批
        }
        if ((NumeralChars.SmallUnit(lead) > 0 || NumeralChars.BigUnit(lead) > 0) && VagueBeforeUnit.Contains(prev))
        {
            return true;
        }
        if ((NumeralChars.Narrow(prev) is '-' or ':' || prev is '/' or '.' or '_') && at >= 2 && NumeralChars.ArabicDigit(text[at - 2]) >= 0)
        {
            return true;
        }
        return false;
    }

    /// <summary>
    /// IMG_261, 5A级, hex hashes, 10:22: digits glued to letters or colons are codes and times; the decimal part of a number
    /// whose integer part is masked with letters (xx.8万人) is no amount either. A Chinese numeral after a Latin letter is no
    /// code (XXX七个贫困乡镇之一: a placeholder name, then the count).
    /// </summary>
    private static bool IsCode(ReadOnlySpan<char> text, int at, out int end)
    {
        end = at;
        var prev = at > 0 ? text[at - 1] : ' ';
        var arabic = NumeralChars.ArabicDigit(text[at]) >= 0;
        var code = (arabic && NumeralChars.IsLatinLetter(prev)) || prev is '#' or '@' or '\\' or '=' or '_' or '%' or '/' or '?' or '&'
            || (arabic && NumeralChars.IsArabicPoint(prev) && at >= 2 && NumeralChars.IsLatinLetter(text[at - 2])); // xx.8万人, xxx.6万元: masked digits
        if (arabic)
        {
            var e = at;
            while (e < text.Length && NumeralChars.ArabicDigit(text[e]) >= 0)
            {
                e++;
            }
            if (e + 1 < text.Length && NumeralChars.Narrow(text[e]) == ':' && NumeralChars.ArabicDigit(text[e + 1]) >= 0)
            {
                while (e < text.Length && (NumeralChars.ArabicDigit(text[e]) >= 0 || NumeralChars.Narrow(text[e]) == ':'))
                {
                    e++;
                }
                end = e;
                return true;
            }
            if (e < text.Length && NumeralChars.IsLatinLetter(text[e]) && !IsLatinUnitAt(text, e))
            {
                code = true;
            }
        }
        if (!code)
        {
            return false;
        }
        end = at;
        while (end < text.Length && (NumeralChars.IsLatinLetter(text[end]) || NumeralChars.ArabicDigit(text[end]) >= 0 || text[end] is '_' or '-'))
        {
            end++;
        }
        end = Math.Max(end, at + 1);
        return true;
    }

    private static bool IsLatinUnitAt(ReadOnlySpan<char> text, int e) =>
        UnitLexicon.TryMatch(text, e, out var unit, out var length) && unit.Kind == UnitKind.Measure
        && (e + length >= text.Length || !NumeralChars.IsLatinLetter(text[e + length]));

    /// <summary>Coordination, ranges across units and shared qualifiers: what one number tells its neighbour.</summary>
    private static void Settle(ReadOnlySpan<char> text, List<QuantityCandidate> found)
    {
        // 新台幣6000元-8000元, 5℃-8℃: a dash right after an amount of the same kind is a range mark, not the next one's
        // minus sign (增长-3.5%, -5℃, 净利润-100万元 keep theirs: nothing of their kind ends at the dash).
        for (var i = 1; i < found.Count; i++)
        {
            var all = CollectionsMarshal.AsSpan(found);
            ref readonly var a = ref all[i - 1];
            ref var b = ref all[i];
            if (b.Value < 0 && IsQuantity(b) && a.Kind == b.Kind && a.End == b.Start && RangeMarks.IsDash(text[b.Start]))
            {
                b.Value = -b.Value;
                b.Start++;
            }
        }
        // 四、五萬輛次, 6、7次, 四、五百人: neighbouring digits joined by 、 are a range, the scale and unit shared.
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var all = CollectionsMarshal.AsSpan(found); // the candidates by reference: each is a large struct
            ref var a = ref all[i];
            ref var b = ref all[i + 1];
            if (a.Kind is null && a.Scale == 1 && a.Max is null && IsQuantity(b) && b.Max is null && b.Scale >= 1
                && a.Value is >= 1 and < 10 && a.Value == decimal.Truncate(a.Value) && text[a.End..b.Start] is [Marks.ListComma]
                && RangeStep(text, a, b) is decimal step)
            {
                b.Max = b.Value;
                b.Value = a.Value * step;
                b.Start = a.Start;
                b.NumberStart = a.NumberStart;
                found.RemoveAt(i);
            }
        }
        // 400亿和500亿元: a bare number borrows the unit of the coordinated number after it.
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var all = CollectionsMarshal.AsSpan(found);
            ref var a = ref all[i];
            ref readonly var b = ref all[i + 1];
            if (a.Kind is null && !a.IsSingleOne && IsQuantity(b) && !b.UnitlessCount && IsGap(text, a.End, b.Start, joiners: true))
            {
                a.Kind = b.Kind;
                a.Unit = b.Unit;
                a.Currency = b.Currency;
            }
        }
        // 新台幣6000元至4.5萬元, 港幣5000元、2萬元: a bare 元 at a range's end or in a list takes the currency named before the first amount.
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var all = CollectionsMarshal.AsSpan(found);
            ref readonly var a = ref all[i];
            ref var b = ref all[i + 1];
            if (a.Kind == FactKinds.Money && a.CurrencyNamedBefore && b.Kind == FactKinds.Money && b.BareYuan && b.Currency != a.Currency
                && (IsGap(text, a.End, b.Start, joiners: false) || IsGap(text, a.End, b.Start, joiners: true)))
            {
                b.Currency = a.Currency;
                b.BareYuan = false;
                b.CurrencyNamedBefore = true;
            }
        }
        // 30%至40%, 3万元至5万元: one range.
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var all = CollectionsMarshal.AsSpan(found);
            ref var a = ref all[i];
            ref readonly var b = ref all[i + 1];
            if (IsQuantity(a) && a.Kind == b.Kind && a.Unit == b.Unit && a.Currency == b.Currency && a.Max is null && b.Max is null
                && a.Value < b.Value && IsGap(text, a.End, b.Start, joiners: false))
            {
                a.Max = b.Value;
                a.End = b.End;
                if (a.Approx == Approximation.Exact)
                {
                    a.Approx = b.Approx;
                }
                found.RemoveAt(i + 1);
            }
        }
        // 分别约占66％和41％: a qualifier before the first number reaches the coordinated ones.
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var all = CollectionsMarshal.AsSpan(found);
            ref readonly var a = ref all[i];
            ref var b = ref all[i + 1];
            if (a.ApproxFromPrefix && IsQuantity(b) && b.Approx == Approximation.Exact && IsGap(text, a.End, b.Start, joiners: true))
            {
                b.Approx = a.Approx;
                b.ApproxFromPrefix = true;
            }
        }
    }

    /// <summary>
    /// What the digit before 、 is multiplied by when it and the number after it make a range: the number's 万/亿
    /// (四、五萬 → 10^4), or also its 十/百/千 when both are written in Chinese digits (四、五百人 → 100). Null when
    /// the number after it does not begin with the next digit.
    /// </summary>
    private static decimal? RangeStep(ReadOnlySpan<char> text, in QuantityCandidate a, in QuantityCandidate b)
    {
        if (b.Value / b.Scale == a.Value + 1 || (a.Value == FewLow && b.Value / b.Scale == FewHigh))
        {
            return b.Scale; // 6、7次; 3、5人 as 三五人 ("three to five")
        }
        var digit = b.NumberStart;
        if (digit + 1 < text.Length && NumeralChars.ChineseDigit(text[a.NumberStart]) == (int)a.Value
            && NumeralChars.ChineseDigit(text[digit]) == (int)a.Value + 1 && NumeralChars.SmallUnit(text[digit + 1]) is var small and > 1
            && b.Value == (a.Value + 1) * small * b.Scale)
        {
            return small * b.Scale;
        }
        return null;
    }

    /// <summary>三五, 3、5: the one pair of digits not next to each other that reads as a range ("a few", three to five).</summary>
    private const int FewLow = 3;

    private const int FewHigh = 5;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsQuantity(in QuantityCandidate c) => c.Kind is FactKinds.Money or FactKinds.Count or FactKinds.Measure or FactKinds.Percent;

    /// <summary>Whether only a conjunction (和 与 及 、 或) or a range mark (至 到 —) stands between two numbers.</summary>
    private static bool IsGap(ReadOnlySpan<char> text, int end, int start, bool joiners)
    {
        if (start <= end)
        {
            return false;
        }
        var gap = text[end..start].Trim(' ');
        return joiners
            ? GapJoiners.Contains(gap)
            : (gap.Length == 1 && RangeMarks.IsMark(gap[0])) || gap is "——";
    }

    private static List<Fact> Emit(string text, List<QuantityCandidate> found, FactKinds mask)
    {
        var facts = new List<Fact>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var c = found[i];
            if (c.Kind is not FactKinds kind || (kind & mask) == 0)
            {
                continue;
            }
            if (c.IsSingleOne && kind == FactKinds.Count && !IsJoinedCount(text, found, i)
                && (CountRecognizer.IsCopulaOne(text, c.Start) || (!IsContrastedCount(text, found, i) && !IsInventoryOne(text, found, i))))
            {
                continue; // 一名官员, 是一个纯牧区: "a", not a count (是一座桥和两条路: joined to a count, it counts)
            }
            facts.Add(new Fact
            {
                Kind = kind,
                Text = text[c.Start..c.End],
                Start = c.Start,
                End = c.End,
                Value = kind == FactKinds.Date ? null : Normalize(c.Value),
                Date = c.DateName,
                Max = c.Max is decimal max ? Normalize(max) : null,
                Unit = c.Unit,
                Currency = c.Currency,
                Approximation = c.Approx,
            });
        }
        return facts;
    }

    /// <summary>15200.00 → 15200: the value as a reader writes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static decimal Normalize(decimal value) => value.Scale == 0 ? value : value / 1.000000000000000000000000000000000m; // an integer is already as written (the division leaves it bit for bit)

    /// <summary>
    /// 188个乡镇和一个办事处, 是一座桥和两条路: a lone 一 counts when it stands beside another count, the counted noun and
    /// a conjunction between them, even after the copula.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsJoinedCount(ReadOnlySpan<char> text, List<QuantityCandidate> found, int i)
    {
        var c = found[i];
        return (i > 0 && found[i - 1].Kind == FactKinds.Count && !found[i - 1].IsSingleOne && IsNounAndJoiner(text, found[i - 1].End, c.Start))
            || (i + 1 < found.Count && found[i + 1].Kind == FactKinds.Count && !found[i + 1].IsSingleOne && IsNounAndJoiner(text, c.End, found[i + 1].Start));
    }

    /// <summary>
    /// 从一口锅，变成三个食堂六口锅, a lone 一 contrasted with the next clause's count: a count, unless the copula makes it "a"
    /// (是一个纯牧区,有两个自然村).
    /// </summary>
    private static bool IsContrastedCount(ReadOnlySpan<char> text, List<QuantityCandidate> found, int i)
        => (i + 1 < found.Count && IsContrastedClause(text, found[i], found[i + 1])) || IsFromOneToMore(text, found, i);

    /// <summary>The longest stretch searched after 从一口锅 for the number it changes into (变成三个食堂六口锅).</summary>
    private const int FromOneWindow = 16;

    private static readonly SearchValues<char> FromMarks = Grammar.Chars("from-marks");

    /// <summary>
    /// 从一口锅，变成三个食堂六口锅: a lone 一 right after 从 counts when a later count of the same sentence, close by,
    /// has its measure word: the one is contrasted with the many.
    /// </summary>
    private static bool IsFromOneToMore(ReadOnlySpan<char> text, List<QuantityCandidate> found, int i)
    {
        var c = found[i];
        if (c.Unit is null || c.Start == 0 || !FromMarks.Contains(text[c.Start - 1]))
        {
            return false;
        }
        for (var j = i + 1; j < found.Count && found[j].Start - c.End <= FromOneWindow; j++)
        {
            if (text[c.End..found[j].Start].ContainsAny(ClauseEnds))
            {
                return false;
            }
            if (found[j].Kind == FactKinds.Count && found[j].Unit == c.Unit && !found[j].IsSingleOne)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The longest stretch between a lone 一 of an inventory and its neighbour (整修山塘66口,新建电排一座).</summary>
    private const int InventoryGapLength = 16;

    private static readonly SearchValues<char> NotInventoryBefore = Grammar.Chars("not-inventory-before");

    /// <summary>
    /// 整修山塘66口,新建电排一座,安装路灯58盏: in a list of things each followed by its number, a lone 一 after its noun
    /// counts. The number ends its clause, a noun (no determiner: 这一次, 有一次, 在一起) stands before it, and the
    /// clause before or after it ends the same way with another quantity, one clause mark between them. Not a verbal
    /// classifier: 翻了一番, 看了一遍 tell an event (每年一次 counts as a frequency, see CountRecognizer).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsInventoryOne(ReadOnlySpan<char> text, List<QuantityCandidate> found, int i)
    {
        var c = found[i];
        if (c.Unit is null || c.IsVerbal || c.End >= text.Length || !InventoryEnds.Contains(text[c.End]) || c.Start == 0
            || !NumeralChars.IsIdeograph(text[c.Start - 1]) || NotInventoryBefore.Contains(text[c.Start - 1]))
        {
            return false;
        }
        return (i > 0 && (IsInventoryNeighbour(text, found[i - 1], c.Start, found[i - 1].End) || IsSizedItem(text, found[i - 1], c.Start)))
            || (i + 1 < found.Count && IsInventoryNeighbour(text, found[i + 1], found[i + 1].Start, c.End));
    }

    /// <summary>
    /// 建设60KW村级光伏电站一座,建成后…; 新建500平方米厂房一栋，投入使用: the item's own size stands before its noun, a measure
    /// in the same item (no clause mark between them): the thing is listed with its number, as in an inventory. The 一
    /// must still end its item (inventory-ends: ，、； , ;): 新建500平方米厂房一栋。 gives no count.
    /// </summary>
    private static bool IsSizedItem(ReadOnlySpan<char> text, in QuantityCandidate size, int oneStart)
    {
        if (size.Kind != FactKinds.Measure || oneStart <= size.End || oneStart - size.End > InventoryGapLength)
        {
            return false;
        }
        var gap = text[size.End..oneStart];
        return gap.IndexOfAny(InventoryEnds) < 0 && !gap.ContainsAny(ClauseEnds);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsInventoryNeighbour(ReadOnlySpan<char> text, in QuantityCandidate other, int gapEnd, int gapStart)
    {
        if (!IsQuantity(other) || other.IsSingleOne || other.End >= text.Length || !InventoryEnds.Contains(text[other.End])
            || gapEnd <= gapStart || gapEnd - gapStart > InventoryGapLength)
        {
            return false;
        }
        var gap = text[gapStart..gapEnd];
        return gap.IndexOfAny(InventoryEnds) == 0 && gap[1..].IndexOfAny(InventoryEnds) < 0 && !gap.ContainsAny(ClauseEnds);
    }

    private static readonly SearchValues<char> InventoryEnds = Grammar.Chars("inventory-ends", ",;");

    /// <summary>The longest clause between two counts of the same unit that contrast (一人死亡，三人受伤).</summary>
    private const int ContrastClauseLength = 8;

    /// <summary>
    /// 致使一人死亡，三人受伤: a lone 一 counts when the next clause counts the same unit, one clause mark between
    /// them. Not after: in 两种观点，一种观点… the 一 picks one of the two.
    /// </summary>
    private static bool IsContrastedClause(ReadOnlySpan<char> text, in QuantityCandidate first, in QuantityCandidate second)
    {
        if (first.Kind != FactKinds.Count || second.Kind != FactKinds.Count || first.Unit != second.Unit || first.Unit is null
            || second.IsSingleOne || second.Start <= first.End || second.Start - first.End > ContrastClauseLength)
        {
            return false;
        }
        var gap = text[first.End..second.Start];
        var marks = 0;
        foreach (var ch in gap)
        {
            marks += ContrastClauseMarks.Contains(ch) ? 1 : 0;
        }
        // 一人死亡，三人受伤; 一鍋不夠煮到兩鍋 with no mark, but not 一户一池一园16户 (a slogan's numerals in the gap).
        return (marks == 1 || (marks == 0 && !gap.ContainsAny(Starts))) && !gap.ContainsAny(ClauseEnds);
    }

    private static readonly SearchValues<char> ClauseEnds = Grammar.Chars("sentence-ends", "\n");

    private static bool IsNounAndJoiner(ReadOnlySpan<char> text, int end, int start)
    {
        if (start <= end || start - end > 6)
        {
            return false;
        }
        var gap = text[end..start];
        var last = gap[^1];
        if (!CountJoiners.Contains(last))
        {
            return false;
        }
        foreach (var ch in gap[..^1])
        {
            if (!NumeralChars.IsIdeograph(ch) || NotInCountedNoun.Contains(ch))
            {
                return false;
            }
        }
        return true;
    }
}
