namespace WorkTeam.Extraction.Text;

/// <summary>Sentences of a text, as ranges of it: where a fact's sentence starts and ends.</summary>
public static class Sentences
{
    /// <summary>The characters that end a sentence: 。！？, their ASCII forms, and a line break.</summary>
    public const string Ends = "。！？!?\n";

    /// <summary>How far a sentence reaches each way from the span at most: a text without punctuation still gives a readable excerpt.</summary>
    public const int MaxReach = 150;

    /// <summary>
    /// The sentence around <c>[start, end)</c>: from just after the previous sentence end to the next one
    /// (included), at most <see cref="MaxReach"/> characters each way, without surrounding white space.
    /// Offsets outside the text are clamped to it.
    /// </summary>
    /// <returns>The sentence as a range of <paramref name="text"/>, <c>End</c> exclusive.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (int Start, int End) Around(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var from = start;
        while (from > 0 && !Ends.Contains(text[from - 1], StringComparison.Ordinal) && start - from < MaxReach)
        {
            from--;
        }
        var to = end;
        while (to < text.Length && to - end < MaxReach)
        {
            var c = text[to++];
            if (Ends.Contains(c, StringComparison.Ordinal))
            {
                break;
            }
        }
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }
        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }
        return (from, to);
    }
}
