using Microsoft.Data.Sqlite;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Cli;

/// <summary>
/// <c>--db FILE</c>: a SQLite database with a <c>documents</c> table and a <c>facts</c> table whose
/// columns are the contract's (docs/facts.md), indexed by kind, value and doc. Written in one
/// transaction to a temporary file that replaces the target only on <see cref="Commit"/>.
/// </summary>
internal sealed class SqliteFactStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE documents (
          doc TEXT PRIMARY KEY, title TEXT, published TEXT, source TEXT, authors TEXT, editors TEXT,
          script TEXT, encoding TEXT, chars INTEGER NOT NULL, paragraphs INTEGER NOT NULL, facts INTEGER NOT NULL);
        CREATE TABLE facts (
          id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(doc), kind TEXT NOT NULL, text TEXT NOT NULL,
          start INTEGER NOT NULL, "end" INTEGER NOT NULL, value, max NUMERIC, unit TEXT, currency TEXT, approx TEXT,
          level TEXT, parent TEXT, subject TEXT);
        """;

    private const string Indexes = """
        CREATE INDEX facts_kind ON facts(kind);
        CREATE INDEX facts_value ON facts(value);
        CREATE INDEX facts_doc ON facts(doc);
        """;

    private readonly AtomicFile _file;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction? _transaction;
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _insertFact;

    public SqliteFactStore(string path)
    {
        _file = new AtomicFile(path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _file.TempPath, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        _transaction = _connection.BeginTransaction();
        Execute(Schema);
        _insertDocument = Prepare("INSERT INTO documents VALUES ($doc, $title, $published, $source, $authors, $editors, $script, $encoding, $chars, $paragraphs, $facts)",
            "$doc", "$title", "$published", "$source", "$authors", "$editors", "$script", "$encoding", "$chars", "$paragraphs", "$facts");
        _insertFact = Prepare("INSERT INTO facts (doc, kind, text, start, \"end\", value, max, unit, currency, approx, level, parent, subject) VALUES ($doc, $kind, $text, $start, $end, $value, $max, $unit, $currency, $approx, $level, $parent, $subject)",
            "$doc", "$kind", "$text", "$start", "$end", "$value", "$max", "$unit", "$currency", "$approx", "$level", "$parent", "$subject");
    }

    public void Add(LoadedDocument document, IReadOnlyList<Fact> facts)
    {
        var meta = document.Metadata;
        Set(_insertDocument, document.Doc, meta.Title, meta.Published, meta.Source,
            Join(meta.Authors), Join(meta.Editors), meta.Script, meta.Encoding, document.BodyText.Length, document.Paragraphs, facts.Count);
        _insertDocument.ExecuteNonQuery();
        foreach (var fact in facts)
        {
            // Numbers go in as REAL so SUM() and comparisons work; names stay TEXT in the same column.
            object? value = FactFormat.IsNumeric(fact.Kind) ? (fact.Number is { } n ? (double)n : null) : fact.Name;
            Set(_insertFact, document.Doc, FactFormat.KindName(fact.Kind), fact.Text, fact.Start, fact.End, value, fact.Max is { } max ? (double)max : null,
                fact.Unit, fact.Currency, FactFormat.ApproxName(fact.Approx), FactFormat.LevelName(fact.Level), fact.Parent, fact.Subject);
            _insertFact.ExecuteNonQuery();
        }
    }

    public void Commit()
    {
        Execute(Indexes);
        _transaction!.Commit();
        _insertDocument.Dispose();
        _insertFact.Dispose();
        _connection.Close();
        _file.Commit();
    }

    public void Dispose()
    {
        _insertDocument.Dispose();
        _insertFact.Dispose();
        _transaction?.Dispose();
        _connection.Dispose();
        _file.Dispose();
    }

    private static string? Join(IReadOnlyList<string>? names) => names is { Count: > 0 } ? string.Join("; ", names) : null;

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        return command;
    }
}
