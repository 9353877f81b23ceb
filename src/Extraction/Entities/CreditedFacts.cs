using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// What <see cref="CreditedPeople"/> and <see cref="CreditedSources"/> share: the facts a byline credits are
/// added outside the body where no fact stands, in document order.
/// </summary>
internal static class CreditedFacts
{
    /// <summary>Whether every character of <paramref name="name"/> is a CJK ideograph (a name, not a user name or a URL).</summary>
    public static bool IsHan(string name) => name.All(c => c >= '\u3400' && c <= '\u9fff');

    /// <summary>Whether one of <paramref name="facts"/> shares a character with [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool Overlaps(IEnumerable<Fact> facts, int start, int end) => facts.Any(f => f.Start < end && start < f.End);

    /// <summary>
    /// <paramref name="facts"/> with <paramref name="added"/>, ordered by start and end; stable, so among facts of
    /// one span the recognizers' order stays and theirs come first.
    /// </summary>
    public static IReadOnlyList<Fact> AddInOrder(IReadOnlyList<Fact> facts, List<Fact>? added) =>
        added is null ? facts : [.. facts.Concat(added).OrderBy(f => f.Start).ThenBy(f => f.End)];
}
