using System.Text;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.ResourceCompiler;

/// <summary>
/// Compiles the reviewed word lists (src/Extraction/**/Data/*.tsv) into <see cref="WordListFormat.File"/>.
/// A list is checked here so that a bad edit fails the build, not a run: every row has the header's
/// columns (a trailing comment column may be left empty), no cell has stray spaces, and no key (the
/// first column) is listed twice.
/// </summary>
internal static class WordListCompiler
{
    public static void Write(BinaryWriter w, string divisionsDir)
    {
        var lists = Directory.EnumerateFiles(SourceRoot(), "*.tsv", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(Path.GetDirectoryName(p)) == "Data"
                && !WordListFormat.NotWordLists.Contains(Path.GetFileName(p)))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();
        // Generated from the division package, not edited by hand: Taiwan's, Hong Kong's and Macau's units (OutsideNbsUnits).
        lists.Add((OutsideNbsUnits.ListName, ["name", "level", "parent", "nbs"], OutsideNbsUnits.Rows(divisionsDir)));
        var duplicate = lists.GroupBy(l => l.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"two word lists are named '{duplicate.Key}'");
        }
        w.Write(WordListFormat.Magic);
        w.Write(ResourceFormat.Version);
        w.Write(lists.Count);
        foreach (var (name, columns, rows) in lists)
        {
            w.Write(name);
            w.Write(columns.Length);
            foreach (var column in columns)
            {
                w.Write(column);
            }
            w.Write(rows.Count);
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    w.Write(cell);
                }
            }
            Console.WriteLine($"ResourceCompiler: word list {name}: {rows.Count} rows");
        }
    }

    /// <summary>src/Extraction of the repository this compiler was built from (it is built in place by Resources.targets).</summary>
    internal static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Extraction");
            if (Directory.Exists(candidate) && System.IO.File.Exists(Path.Combine(dir.FullName, "build", "ResourceCompiler", "ResourceCompiler.csproj")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("src/Extraction not found above " + AppContext.BaseDirectory);
    }

    /// <summary>One reviewed list: its name, its header's columns and its rows, checked (cell counts, spaces, unique keys).</summary>
    internal static (string Name, string[] Columns, List<string[]> Rows) Read(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        string[]? columns = null;
        var rows = new List<string[]>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in System.IO.File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = cells;
                continue;
            }
            string Where() => $"{path}:{number}";
            var hasComment = columns[^1] == "comment";
            if (cells.Length > columns.Length || cells.Length < columns.Length - (hasComment ? 1 : 0))
            {
                throw new InvalidDataException($"{Where()}: {cells.Length} cells, the header has {columns.Length}");
            }
            if (cells.Length < columns.Length)
            {
                cells = [.. cells, ""];
            }
            if (cells.Any(c => c.Trim() != c))
            {
                throw new InvalidDataException($"{Where()}: a cell starts or ends with a space");
            }
            if (cells[0].Length == 0 || !keys.Add(cells[0]))
            {
                throw new InvalidDataException($"{Where()}: the key '{cells[0]}' is empty or listed twice");
            }
            rows.Add(cells);
        }
        return (name, columns ?? throw new InvalidDataException($"{path}: no header line"), rows);
    }
}
