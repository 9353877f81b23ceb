using System.Globalization;
using System.Text.RegularExpressions;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Documents;

/// <summary>The body paragraphs and the headline found in a text, with its furniture's findings.</summary>
internal sealed class PageLayout
{
    public List<(int Start, int Length)> Paragraphs { get; } = [];

    /// <summary>
    /// The header's lines that are read for facts though they are no body, in order: the headline with its
    /// kicker and subtitle, and the lines that date, source or credit the story (the annotation rules read
    /// every line but navigation and share bars).
    /// </summary>
    public List<(int Start, int Length)> Header { get; } = [];

    public string? Title { get; set; }
    public BylineFindings Findings { get; } = new();
}

/// <summary>
/// Reads text copied from a web page (or any plain text): splits it into lines, takes the headline
/// and the labelled furniture lines (来源, 编辑, dates, share bars, breadcrumbs, image names) out of
/// the body as metadata, and returns the remaining lines as body paragraphs. Paragraphs are ranges
/// of the text as given: furniture is skipped, never cut out of the offset space.
/// </summary>
internal static class CopiedPageReader
{
    /// <summary>A line this long, or one with a full stop, is running text: the page's header ends before it.</summary>
    private const int BodyLineLength = 60;

    /// <summary>
    /// Search keywords joined by underscores, a spam banner a reprint farm puts over the page (one keyword_another_a
    /// third…): furniture however long, so it neither ends the header nor becomes the headline or the body.
    /// </summary>
    private static bool IsKeywordBanner(ReadOnlySpan<char> line) =>
        line.Count(KeywordJoiner) >= MinKeywordJoins && line.IndexOfAny(Marks.Commas) < 0 && !line.Contains(Marks.FullStop, StringComparison.Ordinal);

    private const char KeywordJoiner = '_';

    private const int MinKeywordJoins = 3;

    /// <summary>Site names stand alone above the headline: 央广网, 人民网, 新疆日报.</summary>
    private const int SiteNameLength = 10;

    /// <summary>Lines up to this length are copied out for the furniture and headline checks.</summary>
    private const int MaxCopiedLine = 200;

