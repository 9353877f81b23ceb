using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using WorkTeam.Extraction.Resources;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Text;

/// <summary>
/// The reading view of a text: the text as a reader takes it from a reprinted web page. Inline pinyin
/// annotations (<c>工作隊(duì)</c>, <c>投入12萬(wàn)元</c>, <c>他們(men)</c>) are removed, and runs of lost
/// characters (<c>????</c> where full-width spaces were, U+FFFD) become full-width spaces, so that
/// segmentation, facts, titles and chains see clean text. The result is a <see cref="ConvertedText"/>
/// whose map leads every view offset back into the original.
/// </summary>
/// <remarks>
/// Conservative by rule, because a genuine parenthesis must stay: an annotation follows a Han character,
/// holds only pinyin syllables (with tone marks, tone digits or none) and no more syllables than the
/// Han characters right before it. One without any tone mark or digit (<c>(men)</c>) is removed only when
/// the same text has a toned one, or at least <see cref="TonelessEvidence"/> toneless ones, which shows the
/// page was annotated (a farm that annotates without tones: 新華(hua)社記(ji)者); an upper-case one only when toned.
/// So <c>2322户(次)</c>, <c>郝永言(左)</c>, <c>(GDP)</c> and <c>区块链(blockchain)</c> stay.
/// A run of <c>?</c> counts as lost characters when it is two or more long or opens a line; a single
/// <c>?</c> inside a line may be a question mark and stays.
/// </remarks>
internal static class ReadingText
{
    /// <summary>Toneless annotations that show a page was annotated without any toned one.</summary>
    private const int TonelessEvidence = 5;

    /// <summary>The longest parenthesised annotation looked at, brackets included.</summary>
    private const int MaxAnnotationLength = 48;

    /// <summary>The longest pinyin syllable (zhuang, shuang, chuang) in letters.</summary>
    private const int MaxSyllableLetters = 6;

    /// <summary>The longest run of Han characters looked back over to bound the syllables of one annotation.</summary>
    private const int MaxAnnotatedRun = 16;

    /// <summary>What a lost character becomes in the view: a separator a reader would see as blank.</summary>
    private const char LostCharacterSeparator = '\u3000';

    private const char Replacement = '\uFFFD';

    /// <summary>〇, the ideographic zero, a Han character outside the unified blocks.</summary>
    private const int IdeographicZero = 0x3007;

    private static readonly SearchValues<char> Triggers = SearchValues.Create(Marks.OpenBrackets + "?\uFFFD");

    private static readonly SearchValues<char> SyllableLetters = SearchValues.Create("abcdefghijklmnopqrstuwxyzü");

    private static readonly Lazy<FrozenSet<string>> LazySyllables = new(LoadSyllables, LazyThreadSafetyMode.ExecutionAndPublication);

    internal const string SyllablesResource = "WorkTeam.Extraction.Text.pinyin-syllables.tsv";

    /// <summary>The reading view of <paramref name="text"/>; the text itself (unchanged) when there is nothing to clean.</summary>
    public static ConvertedText Create(string text) => CreateIfChanged(text) ?? new ConvertedText(text, text, null);

    /// <summary>
    /// The reading view of <paramref name="text"/>, or null when there is nothing to clean: the analyzer reads most
    /// lines as they are and needs no object to say so.
    /// </summary>
    public static ConvertedText? CreateIfChanged(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = text.AsSpan().IndexOfAny(Triggers);
        if (first < 0)
        {
            return null;
        }
        var edits = FindEdits(text, first);
        if (edits.Count == 0)
        {
            return null;
        }
        var view = new StringBuilder(text.Length);
        var map = new OffsetMapBuilder();
        int copied = 0;
        foreach (var edit in edits)
        {
            view.Append(text, copied, edit.Start - copied);
            if (edit.IsLost)
            {
                view.Append(LostCharacterSeparator, edit.Length);
            }
            else
            {
                map.Replaced(text.AsSpan(edit.Start, edit.Length), [], edit.Start, view.Length);
            }
            copied = edit.Start + edit.Length;
        }
        view.Append(text, copied, text.Length - copied);
        return new ConvertedText(text, view.ToString(), map);
    }

    /// <summary>The reading view's text alone (a title, a paragraph for display).</summary>
    public static string Clean(string text) => Create(text).View;


    private readonly record struct Edit(int Start, int Length, bool IsLost);

