using System.Buffers;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Links;

/// <summary>
/// The words that drive linking, read once from Links/Data/link-words.tsv and link-frames.tsv (both
/// scripts listed there, so the linker reads the text as written), and the counted nouns of
/// Facts/Data/counted-nouns.tsv. Immutable, shared by all threads.
/// </summary>
internal static class LinkWords
{
    /// <summary>Characters that end a clause inside a sentence (，；：).</summary>
    public static readonly SearchValues<char> ClauseEnds = SearchValues.Create(string.Concat(Of("clause")));

    /// <summary>Characters that end a clause or a sentence (<see cref="Text.Sentences.Ends"/>): where a text is cut.</summary>
    public static readonly SearchValues<char> Breaks = SearchValues.Create(string.Concat(Of("clause")) + Text.Sentences.Ends);

    /// <summary>Markers after money that say what it is for (用于).</summary>
    public static readonly string[] Purpose = Longest(Of("purpose"));

    /// <summary>Adverbs between a clause end and a purpose marker (全部).</summary>
    public static readonly string[] PurposeLead = Longest(Of("purpose-lead"));

    /// <summary>Words that end a purpose phrase and stay out of it (等).</summary>
    public static readonly string[] SubjectEnd = Longest(Of("subject-end"));

    /// <summary>Words before a date that opens a paragraph (截至).</summary>
    public static readonly string[] TimeLead = Longest(Of("time-lead"));

    /// <summary>Words after a date that opens a paragraph (以来).</summary>
    public static readonly string[] TimeTail = Longest(Of("time-tail"));

    /// <summary>Words before a date that make it a comparison (较).</summary>
    public static readonly string[] Baseline = Longest(Of("baseline"));

    /// <summary>Words before an organisation that make it no actor (被, 向).</summary>
    public static readonly string[] NotAgent = Longest(Of("not-agent"));

    /// <summary>Words before an organisation that opens a clause as its agent (由).</summary>
    public static readonly string[] AgentLead = Longest(Of("agent-lead"));

    /// <summary>Characters that join two actors (县财政局、县水利局).</summary>
    public static readonly string Joiners = string.Concat(Of("joiner"));

    /// <summary>Words that name the document's team without its sender (工作队).</summary>
    public static readonly string[] TeamWords = Longest(Of("team-word"));

    /// <summary>Words of what villagers and villages have or earn (收入, 人口): a number of theirs has no actor.</summary>
    public static readonly string[] NoActor = Longest(Of("no-actor"));

    /// <summary>Verbs of spending, building, handing out, organising (投入).</summary>
    public static readonly string[] Actions = Longest(Of("action"));

    /// <summary>Nouns after a count that say what it counts: counted-nouns.tsv's and link-words.tsv's own.</summary>
    public static readonly string[] Counted = Longest([.. WordLists.Get("counted-nouns").Values(), .. Of("counted")]);

    /// <summary>The frames (open, close) of a clause whose organisations are no actor (在…下).</summary>
    public static readonly (string Open, string Close)[] Frames =
        [.. WordLists.Get("link-frames").Rows.Select(r => (r[0], r[1]))];

    private static string[] Of(string kind) => [.. WordLists.Get("link-words").Where("kind", kind).Select(r => r[0])];

    /// <summary>Longest first, so a match at a position takes the longest word.</summary>
    private static string[] Longest(IEnumerable<string> words) => [.. words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];

    /// <summary>The longest word of <paramref name="words"/> that starts at <paramref name="at"/>, or null.</summary>
    public static string? At(string text, int at, string[] words)
    {
        var rest = text.AsSpan(at);
        foreach (var word in words)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }
        return null;
    }

    /// <summary>The longest word of <paramref name="words"/> that ends at <paramref name="end"/> (exclusive) and starts at or after <paramref name="from"/>, or null.</summary>
    public static string? Before(string text, int end, int from, string[] words)
    {
        var head = text.AsSpan(from, end - from);
        foreach (var word in words)
        {
            if (head.EndsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }
        return null;
    }

    /// <summary>Where the last word of <paramref name="words"/> in <c>[start, end)</c> starts, or -1.</summary>
    public static int LastIndexOf(string text, int start, int end, string[] words)
    {
        var span = text.AsSpan(start, Math.Max(0, end - start));
        var last = -1;
        foreach (var word in words)
        {
            var at = span.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && start + at > last)
            {
                last = start + at;
            }
        }
        return last;
    }

    /// <summary>Whether any word of <paramref name="words"/> occurs in <c>[start, end)</c>.</summary>
    public static bool Any(string text, int start, int end, string[] words)
    {
        var span = text.AsSpan(start, Math.Max(0, end - start));
        foreach (var word in words)
        {
            if (span.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
