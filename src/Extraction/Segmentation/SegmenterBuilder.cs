using System.Globalization;
using System.Text;

namespace WorkTeam.Extraction.Segmentation;

/// <summary>A user dictionary line that is not <c>word [freq] [tag]</c>.</summary>
public sealed class UserDictionaryFormatException : FormatException
{
    /// <summary>Creates the exception for line <paramref name="lineNumber"/> of <paramref name="source"/>.</summary>
    public UserDictionaryFormatException(string source, int lineNumber, string message)
        : base($"{source}, line {lineNumber}: {message}")
    {
        DictionarySource = source;
        LineNumber = lineNumber;
    }

    /// <summary>The file or source name of the dictionary.</summary>
    public string DictionarySource { get; }

    /// <summary>The 1-based line number of the bad entry.</summary>
    public int LineNumber { get; }
}

/// <summary>
/// Configures a <see cref="Segmenter"/>: words added or removed (as jieba's add_word and del_word,
/// applied in order) and user dictionaries in jieba's <c>word freq tag</c> format. <see cref="Build"/>
/// returns an immutable segmenter that shares the embedded dictionary with every other one.
/// </summary>
public sealed class SegmenterBuilder
{
    private readonly List<(string Word, int? Frequency, string? Tag)> _operations = [];

    /// <summary>Adds <paramref name="word"/> (in traditional script, its simplified form too); without a frequency, one is suggested that keeps the word whole (jieba's suggest_freq).</summary>
    public SegmenterBuilder AddWord(string word, int? frequency = null, string? tag = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        if (frequency is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "A frequency cannot be negative.");
        }
        _operations.Add((word, frequency, tag));
        return this;
    }

    /// <summary>Removes <paramref name="word"/> (jieba's del_word: frequency 0, and the HMM will not produce it either).</summary>
    public SegmenterBuilder RemoveWord(string word) => AddWord(word, 0);

    /// <summary>Adds every entry of a user dictionary: UTF-8 lines <c>word [freq] [tag]</c>, as jieba's load_userdict.</summary>
    /// <param name="reader">The dictionary text.</param>
    /// <param name="sourceName">A name for error messages (a file name).</param>
    public SegmenterBuilder AddUserDictionary(TextReader reader, string sourceName = "user dictionary")
    {
        ArgumentNullException.ThrowIfNull(reader);
        int lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (lineNumber == 1)
            {
                line = line.TrimStart('\uFEFF');
            }
            if (line.Length == 0)
            {
                continue;
            }
            var (word, freq, tag) = ParseEntry(line, sourceName, lineNumber);
            AddWord(word, freq, tag);
        }
        return this;
    }

    /// <summary>Adds every entry of the user dictionary file at <paramref name="path"/> (UTF-8).</summary>
    public SegmenterBuilder AddUserDictionary(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            return AddUserDictionary(reader, path);
        }
        catch (DecoderFallbackException e)
        {
            throw new UserDictionaryFormatException(path, 0, "the file must be UTF-8: " + e.Message);
        }
    }

    /// <summary>
    /// jieba's re_userdict <c>^(.+?)( [0-9]+)?( [a-z]+)?$</c>: the word may contain spaces; a trailing
    /// number is the frequency and a trailing lower-case word the tag.
    /// </summary>
    internal static (string Word, int? Frequency, string? Tag) ParseEntry(string line, string sourceName, int lineNumber)
    {
        string rest = line;
        string? tag = null;
        int? freq = null;
        int space = rest.LastIndexOf(' ');
        if (space > 0 && IsAll(rest.AsSpan(space + 1), static c => c is >= 'a' and <= 'z'))
        {
            tag = rest[(space + 1)..];
            rest = rest[..space];
        }
        space = rest.LastIndexOf(' ');
        if (space > 0 && IsAll(rest.AsSpan(space + 1), static c => c is >= '0' and <= '9'))
        {
            if (!int.TryParse(rest.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int f))
            {
                throw new UserDictionaryFormatException(sourceName, lineNumber, $"frequency out of range in '{line}'");
            }
            freq = f;
            rest = rest[..space];
        }
        if (rest.Length == 0)
        {
            throw new UserDictionaryFormatException(sourceName, lineNumber, $"no word in '{line}'");
        }
        return (rest, freq, tag);
    }

    private static bool IsAll(ReadOnlySpan<char> s, Func<char, bool> accept)
    {
        if (s.IsEmpty)
        {
            return false;
        }
        foreach (char c in s)
        {
            if (!accept(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Builds the segmenter. Without any word added it is <see cref="Segmenter.Default"/>.</summary>
    public Segmenter Build()
    {
        if (_operations.Count == 0)
        {
            return Segmenter.Default;
        }
        var dictionary = SegmenterResources.Default.Dictionary;
        var user = new UserLexicon();
        long total = dictionary.Total;
        var forceSplit = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, frequency, tag) in WithSimplifiedForms(_operations))
        {
            // As jieba's add_word: the frequency (suggested against the words so far), the total grows by it.
            var current = new Segmenter(new Lexicon(dictionary, user, total, forceSplit));
            int freq = frequency ?? SuggestFrequency(current, word);
            user.Set(word, freq, tag);
            total += freq;
            if (freq == 0)
            {
                forceSplit.Add(word);
            }
        }
        return new Segmenter(new Lexicon(dictionary, user, total, forceSplit));
    }

    /// <summary>
    /// Traditional text is segmented on its simplified view, so a word given in traditional script
    /// also goes in in its simplified form, right after it.
    /// </summary>
    private static IEnumerable<(string Word, int? Frequency, string? Tag)> WithSimplifiedForms(
        List<(string Word, int? Frequency, string? Tag)> operations)
    {
        foreach (var op in operations)
        {
            yield return op;
            string simplified = Text.ScriptConverter.Default.ToSimplified(op.Word);
            if (!string.Equals(simplified, op.Word, StringComparison.Ordinal))
            {
                yield return op with { Word = simplified };
            }
        }
    }

    /// <summary>jieba's suggest_freq(word, tune=False): just enough for the word to beat its own pieces.</summary>
    private static int SuggestFrequency(Segmenter segmenter, string word)
    {
        var lexicon = segmenter.Lexicon;
        double ftotal = lexicon.Total;
        double freq = 1;
        foreach (var piece in segmenter.Cut(word, SegmentationMode.Precise, hmm: false))
        {
            freq *= (lexicon.Frequency(piece.Text) ?? 1) / ftotal;
        }
        long suggested = (long)(freq * lexicon.Total) + 1;
        return (int)Math.Max(suggested, lexicon.Frequency(word) ?? 1);
    }
}