    private static List<Edit> FindEdits(string text, int first)
    {
        var edits = new List<Edit>();
        var toneless = new List<int>(); // indexes into edits of annotations kept only if a toned one exists
        bool anyToned = false;
        var span = text.AsSpan();
        int i = first;
        while (i < text.Length)
        {
            int next = span[i..].IndexOfAny(Triggers);
            if (next < 0)
            {
                break;
            }
            i += next;
            char c = text[i];
            if (Marks.OpenBrackets.Contains(c))
            {
                if (TryAnnotation(text, i, out int length, out bool toned))
                {
                    if (toned)
                    {
                        anyToned = true;
                    }
                    else
                    {
                        toneless.Add(edits.Count);
                    }
                    edits.Add(new Edit(i, length, IsLost: false));
                    i += length;
                    continue;
                }
                i++;
                continue;
            }
            int end = i;
            while (end < text.Length && text[end] is '?' or Replacement)
            {
                end++;
            }
            if (IsLostRun(span, i, end))
            {
                edits.Add(new Edit(i, end - i, IsLost: true));
            }
            i = end;
        }
        if (!anyToned && toneless.Count is > 0 and < TonelessEvidence)
        {
            // No toned annotation anywhere and few toneless ones: not evidence enough, keep them as text.
            for (int k = toneless.Count - 1; k >= 0; k--)
            {
                edits.RemoveAt(toneless[k]);
            }
        }
        return edits;
    }

