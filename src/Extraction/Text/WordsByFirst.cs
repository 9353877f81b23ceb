namespace WorkTeam.Extraction.Text;

/// <summary>
/// A word list split by first character, each part in the list's order: the first word of the list a text starts with
/// is the first of its character's part that it starts with, found without comparing the other parts. Immutable.
/// </summary>
internal sealed class WordsByFirst
{
    private readonly System.Collections.Frozen.FrozenDictionary<char, string[]> _byFirst;
    private readonly bool _hasEmpty;

    public WordsByFirst(string[] words)
    {
        _hasEmpty = words.Any(w => w.Length == 0);
        _byFirst = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(
            words.Where(w => w.Length > 0).GroupBy(w => w[0]), g => g.Key, g => g.ToArray());
    }

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
        // An empty word (none in the lists: keys are never empty) matches wherever no other word does; a list sorted
        // longest first has it last.
        return _hasEmpty ? string.Empty : null;
    }

    /// <summary>Whether <paramref name="rest"/> starts with a word of the list (<see cref="WordMatch.StartsWithAny"/>).</summary>
    public bool StartsWithAny(ReadOnlySpan<char> rest) => At(rest) is not null;
}
