using System.CommandLine;
using System.Text;
using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Cli;

/// <summary>
/// <c>workteam place NAME...</c>: every unit a place name can be, with its official code and chain
/// (the NBS division table), and what the gazetteer knows of names the table lacks.
/// </summary>
internal static class PlaceCommand
{
    public static Command Create()
    {
        var names = new Argument<string[]>("NAME") { Description = "Place names or short forms, simplified or traditional.", Arity = ArgumentArity.OneOrMore };
        var within = new Option<string>("--within", "-w") { Description = "Only units inside this place: a name (新疆, 和田地区) or a code prefix (6532)." };
        var format = new Option<string>("--format", "-f") { Description = "tsv (default) or json (one JSON object per line).", DefaultValueFactory = _ => "tsv" };
        format.AcceptOnlyFromAmong("tsv", "json");
        var gazetteer = new GazetteerOption();
        var command = new Command("place", """
            Look a place name up: every unit of China's official division list (National Bureau of
            Statistics, 2023) that bears it, with its code and its parents, then the places our
            gazetteer adds (countries, rivers, the Corps' units). A line per unit:
              name asked, name, level, code (empty when none), parents from the nearest outwards.
            A name neither knows is read as a chain (民豐縣若克雅鄉勞光村): each place in it, with the
            code the chain singles out. With --gazetteer, the file's places too (its codes, and the
            table's units above them). Exit code 1 when a name is not found at all, or a --gazetteer
            file has an error (named with its line; the file is left out, the others are read).

            Examples:
              workteam place 民丰村
              workteam place 民丰村 --within 新疆
              workteam place 和平村 --within 4301 --format json
              workteam place 民豐縣若克雅鄉勞光村
              workteam place --gazetteer my-villages.tsv 新光村
            """)
        {
            names, within, format, gazetteer.Option,
        };
        command.SetAction(parse =>
        {
            var own = gazetteer.Load(parse, parse.InvocationConfiguration.Error, "place", out var failed);
            var lookup = own is null ? PlaceLookup.Default : PlaceLookup.Create(own);
            return GazetteerOption.Worst(Run(parse, lookup, parse.GetValue(names) ?? [], parse.GetValue(within), parse.GetValue(format) == "json"), failed);
        });
        return command;
    }

    /// <summary>Prints every unit of each name (library: <see cref="PlaceLookup"/>); exit 1 when one is not found, 2 for an unknown region.</summary>
    private static int Run(ParseResult parse, PlaceLookup lookup, string[] names, string? within, bool json)
    {
        var stdout = parse.InvocationConfiguration.Output;
        var stderr = parse.InvocationConfiguration.Error;
        PlaceScope? scope = null;
        if (within is { Length: > 0 } && (scope = lookup.Scope(within)) is null)
        {
            stderr.WriteLine($"workteam place: --within {within}: no such place");
            return WorkTeamCommand.UsageError;
        }
        int code = WorkTeamCommand.Ok;
        foreach (var name in names)
        {
            var units = lookup.Find(name, scope);
            if (units.Count == 0)
            {
                stderr.WriteLine($"workteam place: {name}: not a known place{(within is null ? "" : " within " + within)}");
                code = WorkTeamCommand.SomeFailed;
            }
            foreach (var unit in units)
            {
                stdout.WriteLine(json ? Json(unit) : Tsv(unit));
            }
        }
        return code;
    }

    // 民丰县	county	653227	和田地区 (prefecture) < 新疆维吾尔自治区 (province) < 中国 (country)
    private static string Tsv(PlaceUnit unit) =>
        $"{unit.Text}\t{unit.Name}\t{Gazetteer.LevelName(unit.Level)}\t{unit.Code}\t{string.Join(" < ", unit.Parents.Select(p => $"{p.Name} ({Gazetteer.LevelName(p.Level)})"))}";

    private static string Json(PlaceUnit unit)
    {
        var json = new StringBuilder(256).Append("{\"query\":");
        FactFormat.AppendJsonString(json, unit.Text);
        json.Append(",\"name\":");
        FactFormat.AppendJsonString(json, unit.Name);
        FactFormat.AppendOptional(json, "level", Gazetteer.LevelName(unit.Level));
        FactFormat.AppendOptional(json, "code", unit.Code);
        json.Append(",\"parents\":[");
        for (int i = 0; i < unit.Parents.Count; i++)
        {
            var parent = unit.Parents[i];
            json.Append(i == 0 ? "{\"name\":" : ",{\"name\":");
            FactFormat.AppendJsonString(json, parent.Name);
            FactFormat.AppendOptional(json, "level", Gazetteer.LevelName(parent.Level));
            FactFormat.AppendOptional(json, "code", parent.Code);
            json.Append('}');
        }
        return json.Append("]}").ToString();
    }
}
