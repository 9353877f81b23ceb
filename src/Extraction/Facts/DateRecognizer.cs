using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// Dates as far as the text fixes them, TIMEX3-style (<c>2017</c>, <c>2017-06</c>, <c>XXXX-03-28</c>):
/// Arabic, full-width and Chinese digits, ISO-like 2021-07-13, Taiwan's ROC years, 今年/去年/明年 and
/// year-less dates resolved against the document's date; times of day, weekdays and decades dropped.
/// </summary>
internal static class DateRecognizer
{
    /// <summary>All date facts of a text, in order.</summary>
    public static IReadOnlyList<Fact> Recognize(string text, DateOnly? documentDate = null) =>
        QuantityScanner.Scan(text, documentDate, FactKinds.Date);

    /// <summary>
    /// Tries a date at <paramref name="at"/>. <paramref name="skipTo"/> is past what was read when the
    /// text there is date-like but no fact (今年 with no document date, a lunar date).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryMatch(ReadOnlySpan<char> text, int at, DateState state, out QuantityCandidate date, out int skipTo)
    {
        date = default;
        skipTo = at;
        var c = text[at];
        if (RelativeYearStarts.Contains(c))
        {
            return TryRelativeYear(text, at, state, out date, out skipTo);
        }
        if (RocEraStarts.Contains(c))
        {
            return TryRocYear(text, at, state, out date, out skipTo);
        }
        if (SameYearStarts.Contains(c))
        {
            return TrySameYear(text, at, state, out date, out skipTo);
        }
        var hasToken = ChineseNumeralParser.TryScan(text, at, out var token);
        return TryMatchNumber(text, at, hasToken, token, state, out date, out skipTo);
    }

