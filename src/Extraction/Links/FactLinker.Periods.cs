using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Links;

// The period of a number: the date of its clause or sentence, a range as an interval, the date before 当天, a paragraph-opening time phrase.
internal static partial class FactLinker
{
    /// <summary>
    /// The date named last before a sentence that opens with a word such as 当天, or null. <paramref name="read"/>: how many of
    /// <paramref name="dates"/> (in document order) start before the sentence read last, where the reading goes on (0 at a text's start).
    /// </summary>
    private static string? SameDayPeriod(string text, List<Fact> facts, Cut cut, int s, List<int> dates, ref int read)
    {
        var start = cut.SentenceStart(s);
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        if (LinkWords.At(text, start, LinkWords.SameDay) is null)
        {
            return null;
        }
        if (read > 0 && facts[dates[read - 1]].Start >= start)
        {
            read = 0; // a sentence before the one read last: from the first date again
        }
        while (read < dates.Count && facts[dates[read]].Start < start)
        {
            read++;
        }
        return read > 0 ? facts[dates[read - 1]].Date : null;
    }

    /// <summary>
    /// The period of a paragraph-opening time phrase: the paragraph's first clause is a date with only
    /// time words around it (2020年, 2020年以来, 截至2020年底).
    /// </summary>
    private static string? OpeningPeriod(string text, List<Fact> facts, Cut cut, int paragraph, List<int>?[] clauseDates)
    {
        var first = cut.SentenceFirstClause[OpeningSentence(text, facts, cut, paragraph)];
        if (first >= cut.ClauseStarts.Count || clauseDates[first] is not { Count: > 0 } dates)
        {
            return null;
        }
        var start = cut.ClauseStarts[first];
        var end = cut.ClauseEnd(first);
        // A list item's mark may open the paragraph before its time phrase ((二)2022年交通项目。2022年我镇共实施…).
        var at = Skip(text, start, end, LinkWords.TimeLead);
        if (ItemMarkEnd(text, at, end) is var item && item > at)
        {
            at = Skip(text, item, end, LinkWords.TimeLead);
        }
        var d = facts[dates[0]];
        if (d.Start != at)
        {
            // 永德县2011年农村饮水安全项目被…批准，…: a place and its year's programme open the paragraph as its subject.
            return PlaceSpans(facts, at, d.Start) && YearsProgramme(text, d, end) ? d.Date : null;
        }
        if (dates.Count == 1 && YearsProgramme(text, d, end))
        {
            return d.Date; // 2011年农村饮水安全项目被…批准，…
        }
        var value = d.Date;
        var after = d.End;
        if (dates.Count > 1 && RangeBetween(text, d, facts[dates[1]]))
        {
            value = d.Date + "/" + facts[dates[1]].Date;
            after = facts[dates[1]].End;
        }
        else if (dates.Count > 1)
        {
            return null;
        }
        var dateEnd = after;
        after = Skip(text, after, end, LinkWords.TimeTail);
        while (after < end && (LinkWords.ClauseEnds.Contains(text[after]) || char.IsWhiteSpace(text[after])))
        {
            after++;
        }
        if (after >= end)
        {
            return value;
        }
        // 2014年刚下村不久，… / 2019年驻村以来，…: a few words between the date and the time word that ends the clause.
        var tail = end;
        while (tail > dateEnd && (LinkWords.ClauseEnds.Contains(text[tail - 1]) || char.IsWhiteSpace(text[tail - 1])))
        {
            tail--;
        }
        return LinkWords.Before(text, tail, dateEnd, LinkWords.TimeTail) is { } word && tail - word.Length - dateEnd <= MaxOpeningGap
            && !text.AsSpan(dateEnd, tail - word.Length - dateEnd).ContainsAny(LinkWords.Breaks) ? value : null;
    }

