using WorkTeam.Extraction.Numbers;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// A quantity or date found by one recognizer, before coordination and the not-a-fact rules settle
/// it. A candidate with no <see cref="Kind"/> is a bare number kept only so that a coordinated
/// neighbour can lend it a unit (400亿和500亿元).
/// </summary>
internal struct QuantityCandidate
{
    public FactKinds? Kind;
    public int Start;
    public int NumberStart;
    public int End;
    public decimal Value;
    public decimal? Max;
    public string? Unit;
    public string? Currency;
    public string? DateName;
    public Approximation Approx;
    /// <summary>The qualifier stands before the number (约, 近, 分别约占): it reaches coordinated numbers too.</summary>
    public bool ApproxFromPrefix;
    /// <summary>A lone 一 with a classifier: a count only when it counts or contrasts.</summary>
    public bool IsSingleOne;
    /// <summary>The unit is a verbal classifier (次, 趟, 番): the count is of events.</summary>
    public bool IsVerbal;
    /// <summary>The 万/亿 written in the number (10^4 for 五萬), for 四、五萬 ranges.</summary>
    public decimal Scale;
    /// <summary>A large number with no measure word (九百多万选民): a count without unit.</summary>
    public bool UnitlessCount;
    /// <summary>Money whose currency a word or symbol before the number names (新台幣6000元, HK$20).</summary>
    public bool CurrencyNamedBefore;
    /// <summary>Money in a bare 元 (元, 块钱: CNY only because no currency is named): a range or list may name it (新台幣6000元至4.5萬元).</summary>
    public bool BareYuan;
}

/// <summary>What the date recognizer remembers while the scanner walks a text.</summary>
internal sealed class DateState
{
    private string _text;
    private bool? _taiwanYears;
    private string? _bareDollarCurrency;
    private bool _bareDollarRead;

    /// <summary>
    /// A state for <paramref name="text"/>; with <paramref name="taiwanYears"/> null, whether the text is Taiwan's
    /// is decided on the first bare year that asks (most texts have none, and the check reads the whole text).
    /// </summary>
    public DateState(DateOnly? documentDate, bool? taiwanYears, string text)
    {
        _text = text;
        Reset(documentDate, taiwanYears, text);
    }

    /// <summary>
    /// The state of a new text, as the constructor leaves it: the scanner keeps one state per thread, since a text read
    /// line by line made one per line with a numeral (a third of the scan's allocations).
    /// </summary>
    public void Reset(DateOnly? documentDate, bool? taiwanYears, string text)
    {
        DocumentDate = documentDate;
        _taiwanYears = taiwanYears;
        _bareDollarCurrency = null;
        _bareDollarRead = false;
        _text = text;
        SentenceYear = null;
        LastDateEnd = -1;
        LastDateYear = null;
        LastDateMonth = null;
        LastKnownYear = null;
        HeaderRowStart = -1;
        ColumnHeaders.Forget();
    }

    /// <summary>The document's own date, when known: it fixes 今年 and year-less dates.</summary>
    public DateOnly? DocumentDate { get; private set; }

    /// <summary>A bare year below 120 is a Republic of China year (Taiwan text).</summary>
    public bool TaiwanYears => _taiwanYears ??= QuantityScanner.LooksTaiwanese(_text);

    /// <summary>
    /// The currency of a bare $ when the text makes it another than USD (HKD in Hong Kong text; MOP is the clause's own
    /// matter, MoneyRecognizer.PatacaInClause), else null: read at the first bare $ and kept for the text, since the check
    /// reads the whole text (a line of thousands of $ amounts read it again for each).
    /// </summary>
    public string? BareDollarCurrency
    {
        get
        {
            if (!_bareDollarRead)
            {
                (_bareDollarCurrency, _bareDollarRead) = (MoneyRecognizer.BareDollarCurrency(_text), true);
            }
            return _bareDollarCurrency;
        }
    }

    /// <summary>The explicit year last written in the current sentence; it carries over to later year-less dates.</summary>
    public int? SentenceYear { get; set; }

    /// <summary>Where the last date ended, and its year and month, for 1月10日至12日.</summary>
    public int LastDateEnd { get; set; } = -1;

    public int? LastDateYear { get; set; }

    public int? LastDateMonth { get; set; }

    /// <summary>The year of the last date that had one, in any sentence before: 同年 stands for it.</summary>
    public int? LastKnownYear { get; set; }

    /// <summary>
    /// The table row whose header unit was last looked up (its line's start; -1 for none) and the unit found above it (start
    /// and length; length 0 for none): the row's other cells reuse it (CountRecognizer.HeaderUnits).
    /// </summary>
    public int HeaderRowStart { get; set; } = -1;

    public (int Start, int Length) HeaderRowUnit { get; set; }

    /// <summary>The bar-table row whose column headers were last read, and those headers (CountRecognizer.ColumnUnits).</summary>
    public CountRecognizer.HeaderRows ColumnHeaders { get; } = new();
}
