namespace WorkTeam.Extraction.Text;

/// <summary>Whether a text starts with, ends with or contains one of a list of words (ordinal comparison).</summary>
internal static class WordMatch
{
    public static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (word.Length != 0 && (text.IsEmpty || text[0] != word[0]))
            {
                continue; // most words differ at their first character: no comparison of the rest
            }
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first of <paramref name="words"/> that <paramref name="text"/> begins with, or null.</summary>
    public static string? FirstStartingWith(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (word.Length != 0 && (text.IsEmpty || text[0] != word[0]))
            {
                continue;
            }
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }
        return null;
    }

    /// <summary>The first of <paramref name="words"/> that <paramref name="text"/> ends with, or null.</summary>
    public static string? FirstEndingWith(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (word.Length != 0 && (text.IsEmpty || text[^1] != word[^1]))
            {
                continue;
            }
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }
        return null;
    }

    public static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (word.Length != 0 && (text.IsEmpty || text[^1] != word[^1]))
            {
                continue; // most words differ at their last character: no call to compare the rest
            }
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    public static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
