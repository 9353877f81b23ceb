namespace WorkTeam.Extraction.Text;

/// <summary>
/// Trigger bits per UTF-16 unit, for a recognizer whose steps each need some character to fire: the recognizer marks
/// each step's characters with one bit (up to 16 steps), then reads a whole text's bits in one pass of one table
/// (<see cref="Of"/>) and skips the steps whose characters the text lacks. On a short line one table read per
/// character costs less than a vectorised search per step. 128 KB; marked once while its owner's static fields are
/// initialised, read-only after that.
/// </summary>
internal sealed class CharTriggers
{
    private readonly ushort[] _flags = new ushort[char.MaxValue + 1];

    /// <summary>Sets <paramref name="bit"/> for each of <paramref name="chars"/>.</summary>
    public CharTriggers Mark(ReadOnlySpan<char> chars, ushort bit)
    {
        foreach (var c in chars)
        {
            _flags[c] |= bit;
        }
        return this;
    }

    /// <summary>Sets <paramref name="bit"/> for the first character of each of <paramref name="words"/>.</summary>
    public CharTriggers MarkFirst(IEnumerable<string> words, ushort bit)
    {
        foreach (var word in words)
        {
            if (word.Length > 0)
            {
                _flags[word[0]] |= bit;
            }
        }
        return this;
    }

    /// <summary>Sets <paramref name="bit"/> for every UTF-16 unit <paramref name="accepts"/> (a set that cannot list its members).</summary>
    public CharTriggers MarkWhere(Func<char, bool> accepts, ushort bit)
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (accepts((char)c))
            {
                _flags[c] |= bit;
            }
        }
        return this;
    }

    /// <summary>Each UTF-16 unit's bits, for a scan that reads them as it walks a text (read-only).</summary>
    public ReadOnlySpan<ushort> Flags => _flags;

    /// <summary>
    /// Each UTF-16 unit's bits as one byte, for a table of eight bits or fewer: half the table's size (64 KB), so the part
    /// that Chinese text reads (the CJK block, 21 KB) stays in the processor's first-level cache where the 42 KB of the
    /// two-byte table did not (a scan's time per character went mostly to waiting for that read).
    /// </summary>
    /// <exception cref="InvalidOperationException">A bit above the eighth is set.</exception>
    public byte[] ToBytes()
    {
        var bytes = new byte[_flags.Length];
        for (var c = 0; c < _flags.Length; c++)
        {
            bytes[c] = _flags[c] <= byte.MaxValue ? (byte)_flags[c] : throw new InvalidOperationException("A trigger bit above the eighth: the table needs two bytes a character.");
        }
        return bytes;
    }

    /// <summary>The bits of every character of <paramref name="text"/>, or-ed.</summary>
    public ushort Of(ReadOnlySpan<char> text)
    {
        var flags = _flags;
        var bits = 0;
        foreach (var c in text)
        {
            bits |= flags[c];
        }
        return (ushort)bits;
    }
}
