using System.Text;
using System.Text.Json;
using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Extraction.Tests.Entities;

/// <summary>One expected fact of a spec file, in the contract's field names.</summary>
internal sealed record ExpectedFact(string Kind, string Text, int Start, int End, string Value, string? Level, string? Parent, string? Subject)
{
    public static ExpectedFact From(JsonElement e) => new(
        e.GetProperty("kind").GetString()!,
        e.GetProperty("text").GetString()!,
        e.GetProperty("start").GetInt32(),
        e.GetProperty("end").GetInt32(),
        e.GetProperty("value").GetString()!,
        e.TryGetProperty("level", out var l) ? l.GetString() : null,
        e.TryGetProperty("parent", out var p) ? p.GetString() : null,
        e.TryGetProperty("subject", out var s) ? s.GetString() : null);

    public static ExpectedFact From(Fact f) => new(
        KindName(f.Kind), f.Text, f.Start, f.End, f.Name ?? "",
        f.Level is { } level ? Gazetteer.LevelName(level) : null, f.Parent ?? f.Station, f.Subject);

    public static string KindName(FactKinds kind) => kind.Name();

    public override string ToString() =>
        $"{Kind} [{Start},{End}) '{Text}' value={Value}" + (Level is null ? "" : $" level={Level}") +
        (Parent is null ? "" : $" parent={Parent}") + (Subject is null ? "" : $" subject={Subject}");
}

/// <summary>Reads the entity spec files and compares expected with actual facts, printing both on failure.</summary>
internal static class EntitySpec
{
    public static string SpecPath(string fileName) =>
        Path.Combine(TestPaths.RepoRoot, "tests", "WorkTeam.Extraction.Tests", "Specs", fileName);

    public static IEnumerable<JsonElement> ReadLines(string fileName)
    {
        foreach (var line in File.ReadLines(SpecPath(fileName)))
        {
            if (line.Length > 0)
            {
                yield return JsonDocument.Parse(line).RootElement.Clone();
            }
        }
    }

    /// <summary>The extractor the tests use: the default gazetteer and the library's script converter.</summary>
    public static readonly EntityExtractor Extractor = new();

    /// <summary>Fails unless <paramref name="actual"/> holds exactly the <paramref name="expected"/> facts (as multisets).</summary>
    public static void AssertSame(string context, IReadOnlyList<ExpectedFact> expected, IReadOnlyList<ExpectedFact> actual)
    {
        var missing = Subtract(expected, actual);
        var unexpected = Subtract(actual, expected);
        if (missing.Count > 0 || unexpected.Count > 0)
        {
            Assert.Fail(Describe(context, expected, actual, missing, unexpected));
        }
    }

    /// <summary>Fails unless every expected fact is among the actual ones.</summary>
    public static void AssertContains(string context, IReadOnlyList<ExpectedFact> expected, IReadOnlyList<ExpectedFact> actual)
    {
        var missing = Subtract(expected, actual);
        if (missing.Count > 0)
        {
            Assert.Fail(Describe(context, expected, actual, missing, []));
        }
    }

    private static List<ExpectedFact> Subtract(IReadOnlyList<ExpectedFact> from, IReadOnlyList<ExpectedFact> remove)
    {
        var left = new List<ExpectedFact>(remove);
        var result = new List<ExpectedFact>();
        foreach (var fact in from)
        {
            if (!left.Remove(fact))
            {
                result.Add(fact);
            }
        }
        return result;
    }

    private static string Describe(string context, IReadOnlyList<ExpectedFact> expected, IReadOnlyList<ExpectedFact> actual, List<ExpectedFact> missing, List<ExpectedFact> unexpected)
    {
        var text = new StringBuilder().AppendLine(context);
        text.AppendLine("missing:");
        missing.ForEach(f => text.AppendLine("  " + f));
        text.AppendLine("unexpected:");
        unexpected.ForEach(f => text.AppendLine("  " + f));
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"expected {expected.Count}, actual {actual.Count}.");
        return text.ToString();
    }
}
