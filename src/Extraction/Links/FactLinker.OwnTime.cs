using System.Buffers;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Text;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Links;

// Links set 4 (issue 16): what keeps a date, a fronted phrase's place or a far anaphor's place to the clause the grammar gives it.
// Each rule is guarded by a cheap test (a character after a date, a word at a clause's start) and costs nothing elsewhere.
internal static partial class FactLinker
{
    /// <summary>
    /// Whether the date <paramref name="date"/> before <paramref name="number"/> is tied by an attributive mark to another
    /// number right after it (村集体经济收入由2020年的6.91万元跃升到31.44万元): it dates that number only.
    /// </summary>
    private static bool DatesAnotherNumber(string text, List<Fact> facts, Fact date, Fact number)
    {
        var at = date.End;
        if (at >= number.Start || LinkWords.At(text, at, OwnTimeWords.Attributive) is not { } mark)
        {
            return false;
        }
        at += mark.Length;
        var k = FirstFactAtOrAfter(facts, at);
        return k < facts.Count && facts[k].Start == at && facts[k].Kind.IsNumber() && facts[k].Start < number.Start;
    }

    /// <summary>
    /// Whether a future date (明年) stands in another clause than <paramref name="number"/> and says more there than the date:
    /// it dates its own clause (…同意加碼300萬元…，但明年度縣府一定會另案足額補還…，總計簽核逾1,600萬元). A bare opening
    /// clause (明年，…) still dates what follows.
    /// </summary>
    private static bool FutureDateElsewhere(string text, Fact date, Fact last, Fact number)
    {
        if (LinkWords.At(text, date.Start, OwnTimeWords.FutureDates) is null)
        {
            return false;
        }
        var (from, to) = date.Start < number.Start ? (last.End, number.Start) : (number.End, date.Start);
        if (!text.AsSpan(from, Math.Max(0, to - from)).ContainsAny(LinkWords.Breaks))
        {
            return false;
        }
        var after = Skip(text, last.End, text.Length, LinkWords.TimeTail);
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }
        return after < text.Length && !LinkWords.Breaks.Contains(text[after]);
    }

    /// <summary>
    /// Whether a clause of result (让, 从而: what the number made possible) opens at the break at <paramref name="k"/> (after a
    /// number), its word before <paramref name="to"/> (a date after it): that date is of the result (捐赠10台电脑…，让2019年下半年才搬进…).
    /// </summary>
    private static bool ResultClauseAt(string text, int k, int to)
    {
        if (!LinkWords.Breaks.Contains(text[k]))
        {
            return false;
        }
        var next = k + 1;
        while (next < to && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        return next < to && LinkWords.At(text, next, OwnTimeWords.ResultLeads) is not null;
    }

    /// <summary>
    /// Whether a word of another time (今年, 目前, 近两年, 这次) stands in the number's sentence before it: the number is of
    /// that time, not of the date that opens its paragraph (2016年以来，…构建了3个贫困村…，预计今年…132户).
    /// </summary>
    private static bool NowWordBefore(string text, Cut cut, int s, int numberStart) =>
        ClauseOpeningWordBefore(text, cut, s, numberStart, cut.NowWords, cut.NowWordOpeners);

    /// <summary>
    /// Whether a word of a list (<paramref name="words"/>, <paramref name="openers"/>: the text's readers of it) opens a clause
    /// of the number's sentence before it, after a word of a planned step at most (目前，…; 预计今年…) or of an example
    /// (以今年度的…為例，…) at most (<see cref="OpeningAt"/>). Both read the sentence forward once for all its numbers.
    /// </summary>
    private static bool ClauseOpeningWordBefore(string text, Cut cut, int s, int numberStart, WordsAfter words, ClauseOpeners openers) =>
        words.Any(text, cut.SentenceStart(s), numberStart) && openers.Before(text, cut, s, numberStart);

    /// <summary>
    /// Whether the number is of the year of writing: 今年 opens a clause of its sentence before it, or the first clause of
    /// its paragraph (今年以来，…) with no other time word opening one of its sentence.
    /// </summary>
    private static bool ThisYearBefore(string text, Cut cut, int s, int p, int numberStart)
    {
        if (ClauseOpeningWordBefore(text, cut, s, numberStart, cut.ThisYearWords, cut.ThisYearOpeners))
        {
            return true;
        }
        var first = cut.ParagraphFirstSentence[p];
        if (first == s || cut.SentenceFirstClause[first] >= cut.ClauseStarts.Count)
        {
            return false;
        }
        var clause = cut.SentenceFirstClause[first];
        var at = Skip(text, cut.ClauseStarts[clause], cut.ClauseEnd(clause), LinkWords.TimeLead);
        return LinkWords.At(text, at, OwnTimeWords.ThisYear) is not null && !NowWordBefore(text, cut, s, numberStart);
    }

    /// <summary>
    /// The year 今年 stands for in a text with no publish date: the year of the text's first date when it names a day at
    /// the head of its line (2016年12月29日，记者来到…; 本报讯 2016年12月29日，…) and no later year is named. Null otherwise.
    /// </summary>
    private static string? DocumentYear(string text, List<Fact> facts)
    {
        string? year = null;
        foreach (var f in facts)
        {
            if (f.Kind != FactKinds.Date || f.Date is not { Length: >= YearLength } d || !char.IsAsciiDigit(d[0]))
            {
                continue;
            }
            if (year is null)
            {
                if (!IsDay(d) || !AtLineHead(text, f.Start))
                {
                    return null;
                }
                year = d[..YearLength];
            }
            else if (string.CompareOrdinal(d, 0, year, 0, YearLength) > 0)
            {
                return null; // 2015年3月1日，工作队进驻…。2017年…: the text looks back; 今年 is none of its dates' years
            }
        }
        return year;
    }

    /// <summary>
    /// Whether a date before the number stands in a later clause of its sentence that a planned step or a condition opens
    /// (…，预计8月份制定完成再报批，该项目已由民政局补助15万元; …，待9月底并网发电后，预计每年增收3万余元), and the number in a
    /// clause after it: the date is that step's, not the number's. In the sentence's first clause it is an opening time.
    /// </summary>
    private static bool PlannedClauseBefore(string text, Fact date, Fact number)
    {
        // Only the few characters before the date are read (预计, 待, 计划于 and white space): linear in a long clause.
        var k = date.Start - 1;
        while (k >= 0 && date.Start - k <= MaxPlannedLead && text[k] != '\n' && !LinkWords.Breaks.Contains(text[k]))
        {
            k--;
        }
        if (k < 0 || date.Start - k > MaxPlannedLead || !LinkWords.ClauseEnds.Contains(text[k]))
        {
            return false;
        }
        var at = k + 1;
        while (at < date.Start && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        return (LinkWords.At(text, at, LinkWords.LaterEvent) is not null || LinkWords.At(text, at, OwnTimeWords.Conditions) is not null)
            && text.AsSpan(date.End, number.Start - date.End).IndexOfAny(LinkWords.Breaks) >= 0;
    }

    /// <summary>How far before a date the clause's start may be for the planned step or condition to open it (计划于 and a space).</summary>
    private const int MaxPlannedLead = 6;

    /// <summary>The length of a year in a date's value (2016).</summary>
    private const int YearLength = 4;

    /// <summary>Whether a date's value names a day of a known year (2016-12-29).</summary>
    private static bool IsDay(string date) =>
        date.Length == 10 && date.AsSpan(0, YearLength).IndexOfAnyExceptInRange('0', '9') < 0 && !date.Contains('X');

    /// <summary>Whether a value is a year alone (2011).</summary>
    private static bool IsYear(string? date) =>
        date is { Length: YearLength } && date.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>Whether <paramref name="at"/> stands near the head of its line, no clause or sentence end before it there.</summary>
    private static bool AtLineHead(string text, int at)
    {
        for (var k = at - 1; k >= 0 && text[k] != '\n'; k--)
        {
            if (at - k > MaxDatelineLead || LinkWords.Breaks.Contains(text[k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether a year opens a year's programme (2011年农村饮水安全项目): a programme word after it in its clause, within a
    /// name's length, no clause end between.
    /// </summary>
    private static bool YearsProgramme(string text, Fact year, int clauseEnd)
    {
        if (!IsYear(year.Date))
        {
            return false;
        }
        var end = Math.Min(clauseEnd, year.End + MaxProgrammeName);
        for (var k = year.End; k < end; k++)
        {
            if (LinkWords.Breaks.Contains(text[k]))
            {
                return false;
            }
            if (LinkWords.At(text, k, OwnTimeWords.Programmes) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many characters a programme's name may run between its year and its programme word (农村饮水安全).</summary>
    private const int MaxProgrammeName = 12;

    /// <summary>Whether a place fact runs exactly over <c>[start, end)</c> (永德县 before 2011年…项目).</summary>
    private static bool PlaceSpans(List<Fact> facts, int start, int end)
    {
        for (var k = FirstFactAtOrAfter(facts, start); k < facts.Count && facts[k].Start == start; k++)
        {
            if (facts[k].Kind == FactKinds.Place && facts[k].End == end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The place of a fronted phrase (针对…, 对于…) that opens the clause before the number's, in its sentence: the phrase
    /// has no verb of its own and belongs to the clause it leads (更針對萬豐村曲冰風雨球場及萬豐國小，同意加碼300萬元).
    /// <see cref="None"/> when there is none.
    /// </summary>
    private static int FrontedPhrasePlace(string text, List<Fact> facts, Cut cut, int c, int[] clauseChoice)
    {
        var s = cut.ClauseSentence[c];
        if (c == 0 || c == cut.SentenceFirstClause[s] || clauseChoice[c - 1] < 0)
        {
            return None;
        }
        var start = cut.ClauseStarts[c - 1];
        // A phrase with a number of its own (针对万丰村球场拨付300万元，…) is a clause of its own.
        for (var k = FirstFactAtOrAfter(facts, start); k < facts.Count && facts[k].Start < cut.ClauseEnd(c - 1); k++)
        {
            if (facts[k].Kind.IsNumber())
            {
                return None;
            }
        }
        for (var k = start; k < cut.ClauseEnd(c - 1) && k <= start + MaxFrontedLead; k++)
        {
            if (LinkWords.At(text, k, OwnTimeWords.FrontedLeads) is not null)
            {
                return clauseChoice[c - 1];
            }
        }
        return None;
    }

    /// <summary>How many characters (an adverb: 更, 并) may stand before a fronted phrase's preposition in its clause.</summary>
    private const int MaxFrontedLead = 1;

    /// <summary>
    /// Whether <paramref name="referent"/> is the only place of its level the document names (by name, or by its code: 周鹿
    /// in 大化至周鹿二级道路 is 周鹿镇 written short), so an anaphor (该镇) stands for it however far before it was named
    /// (燕塘镇 in the first line, 2016年以来，该镇… three paragraphs on).
    /// </summary>
    private static bool OnlyOfItsLevel(List<Fact> facts, int referent)
    {
        var r = facts[referent];
        foreach (var f in facts)
        {
            if (f.Kind == FactKinds.Place && f.Level == r.Level && f.Name is not null && !string.Equals(f.Name, r.Name, StringComparison.Ordinal)
                && !(r.Code is not null && string.Equals(f.Code, r.Code, StringComparison.Ordinal)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether two places of one level with no code are one unit named short and in full (萬豐 of 萬豐國小 and 萬豐村): the
    /// longer name is the shorter one and a level suffix (村, 乡).
    /// </summary>
    private static bool ShortFormOf(Fact a, Fact b)
    {
        if (a.Code is not null || b.Code is not null || a.Level != b.Level || a.Name is not { } x || b.Name is not { } y || x.Length == y.Length)
        {
            return false;
        }
        var (shorter, longer) = x.Length < y.Length ? (x, y) : (y, x);
        if (shorter.Length < 2 || !longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var (suffix, _) in LinkWords.LevelSuffixes)
        {
            if (longer.Length == shorter.Length + suffix.Length && longer.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word of a total (总计, 累计) stands in the number's clause before it.</summary>
    private static bool TotalBefore(string text, int clauseStart, int numberStart) =>
        LinkWords.Any(text, clauseStart, numberStart, OwnTimeWords.Totals);

    /// <summary>The words of Links/Data/clause-ties.tsv, by kind. Immutable, shared by all threads.</summary>
    private static class OwnTimeWords
    {
        /// <summary>The mark that ties a date to the noun after it (2020年的6.91万元).</summary>
        public static readonly string[] Attributive = Of("attributive");

        /// <summary>The words that open a future date (明年).</summary>
        public static readonly string[] FutureDates = Of("future-date");

        /// <summary>The words that open a clause of result (让, 从而).</summary>
        public static readonly string[] ResultLeads = Of("result-lead");

        /// <summary>The prepositions of a fronted phrase (针对, 对于).</summary>
        public static readonly string[] FrontedLeads = Of("fronted-lead");

        /// <summary>The words of a year counted back from the year of writing (去年): a number after one in its clause is of that year.</summary>
        public static readonly string[] OwnYears = Of("own-year");

        /// <summary>
        /// The characters before 去年 or 前年 that make it part of another word (过去年均, 以前年度): the sets of Facts'
        /// grammar-chars.tsv with which the date recognizer reads no relative year there.
        /// </summary>
        public static readonly SearchValues<char> NotOwnYearAfter =
            SearchValues.Create(Grammar.CharsOf("not-relative-year-after") + Grammar.CharsOf("not-qian-nian-after"));

        /// <summary>The words of a total (总计): the number sums what its sentence names.</summary>
        public static readonly string[] Totals = Of("total");

        /// <summary>The word for the year of writing (今年).</summary>
        public static readonly string[] ThisYear = Of("this-year");

        public static readonly WordPresence ThisYearPresence = new(ThisYear);

        /// <summary>The words opening a clause of a condition (待).</summary>
        public static readonly string[] Conditions = Of("condition");

        /// <summary>The words after 今年 that make it the whole year or its plan (今年全年, 今年计划), not a yearless date's year.</summary>
        public static readonly string[] WholeYear = Of("whole-year");

        /// <summary>The words that end a year's programme (项目, 工程).</summary>
        public static readonly string[] Programmes = Of("programme");

        private static string[] Of(string kind)
        {
            var list = WordLists.Get("clause-ties");
            var column = list.Column("kind");
            var words = new List<string>();
            foreach (var row in list.Rows)
            {
                if (row[column] == kind)
                {
                    words.Add(row[0]);
                }
            }
            words.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
            return [.. words];
        }
    }
}
