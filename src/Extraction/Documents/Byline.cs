using System.Collections.Frozen;
using System.Text.RegularExpressions;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Documents;

/// <summary>A publication date as precise as the page states it.</summary>
internal readonly record struct PublishedStamp(DateOnly Date, TimeOnly? Time, bool HasSeconds, TimeSpan? Offset);

/// <summary>What one line of page furniture says: date, source, people.</summary>
internal sealed class BylineFindings
{
    public PublishedStamp? Published { get; set; }

    /// <summary>The month and day of a dateline that gives no year (本报运城1月25日讯), when no full date is known.</summary>
    public (int Month, int Day)? PublishedMonthDay { get; set; }
    public string? Source { get; set; }
    public List<string> Authors { get; } = [];
    public List<string> Editors { get; } = [];

    public void AddAuthor(string name) => AddDistinct(Authors, name);

    public void AddEditor(string name) => AddDistinct(Editors, name);

    private static void AddDistinct(List<string> names, string name)
    {
        if (!names.Contains(name, StringComparer.Ordinal))
        {
            names.Add(name);
        }
    }
}

/// <summary>
/// Reads the furniture of a news page, in HTML or copied as text: the labelled lines (来源, 编辑,
/// 责任编辑, 记者, 作者, 时间), dates, bylines in the lead (（记者张治立 于熙报道）), share bars,
/// counters, breadcrumbs and image file names. These run per line, off the hot path, so they use
/// generated regular expressions.
/// </summary>
internal static partial class Byline
{
    /// <summary>Lines longer than this are never furniture: furniture is short.</summary>
    public const int MaxFurnitureLength = 80;

    /// <summary>How much of the first paragraph is searched for the reporter's byline.</summary>
    public const int LeadLength = 120;

    // A Chinese name is two to four characters; names of Uyghur, Kazakh or foreign people join parts
    // with a middle dot (沙尔山·阿依提木哈买提). The run must end at a boundary, so a longer word is no name.
    private const string Name = @"(?:[\p{IsCJKUnifiedIdeographs}]{2,4}(?![\p{IsCJKUnifiedIdeographs}])|[\p{IsCJKUnifiedIdeographs}]{1,10}(?:\s?[·•]\s?[\p{IsCJKUnifiedIdeographs}]{1,10}){1,3}(?![\p{IsCJKUnifiedIdeographs}])|[A-Za-z][A-Za-z.\-]*(?: [A-Za-z][A-Za-z.\-]*){0,3}(?![A-Za-z0-9]))";

