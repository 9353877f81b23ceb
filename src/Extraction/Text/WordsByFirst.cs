using System.Collections.Frozen;

namespace WorkTeam.Extraction.Text;

/// <summary>
/// A word list split by first character, each part in the list's order: the first word of the list a text starts with
/// is the first of its character's part that it starts with, found without comparing the other parts. Immutable.
/// </summary>
internal sealed class WordsByFirst
{
    private readonly FrozenDictionary<char, string[]> _byFirst;

    /// <param name="words">The words, none empty (the lists' keys never are).</param>
    public WordsByFirst(string[] words) => _byFirst = WordGroups.ByFirstChar(words);

    /// <summary>The first word of the list that <paramref name="rest"/> starts with, or null.</summary>
    public string? At(ReadOnlySpan<char> rest)
    {
        if (!rest.IsEmpty && _byFirst.TryGetValue(rest[0], out var words))
        {
            foreach (var word in words)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal))
                {
                    return word;
                }
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="rest"/> starts with a word of the list (<see cref="WordMatch.StartsWithAny"/>).</summary>
    public bool StartsWithAny(ReadOnlySpan<char> rest) => At(rest) is not null;
}
