using Microsoft.Data.Sqlite;
using SQLitePCL;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Cli;

/// <summary>What <c>--db</c> does with a WorkTeam database that exists.</summary>
internal enum DbMode
{
    /// <summary>Only a new file (or an empty one) is written; an existing database is refused.</summary>
    Create,
    /// <summary><c>--force</c>: the documents and facts tables are replaced, other tables kept.</summary>
    Replace,
    /// <summary><c>--append</c>: documents and facts are added to those there.</summary>
    Append,
}

/// <summary>
/// <c>--db FILE</c>: a SQLite database with a <c>documents</c> table, a <c>facts</c> table whose
/// columns are the contract's (docs/facts.md), indexed by kind, value, doc and code, and a <c>places</c> table
/// (code, name, level, parent code) of the division units the codes name. A new database is
/// written in one transaction to a temporary file that replaces the target only on <see cref="Commit"/>.
/// An existing WorkTeam database (application_id <see cref="ApplicationId"/>, schema version in
/// <c>PRAGMA user_version</c>) is changed in place in one transaction, and only when asked
/// (<see cref="DbMode"/>); tables other commands add are left alone. Any other existing file is
/// refused untouched (<see cref="OutputRefusedException"/>).
/// </summary>
internal sealed class SqliteFactStore : IDisposable
{
    /// <summary>PRAGMA application_id of a WorkTeam database ("WTea").</summary>
    public const int ApplicationId = 0x57546561;

    /// <summary>
    /// The schema version this code writes (PRAGMA user_version). 0: databases written before the
    /// version was recorded (version 1's tables; migrated by stamping the version). 2: the facts' links
    /// (code, place, period, actor, scope) and the <c>places</c> table; an older database given
    /// <c>--append</c> gets the columns added.
    /// </summary>
    public const int SchemaVersion = 2;

    private const string Schema = """
        CREATE TABLE documents (
          id INTEGER PRIMARY KEY, doc TEXT NOT NULL, title TEXT, published TEXT, source TEXT, authors TEXT, editors TEXT,
          script TEXT, encoding TEXT, chars INTEGER NOT NULL, paragraphs INTEGER NOT NULL, facts INTEGER NOT NULL);
        CREATE TABLE facts (
          id INTEGER PRIMARY KEY, document INTEGER NOT NULL REFERENCES documents(id), doc TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
          start INTEGER NOT NULL, "end" INTEGER NOT NULL, value, max NUMERIC, unit TEXT, currency TEXT, approx TEXT,
          level TEXT, parent TEXT, subject TEXT, code TEXT, place TEXT, period TEXT, actor TEXT, scope TEXT);
        """ + PlacesSchema;

    /// <summary>
    /// The division units whose codes occur in the facts, with every unit above them: a fact's code
    /// joins <c>places.code</c>, and a code's prefix is its parent's (rolling up is
    /// <c>substr(code, 1, 6)</c> or a join on <c>parent_code</c>).
    /// </summary>
    private const string PlacesSchema = """
        CREATE TABLE IF NOT EXISTS places (code TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, parent_code TEXT);
        """;

    /// <summary>The link columns schema version 2 added to <c>facts</c>.</summary>
    private static readonly string[] LinkColumns = ["code", "place", "period", "actor", "scope"];

    private const string Indexes = """
        CREATE INDEX IF NOT EXISTS facts_kind ON facts(kind);
        CREATE INDEX IF NOT EXISTS facts_value ON facts(value);
        CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc);
        CREATE INDEX IF NOT EXISTS facts_code ON facts(code);
        CREATE INDEX IF NOT EXISTS documents_doc ON documents(doc);
        """;

    private static readonly string[] DocumentColumns = ["id", "doc", "title", "published", "source", "authors", "editors", "script", "encoding", "chars", "paragraphs", "facts"];
    /// <summary>The facts table of versions 0 and 1 (before the links).</summary>
    private static readonly string[] FactColumnsV1 = ["id", "document", "doc", "kind", "text", "start", "end", "value", "max", "unit", "currency", "approx", "level", "parent", "subject"];

