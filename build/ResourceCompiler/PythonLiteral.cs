using System.Globalization;
using System.Text;

namespace WorkTeam.ResourceCompiler;

/// <summary>
/// Reads the Python literals jieba ships its HMM tables in (<c>P={...}</c>): dicts, tuples,
/// strings with escapes, and floats. Values come back as Dictionary, List (tuples), string and double.
/// </summary>
internal sealed class PythonLiteral(string text)
{
    private int _pos;

    public static object ParseAssignment(string text)
    {
        int eq = text.IndexOf("P=", StringComparison.Ordinal);
        if (eq < 0)
        {
            throw new FormatException("No 'P=' assignment found.");
        }
        var parser = new PythonLiteral(text) { _pos = eq + 2 };
        return parser.Value();
    }

    private object Value()
    {
        SkipSpace();
        char c = text[_pos];
        switch (c)
        {
            case '{':
                return Dict();
            case '(':
                return Tuple();
            case '\'':
            case '"':
                return Str();
            default:
                return Number();
        }
    }

    private Dictionary<object, object> Dict()
    {
        var d = new Dictionary<object, object>(KeyComparer.Instance);
        _pos++; // {
        while (true)
        {
            SkipSpace();
            if (text[_pos] == '}')
            {
                _pos++;
                return d;
            }
            var key = Value();
            SkipSpace();
            Expect(':');
            var value = Value();
            d[key] = value;
            SkipSpace();
            if (text[_pos] == ',')
            {
                _pos++;
            }
        }
    }

    private List<object> Tuple()
    {
        var items = new List<object>();
        _pos++; // (
        while (true)
        {
            SkipSpace();
            if (text[_pos] == ')')
            {
                _pos++;
                return items;
            }
            items.Add(Value());
            SkipSpace();
            if (text[_pos] == ',')
            {
                _pos++;
            }
        }
    }

    private string Str()
    {
        char quote = text[_pos++];
        var sb = new StringBuilder();
        while (text[_pos] != quote)
        {
            char c = text[_pos++];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }
            char e = text[_pos++];
            switch (e)
            {
                case 'u':
                    sb.Append((char)int.Parse(text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _pos += 4;
                    break;
                case 'U':
                    sb.Append(char.ConvertFromUtf32(int.Parse(text.AsSpan(_pos, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    _pos += 8;
                    break;
                case 'x':
                    sb.Append((char)int.Parse(text.AsSpan(_pos, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _pos += 2;
                    break;
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                default: sb.Append(e); break;
            }
        }
        _pos++;
        return sb.ToString();
    }

    private double Number()
    {
        int start = _pos;
        while (_pos < text.Length && "+-.0123456789eE".Contains(text[_pos], StringComparison.Ordinal))
        {
            _pos++;
        }
        if (_pos == start)
        {
            throw new FormatException($"Unexpected '{text[_pos]}' at offset {_pos}.");
        }
        return double.Parse(text.AsSpan(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private void SkipSpace()
    {
        while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
        {
            _pos++;
        }
    }

    private void Expect(char c)
    {
        if (text[_pos] != c)
        {
            throw new FormatException($"Expected '{c}' at offset {_pos}, found '{text[_pos]}'.");
        }
        _pos++;
    }

    /// <summary>Tuples are keys too (posseg states), so compare them by content.</summary>
    private sealed class KeyComparer : IEqualityComparer<object>
    {
        public static readonly KeyComparer Instance = new();

        public new bool Equals(object? x, object? y) => (x, y) switch
        {
            (List<object> a, List<object> b) => a.Count == b.Count && a.Zip(b).All(p => Equals(p.First, p.Second)),
            _ => object.Equals(x, y),
        };

        public int GetHashCode(object obj) => obj is List<object> l
            ? l.Aggregate(17, (h, o) => h * 31 + GetHashCode(o))
            : obj.GetHashCode();
    }
}
