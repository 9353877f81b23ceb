using System.Collections.Frozen;
using System.Text.RegularExpressions;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Documents;

/// <summary>
/// The words of bylines, page furniture and site names, read from the reviewed lists
/// (Data/byline-labels.tsv, Data/furniture-labels.tsv, Data/site-name-endings.tsv), and the patterns
/// built from them. The patterns run per short line, off the hot path; each is built once, on its first use (not all at
/// the first use of the class: the fact links read two word lists here, and building every pattern then cost a text's
/// first extraction ~50 ms of CPU; a corpus of plain lines holds no label word and never runs most of them).
/// </summary>
internal static class BylineWords
{
    private const string Cjk = @"\p{IsCJKUnifiedIdeographs}";

    private static readonly WordList Labels = WordLists.Get("byline-labels");

    private static readonly WordList FurnitureLabels = WordLists.Get("furniture-labels");

    private static readonly WordList SiteEndings = WordLists.Get("site-name-endings");

    /// <summary>The byline words with <paramref name="use"/> among their uses, longest first (so 责任编辑 wins over 编辑).</summary>
    public static string[] Using(string use) => Having(Labels, "uses", use);

    /// <summary>Site-name endings (网, 報, 新闻, 客户端); with <paramref name="organisations"/> also 社, 台, 站.</summary>
    public static string[] SiteNameEndings(bool organisations) =>
        [.. SiteEndings.Rows.Where(r => organisations || r[SiteEndings.Column("kind")] == "site").Select(r => r[0]).OrderByDescending(w => w.Length)];

    private static readonly string[] OrganisationEndings = SiteNameEndings(organisations: true);