    /// <summary>Lines up to this length are furniture when they hold a word of <see cref="BylineWords.WeakFurnitureLabel"/>.</summary>
    private const int ShortFurnitureLength = 16;

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})(?:\s*[-/." + Marks.Year + @"]|\s)\s*(?<m>\d{1,2})\s*[-/." + Marks.Month + @"]\s*(?<d>\d{1,2})(?!\d)\s*" + Marks.Day + @"?(?:\s*(?:T\s*)?(?<H>\d{1,2})\s*[" + Marks.Colons + Marks.Hour + @"]\s*(?<M>\d{2})(?:\s*[" + Marks.Colons + Marks.Minute + @"]\s*(?<S>\d{2}))?)?")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?:" + Name + @")")]
    private static partial Regex NameAtStart();

    [GeneratedRegex(@"^(?:IMG|DSC|DSCN|P|photo|image|pic)[_\-]?\d+[A-Za-z0-9_\-]*(?:\.(?:jpe?g|png|gif|bmp|webp|tiff?))?$|^[0-9A-Fa-f]{16,}(?:\.[A-Za-z]{3,4})?$|^[\w\-.\u4e00-\u9fff]+\.(?:jpe?g|png|gif|bmp|webp|tiff?|docx?|xlsx?|pdf|zip|rar)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileNamePattern();

    /// <summary>Marks that end a sentence or a clause within a line: no breadcrumb segment holds one.</summary>
    private const string LineStops = Marks.FullStop + Marks.Commas + Marks.Exclaims;

    // A breadcrumb: short segments joined by > or », such as 伊犁新闻网 >伊犁新闻 or 首页 > 新闻 > 正文.
    [GeneratedRegex(@"^[^" + LineStops + Marks.Pointers + @"]{1,20}(?:\s*[" + Marks.Pointers + @"]\s*[^" + LineStops + Marks.Pointers + @"]{1,20})+\s*[" + Marks.Pointers + @"]?$")]
    private static partial Regex BreadcrumbPattern();

    // Words that end a name list: they start the next label or a counter.
    private static readonly string[] StopWords = [.. WordLists.Get("byline-stop-words").Values()];

    private static readonly System.Buffers.SearchValues<char> PlaceSuffixes = WorkTeam.Extraction.Resources.PlaceSuffixChars.AdministrativeBothScripts;

    // What sites print where a name is missing: unknown, anonymous, this site, a netizen.
    private static readonly FrozenSet<string> NotNames = WordLists.Get("byline-not-names").ToSet();

    /// <summary>Longest navigation menu line read as furniture: menus list many short entries.</summary>
    private const int MaxMenuLength = 300;

    /// <summary>Longest channel or paper name after a date that opens a line (2021-04-07 10:22 新疆日报).</summary>
    private const int MaxChannelAfterDate = 20;

    // A navigation menu: an optional short label, then three or more short entries joined by bars
    // (地區:新疆|西藏|青海, 行業:農業|工業|服務業).
    [GeneratedRegex(@"^(?:[^" + Marks.Bars + Marks.Colons + Marks.FullStop + Marks.Commas + @"]{1,8}[" + Marks.Colons + @"]\s*)?[^" + Marks.Bars + Marks.FullStop + Marks.Commas + @"]{1,12}(?:\s*[" + Marks.Bars + @"]\s*[^" + Marks.Bars + Marks.FullStop + Marks.Commas + @"]{1,12}){2,}\s*[" + Marks.Bars + @"]?$")]
    private static partial Regex MenuPattern();

    /// <summary>The digits of a dateline in Chinese numerals, each at the index of its value; 十 last.</summary>
    private const string DatelineDigits = "〇一二三四五六七八九十";

    /// <summary>Other forms of zero in such a year (二○○一, 二零零一, a full-width letter O).</summary>
    private const string DatelineZeros = "○零Ｏ";

    // A dateline under a headline in Chinese numerals: （二○○○年十二月三十一日）, possibly with a note after it.
    private static readonly Regex ChineseDatelinePattern = new(
        $@"^[{Marks.OpenBrackets}]?\s*(?<y>[{DatelineDigits[..10]}{DatelineZeros}]{{4}}){Marks.Year}(?<m>[{DatelineDigits[1..]}]{{1,3}}){Marks.Month}(?<d>[{DatelineDigits[1..]}]{{1,3}}){Marks.Day}\s*[{Marks.CloseBrackets}]?(?<rest>.*)$");

    private const string Blanks = " \u00A0\u3000\t";

    private const string CommasAndColons = Marks.Commas + Marks.Colons;

    private static readonly string ClauseCommas = Marks.Commas + Marks.ListComma;

    private static readonly char[] SourceTrimChars = [.. Blanks + "-_|·"];

    private const string NameTrim = Blanks + "[]" + Marks.LenticularBrackets + Marks.OpenBrackets + Marks.CloseBrackets;

    private static readonly string NameSeparators = Blanks + Marks.ListComma + Marks.Commas + Marks.ClauseEnds + Marks.Slashes;

    /// <summary>Whether a paragraph is a short note of the article's sources (素材来源 江苏13个设区市党报…): text whose credits stand above it.</summary>
    public static bool IsSourceNote(string paragraph) => paragraph.Length <= MaxFurnitureLength && BylineWords.SourceNote.IsMatch(paragraph);

    /// <summary>Whether a trimmed line is furniture: a short labelled line, a bare date, a breadcrumb, a menu or a file name.</summary>
    public static bool IsFurniture(string line) => line.Length > 0 && IsFurniture(new FurnitureLine(line));

    /// <summary>
    /// <see cref="IsFurniture(string)"/> on a line whose closed-up label, label-free form and first date are made
    /// once and shared with <see cref="IsCreditLine(FurnitureLine)"/> and <see cref="Read(FurnitureLine, BylineFindings)"/>:
    /// a page's header lines went through all three, each running the same patterns again.
    /// </summary>
    internal static bool IsFurniture(FurnitureLine reading)
    {
        var line = reading.Text;
        if (line.Length == 0)
        {
            return false;
        }
        if (IsFileName(line))
        {
            return true;
        }
        if (line.Length <= MaxMenuLength && MayBeMenu(line) && MenuPattern().IsMatch(line))
        {
            return true;
        }
        // A line closed by a comma is a clause of running text (舉行記者會時，), never a byline.
        if (line.Length > MaxFurnitureLength || line.Contains(Marks.FullStop, StringComparison.Ordinal) || ClauseCommas.Contains(line[^1])
            || (HasColon(line) && BylineWords.InterviewPattern.IsMatch(line)))
        {
            return false;
        }
        if (MayBeSourceNote(line) && BylineWords.SourceNote.IsMatch(line))
        {
            return false; // 素材来源 江苏13个设区市党报及官方发布: a note of the text, whose facts count
        }
        var labelled = reading.Labelled;
        // A line with no label word matches neither label pattern (FurnitureLine.MayHoldLabel).
        if ((reading.MayHoldLabel && BylineWords.FurnitureLabel.IsMatch(labelled)) || (line.AsSpan().IndexOfAny(Marks.Pointers) >= 0 && BreadcrumbPattern().IsMatch(line))
            || (line.Length <= ShortFurnitureLength && reading.MayHoldLabel && BylineWords.WeakFurnitureLabel.IsMatch(labelled)))
        {
            return true;
        }
        if (ChineseDateline(line) is not null)
        {
            return true;
        }
        // A line that is only a date and time, or one that opens with it and names the channel after it.
        var date = DatePattern().Match(line);
        return date.Success
            && (line.Length - date.Length <= 4
                || (date.Index == 0 && line.Length - date.Length <= MaxChannelAfterDate && line.AsSpan(date.Length).IndexOfAny(CommasAndColons) < 0));
    }

    /// <summary>
    /// The date of a dateline in Chinese numerals standing alone under a headline
    /// (（二○○○年十二月三十一日）, possibly followed by a bracketed note); null for any other line.
    /// </summary>
    internal static PublishedStamp? ChineseDateline(string line)
    {
        // The pattern's year mark, read first: most lines hold none, and the interpreted pattern costs a match object per call.
        if (!line.Contains(Marks.Year, StringComparison.Ordinal))
        {
            return null;
        }
        var m = ChineseDatelinePattern.Match(line);
        if (!m.Success)
        {
            return null;
        }
        var rest = m.Groups["rest"].Value.Trim();
        if (rest.Length > 0 && !(Marks.OpenBrackets.Contains(rest[0]) && Marks.CloseBrackets.Contains(rest[^1]) && rest.Length <= ShortFurnitureLength))
        {
            return null;
        }
        int year = 0;
        foreach (char c in m.Groups["y"].ValueSpan)
        {
            year = (year * 10) + ChineseDigit(c);
        }
        int month = ChineseSmallNumber(m.Groups["m"].ValueSpan), day = ChineseSmallNumber(m.Groups["d"].ValueSpan);
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new PublishedStamp(new DateOnly(year, month, day), null, false, null);
    }

    private static int ChineseDigit(char c) => DatelineZeros.Contains(c) ? 0 : DatelineDigits.IndexOf(c) is var d and >= 0 and < 10 ? d : 0;

    /// <summary>一 to 三十一: 十 alone is ten, before a digit adds ten, after one multiplies it.</summary>
    private static int ChineseSmallNumber(ReadOnlySpan<char> text)
    {
        int ten = text.IndexOf(DatelineDigits[10]);
        if (ten < 0)
        {
            return text.Length == 1 ? ChineseDigit(text[0]) : -1;
        }
        int tens = ten == 0 ? 1 : ChineseDigit(text[0]);
        int units = ten == text.Length - 1 ? 0 : ChineseDigit(text[^1]);
        return (tens * 10) + units;
    }

    /// <summary>Whether a line is an image or attachment file name (IMG_261, 38476d19…, x.png).</summary>
    public static bool IsFileName(string line) => line.Length <= 100 && MayBeFileName(line) && FileNamePattern().IsMatch(line);

    /// <summary>
    /// Whether a line may be a file name as <see cref="FileNamePattern"/> reads one: with an extension's dot, or opening
    /// with a Latin letter or digit (IMG_261, 38476d19…); a line opening with a Chinese character or mark without a dot is none.
    /// </summary>
    private static bool MayBeFileName(string line) => line.Contains('.') || line.Length == 0 || line[0] is < '\u2E80' or > '\u9FFF';

    /// <summary>Whether a text holds the month and day marks that <see cref="BylineWords.LeadDatelinePattern"/> needs (1月25日).</summary>
    internal static bool MayHoldDateline(ReadOnlySpan<char> text) =>
        text.Contains(Marks.Month, StringComparison.Ordinal) && text.Contains(Marks.Day, StringComparison.Ordinal);

    /// <summary>Whether a text holds an opening and a closing bracket, as the bracketed credits of a lead need.</summary>
    private static bool HasBrackets(ReadOnlySpan<char> text) =>
        text.IndexOfAny(Marks.OpenBrackets) >= 0 && text.IndexOfAny(Marks.CloseBrackets) >= 0;

    /// <summary>
    /// Whether <see cref="ReadLead"/> may find anything in <paramref name="head"/> (its first <see cref="LeadLength"/>
    /// characters): a dateline's month and day while no date is known, or a pair of brackets.
    /// </summary>
    public static bool MayHoldLead(ReadOnlySpan<char> head, BylineFindings findings) =>
        (findings.Published is null && MayHoldDateline(head)) || HasBrackets(head);

    /// <summary>
    /// Whether a line may be a note of the text's sources as <see cref="BylineWords.SourceNote"/> reads one: it opens
    /// with a Han character and holds a blank (the pattern's <c>\s</c> after the label); most short lines hold none.
    /// </summary>
    private static bool MayBeSourceNote(string line)
    {
        if (line[0] is < '\u4E00' or > '\u9FFF')
        {
            return false;
        }
        foreach (char c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a line holds a colon: the labelled patterns (SpacedLabel, InterviewPattern) need one.</summary>
    private static bool HasColon(string line) => line.AsSpan().IndexOfAny(Marks.Colons) >= 0;

    /// <summary>
    /// Whether a line holds two bars, as <see cref="MenuPattern"/> needs (three entries): most lines hold none. A table's row
    /// dumped with bars is no menu: a cell that is a bare Arabic number beside a cell of five or more ideographs
    /// (高新区 | 农业保险 | 10.8 | 社会事务局 |); a pager (上一页 | 1 | 2 | 下一页) and a menu (首页 | 新闻动态 | 联系我们) stay menus.
    /// </summary>
    private static bool MayBeMenu(string line)
    {
        var first = line.AsSpan().IndexOfAny(Marks.Bars);
        return first >= 0 && line.AsSpan(first + 1).IndexOfAny(Marks.Bars) >= 0 && !IsTableRow(line);
    }

    /// <summary>The fewest ideographs of a table row's label cell (see <see cref="MayBeMenu"/>).</summary>
    private const int TableRowLabelIdeographs = 5;

    /// <summary>A bar-separated line holding a bare Arabic number cell and a cell of <see cref="TableRowLabelIdeographs"/> ideographs.</summary>
    private static bool IsTableRow(string line)
    {
        var number = false;
        var label = false;
        foreach (var range in line.AsSpan().SplitAny(Marks.Bars))
        {
            var cell = line.AsSpan()[range].Trim();
            if (cell.IsEmpty)
            {
                continue;
            }
            var digits = 0;
            var ideographs = 0;
            var other = 0;
            foreach (var c in cell)
            {
                if (CharKinds.ArabicDigit(c) >= 0)
                {
                    digits++; // 10.8 and the full-width １０.８ of a copied table
                }
                else if (CharKinds.Narrow(c) is '.' or ',')
                {
                    other += digits == 0 ? 1 : 0;
                }
                else if (CharKinds.IsIdeograph(c))
                {
                    ideographs++;
                    other++;
                }
                else
                {
                    other++;
                }
            }
            number |= digits > 0 && other == 0;
            label |= ideographs >= TableRowLabelIdeographs;
        }
        return number && label;
    }

    /// <summary>
    /// Whether the end of a paragraph may hold <see cref="BylineWords.TailReporterPattern"/>: its last character
    /// other than white space closes a bracket.
    /// </summary>
    public static bool EndsWithCloseBracket(ReadOnlySpan<char> tail)
    {
        var end = tail.Length;
        while (end > 0 && char.IsWhiteSpace(tail[end - 1]))
        {
            end--;
        }
        return end > 0 && Marks.CloseBrackets.Contains(tail[end - 1]);
    }

    /// <summary>
    /// Whether a furniture line dates, sources or credits the story (2020年09月22日 12:11 来源:兵团日报,
    /// 芜湖日报记者 付君兰, 作者:…): a line the annotation rules read for facts, unlike a share bar, a
    /// counter, a menu, a breadcrumb or a file name, which name none.
    /// </summary>
    public static bool IsCreditLine(string line) => IsCreditLine(new FurnitureLine(line));

    /// <summary><see cref="IsCreditLine(string)"/> on a line read once (<see cref="FurnitureLine"/>).</summary>
    internal static bool IsCreditLine(FurnitureLine reading)
    {
        var line = reading.Text;
        // A menu needs two bars and a breadcrumb a pointer (MayBeMenu, as IsFurniture tests them): most lines hold neither.
        if (IsFileName(line) || (line.Length <= MaxMenuLength && MayBeMenu(line) && MenuPattern().IsMatch(line))
            || (line.AsSpan().IndexOfAny(Marks.Pointers) >= 0 && BreadcrumbPattern().IsMatch(line)))
        {
            return false;
        }
        return reading.Date is not null || ChineseDateline(line) is not null || reading.Source.Success
            || (reading.MayHoldLabel && BylineWords.AuthorPattern.IsMatch(reading.Labelled)) || reading.Editor.Success;
    }

    /// <summary>Collects date, source and people from a furniture line.</summary>
    public static void Read(string line, BylineFindings findings) => Read(new FurnitureLine(line), findings);

    /// <summary><see cref="Read(string, BylineFindings)"/> on a line read once (<see cref="FurnitureLine"/>).</summary>
    internal static void Read(FurnitureLine reading, BylineFindings findings)
    {
        var line = reading.Text;
        if (findings.Published is null && (reading.Date ?? ChineseDateline(line)) is { } date)
        {
            findings.Published = date;
        }
        if (findings.Source is null && reading.Source is { Success: true } source)
        {
            var value = CutAtStopWord(source.Groups["v"].Value).Trim(SourceTrimChars);
            if (value.Length is > 0 and <= 30)
            {
                findings.Source = value;
            }
        }
        for (var m = reading.Editor; m.Success; m = m.NextMatch())
        {
            // 一审:周满荣   二审:宁基   三审:周秋连: the match runs to the line's end, over the next labels; each label's names are read.
            for (var value = m.Groups["v"].Value; value.Length > 0;)
            {
                foreach (var name in ReadNames(value))
                {
                    findings.AddEditor(name);
                }
                var next = BylineWords.EditorPattern.Match(value);
                value = next.Success ? next.Groups["v"].Value : string.Empty;
            }
        }
        if (!reading.MayHoldLabel)
        {
            return; // no author's or reporter's label: no author to read
        }
        var withoutEditors = BylineWords.EditorPattern.Replace(reading.Labelled, string.Empty);
        foreach (Match m in BylineWords.AuthorPattern.Matches(withoutEditors))
        {
            var value = m.Groups["v"].Value;
            if (IsPhotoCredit(value))
            {
                // 记者 李四 通讯员 张三摄: only the last label's names took the pictures.
                var labels = BylineWords.ReporterLabel.Matches(value);
                if (labels.Count == 0)
                {
                    continue;
                }
                value = value[..labels[^1].Index];
            }
            foreach (var name in ReadNames(value))
            {
                findings.AddAuthor(name);
            }
        }
    }

    /// <summary>
    /// Reporters named in the lead of an article (天山网讯(记者姜小薇报道), 新京报快讯（记者裴剑飞）), and
    /// its dateline when the header gave no date.
    /// </summary>
    public static void ReadLead(string paragraph, BylineFindings findings)
    {
        var head = paragraph.Length > LeadLength ? paragraph[..LeadLength] : paragraph;
        // The three lead patterns each need a dateline word or a reporter's label: a lead with no label word matches none.
        if (!BylineWords.MayHoldLabel(head))
        {
            return;
        }
        if (findings.Published is null && MayHoldDateline(head) && BylineWords.LeadDatelinePattern.Match(head) is { Success: true } dateline)
        {
            int month = TextClasses.DigitsValue(dateline.Groups["m"].ValueSpan);
            int day = TextClasses.DigitsValue(dateline.Groups["d"].ValueSpan);
            if (!dateline.Groups["y"].Success)
            {
                // 2月29日 may be: a leap year is the widest.
                if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month))
                {
                    findings.PublishedMonthDay ??= (month, day);
                }
            }
            else if (TextClasses.DigitsValue(dateline.Groups["y"].ValueSpan) is var year
                && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                findings.Published = new PublishedStamp(new DateOnly(year, month, day), null, false, null);
            }
        }
        // Both reporter patterns read a credit in brackets: a lead without a bracket pair holds none.
        if (!HasBrackets(head))
        {
            return;
        }
        var m = BylineWords.LeadReporterPattern.Match(head);
        if (m.Success)
        {
            ReadCredit(m.Groups["v"].Value).ForEach(findings.AddAuthor);
            return;
        }
        // Names alone in brackets after the dateline word count only when they fill the brackets.
        var bare = BylineWords.LeadBareNamesPattern.Match(head);
        if (bare.Success && ReadCredit(bare.Groups["v"].Value) is { Count: > 0 } names && FillsValue(names, bare.Groups["v"].Value)
            && !names.Any(BylineWords.LooksLikeOrganisation))
        {
            names.ForEach(findings.AddAuthor);
        }
    }

    /// <summary>The names of a reporters' credit, whose labels may separate groups of names (吕游 通讯员 薛建英 李文龙).</summary>
    private static List<string> ReadCredit(string value)
    {
        var names = new List<string>();
        foreach (var part in BylineWords.ReporterLabel.Split(value))
        {
            if (IsPhotoCredit(part))
            {
                continue;
            }
            var stripped = StripReportSuffix(part);
            var found = ReadNames(stripped);
            // 彭冲 冠县报道: the word before 报道 may be where the report was filed, not a second reporter.
            if (stripped.Length < part.TrimEnd().Length && found.Count > 1 && PlaceSuffixes.Contains(found[^1][^1]))
            {
                found.RemoveAt(found.Count - 1);
            }
            names.AddRange(found);
        }
        return names;
    }

    /// <summary>Whether the names, with one separator between each two, make up the whole of <paramref name="value"/>.</summary>
    private static bool FillsValue(List<string> names, string value) =>
        names.Sum(n => n.Length) + names.Count - 1 >= StripReportSuffix(value).Trim().Length;

    /// <summary>A line whose label is spelled out with blanks (通 讯 员:马 瑞) with the label closed up.</summary>
    internal static string CloseUpLabel(string line)
    {
        // What the pattern needs before it is run on every short line: a blank after the first character, and a colon.
        if (line.Length < 3 || line[1] is not (' ' or '\u3000') || !HasColon(line))
        {
            return line;
        }
        var m = BylineWords.SpacedLabel.Match(line);
        if (!m.Success)
        {
            return line;
        }
        var label = m.Groups["label"].Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal);
        return label + line[m.Length..];
    }

    /// <summary>A source from a meta tag, which may repeat the label (来源：新华日报).</summary>
    public static string? CleanSource(string value)
    {
        var m = BylineWords.SourcePattern.Match(value);
        var source = (m.Success ? m.Groups["v"].Value : value).Trim();
        return source.Length is > 0 and <= 30 ? source : null;
    }

    /// <summary>Reporters named at the end of the last paragraph: （记者 胡晓蓉）, （常书香 马丹阳）.</summary>
    public static void ReadTail(string paragraph, BylineFindings findings)
    {
        var tail = paragraph.Length > LeadLength ? paragraph[^LeadLength..] : paragraph;
        if (!EndsWithCloseBracket(tail))
        {
            return;
        }
        var m = BylineWords.TailReporterPattern.Match(tail);
        if (!m.Success)
        {
            return;
        }
        var value = m.Groups["v"].Value;
        var names = ReadCredit(value);
        // Without a 记者 label only names that fill the brackets are a byline: several, or one that opens
        // with a surname ((李雪松)); （新华社） or （图） is not.
        if (m.Groups["label"].Success ? names.Count > 0
            : FillsValue(names, value) && (names.Count >= 2 || (names.Count == 1 && BylineWords.StartsWithSurname(names[0]) && names[0].Length <= MaxTailName)))
        {
            names.ForEach(findings.AddAuthor);
        }
    }

    /// <summary>The longest single name read from the brackets closing an article without a label.</summary>
    private const int MaxTailName = 3;

    /// <summary>
    /// Whether a credit is a photographer's: it closes with a photo mark (新华社记者兰红光摄) or opens with one as its label, a colon or
    /// a space after it (攝影:周立文): its names took the pictures. The one test of a byline's credit and of the bracketed credit closing
    /// a photo's caption (CopiedPageReader); a photo mark inside other words (摄制组) makes no credit. Inside the credit the mark
    /// closes the names when the place the picture was taken follows it (记者任昱炎攝於西辛莊村; byline-labels.tsv, photo-at); not
    /// before a space (記者 王小明 攝影 李大同: 攝影 labels the next name there).
    /// </summary>
    internal static bool IsPhotoCredit(ReadOnlySpan<char> value)
    {
        var trimmed = value.TrimEnd().TrimEnd(Marks.CloseBrackets).TrimEnd();
        var opening = trimmed.TrimStart().TrimStart(Marks.OpenBrackets).TrimStart();
        foreach (var suffix in BylineWords.PhotoSuffixes)
        {
            if (trimmed.EndsWith(suffix, StringComparison.Ordinal)
                || (opening.Length > suffix.Length && opening.StartsWith(suffix, StringComparison.Ordinal)
                    && (Marks.Colons.Contains(opening[suffix.Length]) || char.IsWhiteSpace(opening[suffix.Length]))))
            {
                return true;
            }
            for (var at = opening.IndexOf(suffix, StringComparison.Ordinal); at >= 0; at = NextAt(opening, suffix, at))
            {
                var after = opening[(at + suffix.Length)..];
                if (at > 0 && StartsWithAny(after, BylineWords.PhotoPlaceWords))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The next place <paramref name="suffix"/> stands in <paramref name="text"/> after <paramref name="at"/>, or -1.</summary>
    private static int NextAt(ReadOnlySpan<char> text, string suffix, int at)
    {
        var next = text[(at + 1)..].IndexOf(suffix, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static string StripReportSuffix(string value)
    {
        value = value.TrimEnd();
        foreach (var suffix in BylineWords.ReportSuffixes)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal))
            {
                return value[..^suffix.Length];
            }
        }
        return value;
    }

    /// <summary>The first plausible date in <paramref name="text"/>, with its time if stated.</summary>
    public static PublishedStamp? FindDate(string text)
    {
        foreach (Match m in DatePattern().Matches(text))
        {
            if (ToStamp(m) is { } stamp)
            {
                return stamp;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<H>\d{1,2}):(?<M>\d{2})(?::(?<S>\d{2})(?:\.\d+)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2})?)?")]
    private static partial Regex IsoDatePattern();

    /// <summary>Parses a machine date from a meta tag (ISO 8601, with its offset if given) or, failing that, the page's own date pattern.</summary>
    public static PublishedStamp? ParseMachineDate(string value)
    {
        value = value.Trim();
        var m = IsoDatePattern().Match(value);
        if (!m.Success || ToStamp(m) is not { } stamp)
        {
            return FindDate(value);
        }
        if (stamp.Time is null || !m.Groups["z"].Success)
        {
            return stamp;
        }
        var zone = m.Groups["z"].Value;
        if (zone == "Z")
        {
            return stamp with { Offset = TimeSpan.Zero };
        }
        var digits = zone.Replace(":", string.Empty, StringComparison.Ordinal);
        var hours = TextClasses.DigitsValue(digits.AsSpan(1, 2));
        var minutes = TextClasses.DigitsValue(digits.AsSpan(3, 2));
        var offset = new TimeSpan(hours, minutes, 0);
        return hours > 14 ? stamp : stamp with { Offset = zone[0] == '-' ? -offset : offset };
    }

    private static PublishedStamp? ToStamp(Match m)
    {
        var year = TextClasses.DigitsValue(m.Groups["y"].ValueSpan);
        var month = TextClasses.DigitsValue(m.Groups["m"].ValueSpan);
        var day = TextClasses.DigitsValue(m.Groups["d"].ValueSpan);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        var date = new DateOnly(year, month, day);
        if (!m.Groups["H"].Success)
        {
            return new PublishedStamp(date, null, false, null);
        }
        var hour = TextClasses.DigitsValue(m.Groups["H"].ValueSpan);
        var minute = TextClasses.DigitsValue(m.Groups["M"].ValueSpan);
        var second = m.Groups["S"].Success ? TextClasses.DigitsValue(m.Groups["S"].ValueSpan) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return new PublishedStamp(date, null, false, null);
        }
        return new PublishedStamp(date, new TimeOnly(hour, minute, second), m.Groups["S"].Success, null);
    }

    /// <summary>Names in a label's value: 张治立 于熙, 王建宏、张文攀; stops at the next label or a date.</summary>
    internal static List<string> ReadNames(string value)
    {
        var names = new List<string>();
        // 記者王小明／台北報導: after the slash comes the place the report was filed from.
        if (BylineWords.FiledFromPattern.Match(value) is { Success: true } filed)
        {
            value = value[..filed.Index];
        }
        var rest = value.AsSpan().Trim(NameTrim);
        foreach (var stop in StopWords)
        {
            if (rest.StartsWith(stop, StringComparison.Ordinal))
            {
                return names;
            }
        }
        // 霍琦来源：新京报 - the next label may follow a name without a space.
        rest = CutAtStopWord(rest.ToString()).AsSpan();
        while (!rest.IsEmpty)
        {
            foreach (var stop in StopWords)
            {
                if (rest.StartsWith(stop, StringComparison.Ordinal))
                {
                    return names;
                }
            }
            if (BylineWords.PaddedName.Match(rest.ToString()) is { Success: true } padded)
            {
                AddName(names, padded.Groups["a"].Value + padded.Groups["b"].Value);
                rest = rest[padded.Length..];
                var gap = rest.Length - rest.TrimStart(NameSeparators).Length;
                if (gap == 0)
                {
                    break;
                }
                rest = rest[gap..];
                continue;
            }
            var m = NameAtStart().Match(rest.ToString());
            if (!m.Success)
            {
                break;
            }
            // 兰红光摄: the photographer's credit closes the name without a blank.
            var cut = CutAtStopWord(m.Value);
            var name = StripReportSuffix(cut) is { Length: >= 2 } stripped ? stripped : cut;
            // 山东冠县报道: a place where the reporter filed from, not a second reporter.
            if ((name.Length >= 4 || name.Length < cut.Length) && PlaceSuffixes.Contains(name[^1]))
            {
                break;
            }
            AddName(names, name);
            if (cut.Length < m.Value.Length)
            {
                break;
            }
            rest = rest[m.Length..];
            var separators = rest.Length - rest.TrimStart(NameSeparators).Length;
            if (separators == 0)
            {
                break;
            }
            rest = rest[separators..];
        }
        return names;
    }

    private static void AddName(List<string> names, string name)
    {
        if (name.Length >= 2 && !NotNames.Contains(name))
        {
            names.Add(name);
        }
    }

    private static string CutAtStopWord(string value)
    {
        var cut = value.Length;
        foreach (var stop in StopWords)
        {
            var at = value.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0 && at < cut)
            {
                cut = at;
            }
        }
        return value[..cut];
    }

}

