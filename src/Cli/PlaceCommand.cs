using System.CommandLine;
using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Cli;

/// <summary><c>workteam place NAME...</c>: what the gazetteer knows of a place name: level and parents.</summary>
internal static class PlaceCommand
{
    public static Command Create()
    {
        var names = new Argument<string[]>("NAME") { Description = "Place names or short forms, simplified or traditional.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("place", """
            Look a place up in the gazetteer: each place the name stands for, with its level and its
            parents up to the country. A short form that names several places lists them all. A name
            the gazetteer lacks is read as a chain (民豐縣若克雅鄉勞光村): each place in it, with its parent.
            Exit code 1 when a name is neither in the gazetteer nor read as a place.

            Examples:
              workteam place 民豐縣
              workteam place 和田
              workteam place 民豐縣若克雅鄉勞光村
            """)
        {
            names,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            int code = WorkTeamCommand.Ok;
            foreach (var name in parse.GetValue(names) ?? [])
            {
                var found = Gazetteer.Default.Find(name);
                if (found.Count > 0)
                {
                    foreach (var entry in found)
                    {
                        // 民豐縣 → 民丰县 county; parents: 和田地区 (prefecture) < 新疆维吾尔自治区 (province) < 中国 (country)
                        stdout.WriteLine(Line(name, entry.Name, entry.Level, entry.Ancestors));
                    }
                    continue;
                }
                // A chain (民豐縣若克雅鄉勞光村, 第八师石河子市): each place the recognizer reads in it, its
                // parent in the chain, then what the gazetteer knows above the chain's top.
                var places = new EntityExtractor().Extract(name, FactKinds.Place);
                if (places.Count == 0)
                {
                    stderr.WriteLine($"workteam place: {name}: not in the gazetteer and not read as a place");
                    code = WorkTeamCommand.SomeFailed;
                    continue;
                }
                var inChain = places.GroupBy(f => f.Name!).ToDictionary(g => g.Key, g => g.First());
                foreach (var place in places)
                {
                    stdout.WriteLine(Line(place.Text, place.Name!, place.Level ?? PlaceLevel.Other, ChainAncestors(place, inChain)));
                }
            }
            return code;
        });
        return command;
    }

    /// <summary>The parents named in the chain, then the gazetteer's parents of the highest one it knows.</summary>
    private static List<(string Name, PlaceLevel Level)> ChainAncestors(Fact place, Dictionary<string, Fact> inChain)
    {
        var result = new List<(string, PlaceLevel)>();
        var top = Gazetteer.Default.Resolve(place.Name!);
        for (string? parent = place.Parent; parent is not null && top is null && result.Count < 8;)
        {
            if (!inChain.TryGetValue(parent, out var fact))
            {
                break;
            }
            top = Gazetteer.Default.Resolve(parent);
            if (top is null)
            {
                result.Add((parent, fact.Level ?? PlaceLevel.Other));
            }
            parent = fact.Parent;
        }
        if (top is not null && top.Name != place.Name)
        {
            result.Add((top.Name, top.Level));
        }
        foreach (var a in top?.Ancestors ?? [])
        {
            result.Add((a.Name, a.Level));
        }
        return result;
    }

    private static string Line(string asked, string name, PlaceLevel level, IReadOnlyList<GazetteerEntry> ancestors) =>
        Line(asked, name, level, ancestors.Select(a => (a.Name, a.Level)).ToList());

    private static string Line(string asked, string name, PlaceLevel level, List<(string Name, PlaceLevel Level)> ancestors)
    {
        var parents = string.Join(" < ", ancestors.Select(a => $"{a.Name} ({Gazetteer.LevelName(a.Level)})"));
        return parents.Length == 0
            ? $"{asked}\t{name}\t{Gazetteer.LevelName(level)}"
            : $"{asked}\t{name}\t{Gazetteer.LevelName(level)}\t{parents}";
    }
}
