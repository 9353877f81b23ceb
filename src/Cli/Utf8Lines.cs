using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace WorkTeam.Cli;

/// <summary>
/// A growable buffer of UTF-8 output lines: what a worker formats a document's JSON Lines into, for the
/// consumer to copy to the output as they are. The records were built as UTF-16 in a StringBuilder, which
/// the output's StreamWriter then copied into its own buffer and encoded: three passes over every byte of
/// the output (as large as the input on a report corpus) where one does.
/// </summary>
internal sealed class Utf8Lines
{
    /// <summary>The room a decimal takes at most in <see cref="FactFormat.NumberFormat"/> (29 digits, a sign and a point).</summary>
    private const int MaxNumberBytes = 64;

    private byte[] _bytes;
    private int _length;

    public Utf8Lines(int capacity) => _bytes = new byte[capacity];

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

    /// <summary>The size of the buffer, to drop a huge one instead of keeping it.</summary>
    public int Capacity => _bytes.Length;

    public void Clear() => _length = 0;

    /// <summary>Appends bytes that are already UTF-8 (a literal's <c>u8</c>).</summary>
    public void Append(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Room(utf8.Length));
        _length += utf8.Length;
    }

    /// <summary>Appends one ASCII character.</summary>
    public void Append(char ascii)
    {
        Room(1)[0] = (byte)ascii;
        _length++;
    }

    /// <summary>
    /// Appends text encoded as UTF-8; an unpaired surrogate becomes U+FFFD, as the output's encoder wrote it
    /// (the JSON encoding escapes them before they get here).
    /// </summary>
    public void Append(ReadOnlySpan<char> text)
    {
        Utf8.FromUtf16(text, Room(checked(text.Length * 3)), out _, out int written); // room for all: the whole text is written
        _length += written;
    }

    /// <summary>Appends an integer in invariant digits.</summary>
    public void Append(int value)
    {
        value.TryFormat(Room(11), out int written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Appends a decimal as <see cref="FactFormat.Number"/> spells it.</summary>
    public void Append(decimal value)
    {
        value.TryFormat(Room(MaxNumberBytes), out int written, FactFormat.NumberFormat, CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>The free part of the buffer, grown to hold at least <paramref name="bytes"/>.</summary>
    private Span<byte> Room(int bytes)
    {
        if (_bytes.Length - _length < bytes)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + bytes));
        }
        return _bytes.AsSpan(_length);
    }
}

/// <summary>
/// Where a run's UTF-8 lines go: straight into the stream under the output's <see cref="StreamWriter"/> (UTF-8,
/// already flushed), through a buffer of its own since standard output's stream is unbuffered; or, for any other
/// writer (a test's <see cref="StringWriter"/>), decoded into it.
/// </summary>
internal sealed class Utf8Sink
{
    private const int BufferSize = 1 << 16;

    private readonly Stream? _stream;
    private readonly TextWriter _writer;
    private readonly byte[] _buffer = [];
    private int _buffered;

    public Utf8Sink(TextWriter writer)
    {
        _writer = writer;
        if (writer is StreamWriter { Encoding.CodePage: 65001 } streamWriter)
        {
            // What the writer holds (a byte order mark, if its encoding wants one) goes first; from here on the lines bypass it.
            streamWriter.Flush();
            _stream = streamWriter.BaseStream;
            _buffer = new byte[BufferSize];
        }
    }

    public void Write(ReadOnlySpan<byte> utf8)
    {
        if (_stream is null)
        {
            _writer.Write(Encoding.UTF8.GetString(utf8));
            return;
        }
        if (_buffered + utf8.Length > _buffer.Length)
        {
            Flush();
            if (utf8.Length >= _buffer.Length)
            {
                _stream.Write(utf8);
                return;
            }
        }
        utf8.CopyTo(_buffer.AsSpan(_buffered));
        _buffered += utf8.Length;
    }

    /// <summary>Writes out what is buffered (the stream is left open: the writer owns it).</summary>
    public void Flush()
    {
        if (_stream is null)
        {
            return;
        }
        // Emptied before the write: a write that fails is not written again by the next flush (a run's finally).
        var count = _buffered;
        _buffered = 0;
        _stream.Write(_buffer, 0, count);
        _stream.Flush();
    }
}
