using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WorkTeam.Extraction.Segmentation;

/// <summary>
/// The tokens <see cref="Segmenter.Cut"/> and <see cref="Segmenter.CutWithTags"/> return: the text
/// and the tokens' offsets, one per token when the tokens follow each other (precise mode: every
/// token starts where the one before ends), a start and an end otherwise, as 16-bit numbers when the
/// text is shorter than 65,536 characters; a <see cref="Token"/> is made when it is read. Immutable
/// and safe to read from any thread.
/// </summary>
/// <remarks>
/// A <see cref="Token"/> array cost 24 bytes a token, most of what a segmented text allocated (30 MB
/// for 5.3 MB of text); two bytes a token is a twelfth of it. A token's string comes from
/// <see cref="TokenStrings"/> when it is read, so a short word is the same string every time; a token
/// of five characters or more is a new string at each read.
/// </remarks>
internal sealed class TokenList : IReadOnlyList<Token>, IList<Token>
{
    private readonly string _text;
    // The tokens' offsets: a ushort[] when the text is shorter than 65,536 characters (nearly always),
    // else an int[]. Contiguous: token i is [b[i], b[i + 1]); else starts in [0, n), ends in [n, 2n).
    private readonly object _bounds;
    private readonly string?[]? _tags;
    private readonly int _count;
    private readonly bool _contiguous;
    private readonly bool _narrow;

    private TokenList(string text, object bounds, bool narrow, string?[]? tags, int count, bool contiguous)
    {
        _text = text;
        _bounds = bounds;
        _narrow = narrow;
        _tags = tags;
        _count = count;
        _contiguous = contiguous;
    }

    /// <summary>
    /// The tokens of an empty text: a list of no tokens, not <c>Array.Empty&lt;Token&gt;()</c>, whose generic
    /// code over this assembly's value type a user's app JIT-compiled at its first empty line.
    /// </summary>
    private static readonly TokenList Empty = new(string.Empty, new ushort[1], narrow: true, tags: null, count: 0, contiguous: true);

    /// <summary>The tokens of <paramref name="spans"/> (offsets into <paramref name="text"/>), with their tags when <paramref name="tags"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see the indexer
    internal static IReadOnlyList<Token> Create(string text, SpanBuffer spans, bool tags)
    {
        int n = spans.Count;
        if (n == 0)
        {
            return Empty;
        }
        var span = spans.AsSpan();
        bool contiguous = true;
        for (int i = 1; i < span.Length; i++)
        {
            if (span[i].Start != span[i - 1].End)
            {
                contiguous = false;
                break;
            }
        }
        bool narrow = text.Length <= ushort.MaxValue;
        object bounds = narrow ? Narrow(span, contiguous) : Wide(span, contiguous);
        string?[]? tagArray = null;
        if (tags)
        {
            tagArray = new string?[n];
            for (int i = 0; i < span.Length; i++)
            {
                tagArray[i] = span[i].Tag;
            }
        }
        return new TokenList(text, bounds, narrow, tagArray, n, contiguous);
    }

