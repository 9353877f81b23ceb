using System.Buffers;
using System.Collections.Frozen;

namespace WorkTeam.Extraction.Resources;

/// <summary>One reviewed word list (a <c>Data/*.tsv</c> file): its column names and rows.</summary>
internal sealed class WordList
{
    private readonly FrozenDictionary<string, int> _columns;

    public WordList(string name, string[] columns, string[][] rows)
    {
        Name = name;
        Columns = columns;
        Rows = rows;
        _columns = columns.Select((c, i) => (c, i)).ToFrozenDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The list's name: its file name without <c>.tsv</c>.</summary>
    public string Name { get; }

    /// <summary>The header's column names.</summary>
    public string[] Columns { get; }

    /// <summary>The rows, each with one cell per column.</summary>
    public string[][] Rows { get; }

    /// <summary>The index of a column by its header name.</summary>
    public int Column(string name) => _columns.TryGetValue(name, out var i)
        ? i
        : throw new ResourceLoadException(ResourceFormat.LogicalName(WordListFormat.File), $"list '{Name}' has no column '{name}'.");

    /// <summary>The cells of one column, in file order.</summary>
    public IEnumerable<string> Values(string column = "")
    {
        var i = column.Length == 0 ? 0 : Column(column);
        return Rows.Select(r => r[i]);
    }

    /// <summary>The rows whose <paramref name="column"/> holds <paramref name="value"/>.</summary>
    public IEnumerable<string[]> Where(string column, string value)
    {
        var i = Column(column);
        return Rows.Where(r => r[i] == value);
    }

    /// <summary>The first column as a frozen set.</summary>
    public FrozenSet<string> ToSet() => Values().ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first column, one character a row, as <see cref="SearchValues{T}"/>.</summary>
    public SearchValues<char> ToSearchValues() => SearchValues.Create(Chars());

    /// <summary>The first column, one character a row, as a string (for lists whose rows are single characters).</summary>
    public string Chars()
    {
        var chars = Values().ToArray();
        if (chars.Any(c => c.Length != 1))
        {
            throw new ResourceLoadException(ResourceFormat.LogicalName(WordListFormat.File), $"list '{Name}' must hold one character a row.");
        }
        return string.Concat(chars);
    }
}

/// <summary>
/// The reviewed word lists compiled from the stages' <c>Data/*.tsv</c> files, loaded once on first use.
/// The recognizers build their frozen tables from these; the lists themselves are never changed.
/// </summary>
internal static class WordLists
{
    private static readonly Lazy<FrozenDictionary<string, WordList>> All = new(Load);

    /// <summary>The list named <paramref name="name"/> (its file name without <c>.tsv</c>).</summary>
    public static WordList Get(string name) => All.Value.TryGetValue(name, out var list)
        ? list
        : throw new ResourceLoadException(ResourceFormat.LogicalName(WordListFormat.File), $"no word list '{name}'.");

    /// <summary>The names of all lists.</summary>
    public static IEnumerable<string> Names => All.Value.Keys;

    private static FrozenDictionary<string, WordList> Load() =>
        EmbeddedResources.Load(WordListFormat.File, WordListFormat.Magic, reader =>
        {
            var count = reader.ReadInt32();
            var lists = new Dictionary<string, WordList>(StringComparer.Ordinal);
            for (var l = 0; l < count; l++)
            {
                var name = reader.ReadString();
                var columns = new string[reader.ReadInt32()];
                for (var c = 0; c < columns.Length; c++)
                {
                    columns[c] = reader.ReadString();
                }
                var rows = new string[reader.ReadInt32()][];
                for (var r = 0; r < rows.Length; r++)
                {
                    var row = rows[r] = new string[columns.Length];
                    for (var c = 0; c < row.Length; c++)
                    {
                        row[c] = reader.ReadString();
                    }
                }
                lists.Add(name, new WordList(name, columns, rows));
            }
            return lists.ToFrozenDictionary(StringComparer.Ordinal);
        });
}
