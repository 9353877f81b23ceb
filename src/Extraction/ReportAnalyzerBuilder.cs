using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Recognition;

namespace WorkTeam.Extraction;

/// <summary>
/// Composes a <see cref="ReportAnalyzer"/>: the library's recognizers one <c>UseX()</c> at a time,
/// and users' own with <see cref="Use(IFactRecognizer)"/>. Recognizers run in the order they were
/// first registered; each reads the facts of those before it (<see cref="TextAnalysis.Claimed"/>).
/// The builder is not thread-safe; the analyzer it builds is immutable and is.
/// </summary>
/// <example>
/// <code>
/// var moneyAndPlaces = new ReportAnalyzerBuilder().UseQuantities(FactKinds.Money).UsePlaces().Build();
/// var mine = new ReportAnalyzerBuilder().UseDefaults().Use(new MyRecognizer()).Build();
/// </code>
/// </example>
public sealed class ReportAnalyzerBuilder
{
    // A slot per registration; the library's two families each take one slot, at their first UseX().
    private readonly List<object> _slots = [];
    private FactKinds _quantityKinds;
    private bool? _taiwanYears;
    private FactKinds _entityKinds;
    private Gazetteer? _gazetteer;

    /// <summary>
    /// Money, counts, measures, percentages and dates (one pass over the numerals: coordinated numbers
    /// share units and qualifiers, so these kinds come from one recognizer).
    /// </summary>
    /// <param name="kinds">Which of the quantity kinds; all five by default.</param>
    /// <param name="taiwanYears">Whether a bare year below 120 is a ROC year; null decides per text (民國, 臺灣 …).</param>
    /// <exception cref="ArgumentException"><paramref name="kinds"/> names no quantity kind.</exception>
    public ReportAnalyzerBuilder UseQuantities(FactKinds kinds = FactKinds.Quantities, bool? taiwanYears = null)
    {
        if ((kinds & FactKinds.Quantities) == 0)
        {
            throw new ArgumentException($"{kinds} names no quantity kind (money, count, measure, percent, date).", nameof(kinds));
        }
        AddSlot(_quantityKinds == FactKinds.None, QuantitySlot.Instance);
        _quantityKinds |= kinds & FactKinds.Quantities;
        _taiwanYears = taiwanYears ?? _taiwanYears;
        return this;
    }

    /// <summary>Places with their level and the enclosing place named in the same chain.</summary>
    /// <param name="gazetteer">
    /// The places to know by name; <see cref="Gazetteer.Default"/> when null. The analyzer reads this one wherever it
    /// reads a gazetteer: recognition, the division codes of places and teams' stations (a short form resolves to the
    /// unit its full name names), and the links of numbers.
    /// </param>
    public ReportAnalyzerBuilder UsePlaces(Gazetteer? gazetteer = null)
    {
        _gazetteer = gazetteer ?? _gazetteer;
        return UseEntity(FactKinds.Place);
    }

    /// <summary>Organisations: bodies, committees, companies, mastheads.</summary>
    public ReportAnalyzerBuilder UseOrganizations() => UseEntity(FactKinds.Organization);

    /// <summary>People: names after a role, transliterated names, names repeated from earlier in the text.</summary>
    public ReportAnalyzerBuilder UsePeople() => UseEntity(FactKinds.Person);

    /// <summary>Work teams, each with its sender and station.</summary>
    public ReportAnalyzerBuilder UseWorkTeams() => UseEntity(FactKinds.Team);

    /// <summary>Every recognizer of the library, as <see cref="ReportAnalyzer.Default"/> has them.</summary>
    public ReportAnalyzerBuilder UseDefaults() => UseQuantities().UsePlaces().UseOrganizations().UsePeople().UseWorkTeams();

    /// <summary>A recognizer of one's own, run after those registered before it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="recognizer"/> is null.</exception>
    public ReportAnalyzerBuilder Use(IFactRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _slots.Add(recognizer);
        return this;
    }

    /// <summary>The analyzer: immutable and thread-safe; the builder may go on to build others.</summary>
    /// <exception cref="InvalidOperationException">
    /// No recognizer was registered, or a recognizer's own kind is not a single bit from
    /// <see cref="FactKinds.FirstCustom"/> up, has no name, or has a name already taken.
    /// </exception>
    public ReportAnalyzer Build()
    {
        if (_slots.Count == 0)
        {
            throw new InvalidOperationException("No recognizer: call UseDefaults(), a UseX() or Use(recognizer) before Build().");
        }
        var recognizers = new IFactRecognizer[_slots.Count];
        for (var i = 0; i < recognizers.Length; i++)
        {
            recognizers[i] = _slots[i] switch
            {
                QuantitySlot => new QuantityRecognizer(new QuantityExtractor { TaiwanYears = _taiwanYears }, _quantityKinds),
                EntitySlot => new EntityRecognizer(new EntityExtractor(_gazetteer), _entityKinds),
                IFactRecognizer own => own,
                _ => throw new InvalidOperationException("Unknown slot."),
            };
        }
        return new ReportAnalyzer(recognizers, _gazetteer);
    }

    private ReportAnalyzerBuilder UseEntity(FactKinds kind)
    {
        AddSlot(_entityKinds == FactKinds.None, EntitySlot.Instance);
        _entityKinds |= kind;
        return this;
    }

    private void AddSlot(bool first, object slot)
    {
        if (first)
        {
            _slots.Add(slot);
        }
    }

    private sealed class QuantitySlot
    {
        public static readonly QuantitySlot Instance = new();
    }

    private sealed class EntitySlot
    {
        public static readonly EntitySlot Instance = new();
    }
}
