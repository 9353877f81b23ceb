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
          id INTEGER PRIMARY KEY, doc TEXT NOT NULL, title TEXT, published TEXT, source TEXT, authors TEXT, editors TEXT,
          script TEXT, encoding TEXT, chars INTEGER NOT NULL, paragraphs INTEGER NOT NULL, facts INTEGER NOT NULL);
        CREATE TABLE facts (
          id INTEGER PRIMARY KEY, document INTEGER NOT NULL REFERENCES documents(id), doc TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
          start INTEGER NOT NULL, "end" INTEGER NOT NULL, value, max NUMERIC, unit TEXT, currency TEXT, approx TEXT,
          level TEXT, parent TEXT, subject TEXT);
        """;

    private const string Indexes = """
        CREATE INDEX facts_kind ON facts(kind);
        CREATE INDEX facts_value ON facts(value);
        CREATE INDEX facts_doc ON facts(doc);
        CREATE INDEX documents_doc ON documents(doc);
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
        // A document named twice (the same file given twice, concatenated shards) is two rows, not an error.
        _insertDocument = Prepare("INSERT INTO documents (doc, title, published, source, authors, editors, script, encoding, chars, paragraphs, facts) VALUES ($doc, $title, $published, $source, $authors, $editors, $script, $encoding, $chars, $paragraphs, $facts)",
            "$doc", "$title", "$published", "$source", "$authors", "$editors", "$script", "$encoding", "$chars", "$paragraphs", "$facts");
        _insertFact = Prepare("INSERT INTO facts (document, doc, kind, text, start, \"end\", value, max, unit, currency, approx, level, parent, subject) VALUES ($document, $doc, $kind, $text, $start, $end, $value, $max, $unit, $currency, $approx, $level, $parent, $subject)",
            "$document", "$doc", "$kind", "$text", "$start", "$end", "$value", "$max", "$unit", "$currency", "$approx", "$level", "$parent", "$subject");
    }

    public void Add(LoadedDocument document, IReadOnlyList<Fact> facts)
    {
        var meta = document.Metadata;
        Set(_insertDocument, document.Doc, meta.Title, meta.Published, meta.Source,
            Join(meta.Authors), Join(meta.Editors), meta.Script, meta.Encoding, document.BodyText.Length, document.Paragraphs, facts.Count);
        _insertDocument.ExecuteNonQuery();
        long documentId;
        using (var lastId = _connection.CreateCommand())
        {
            lastId.CommandText = "SELECT last_insert_rowid()";
            documentId = (long)lastId.ExecuteScalar()!;
        }
        foreach (var fact in facts)
        {
            // Numbers go in as numbers so SUM() and comparisons work (names stay TEXT in the same column):
            // whole amounts as exact INTEGERs, others as REAL, SQLite having no decimal type.
            object? value = FactFormat.IsNumeric(fact.Kind) ? SqlNumber(fact.Number) : fact.Name;
            Set(_insertFact, documentId, document.Doc, FactFormat.KindName(fact.Kind), fact.Text, fact.Start, fact.End, value, SqlNumber(fact.Max),
                fact.Unit, fact.Currency, FactFormat.ApproxName(fact.Approx), FactFormat.LevelName(fact.Level), fact.Parent, fact.Subject);
            _insertFact.ExecuteNonQuery();
        }
    }

    private static object? SqlNumber(decimal? number) => number switch
    {
        null => null,
        { } n when n == decimal.Truncate(n) && n >= long.MinValue && n <= long.MaxValue => (long)n,
        { } n => (double)n,
    };

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
