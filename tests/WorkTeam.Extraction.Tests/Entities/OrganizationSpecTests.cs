namespace WorkTeam.Extraction.Tests.Entities;

/// <summary>
/// The named sentence cases of Specs/orgs.jsonl, one or more per class of organisation the recognizer reads
/// (where a name begins, which bodies a suffix closes, which are generic), each in both scripts: the
/// organisation facts must match exactly.
/// </summary>
public sealed class OrganizationSpecTests
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var line in EntitySpec.ReadLines("orgs.jsonl"))
        {
            data.Add(line.GetProperty("name").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Organisation_case_gives_exactly_the_expected_organisations(string name)
    {
        var spec = EntitySpec.ReadLines("orgs.jsonl").Single(l => l.GetProperty("name").GetString() == name);
        var text = spec.GetProperty("text").GetString()!;
        var expected = spec.GetProperty("facts").EnumerateArray().Select(ExpectedFact.From).ToList();
        var actual = EntitySpec.Extractor.Extract(text).Select(ExpectedFact.From).Where(f => f.Kind == "org").ToList();
        EntitySpec.AssertSame($"{name}\n  {text}", expected, actual);
    }
}
