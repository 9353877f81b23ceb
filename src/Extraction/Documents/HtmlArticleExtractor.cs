using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Documents;

/// <summary>The article found in a web page: its text, paragraphs, headline and furniture findings.</summary>
internal sealed class HtmlArticle
{
    public string Text { get; set; } = string.Empty;
    public List<(int Start, int Length)> Paragraphs { get; } = [];

    /// <summary>The headline's range at the start of <see cref="Text"/>, when the page has one: read for facts, not body.</summary>
    public List<(int Start, int Length)> Header { get; } = [];

    public string? Title { get; set; }
    public BylineFindings Findings { get; } = new();
}

/// <summary>
/// Finds the main text of a news page by the merits of its blocks, the way Readability and
/// GeneralNewsExtractor do: every line of text scores its block and the block's ancestors by its
/// length and its punctuation (running Chinese prose is dense with ，and 。; menus, link lists and
/// share bars are not), a block's score is discounted by the share of its text that is link text
/// and nudged by class and id names (content, article vs comment, share, footer); the best block and
/// its strong siblings are the article. No rule names a site.
/// </summary>
internal static partial class HtmlArticleExtractor
{
    /// <summary>
    /// Deeper nesting is refused before parsing: HtmlAgilityPack's parse time grows with the square
    /// of the depth (100,000 unclosed divs take minutes), and no real page nests anywhere near this.
    /// </summary>
    internal const int MaxNestingDepth = 1000;

    private const int MinScoredLine = 10;

    /// <summary>How many lines below the article are searched for its editor's credit.</summary>
    private const int FooterLines = 8;

