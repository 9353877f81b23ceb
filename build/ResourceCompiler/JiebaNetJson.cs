using System.Text;
using System.Text.Json;

namespace WorkTeam.ResourceCompiler;

/// <summary>
/// Reads jieba.NET's JSON copies of jieba's HMM tables (<c>prob_trans.json</c>, <c>pos_prob_emit.json</c>,
/// <c>char_state_tab.json</c>, …) into the shapes jieba's Python literals have: objects become
/// Dictionary (in file order), a posseg state <c>"B-nr"</c> becomes the tuple <c>("B", "nr")</c> as a
/// List, numbers double. Checked at the switch from Debian's python3-jieba 0.42.1: every table is
/// equal, key for key and value for value, to jieba 0.42.1's <c>finalseg/</c> and <c>posseg/</c> files.
/// </summary>
internal static class JiebaNetJson
{
    /// <summary>
    /// finalseg's start probabilities, which jieba.NET's package does not carry (its Viterbi has them in
    /// code). Source: Python jieba 0.42.1, <c>jieba/finalseg/prob_start.py</c> (MIT), verbatim:
    /// <c>P={'B': -0.26268660809250016, 'E': -3.14e+100, 'M': -3.14e+100, 'S': -1.4652633398537678}</c>.
    /// </summary>
    public static Dictionary<object, object> FinalsegStart() => new()
    {
        ["B"] = -0.26268660809250016,
        ["E"] = -3.14e+100,
        ["M"] = -3.14e+100,
        ["S"] = -1.4652633398537678,
    };

    /// <summary>Loads <paramref name="file"/> of <paramref name="dir"/>; <paramref name="stateKeys"/>: object keys are posseg states.</summary>
    public static object Load(string dir, string file, bool stateKeys)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, file), Encoding.UTF8));
        return Convert(doc.RootElement, stateKeys);
    }

    private static object Convert(JsonElement e, bool stateKeys) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(
            p => stateKeys && LooksLikeState(p.Name) ? State(p.Name) : (object)p.Name,
            p => Convert(p.Value, stateKeys),
            KeyComparer.Instance),
        JsonValueKind.Array => e.EnumerateArray().Select(x => stateKeys ? State(x.GetString()!) : Convert(x, stateKeys)).ToList(),
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.Number => e.GetDouble(),
        _ => throw new FormatException($"unexpected JSON {e.ValueKind}"),
    };

    // A key is a state ("S-nr") or a character ("\u8000", one UTF-16 unit), never both.
    private static bool LooksLikeState(string name) => name.Length >= 3 && name[1] == '-' && "BEMS".Contains(name[0], StringComparison.Ordinal);

    private static List<object> State(string name)
    {
        int dash = name.IndexOf('-', StringComparison.Ordinal);
        if (dash != 1)
        {
            throw new FormatException($"'{name}' is not a posseg state like 'B-nr'");
        }
        return [name[..dash], name[(dash + 1)..]];
    }

    /// <summary>States are keys too, so compare them by content (as Python compares tuples).</summary>
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
