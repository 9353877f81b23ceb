using System.Text;

namespace WorkTeam.Cli;

/// <summary>
/// The fast reading of one <c>--jsonl-input</c> line in its usual shape: one flat object whose values are
/// plain strings (<c>{"doc":"5","text":"…"}</c>), read straight from the line's characters. Anything
/// else — a number or null, a nested value, a repeated key, a surrogate, a control character, invalid JSON —
/// is left to <see cref="System.Text.Json.JsonDocument"/> (the caller's slow path), which decides it and
/// words its errors: this reader only ever says "read" or "not mine", so the result is the same either way.
/// Transcoding the line to UTF-8 and building a JSON document for it cost more than the document's own facts
/// on a corpus of one-line documents.
/// </summary>
internal static class JsonlFields
{
    /// <summary>The three fields <c>--jsonl-input</c> reads, or false when the line is not in the plain shape.</summary>
    public static bool TryRead(string line, out string? doc, out string? text, out string? path)
    {
        doc = text = path = null;
        var at = SkipBlanks(line, 0);
        if (at >= line.Length || line[at] != '{')
        {
            return false;
        }
        at = SkipBlanks(line, at + 1);
        if (at < line.Length && line[at] == '}')
        {
            return SkipBlanks(line, at + 1) == line.Length;
        }
        var seen = 0;
        while (true)
        {
            if (!TryString(line, ref at, out var name))
            {
                return false;
            }
            at = SkipBlanks(line, at);
            if (at >= line.Length || line[at] != ':')
            {
                return false;
            }
            at = SkipBlanks(line, at + 1);
            if (!TryString(line, ref at, out var value))
            {
                return false;
            }
            // A key given twice is the document reader's to decide (the last one wins there).
            var bit = name switch { "doc" => 1, "text" => 2, "path" => 4, _ => 0 };
            if ((seen & bit) != 0)
            {
                return false;
            }
            seen |= bit;
            switch (bit)
            {
                case 1: doc = value; break;
                case 2: text = value; break;
                case 4: path = value; break;
                default: break;
            }
            at = SkipBlanks(line, at);
            if (at >= line.Length)
            {
                return false;
            }
            if (line[at] == '}')
            {
                return SkipBlanks(line, at + 1) == line.Length;
            }
            if (line[at] != ',')
            {
                return false;
            }
            at = SkipBlanks(line, at + 1);
        }
    }

    /// <summary>JSON's white space: space, tab, line feed, carriage return.</summary>
    private static int SkipBlanks(string line, int at)
    {
        while (at < line.Length && line[at] is ' ' or '\t' or '\n' or '\r')
        {
            at++;
        }
        return at;
    }

    /// <summary>
    /// A JSON string at <paramref name="at"/> with the escapes every JSON reader knows; false for anything
    /// this reader leaves to the slow path (not a string, a control character, a surrogate, a bad escape).
    /// </summary>
    private static bool TryString(string line, ref int at, out string value)
    {
        value = string.Empty;
        if (at >= line.Length || line[at] != '"')
        {
            return false;
        }
        var start = at + 1;
        var plain = line.AsSpan(start).IndexOfAny('"', '\\');
        if (plain < 0)
        {
            return false;
        }
        if (line[start + plain] == '"')
        {
            // No escape: the string is the characters between the quotes.
            var span = line.AsSpan(start, plain);
            if (!IsPlain(span))
            {
                return false;
            }
            value = plain == 0 ? string.Empty : span.ToString();
            at = start + plain + 1;
            return true;
        }
        var builder = new StringBuilder(line.Length - start);
        var k = start;
        while (k < line.Length)
        {
            var c = line[k];
            if (c == '"')
            {
                value = builder.ToString();
                at = k + 1;
                return true;
            }
            if (c != '\\')
            {
                if (c < ' ' || char.IsSurrogate(c))
                {
                    return false;
                }
                builder.Append(c);
                k++;
                continue;
            }
            if (k + 1 >= line.Length)
            {
                return false;
            }
            var escaped = line[k + 1];
            switch (escaped)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (k + 6 > line.Length || !ushort.TryParse(line.AsSpan(k + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
                        || char.IsSurrogate((char)code))
                    {
                        // A surrogate escape, paired or lone, is the document reader's to judge.
                        return false;
                    }
                    builder.Append((char)code);
                    k += 6;
                    continue;
                default:
                    return false;
            }
            k += 2;
        }
        return false;
    }

    /// <summary>Whether a string's characters may stand unescaped in JSON and hold no surrogate (those are left to the slow path).</summary>
    private static bool IsPlain(ReadOnlySpan<char> span) =>
        span.IndexOfAnyInRange('\0', '\x1F') < 0 && span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0;
}
