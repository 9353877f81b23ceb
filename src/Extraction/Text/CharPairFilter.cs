using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Text;

/// <summary>
/// A set of character pairs as one bit per hash of the pair (8 KB): <see cref="MayContain(char, char)"/> is false for
/// every pair never given, true for those given and for a few others that share their bit. A scan tests it at every
/// position before a dictionary, whose hashing it spares where the answer is no. Built once; immutable and thread-safe.
/// </summary>
internal sealed class CharPairFilter
{
    private readonly ulong[] bits = new ulong[(1 << 16) / 64];

    /// <param name="pairs">The pairs to hold, each as <see cref="Pair"/> writes it.</param>
    public CharPairFilter(IEnumerable<int> pairs)
    {
        foreach (var pair in pairs)
        {
            var slot = Slot(pair);
            bits[slot >> 6] |= 1UL << (int)(slot & 63);
        }
    }

    /// <summary>The pair's key: the first character in the high half, the second in the low.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Pair(char first, char second) => (first << 16) | second;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(char first, char second) => MayContain(Pair(first, second));

    /// <summary>False when <paramref name="pair"/> (<see cref="Pair"/>) was not given; true when it may have been.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(int pair)
    {
        var slot = Slot(pair);
        return (bits[slot >> 6] & (1UL << (int)(slot & 63))) != 0;
    }

    /// <summary>The filter's bits, slot s at bit s % 64 of word s / 64 (<see cref="Slot"/>), for a scan that tests every pair of a text in a loop of its own.</summary>
    public ReadOnlySpan<ulong> Bits => bits;

    /// <summary>Fibonacci hashing: the top 16 bits of the pair times the golden ratio.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Slot(int pair) => ((uint)pair * 0x9E3779B1u) >> 16;
}