    /// <summary>Whether a name ends like a site's, a paper's or an agency's (人民网, 新华社): no person's name.</summary>
    public static bool LooksLikeOrganisation(string name) => OrganisationEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal));

    /// <summary>
    /// Every byline and furniture label (Data/byline-labels.tsv, Data/furniture-labels.tsv). Each of the label patterns
    /// (<see cref="FurnitureLabel"/>, <see cref="WeakFurnitureLabel"/>, <see cref="NotLabel"/>, <see cref="SourcePattern"/>,
    /// <see cref="EditorPattern"/>, <see cref="AuthorPattern"/>, and the lead's <see cref="LeadDatelinePattern"/>,
    /// <see cref="LeadReporterPattern"/>, <see cref="LeadBareNamesPattern"/>) needs one of these words, written as the lists write it: a
    /// line holding none is matched by none, and these interpreted patterns are not run on it (most short lines of running
    /// text, and every line of a corpus read line by line that reaches the furniture tests).
    /// </summary>
    private static readonly WordPresence LabelWords = new(Labels.Rows.Where(r => r[Labels.Column("uses")] != "photo-at").Select(r => r[0])
        .Concat(FurnitureLabels.Rows.Select(r => r[0])));

    /// <summary>An empty label, or a use no label has, would make its pattern match without a word: then every line may hold one.</summary>
    private static readonly bool AnyEmptyLabel = HasEmptyLabelOrUse();

    private static bool HasEmptyLabelOrUse()
    {
        if (Labels.Rows.Any(r => r[0].Length == 0) || FurnitureLabels.Rows.Any(r => r[0].Length == 0) || Having(FurnitureLabels, "where", "short").Length == 0)
        {
            return true;
        }
        foreach (var use in (ReadOnlySpan<string>)["source", "editor", "author", "reporter", "credit", "author-credit", "dateline", "no-label"])
        {
            if (Using(use).Length == 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="line"/> may match a label pattern: false when it holds no label word (<see cref="LabelWords"/>).</summary>
    public static bool MayHoldLabel(string line) => AnyEmptyLabel || LabelWords.OccursIn(line);

    /// <summary>The words as a regex alternation, longest first, each escaped.</summary>
    public static string Alternation(IEnumerable<string> words) => string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));

    private static string[] Having(WordList list, string column, string value)
    {
        var i = list.Column(column);
        return [.. list.Rows.Where(r => r[i].Split(' ').Contains(value, StringComparer.Ordinal)).Select(r => r[0]).OrderByDescending(w => w.Length)];
    }

    private static readonly string Reporters = Alternation(Using("reporter"));

    private static readonly string Credits = Alternation(Using("credit"));

    /// <summary>Labels that make a short line furniture wherever they stand as the list says, and the credit forms (文/张三, 记者张三/).</summary>
    public static Regex FurnitureLabel => LazyFurnitureLabel.Value;

    /// <summary>
    /// The furniture pattern's text, made with the class (so a 'where' form the list gets wrong throws its ResourceLoadException
    /// at load, naming the list); only the Regex is built at first use.
    /// </summary>
    private static readonly string FurniturePatternText = FurniturePattern(FurnitureLabels);

    private static readonly Lazy<Regex> LazyFurnitureLabel = new(() => new Regex(FurniturePatternText));

    /// <summary>Words of share bars and page tools that also occur in running text: furniture only on a very short line.</summary>
    public static Regex WeakFurnitureLabel => LazyWeakFurnitureLabel.Value;

    private static readonly Lazy<Regex> LazyWeakFurnitureLabel = new(() => new Regex(Alternation(Having(FurnitureLabels, "where", "short"))));

    /// <summary>
    /// 素材来源 江苏13个设区市党报及官方发布: a source label run into a word of its own (素材来源, not 来源 新华社) and closed
    /// by a blank, on a line with no other labelled field (no colon), opens a note of the text, no furniture.
    /// </summary>
    public static Regex SourceNote => LazySourceNote.Value;

    private static readonly Lazy<Regex> LazySourceNote = new(() => new Regex($@"^[{Cjk}]+(?:{Alternation(Using("source"))})\s[^{Marks.Colons}]*$"));

    // The source is one run without spaces: 来源：证券市场红周刊 举报 names the paper, then a button. A
    // label repeated by the page (来源：来源：新华日报) is passed over.
    public static Regex SourcePattern => LazySourcePattern.Value;

    private static readonly Lazy<Regex> LazySourcePattern = new(() => new Regex(
        $@"(?:(?:{Alternation(Using("source"))})\s*[{Marks.Colons}]\s*)+(?<v>[^\s{Marks.Colons}{Marks.Bars}{Marks.LenticularBrackets}\[\]]+)"));

    public static Regex EditorPattern => LazyEditorPattern.Value;

    private static readonly Lazy<Regex> LazyEditorPattern = new(() => new Regex($@"(?:{Alternation(Using("editor"))})\s*[{Marks.Colons}]?\s*(?<v>.*)"));

    // An author's label with an optional mark, or a credit naming the author with its mark (文/张三; a
    // bare 文 inside a word is none).
    public static Regex AuthorPattern => LazyAuthorPattern.Value;

    private static readonly Lazy<Regex> LazyAuthorPattern = new(() => new Regex(
        $@"(?:(?:{Alternation(Using("author").Concat(Using("reporter")))})\s*[{Marks.Colons}{Marks.Bars}{Marks.Slashes}]?|(?:{Alternation(Using("author-credit"))})\s*[{Marks.Colons}{Marks.Bars}{Marks.Slashes}])\s*(?<v>.*)"));

    // (记者张治立 于熙报道), （信报记者 蔡雪婧）, （总台记者 张倩）: a short prefix names the paper.
    public static Regex LeadReporterPattern => LazyLeadReporterPattern.Value;

    private static readonly Lazy<Regex> LazyLeadReporterPattern = new(() => new Regex(
        $@"[{Marks.OpenBrackets}]\s*[^{Marks.OpenBrackets}{Marks.CloseBrackets}\s]{{0,8}}?(?:{Reporters})\s*(?<v>[^{Marks.CloseBrackets}]{{2,40}}?)\s*[{Marks.CloseBrackets}]"));

    // A byline closing the last paragraph: …推动云南工业高质量发展。（记者 胡晓蓉）, or bare names （常书香 马丹阳 ）.
    public static Regex TailReporterPattern => LazyTailReporterPattern.Value;

    private static readonly Lazy<Regex> LazyTailReporterPattern = new(() => new Regex(
        $@"[{Marks.OpenBrackets}]\s*(?<label>[^{Marks.OpenBrackets}{Marks.CloseBrackets}\s]{{0,8}}?(?:{Reporters})\s*[{Marks.Colons}]?)?\s*(?<v>[^{Marks.OpenBrackets}{Marks.CloseBrackets}]{{2,40}}?)\s*[{Marks.CloseBrackets}]\s*$"));

    // 記者王小明／台北報導: after the slash comes the place the report was filed from.
    public static Regex FiledFromPattern => LazyFiledFromPattern.Value;

    private static readonly Lazy<Regex> LazyFiledFromPattern = new(() => new Regex($@"[{Marks.Slashes}]\s*[{Cjk}]{{2,4}}(?:{Alternation(Using("filed"))})"));

    // An interview's question line: 记者：那么，农民告镇政府……？ is running text, not a byline.
    public static Regex InterviewPattern => LazyInterviewPattern.Value;

    private static readonly Lazy<Regex> LazyInterviewPattern = new(() => new Regex(
        $@"^(?:{Alternation(Using("interview"))})\s*[{Marks.Colons}].*[{Marks.Commas}{Marks.Exclaims}]"));

    // A dateline opening the lead: 本报运城1月25日讯, 新华社北京2021年3月5日电, 中國臺灣網2月3日昌樂訊.
    public static Regex LeadDatelinePattern => LazyLeadDatelinePattern.Value;

    private static readonly Lazy<Regex> LazyLeadDatelinePattern = new(() => new Regex(
        $@"^[^{Marks.Commas}{Marks.FullStop}{Marks.Colons}\s]{{0,20}}?(?:(?<y>(?:19|20)\d{{2}}){Marks.Year})?(?<m>\d{{1,2}}){Marks.Month}(?<d>\d{{1,2}}){Marks.Day}[^{Marks.Commas}{Marks.FullStop}\s]{{0,8}}?(?:{Alternation(Using("dateline"))})"));

    // A lead opening with its dateline and the reporters' names bare in brackets: 儀隴新聞網訊(黃河江 鄧莉萍 黃驍).
    public static Regex LeadBareNamesPattern => LazyLeadBareNamesPattern.Value;

    private static readonly Lazy<Regex> LazyLeadBareNamesPattern = new(() => new Regex(
        $@"^[^{Marks.Commas}{Marks.FullStop}{Marks.Colons}\s]{{0,20}}?(?:{Alternation(Using("dateline"))})\s*[{Marks.OpenBrackets}]\s*(?<v>[^{Marks.OpenBrackets}{Marks.CloseBrackets}]{{2,40}}?)\s*[{Marks.CloseBrackets}]"));

    /// <summary>Words that hold a label and are none (小记者, 记者会): passed over before labels are read.</summary>
    public static Regex NotLabel => LazyNotLabel.Value;

    private static readonly Lazy<Regex> LazyNotLabel = new(() => new Regex(Alternation(Using("no-label"))));

    /// <summary>A reporter's label inside a credit, where it separates two groups of names (吕游 通讯员 薛建英).</summary>
    public static Regex ReporterLabel => LazyReporterLabel.Value;

    private static readonly Lazy<Regex> LazyReporterLabel = new(() => new Regex(Reporters));

    // A label spelled out to the width of its line's other labels: 通 讯 员:马 瑞, 编 辑:周婷婷.
    public static Regex SpacedLabel => LazySpacedLabel.Value;

    private static readonly Lazy<Regex> LazySpacedLabel = new(() => new Regex($@"^(?<label>[{Cjk}](?:[ \u3000][{Cjk}]){{1,3}})\s*(?=[{Marks.Colons}])"));

    // A two-character name padded to the width of three (马 瑞, 方 瑛).
    public static Regex PaddedName => LazyPaddedName.Value;

    private static readonly Lazy<Regex> LazyPaddedName = new(() => new Regex($@"^(?<a>[{Cjk}])[ \u3000](?<b>[{Cjk}])(?![{Cjk}])"));

    /// <summary>What closes a reporter's credit and is not part of the name (报道, 摄), longest first.</summary>
    public static readonly string[] ReportSuffixes = Using("strip");

    private static readonly System.Buffers.SearchValues<char> Surnames = WordLists.Get("surnames").ToSearchValues();

    /// <summary>Whether a name opens with a Han surname (Entities/Data/surnames.tsv, read in simplified script: 劉 as 刘).</summary>
    public static bool StartsWithSurname(string name) =>
        name.Length > 0 && Surnames.Contains(ScriptConverter.Default.ToSimplified(name[..1])[0]);

    /// <summary>What closes a photographer's credit (摄, 摄影): the names before it are no authors.</summary>
    public static readonly string[] PhotoSuffixes = Using("photo");

    /// <summary>What opens the place a picture was taken right after a photo mark inside a credit (摄于, 攝於): use photo-at.</summary>
    public static readonly string[] PhotoPlaceWords = Using("photo-at");

    /// <summary>Labels of a headline line (题, 標題).</summary>
    public static readonly FrozenSet<string> TitleLabels = Using("title").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The reporters' labels (记者, 通訊員), as a reporter's role after a marked name: ◎李 彬(本刊記者).</summary>
    public static readonly string[] ReporterLabels = Using("reporter");

    internal static string FurniturePattern(WordList furnitureLabels)
    {
        var parts = new List<string>();
        var where = furnitureLabels.Column("where");
        foreach (var row in furnitureLabels.Rows)
        {
            var label = Regex.Escape(row[0]);
            foreach (var form in row[where].Split(' '))
            {
                if (form == "short")
                {
                    continue; // read by WeakFurnitureLabel
                }
                parts.Add(form switch
                {
                    "any" => label,
                    "colon" => $"{label}[{Marks.Colons}]",
                    "colon-space" => $@"{label}[{Marks.Colons}\s]",
                    "start" => "^" + label,
                    "end" => label + "$",
                    _ => throw new ResourceLoadException(ResourceFormat.LogicalName(WordListFormat.File), $"furniture-labels: '{form}' is no place a label stands"),
                });
            }
        }
        // 记者张三/: a reporter's name closed by a slash or bar; 张三/摄: a credit after a slash; 文 | 张三 alone on its line.
        parts.Add($@"(?:{Reporters})[{Cjk}]{{2,4}}\s*[{Marks.Slashes}{Marks.Bars}]");
        parts.Add($@"[{Marks.Slashes}]\s*(?:{Credits})(?![{Cjk}]{{2}})");
        parts.Add($@"^(?:{Credits})\s*[{Marks.Bars}{Marks.Slashes}{Marks.Colons}]\s*[{Cjk}]{{2,4}}$");
        return string.Join('|', parts);
    }
}
