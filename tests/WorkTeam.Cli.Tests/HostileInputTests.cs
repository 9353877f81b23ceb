using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Cli.Tests;

/// <summary>
/// Issue 14: inputs and outputs as users and attackers meet them (link loops, FIFOs, devices, bad
/// JSON escapes, absurd options, other people's files at the --db path, formulas in CSV cells).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class HostileInputTests
{
    private static ScriptedPipeline Wan() => new() { Facts = ScriptedPipeline.MoneyAtEveryWan };

    private static CliRun Run(CliContext context, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = WorkTeamCommand.Run(args, context, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    internal static void Shell(string command, params string[] args)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        start.ArgumentList.Add("sh");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    // ---- Folder walking ----

    [Fact]
    public void A_link_back_up_the_tree_is_followed_once_and_every_file_is_read_once()
    {
        using var folder = new TempFolder();
        folder.Write("L/d/a.txt", "一万");
        folder.Write("L/b.txt", "万");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "L/d/up"), "..");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "L/d/again.txt"), "a.txt");
        string root = Path.Combine(folder.Path, "L");
        var run = CliRun.Of(Wan(), "extract", root);
        Assert.Equal(0, run.Code);
        Assert.Equal(
            [
                $"{{\"doc\":\"{root}/b.txt\",\"kind\":\"money\",\"text\":\"万\",\"start\":0,\"end\":1,\"value\":0,\"currency\":\"CNY\"}}",
                $"{{\"doc\":\"{root}/d/a.txt\",\"kind\":\"money\",\"text\":\"万\",\"start\":1,\"end\":2,\"value\":10000,\"currency\":\"CNY\"}}",
            ],
            Lines(run.Stdout));
        Assert.Equal([$"workteam: {root}/d/up: a link to a folder already searched; not followed again"], Lines(run.Stderr));
    }

    [Fact]
    public void A_link_loop_of_two_folders_ends()
    {
        using var folder = new TempFolder();
        folder.Write("x/a.txt", "万");
        folder.Write("y/b.txt", "万");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "x/toy"), "../y");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "y/tox"), "../x");
        var run = CliRun.Of(Wan(), "extract", Path.Combine(folder.Path, "x"));
        Assert.Equal(0, run.Code);
        Assert.Equal(2, Lines(run.Stdout).Length);
        Assert.Contains("x/toy/tox: a link to a folder already searched", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_in_a_folder_is_named_as_unreadable_and_the_facts_found_are_written()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "万");
        Shell("mkfifo \"$1\"", Path.Combine(folder.Path, "in/x.txt"));
        string output = Path.Combine(folder.Path, "facts.jsonl");
        var run = CliRun.Of(Wan(), "extract", "--out", output, Path.Combine(folder.Path, "in"));
        Assert.Equal(1, run.Code);
        Assert.Equal(
            [
                $"workteam: {folder.Path}/in/x.txt: not a regular file but a FIFO (named pipe); only regular files are read",
                "workteam: 1 of 2 documents failed.",
            ],
            Lines(run.Stderr));
        Assert.Single(Lines(File.ReadAllText(output)));
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("segment")]
    [InlineData("docs")]
    [InlineData("summary")]
    [InlineData("keywords")]
    public void A_fifo_or_a_device_named_directly_is_unreadable(string command)
    {
        using var folder = new TempFolder();
        string fifo = Path.Combine(folder.Path, "x.txt");
        Shell("mkfifo \"$1\"", fifo);
        var run = CliRun.Of(new LibraryDocumentPipeline(), command, fifo, "/dev/zero");
        Assert.Equal(1, run.Code);
        Assert.Contains($"workteam: {fifo}: not a regular file but a FIFO (named pipe); only regular files are read", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("workteam: /dev/zero: not a regular file but a character device; only regular files are read", run.Stderr, StringComparison.Ordinal);
        if (command is "extract" or "segment" or "docs")
        {
            Assert.Equal("", run.Stdout);
        }
        var text = CliRun.Of(new LibraryDocumentPipeline(), "text", fifo);
        Assert.Equal(1, text.Code);
        Assert.Equal($"workteam: {fifo}: not a regular file but a FIFO (named pipe); only regular files are read\n", text.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_named_by_its_bytes()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", "万");
        Shell("printf '万' > \"$1/$(printf 'bad\\377.txt')\"", Path.Combine(folder.Path, "in"));
        var run = CliRun.Of(Wan(), "extract", Path.Combine(folder.Path, "in"));
        Assert.Equal(1, run.Code);
        Assert.Equal(
            [
                $"workteam: {folder.Path}/in/bad\\xFF.txt: the file name is not valid UTF-8 (its bytes are shown escaped as \\xHH); rename it to read it",
                "workteam: 1 of 2 documents failed.",
            ],
            Lines(run.Stderr));
        Assert.Single(Lines(run.Stdout));
        // .NET cannot name the file to delete it either.
        Shell("rm -rf \"$1\"", Path.Combine(folder.Path, "in"));
    }

    [Fact]
    public void An_output_file_inside_an_input_folder_is_never_read_as_input()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "万");
        // `workteam extract in > in/out.txt`: standard output is a file in the folder being read.
        string redirected = folder.Write("in/out.txt", "万万万");
        // --out onto a file a previous run left in the folder.
        string previous = folder.Write("in/facts.txt", "万万");
        var context = new CliContext(new StringReader(""), Wan(), StderrIsTerminal: false, CancellationToken.None, StdoutPath: redirected);
        var run = Run(context, "extract", "--out", previous, Path.Combine(folder.Path, "in"));
        Assert.Equal(0, run.Code);
        Assert.Equal(
            [
                $"workteam: {folder.Path}/in/facts.txt: input file is also the output; skipped",
                $"workteam: {folder.Path}/in/out.txt: input file is also the output; skipped",
            ],
            Lines(run.Stderr));
        Assert.Single(Lines(File.ReadAllText(previous)));
    }

    // ---- JSON Lines input ----

    [Fact]
    public void A_lone_surrogate_escape_names_its_line_and_the_rest_is_read()
    {
        string input = "{\"doc\":\"x\",\"text\":\"\\ud800\"}\n{\"doc\":\"y\",\"text\":\"万\"}\n";
        var run = CliRun.Of(Wan(), input, CancellationToken.None, "extract", "--jsonl-input");
        Assert.Equal(1, run.Code);
        Assert.Equal("{\"doc\":\"y\",\"kind\":\"money\",\"text\":\"万\",\"start\":0,\"end\":1,\"value\":0,\"currency\":\"CNY\"}\n", run.Stdout);
        Assert.Equal(
            [
                "workteam: standard input line 1: \"text\" holds a lone surrogate escape (\\ud800-\\udfff without its pair), which is not text",
                "workteam: 1 of 2 documents failed.",
            ],
            Lines(run.Stderr));
    }

    [Fact]
    public void A_json_line_over_the_size_limit_is_refused_unread_and_the_next_is_read()
    {
        string big = "{\"doc\":\"big\",\"text\":\"" + new string('万', 300) + "\"}";
        string input = big + "\n{\"doc\":\"y\",\"text\":\"万\"}\n";
        var context = new CliContext(new StringReader(input), Wan(), StderrIsTerminal: false, CancellationToken.None, MaxInputBytes: 200);
        var run = Run(context, "extract", "--jsonl-input");
        Assert.Equal(1, run.Code);
        Assert.Single(Lines(run.Stdout));
        Assert.Equal(
            [
                $"workteam: standard input line 1: the line is {big.Length} characters, over the limit of 200 (the size limit of a document)",
                "workteam: 1 of 2 documents failed.",
            ],
            Lines(run.Stderr));
    }

    [Fact]
    public void A_json_path_is_read_only_under_the_root_named_with_root()
    {
        using var folder = new TempFolder();
        string inside = folder.Write("root/a.txt", "万");
        folder.Write("secret.txt", "万万");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "root/link.txt"), "../secret.txt");
        string root = Path.Combine(folder.Path, "root");
        string input = $"{{\"path\":\"{inside}\"}}\n{{\"path\":\"a.txt\"}}\n{{\"path\":\"../secret.txt\"}}\n{{\"path\":\"link.txt\"}}\n{{\"path\":\"/etc/passwd\"}}\n{{\"path\":\"/dev/zero\"}}\n";
        var confined = CliRun.Of(Wan(), input, CancellationToken.None, "extract", "--jsonl-input", "--root", root);
        Assert.Equal(1, confined.Code);
        Assert.Equal(
            [
                $"{{\"doc\":\"{inside}\",\"kind\":\"money\",\"text\":\"万\",\"start\":0,\"end\":1,\"value\":0,\"currency\":\"CNY\"}}",
                "{\"doc\":\"a.txt\",\"kind\":\"money\",\"text\":\"万\",\"start\":0,\"end\":1,\"value\":0,\"currency\":\"CNY\"}",
            ],
            Lines(confined.Stdout));
        Assert.Equal(
            [
                $"workteam: standard input line 3: \"path\" ../secret.txt is outside --root {root}",
                $"workteam: standard input line 4: \"path\" link.txt is outside --root {root}",
                $"workteam: standard input line 5: \"path\" /etc/passwd is outside --root {root}",
                $"workteam: standard input line 6: \"path\" /dev/zero is outside --root {root}",
                "workteam: 4 of 6 documents failed.",
            ],
            Lines(confined.Stderr));

        var open = CliRun.Of(Wan(), $"{{\"path\":\"{inside}\"}}\n", CancellationToken.None, "extract", "--jsonl-input");
        Assert.Equal(1, open.Code);
        Assert.Equal("", open.Stdout);
        Assert.Contains("\"path\" is read only under a folder named with --root DIR (none was given)", open.Stderr, StringComparison.Ordinal);

        var device = CliRun.Of(Wan(), "{\"path\":\"zero\"}\n", CancellationToken.None, "extract", "--jsonl-input", "--root", "/dev");
        Assert.Equal(1, device.Code);
        Assert.Contains("zero: not a regular file but a character device; only regular files are read", device.Stderr, StringComparison.Ordinal);
    }

    // ---- Options ----

    [Theory]
    [InlineData("--out", "")]
    [InlineData("--db", "")]
    [InlineData("--date", "")]
    [InlineData("--kinds", " ")]
    [InlineData("--include", "")]
    [InlineData("--root", "")]
    public void An_empty_option_value_is_a_usage_error(string option, string value)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "万");
        var run = CliRun.Of(Wan(), "extract", option, value, folder.Path);
        Assert.Equal(2, run.Code);
        Assert.Equal($"workteam: {option} needs a value, not an empty string. Try 'workteam --help'.\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("1025")]
    [InlineData("0")]
    [InlineData("-3")]
    public void An_absurd_number_of_jobs_is_a_usage_error(string jobs)
    {
        var run = CliRun.Of(Wan(), "万", CancellationToken.None, "extract", "-j", jobs, "-");
        Assert.Equal(2, run.Code);
        Assert.Equal($"workteam: --jobs must be between 1 and 1024, not {jobs}.\n", run.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Response_files_are_off_so_a_file_named_at_something_injects_nothing()
    {
        using var folder = new TempFolder();
        string injected = Path.Combine(folder.Path, "injected.jsonl");
        string options = folder.Write("x", $"--out\n{injected}\n");
        folder.Write("a.txt", "万");
        var run = CliRun.Of(Wan(), "extract", "@" + options, Path.Combine(folder.Path, "a.txt"));
        Assert.Equal(1, run.Code);
        Assert.False(File.Exists(injected));
        Assert.Single(Lines(run.Stdout));
        Assert.Equal([$"workteam: @{options}: no such file or folder"], Lines(run.Stderr));
    }

    // ---- CSV and standard error ----

    [Fact]
    public void Csv_text_cells_that_start_a_formula_are_neutralised_and_numbers_keep_their_sign()
    {
        var pipeline = new ScriptedPipeline
        {
            Facts = _ =>
            [
                new Fact { Kind = FactKinds.Money, Text = "-100万元", Start = 3, End = 9, Value = -1000000m, Currency = "CNY", Subject = "=1+2" },
                new Fact { Kind = FactKinds.Organization, Text = "@SUM(A1)", Start = 10, End = 18, Name = "+cmd", Parent = "\tx" },
            ],
        };
        string input = "{\"doc\":\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\",\"text\":\"报告\"}\n{\"doc\":\"a\\u001b[31mb\",\"text\":\"报告\"}\n";
        var csv = CliRun.Of(pipeline, input, CancellationToken.None, "extract", "--jsonl-input", "--format", "csv");
        Assert.Equal(0, csv.Code);
        Assert.Equal(
            [
                "\uFEFFdoc,kind,text,start,end,value,max,unit,currency,approx,level,parent,subject,code,place,period,actor,scope",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",money,'-100万元,3,9,-1000000,,,CNY,,,,'=1+2,,,,,",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",org,'@SUM(A1),10,18,'+cmd,,,,,,'\\x09x,,,,,,",
                "a\\x1B[31mb,money,'-100万元,3,9,-1000000,,,CNY,,,,'=1+2,,,,,",
                "a\\x1B[31mb,org,'@SUM(A1),10,18,'+cmd,,,,,,'\\x09x,,,,,,",
            ],
            Lines(csv.Stdout));
        // JSON Lines keeps the exact surface (control characters JSON-escaped).
        var json = CliRun.Of(pipeline, input, CancellationToken.None, "extract", "--jsonl-input");
        Assert.StartsWith("{\"doc\":\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\",\"kind\":\"money\",\"text\":\"-100万元\",\"start\":3,\"end\":9,\"value\":-1000000,", json.Stdout, StringComparison.Ordinal);
        Assert.Contains("{\"doc\":\"a\\u001b[31mb\",", json.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_a_name_are_escaped_on_standard_error()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("in/a\u001b]0;owned\u0007.txt", [0x00, 0x01]);
        var run = CliRun.Of(Wan(), "extract", Path.Combine(folder.Path, "in"));
        Assert.Equal(1, run.Code);
        Assert.Equal(
            [$"workteam: {folder.Path}/in/a\\x1B]0;owned\\x07.txt: binary file", "workteam: 1 of 1 documents failed."],
            Lines(run.Stderr));
    }

    // ---- --db ----

    private static long Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Sql(string db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Db_refuses_a_file_that_is_not_a_database_and_leaves_it_untouched()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "万");
        string thesis = folder.Write("thesis.docx", "five years of work");
        string outFile = folder.Write("facts.jsonl", "previous");
        var run = CliRun.Of(Wan(), "extract", "--db", thesis, "--out", outFile, "--force", Path.Combine(folder.Path, "in"));
        Assert.Equal(2, run.Code);
        Assert.Equal($"workteam: --db '{thesis}' exists and is not a SQLite database; it was left untouched (name a new file).\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal("five years of work", File.ReadAllText(thesis));
        Assert.Equal("previous", File.ReadAllText(outFile));
    }

    [Fact]
    public void Db_refuses_a_database_that_workteam_did_not_write()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "万");
        string db = Path.Combine(folder.Path, "other.db");
        Sql(db, "CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL); INSERT INTO accounts VALUES (1, 99.5);");
        var before = File.ReadAllBytes(db);
        var run = CliRun.Of(Wan(), "extract", "--db", db, "--append", Path.Combine(folder.Path, "in"));
        Assert.Equal(2, run.Code);
        Assert.Equal($"workteam: --db '{db}' is a SQLite database that WorkTeam did not write; it was left untouched (name a new file).\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void Db_replaces_a_workteam_database_only_with_force_extends_it_with_append_and_keeps_other_tables()
    {
        using var folder = new TempFolder();
        string input = Path.Combine(folder.Path, "in");
        folder.Write("in/a.txt", "一万");
        string db = Path.Combine(folder.Path, "facts.db");
        Assert.Equal(0, CliRun.Of(Wan(), "extract", "--db", db, input).Code);
        Assert.Equal(SqliteFactStore.SchemaVersion, Scalar(db, "PRAGMA user_version"));
        Assert.Equal(SqliteFactStore.ApplicationId, Scalar(db, "PRAGMA application_id"));
        // Another command's tables (workteam topics) live in the same file.
        Sql(db, "CREATE TABLE topics (id INTEGER PRIMARY KEY, label TEXT); INSERT INTO topics VALUES (1, '产业'); CREATE TABLE document_topics (document INTEGER, topic INTEGER); INSERT INTO document_topics VALUES (1, 1);");

        var again = CliRun.Of(Wan(), "extract", "--db", db, input);
        Assert.Equal(2, again.Code);
        Assert.Equal($"workteam: --db '{db}' is a WorkTeam database already; add --force to replace its documents and facts, or --append to add to them (other tables are kept either way).\n", again.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(1, Scalar(db, "SELECT count(*) FROM facts"));

        Assert.Equal(0, CliRun.Of(Wan(), "extract", "--db", db, "--append", input).Code);
        Assert.Equal(2, Scalar(db, "SELECT count(*) FROM facts"));
        Assert.Equal(2, Scalar(db, "SELECT count(*) FROM documents"));

        folder.Write("in/b.txt", "万万万");
        Assert.Equal(0, CliRun.Of(Wan(), "extract", "--db", db, "--force", input).Code);
        Assert.Equal(4, Scalar(db, "SELECT count(*) FROM facts"));
        Assert.Equal(2, Scalar(db, "SELECT count(*) FROM documents"));
        Assert.Equal(1, Scalar(db, "SELECT count(*) FROM topics"));
        Assert.Equal(1, Scalar(db, "SELECT count(*) FROM document_topics"));

        var both = CliRun.Of(Wan(), "extract", "--db", db, "--force", "--append", input);
        Assert.Equal(2, both.Code);
    }

    [Fact]
    public void Db_of_an_older_schema_is_migrated_and_a_newer_one_refused_by_version()
    {
        using var folder = new TempFolder();
        string input = Path.Combine(folder.Path, "in");
        folder.Write("in/a.txt", "一万");
        string db = Path.Combine(folder.Path, "old.db");
        // What workteam wrote before the schema carried its version: the same tables, user_version 0.
        Sql(db, """
            CREATE TABLE documents (
              id INTEGER PRIMARY KEY, doc TEXT NOT NULL, title TEXT, published TEXT, source TEXT, authors TEXT, editors TEXT,
              script TEXT, encoding TEXT, chars INTEGER NOT NULL, paragraphs INTEGER NOT NULL, facts INTEGER NOT NULL);
            CREATE TABLE facts (
              id INTEGER PRIMARY KEY, document INTEGER NOT NULL REFERENCES documents(id), doc TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
              start INTEGER NOT NULL, "end" INTEGER NOT NULL, value, max NUMERIC, unit TEXT, currency TEXT, approx TEXT,
              level TEXT, parent TEXT, subject TEXT);
            """);
        Assert.Equal(0, CliRun.Of(Wan(), "extract", "--db", db, "--append", input).Code);
        Assert.Equal(SqliteFactStore.SchemaVersion, Scalar(db, "PRAGMA user_version"));
        Assert.Equal(1, Scalar(db, "SELECT count(*) FROM facts"));
        // Version 2's link columns and places table are added to the older tables.
        Assert.Equal(5, Scalar(db, "SELECT count(*) FROM pragma_table_info('facts') WHERE name IN ('code', 'place', 'period', 'actor', 'scope')"));
        Assert.Equal(0, Scalar(db, "SELECT count(*) FROM places"));

        Sql(db, "PRAGMA user_version = 7");
        var newer = CliRun.Of(Wan(), "extract", "--db", db, "--append", input);
        Assert.Equal(2, newer.Code);
        Assert.Equal($"workteam: --db '{db}' has WorkTeam schema version 7, newer than this workteam's ({SqliteFactStore.SchemaVersion}); it was left untouched (use a newer workteam).\n", newer.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(1, Scalar(db, "SELECT count(*) FROM facts"));
    }

    // ---- Output files ----

    [Fact]
    public void A_second_run_on_an_output_being_written_fails_clearly()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "万");
        foreach (var option in new[] { "--out", "--db" })
        {
            string output = Path.Combine(folder.Path, "facts." + option[2..]);
            // The first run holds the output while it works.
            using (var first = new AtomicFile(output))
            {
                var second = CliRun.Of(Wan(), "extract", option, output, Path.Combine(folder.Path, "in"));
                Assert.Equal(3, second.Code);
                Assert.Equal($"workteam: output not written: '{output}' is being written by another workteam run (it holds {folder.Path}/.facts.{option[2..]}.lock); wait for that run to end\n", second.Stderr.ReplaceLineEndings("\n"));
            }
            Assert.Equal(0, CliRun.Of(Wan(), "extract", option, output, Path.Combine(folder.Path, "in")).Code);
        }
        Assert.Equal(["facts.db", "facts.out", "in"], Directory.GetFileSystemEntries(folder.Path, "*", new EnumerationOptions { AttributesToSkip = 0 }).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Output_onto_a_link_writes_through_it_and_keeps_the_link_and_the_mode()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "万");
        string real = folder.Write("real/facts.jsonl", "old");
        File.SetUnixFileMode(real, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        string link = Path.Combine(folder.Path, "facts.jsonl");
        File.CreateSymbolicLink(link, real);
        string dbLink = Path.Combine(folder.Path, "facts.db");
        File.CreateSymbolicLink(dbLink, Path.Combine(folder.Path, "real/facts.db"));
        var run = CliRun.Of(Wan(), "extract", "--out", link, "--db", dbLink, Path.Combine(folder.Path, "in"));
        Assert.Equal(0, run.Code);
        Assert.Equal(real, new FileInfo(link).LinkTarget);
        Assert.Single(Lines(File.ReadAllText(real)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(real));
        Assert.NotNull(new FileInfo(dbLink).LinkTarget);
        Assert.Equal(1, Scalar(Path.Combine(folder.Path, "real/facts.db"), "SELECT count(*) FROM facts"));
    }

    [Fact]
    public void Output_onto_a_fifo_is_written_through_it_and_the_fifo_stays()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "万");
        string fifo = Path.Combine(folder.Path, "out.fifo");
        Shell("mkfifo \"$1\"", fifo);
        string? read = null;
        var reader = new Thread(() => read = File.ReadAllText(fifo)) { IsBackground = true };
        reader.Start();
        var run = CliRun.Of(Wan(), "extract", "--out", fifo, Path.Combine(folder.Path, "in"));
        Assert.Equal(0, run.Code);
        Assert.True(reader.Join(TimeSpan.FromSeconds(30)));
        Assert.Single(Lines(read!));
        Assert.Equal(FileKind.Fifo, UnixFile.Stat(fifo, followLinks: false)!.Value.Kind);
        var db = CliRun.Of(Wan(), "extract", "--db", "/dev/null", Path.Combine(folder.Path, "in"));
        Assert.Equal(2, db.Code);
        Assert.Equal("workteam: --db '/dev/null' is a character device, not a database file; nothing was written to it.\n", db.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(FileKind.CharacterDevice, UnixFile.Stat("/dev/null", followLinks: false)!.Value.Kind);
    }

    [Fact]
    public void An_output_that_cannot_be_written_exits_3_not_1()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "万");
        var run = CliRun.Of(Wan(), "extract", "--out", "/dev/full", Path.Combine(folder.Path, "in"));
        Assert.Equal(3, run.Code);
        Assert.StartsWith("workteam: output not written: No space left on device", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(FileKind.CharacterDevice, UnixFile.Stat("/dev/full", followLinks: false)!.Value.Kind);
    }

    [Fact]
    public void Stale_temporaries_of_dead_runs_are_removed_and_live_ones_kept()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "万");
        string output = Path.Combine(folder.Path, "facts.jsonl");
        string dead = folder.Write($".facts.jsonl.{int.MaxValue - 1}.{Guid.NewGuid():N}.tmp", "120 MB of a killed run");
        // PID 1 is always running: its temporary may be in use.
        string live = folder.Write($".facts.jsonl.1.{Guid.NewGuid():N}.tmp", "in use");
        string other = folder.Write($".other.jsonl.{int.MaxValue - 1}.{Guid.NewGuid():N}.tmp", "another output's");
        Assert.Equal(0, CliRun.Of(Wan(), "extract", "--out", output, Path.Combine(folder.Path, "in")).Code);
        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(other));
    }

    // ---- Encodings and values, through the real pipeline ----

    [Fact]
    public void Utf16_without_a_bom_is_read_when_the_text_has_characters_like_yi_and_kai()
    {
        using var folder = new TempFolder();
        string text = "一、开展帮扶工作，投入资金600万元。\n二、开工建设大棚一百亩。\n";
        string le = folder.WriteBytes("le.txt", Encoding.Unicode.GetBytes(text));
        string be = folder.WriteBytes("be.txt", Encoding.BigEndianUnicode.GetBytes(text));
        var run = CliRun.Of(new LibraryDocumentPipeline(), "extract", "--kinds", "money", le, be);
        Assert.Equal(0, run.Code);
        Assert.Equal(
            [
                $"{{\"doc\":\"{le}\",\"kind\":\"money\",\"text\":\"600万元\",\"start\":13,\"end\":18,\"value\":6000000,\"currency\":\"CNY\"}}",
                $"{{\"doc\":\"{be}\",\"kind\":\"money\",\"text\":\"600万元\",\"start\":13,\"end\":18,\"value\":6000000,\"currency\":\"CNY\"}}",
            ],
            Lines(run.Stdout));
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void A_declared_charset_that_reads_as_mojibake_loses_to_the_bytes_with_a_warning()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var folder = new TempFolder();
        string body = "<p>駐村工作隊今年投入資金600萬元，幫助群眾發展產業，建設大棚，鄉鎮黨委和縣政府的領導來到村裡。</p>";
        var bytes = Encoding.GetEncoding(950).GetBytes($"<html><head><meta charset=\"gbk\"><title>工作隊</title></head><body>{body}</body></html>");
        string page = folder.WriteBytes("page.html", bytes);
        var run = CliRun.Of(new LibraryDocumentPipeline(), "extract", "--kinds", "money", page);
        Assert.Equal(0, run.Code);
        Assert.Equal([$"{{\"doc\":\"{page}\",\"kind\":\"money\",\"text\":\"600萬元\",\"start\":15,\"end\":20,\"value\":6000000,\"currency\":\"CNY\"}}"], Lines(run.Stdout));
        Assert.Equal([$"workteam: {page}: warning: the page declares charset gbk but its bytes are big5"], Lines(run.Stderr));
    }

    [Fact]
    public void A_file_mixing_utf8_and_gb18030_lines_is_decoded_line_by_line_with_a_warning()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var folder = new TempFolder();
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("驻村工作队投入资金600万元，帮助群众发展产业。\n"));
        bytes.AddRange(Encoding.GetEncoding(54936).GetBytes("乡镇党委和县政府共投入资金300万元，建设大棚。\n"));
        string file = folder.WriteBytes("mixed.txt", [.. bytes]);
        var run = CliRun.Of(new LibraryDocumentPipeline(), "extract", "--kinds", "money", file);
        Assert.Equal(0, run.Code);
        Assert.Equal(
            [
                $"{{\"doc\":\"{file}\",\"kind\":\"money\",\"text\":\"600万元\",\"start\":9,\"end\":14,\"value\":6000000,\"currency\":\"CNY\"}}",
                $"{{\"doc\":\"{file}\",\"kind\":\"money\",\"text\":\"300万元\",\"start\":38,\"end\":43,\"value\":3000000,\"currency\":\"CNY\",\"actor\":\"乡镇党委、县政府\"}}",
            ],
            Lines(run.Stdout));
        Assert.Equal([$"workteam: {file}: warning: mixed encodings: 1 lines of UTF-8 and 1 of gb18030, each line decoded in its own"], Lines(run.Stderr));
    }

    [Fact]
    public void A_negative_amount_keeps_its_sign()
    {
        var run = CliRun.Of(new LibraryDocumentPipeline(), "{\"doc\":\"r\",\"text\":\"公司净利润-100万元，负债率下降。\"}\n", CancellationToken.None, "extract", "--jsonl-input", "--kinds", "money");
        Assert.Equal(0, run.Code);
        Assert.Equal("{\"doc\":\"r\",\"kind\":\"money\",\"text\":\"-100万元\",\"start\":5,\"end\":11,\"value\":-1000000,\"currency\":\"CNY\"}\n", run.Stdout);
    }
}