    /// <summary>A line that writes a date in digits and nothing else (2019年2月18日, 2021-07-13 10:22, ２０１９年２月１８日).</summary>
    private static bool IsDateAlone(string line)
    {
        foreach (var c in line)
        {
            var narrow = CharKinds.Narrow(c);
            if (!char.IsWhiteSpace(c) && !char.IsAsciiDigit(narrow) && narrow is not ('-' or '/' or '.' or ':')
                && !Marks.Year.Contains(c) && !Marks.Month.Contains(c) && !Marks.Day.Contains(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A time of day (2021-07-13 10:22): a comment's or a post's timestamp, not a notice's closing date.</summary>
    private static bool HasTimeOfDay(string line) => line.Contains(':') || line.Contains('\uFF1A');

    /// <summary>At most this many lines (the senders, a signature) stand between a notice's last paragraph and its closing date.</summary>
    private const int MaxLinesBeforeClosingDate = 3;

    /// <summary>
    /// A notice's closing date line (…如期完成。/ 巴中市财政局 / 2019年2月18日): the first date-alone line after the last
    /// paragraph of running text, with at most <see cref="MaxLinesBeforeClosingDate"/> lines between and no other date-alone
    /// line after it (dates under a list of related links are many). -1 when there is none.
    /// </summary>
    private static int ClosingDateLine(string text, List<(int Start, int Length)> lines, bool[] furniture, bool[] closingDate)
    {
        var lastParagraph = -1;
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            if (!furniture[i] && (lines[i].Length >= BodyLineLength || text.AsSpan(lines[i].Start, lines[i].Length).Contains(Marks.FullStop, StringComparison.Ordinal)))
            {
                lastParagraph = i;
                break;
            }
        }
        if (lastParagraph < 0)
        {
            return -1;
        }
        var first = Array.IndexOf(closingDate, true, lastParagraph + 1);
        if (first < 0 || first - lastParagraph - 1 > MaxLinesBeforeClosingDate || Array.IndexOf(closingDate, true, first + 1) >= 0)
        {
            return -1;
        }
        return first;
    }

    public static PageLayout Read(string text)
    {
        var layout = new PageLayout();
        var lines = SplitLines(text);
        var headerEnd = lines.FindIndex(l => (l.Length >= BodyLineLength && !IsKeywordBanner(text.AsSpan(l.Start, l.Length)))
            || text.AsSpan(l.Start, l.Length).Contains(Marks.FullStop, StringComparison.Ordinal));
        if (headerEnd < 0)
        {
            headerEnd = lines.Count;
        }

        var furniture = new bool[lines.Count];
        // Furniture lines that are still read for facts: the headline's, and the dateline, source and byline lines.
        var read = new bool[lines.Count];
        var closingDate = new bool[lines.Count];
        // Only short lines can be furniture or a headline; long ones are not copied out of the text,
        // so a 100 MB line costs no second copy.
        var texts = new string?[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            texts[i] = lines[i].Length <= MaxCopiedLine ? text.Substring(lines[i].Start, lines[i].Length) : null;
            if (i < headerEnd && IsKeywordBanner(text.AsSpan(lines[i].Start, lines[i].Length)))
            {
                furniture[i] = true;
                continue;
            }
            // One reading of the line serves the three furniture tests (FurnitureLine).
            if (texts[i] is { Length: > 0 } line && new FurnitureLine(line) is var reading && Byline.IsFurniture(reading)
                && !(i >= headerEnd && IsPhotoCaption(line)))
            {
                furniture[i] = true;
                read[i] = i < headerEnd && Byline.IsCreditLine(reading);
                // A date alone below the body may be a notice's closing date (2019年2月18日): chosen below, once the body is known.
                closingDate[i] = i >= headerEnd && Byline.IsCreditLine(reading) && reading.Date is not null && IsDateAlone(line) && !HasTimeOfDay(line);
                Byline.Read(reading, layout.Findings);
                if (LoneName(line, out bool marked) is { } name && marked)
                {
                    layout.Findings.AddAuthor(name);
                }
            }
        }

        // A paper's byline under its headline on a reprint farm: a line of names alone (钱 坤,张云亮).
        for (int i = 0; i < headerEnd; i++)
        {
            if (!furniture[i] && texts[i] is { } line && AuthorLine(line, i + 1 < lines.Count ? texts[i + 1] : null) is { } names)
            {
                furniture[i] = true;
                read[i] = true;
                names.ForEach(layout.Findings.AddAuthor);
                if (i + 1 < headerEnd && texts[i + 1] is { } next && IsAffiliation(next))
                {
                    furniture[i + 1] = true;
                }
            }
        }

        // A wire story states its headline on a 题： line; it outranks the first line of the header.
        int titleLine = FindTitleLine(texts, headerEnd);
        if (titleLine >= 0)
        {
            var stated = texts[titleLine]!;
            var dateline = BylineWords.LeadDatelinePattern.Match(stated);
            if (dateline.Success)
            {
                // 新華社長沙1月28日電 題:…: the wire's dateline dates the story.
                Byline.ReadLead(stated, layout.Findings);
            }
            layout.Title = stated[(stated.IndexOfAny(TitleLabelColons, dateline.Success ? dateline.Length : 0) + 1)..].Trim();
            furniture[titleLine] = true;
            read[titleLine] = true;
        }

        // The headline: the first line of the header that is not furniture. A site name standing
        // alone above it (央广网) is furniture too; a line opening with a dash under it is its subtitle.
        // A lone name (□張騁, a byline without its label) is the author, never the headline.
        int titleIndex = -1;
        var headerHasFurniture = Array.IndexOf(furniture, true, 0, headerEnd) >= 0;
        for (int i = 0; i < headerEnd; i++)
        {
            if (furniture[i])
            {
                continue;
            }
            if (texts[i] is null)
            {
                break;
            }
            if (IsSiteName(texts[i]!) && NextNonFurniture(furniture, i + 1, headerEnd) >= 0)
            {
                furniture[i] = true;
                continue;
            }
            if (LoneName(texts[i]!, out bool marked) is { } author && NextNonFurniture(furniture, i + 1, lines.Count) >= 0)
            {
                // Too short for a headline. With a byline mark it is the author; bare, it may be a
                // section name (要闻) as well as a name, so it is only left out.
                furniture[i] = true;
                if (marked)
                {
                    read[i] = true;
                    layout.Findings.AddAuthor(author);
                }
                continue;
            }
            if (layout.Title is not null)
            {
                break;
            }
            // A caption in brackets at the top of the text ((资料图片仅供参考)) is furniture, and the headline, if
            // the page had one, was above it: the lines after it are the article's body.
            if (IsBracketed(texts[i]!))
            {
                furniture[i] = true;
                break;
            }
            // A kicker over the headline (…小山村,村集体经济经营性收入超100万——) leads into it.
            if (IsKicker(texts[i]!) && NextNonFurniture(furniture, i + 1, headerEnd) >= 0)
            {
                furniture[i] = true;
                read[i] = true;
                continue;
            }
            // A line closed by a comma is the first clause of running text, not a headline.
            if (Marks.Commas.Contains(texts[i]![^1]) || texts[i]![^1] == Marks.ListComma)
            {
                break;
            }
            // Without any furniture in the header a short first line is still a headline only when the
            // text goes on after it, so a one-line note is not mistaken for one.
            if (headerHasFurniture || i + 1 < lines.Count)
            {
                titleIndex = i;
            }
            break;
        }
        if (titleIndex >= 0)
        {
            layout.Title = texts[titleIndex];
            furniture[titleIndex] = true;
            read[titleIndex] = true;
            var next = titleIndex + 1;
            if (next < headerEnd && texts[next] is { } subtitle && IsSubtitle(subtitle))
            {
                furniture[next] = true;
                read[next] = true;
            }
        }

        if (layout.Title is { } question && IsQuestion(question))
        {
            MarkAnswerers(texts, lines, furniture, titleIndex + 1, layout.Findings);
        }

        if (layout.Title is null && headerEnd == 0 && lines.Count > 0)
        {
            lines[0] = ReadRunTogetherHeader(text, lines[0], layout);
        }

        for (int i = 0; i < lines.Count; i++)
        {
            // The headline repeated under the article (a related-link or print footer) is furniture too.
            if (!furniture[i] && layout.Title is not null && i > titleIndex && texts[i] == layout.Title)
            {
                furniture[i] = true;
            }
        }

        bool leadRead = false;
        var lastBody = Array.LastIndexOf(furniture, false);
        if (ClosingDateLine(text, lines, furniture, closingDate) is var closing and >= 0)
        {
            read[closing] = true;
        }
        for (int i = 0; i < lines.Count; i++)
        {
            if (furniture[i])
            {
                if (read[i])
                {
                    layout.Header.Add(lines[i]);
                }
                continue;
            }
            if (i == lastBody)
            {
                var (start, length) = lines[i];
                // Copied out only when its end may close a reporter's credit in brackets.
                if (Byline.EndsWithCloseBracket(text.AsSpan(start + Math.Max(0, length - Byline.LeadLength), Math.Min(length, Byline.LeadLength))))
                {
                    Byline.ReadTail(text.Substring(start + Math.Max(0, length - Byline.LeadLength), Math.Min(length, Byline.LeadLength)), layout.Findings);
                }
            }
            layout.Paragraphs.Add(lines[i]);
            if (!leadRead && lines[i].Length >= BodyLineLength / 2)
            {
                if (Byline.MayHoldLead(text.AsSpan(lines[i].Start, Math.Min(lines[i].Length, Byline.LeadLength)), layout.Findings))
                {
                    Byline.ReadLead(text.Substring(lines[i].Start, Math.Min(lines[i].Length, Byline.LeadLength)), layout.Findings);
                }
                leadRead = true;
            }
        }
        return layout;
    }

    /// <summary>Separators between the names of a paper's byline (钱 坤,张云亮; 伍子軒 劉慧妍; 王晓宾、马华).</summary>
    private static readonly char[] NameListSeparators = [.. Marks.Commas, Marks.ListComma, .. Marks.ClauseEnds];

    /// <summary>
    /// The names of a header line that holds only people's names, each of two or three characters opening
    /// with a surname (a name padded to three, 钱 坤, closes up): two or more, or one when the next line
    /// is the authors' affiliation ((1.長江大學,湖北 荊州…)); null for any other line.
    /// </summary>
    private static List<string>? AuthorLine(string line, string? next)
    {
        if (!MayBeNameList(line))
        {
            return null;
        }
        var names = new List<string>();
        foreach (var group in line.Split(NameListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (BylineWords.PaddedName.Match(group) is { Success: true } padded && padded.Length == group.Length)
            {
                names.Add(padded.Groups["a"].Value + padded.Groups["b"].Value);
                continue;
            }
            foreach (var name in group.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(name);
            }
        }
        foreach (var name in names)
        {
            if (name.Length is < 2 or > MaxLoneNameLength || !IsHan(name) || !BylineWords.StartsWithSurname(name))
            {
                return null;
            }
        }
        return names.Count >= 2 || (names.Count == 1 && next is not null && IsAffiliation(next)) ? names : null;
    }

    /// <summary>
    /// Whether a line is made only of Han runs no longer than a name, separators and blanks, as a line of
    /// names is (<see cref="AuthorLine"/>): checked before the line is split, since most lines are running text.
    /// </summary>
    private static bool MayBeNameList(string line)
    {
        var run = 0;
        foreach (char c in line)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                if (++run > MaxLoneNameLength)
                {
                    return false;
                }
                continue;
            }
            run = 0;
            if (!char.IsWhiteSpace(c) && Array.IndexOf(NameListSeparators, c) < 0)
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsHan(string text)
    {
        foreach (char c in text)
        {
            if (c is < '\u4E00' or > '\u9FFF')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The numbered affiliations under a paper's byline: (1.南京林业大学…;2.…).</summary>
    private static bool IsAffiliation(string line) =>
        line.Length > 3 && Marks.OpenBrackets.Contains(line[0]) && line[1] == '1' && (line[2] is '.' or '\uFF0E' || line[2] == Marks.ListComma);

    /// <summary>The longest user name of a question-and-answer page's answer line (农民是天, 枯樹臨風).</summary>
    private const int MaxAnswererLength = 8;

    private static bool IsQuestion(string title) => title.EndsWith('?') || title.EndsWith('\uFF1F');

    /// <summary>
    /// On a question-and-answer page (a headline that asks: 一個駐村工作隊隊員的生活是怎樣的?) each answer
    /// opens with its writer's user name on a line of its own, perhaps after the answer's vote count
    /// (50枯樹臨風): such lines, each followed by running text, are furniture and their names authors.
    /// A section heading looks the same, so the page must show two such lines, one with a vote count.
    /// </summary>
    private static void MarkAnswerers(string?[] texts, List<(int Start, int Length)> lines, bool[] furniture, int from, BylineFindings findings)
    {
        var answers = new List<(int Line, string Name)>();
        bool voted = false;
        for (int i = Math.Max(from, 0); i < texts.Length; i++)
        {
            if (furniture[i] || texts[i] is not { } line || Answerer(line) is not { } name)
            {
                continue;
            }
            var next = NextNonFurniture(furniture, i + 1, lines.Count);
            if (next >= 0 && lines[next].Length >= BodyLineLength / 2)
            {
                answers.Add((i, name));
                voted |= name.Length < line.Length;
            }
        }
        if (answers.Count < 2 || !voted)
        {
            return;
        }
        foreach (var (line, name) in answers)
        {
            furniture[line] = true;
            findings.AddAuthor(name);
        }
    }

    /// <summary>The user name of an answer line (an optional vote count, then two to eight Chinese characters); null for any other line.</summary>
    private static string? Answerer(string line)
    {
        var span = line.AsSpan().TrimStart("0123456789");
        if (span.Length < 2 || span.Length > MaxAnswererLength)
        {
            return null;
        }
        foreach (char c in span)
        {
            if (c is < '\u4E00' or > '\u9FFF')
            {
                return null;
            }
        }
        return span.ToString();
    }

    /// <summary>The longest header run read before the bracketed date of a text run together on one line.</summary>
    private const int MaxRunTogetherHeader = 100;

    /// <summary>A caption's text before its photo credit: at least this many characters of running text.</summary>
    private const int MinCaptionText = 8;

    /// <summary>
    /// A photo's caption in the body (西辛莊村黨支部書記李連成(攝影:任昱炎)): running text of at least <see cref="MinCaptionText"/>
    /// characters with no label of its own, then the photographer's credit in brackets closing the line. Its credit made it
    /// look like a byline; the annotation rules read every line but navigation and share bars, and the caption names
    /// the people and places of the story.
    /// </summary>
    private static bool IsPhotoCaption(string line)
    {
        var close = Marks.CloseBrackets.IndexOf(line[^1]);
        if (close < 0)
        {
            return false;
        }
        var open = line.LastIndexOf(Marks.OpenBrackets[close]);
        if (open < MinCaptionText || line.AsSpan(0, open).IndexOfAny(Marks.Colons) >= 0 || Byline.IsFurniture(line[..open]))
        {
            return false;
        }
        return Byline.IsPhotoCredit(line.AsSpan(open + 1, line.Length - open - 2));
    }

    /// <summary>Whether the whole line is one pair of round brackets and what they hold.</summary>
    private static bool IsBracketed(string line)
    {
        var open = line.Length > 2 ? Marks.OpenBrackets.IndexOf(line[0]) : -1;
        return open >= 0 && line[^1] == Marks.CloseBrackets[open] && line.AsSpan(1, line.Length - 2).IndexOfAny(Marks.CloseBrackets) < 0;
    }

    /// <summary>The shortest headline taken from such a header.</summary>
    private const int MinRunTogetherTitle = 4;

    /// <summary>A PDF page counter glued to the text: 第1页共10页, 第 2 頁.</summary>
    private const string PageCounter = @"(?:(?:第|共)\s*\d+\s*(?:页|頁)\s*)+";

    private const string HeaderStops = Marks.FullStop + Marks.Commas + Marks.Exclaims + Marks.ClauseEnds + Marks.OpenBrackets;

    // A page counter, then a header without sentence punctuation, then a full date in brackets.
    private static readonly Regex RunTogetherHeaderPattern = new(
        $@"^(?<counter>{PageCounter})?(?<head>[^{HeaderStops}]{{{MinRunTogetherTitle},{MaxRunTogetherHeader}}}?)[{Marks.OpenBrackets}]\s*(?<y>(?:19|20)\d{{2}})\s*{Marks.Year}\s*(?<m>\d{{1,2}})\s*{Marks.Month}\s*(?<d>\d{{1,2}})\s*{Marks.Day}\s*[{Marks.CloseBrackets}]");

    // Words that close the headline of a report, a plan or a notice (Data/title-genre-words.tsv).
    private static readonly Regex GenreWord = new(string.Join('|', WordLists.Get("title-genre-words").Values().OrderByDescending(w => w.Length)));

    /// <summary>
    /// A text dumped from a PDF or Word file may run its header into the body on one line: a page counter,
    /// the headline, perhaps a subtitle and the issuing office, then the date in brackets before the first
    /// sentence (第1页共10页石潭镇东联村…扶贫开发工作自评报告力促…工作组(2023年3月28日)根据省、市…). The
    /// headline is the header up to its last genre word (报告, 总结, 通知); without one nothing is taken.
    /// The page counter is left out of the body.
    /// </summary>
    /// <returns>The line, less a leading page counter.</returns>
    private static (int Start, int Length) ReadRunTogetherHeader(string text, (int Start, int Length) line, PageLayout layout)
    {
        // The pattern needs a bracket before a year (…(2023年3月28日)): most first lines hold neither, and are not copied.
        var span = text.AsSpan(line.Start, Math.Min(line.Length, MaxCopiedLine));
        if (span.IndexOfAny(Marks.OpenBrackets) < 0 || !span.Contains(Marks.Year, StringComparison.Ordinal))
        {
            return line;
        }
        var head = span.ToString();
        var m = RunTogetherHeaderPattern.Match(head);
        if (!m.Success)
        {
            return line;
        }
        var header = m.Groups["head"].Value;
        var genre = GenreWord.Matches(header).LastOrDefault();
        if (genre is null || genre.Index + genre.Length < MinRunTogetherTitle)
        {
            return line;
        }
        int year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        int month = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return line;
        }
        layout.Title = header[..(genre.Index + genre.Length)].Trim();
        layout.Findings.Published ??= new PublishedStamp(new DateOnly(year, month, day), null, false, null);
        var counter = m.Groups["counter"].Length;
        return (line.Start + counter, line.Length - counter);
    }

    /// <summary>The longest label before the colon of a headline line (题：, 標題：).</summary>
    private const int MaxTitleLabelLength = 2;

    private static readonly char[] TitleLabelColons = [.. Marks.Colons];

    /// <summary>The index of a header line that states the headline (题：…, 標題：…), or -1.</summary>
    private static int FindTitleLine(string?[] texts, int headerEnd)
    {
        for (int i = 0; i < headerEnd; i++)
        {
            // The label closes with a colon: a line without one states no headline.
            if (texts[i] is not { } line || line.AsSpan().IndexOfAny(TitleLabelColons) < 0)
            {
                continue;
            }
            // The label opens the line, or follows a wire's dateline (新華社長沙1月28日電 題:…).
            int from = Byline.MayHoldDateline(line) && BylineWords.LeadDatelinePattern.Match(line) is { Success: true } dateline ? dateline.Length : 0;
            while (from < line.Length && CopiedPageReader.IsBlank(line[from]))
            {
                from++;
            }
            int colon = line.IndexOfAny(TitleLabelColons, from);
            if (colon - from is > 0 and <= MaxTitleLabelLength && line.Length > colon + 1
                && BylineWords.TitleLabels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(line.AsSpan(from, colon - from)))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Longest name read as a lone byline line: a headline is rarely this short.</summary>
    private const int MaxLoneNameLength = 3;

    /// <summary>Marks that open a byline on reprinted pages (□張騁, ■ 李明, ◎李 彬).</summary>
    private const string BylineMarks = "□■◇◆●○◎";

    private static bool IsKicker(string line) => line.EndsWith('—') || line.EndsWith("--", StringComparison.Ordinal);


    /// <summary>The name of a header line that is only a name (张骋, □張騁); null for any other line.</summary>
    private static string? LoneName(string line, out bool marked)
    {
        var span = line.AsSpan();
        marked = span.Length > 0 && BylineMarks.Contains(span[0]);
        if (marked)
        {
            span = span[1..].TrimStart();
            // ◎李 彬(本刊記者): the role in brackets goes, and a name padded to the width of three
            // characters (李 彬) closes up.
            int open = span.IndexOfAny(Marks.OpenBrackets);
            if (open > 0 && Marks.CloseBrackets.Contains(span[^1]) && WordMatch.ContainsAny(span[open..], BylineWords.ReporterLabels))
            {
                span = span[..open].TrimEnd();
            }
            if (span.Length == 3 && span[1] is ' ' or '\u3000')
            {
                return LoneName(string.Concat(span[..1], span[2..]), out _) is { } padded ? padded : null;
            }
        }
        int maxLength = marked ? MaxLoneNameLength + 1 : MaxLoneNameLength;
        if (span.Length < 2 || span.Length > maxLength)
        {
            return null;
        }
        foreach (char c in span)
        {
            if (c is < '\u4E00' or > '\u9FFF')
            {
                return null;
            }
        }
        return span.ToString();
    }

    private static int NextNonFurniture(bool[] furniture, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (!furniture[i])
            {
                return i;
            }
        }
        return -1;
    }

    private static readonly string[] SiteNameEndings = BylineWords.SiteNameEndings(organisations: false);

    private static bool IsSiteName(string line) =>
        line.Length <= SiteNameLength && SiteNameEndings.Any(e => line.EndsWith(e, StringComparison.Ordinal));

    private static bool IsSubtitle(string line) =>
        line.StartsWith("——", StringComparison.Ordinal) || line.StartsWith("--", StringComparison.Ordinal) || line.StartsWith('—');

    /// <summary>
    /// The non-blank lines of <paramref name="text"/> as trimmed ranges: spaces, ideographic spaces,
    /// no-break spaces and the carriage return of CRLF are left outside the range.
    /// </summary>
    internal static List<(int Start, int Length)> SplitLines(string text)
    {
        var lines = new List<(int Start, int Length)>();
        var span = text.AsSpan();
        int start = 0;
        while (start <= span.Length)
        {
            var rest = span[start..];
            var newline = rest.IndexOf('\n');
            var end = newline < 0 ? span.Length : start + newline;
            int s = start;
            int e = end;
            while (s < e && IsBlank(span[s]))
            {
                s++;
            }
            while (e > s && IsBlank(span[e - 1]))
            {
                e--;
            }
            if (e > s)
            {
                lines.Add((s, e - s));
            }
            if (newline < 0)
            {
                break;
            }
            start = end + 1;
        }
        return lines;
    }

    internal static bool IsBlank(char c) => c is ' ' or '\t' or '\r' or '\f' or '\v' or '\u3000' or '\u00A0' or '\u200B' or '\uFEFF';
}
