namespace WorkTeam.Extraction.Text;

/// <summary>
/// Text converted to the other script (<see cref="View"/>) together with the map from view offsets
/// back to offsets in <see cref="Original"/>, so that anything found on the view can be reported with
/// the original characters. Offsets are UTF-16 indices, as everywhere in .NET. Immutable.
/// </summary>
/// <remarks>
/// OpenCC's tables keep the number of characters (code points) of a phrase, but a character outside the
/// BMP takes two UTF-16 units, so a view can be longer or shorter than its original (二噁英 → 二𫫇英).
/// Each replacement whose UTF-16 length changes is kept as a block; between blocks offsets move by a
/// constant. An offset strictly inside a block maps to the block's start (for a span's start) or end
/// (for a span's end), so a span never cuts an original character in two.
/// </remarks>
public sealed class ConvertedText
{
    // Blocks sorted by view position; a block is one view range that replaced an original range of another length.
    private readonly int[] _viewStart;
    private readonly int[] _viewEnd;
    private readonly int[] _originalStart;
    private readonly int[] _originalEnd;

    internal ConvertedText(string original, string view, OffsetMapBuilder? blocks)
    {
        Original = original;
        View = view;
        if (blocks is null || blocks.Count == 0)
        {
            _viewStart = _viewEnd = _originalStart = _originalEnd = [];
        }
        else
        {
            (_viewStart, _viewEnd, _originalStart, _originalEnd) = blocks.ToArrays();
        }
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The converted text, on which segmentation and recognition run.</summary>
    public string View { get; }

    /// <summary>True when every view offset equals its original offset (no length changed).</summary>
    public bool IsOffsetIdentity => _viewStart.Length == 0;

    /// <summary>True when the view is the original text unchanged.</summary>
    public bool IsUnchanged => ReferenceEquals(Original, View) || string.Equals(Original, View, StringComparison.Ordinal);

    /// <summary>
    /// The offset in <see cref="Original"/> of the position <paramref name="viewOffset"/> of
    /// <see cref="View"/> (0 to View.Length inclusive); inside a replaced character, its start.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside the view.</exception>
    public int ToOriginal(int viewOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(viewOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(viewOffset, View.Length);
        return Map(viewOffset, towardEnd: false);
    }

    /// <summary>
    /// The range of <see cref="Original"/> that the view range [<paramref name="viewStart"/>,
    /// <paramref name="viewEnd"/>) came from; a range that covers part of a replaced character widens to all of it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is outside the view or reversed.</exception>
    public (int Start, int End) ToOriginalSpan(int viewStart, int viewEnd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(viewStart);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(viewEnd, View.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(viewStart, viewEnd);
        int start = Map(viewStart, towardEnd: false);
        return viewStart == viewEnd ? (start, start) : (start, Map(viewEnd, towardEnd: true));
    }

    private int Map(int offset, bool towardEnd)
    {
        if (_viewStart.Length == 0)
        {
            return offset;
        }
        // i = number of blocks that end at or before offset.
        int i = UpperBound(_viewEnd, offset);
        if (i < _viewStart.Length && _viewStart[i] < offset)
        {
            return towardEnd ? _originalEnd[i] : _originalStart[i];
        }
        int delta = i == 0 ? 0 : _originalEnd[i - 1] - _viewEnd[i - 1];
        return offset + delta;
    }

    private static int UpperBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}

/// <summary>Collects the length-changing replacements of one conversion, in view order.</summary>
internal sealed class OffsetMapBuilder
{
    private int[] _data = []; // most texts need no block: no array until the first

    public int Count { get; private set; }

    /// <summary>
    /// Records that <paramref name="value"/>, written at <paramref name="viewStart"/>, replaced
    /// <paramref name="key"/> read at <paramref name="originalStart"/>. When both have the same number of
    /// code points (always, with OpenCC's tables) they are aligned code point by code point, so only a
    /// character whose UTF-16 length changed becomes a block; otherwise the whole replacement is one.
    /// </summary>
    public void Replaced(ReadOnlySpan<char> key, ReadOnlySpan<char> value, int originalStart, int viewStart)
    {
        if (key.Length == value.Length)
        {
            return;
        }
        if (CodePointCount(key) != CodePointCount(value))
        {
            Add(viewStart, viewStart + value.Length, originalStart, originalStart + key.Length);
            return;
        }
        int k = 0, v = 0;
        while (k < key.Length)
        {
            int kl = UnitLength(key, k), vl = UnitLength(value, v);
            if (kl != vl)
            {
                Add(viewStart + v, viewStart + v + vl, originalStart + k, originalStart + k + kl);
            }
            k += kl;
            v += vl;
        }
    }

    public (int[] ViewStart, int[] ViewEnd, int[] OriginalStart, int[] OriginalEnd) ToArrays()
    {
        var vs = new int[Count];
        var ve = new int[Count];
        var os = new int[Count];
        var oe = new int[Count];
        for (int i = 0; i < Count; i++)
        {
            vs[i] = _data[4 * i];
            ve[i] = _data[(4 * i) + 1];
            os[i] = _data[(4 * i) + 2];
            oe[i] = _data[(4 * i) + 3];
        }
        return (vs, ve, os, oe);
    }

    private void Add(int viewStart, int viewEnd, int originalStart, int originalEnd)
    {
        if ((4 * Count) + 4 > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(16, _data.Length * 2));
        }
        _data[4 * Count] = viewStart;
        _data[(4 * Count) + 1] = viewEnd;
        _data[(4 * Count) + 2] = originalStart;
        _data[(4 * Count) + 3] = originalEnd;
        Count++;
    }

    internal static int UnitLength(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    private static int CodePointCount(ReadOnlySpan<char> text)
    {
        int n = 0;
        for (int i = 0; i < text.Length; i += UnitLength(text, i))
        {
            n++;
        }
        return n;
    }
}
