using System.Text.Json;

namespace WorkTeam.Extraction.Tests.Entities;

/// <summary>The named sentence cases of Specs/entities.jsonl: for each kind a case lists, the facts must match exactly.</summary>
public sealed class EntitySpecTests
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var line in EntitySpec.ReadLines("entities.jsonl"))
        {
            data.Add(line.GetProperty("name").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Entity_spec_case_gives_exactly_the_expected_facts(string name)
    {
        var spec = EntitySpec.ReadLines("entities.jsonl").Single(l => l.GetProperty("name").GetString() == name);
        var text = spec.GetProperty("text").GetString()!;
        var kinds = spec.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()!).ToHashSet();
        var expected = spec.GetProperty("facts").EnumerateArray().Select(ExpectedFact.From).ToList();
        var actual = EntitySpec.Extractor.Extract(text).Select(ExpectedFact.From).Where(f => kinds.Contains(f.Kind)).ToList();
        EntitySpec.AssertSame($"{name}\n  {text}", expected, actual);
    }
}