    /// <summary>
    /// <see cref="TryMatch"/> at a numeral (not 今/去/明/前/民), given what <see cref="ChineseNumeralParser.TryScan"/>
    /// reads there: the scanner reads that number once and hands it to both the date and the number phrase.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryMatchNumber(ReadOnlySpan<char> text, int at, bool hasToken, in NumberToken token, DateState state,
        out QuantityCandidate date, out int skipTo)
    {
        date = default;
        skipTo = at;
        if (IsLunar(text, at))
        {
            skipTo = SkipMonthDay(text, at);
            return false;
        }
        if (!hasToken)
        {
            return false;
        }
        var p = token.End;
        // 2021-07-13, 2010.01.29, 2021/7/13
        if (token.Style == NumeralStyle.Arabic && token.IntegerDigits == 4 && !token.HasDecimal && p < text.Length
            && TryIsoDate(text, at, token, state, out date))
        {
            skipTo = date.End;
            return true;
        }
        if (token.Style == NumeralStyle.Arabic && token.HasDecimal && token.IntegerDigits == 4 && TryIsoDate(text, at, token with { HasDecimal = false, End = at + 4 }, state, out date))
        {
            skipTo = date.End;
            return true;
        }
        // 109/12/03, 109.12.03, 99/12/03: a ROC date in Taiwan text (two digits with slashes only: 10.3.2 is a section)
        if (token.Style == NumeralStyle.Arabic && token.IntegerDigits is 2 or 3 && at + token.IntegerDigits + 1 < text.Length
            && NumeralChars.Narrow(text[at + token.IntegerDigits]) is var sep && (sep == '/' || (token.IntegerDigits == 3 && sep is '.' or '-'))
            && NumeralChars.ArabicDigit(text[at + token.IntegerDigits + 1]) >= 0
            && state.TaiwanYears // reads the whole text: asked once the rest looks like a date
            && TryIsoDate(text, at, token with { HasDecimal = false, End = at + token.IntegerDigits }, state, out date, RocYearZero))
        {
            skipTo = date.End;
            return true;
        }
        if (token.HasDecimal)
        {
            return false;
        }
        if (p >= text.Length || !MarksAfterDateNumber.Contains(text[p]))
        {
            return false; // every rule below needs its mark right after the number: most numbers have none
        }
        return TryMatchMarked(text, at, WithSpacedMark(text, token), state, out date, out skipTo);
    }

    /// <summary>
    /// The rules of <see cref="TryMatchNumber"/> that read a mark after the number (年, 月, 日, a range mark), on the
    /// number with a space before its mark taken in (<see cref="WithSpacedMark"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryMatchMarked(ReadOnlySpan<char> text, int at, in NumberToken token, DateState state,
        out QuantityCandidate date, out int skipTo)
    {
        date = default;
        skipTo = at;
        var p = token.End;
        var year = YearOf(text, token, state);
        if (year is int early && token.Style == NumeralStyle.Arabic && !IsModernYear(early) && !TryMonthDay(text, p + 1, out _, out _, out _, out _)
            && (p + 1 >= text.Length || EarlyYearSpanAfter.Contains(text[p + 1])))
        {
            year = null; // 1000年的历史: a span of years, not a date
        }
        if (year is null && p < text.Length && text[p] == Grammar.Year && token.Value == decimal.Truncate(token.Value))
        {
            if (token.Style == NumeralStyle.Chinese && IsPlausibleYear(token.Value) && TryMonthDay(text, p + 1, out _, out _, out _, out _))
            {
                year = (int)token.Value; // 两千零四年八月
            }
            else if (token.IntegerDigits == 2 && IsWrittenZero(text[at]) && token.Style != NumeralStyle.Chinese)
            {
                year = 2000 + (int)token.Value; // 08年, 零八年
            }
        }
        if (year is int y && p < text.Length && text[p] == Grammar.Year)
        {
            if (p + 1 < text.Length && NotDateAfterYear.Contains(text[p + 1]))
            {
                return false; // 1990年代 is a decade; 3年来 a duration
            }
            var explicitYear = true;
            return CompleteFromYear(text, at, p + 1, y, explicitYear, state, out date, out skipTo);
        }
        // 2017—2018年: the first year of a year range.
        if (token.Style == NumeralStyle.Arabic && token.IntegerDigits == 4 && IsPlausibleYear(token.Value) && p + 5 < text.Length
            && RangeMarks.IsMark(text[p])
            && ChineseNumeralParser.TryScan(text, p + 1, out var second) && second.IntegerDigits == 4 && second.Style == NumeralStyle.Arabic
            && second.End < text.Length && text[second.End] == Grammar.Year)
        {
            date = MakeDate(at, at, p, (int)token.Value, null, null);
            Remember(state, date, (int)token.Value, null);
            skipTo = PastRangeMark(text, p); // 2015-2020年: the hyphen is no sign of the second year
            return true;
        }
        // 20176月: a year with its 年 dropped.
        if (token.Style == NumeralStyle.Arabic && token.IntegerDigits is 5 or 6 && p < text.Length && text[p] == Grammar.Month
            && !token.HasDecimal)
        {
            var digits = (long)token.Value;
            var divisor = token.IntegerDigits == 5 ? 10 : 100;
            var yy = (int)(digits / divisor);
            var mm = (int)(digits % divisor);
            if (IsRunTogetherYear(yy) && mm is >= 1 and <= 12)
            {
                return CompleteFromYear(text, at, p - (token.IntegerDigits - 4), yy, true, state, out date, out skipTo, monthAlreadyAt: true);
            }
        }
        // 1至6月, 1—5月: the first month of a month range (the second is read on its own).
        var readable = !NumeralChars.IsLiang(text[at]); // token is what TryScan reads at `at`: read it once
        if (readable && TryMonthRangeStart(text, token, out var firstMonth, out var firstEnd))
        {
            var rangeYear = YearForMonth(text, at, state, firstMonth, null);
            date = MakeDate(at, at, firstEnd, rangeYear, firstMonth, null);
            Remember(state, date, rangeYear, firstMonth);
            skipTo = PastRangeMark(text, firstEnd); // 1-6月: the hyphen is no sign of the second month
            return true;
        }
        // 今（28）日: Taiwan news writes today's day of the month in parentheses.
        if (at >= 2 && OpenParens.Contains(text[at - 1]) && TodayWords.Contains(text[at - 2]) && token.Style == NumeralStyle.Arabic && token.Value is >= 1 and <= 31
            && p + 1 < text.Length && CloseParens.Contains(text[p]) && text[p + 1] == Grammar.Day)
        {
            var today = (int)token.Value;
            date = state.DocumentDate is { } d && d.Day == today && text[at - 2] == Grammar.Today
                ? MakeDate(at - 2, at, p + 2, d.Year, d.Month, today)
                : MakeDate(at - 2, at, p + 2, null, null, today);
            Remember(state, date, null, null);
            skipTo = p + 2;
            return true;
        }
        // M月[D日]
        if (readable && TryMonthDay(text, token, out var month, out var day, out var end, out var monthOnlyEnd))
        {
            var resolvedYear = YearForMonth(text, at, state, month, day);
            date = MakeDate(at, at, end, resolvedYear, month, day);
            Remember(state, date, resolvedYear, month);
            skipTo = end;
            _ = monthOnlyEnd;
            return true;
        }
        // D日: a bare day, unless it opens a duration.
        if (TryBareDay(text, token, out var bareDay, out end))
        {
            int? inheritYear = null;
            int? inheritMonth = null;
            if (state.LastDateEnd >= 0 && at == state.LastDateEnd + 1 && IsDateJoiner(text[state.LastDateEnd]) && state.LastDateMonth is not null)
            {
                inheritYear = state.LastDateYear;
                inheritMonth = state.LastDateMonth;
            }
            date = MakeDate(at, at, end, inheritYear, inheritMonth, bareDay);
            Remember(state, date, inheritYear, inheritMonth);
            skipTo = end;
            return true;
        }
        return false;
    }

    /// <summary>
    /// <paramref name="token"/> with one space before its 年, 月 or 日 taken in, for an Arabic number (2008 年, 2021 年12 月31 日,
    /// 103 年 6 月 23 日: journal mirrors and transcribed PDFs space their numbers); else the token as read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static NumberToken WithSpacedMark(ReadOnlySpan<char> text, in NumberToken token)
    {
        var p = token.End;
        return token.Style == NumeralStyle.Arabic && p + 1 < text.Length && text[p] == ' ' && SpacedMarks.Contains(text[p + 1])
            ? token with { End = p + 1 }
            : token;
    }

    private static readonly SearchValues<char> SpacedMarks = SearchValues.Create(Marks.Year + Marks.Month + Marks.Day);

    /// <summary>The 16 of 8月16至17日: a day 1–30 before a range mark and a later day with its 日.</summary>
    private static bool IsDayRangeStart(ReadOnlySpan<char> text, in NumberToken d)
    {
        var p = d.End;
        if (p + 1 >= text.Length || !RangeMarks.IsMark(text[p]) || d.HasDecimal || d.Style == NumeralStyle.DigitByDigit
            || d.Value is < 1 or > 30 || d.Value != decimal.Truncate(d.Value))
        {
            return false;
        }
        return !NumeralChars.IsLiang(text[p + 1]) && ChineseNumeralParser.TryScan(text, p + 1, out var to) && !to.HasDecimal
            && to.Value > d.Value && to.Value <= 31 && to.Value == decimal.Truncate(to.Value) && to.End < text.Length && text[to.End] == Grammar.Day;
    }

    /// <summary>Past the range mark at <paramref name="at"/> (one character, or a doubled dash), where the range's end starts.</summary>
    private static int PastRangeMark(ReadOnlySpan<char> text, int at) =>
        at + 1 < text.Length && RangeMarks.IsDoublingDash(text[at]) && RangeMarks.IsDoublingDash(text[at + 1]) ? at + 2 : at + 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDateJoiner(char c) => RangeMarks.IsMark(c) || DateJoiners.Contains(c);

    /// <summary>0 written as a digit (08年, 零八年): ASCII, full-width, 零 or 〇, not the circle ○.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWrittenZero(char c) => NumeralChars.ArabicDigit(c) == 0 || (NumeralChars.ChineseDigit(c) == 0 && c != NumeralChars.Circle);

    /// <summary>The first character of 今年, 去年, 明年, 前年, and the year each stands for relative to the document's.</summary>
    private static readonly FrozenDictionary<char, int> RelativeYears =
        Grammar.Rows("relative-year").ToFrozenDictionary(r => r[0][0], r => int.Parse(r[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));

    /// <summary>前年 is two years before the document's.</summary>
    private const int YearBeforeLast = -2;

    private static readonly SearchValues<char> RelativeYearStarts = SearchValues.Create(string.Concat(RelativeYears.Keys));

    /// <summary>民國, 民国: the era of Taiwan's ROC years.</summary>
    private static readonly string[] RocEras = Grammar.Words("roc-era");

    private static readonly SearchValues<char> RocEraStarts = SearchValues.Create(string.Concat(RocEras.Select(w => w[0]).Distinct()));

    /// <summary>同年: the year of the date before, wherever it was written (同年12月).</summary>
    private static readonly string[] SameYears = Grammar.Words("same-year");

    private static readonly SearchValues<char> SameYearStarts = SearchValues.Create(string.Concat(SameYears.Select(w => w[0]).Distinct()));

    /// <summary>The characters besides the numerals at which a date can start (今年, 民國).</summary>
    public static readonly string OpenerChars = string.Concat(RelativeYears.Keys) + string.Concat(RocEras.Select(w => w[0]).Distinct())
        + string.Concat(SameYears.Select(w => w[0]).Distinct());

    /// <summary>ROC year 1 is 1912.</summary>
    private const int RocYearZero = 1911;

    private static readonly string[] RocFirstYear = Grammar.Words("roc-first-year");

    private static readonly string[] HalfYears = Grammar.Words("half-year");

    private static readonly string[] MonthThirds = Grammar.Words("month-third");

    private static readonly string[] RelativeYearParts = Grammar.Words("relative-year-part");

    private static readonly string[] LunarCalendars = Grammar.Words("lunar");

    private static readonly SearchValues<char> LunarEnds = SearchValues.Create(string.Concat(LunarCalendars.Select(w => w[^1]).Distinct()));

    private static readonly SearchValues<char> EarlyYearSpanAfter = Grammar.Chars("early-year-span-after");
    private static readonly SearchValues<char> NotDateAfterYear = Grammar.Chars("not-date-after-year");
    private static readonly SearchValues<char> NotRocAfterYear = Grammar.Chars("not-roc-after-year");
    private static readonly SearchValues<char> RocAfterYear = Grammar.Chars("roc-after-year");
    private static readonly SearchValues<char> RocBeforeYear = Grammar.Chars("roc-before-year");
    private static readonly SearchValues<char> YearSuffixes = Grammar.Chars("year-suffixes");
    private static readonly SearchValues<char> RelativeYearSuffixes = Grammar.Chars("relative-year-suffixes");
    private static readonly SearchValues<char> MonthSuffixes = Grammar.Chars("month-suffixes");
    private static readonly SearchValues<char> DayMarks = Grammar.Chars("day-marks");
    private static readonly SearchValues<char> TodayWords = Grammar.Chars("today-words");
    private static readonly SearchValues<char> OpenParens = SearchValues.Create(Marks.OpenBrackets);
    private static readonly SearchValues<char> CloseParens = SearchValues.Create(Marks.CloseBrackets);

    /// <summary>
    /// What the rules of <see cref="TryMatchNumber"/> after the ISO dates need right after the number: 年 (or a space
    /// before it: 2008 年), 月, a day mark, a range mark (2017—2018年, 1至6月) or the parenthesis of 今（28）日.
    /// </summary>
    private static readonly CharSet MarksAfterDateNumber = new(
        " " + Marks.Year + Marks.Month + Grammar.CharsOf("day-marks") + Marks.CloseBrackets
        + string.Concat(WordLists.Get("range-marks").Rows.Select(r => r[0])));
    private static readonly SearchValues<char> DateJoiners = Grammar.Chars("date-joiners");
    private static readonly SearchValues<char> DocumentNumberBeforeDay = Grammar.Chars("document-number-before-day");
    private static readonly SearchValues<char> NotDayAfterRi = Grammar.Chars("not-day-after-ri");
    private static readonly SearchValues<char> DayAfterHao = Grammar.Chars("day-after-hao", " \n\r");
    private static readonly SearchValues<char> NotRelativeYearAfter = Grammar.Chars("not-relative-year-after");
    private static readonly SearchValues<char> NotQianNianAfter = Grammar.Chars("not-qian-nian-after");
    private static readonly SearchValues<char> NotSameYearAfter = Grammar.Chars("not-same-year-after");

    // Three ranges of years, each for its own question:
    /// <summary>A four-digit number before 年 or in an ISO date is read as a year from here…</summary>
    private const int MinWrittenYear = 1000;

    /// <summary>…to here.</summary>
    private const int MaxWrittenYear = 2199;

    /// <summary>
    /// Outside the modern years a year followed by 的, 历, 前… is a span of years (1000年的历史),
    /// not a date.
    /// </summary>
    private const int MinModernYear = 1840;

    private const int MaxModernYear = 2100;

    /// <summary>A year run together with its month (20176月) is read only in this range, where typos happen.</summary>
    private const int MinRunTogetherYear = 1900;

    private const int MaxRunTogetherYear = 2099;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlausibleYear(decimal value) => value is >= MinWrittenYear and <= MaxWrittenYear;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsModernYear(int year) => year is >= MinModernYear and <= MaxModernYear;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsRunTogetherYear(int year) => year is >= MinRunTogetherYear and <= MaxRunTogetherYear;

    /// <summary>
    /// The year of a month (and day) written without one, as a reader gives it: the end of a range
    /// takes the start's year, or the next when its month is earlier (2016年12月25日至1月10日); else the
    /// sentence's explicit year; else the year putting it nearest before the document date, or
    /// nearest after when the sentence speaks of the future (将于, 计划, 预计, 前完成); else unknown.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int? YearForMonth(ReadOnlySpan<char> text, int at, DateState state, int month, int? day)
    {
        if (state.LastDateEnd >= 0 && at == state.LastDateEnd + 1 && RangeMarks.IsMark(text[state.LastDateEnd])
            && state.LastDateYear is int startYear && state.LastDateMonth is int startMonth)
        {
            return month < startMonth ? startYear + 1 : startYear;
        }
        if (state.SentenceYear is int sentenceYear)
        {
            return sentenceYear;
        }
        if (state.DocumentDate is not { } documentDate)
        {
            return null;
        }
        // A month alone compares by month: 12月 in a report of 12 December is this December.
        var written = (month, day ?? (month == documentDate.Month ? documentDate.Day : 1));
        var reference = (documentDate.Month, documentDate.Day);
        return SpeaksOfFuture(text, at)
            ? (written.CompareTo(reference) < 0 ? documentDate.Year + 1 : documentDate.Year)
            : (written.CompareTo(reference) > 0 ? documentDate.Year - 1 : documentDate.Year);
    }

    /// <summary>Words that put a sentence's dates ahead of the document: plans, forecasts, deadlines.</summary>
    private static readonly string[] FutureMarkers = [.. WordLists.Get("future-markers").Values()];

    /// <summary>Whether the sentence around <paramref name="at"/> speaks of the future.</summary>
    private static bool SpeaksOfFuture(ReadOnlySpan<char> text, int at)
    {
        int start = text[..at].LastIndexOfAny(SentenceEnds) + 1;
        int end = text[at..].IndexOfAny(SentenceEnds) is var e and >= 0 ? at + e : text.Length;
        var sentence = text[start..end];
        foreach (var marker in FutureMarkers)
        {
            if (sentence.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly SearchValues<char> SentenceEnds = Grammar.Chars("sentence-ends", "!?\n");

    /// <summary>The year a token before 年 stands for: four digits, 二〇一七, or a ROC year in Taiwan text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int? YearOf(ReadOnlySpan<char> text, in NumberToken token, DateState state)
    {
        if (token.HasDecimal)
        {
            return null;
        }
        if ((token.Style == NumeralStyle.Arabic || token.Style == NumeralStyle.DigitByDigit) && token.IntegerDigits == 4 && IsPlausibleYear(token.Value))
        {
            return (int)token.Value;
        }
        if (token.IntegerDigits == 2 && token.Style != NumeralStyle.Chinese && IsWrittenZero(text[token.Start]))
        {
            return null; // 08年 is read by its own rule, never as a ROC year
        }
        // The Taiwan check reads the whole text: asked last, once the context already looks like a ROC year.
        if (token.End < text.Length && text[token.End] == Grammar.Year && token.Value is >= 1 and < 120 && (token.Style != NumeralStyle.DigitByDigit || token.IntegerDigits == 3)
            && IsRocYearContext(text, token) && state.TaiwanYears)
        {
            return RocYearZero + (int)token.Value;
        }
        return null;
    }

    /// <summary>
    /// 八十六年 is a ROC year in Taiwan text when a date part follows or a preposition of time
    /// precedes; 三年来, 近三年 stay durations.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsRocYearContext(ReadOnlySpan<char> text, in NumberToken token)
    {
        var after = token.End + 1;
        if (after < text.Length)
        {
            var n = text[after];
            if (NotRocAfterYear.Contains(n))
            {
                return false;
            }
            if (token.Value >= 100 && token.Style is NumeralStyle.Arabic or NumeralStyle.DigitByDigit)
            {
                return true; // 109年, 一一二年: a three-digit year in Taiwan text is the ROC calendar, not a century
            }
            if (RocAfterYear.Contains(n) || TryMonthDay(text, after, out _, out _, out _, out _)
                || Grammar.StartsWithAny(text, after, HalfYears))
            {
                return true;
            }
        }
        if (token.Start > 0)
        {
            var prev = text[token.Start - 1];
            if (RocBeforeYear.Contains(prev))
            {
                return true;
            }
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool CompleteFromYear(ReadOnlySpan<char> text, int start, int afterNian, int year, bool explicitYear, DateState state,
        out QuantityCandidate date, out int skipTo, bool monthAlreadyAt = false)
    {
        var p = afterNian;
        int? month = null;
        int? day = null;
        var rangeOpened = false;
        if (!monthAlreadyAt && p < text.Length && YearSuffixes.Contains(text[p]))
        {
            p++;
        }
        else if (!monthAlreadyAt && p + 1 < text.Length && text[p] == ' ' && YearSuffixes.Contains(text[p + 1]) && afterNian >= 2 && text[afterNian - 2] == ' ')
        {
            p += 2; // 103 年 度: a spaced text spaces the suffix too
        }
        else if (!monthAlreadyAt && Grammar.StartsWithAny(text, p, HalfYears))
        {
            p += 3;
        }
        else if (TryMonthDay(text, p, out var m, out var d, out var end, out _)
            || (p + 1 < text.Length && text[p] == ' ' && TryMonthDay(text, p + 1, out m, out d, out end, out _)))
        {
            month = m;
            day = d;
            p = end;
        }
        else if (TryMonthRangeStart(text, p, out m, out end))
        {
            month = m; // 2023年1至6月: the year opens the range
            p = end;
            rangeOpened = true;
        }
        date = MakeDate(start, start, p, year, month, day);
        if (explicitYear)
        {
            state.SentenceYear = year;
        }
        Remember(state, date, year, month);
        skipTo = rangeOpened ? PastRangeMark(text, p) : p;
        return true;
    }

    /// <summary>The 1 of 1至6月: a month number followed by a range mark and a later month.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryMonthRangeStart(ReadOnlySpan<char> text, int at, out int month, out int end)
    {
        if (at >= text.Length || NumeralChars.IsLiang(text[at]) || !ChineseNumeralParser.TryScan(text, at, out var token))
        {
            month = 0;
            end = at;
            return false;
        }
        return TryMonthRangeStart(text, token, out month, out end);
    }

    /// <summary><see cref="TryMonthRangeStart(ReadOnlySpan{char}, int, out int, out int)"/> on the number already read there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryMonthRangeStart(ReadOnlySpan<char> text, in NumberToken token, out int month, out int end)
    {
        month = 0;
        end = token.Start;
        var p = token.End;
        if (p + 1 >= text.Length || !RangeMarks.IsMark(text[p]))
        {
            return false; // asked first: most numbers have no range mark after them, and the value's tests are decimal arithmetic
        }
        if (token.HasDecimal || token.Style == NumeralStyle.DigitByDigit || token.Value is < 1 or > 11 || token.Value != decimal.Truncate(token.Value))
        {
            return false;
        }
        var next = RangeMarks.IsDoublingDash(text[p + 1]) ? p + 2 : p + 1;
        if (!TryMonthDay(text, next, out var toMonth, out _, out _, out _) || toMonth <= token.Value)
        {
            return false;
        }
        month = (int)token.Value;
        end = p;
        return true;
    }

    /// <summary>M月, M月D日, M月份, M月底: a month 1–12 (not written with 两) and an optional day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryMonthDay(ReadOnlySpan<char> text, int at, out int month, out int? day, out int end, out int monthEnd)
    {
        if (at >= text.Length || NumeralChars.IsLiang(text[at]) || !ChineseNumeralParser.TryScan(text, at, out var m))
        {
            month = 0;
            day = null;
            end = monthEnd = at;
            return false;
        }
        return TryMonthDay(text, m, out month, out day, out end, out monthEnd);
    }

    /// <summary><see cref="TryMonthDay(ReadOnlySpan{char}, int, out int, out int?, out int, out int)"/> on the number already read there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryMonthDay(ReadOnlySpan<char> text, in NumberToken read, out int month, out int? day, out int end, out int monthEnd)
    {
        month = 0;
        day = null;
        end = monthEnd = read.Start;
        var m = WithSpacedMark(text, read);
        var p = m.End;
        if (p >= text.Length || text[p] != Grammar.Month)
        {
            return false; // asked first: most numbers have no 月 after them, and the value's tests are decimal arithmetic
        }
        if (m.HasDecimal || m.Style == NumeralStyle.DigitByDigit || m.Value is < 1 or > 12 || m.Value != decimal.Truncate(m.Value))
        {
            return false;
        }
        if (p + 2 < text.Length && text[p + 1] == Grammar.Early && NumeralChars.ChineseDigit(text[p + 2]) > 0)
        {
            return false; // 四月初八: a lunar day
        }
        month = (int)m.Value;
        p++;
        monthEnd = p;
        if (p < text.Length && text[p] == Grammar.MonthWhole)
        {
            p++;
            end = p;
            monthEnd = p;
            return true;
        }
        NumberToken d = default;
        var dayAt = m.Style == NumeralStyle.Arabic && p + 1 < text.Length && text[p] == ' ' && NumeralChars.ArabicDigit(text[p + 1]) >= 0 ? p + 1 : p;
        var dayRead = dayAt < text.Length && !NumeralChars.IsLiang(text[dayAt]) && ChineseNumeralParser.TryScan(text, dayAt, out d);
        if (dayRead)
        {
            d = WithSpacedMark(text, d);
        }
        if (dayRead && !d.HasDecimal
            && d.Value is >= 1 and <= 31 && d.Value == decimal.Truncate(d.Value) && d.End < text.Length && DayMarks.Contains(text[d.End]))
        {
            day = (int)d.Value;
            end = d.End + 1;
            return true;
        }
        if (dayRead && IsDayRangeStart(text, d))
        {
            day = (int)d.Value; // 8月16至17日: the range's end carries the 日 of both days
            end = d.End;
            return true;
        }
        var bare = d;
        if (m.Style == NumeralStyle.Chinese && dayRead
            && bare.Style == NumeralStyle.Chinese && !bare.HasDecimal && bare.Value is >= 1 and <= 31
            && (bare.End >= text.Length || !(NumeralChars.IsIdeograph(text[bare.End]) && UnitLexicon.TryMatch(text, bare.End, out _, out _))))
        {
            day = (int)bare.Value; // 八月十五, 一月二十三: the 日 dropped
            end = bare.End;
            return true;
        }
        if (p < text.Length && MonthSuffixes.Contains(text[p]))
        {
            p++;
        }
        else if (Grammar.StartsWithAny(text, p, MonthThirds))
        {
            p += 2;
        }
        end = p;
        return true;
    }

    /// <summary>26日: a day 1–31 with 日 (or 号 before a clear date context); not 5日游, 30日内, 1日元.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryBareDay(ReadOnlySpan<char> text, in NumberToken token, out int day, out int end)
    {
        day = 0;
        end = token.End;
        if (token.End >= text.Length || !DayMarks.Contains(text[token.End]))
        {
            return false; // asked first: most numbers have no 日 or 号 after them
        }
        if (token.HasDecimal || token.Value is < 1 or > 31 || token.Style == NumeralStyle.DigitByDigit)
        {
            return false;
        }
        var mark = text[token.End];
        if (token.Style == NumeralStyle.Chinese && token.Length == 1)
        {
            return false; // 一日, 两日, 三日: a day's span, not the day of a month
        }
        if (token.Start > 0 && DocumentNumberBeforeDay.Contains(text[token.Start - 1]))
        {
            return false; // 〔2022〕1号: a document number
        }
        var next = token.End + 1 < text.Length ? text[token.End + 1] : '\0';
        if (mark == Grammar.Day)
        {
            if (NotDayAfterRi.Contains(next))
            {
                return false;
            }
        }
        else if (!DayAfterHao.Contains(next))
        {
            return false; // 1号文件, 3号楼
        }
        day = (int)token.Value;
        end = token.End + 1;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryIsoDate(ReadOnlySpan<char> text, int at, in NumberToken yearToken, DateState state, out QuantityCandidate date, int yearOffset = 0)
    {
        date = default;
        var p = yearToken.End;
        if (p >= text.Length || !IsPlausibleYear(yearToken.Value + yearOffset))
        {
            return false;
        }
        var sep = text[p];
        if (NumeralChars.Narrow(sep) is not ('-' or '/' or '.'))
        {
            return false;
        }
        if (!ReadDigits(text, p + 1, 2, out var month, out var q) || month is < 1 or > 12 || q >= text.Length || text[q] != sep
            || !ReadDigits(text, q + 1, 2, out var day, out var r) || day is < 1 or > 31)
        {
            return false;
        }
        if (r < text.Length && (NumeralChars.ArabicDigit(text[r]) >= 0 || text[r] == sep))
        {
            return false;
        }
        var y = (int)yearToken.Value + yearOffset;
        date = MakeDate(at, at, r, y, month, day);
        state.SentenceYear = y;
        Remember(state, date, y, month);
        return true;
    }

    private static bool ReadDigits(ReadOnlySpan<char> text, int p, int max, out int value, out int end)
    {
        value = 0;
        end = p;
        while (end < text.Length && end - p < max && NumeralChars.ArabicDigit(text[end]) is var d and >= 0)
        {
            value = (value * 10) + d;
            end++;
        }
        return end > p;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryRelativeYear(ReadOnlySpan<char> text, int at, DateState state, out QuantityCandidate date, out int skipTo)
    {
        date = default;
        skipTo = at + 1;
        if (at + 1 < text.Length && OpenParens.Contains(text[at + 1]))
        {
            return TryBracketedYear(text, at, state, out date, out skipTo);
        }
        if (at + 1 >= text.Length || text[at + 1] != Grammar.Year)
        {
            return false;
        }
        if (at > 0 && NotRelativeYearAfter.Contains(text[at - 1]))
        {
            return false;
        }
        var offset = RelativeYears[text[at]];
        if (offset == YearBeforeLast && at > 0 && (NumeralChars.ChineseDigit(text[at - 1]) >= 0 || NumeralChars.ArabicDigit(text[at - 1]) >= 0 || NotQianNianAfter.Contains(text[at - 1])))
        {
            return false; // 三年前年, 多年前: not 前年
        }
        skipTo = at + 2;
        int? year = state.DocumentDate is { } doc ? doc.Year + offset : null;
        var p = AfterYearWord(text, at + 2, out var month, out var day);
        skipTo = p;
        if (year is null && month is null)
        {
            return false; // 今年 with no document date fixes nothing
        }
        date = MakeDate(at, at, p, year, month, day);
        if (year is not null)
        {
            state.SentenceYear = year;
        }
        Remember(state, date, year, month);
        return true;
    }

    /// <summary>
    /// Where a relative or bracketed year's phrase ends after its 年 at <paramref name="p"/>: a part of the year (年底,
    /// 年初), a half (上半年), a suffix character, or a month and day (今年3月5日, which set <paramref name="month"/> and
    /// <paramref name="day"/>); <paramref name="p"/> itself when none follows.
    /// </summary>
    private static int AfterYearWord(ReadOnlySpan<char> text, int p, out int? month, out int? day)
    {
        month = null;
        day = null;
        if (Grammar.StartsWithAny(text, p, RelativeYearParts))
        {
            return p + 2;
        }
        if (Grammar.StartsWithAny(text, p, HalfYears))
        {
            return p + 3;
        }
        if (p < text.Length && RelativeYearSuffixes.Contains(text[p]))
        {
            return p + 1;
        }
        if (TryMonthDay(text, p, out var m, out var d, out var end, out _))
        {
            month = m;
            day = d;
            return end;
        }
        return p;
    }

    /// <summary>
    /// 今（114）年, 去（113）年底, 明（2026）年3月: Taiwan news writes the year of 今年, 去年, 明年 in brackets, in the ROC
    /// calendar (below 200) or the Gregorian; the written year stands, with or without the document's date.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryBracketedYear(ReadOnlySpan<char> text, int at, DateState state, out QuantityCandidate date, out int skipTo)
    {
        date = default;
        skipTo = at + 1;
        if (at + 2 >= text.Length || (at > 0 && NotRelativeYearAfter.Contains(text[at - 1]))
            || !ChineseNumeralParser.TryScan(text, at + 2, out var n) || n.HasDecimal
            || n.End + 1 >= text.Length || !CloseParens.Contains(text[n.End]) || text[n.End + 1] != Grammar.Year)
        {
            return false; // 今（28）日 is read at its number
        }
        int year;
        if (n.IntegerDigits == 4 && IsPlausibleYear(n.Value))
        {
            year = (int)n.Value;
        }
        else if (n.Value is >= 1 and < 200 && (n.Style != NumeralStyle.DigitByDigit || n.IntegerDigits == 3)
            && state.TaiwanYears) // a mainland 今（21）年 writes the year short, not in the ROC calendar
        {
            year = RocYearZero + (int)n.Value;
        }
        else
        {
            return false;
        }
        var p = AfterYearWord(text, n.End + 2, out var month, out var day);
        date = MakeDate(at, at, p, year, month, day);
        state.SentenceYear = year;
        Remember(state, date, year, month);
        skipTo = p;
        return true;
    }

    /// <summary>民國八十五年, 民国85年 → 1996; 民國元年 → 1912.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryRocYear(ReadOnlySpan<char> text, int at, DateState state, out QuantityCandidate date, out int skipTo)
    {
        date = default;
        skipTo = at + 1;
        if (at + 3 >= text.Length || !Grammar.StartsWithAny(text, at, RocEras))
        {
            return false;
        }
        var p = at + 2;
        int rocYear;
        int afterNumber;
        if (Grammar.StartsWithAny(text, p, RocFirstYear))
        {
            rocYear = 1;
            afterNumber = p + 1;
        }
        else if (ChineseNumeralParser.TryScan(text, p, out var n) && !n.HasDecimal && n.Value is >= 1 and < 200 && n.End < text.Length && text[n.End] == Grammar.Year)
        {
            rocYear = (int)n.Value;
            afterNumber = n.End;
        }
        else
        {
            return false;
        }
        return CompleteFromYear(text, at, afterNumber + 1, RocYearZero + rocYear, true, state, out date, out skipTo);
    }

    private static bool IsLunar(ReadOnlySpan<char> text, int at)
    {
        var before = text[Math.Max(0, at - 4)..at];
        if (before.IndexOfAny(LunarEnds) < 0)
        {
            return false;
        }
        foreach (var calendar in LunarCalendars)
        {
            if (before.IndexOf(calendar, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static int SkipMonthDay(ReadOnlySpan<char> text, int at)
    {
        return TryMonthDay(text, at, out _, out _, out var end, out _) ? end : at + 1;
    }

    private static void Remember(DateState state, in QuantityCandidate date, int? year, int? month)
    {
        state.LastDateEnd = date.End;
        state.LastDateYear = year;
        state.LastDateMonth = month;
        if (year is not null)
        {
            state.LastKnownYear = year;
        }
    }

    /// <summary>
    /// 同年12月, 同年底: the year of the date before, in this sentence or an earlier one; a month after it without one
    /// before is <c>XXXX-12</c>, as 今年5月 on a page with no date. 同年 alone is no date (同年龄, 同年级, 同年同月),
    /// nor is 同 of a word with the character before it (如同, 共同, 不同: not-same-year-after).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TrySameYear(ReadOnlySpan<char> text, int at, DateState state, out QuantityCandidate date, out int skipTo)
    {
        date = default;
        skipTo = at + 1;
        var p = -1;
        foreach (var word in SameYears)
        {
            if (text[at..].StartsWith(word, StringComparison.Ordinal))
            {
                p = at + word.Length;
                break;
            }
        }
        if (p < 0 || (at > 0 && NotSameYearAfter.Contains(text[at - 1])))
        {
            return false; // 如同年底, 共同年初, 不同年份: 同 belongs to the word before
        }
        var year = state.LastKnownYear;
        int? month = null;
        int? day = null;
        if (year is not null && p < text.Length && RelativeYearSuffixes.Contains(text[p]))
        {
            p++;
        }
        else if (TryMonthDay(text, p, out var m, out var d, out var end, out _))
        {
            month = m;
            day = d;
            p = end;
        }
        else
        {
            return false;
        }
        date = MakeDate(at, at, p, year, month, day);
        if (year is not null)
        {
            state.SentenceYear = year;
        }
        Remember(state, date, year, month);
        skipTo = p;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static QuantityCandidate MakeDate(int start, int numberStart, int end, int? year, int? month, int? day)
    {
        // YYYY, YYYY-MM or YYYY-MM-DD (XXXX, XX where unknown), written into one buffer: one string per date, not five.
        Span<char> buffer = stackalloc char[48];
        var n = Part(buffer, year, "D4", "XXXX");
        if (month is not null || day is not null)
        {
            buffer[n++] = '-';
            n += Part(buffer[n..], month, "D2", "XX");
            if (day is not null)
            {
                buffer[n++] = '-';
                n += Part(buffer[n..], day, "D2", "XX");
            }
        }
        var name = new string(buffer[..n]);
        return new QuantityCandidate
        {
            Kind = FactKinds.Date,
            Start = start,
            NumberStart = numberStart,
            End = end,
            DateName = name,
        };
    }

    /// <summary>A part of a date's name written into <paramref name="into"/>: the number in <paramref name="format"/>, else <paramref name="unknown"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Part(Span<char> into, int? value, string format, string unknown)
    {
        if (value is not int v)
        {
            unknown.CopyTo(into);
            return unknown.Length;
        }
        if (v < 0 || format.Length != 2 || format[0] != 'D')
        {
            v.TryFormat(into, out var written, format, CultureInfo.InvariantCulture);
            return written;
        }
        // A year, month or day (never negative): its digits written by hand, zero-padded to the format's width, as "D4" and
        // "D2" write them, without parsing the format and looking up the culture for every date.
        var digits = 1;
        for (var rest = v / 10; rest > 0; rest /= 10)
        {
            digits++;
        }
        var length = Math.Max(format[1] - '0', digits);
        for (var k = length - 1; k >= 0; k--)
        {
            into[k] = (char)('0' + (v % 10));
            v /= 10;
        }
        return length;
    }
}
