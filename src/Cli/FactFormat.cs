using System.Buffers;
using System.Globalization;
using System.Text;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Cli;

/// <summary>The spelling of fact fields in the output contract (docs/facts.md) and the JSON and CSV encodings of them.</summary>
internal static class FactFormat
{
    /// <summary>The columns, in the contract's order.</summary>
    public static readonly string[] Columns = ["doc", "kind", "text", "start", "end", "value", "max", "unit", "currency", "approx", "level", "parent", "subject", "code", "place", "period", "actor", "scope"];

    /// <summary>A decimal as plain digits: no exponent, no trailing zeros of the scale (<c>15200.00</c> → <c>15200</c>).</summary>
    public static string Number(decimal value) => value.ToString(NumberFormat, CultureInfo.InvariantCulture);

    internal const string NumberFormat = "0.############################";

    /// <summary>The fact's <c>value</c> as text: the number for the numeric kinds, the date of a date, the name otherwise; null when absent.</summary>
    public static string? ValueText(Fact fact) => fact.Kind.IsNumber()
        ? (fact.Value is { } n ? Number(n) : null)
        : fact.Date ?? fact.Name;

    /// <summary>The fact's <c>parent</c>: the enclosing place of a place, the station of a team.</summary>
    public static string? ParentText(Fact fact) => fact.Parent ?? fact.Station;

    /// <summary>The ASCII characters a JSON string cannot hold as they are: quote, backslash, controls.</summary>
    private static readonly SearchValues<char> AsciiNeedsEscape = SearchValues.Create(
        "\"\\" + new string([.. Enumerable.Range(0, 0x20).Select(c => (char)c)]));

    /// <summary>
    /// Whether a JSON string must be written character by character: it holds an ASCII character to escape or a
    /// surrogate (checked in pairs). Two vectorised searches, an ASCII set and one range: one set of both took a
    /// slow path on every Chinese character.
    /// </summary>
    private static bool NeedsEscape(ReadOnlySpan<char> value) =>
        value.IndexOfAny(AsciiNeedsEscape) >= 0 || value.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>Appends <paramref name="value"/> as a JSON string; non-ASCII stays as it is, so Chinese is readable.</summary>
    public static void AppendJsonString(StringBuilder json, string value)
    {
        json.Append('"');
        var text = new BuilderText(json);
        AppendEscaped(ref text, value);
        json.Append('"');
    }

    /// <summary>Appends <paramref name="value"/> as a JSON string in UTF-8, spelled as <see cref="AppendJsonString(StringBuilder, string)"/> spells it.</summary>
    public static void AppendJsonString(Utf8Lines json, string value)
    {
        json.Append('"');
        var text = new Utf8Text(json);
        AppendEscaped(ref text, value);
        json.Append('"');
    }

    /// <summary>Where a JSON string's text goes: a builder of characters or a UTF-8 buffer.</summary>
    private interface IJsonText
    {
        void Append(ReadOnlySpan<char> text);
    }

    private readonly struct BuilderText(StringBuilder json) : IJsonText
    {
        public void Append(ReadOnlySpan<char> text) => json.Append(text);
    }

    private readonly struct Utf8Text(Utf8Lines json) : IJsonText
    {
        public void Append(ReadOnlySpan<char> text) => json.Append(text);
    }