    private static readonly FrozenSet<string> SkippedTags = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "iframe", "svg", "canvas", "select", "option", "button", "input", "textarea",
        "template", "object", "embed", "img", "video", "audio", "map", "title", "link", "meta");

    private static readonly FrozenSet<string> BlockTags = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead",
        "tfoot", "tr", "td", "th", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre",
        "figure", "figcaption", "center", "address", "form", "fieldset", "hr", "body", "html", "caption");

    // Blocks that hold one paragraph: their lines score their container, not themselves.
    private static readonly FrozenSet<string> ParagraphTags = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote", "figcaption", "caption");

    private static readonly FrozenSet<string> UnlikelyTags = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "nav", "footer", "aside");

    private static readonly FrozenSet<string> VoidTags = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "td", "tr", "th", "dt", "dd", "option", "tbody", "thead", "tfoot", "colgroup", "basefont", "frame", "keygen");

    [GeneratedRegex(@"-ad-|banner|breadcrumb|crumb|combx|comment|community|disqus|footer|foot|gdpr|menu|related|remark|replies|reply|shoutbox|sidebar|skyscraper|social|sponsor|pagination|pager|popup|share|nav|copyright|recommend|login|toolbar|topbar|rank|search|advert|guanggao|tuijian|xiangguan|pinglun|fenxiang", RegexOptions.IgnoreCase)]
    private static partial Regex UnlikelyName();

    [GeneratedRegex(@"article|body|content|main|text|detail|entry|post|story|zhengwen|正文", RegexOptions.IgnoreCase)]
    private static partial Regex MaybeArticleName();

    [GeneratedRegex(@"article|body|content|entry|main|post|text|blog|story|detail|zhengwen", RegexOptions.IgnoreCase)]
    private static partial Regex PositiveName();

    [GeneratedRegex(@"-ad-|hidden|banner|combx|comment|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|recommend|list", RegexOptions.IgnoreCase)]
    private static partial Regex NegativeName();

    // A site name after the headline: 标题_科技_腾讯网, 标题 - 新浪新闻, 标题--大河网, 标题|观察者网. The
    // suffix is short; a long tail after a dash is a subtitle (——同心奔小康...) and stays.
    [GeneratedRegex(@"\s*(?:[_" + Marks.Bars + @"]|--|\s[" + Marks.Dashes + @"]\s|-(?=[^-]{2,12}$))[^_" + Marks.Bars + @"]{0,24}$")]
    private static partial Regex SiteSuffix();

    /// <summary>Without a headline, how many lines above the body are read as its header.</summary>
    private const int HeaderLinesWithoutTitle = 15;

    /// <summary>How many lines above the body are searched for a date when the header gave none.</summary>
    private const int DateSearchLines = 40;

    /// <summary>Extracts the article of <paramref name="html"/>; notes a missing article or refused nesting in <paramref name="warnings"/>.</summary>
    public static HtmlArticle Extract(string html, List<string> warnings)
    {
        var depth = NestingDepth(html);
        if (depth > MaxNestingDepth)
        {
            warnings.Add($"HTML nested {depth} elements deep (the limit is {MaxNestingDepth}): read as text with the tags removed");
            return FromStrippedMarkup(html, warnings);
        }
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var page = PageWalker.Walk(document.DocumentNode);
        var article = new HtmlArticle();
        var metaDate = ReadMetaTags(page, article.Findings);

        var bodyLines = SelectBodyLines(page);
        var (title, titleLine) = ChooseTitle(page);
        article.Title = title;
        var firstBody = bodyLines.Count > 0 ? bodyLines[0] : page.Lines.Count;
        ReadHeader(page, article.Findings, titleLine, firstBody);
        BuildBody(page, bodyLines, title, titleLine, article);
        ReadPeopleBelow(page, bodyLines, article.Findings);

        // The date the reader sees under the headline outranks the machine date of a meta tag, which
        // is often in UTC or the time of the last edit.
        article.Findings.Published ??= metaDate ?? NearestDateAbove(page, firstBody, titleLine);
        if (article.Paragraphs.Count == 0)
        {
            warnings.Add("no article text found in the page");
        }
        return article;
    }

    /// <summary>The lines of the best-scoring article block, less unlikely blocks and lines that are mostly link.</summary>
    private static List<int> SelectBodyLines(PageWalker page)
    {
        var best = BestCandidate(page);
        var roots = best is null ? [] : ArticleRoots(page, best);
        var bodyLines = new List<int>();
        for (int i = 0; i < page.Lines.Count; i++)
        {
            var line = page.Lines[i];
            if (!line.Unlikely && IsWithin(line.Block, roots) && line.LinkChars * 2 <= line.Text.Length)
            {
                bodyLines.Add(i);
            }
        }
        return bodyLines;
    }

    /// <summary>Reads the furniture between the headline (or a few lines above the body) and the body.</summary>
    private static void ReadHeader(PageWalker page, BylineFindings findings, int titleLine, int firstBody)
    {
        var headerStart = titleLine >= 0 && titleLine < firstBody ? titleLine + 1 : Math.Max(0, firstBody - HeaderLinesWithoutTitle);
        for (int i = headerStart; i < firstBody; i++)
        {
            var text = page.Lines[i].Text;
            // A line that is all link is a menu entry or a related article, never the byline.
            if (page.Lines[i].LinkChars * 2 >= text.Length)
            {
                continue;
            }
            if (Byline.IsFurniture(text))
            {
                Byline.Read(text, findings);
            }
            else if (text.Length <= Byline.MaxFurnitureLength && findings.Published is null)
            {
                // A date beside the source's name (2019年09月07日 04:04 北京日报) under the headline.
                findings.Published = Byline.FindDate(text);
            }
        }
    }

    /// <summary>Joins the body lines into the article's text, reading furniture, the lead's and the tail's bylines on the way.</summary>
    private static void BuildBody(PageWalker page, List<int> bodyLines, string? title, int titleLine, HtmlArticle article)
    {
        var builder = new StringBuilder();
        bool leadRead = false;
        // The headline opens the text as a header line, as a copied page's does: its facts are read
        // (工作队投入600万元修建道路 as a headline), but it is no body paragraph.
        if (title is { Length: > 0 })
        {
            var headline = title.ReplaceLineEndings(" ");
            article.Header.Add((0, headline.Length));
            builder.Append(headline);
        }
        // Pages carry the article twice (a print or mobile copy beside the screen copy); a paragraph is kept once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in bodyLines)
        {
            var text = page.Lines[i].Text;
            if (i == titleLine || (title is not null && text == title && article.Paragraphs.Count == 0))
            {
                continue;
            }
            if (text.Length >= MinScoredLine && !seen.Add(text))
            {
                continue;
            }
            if (Byline.IsFurniture(text))
            {
                Byline.Read(text, article.Findings);
                continue;
            }
            if (!leadRead && text.Length >= MinScoredLine)
            {
                Byline.ReadLead(text, article.Findings);
                leadRead = true;
            }
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }
            article.Paragraphs.Add((builder.Length, text.Length));
            builder.Append(text);
        }
        if (article.Paragraphs.Count == 0)
        {
            // No article: no text, not even the headline (a section page's title is no story).
            article.Header.Clear();
            builder.Clear();
        }
        article.Text = builder.ToString();
        if (article.Paragraphs.Count > 0)
        {
            var (start, length) = article.Paragraphs[^1];
            if (article.Paragraphs.Count > 1 && Byline.IsSourceNote(article.Text.Substring(start, length)))
            {
                (start, length) = article.Paragraphs[^2]; // the credits stand above a closing note of sources
            }
            Byline.ReadTail(article.Text.Substring(start, length), article.Findings);
        }
    }

    /// <summary>
    /// Editors and reporters are often credited just below the article, outside its block
    /// ([责任编辑：韩保林 PK155]); only the people are taken from there, since dates and sources
    /// below an article belong to comments and related links as often as to the article.
    /// </summary>
    private static void ReadPeopleBelow(PageWalker page, List<int> bodyLines, BylineFindings findings)
    {
        if (bodyLines.Count == 0)
        {
            return;
        }
        var below = new BylineFindings();
        for (int i = bodyLines[^1] + 1; i < Math.Min(page.Lines.Count, bodyLines[^1] + 1 + FooterLines); i++)
        {
            var text = page.Lines[i].Text;
            if (page.Lines[i].LinkChars * 2 < text.Length && Byline.IsFurniture(text))
            {
                Byline.Read(text, below);
            }
        }
        below.Authors.ForEach(findings.AddAuthor);
        below.Editors.ForEach(findings.AddEditor);
    }

    /// <summary>
    /// The date line sits between headline and text; when the header was not told apart, the nearest
    /// date above the article is the best guess. A year in the headline (2001年新年贺词) is not its date.
    /// </summary>
    private static PublishedStamp? NearestDateAbove(PageWalker page, int firstBody, int titleLine)
    {
        for (int i = Math.Min(firstBody, page.Lines.Count) - 1; i >= Math.Max(0, firstBody - DateSearchLines); i--)
        {
            if (i != titleLine && page.Lines[i].Text.Length <= Byline.MaxFurnitureLength && Byline.FindDate(page.Lines[i].Text) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    private static PublishedStamp? ReadMetaTags(PageWalker page, BylineFindings findings)
    {
        PublishedStamp? published = null;
        foreach (var key in (ReadOnlySpan<string>)["article:published_time", "og:article:published_time", "og:published_time", "article:published", "og:release_date", "apub:time", "pubtime", "datepublished", "pubdate", "publishdate", "publish_date", "publishtime", "weibo:article:create_at", "dc.date.issued", "dc.date", "date", "sailthru.date", "parsely-pub-date"])
        {
            if (page.Meta.TryGetValue(key, out var value) && Byline.ParseMachineDate(value) is { } stamp)
            {
                published = stamp;
                break;
            }
        }
        if (published is null && page.TimeElement is { } time && Byline.ParseMachineDate(time) is { } fromTime)
        {
            published = fromTime;
        }
        page.Meta.TryGetValue("og:site_name", out var siteName);
        foreach (var key in (ReadOnlySpan<string>)["article:author", "author", "byline"])
        {
            if (page.Meta.TryGetValue(key, out var value))
            {
                // A meta author is often the site or the paper; only a person's name is taken.
                var names = Byline.ReadNames(value.Trim());
                if (names.Count > 0 && names[0].Length == value.Trim().Length && !BylineWords.LooksLikeOrganisation(names[0])
                    && !(page.TitleTag ?? string.Empty).Contains(names[0], StringComparison.Ordinal)
                    && !(siteName ?? string.Empty).Contains(names[0], StringComparison.Ordinal))
                {
                    findings.AddAuthor(names[0]);
                }
            }
        }
        if (page.Meta.TryGetValue("source", out var source))
        {
            findings.Source = Byline.CleanSource(source);
        }
        return published;
    }

    /// <summary>The block with the highest score, or null when no line looks like running text.</summary>
    private static HtmlNode? BestCandidate(PageWalker page)
    {
        var scores = new Dictionary<HtmlNode, double>();
        foreach (var line in page.Lines)
        {
            if (line.Unlikely || line.Text.Length < MinScoredLine || line.LinkChars * 2 > line.Text.Length)
            {
                continue;
            }
            var score = 1 + Punctuation(line.Text) + Math.Min(line.Text.Length / 100.0, 3);
            var node = line.Block;
            var level = 0;
            if (ParagraphTags.Contains(node.Name))
            {
                node = node.ParentNode;
            }
            for (; node is not null && node.NodeType == HtmlNodeType.Element && level < 5; node = node.ParentNode, level++)
            {
                var share = level switch { 0 => 1.0, 1 => 0.5, _ => 1.0 / (level * 3) };
                scores[node] = scores.GetValueOrDefault(node) + score * share;
            }
        }
        HtmlNode? best = null;
        double bestScore = 0;
        foreach (var (node, raw) in scores)
        {
            var final = Final(page, node, raw);
            if (final > bestScore)
            {
                best = node;
                bestScore = final;
            }
        }
        page.Scores = scores;
        return best;
    }

    private static double Final(PageWalker page, HtmlNode node, double raw)
    {
        var stats = page.Stats.GetValueOrDefault(node);
        var linkDensity = stats.Text == 0 ? 0 : (double)stats.Links / stats.Text;
        return (raw + ClassWeight(node)) * (1 - linkDensity);
    }

    private static int ClassWeight(HtmlNode node)
    {
        var weight = 0;
        foreach (var name in (ReadOnlySpan<string?>)[node.GetAttributeValue("class", null), node.GetAttributeValue("id", null)])
        {
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }
            if (NegativeName().IsMatch(name))
            {
                weight -= 25;
            }
            if (PositiveName().IsMatch(name))
            {
                weight += 25;
            }
        }
        return weight;
    }

    /// <summary>The best block and those of its siblings that score well themselves (an article split over several divs).</summary>
    private static HashSet<HtmlNode> ArticleRoots(PageWalker page, HtmlNode best)
    {
        var roots = new HashSet<HtmlNode> { best };
        var bestScore = Final(page, best, page.Scores!.GetValueOrDefault(best));
        var threshold = Math.Max(10, bestScore * 0.2);
        if (best.ParentNode is null)
        {
            return roots;
        }
        foreach (var sibling in best.ParentNode.ChildNodes)
        {
            if (sibling == best || sibling.NodeType != HtmlNodeType.Element)
            {
                continue;
            }
            var stats = page.Stats.GetValueOrDefault(sibling);
            var linkDensity = stats.Text == 0 ? 1 : (double)stats.Links / stats.Text;
            if (page.Scores!.TryGetValue(sibling, out var raw) && Final(page, sibling, raw) >= threshold)
            {
                roots.Add(sibling);
            }
            else if (sibling.Name == "p" && stats.Text >= 80 && linkDensity < 0.25)
            {
                roots.Add(sibling);
            }
        }
        return roots;
    }

    private static bool IsWithin(HtmlNode node, HashSet<HtmlNode> roots)
    {
        for (HtmlNode? n = node; n is not null; n = n.ParentNode)
        {
            if (roots.Contains(n))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The headline: a heading whose text the &lt;title&gt; contains (the title adds the site name),
    /// else og:title, else the &lt;title&gt; without its site suffix, else the first h1.
    /// </summary>
    private static (string? Title, int Line) ChooseTitle(PageWalker page)
    {
        var titleTag = CutSiteSuffix(page.TitleTag ?? string.Empty);
        page.Meta.TryGetValue("og:title", out var og);
        og = og is null ? null : CutSiteSuffix(Collapse(og));
        int bestLine = -1;
        int bestRank = int.MaxValue;
        for (int i = 0; i < page.Lines.Count; i++)
        {
            var line = page.Lines[i];
            if (line.Text.Length is < 4 or > 100)
            {
                continue;
            }
            var rank = HeadingRank(line.Block);
            if (rank == int.MaxValue)
            {
                continue;
            }
            var matches = Similar(titleTag, line.Text) || (og is not null && Similar(og, line.Text));
            if (!matches)
            {
                rank += 10;
            }
            if (rank < bestRank)
            {
                bestRank = rank;
                bestLine = i;
            }
        }
        if (bestLine >= 0 && bestRank < 10)
        {
            return (page.Lines[bestLine].Text, bestLine);
        }
        string? fromMeta = og is { Length: > 0 } ? og : titleTag.Length > 0 ? titleTag : null;
        if (fromMeta is { Length: > 0 })
        {
            for (int i = 0; i < page.Lines.Count; i++)
            {
                if (page.Lines[i].Text == fromMeta)
                {
                    return (fromMeta, i);
                }
            }
            return (fromMeta, -1);
        }
        return bestLine >= 0 && HeadingRank(page.Lines[bestLine].Block) == 0 ? (page.Lines[bestLine].Text, bestLine) : (null, -1);
    }

    /// <summary>A heading matches the page title when one holds the other and the heading is not a mere fragment (the site name).</summary>
    private static bool Similar(string pageTitle, string heading) =>
        pageTitle.Length > 0
        && (pageTitle.Contains(heading, StringComparison.Ordinal) || heading.Contains(pageTitle, StringComparison.Ordinal))
        && heading.Length * 2 >= pageTitle.Length;

    private static int HeadingRank(HtmlNode block)
    {
        switch (block.Name)
        {
            case "h1":
                return 0;
            case "h2":
                return 1;
            case "h3":
                return 2;
            default:
                break;
        }
        for (HtmlNode? n = block; n is not null && n.NodeType == HtmlNodeType.Element; n = n.ParentNode)
        {
            var names = n.GetAttributeValue("class", string.Empty) + " " + n.GetAttributeValue("id", string.Empty);
            if (names.Contains("title", StringComparison.OrdinalIgnoreCase) || names.Contains("headline", StringComparison.OrdinalIgnoreCase))
            {
                return 3;
            }
            if (n != block)
            {
                break;
            }
        }
        return int.MaxValue;
    }

    private static string CutSiteSuffix(string title)
    {
        while (true)
        {
            var cut = SiteSuffix().Replace(title, string.Empty, 1).Trim();
            if (cut.Length < 4 || cut.Length == title.Length)
            {
                return title;
            }
            title = cut;
        }
    }

    /// <summary>The punctuation of running prose that scores a line: full-width marks, and the ASCII comma and semicolon.</summary>
    private static readonly SearchValues<char> ProsePunctuation = SearchValues.Create("，。、；！？：“”,;");

    private static int Punctuation(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (ProsePunctuation.Contains(c))
            {
                count++;
            }
        }
        return count;
    }

    internal static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in HtmlEntity.DeEntitize(text))
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u200B')
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString().Trim('\u3000', ' ');
    }

    /// <summary>
    /// How deep the page nests elements, counting only elements that need an end tag, in one pass
    /// over the markup without parsing it.
    /// </summary>
    internal static int NestingDepth(string html)
    {
        var span = html.AsSpan();
        int depth = 0;
        int max = 0;
        int at = 0;
        while (true)
        {
            var lt = span[at..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }
            at += lt + 1;
            if (at >= span.Length)
            {
                break;
            }
            var closing = span[at] == '/';
            var nameStart = closing ? at + 1 : at;
            var nameEnd = nameStart;
            while (nameEnd < span.Length && char.IsAsciiLetterOrDigit(span[nameEnd]))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(span[nameStart]))
            {
                continue;
            }
            var name = span[nameStart..nameEnd];
            var gt = span[nameEnd..].IndexOf('>');
            var tagEnd = gt < 0 ? span.Length : nameEnd + gt;
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                if (!closing)
                {
                    var close = span[tagEnd..].IndexOf("</", StringComparison.Ordinal);
                    at = close < 0 ? span.Length - 1 : tagEnd + close;
                }
                continue;
            }
            if (IsVoid(name) || (tagEnd > 0 && span[tagEnd - 1] == '/'))
            {
                continue;
            }
            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            max = Math.Max(max, depth);
        }
        return max;
    }

    private static bool IsVoid(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[16];
        if (name.Length > lower.Length)
        {
            return false;
        }
        var n = name.ToLowerInvariant(lower);
        return VoidTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..n]);
    }

    /// <summary>The fallback for markup too deep to parse: tags removed, block tags as line breaks, read as copied text.</summary>
    private static HtmlArticle FromStrippedMarkup(string html, List<string> warnings)
    {
        var text = new StringBuilder(Math.Min(html.Length, 1 << 20));
        var span = html.AsSpan();
        int at = 0;
        while (at < span.Length)
        {
            var lt = span[at..].IndexOf('<');
            if (lt < 0)
            {
                text.Append(span[at..]);
                break;
            }
            text.Append(span.Slice(at, lt));
            var gt = span[(at + lt)..].IndexOf('>');
            if (gt < 0)
            {
                break;
            }
            text.Append('\n');
            var tag = span.Slice(at + lt + 1, gt - 1);
            at += lt + gt + 1;
            // Script and style bodies are code, not text.
            foreach (var code in (ReadOnlySpan<string>)["script", "style"])
            {
                if (tag.StartsWith(code, StringComparison.OrdinalIgnoreCase))
                {
                    var close = span[at..].IndexOf("</" + code, StringComparison.OrdinalIgnoreCase);
                    at = close < 0 ? span.Length : at + close;
                }
            }
        }
        var decoded = HtmlEntity.DeEntitize(text.ToString());
        var layout = CopiedPageReader.Read(decoded);
        var article = new HtmlArticle { Title = layout.Title };
        var builder = new StringBuilder();
        foreach (var (start, length) in layout.Paragraphs)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }
            article.Paragraphs.Add((builder.Length, length));
            builder.Append(decoded, start, length);
        }
        article.Text = builder.ToString();
        CopyFindings(layout.Findings, article.Findings);
        if (article.Paragraphs.Count == 0)
        {
            warnings.Add("no article text found in the page");
        }
        return article;
    }

    private static void CopyFindings(BylineFindings from, BylineFindings to)
    {
        to.Published = from.Published;
        to.Source = from.Source;
        from.Authors.ForEach(to.AddAuthor);
        from.Editors.ForEach(to.AddEditor);
    }

    /// <summary>One line of the page's text: the text between two block boundaries.</summary>
    internal sealed record PageLine(string Text, HtmlNode Block, int LinkChars, bool Unlikely);

    /// <summary>Text length and link text length of a subtree.</summary>
    internal record struct SubtreeStats(int Text, int Links);

    /// <summary>Walks the parsed page once, without recursion, into lines, subtree statistics and meta tags.</summary>
    internal sealed class PageWalker
    {
        public List<PageLine> Lines { get; } = [];
        public Dictionary<HtmlNode, SubtreeStats> Stats { get; } = [];
        public Dictionary<string, string> Meta { get; } = new(StringComparer.OrdinalIgnoreCase);
        public string? TitleTag { get; private set; }
        public string? TimeElement { get; private set; }
        public Dictionary<HtmlNode, double>? Scores { get; set; }

        private readonly StringBuilder _line = new();
        private int _lineLinks;
        private bool _lineUnlikely;

        public static PageWalker Walk(HtmlNode root)
        {
            var walker = new PageWalker();
            walker.Run(root);
            return walker;
        }

        private void Run(HtmlNode root)
        {
            // Frames: a node to enter, or (Exit) a node whose children are done.
            var stack = new Stack<(HtmlNode Node, bool Exit)>();
            var blocks = new Stack<HtmlNode>();
            blocks.Push(root);
            int inLink = 0;
            int unlikely = 0;
            var unlikelyNodes = new HashSet<HtmlNode>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (node, exit) = stack.Pop();
                if (exit)
                {
                    if (BlockTags.Contains(node.Name))
                    {
                        Flush(blocks.Peek());
                        blocks.Pop();
                    }
                    if (node.Name == "a")
                    {
                        inLink--;
                    }
                    if (unlikelyNodes.Contains(node))
                    {
                        unlikely--;
                    }
                    continue;
                }
                switch (node.NodeType)
                {
                    case HtmlNodeType.Text:
                        AppendText(((HtmlTextNode)node).Text, inLink > 0, unlikely > 0);
                        continue;
                    case HtmlNodeType.Comment:
                        continue;
                    case HtmlNodeType.Document:
                    case HtmlNodeType.Element:
                    default:
                        break;
                }
                var name = node.Name;
                if (node.NodeType == HtmlNodeType.Element)
                {
                    if (name == "meta")
                    {
                        ReadMeta(node);
                    }
                    else if (name == "title" && TitleTag is null)
                    {
                        TitleTag = Collapse(node.InnerText);
                    }
                    else if (name == "time" && TimeElement is null && node.GetAttributeValue("datetime", null) is { } datetime)
                    {
                        TimeElement = datetime;
                    }
                    else if (node.GetAttributeValue("itemprop", null) is "datePublished" && TimeElement is null)
                    {
                        TimeElement = node.GetAttributeValue("content", null) ?? node.GetAttributeValue("datetime", null);
                    }
                    if (name == "br")
                    {
                        Flush(blocks.Peek());
                        continue;
                    }
                    if (SkippedTags.Contains(name))
                    {
                        continue;
                    }
                }
                var isBlock = BlockTags.Contains(name);
                if (isBlock)
                {
                    Flush(blocks.Peek());
                    blocks.Push(node);
                }
                if (name == "a")
                {
                    inLink++;
                }
                if (node.NodeType == HtmlNodeType.Element && IsUnlikely(node))
                {
                    unlikelyNodes.Add(node);
                    unlikely++;
                }
                stack.Push((node, true));
                for (int i = node.ChildNodes.Count - 1; i >= 0; i--)
                {
                    stack.Push((node.ChildNodes[i], false));
                }
            }
            Flush(root);
        }

        private static bool IsUnlikely(HtmlNode node)
        {
            if (UnlikelyTags.Contains(node.Name))
            {
                return true;
            }
            if (node.Name is "body" or "html" or "a" or "article")
            {
                return false;
            }
            var names = node.GetAttributeValue("class", string.Empty) + " " + node.GetAttributeValue("id", string.Empty);
            return names.Length > 1 && UnlikelyName().IsMatch(names) && !MaybeArticleName().IsMatch(names);
        }

        private void ReadMeta(HtmlNode node)
        {
            var key = node.GetAttributeValue("property", null) ?? node.GetAttributeValue("name", null) ?? node.GetAttributeValue("itemprop", null);
            var content = node.GetAttributeValue("content", null);
            if (key is not null && content is not null)
            {
                Meta.TryAdd(key.Trim(), HtmlEntity.DeEntitize(content));
            }
        }

        private void AppendText(string raw, bool link, bool unlikely)
        {
            var before = _line.Length;
            foreach (var c in HtmlEntity.DeEntitize(raw))
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u200B')
                {
                    if (_line.Length > 0 && _line[^1] != ' ')
                    {
                        _line.Append(' ');
                    }
                    continue;
                }
                _line.Append(c);
            }
            if (link)
            {
                _lineLinks += _line.Length - before;
            }
            _lineUnlikely |= unlikely;
        }

        private void Flush(HtmlNode block)
        {
            var text = _line.ToString().Trim(' ', '\u3000');
            var links = Math.Min(_lineLinks, text.Length);
            _line.Clear();
            _lineLinks = 0;
            var unlikely = _lineUnlikely;
            _lineUnlikely = false;
            if (text.Length == 0)
            {
                return;
            }
            Lines.Add(new PageLine(text, block, links, unlikely));
            for (HtmlNode? n = block; n is not null; n = n.ParentNode)
            {
                var stats = Stats.GetValueOrDefault(n);
                Stats[n] = new SubtreeStats(stats.Text + text.Length, stats.Links + links);
            }
        }
    }
}
