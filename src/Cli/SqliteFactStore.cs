using Microsoft.Data.Sqlite;
using SQLitePCL;
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
    private readonly Statement _insertDocument;
    private readonly Statement _insertFact;

    public SqliteFactStore(string path)
    {
        _file = new AtomicFile(path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _file.TempPath, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        _transaction = _connection.BeginTransaction();
        Execute(Schema);
        // A document named twice (the same file given twice, concatenated shards) is two rows, not an error.
        // The inserts are prepared once and bound by position through SQLite's own API: Microsoft.Data.Sqlite
        // looks every parameter up by name on every row, which took most of the time of a million facts.
        _insertDocument = new Statement(_connection, "INSERT INTO documents (doc, title, published, source, authors, editors, script, encoding, chars, paragraphs, facts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        _insertFact = new Statement(_connection, "INSERT INTO facts (document, doc, kind, text, start, \"end\", value, max, unit, currency, approx, level, parent, subject) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    }

    public void Add(LoadedDocument document, IReadOnlyList<Fact> facts)
    {
        var meta = document.Metadata;
        var row = _insertDocument;
        row.Text(1, document.Doc).Text(2, meta.Title).Text(3, meta.Published).Text(4, meta.Source)
            .Text(5, Join(meta.Authors)).Text(6, Join(meta.Editors)).Text(7, meta.Script).Text(8, meta.Encoding)
            .Integer(9, document.BodyText.Length).Integer(10, document.Paragraphs).Integer(11, facts.Count).Run();
        long documentId = raw.sqlite3_last_insert_rowid(_connection.Handle);
        row = _insertFact;
        foreach (var fact in facts)
        {
            row.Integer(1, documentId).Text(2, document.Doc).Text(3, fact.Kind.Name()).Text(4, fact.Text)
                .Integer(5, fact.Start).Integer(6, fact.End);
            // Numbers go in as numbers so SUM() and comparisons work (names stay TEXT in the same column):
            // whole amounts as exact INTEGERs, others as REAL, SQLite having no decimal type.
            if (fact.Kind.IsNumber())
            {
                row.Number(7, fact.Value);
            }
            else
            {
                row.Text(7, FactFormat.ValueText(fact));
            }
            row.Number(8, fact.Max).Text(9, fact.Unit).Text(10, fact.Currency).Text(11, fact.Approximation.Name())
                .Text(12, fact.Level.Name()).Text(13, FactFormat.ParentText(fact)).Text(14, fact.Subject).Run();
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

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A prepared statement on the store's connection, bound by position (1-based) and run once per row.</summary>
    private sealed class Statement : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly sqlite3_stmt _statement;

        public Statement(SqliteConnection connection, string sql)
        {
            _connection = connection;
            Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement));
        }

        public Statement Text(int index, string? value)
        {
            Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text16(_statement, index, value.AsSpan()));
            return this;
        }

        public Statement Integer(int index, long value)
        {
            Check(raw.sqlite3_bind_int64(_statement, index, value));
            return this;
        }

        /// <summary>A whole amount as an exact INTEGER, any other as REAL; null as NULL.</summary>
        public Statement Number(int index, decimal? value)
        {
            Check(value switch
            {
                null => raw.sqlite3_bind_null(_statement, index),
                { } n when n == decimal.Truncate(n) && n >= long.MinValue && n <= long.MaxValue => raw.sqlite3_bind_int64(_statement, index, (long)n),
                { } n => raw.sqlite3_bind_double(_statement, index, (double)n),
            });
            return this;
        }

        public void Run()
        {
            int code = raw.sqlite3_step(_statement);
            raw.sqlite3_reset(_statement);
            if (code != raw.SQLITE_DONE)
            {
                Check(code);
            }
        }

        private void Check(int code)
        {
            if (code is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            {
                throw new SqliteException($"SQLite Error {code}: '{raw.sqlite3_errmsg(_connection.Handle).utf8_to_string()}'.", code);
            }
        }

        public void Dispose() => _statement.Dispose();
    }
}
