using System.CommandLine;
using System.Text;
using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
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
        var command = new Command("place", """
            Look a place name up: every unit of China's official division list (National Bureau of
            Statistics, 2023) that bears it, with its code and its parents, then the places our
            gazetteer adds (countries, rivers, the Corps' units). A line per unit:
              name asked, name, level, code (empty when none), parents from the nearest outwards.
            A name neither knows is read as a chain (民豐縣若克雅鄉勞光村): each place in it, with the
            code the chain singles out. Exit code 1 when a name is not found at all.

            Examples:
              workteam place 民丰村
              workteam place 民丰村 --within 新疆
              workteam place 和平村 --within 4301 --format json
              workteam place 民豐縣若克雅鄉勞光村
            """)
        {
            names, within, format,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            bool json = parse.GetValue(format) == "json";
            var table = DivisionTable.Default;
            List<Division>? scope = null;
            string? codePrefix = null;
            if (parse.GetValue(within) is { Length: > 0 } w)
            {
                if (w.All(char.IsAsciiDigit))
                {
                    codePrefix = w;
                }
                else
                {
                    scope = Scope(table, w);
                    if (scope.Count == 0)
                    {
                        stderr.WriteLine($"workteam place: --within {w}: no such place");
                        return WorkTeamCommand.UsageError;
                    }
                }
            }
            int code = WorkTeamCommand.Ok;
            foreach (var name in parse.GetValue(names) ?? [])
            {
                var lines = new List<Row>();
                foreach (var unit in table.Find(name))
                {
                    if ((codePrefix is null || unit.Code.StartsWith(codePrefix, StringComparison.Ordinal))
                        && (scope is null || scope.Exists(unit.IsWithin)))
                    {
                        lines.Add(Row.Of(name, unit));
                    }
                }
                if (codePrefix is null && scope is null)
                {
                    foreach (var entry in Gazetteer.Default.Find(name))
                    {
                        // The gazetteer's places the table has under the same name are listed already.
                        if (!lines.Exists(l => l.Name == entry.Name && l.Level == entry.Level))
                        {
                            lines.Add(new Row(name, entry.Name, entry.Level, UniqueCode(table, entry), [.. entry.Ancestors.Select(a => (a.Name, a.Level, UniqueCode(table, a)))]));
                        }
                    }
                }
                if (lines.Count == 0 && codePrefix is null && scope is null)
                {
                    // A chain (民豐縣若克雅鄉勞光村, 第八师石河子市): each place the recognizer reads in it.
                    foreach (var place in new EntityExtractor().Extract(name, FactKinds.Place))
                    {
                        var unit = place.Code is { } c ? table.FindCode(c) : null;
                        lines.Add(unit is { } u
                            ? Row.Of(place.Text, u)
                            : new Row(place.Text, place.Name!, place.Level ?? PlaceLevel.Other, null, place.Parent is { } p ? [(p, PlaceLevel.Other, null)] : []));
                    }
                }
                if (lines.Count == 0)
                {
                    stderr.WriteLine($"workteam place: {name}: not a known place{(codePrefix ?? parse.GetValue(within)) switch { null => "", var s => " within " + s }}");
                    code = WorkTeamCommand.SomeFailed;
                    continue;
                }
                foreach (var line in lines)
                {
                    stdout.WriteLine(json ? line.Json() : line.Tsv());
                }
            }
            return code;
        });
        return command;
    }

    /// <summary>The units a --within name stands for: the gazetteer's full name for a short form (新疆), then the table.</summary>
    private static List<Division> Scope(DivisionTable table, string name)
    {
        var result = new List<Division>(table.Find(name).Where(d => d.Level <= PlaceLevel.County));
        if (result.Count == 0 && Gazetteer.Default.Resolve(name) is { } entry)
        {
            result.AddRange(table.Find(entry.Name).Where(d => d.Level == entry.Level));
        }
        return result;
    }

    /// <summary>The table's code for a gazetteer place when exactly one unit of its level bears its name.</summary>
    private static string? UniqueCode(DivisionTable table, GazetteerEntry entry)
    {
        if (entry.Level is < PlaceLevel.Province or > PlaceLevel.Village)
        {
            return null;
        }
        var found = table.Find(entry.Name).Where(d => d.Level == entry.Level && d.Name == entry.Name).ToList();
        return found.Count == 1 ? found[0].Code : null;
    }

    private sealed record Row(string Asked, string Name, PlaceLevel Level, string? Code, List<(string Name, PlaceLevel Level, string? Code)> Parents)
    {
        public static Row Of(string asked, Division unit)
        {
            var chain = unit.Chain;
            var parents = new List<(string, PlaceLevel, string?)>();
            for (int i = chain.Count - 2; i >= 0; i--)
            {
                parents.Add((chain[i].Name, chain[i].Level, chain[i].Code));
            }
            parents.Add(("中国", PlaceLevel.Country, null));
            return new Row(asked, unit.Name, unit.Level, unit.Code, parents);
        }

        // 民丰县	county	653227	和田地区 (prefecture) < 新疆维吾尔自治区 (province) < 中国 (country)
        public string Tsv() =>
            $"{Asked}\t{Name}\t{Gazetteer.LevelName(Level)}\t{Code}\t{string.Join(" < ", Parents.Select(p => $"{p.Name} ({Gazetteer.LevelName(p.Level)})"))}";

        public string Json()
        {
            var json = new StringBuilder(256).Append("{\"query\":");
            FactFormat.AppendJsonString(json, Asked);
            json.Append(",\"name\":");
            FactFormat.AppendJsonString(json, Name);
            FactFormat.AppendOptional(json, "level", Gazetteer.LevelName(Level));
            FactFormat.AppendOptional(json, "code", Code);
            json.Append(",\"parents\":[");
            for (int i = 0; i < Parents.Count; i++)
            {
                json.Append(i == 0 ? "{\"name\":" : ",{\"name\":");
                FactFormat.AppendJsonString(json, Parents[i].Name);
                FactFormat.AppendOptional(json, "level", Gazetteer.LevelName(Parents[i].Level));
                FactFormat.AppendOptional(json, "code", Parents[i].Code);
                json.Append('}');
            }
            return json.Append("]}").ToString();
        }
    }
}
