using System.Globalization;
using System.Text;
using System.Text.Json;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Numbers;

namespace WorkTeam.Extraction.Tests.Specs;

/// <summary>A fact as the spec files write it: every field of facts.md that quantities use, compared as text.</summary>
internal sealed record SpecFact(string Kind, string Text, int Start, int End, string Value, string? Max, string? Unit, string? Currency, string? Approx)
{
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Kind} [{Start},{End}) '{Text}' value={Value}");
        if (Max is not null) sb.Append(" max=").Append(Max);
        if (Unit is not null) sb.Append(" unit=").Append(Unit);
        if (Currency is not null) sb.Append(" currency=").Append(Currency);
        if (Approx is not null) sb.Append(" approx=").Append(Approx);
        return sb.ToString();
    }

    public static SpecFact FromJson(JsonElement e)
    {
        var value = e.GetProperty("value");
        return new SpecFact(
            e.GetProperty("kind").GetString()!,
            e.GetProperty("text").GetString()!,
            e.GetProperty("start").GetInt32(),
            e.GetProperty("end").GetInt32(),
            value.ValueKind == JsonValueKind.Number ? Canonical(value.GetDecimal()) : value.GetString()!,
            e.TryGetProperty("max", out var max) ? Canonical(max.GetDecimal()) : null,
            e.TryGetProperty("unit", out var unit) ? unit.GetString() : null,
            e.TryGetProperty("currency", out var currency) ? currency.GetString() : null,
            e.TryGetProperty("approx", out var approx) ? approx.GetString() : null);
    }

    public static SpecFact FromFact(Fact f) => new(
        f.Kind.ToString().ToLowerInvariant(),
        f.Text,
        f.Start,
        f.End,
        f.Kind == FactKinds.Date ? f.Date! : Canonical(f.Value!.Value),
        f.Max is decimal m ? Canonical(m) : null,
        f.Unit,
        f.Currency,
        f.Approximation == Approximation.Exact ? null : f.Approximation.ToString().ToLowerInvariant());

    public static string Canonical(decimal d) => (d / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>Fails with the sentence, the expected and the actual facts when the two lists differ.</summary>
    public static void AssertSame(string name, string text, IReadOnlyList<SpecFact> expected, IReadOnlyList<SpecFact> actual)
    {
        if (expected.SequenceEqual(actual))
        {
            return;
        }
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"case {name}: {(text.Length > 200 ? text[..200] + "…" : text)}");
        foreach (var e in expected.Except(actual)) sb.AppendLine(CultureInfo.InvariantCulture, $"  missing:    {e}");
        foreach (var a in actual.Except(expected)) sb.AppendLine(CultureInfo.InvariantCulture, $"  unexpected: {a}");
        if (expected.Except(actual).Any() is false && actual.Except(expected).Any() is false)
        {
            sb.AppendLine("  same facts, different order");
        }
        Assert.Fail(sb.ToString());
    }

    public static string SpecPath(string file) => Path.Combine(TestPaths.RepoRoot, "tests", "WorkTeam.Extraction.Tests", "Specs", file);
}

/// <summary>tests/.../Specs/quantities*.jsonl: one sentence per line with every quantity fact it holds.</summary>
public sealed class QuantitySpecTests
{
    private static readonly QuantityExtractor Extractor = new();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(QuantitySpec_Path())!, "quantities*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0) continue;
                using var doc = JsonDocument.Parse(line);
                data.Add(Path.GetFileName(file) + ":" + doc.RootElement.GetProperty("name").GetString());
            }
        }
        return data;
    }

    private static string QuantitySpec_Path() => SpecFact.SpecPath("quantities.jsonl");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sentence_gives_exactly_the_expected_quantities(string caseId)
    {
        var (file, name) = (caseId[..caseId.IndexOf(':', StringComparison.Ordinal)], caseId[(caseId.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        foreach (var line in File.ReadLines(SpecFact.SpecPath(file)))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.GetProperty("name").GetString() != name) continue;
            var text = root.GetProperty("text").GetString()!;
            DateOnly? date = root.TryGetProperty("documentDate", out var d) ? DateOnly.Parse(d.GetString()!, CultureInfo.InvariantCulture) : null;
            var expected = root.GetProperty("facts").EnumerateArray().Select(SpecFact.FromJson).ToList();
            var actual = Extractor.Extract(text, date).Select(SpecFact.FromFact).ToList();
            SpecFact.AssertSame(name, text, expected, actual);
            return;
        }
        Assert.Fail("case not found: " + caseId);
    }
}

/// <summary>Specs/seeds.quantities.jsonl: every quantity of the five seeds, read by a person.</summary>
public sealed class SeedGoldenTests
{
    private static readonly QuantityExtractor Extractor = new();

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var (doc, _, _) in Load())
        {
            data.Add(doc);
        }
        return data;
    }

    private static List<(string Doc, DateOnly? Date, List<SpecFact> Facts)> Load()
    {
        var docs = new List<(string, DateOnly?, List<SpecFact>)>();
        foreach (var line in File.ReadLines(SpecFact.SpecPath("seeds.quantities.jsonl")))
        {
            if (line.Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("doc", out var doc)) continue; // the header comment
            if (root.TryGetProperty("documentDate", out var date))
            {
                docs.Add((doc.GetString()!, date.ValueKind == JsonValueKind.Null ? null : DateOnly.Parse(date.GetString()!, CultureInfo.InvariantCulture), []));
                continue;
            }
            docs[^1].Item3.Add(SpecFact.FromJson(root));
        }
        return docs;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Seed_gives_exactly_the_golden_quantities(string seed)
    {
        var (_, date, expected) = Load().Single(d => d.Doc == seed);
        var text = File.ReadAllText(TestPaths.Seed(seed));
        var actual = Extractor.Extract(text, date).Select(SpecFact.FromFact).ToList();
        SpecFact.AssertSame(seed, seed, expected, actual);
    }

    [Fact]
    public void Golden_offsets_point_at_the_golden_text()
    {
        foreach (var (doc, _, facts) in Load())
        {
            var text = File.ReadAllText(TestPaths.Seed(doc));
            foreach (var f in facts)
            {
                Assert.Equal(f.Text, text[f.Start..f.End]);
            }
        }
    }
}