    /// <summary>
    /// The one spelling of a JSON string's content for both writers: the text as it is unless it holds a character to
    /// escape (quote, backslash, a control, a lone surrogate), which is then written run by run; pairs of surrogates stay.
    /// </summary>
    private static void AppendEscaped<TText>(ref TText json, string value) where TText : struct, IJsonText
    {
        if (!NeedsEscape(value))
        {
            json.Append(value);
            return;
        }
        Span<char> hex = stackalloc char[6];
        var run = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            string? named = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => null,
            };
            if (named is null)
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }
                if (c >= ' ' && !char.IsSurrogate(c))
                {
                    continue;
                }
            }
            json.Append(value.AsSpan(run, i - run));
            if (named is not null)
            {
                json.Append(named);
            }
            else
            {
                // Control characters must be escaped; a lone surrogate is, so the output stays valid UTF-8.
                "\\u".CopyTo(hex);
                ((int)c).TryFormat(hex[2..], out _, "x4", CultureInfo.InvariantCulture);
                json.Append(hex);
            }
            run = i + 1;
        }
        json.Append(value.AsSpan(run));
    }

    /// <summary>
    /// Appends the JSON Lines record of a fact (no line break) to <paramref name="json"/> in UTF-8, allocating
    /// nothing: fields in the contract's order, absent fields left out.
    /// </summary>
    public static void AppendJsonLine(Utf8Lines json, string doc, Fact fact)
    {
        json.Append("{\"doc\":"u8);
        AppendJsonString(json, doc);
        json.Append(",\"kind\":\""u8);
        json.Append(fact.Kind.Name().AsSpan());
        json.Append('"');
        json.Append(",\"text\":"u8);
        AppendJsonString(json, fact.Text);
        json.Append(",\"start\":"u8);
        json.Append(fact.Start);
        json.Append(",\"end\":"u8);
        json.Append(fact.End);
        if (fact.Kind.IsNumber())
        {
            if (fact.Value is { } number)
            {
                json.Append(",\"value\":"u8);
                json.Append(number);
            }
        }
        else if ((fact.Date ?? fact.Name) is { } name)
        {
            json.Append(",\"value\":"u8);
            AppendJsonString(json, name);
        }
        if (fact.Max is { } max)
        {
            json.Append(",\"max\":"u8);
            json.Append(max);
        }
        AppendOptional(json, ",\"unit\":"u8, fact.Unit);
        AppendOptional(json, ",\"currency\":"u8, fact.Currency);
        AppendOptional(json, ",\"approx\":"u8, fact.Approximation.Name());
        AppendOptional(json, ",\"level\":"u8, fact.Level.Name());
        AppendOptional(json, ",\"parent\":"u8, ParentText(fact));
        AppendOptional(json, ",\"subject\":"u8, fact.Subject);
        AppendOptional(json, ",\"code\":"u8, fact.Code);
        AppendOptional(json, ",\"place\":"u8, fact.Place);
        AppendOptional(json, ",\"period\":"u8, fact.Period);
        AppendOptional(json, ",\"actor\":"u8, fact.Actor);
        AppendOptional(json, ",\"scope\":"u8, fact.Scope.Name());
        json.Append('}');
    }

    /// <summary>Appends <c>,"field":"value"</c> (<paramref name="field"/> spelled with its comma and colon) when the value is present.</summary>
    private static void AppendOptional(Utf8Lines json, ReadOnlySpan<byte> field, string? value)
    {
        if (value is null)
        {
            return;
        }
        json.Append(field);
        AppendJsonString(json, value);
    }

    public static void AppendOptional(StringBuilder json, string field, string? value)
    {
        if (value is null)
        {
            return;
        }
        json.Append(",\"").Append(field).Append("\":");
        AppendJsonString(json, value);
    }

    /// <summary>
    /// The cells of a fact's CSV row, in the contract's order, empty when absent. Text cells go
    /// through <see cref="CsvText"/> (no formula, no control character); numeric cells (start, end,
    /// a number's value, max) are written as numbers, a negative one with its sign.
    /// </summary>
    public static string?[] CsvCells(string doc, Fact fact) =>
    [
        CsvText(doc),
        fact.Kind.Name(),
        CsvText(fact.Text),
        fact.Start.ToString(CultureInfo.InvariantCulture),
        fact.End.ToString(CultureInfo.InvariantCulture),
        fact.Kind.IsNumber() ? ValueText(fact) : CsvText(ValueText(fact)),
        fact.Max is { } max ? Number(max) : null,
        CsvText(fact.Unit),
        CsvText(fact.Currency),
        fact.Approximation.Name(),
        fact.Level.Name(),
        CsvText(ParentText(fact)),
        CsvText(fact.Subject),
        fact.Code,
        CsvText(fact.Place),
        fact.Period,
        CsvText(fact.Actor),
        fact.Scope.Name(),
    ];

    /// <summary>
    /// A text cell made safe for spreadsheets (OWASP's CSV-injection advice): one beginning with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading <c>'</c>, so
    /// Excel and LibreOffice show it as text and never run it as a formula; control characters are
    /// written as <c>\xHH</c>. The JSON Lines output keeps the exact text. A lone <c>-</c> (standard
    /// input's doc name) stays as it is.
    /// </summary>
    public static string? CsvText(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return cell;
        }
        if (cell.AsSpan().IndexOfAnyInRange('\0', '\x1F') >= 0 || cell.AsSpan().IndexOfAnyInRange('\x7F', '\x9F') >= 0)
        {
            var escaped = new StringBuilder(cell.Length + 8);
            foreach (char c in cell)
            {
                if (c < ' ' || c is >= '\x7F' and <= '\x9F')
                {
                    escaped.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
                }
                else
                {
                    escaped.Append(c);
                }
            }
            return cell[0] is '\t' or '\r' ? "'" + escaped : escaped.ToString();
        }
        // "-" alone is standard input's name, not the start of a formula.
        return cell[0] is '=' or '+' or '-' or '@' && cell != "-" ? "'" + cell : cell;
    }

    /// <summary>One RFC 4180 record: a cell with a comma, quote or line break is quoted, quotes doubled; CRLF ends it.</summary>
    public static string CsvLine(IReadOnlyList<string?> cells) => AppendCsvLine(new StringBuilder(160), cells).ToString();

    /// <summary>Appends one RFC 4180 record (see <see cref="CsvLine"/>) to <paramref name="line"/>.</summary>
    public static StringBuilder AppendCsvLine(StringBuilder line, IReadOnlyList<string?> cells)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }
            string cell = cells[i] ?? "";
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                line.Append('"');
                foreach (char c in cell)
                {
                    line.Append(c);
                    if (c == '"')
                    {
                        line.Append('"');
                    }
                }
                line.Append('"');
            }
            else
            {
                line.Append(cell);
            }
        }
        return line.Append("\r\n");
    }
}
