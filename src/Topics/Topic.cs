namespace WorkTeam.Topics;

/// <summary>One topic of a model: its best words, best first, with their weights.</summary>
/// <param name="Index">The topic's number, from 0; a document's mix is indexed by it.</param>
/// <param name="Words">The words (simplified), best first.</param>
/// <param name="Weights">Each word's probability in the topic, in the order of <paramref name="Words"/>.</param>
public sealed record Topic(int Index, IReadOnlyList<string> Words, IReadOnlyList<float> Weights);
