using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Segmentation;

/// <summary>
/// The spans a segmentation call appends to: a growable array of <see cref="TokenSpan"/>, reused from
/// call to call through the segmenter's per-thread scratch.
/// </summary>
/// <remarks>
/// Not a <c>List&lt;TokenSpan&gt;</c>: generic code of the base library over this assembly's value type
/// is not in the package's ReadyToRun image, so List's Add, Clear and the rest were JIT-compiled in a
/// user's app at the first call, then instrumented and compiled again by tiering, and Add, called once
/// a token, was a call the precompiled code could not inline. This class is in the image and its Add is
/// inlined. <see cref="Clear"/> only resets the count: the spans' tags are the POS model's and the
/// dictionary's own strings, which a stale span keeps alive no longer than they live anyway.
/// </remarks>
internal sealed class SpanBuffer(int capacity)
{
    private TokenSpan[] _items = new TokenSpan[capacity];
    private int _count;

    public int Count => _count;

    public int Capacity => _items.Length;

    /// <summary>The span at <paramref name="index"/> (below <see cref="Count"/>).</summary>
    public ref TokenSpan this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowIndex();
            }
            return ref _items[index];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(TokenSpan span)
    {
        var items = _items;
        int n = _count;
        if ((uint)n < (uint)items.Length)
        {
            items[n] = span;
            _count = n + 1;
        }
        else
        {
            AddWithResize(span);
        }
    }

    public void Clear() => _count = 0;

    /// <summary>Drops the spans from <paramref name="count"/> on.</summary>
    public void Truncate(int count)
    {
        if ((uint)count > (uint)_count)
        {
            ThrowIndex();
        }
        _count = count;
    }

    public ReadOnlySpan<TokenSpan> AsSpan() => new(_items, 0, _count);

    public ReadOnlySpan<TokenSpan> AsSpan(int start) => AsSpan()[start..];

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddWithResize(TokenSpan span)
    {
        var grown = new TokenSpan[Math.Max(16, _items.Length * 2)];
        Array.Copy(_items, grown, _count);
        _items = grown;
        _items[_count++] = span;
    }

    private static void ThrowIndex() => throw new ArgumentOutOfRangeException("index");
}