    /// <summary>U+FFFD always; <c>?</c> when two or more, or opening a line (after blanks).</summary>
    private static bool IsLostRun(ReadOnlySpan<char> text, int start, int end)
    {
        if (text[start..end].Contains(Replacement) || end - start >= 2)
        {
            return true;
        }
        int k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '\u3000')
        {
            k--;
        }
        return k < 0 || text[k] is '\n' or '\r';
    }

    /// <summary>Whether a pinyin annotation opens at <paramref name="open"/>, and its length with brackets.</summary>
    private static bool TryAnnotation(string text, int open, out int length, out bool toned)
    {
        length = 0;
        toned = false;
        int run = HanRunBefore(text, open);
        if (run == 0)
        {
            return false;
        }
        char close = Marks.CloseBrackets[Marks.OpenBrackets.IndexOf(text[open])];
        int limit = Math.Min(text.Length, open + MaxAnnotationLength);
        int closeAt = -1;
        for (int k = open + 1; k < limit; k++)
        {
            char c = text[k];
            if (c == close || Marks.CloseBrackets.Contains(c))
            {
                closeAt = k;
                break;
            }
            if (Marks.OpenBrackets.Contains(c) || c is '\n' or '\r')
            {
                return false;
            }
        }
        if (closeAt < 0 || !IsPinyin(text.AsSpan(open + 1, closeAt - open - 1), run, out toned))
        {
            return false;
        }
        length = closeAt + 1 - open;
        return true;
    }

    /// <summary>The number of Han characters (code points) or lost characters right before <paramref name="position"/>, up to <see cref="MaxAnnotatedRun"/>.</summary>
    private static int HanRunBefore(string text, int position)
    {
        int count = 0;
        int k = position;
        while (k > 0 && count < MaxAnnotatedRun)
        {
            if (char.IsLowSurrogate(text[k - 1]) && k >= 2 && char.IsHighSurrogate(text[k - 2]))
            {
                if (!IsHan(char.ConvertToUtf32(text[k - 2], text[k - 1])))
                {
                    break;
                }
                k -= 2;
            }
            else
            {
                // A lost character (?, U+FFFD) keeps the annotation of the character it stood for.
                if (!IsHan(text[k - 1]) && text[k - 1] is not ('?' or Replacement))
                {
                    break;
                }
                k--;
            }
            count++;
        }
        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsHan(int c) =>
        c is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F) or IdeographicZero;

    /// <summary>
    /// Whether <paramref name="content"/> is pinyin for at most <paramref name="maxSyllables"/> characters:
    /// letter runs separated by blanks, apostrophes, hyphens or tone digits, each a sequence of syllables.
    /// </summary>
    internal static bool IsPinyin(ReadOnlySpan<char> content, int maxSyllables, out bool toned)
    {
        toned = false;
        bool upper = false;
        int syllables = 0;
        Span<char> letters = stackalloc char[MaxAnnotationLength];
        int n = 0;
        for (int k = 0; k <= content.Length; k++)
        {
            char c = k < content.Length ? content[k] : ' ';
            if (c is ' ' or '\u3000' or '\'' or '’' or '-' or (>= '1' and <= '5'))
            {
                if (c is >= '1' and <= '5')
                {
                    if (n == 0)
                    {
                        return false;
                    }
                    toned = true;
                }
                if (n > 0)
                {
                    int found = CountSyllables(letters[..n]);
                    if (found == 0)
                    {
                        return false;
                    }
                    syllables += found;
                    n = 0;
                }
                continue;
            }
            if (c is >= '\u0300' and <= '\u030C')
            {
                toned = true; // a combining tone mark after its vowel
                continue;
            }
            char letter = BaseLetter(c, ref toned, ref upper);
            if (letter == '\0')
            {
                return false;
            }
            if (letter == ':')
            {
                // u: is ü
                if (n == 0 || letters[n - 1] != 'u')
                {
                    return false;
                }
                letters[n - 1] = 'ü';
                continue;
            }
            letters[n++] = letter;
        }
        return syllables >= 1 && syllables <= maxSyllables && (toned || !upper);
    }

    /// <summary>A pinyin letter without its tone: a–z, ü (v), or ':' for u:; '\0' for anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static char BaseLetter(char c, ref bool toned, ref bool upper)
    {
        if (c is >= 'a' and <= 'z')
        {
            return c == 'v' ? 'ü' : c;
        }
        if (c is >= 'A' and <= 'Z')
        {
            upper = true;
            return c == 'V' ? 'ü' : (char)(c + ('a' - 'A'));
        }
        switch (c)
        {
            case 'ü': return 'ü';
            case ':': return ':';
            case 'ā' or 'á' or 'ǎ' or 'à': toned = true; return 'a';
            case 'ē' or 'é' or 'ě' or 'è': toned = true; return 'e';
            case 'ī' or 'í' or 'ǐ' or 'ì': toned = true; return 'i';
            case 'ō' or 'ó' or 'ǒ' or 'ò': toned = true; return 'o';
            case 'ū' or 'ú' or 'ǔ' or 'ù': toned = true; return 'u';
            case 'ǖ' or 'ǘ' or 'ǚ' or 'ǜ': toned = true; return 'ü';
            case 'Ā' or 'Á' or 'Ǎ' or 'À': toned = true; upper = true; return 'a';
            case 'Ē' or 'É' or 'Ě' or 'È': toned = true; upper = true; return 'e';
            case 'Ō' or 'Ó' or 'Ǒ' or 'Ò': toned = true; upper = true; return 'o';
            default: return '\0';
        }
    }

    /// <summary>The fewest syllables <paramref name="letters"/> splits into, all from the inventory; 0 when it does not split.</summary>
    private static int CountSyllables(ReadOnlySpan<char> letters)
    {
        var lookup = LazySyllables.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<int> best = stackalloc int[letters.Length + 1];
        best.Fill(int.MaxValue);
        best[0] = 0;
        for (int end = 1; end <= letters.Length; end++)
        {
            for (int take = 1; take <= MaxSyllableLetters && take <= end; take++)
            {
                if (best[end - take] != int.MaxValue && best[end - take] + 1 < best[end] && lookup.Contains(letters.Slice(end - take, take)))
                {
                    best[end] = best[end - take] + 1;
                }
            }
        }
        return best[letters.Length] == int.MaxValue ? 0 : best[letters.Length];
    }

    [MethodImpl(MethodImplOptions.NoOptimization)] // runs once per process: an optimised compile costs more than it saves
    private static FrozenSet<string> LoadSyllables()
    {
        using var stream = typeof(ReadingText).Assembly.GetManifestResourceStream(SyllablesResource)
            ?? throw new ResourceLoadException(SyllablesResource, "not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var syllables = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length == 0 || entry[0] == '#')
            {
                continue;
            }
            if (entry.Length > MaxSyllableLetters || entry.AsSpan().ContainsAnyExcept(SyllableLetters))
            {
                throw new ResourceLoadException(SyllablesResource, $"'{entry}' is not a toneless pinyin syllable.");
            }
            syllables.Add(entry);
        }
        return syllables.ToFrozenSet(StringComparer.Ordinal);
    }
}
