using System.Buffers;
using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Recognition;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction;

/// <summary>A library recognizer: hands back its own list, already in document order, instead of copying it into a collection.</summary>
internal interface IOrderedRecognizer : IFactRecognizer
{
    /// <summary>The facts of the wanted kinds in document order (by start); the caller owns the list.</summary>
    IReadOnlyList<Fact> RecognizeOrdered(TextAnalysis analysis, FactKinds wanted);

    /// <summary>
    /// <see cref="RecognizeOrdered(TextAnalysis, FactKinds)"/> of each text into <paramref name="facts"/> (same index):
    /// the analyzer hands a block of texts at once so that a recognizer of several stages runs each over all of them.
    /// </summary>
    void RecognizeOrdered(ReadOnlySpan<TextAnalysis> analyses, FactKinds wanted, Span<IReadOnlyList<Fact>> facts)
    {
        for (var i = 0; i < analyses.Length; i++)
        {
            facts[i] = RecognizeOrdered(analyses[i], wanted);
        }
    }
}

/// <summary>Money, counts, measures, percentages and dates: one pass over the numerals (<see cref="QuantityExtractor"/>).</summary>
internal sealed class QuantityRecognizer(QuantityExtractor extractor, FactKinds kinds) : IOrderedRecognizer
{
    public FactKinds Kinds { get; } = kinds & FactKinds.Quantities;

    public SearchValues<char>? OpeningCharacters => QuantityScanner.Starts;

    // Most lines of a report hold no numeral: they get the shared empty list, not a list of their own each.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<Fact> RecognizeOrdered(TextAnalysis analysis, FactKinds wanted) =>
        QuantityScanner.MayHold(analysis.Text) ? extractor.Extract(analysis.Text, analysis.DocumentDate, wanted) : [];

    public void Recognize(TextAnalysis analysis, FactKinds wanted, ICollection<Fact> facts)
    {
        foreach (var fact in RecognizeOrdered(analysis, wanted))
        {
            facts.Add(fact);
        }
    }
}

/// <summary>
/// Places, organisations, people and work teams: one recognizer, because each reads the mentions of
/// the ones before it (an organisation's name holds a place, a team its sender and station) and a
/// place and a person that claim one span are settled between them (<see cref="EntityArbitration"/>).
/// </summary>
internal sealed class EntityRecognizer(EntityExtractor extractor, FactKinds kinds) : IOrderedRecognizer
{
    public FactKinds Kinds { get; } = kinds & FactKinds.Entities;

    public SearchValues<char>? OpeningCharacters => null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<Fact> RecognizeOrdered(TextAnalysis analysis, FactKinds wanted) =>
        extractor.Extract(analysis, wanted);

    // Places of every text of the block, then organisations of every text, and so on (EntityExtractor's stages).
    public void RecognizeOrdered(ReadOnlySpan<TextAnalysis> analyses, FactKinds wanted, Span<IReadOnlyList<Fact>> facts) =>
        extractor.Extract(analyses, wanted, facts);

    public void Recognize(TextAnalysis analysis, FactKinds wanted, ICollection<Fact> facts)
    {
        foreach (var fact in RecognizeOrdered(analysis, wanted))
        {
            facts.Add(fact);
        }
    }
}
