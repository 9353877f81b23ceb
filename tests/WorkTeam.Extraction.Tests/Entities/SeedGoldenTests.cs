namespace WorkTeam.Extraction.Tests.Entities;

/// <summary>
/// The five seed reports against Specs/entities.seeds.jsonl, written by reading each sentence: every place
/// (with level and parent), every person (with the role written before the name), every work team (sender
/// and station) exactly; the main organisations must be among those found.
/// </summary>
public sealed class SeedGoldenTests
{
    public static TheoryData<string> Seeds() =>
    [
        "000_265aec3cadc6e7fd.txt", "001_5fdf72617200650f.txt", "002_9da668e383d29d46.txt",
        "003_472a00e1cedbad9e.txt", "004_233a1e7b4fad0203.txt",
    ];

    private static (List<ExpectedFact> Expected, List<ExpectedFact> Actual) Run(string seed)
    {
        var expected = EntitySpec.ReadLines("entities.seeds.jsonl")
            .Where(l => l.GetProperty("seed").GetString() == seed)
            .Select(ExpectedFact.From)
            .ToList();
        var text = File.ReadAllText(TestPaths.Seed(seed));
        var actual = EntitySpec.Extractor.Extract(text).Select(ExpectedFact.From).ToList();
        return (expected, actual);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_place_chain_of_the_seed_has_its_levels_and_parents(string seed)
    {
        var (expected, actual) = Run(seed);
        EntitySpec.AssertSame(seed + " places", expected.Where(f => f.Kind == "place").ToList(), actual.Where(f => f.Kind == "place").ToList());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_work_team_of_the_seed_has_its_sender_and_station(string seed)
    {
        var (expected, actual) = Run(seed);
        EntitySpec.AssertSame(seed + " teams", expected.Where(f => f.Kind == "team").ToList(), actual.Where(f => f.Kind == "team").ToList());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_person_of_the_seed_is_found_with_the_role_before_the_name(string seed)
    {
        var (expected, actual) = Run(seed);
        EntitySpec.AssertSame(seed + " people", expected.Where(f => f.Kind == "person").ToList(), actual.Where(f => f.Kind == "person").ToList());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_main_organisations_of_the_seed_are_found(string seed)
    {
        var (expected, actual) = Run(seed);
        EntitySpec.AssertContains(seed + " organisations", expected.Where(f => f.Kind == "org").ToList(), actual.Where(f => f.Kind == "org").ToList());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_place_or_organisation_is_taken_for_a_person(string seed)
    {
        var (_, actual) = Run(seed);
        var people = actual.Where(f => f.Kind == "person").ToList();
        var others = actual.Where(f => f.Kind is "place" or "org").ToList();
        var clashes = people.Where(p => others.Any(o => o.Start < p.End && p.Start < o.End)).ToList();
        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }
}