    /// <summary>The codes the facts name, for the places table at <see cref="Commit"/>.</summary>
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);

    private readonly AtomicFile? _file;
    private readonly OutputLock? _lock;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction? _transaction;
    private readonly Statement _insertDocument;
    private readonly Statement _insertFact;

    /// <summary>The places of one's own gazetteer (<c>--gazetteer</c>) by the code its file gives them; empty without one.</summary>
    private readonly Dictionary<string, GazetteerEntry> _ownPlaces = new(StringComparer.Ordinal);

    /// <summary>The run's gazetteer when one's own (<see cref="Gazetteer.HolderCode"/> gives its places' parents), else null.</summary>
    private readonly Gazetteer? _gazetteer;

    /// <param name="path">The database file.</param>
    /// <param name="mode">What to do with an existing WorkTeam database.</param>
    /// <param name="gazetteer">The run's gazetteer when one's own: its places with a code go into the places table too.</param>
    public SqliteFactStore(string path, DbMode mode = DbMode.Create, Gazetteer? gazetteer = null)
    {
        _gazetteer = gazetteer;
        foreach (var entry in gazetteer?.Entries ?? [])
        {
            if (entry.Code is { } own)
            {
                _ownPlaces[own] = entry;
            }
        }
        string target = OutputLock.ResolveLinks(Path.GetFullPath(path));
        var existing = new FileInfo(target);
        if (UnixFile.Stat(target) is { Kind: not FileKind.Regular } special)
        {
            throw new OutputRefusedException($"--db '{path}' is {special.KindName}, not a database file; nothing was written to it");
        }
        if (!existing.Exists || existing.Length == 0)
        {
            _file = new AtomicFile(path);
            _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _file.TempPath, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
            _connection.Open();
            Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
            _transaction = _connection.BeginTransaction();
            Execute(Schema);
            Execute($"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {SchemaVersion};");
        }
        else
        {
            Refuse(path, target, mode);
            _lock = OutputLock.Acquire(target, path);
            // Changed in place in one transaction (SQLite's journal undoes it if the run dies), so the
            // tables of other commands and the file's links and permissions stay as they are.
            _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false, Mode = SqliteOpenMode.ReadWrite, DefaultTimeout = 0 }.ToString());
            _connection.Open();
            _transaction = _connection.BeginTransaction(deferred: false);
            if (mode == DbMode.Replace)
            {
                Execute("DROP TABLE IF EXISTS facts; DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS places;");
            }
            if (mode == DbMode.Replace || !HasTable(_connection, _transaction, "documents"))
            {
                Execute(Schema);
            }
            else
            {
                // An older database appended to: the link columns and the places table are added.
                var have = Columns(_connection, "facts", _transaction);
                foreach (var column in LinkColumns.Where(c => !have.Contains(c)))
                {
                    Execute($"ALTER TABLE facts ADD COLUMN {column} TEXT;");
                }
                Execute(PlacesSchema);
            }
            Execute($"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {SchemaVersion};");
        }
        // A document named twice (the same file given twice, concatenated shards) is two rows, not an error.
        // The inserts are prepared once and bound by position through SQLite's own API: Microsoft.Data.Sqlite
        // looks every parameter up by name on every row, which took most of the time of a million facts.
        _insertDocument = new Statement(_connection, "INSERT INTO documents (doc, title, published, source, authors, editors, script, encoding, chars, paragraphs, facts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        _insertFact = new Statement(_connection, "INSERT INTO facts (document, doc, kind, text, start, \"end\", value, max, unit, currency, approx, level, parent, subject, code, place, period, actor, scope) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
    }

    /// <summary>The path the facts are written to while the run lasts (the temporary file of a new database).</summary>
    public string WritePath => _file?.TempPath ?? _connection.DataSource;

    /// <summary>Throws <see cref="OutputRefusedException"/> unless <paramref name="target"/> is a WorkTeam database that <paramref name="mode"/> may change.</summary>
    private static void Refuse(string shown, string target, DbMode mode)
    {
        Span<byte> header = stackalloc byte[16];
        using (var probe = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            if (probe.ReadAtLeast(header, 16, throwOnEndOfStream: false) < 16 || !header.SequenceEqual("SQLite format 3\0"u8))
            {
                throw new OutputRefusedException($"--db '{shown}' exists and is not a SQLite database; it was left untouched (name a new file)");
            }
        }
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        long applicationId = Scalar(connection, "PRAGMA application_id");
        long version = Scalar(connection, "PRAGMA user_version");
        bool ours = applicationId == ApplicationId
            || (applicationId == 0 && version == 0 && Columns(connection, "documents").SequenceEqual(DocumentColumns) && Columns(connection, "facts").SequenceEqual(FactColumnsV1));
        if (!ours)
        {
            throw new OutputRefusedException($"--db '{shown}' is a SQLite database that WorkTeam did not write; it was left untouched (name a new file)");
        }
        if (version > SchemaVersion)
        {
            throw new OutputRefusedException($"--db '{shown}' has WorkTeam schema version {version}, newer than this workteam's ({SchemaVersion}); it was left untouched (use a newer workteam)");
        }
        if (mode == DbMode.Create)
        {
            throw new OutputRefusedException($"--db '{shown}' is a WorkTeam database already; add --force to replace its documents and facts, or --append to add to them (other tables are kept either way)");
        }
        // Version 0 (before versions were recorded) has the same tables: it is migrated by stamping the version.
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<string> Columns(SqliteConnection connection, string table, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }

    private static bool HasTable(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", table);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    public void Add(RunDocument document, IReadOnlyList<Fact> facts)
    {
        var meta = document.Document.Metadata;
        var row = _insertDocument;
        row.Text(1, document.Doc).Text(2, meta.Title).Text(3, meta.Published).Text(4, meta.Source)
            .Text(5, Join(meta.Authors)).Text(6, Join(meta.Editors)).Text(7, DocsCommand.ScriptName(meta.Script)).Text(8, meta.Encoding)
            .Integer(9, document.Body.Length).Integer(10, document.Document.Paragraphs.Count).Integer(11, facts.Count).Run();
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
                .Text(12, fact.Level.Name()).Text(13, FactFormat.ParentText(fact)).Text(14, fact.Subject)
                .Text(15, fact.Code).Text(16, fact.Place).Text(17, fact.Period).Text(18, fact.Actor).Text(19, fact.Scope.Name()).Run();
            if (fact.Code is { } code)
            {
                _codes.Add(code);
            }
        }
    }

    public void Commit()
    {
        WritePlaces();
        Execute(Indexes);
        _transaction!.Commit();
        _insertDocument.Dispose();
        _insertFact.Dispose();
        _connection.Close();
        _file?.Commit();
    }

    /// <summary>The places table: each code the facts name and every unit above it, once (kept from earlier runs on --append).</summary>
    private void WritePlaces()
    {
        if (_codes.Count == 0)
        {
            return;
        }
        using var insert = new Statement(_connection, "INSERT OR IGNORE INTO places (code, name, level, parent_code) VALUES (?1, ?2, ?3, ?4)");
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in _codes.Order(StringComparer.Ordinal))
        {
            // One's own places first (a village the table lacks), up to the first unit of the table above them.
            var next = code;
            while (next is not null && _ownPlaces.TryGetValue(next, out var entry) && written.Add(next))
            {
                var parent = _gazetteer!.HolderCode(entry);
                insert.Text(1, next).Text(2, entry.Name).Text(3, entry.Level.Name()).Text(4, parent).Run();
                next = parent;
            }
            for (var unit = next is null ? null : DivisionTable.Default.FindCode(next); unit is { } u && written.Add(u.Code); unit = u.Parent)
            {
                insert.Text(1, u.Code).Text(2, u.Name).Text(3, u.Level.Name()).Text(4, u.Parent?.Code).Run();
            }
        }
    }

    public void Dispose()
    {
        _insertDocument.Dispose();
        _insertFact.Dispose();
        _transaction?.Dispose();
        _connection.Dispose();
        _file?.Dispose();
        _lock?.Dispose();
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
