namespace WorkTeam.Extraction.Analysis;

/// <summary>A keyword of a text and its weight (TF-IDF or normalised TextRank score).</summary>
/// <param name="Word">The word as it appears in the text.</param>
/// <param name="Weight">The weight; higher is more important.</param>
public readonly record struct Keyword(string Word, double Weight);