    /// <summary>
    /// The period of a sentence that goes on with the one before it in its paragraph (2025年，工作队…落实帮扶资金25万元…。此外，
    /// 实现…1661项…): the date that opens that sentence, when this one opens with a word of continuation (此外, 另外).
    /// </summary>
    private static string? ContinuedPeriod(string text, List<Fact> facts, Fact number, Cut cut, int s, List<int>?[] clauseDates)
    {
        if (s == 0 || cut.SentenceParagraph[s - 1] != cut.SentenceParagraph[s])
        {
            return null;
        }
        var at = cut.SentenceStart(s);
        while (at < number.Start && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        if (LinkWords.At(text, at, LinkWords.Continuations) is null)
        {
            return null;
        }
        var first = cut.SentenceFirstClause[s - 1];
        if (Period(text, facts, cut, number, OpeningDates(text, facts, cut, first, clauseDates[first])) is { } opening)
        {
            return opening;
        }
        // 为持续改善…，今年11月份起，瓦房坝村…安装了80余盏…。与此同时，村集体投入6.3万元…: the one date of the sentence before.
        List<int>? only = null;
        for (var c = first; c < cut.ClauseStarts.Count && cut.ClauseSentence[c] == s - 1; c++)
        {
            if (clauseDates[c] is not { Count: > 0 } dates)
            {
                continue;
            }
            if (only is not null || dates.Count > 1)
            {
                return null;
            }
            only = dates;
        }
        return only is null ? null : Period(text, facts, cut, number, only);
    }

    /// <summary>Whether a period is one day (2021-07-19, XXXX-XX-16), not a month, a year or a span.</summary>
    private static bool IsOneDay(string? period) =>
        period is { Length: 10 } && period[4] == '-' && period[7] == '-';

    /// <summary>Whether a date of the sentence after <paramref name="after"/> has the value <paramref name="period"/>.</summary>
    private static bool SameDateAfter(List<Fact> facts, List<int>? dates, string period, int after)
    {
        if (dates is null)
        {
            return false;
        }
        foreach (var d in dates)
        {
            if (facts[d].Start >= after && facts[d].Date == period)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Up to this many dates, a sentence's dates are walked for each of its numbers; more are read once into a <see cref="DayIndex"/>.</summary>
    private const int FewDatesWalked = 8;

    /// <summary>
    /// The dates of one sentence by value, read once for all its numbers: the answers of <see cref="SameDateAfter"/> and
    /// <see cref="SinceDayBefore"/> for a sentence of many dates (a walk over all of them for each number was quadratic).
    /// </summary>
    private sealed class DayIndex
    {
        /// <summary>The last start of a date of each value.</summary>
        private readonly Dictionary<string, int> _lastStart = new(StringComparer.Ordinal);

        /// <summary>The first start of a date of each value that a word of a span up to now follows (2月1日至今).</summary>
        private readonly Dictionary<string, int> _firstSince = new(StringComparer.Ordinal);

        public DayIndex(string text, List<Fact> facts, List<int> dates)
        {
            foreach (var d in dates)
            {
                var date = facts[d];
                _lastStart[date.Date!] = date.Start;
                if (LinkWords.At(text, date.End, LinkWords.Since) is not null)
                {
                    _firstSince.TryAdd(date.Date!, date.Start);
                }
            }
        }

        /// <summary><see cref="SameDateAfter"/>: a date of the value starts at or after <paramref name="after"/>.</summary>
        public bool SameDateAfter(string period, int after) => _lastStart.TryGetValue(period, out var last) && last >= after;

        /// <summary><see cref="SinceDayBefore"/>: a date of the value followed by a word such as 至今 starts before <paramref name="before"/>.</summary>
        public bool SinceDayBefore(string period, int before) => _firstSince.TryGetValue(period, out var first) && first < before;
    }

    /// <summary>
    /// Whether a date of <paramref name="period"/> before <paramref name="before"/> in <paramref name="dates"/> starts a span up to now
    /// (2月1日至今，…收益有1万元左右): the money is of the span from that day, not raised before an event of that day.
    /// </summary>
    private static bool SinceDayBefore(string text, List<Fact> facts, List<int>? dates, string period, int before)
    {
        if (dates is null)
        {
            return false;
        }
        foreach (var d in dates)
        {
            if (facts[d].Start < before && facts[d].Date == period && LinkWords.At(text, facts[d].End, LinkWords.Since) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word that sums an amount over several times (先后投入, 累计) stands in the number's sentence before it.</summary>
    private static bool CumulativeBefore(string text, Cut cut, int s, int numberStart) =>
        cut.CumulativeWords.Any(text, cut.SentenceStart(s), numberStart);

    /// <summary>The dates that open a clause (2019年，…; 截至2020年底，…): a date at its start, after time words only.</summary>
    private static List<int>? OpeningDates(string text, List<Fact> facts, Cut cut, int c, List<int>? dates)
    {
        if (dates is null || facts[dates[0]].Start != Skip(text, cut.ClauseStarts[c], cut.ClauseEnd(c), LinkWords.TimeLead))
        {
            return null;
        }
        var opening = new List<int> { dates[0] };
        if (dates.Count > 1 && RangeBetween(text, facts[dates[0]], facts[dates[1]]))
        {
            opening.Add(dates[1]);
        }
        return opening;
    }

    /// <summary>
    /// Whether <c>[start, end)</c> stands in a paragraph's dateline (红网邵阳县站7月8日讯 (通讯员…), 台湾网3月27日凤凰县讯):
    /// near the line's start with no break before it, a dateline word a few characters after it, no letter after that word.
    /// </summary>
    private static bool InDateline(string text, int start, int end)
    {
        var lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            if (start - lineStart >= MaxDatelineLead || LinkWords.Breaks.Contains(text[lineStart - 1]) || char.IsWhiteSpace(text[lineStart - 1]))
            {
                return false;
            }
            lineStart--;
        }
        for (var k = end; k < text.Length && k - end <= MaxDatelineGap; k++)
        {
            if (LinkWords.At(text, k, LinkWords.DatelineWords) is { } word)
            {
                var after = k + word.Length;
                return after >= text.Length || !char.IsLetter(text[after]);
            }
            if (LinkWords.Breaks.Contains(text[k]) || char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the only words of now between a date written without its year and the number name this year (截止10月底，全市今年
    /// 共投入資金9490萬元: clause-ties' this-year): the date's own year, not another time. Read over a short stretch only.
    /// </summary>
    private static bool ThisYearOfYearless(string text, Fact date, int from, int to)
    {
        if (date.Date is not { } value || !value.StartsWith(UnknownYear, StringComparison.Ordinal) || to - from > MaxThisYearStretch)
        {
            return false;
        }
        var thisYear = false;
        for (var k = from; k < to; k++)
        {
            if (LinkWords.At(text, k, LinkWords.NowWords) is not { } word)
            {
                continue;
            }
            // 今年全年…, 今年计划…: the whole year or its plan, not the yearless date's year (clause-ties' whole-year, programme).
            if (LinkWords.At(text, k, OwnTimeWords.ThisYear) is not { } same || same.Length < word.Length
                || LinkWords.At(text, k + same.Length, OwnTimeWords.WholeYear) is not null
                || LinkWords.At(text, k + same.Length, OwnTimeWords.Programmes) is not null)
            {
                return false;
            }
            thisYear = true;
            k += word.Length - 1;
        }
        return thisYear;
    }

    /// <summary>The year of a date the text gives without one (XXXX-10).</summary>
    private const string UnknownYear = "XXXX";

    /// <summary>How many characters between a yearless date and its number are read for a word of this year (全市今年共投入).</summary>
    private const int MaxThisYearStretch = 40;

    /// <summary>How many characters may stand between a paragraph-opening date and the time word that ends its clause (刚下村, 驻村).</summary>
    private const int MaxOpeningGap = 8;

    /// <summary>How far from its line's start a dateline's place or date may stand (新华社乌鲁木齐…, 红网邵阳县站…).</summary>
    private const int MaxDatelineLead = 16;

    /// <summary>How many characters may stand between a dateline's place or date and its closing word (站7月8日, 凤凰县).</summary>
    private const int MaxDatelineGap = 8;

    /// <summary>
    /// Two dates joined by one range mark (2015年12月20日至1月14日), or two consecutive years alone listed (2011年、2012年: not
    /// three, and not 2011年、2013年, which names two years, not the one between them).
    /// </summary>
    private static bool RangeBetween(string text, Fact a, Fact b) =>
        b.Start - a.End == 1 && (RangeMarks.IsMark(text[a.End])
            || (text[a.End] == Marks.ListComma && ConsecutiveYears(a.Date, b.Date)
                && (a.Start == 0 || text[a.Start - 1] != Marks.ListComma) && (b.End >= text.Length || text[b.End] != Marks.ListComma)));

    /// <summary>Whether both dates are years and the second is the year after the first (2011, 2012).</summary>
    private static bool ConsecutiveYears(string? first, string? second) =>
        IsYear(first) && IsYear(second) && int.Parse(second!, System.Globalization.CultureInfo.InvariantCulture) == int.Parse(first!, System.Globalization.CultureInfo.InvariantCulture) + 1;

    /// <summary>
    /// The period from a scope's dates: the nearest before the number, else the first after; a range as an interval. None
    /// when a word of another time (目前, 今年) stands between the date and the number, or when the date after the number
    /// starts what follows it (2019年6月后), dates a planned later step (预计10月份发包) or what a person named between
    /// them does (…2,279萬元辦理改善，縣長王惠美…18日前往視察). <paramref name="nowFrom"/>: where a word of another time
    /// starts to count (the number's statement, for the date that opens its sentence: 2022年…约820万元，现已全部完工；…17个 —
    /// 现 is the time of the statement before).
    /// </summary>
    private static string? Period(string text, List<Fact> facts, Cut cut, Fact number, List<int>? dates, int nowFrom = 0)
    {
        if (dates is null)
        {
            return null;
        }
        // The last date starting before the number, else the first (dates in document order: a binary search, not a walk
        // from the first date for every number of a sentence of many).
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (facts[dates[mid]].Start < number.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        var chosen = Math.Max(0, lo - 1);
        // A range's end chosen alone: take the whole range.
        if (chosen > 0 && RangeBetween(text, facts[dates[chosen - 1]], facts[dates[chosen]]))
        {
            chosen--;
        }
        var d = facts[dates[chosen]];
        var last = chosen + 1 < dates.Count && RangeBetween(text, d, facts[dates[chosen + 1]]) ? facts[dates[chosen + 1]] : d;
        if (d.Start >= number.End && OwnYearBefore(text, cut, number))
        {
            return null; // 去年收到…30萬元后，…于當年8月并入電網: the number's clause says its own year
        }
        if (d.Start >= number.End && (LinkWords.At(text, last.End, LinkWords.Onward) is not null || cut.LaterEventsBeforeDate.Any(text, number.End, d.Start)))
        {
            // A date after the number that starts what follows (…10%留作管理费用，2019年6月后，…) or dates a planned later
            // step (概估经费725万元，预计10月份工程发包): not the number's time.
            return null;
        }
        if ((d.Start >= number.End && cut.ResultClausesBeforeDate.Between(text, number.End, d.Start))
            || (last.End <= number.Start && (DatesAnotherNumber(text, facts, last, number) || PlannedClauseBefore(text, d, number)))
            || FutureDateElsewhere(text, d, last, number))
        {
            // …，让2019年下半年…; 由2020年的6.91万元跃升到31.44万元; …，预计8月份…再报批，…; …，但明年度縣府…: a date of another
            // clause's event or number.
            return null;
        }
        if (d.Start >= number.End && cut.PersonsBeforeDate.Between(facts, number.End, d.Start))
        {
            // 彰化縣政府挹注2,279萬元辦理改善，縣長王惠美…18日前往視察: the date of what a person named after the number does.
            return null;
        }
        if (last.End <= number.Start && cut.NowWordsAfterDate.Any(text, Math.Min(Math.Max(last.End, nowFrom), number.Start), number.Start)
            && !ThisYearOfYearless(text, d, Math.Min(Math.Max(last.End, nowFrom), number.Start), number.Start))
        {
            // 由2015年的2950元提高到目前的5600元: the number is of another time than the date before it.
            return null;
        }
        if (chosen + 1 < dates.Count && RangeBetween(text, d, facts[dates[chosen + 1]]))
        {
            return d.Date + "/" + facts[dates[chosen + 1]].Date;
        }
        return d.Date;
    }
}