/// <summary>
/// One line as the furniture tests read it: its spelled-out label closed up (通 讯 员: as 通讯员:), and, made at
/// their first use and then kept, the line with the words that only look like labels blanked (小记者, 记者会), the
/// first matches of the source and editor patterns and its first plausible date. <see cref="Byline.IsFurniture(FurnitureLine)"/>, <see cref="Byline.IsCreditLine(FurnitureLine)"/>
/// and <see cref="Byline.Read(FurnitureLine, BylineFindings)"/> share one, so each pattern runs once per line.
/// </summary>
internal sealed class FurnitureLine(string line)
{
    private string? _labelled;
    private Match? _source;
    private Match? _editor;
    private PublishedStamp? _date;
    private bool _dated;
    private bool? _mayHoldLabel;

    /// <summary>The line, its label closed up.</summary>
    public string Text { get; } = Byline.CloseUpLabel(line);

    /// <summary>
    /// Whether <see cref="Text"/> holds a label word (<see cref="BylineWords.MayHoldLabel"/>). Without one, no label
    /// pattern matches it, nor <see cref="Labelled"/> (which only blanks label words) nor what is left of it once its
    /// editors are cut: the patterns are skipped and the results are as they would give them.
    /// </summary>
    public bool MayHoldLabel => _mayHoldLabel ??= BylineWords.MayHoldLabel(Text);

    /// <summary><see cref="Text"/> with <see cref="BylineWords.NotLabel"/>'s words blanked, as the label patterns read it.</summary>
    public string Labelled => _labelled ??= MayHoldLabel ? BylineWords.NotLabel.Replace(Text, " ") : Text;

    /// <summary><see cref="BylineWords.SourcePattern"/>'s first match in <see cref="Text"/>.</summary>
    public Match Source => _source ??= MayHoldLabel ? BylineWords.SourcePattern.Match(Text) : Match.Empty;

    /// <summary><see cref="BylineWords.EditorPattern"/>'s first match in <see cref="Text"/> (the others by <see cref="Match.NextMatch"/>).</summary>
    public Match Editor => _editor ??= MayHoldLabel ? BylineWords.EditorPattern.Match(Text) : Match.Empty;

    /// <summary>The first plausible date of <see cref="Text"/> (<see cref="Byline.FindDate"/>), or null.</summary>
    public PublishedStamp? Date
    {
        get
        {
            if (!_dated)
            {
                _date = Byline.FindDate(Text);
                _dated = true;
            }
            return _date;
        }
    }
}