    // Plain loops, one per element type: generic code over a value type can be missing from the
    // package's precompiled image and JIT-compiled at the first call.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see the indexer
    private static ushort[] Narrow(ReadOnlySpan<TokenSpan> spans, bool contiguous)
    {
        int n = spans.Length;
        var bounds = new ushort[contiguous ? n + 1 : 2 * n];
        for (int i = 0; i < n; i++)
        {
            bounds[i] = (ushort)spans[i].Start;
        }
        if (contiguous)
        {
            bounds[n] = (ushort)spans[n - 1].End;
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                bounds[n + i] = (ushort)spans[i].End;
            }
        }
        return bounds;
    }

    private static int[] Wide(ReadOnlySpan<TokenSpan> spans, bool contiguous)
    {
        int n = spans.Length;
        var bounds = new int[contiguous ? n + 1 : 2 * n];
        for (int i = 0; i < n; i++)
        {
            bounds[i] = spans[i].Start;
        }
        if (contiguous)
        {
            bounds[n] = spans[n - 1].End;
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                bounds[n + i] = spans[i].End;
            }
        }
        return bounds;
    }

    public int Count => _count;

    public Token this[int index]
    {
        // Fully optimised at its first call: read once per token from the caller's loop, the ReadyToRun
        // copy (thread-static and static reads through helpers) then an instrumented tier ran for most
        // of a short run instead of the final code.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        get
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowIndex();
            }
            int endIndex = _contiguous ? index + 1 : _count + index;
            int start, end;
            if (_narrow)
            {
                var bounds = Unsafe.As<ushort[]>(_bounds);
                start = bounds[index];
                end = bounds[endIndex];
            }
            else
            {
                var bounds = Unsafe.As<int[]>(_bounds);
                start = bounds[index];
                end = bounds[endIndex];
            }
            return new Token(TokenStrings.Get(_text, start, end - start), start, end, _tags?[index]);
        }
    }

    Token IList<Token>.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    bool ICollection<Token>.IsReadOnly => true;

    public IEnumerator<Token> GetEnumerator() => new Enumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public int IndexOf(Token item)
    {
        for (int i = 0; i < _count; i++)
        {
            if (this[i] == item)
            {
                return i;
            }
        }
        return -1;
    }

    public bool Contains(Token item) => IndexOf(item) >= 0;

    public void CopyTo(Token[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < _count)
        {
            throw new ArgumentException("The destination array is too short.", nameof(array));
        }
        for (int i = 0; i < _count; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    void IList<Token>.Insert(int index, Token item) => throw ReadOnly();

    void IList<Token>.RemoveAt(int index) => throw ReadOnly();

    void ICollection<Token>.Add(Token item) => throw ReadOnly();

    void ICollection<Token>.Clear() => throw ReadOnly();

    bool ICollection<Token>.Remove(Token item) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The tokens of a cut are read-only.");

    private static void ThrowIndex() => throw new ArgumentOutOfRangeException("index");

    private sealed class Enumerator(TokenList list) : IEnumerator<Token>
    {
        private int _index = -1;

        public Token Current => list[_index];

        object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < list._count;

        public void Reset() => _index = -1;

        public void Dispose()
        {
        }
    }
}

/// <summary>
/// Token strings: one string per character for the process, and a per-thread cache of recent short
/// words, so the same word read again is not allocated anew.
/// </summary>
internal static class TokenStrings
{
    /// <summary>Tokens up to this many characters go through the per-thread cache.</summary>
    public const int CachedLength = 4;

    /// <summary>log2 of the cache's sets; each set holds two words, the last read first.</summary>
    private const int SetBits = 14;

    private static readonly string?[] SingleCharacters = new string?[char.MaxValue + 1];

    [ThreadStatic]
    private static Cache? t_cache;

    /// <summary>
    /// The string of <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>]:
    /// the text itself when the token is all of it, a shared string for one character, a cached one
    /// for two to four characters, else a new one.
    /// </summary>
    /// <remarks>
    /// A word of two to four characters is its own key: its UTF-16 units packed into a ulong, the
    /// length in the top bits of a two- or three-character word (a four-character word whose last
    /// unit is below 4, a control character, is not cached, so keys never collide). A hit compares
    /// numbers and never reads the cached string, which sits wherever the heap put it.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see TokenList's indexer
    public static string Get(string text, int start, int length)
    {
        if (length == text.Length)
        {
            return text;
        }
        if (length == 1)
        {
            // A third of the tokens are one character (punctuation, single Han characters): one
            // string per character for the process, made on first use (a race makes an equal string).
            char c = text[start];
            return SingleCharacters[c] ??= c.ToString();
        }
        if (length > CachedLength || (uint)start > (uint)(text.Length - length))
        {
            return text.Substring(start, length);
        }
        ref char first = ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start);
        ulong key = length switch
        {
            2 => Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref first)) | 2ul << 48,
            3 => Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref first)) | (ulong)Unsafe.Add(ref first, 2) << 32 | 3ul << 48,
            _ => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref first)),
        };
        if (key >> 48 < 4 && length == 4)
        {
            return text.Substring(start, length);
        }
        var entries = (t_cache ??= new Cache()).Entries;
        int slot = (int)((key * 0x9E3779B97F4A7C15ul) >> (64 - SetBits)) << 1;
        ref var way0 = ref entries[slot];
        if (way0.Key == key)
        {
            return way0.Text!;
        }
        ref var way1 = ref Unsafe.Add(ref way0, 1);
        string made;
        if (way1.Key == key)
        {
            // Move the word to the set's front; the other one becomes the next to go.
            made = way1.Text!;
        }
        else
        {
            made = text.Substring(start, length);
        }
        way1 = way0;
        way0 = new Entry(key, made);
        return made;
    }

    /// <summary>
    /// Two ways of 2^SetBits sets, a set's two entries side by side (32 bytes, one cache line or two):
    /// a lookup reads a key and, on a hit, its string from the same line (0 is no key: every key has a
    /// non-zero top unit).
    /// </summary>
    private sealed class Cache
    {
        public readonly Entry[] Entries = new Entry[2 << SetBits];
    }

    private struct Entry(ulong key, string text)
    {
        public ulong Key = key;
        public string? Text = text;
    }
}
