using System.Buffers;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// Which characters of a text are taken by a mention found so far, and by what kind of mention (a bit
/// each), so that "does this span overlap a mention?" costs the span's length rather than the number of
/// mentions. The buffer comes from the shared pool: return it with <see cref="Dispose"/>.
/// </summary>
internal sealed class TakenSpans : IDisposable
{
    /// <summary>The bit of a place.</summary>
    public const byte Place = 1;

    /// <summary>The bit of any other mention (organisation, person).</summary>
    public const byte Other = 2;

    private byte[] marks;
    private int length;

    /// <summary>A map of a text of <paramref name="length"/> characters with nothing taken.</summary>
    public TakenSpans(int length)
    {
        this.length = length;
        marks = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
        Array.Clear(marks, 0, length);
    }

    /// <summary>
    /// A map with a buffer of its own, to be <see cref="Reset"/> before each text: one a scan's thread keeps between
    /// the texts it reads (not disposed: the buffer is not the pool's).
    /// </summary>
    public TakenSpans()
    {
        marks = [];
    }

    /// <summary>Makes this map (made by the constructor without a length) one of a text of <paramref name="length"/> characters with nothing taken.</summary>
    public void Reset(int length)
    {
        if (marks.Length < length)
        {
            marks = new byte[Math.Max(length, 2 * marks.Length)];
        }
        else
        {
            Array.Clear(marks, 0, length);
        }
        this.length = length;
    }

    /// <summary>Whether any character of start..end (exclusive) is taken by a mention of the kinds in <paramref name="kinds"/>.</summary>
    public bool Overlaps(int start, int end, byte kinds = Place | Other)
    {
        start = Math.Max(0, start);
        end = Math.Min(end, length);
        for (var k = start; k < end; k++)
        {
            if ((marks[k] & kinds) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Marks start..end (exclusive) as taken by a mention of kind <paramref name="kind"/>.</summary>
    public void Take(int start, int end, byte kind = Other)
    {
        for (var k = Math.Max(0, start); k < end && k < length; k++)
        {
            marks[k] |= kind;
        }
    }

    /// <summary>Returns the buffer to the pool.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Dispose()
    {
        if (marks.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(marks);
            marks = [];
        }
    }
}
