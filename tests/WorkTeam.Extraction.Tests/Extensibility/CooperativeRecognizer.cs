using System.Buffers;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Recognition;

namespace WorkTeam.Extraction.Tests.Extensibility;

/// <summary>
/// A user's own entity kind, written against the public API only: the cooperatives of their own list
/// (a name list an analyst keeps), found in either script, each with the place written right before it
/// as its parent (民丰县谷香米业合作社 → parent 民丰县), read from the places the library claimed.
/// </summary>
public sealed class CooperativeRecognizer(IReadOnlyList<string> names) : IFactRecognizer
{
    /// <summary>The new kind: the second bit left to users.</summary>
    public static readonly FactKinds Cooperative = (FactKinds)((int)FactKinds.FirstCustom << 1);

    public FactKinds Kinds => Cooperative;

    public SearchValues<char>? OpeningCharacters { get; } = SearchValues.Create(string.Concat(names.Select(n => n[0])));

    public IReadOnlyDictionary<FactKinds, string> KindNames { get; } = new Dictionary<FactKinds, string> { [Cooperative] = "coop" };

    public FactKinds ReadsKinds => FactKinds.Place;

    public void Recognize(TextAnalysis analysis, FactKinds wanted, ICollection<Fact> facts)
    {
        var view = analysis.Simplified.View; // 穀香 reads as 谷香; the simplified view keeps offsets here
        foreach (var name in names)
        {
            for (var at = view.IndexOf(name, StringComparison.Ordinal); at >= 0; at = view.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                var place = analysis.Claimed.LastOrDefault(f => f.Kind == FactKinds.Place && f.End == at);
                facts.Add(new Fact { Kind = Cooperative, Text = analysis.Text[at..end], Start = at, End = end, Name = name, Parent = place?.Name });
            }
        }
    }
}
