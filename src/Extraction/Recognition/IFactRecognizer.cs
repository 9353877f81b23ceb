using System.Buffers;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Recognition;

/// <summary>
/// One recognizer of facts: the library's extension point. A recognizer declares the kinds it
/// produces and the characters that can open one of its facts, and reads the shared, immutable
/// <see cref="TextAnalysis"/> of a text (the text, its simplified view with the offset map, the
/// facts the recognizers before it claimed). Register it with
/// <see cref="ReportAnalyzerBuilder.Use(IFactRecognizer)"/>. An implementation must be thread-safe:
/// one instance serves every text the analyzer reads, on any number of threads.
/// </summary>
/// <example>
/// A kind of one's own takes a bit from <see cref="FactKinds.FirstCustom"/> up and names it:
/// <code>
/// sealed class RatioRecognizer : IFactRecognizer
/// {
///     public static readonly FactKinds Ratio = FactKinds.FirstCustom;
///     public FactKinds Kinds => Ratio;
///     public SearchValues&lt;char&gt;? OpeningCharacters { get; } = SearchValues.Create("户");
///     public IReadOnlyDictionary&lt;FactKinds, string&gt; KindNames { get; } = new Dictionary&lt;FactKinds, string&gt; { [Ratio] = "ratio" };
///     public void Recognize(TextAnalysis analysis, FactKinds wanted, ICollection&lt;Fact&gt; facts) { … }
/// }
/// var analyzer = new ReportAnalyzerBuilder().UseDefaults().Use(new RatioRecognizer()).Build();
/// </code>
/// </example>
public interface IFactRecognizer
{
    /// <summary>The kinds this recognizer can produce (one or more bits).</summary>
    FactKinds Kinds { get; }

    /// <summary>
    /// The characters that can open one of its facts: a text with none of them is not given to the
    /// recognizer at all. Null when any character can (a recognizer that reads the whole text).
    /// </summary>
    SearchValues<char>? OpeningCharacters { get; }

    /// <summary>
    /// The output names (<c>kind</c> field) of the kinds this recognizer adds beyond the library's own
    /// (<see cref="FactKinds.FirstCustom"/> and up); empty when it produces only the library's kinds.
    /// </summary>
    IReadOnlyDictionary<FactKinds, string> KindNames => EmptyKindNames.Instance;

    /// <summary>
    /// The kinds this recognizer reads from <see cref="TextAnalysis.Claimed"/> (a ratio reads the
    /// measures): their recognizers run first whenever this one is asked for, even when their kinds
    /// are not, and their facts then stay out of the result. None by default.
    /// </summary>
    FactKinds ReadsKinds => FactKinds.None;

    /// <summary>Adds the facts of <paramref name="analysis"/> of the <paramref name="wanted"/> kinds to <paramref name="facts"/>, in any order.</summary>
    /// <param name="analysis">The text and what is known of it; the same instance for every recognizer of one call.</param>
    /// <param name="wanted">The kinds asked for: never empty, always within <see cref="Kinds"/>.</param>
    /// <param name="facts">Where the facts go; offsets are into <see cref="TextAnalysis.Text"/>.</param>
    void Recognize(TextAnalysis analysis, FactKinds wanted, ICollection<Fact> facts);
}

internal static class EmptyKindNames
{
    public static readonly IReadOnlyDictionary<FactKinds, string> Instance = new Dictionary<FactKinds, string>();
}
