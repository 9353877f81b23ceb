namespace WorkTeam.Extraction.Text;

/// <summary>
/// The punctuation and grammar marks that the page readers and the recognizers name, each set once, in its
/// full-width and ASCII forms together. Regular expressions and character sets are composed from these, so
/// that no reader keeps a hand copy of a set. Word lists (labels, endings, stop words) are data, not here.
/// </summary>
internal static class Marks
{
    /// <summary>Semicolons: they end a clause, and anaphora stop at them as at a sentence end.</summary>
    public const string ClauseEnds = "；;";

    /// <summary>The full stop: a line holding one is running text, not page furniture.</summary>
    public const string FullStop = "。";

    /// <summary>Commas between clauses (not the enumeration comma 、).</summary>
    public const string Commas = "，,";

    /// <summary>The enumeration comma between listed names (张三、李四).</summary>
    public const char ListComma = '、';

    /// <summary>Exclamation and question marks.</summary>
    public const string Exclaims = "！!？?";

    /// <summary>Colons after a label (来源：, 记者:).</summary>
    public const string Colons = ":：";

    /// <summary>Vertical bars between menu entries and after a site's name.</summary>
    public const string Bars = "|｜";

    /// <summary>Slashes between a credit and its name (文/张三).</summary>
    public const string Slashes = "/／";

    /// <summary>Opening round brackets; <see cref="CloseBrackets"/> holds their partners in the same order.</summary>
    public const string OpenBrackets = "(（";

    /// <summary>Closing round brackets, in the order of <see cref="OpenBrackets"/>.</summary>
    public const string CloseBrackets = ")）";

    /// <summary>Opening double quotes, curly and ASCII (“访惠聚”, "访惠聚"; the ASCII one also closes).</summary>
    public const string OpenDoubleQuotes = "“\"";

    /// <summary>Closing double quotes, in the order of <see cref="OpenDoubleQuotes"/>.</summary>
    public const string CloseDoubleQuotes = "”\"";

    /// <summary>Opening corner quotes, single and double (\u300c, \u300e: Taiwan's and Hong Kong's quotation marks).</summary>
    public const string OpenCornerQuotes = "\u300c\u300e";

    /// <summary>Closing corner quotes, in the order of <see cref="OpenCornerQuotes"/>.</summary>
    public const string CloseCornerQuotes = "\u300d\u300f";

    /// <summary>Lenticular brackets around a label or a source (【来源】).</summary>
    public const string LenticularBrackets = "【】";

    /// <summary>Dashes: hyphen-minus, full-width hyphen-minus, en dash, em dash.</summary>
    public const string Dashes = "-－–—";

    /// <summary>The separators of a breadcrumb (首页 > 新闻 > 正文).</summary>
    public const string Pointers = ">»＞›";

    /// <summary>The year mark of a written date (2021年).</summary>
    public const string Year = "年";

    /// <summary>The month mark of a written date (3月).</summary>
    public const string Month = "月";

    /// <summary>The day mark of a written date (5日).</summary>
    public const string Day = "日";

    /// <summary>The hour mark of a written time (10时).</summary>
    public const string Hour = "时";

    /// <summary>The minute mark of a written time (22分).</summary>
    public const string Minute = "分";
}
