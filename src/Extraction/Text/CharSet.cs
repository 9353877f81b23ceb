namespace WorkTeam.Extraction.Text;

/// <summary>
/// A set of UTF-16 units as one bit each (8 KB): <see cref="Contains"/> is one array read, where a
/// <see cref="System.Buffers.SearchValues{T}"/> of hundreds of CJK characters probes and verifies. For the
/// sets a recognizer tests at every character of a text; searching a text for any member stays with
/// <c>SearchValues</c>, which is vectorized. Immutable.
/// </summary>
internal sealed class CharSet
{
    private readonly ulong[] bits = new ulong[(char.MaxValue + 1) / 64];

    public CharSet(ReadOnlySpan<char> members)
    {
        foreach (var c in members)
        {
            bits[c >> 6] |= 1UL << c;
        }
    }

    public bool Contains(char c) => (bits[c >> 6] & (1UL << c)) != 0;
}
