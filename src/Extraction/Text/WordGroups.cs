using System.Collections.Frozen;

namespace WorkTeam.Extraction.Text;

/// <summary>
/// A word list grouped by the character at one end of its words, each group in the list's order: the words a text starts
/// with at a position (<see cref="WordsByFirst"/>) or ends with there (the person finder's roles, descriptors and credit
/// labels) are tried in the list's order among the few that share that character.
/// </summary>
internal static class WordGroups
{
    /// <summary>The words by their first character, each group in the list's order (for a test of the words a text starts with).</summary>
    public static FrozenDictionary<char, string[]> ByFirstChar(IEnumerable<string> words) => Group(words, last: false);

    /// <summary>The words by their last character, each group in the list's order (for a test of the words a text ends with).</summary>
    public static FrozenDictionary<char, string[]> ByLastChar(IEnumerable<string> words) => Group(words, last: true);

    private static FrozenDictionary<char, string[]> Group(IEnumerable<string> words, bool last)
    {
        var groups = new Dictionary<char, List<string>>();
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                throw new ArgumentException("A word list grouped by its words' first or last character holds an empty word.", nameof(words));
            }
            var key = last ? word[^1] : word[0];
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }
            list.Add(word);
        }
        return groups.ToFrozenDictionary(g => g.Key, g => g.Value.ToArray());
    }
}
