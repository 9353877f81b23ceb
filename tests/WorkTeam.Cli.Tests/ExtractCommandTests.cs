using Microsoft.Data.Sqlite;
using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Numbers;

namespace WorkTeam.Cli.Tests;

public class ExtractCommandTests
{
    private static readonly Fact[] KnownFacts =
    [
        new() { Kind = FactKinds.Money, Text = "600余萬元", Start = 3, End = 9, Value = 6000000m, Currency = "CNY", Approximation = Approximation.Over, Subject = "惠民项目" },
        new() { Kind = FactKinds.Money, Text = "1.52万元", Start = 12, End = 18, Value = 1.52m * 10000.00m, Currency = "CNY" },
        new() { Kind = FactKinds.Count, Text = "三四十人", Start = 20, End = 24, Value = 30m, Max = 40m, Unit = "人" },
        new() { Kind = FactKinds.Percent, Text = "五点七个百分点", Start = 25, End = 32, Value = 5.7m, Unit = "个百分点" },
        new() { Kind = FactKinds.Place, Text = "民豐縣", Start = 40, End = 43, Name = "民丰县", Level = PlaceLevel.County, Parent = "和田地区" },
        new() { Kind = FactKinds.Date, Text = "3月28日", Start = 50, End = 55, Date = "XXXX-03-28" },
        new() { Kind = FactKinds.Organization, Text = "\"伊犁\",日报", Start = 60, End = 67, Name = "伊犁\"日报\", 社" },
    ];

    private static ScriptedPipeline Known() => new() { Facts = _ => KnownFacts };

    [Fact]
    public void Json_lines_keep_the_contract_field_order_and_leave_absent_fields_out()
    {
        var run = CliRun.Of(Known(), "报告", CancellationToken.None, "extract", "-");
        Assert.Equal(0, run.Code);
        Assert.Equal(
            """
            {"doc":"-","kind":"money","text":"600余萬元","start":3,"end":9,"value":6000000,"currency":"CNY","approx":"over","subject":"惠民项目"}
            {"doc":"-","kind":"money","text":"1.52万元","start":12,"end":18,"value":15200,"currency":"CNY"}
            {"doc":"-","kind":"count","text":"三四十人","start":20,"end":24,"value":30,"max":40,"unit":"人"}
            {"doc":"-","kind":"percent","text":"五点七个百分点","start":25,"end":32,"value":5.7,"unit":"个百分点"}
            {"doc":"-","kind":"place","text":"民豐縣","start":40,"end":43,"value":"民丰县","level":"county","parent":"和田地区"}
            {"doc":"-","kind":"date","text":"3月28日","start":50,"end":55,"value":"XXXX-03-28"}
            {"doc":"-","kind":"org","text":"\"伊犁\",日报","start":60,"end":67,"value":"伊犁\"日报\", 社"}

            """.ReplaceLineEndings("\n"),
            run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Csv_starts_with_a_bom_and_header_and_quotes_cells_as_rfc_4180_says()
    {
        var run = CliRun.Of(Known(), "报告", CancellationToken.None, "extract", "--format", "csv", "-");
        Assert.Equal(0, run.Code);
        string[] rows =
        [
            "\uFEFFdoc,kind,text,start,end,value,max,unit,currency,approx,level,parent,subject,code,place,period,actor,scope",
            "-,money,600余萬元,3,9,6000000,,,CNY,over,,,惠民项目,,,,,",
            "-,money,1.52万元,12,18,15200,,,CNY,,,,,,,,,",
            "-,count,三四十人,20,24,30,40,人,,,,,,,,,,",
            "-,percent,五点七个百分点,25,32,5.7,,个百分点,,,,,,,,,,",
            "-,place,民豐縣,40,43,民丰县,,,,,county,和田地区,,,,,,",
            "-,date,3月28日,50,55,XXXX-03-28,,,,,,,,,,,,",
            "-,org,\"\"\"伊犁\"\",日报\",60,67,\"伊犁\"\"日报\"\", 社\",,,,,,,,,,,,",
        ];
        Assert.Equal(string.Join("\r\n", rows) + "\r\n", run.Stdout);
    }

    [Fact]
    public void Kinds_keeps_only_the_kinds_named()
    {
        var run = CliRun.Of(Known(), "报告", CancellationToken.None, "extract", "--kinds", "date, place", "-");
        Assert.Equal(0, run.Code);
        var kinds = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split("\"kind\":\"")[1].Split('"')[0]).ToArray();
        Assert.Equal(["place", "date"], kinds);
    }

    [Theory]
    [InlineData("--kinds", "money,dollars", "unknown kind 'dollars'")]
    [InlineData("--kinds", ",", "--kinds names no kind")]
    [InlineData("--date", "2021-02-30", "--date '2021-02-30' is not a date")]
    [InlineData("--date", "13.07.2021", "--date '13.07.2021' is not a date")]
    [InlineData("--format", "xml", "'xml'")]
    [InlineData("--jobs", "0", "--jobs must be between 1 and 1024")]
    public void A_bad_option_value_is_a_usage_error_with_exit_code_2(string option, string value, string message)
    {
        var run = CliRun.Of(Known(), "报告", CancellationToken.None, "extract", option, value, "-");
        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Stdout);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_in_a_folder_that_does_not_exist_is_a_usage_error()
    {
        string output = Path.Combine(Path.GetTempPath(), "workteam-no-such-folder", "facts.jsonl");
        var run = CliRun.Of(Known(), "报告", CancellationToken.None, "extract", "--out", output, "-");
        Assert.Equal(2, run.Code);
        Assert.Equal($"workteam: cannot write '{output}': folder '{Path.GetDirectoryName(output)}' does not exist.\n", run.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_date_option_reaches_the_extractor()
    {
        var pipeline = Known();
        var run = CliRun.Of(pipeline, "报告", CancellationToken.None, "extract", "--date", "2021-07-13", "-");
        Assert.Equal(0, run.Code);
        Assert.Equal([new DateOnly(2021, 7, 13)], pipeline.DatesSeen);
    }

    [Fact]
    public void Output_order_follows_the_paths_whatever_the_number_of_jobs()
    {
        using var folder = new TempFolder();
        var random = new Random(7);
        for (int i = 0; i < 40; i++)
        {
            folder.Write($"{(char)('a' + i % 7)}/{i:D3}.txt", new string('文', random.Next(0, 30)) + "万" + new string('字', i) + "万");
        }
        var pipeline = new ScriptedPipeline
        {
            Facts = document =>
            {
                // Uneven work, so with two jobs documents finish out of order.
                Thread.Sleep(Random.Shared.Next(0, 8));
                return ScriptedPipeline.MoneyAtEveryWan(document);
            },
        };
        var one = CliRun.Of(pipeline, "extract", "--jobs", "1", folder.Path);
        var two = CliRun.Of(pipeline, "extract", "--jobs", "2", folder.Path);
        Assert.Equal(0, two.Code);
        Assert.Equal(one.Stdout, two.Stdout);
        var docs = two.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('"')[3]).Distinct().ToList();
        Assert.Equal(40, docs.Count);
        Assert.Equal(docs.Order(StringComparer.Ordinal).ToList(), docs);
        Assert.StartsWith(Path.Join(folder.Path, "a/000.txt"), docs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_and_a_dangling_link_are_named_and_the_run_goes_on_with_exit_code_1()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "一万");
        folder.WriteBytes("b.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "c.txt"), Path.Combine(folder.Path, "gone.txt"));
        folder.Write("d.txt", "两万");
        var run = CliRun.Of(new ScriptedPipeline { Facts = ScriptedPipeline.MoneyAtEveryWan }, "extract", "--jobs", "2", folder.Path);
        Assert.Equal(1, run.Code);
        var docs = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Path.GetFileName(l.Split('"')[3])).ToArray();
        Assert.Equal(["a.txt", "d.txt"], docs);
        var errors = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"workteam: {Path.Join(folder.Path, "b.txt")}: binary file", errors[0]);
        Assert.StartsWith($"workteam: {Path.Join(folder.Path, "c.txt")}: ", errors[1], StringComparison.Ordinal);
        Assert.Equal("workteam: 2 of 4 documents failed.", errors[2]);

        var quiet = CliRun.Of(new ScriptedPipeline { Facts = ScriptedPipeline.MoneyAtEveryWan }, "extract", "--quiet", folder.Path);
        Assert.Equal(1, quiet.Code);
        Assert.Equal(errors[..2], quiet.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Money at every 万, and a fault on a document holding 坏 (a bug of the extractor on one document).</summary>
    private static ScriptedPipeline FailingOnBad() => new()
    {
        Facts = document => document.Text.Contains('坏', StringComparison.Ordinal)
            ? throw new InvalidOperationException("a bad document")
            : ScriptedPipeline.MoneyAtEveryWan(document),
    };

    [Fact]
    public void Jsonl_lines_go_to_the_extractor_in_blocks_and_come_out_in_order()
    {
        var pipeline = new ScriptedPipeline { Facts = ScriptedPipeline.MoneyAtEveryWan };
        var input = string.Concat(Enumerable.Range(0, 300).Select(i => $"{{\"doc\":\"{i}\",\"text\":\"{new string('村', i % 7)}万\"}}\n"));
        var run = CliRun.Of(pipeline, input, CancellationToken.None, "extract", "--jsonl-input", "--jobs", "2");
        Assert.Equal(0, run.Code);
        Assert.Equal([44, 256], pipeline.Blocks.Order()); // two workers: either block may start first
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"{{\"doc\":\"{i}\",\"kind\":\"money\",\"text\":\"万\",\"start\":{i % 7},\"end\":{i % 7 + 1},\"value\":{i % 7 * 10000},\"currency\":\"CNY\"}}"), lines);
    }

    [Fact]
    public void With_several_jobs_a_few_files_go_as_several_blocks()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 20; i++)
        {
            folder.Write($"{i:D2}.txt", "一万");
        }
        var pipeline = new ScriptedPipeline { Facts = ScriptedPipeline.MoneyAtEveryWan };
        var run = CliRun.Of(pipeline, "extract", "--jobs", "2", folder.Path);
        Assert.Equal(0, run.Code);
        Assert.Equal(20, run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        // 20 files, two jobs: blocks of 20 / (2 x 4) = 2 files, so both workers have blocks to take.
        Assert.Equal(Enumerable.Repeat(2, 10), pipeline.Blocks);
        var one = new ScriptedPipeline { Facts = ScriptedPipeline.MoneyAtEveryWan };
        Assert.Equal(run.Stdout, CliRun.Of(one, "extract", "--jobs", "1", folder.Path).Stdout);
        Assert.Equal([20], one.Blocks);
    }

    [Fact]
    public void A_block_that_fails_is_read_again_a_document_at_a_time_and_only_the_bad_document_is_named()
    {
        var pipeline = FailingOnBad();
        const string input = "{\"doc\":\"a\",\"text\":\"一万\"}\n{\"doc\":\"b\",\"text\":\"坏万\"}\n{\"doc\":\"c\",\"text\":\"两个万\"}\n";
        var run = CliRun.Of(pipeline, input, CancellationToken.None, "extract", "--jsonl-input", "--jobs", "1");
        Assert.Equal(1, run.Code);
        Assert.Equal(
            "{\"doc\":\"a\",\"kind\":\"money\",\"text\":\"万\",\"start\":1,\"end\":2,\"value\":10000,\"currency\":\"CNY\"}\n" +
            "{\"doc\":\"c\",\"kind\":\"money\",\"text\":\"万\",\"start\":2,\"end\":3,\"value\":20000,\"currency\":\"CNY\"}\n",
            run.Stdout);
        Assert.Equal(
            ["workteam: standard input line 2: failed while processing: InvalidOperationException: a bad document", "workteam: 1 of 3 documents failed."],
            run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        // The block of three failed as a whole (at b: a and b were read); then each document alone.
        Assert.Equal([3], pipeline.Blocks);
        Assert.Equal(2 + 3, pipeline.DatesSeen.Count);
    }

    [Fact]
    public void A_failing_block_of_files_names_the_bad_file_beside_an_unreadable_one_and_keeps_the_others()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "一万");
        folder.Write("b.txt", "坏万");
        folder.WriteBytes("c.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
        folder.Write("d.txt", "两万");
        var pipeline = FailingOnBad();
        var run = CliRun.Of(pipeline, "extract", "--jobs", "1", folder.Path);
        Assert.Equal(1, run.Code);
        var docs = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Path.GetFileName(l.Split('"')[3])).ToArray();
        Assert.Equal(["a.txt", "d.txt"], docs);
        Assert.Equal(
            [
                $"workteam: {Path.Join(folder.Path, "b.txt")}: failed while processing: InvalidOperationException: a bad document",
                $"workteam: {Path.Join(folder.Path, "c.txt")}: binary file",
                "workteam: 2 of 4 documents failed.",
            ],
            run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal([3], pipeline.Blocks);
    }

    [Fact]
    public void An_input_that_would_take_a_block_past_32K_starts_the_next_block_and_a_bigger_one_goes_alone()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", new string('x', 20_000) + "一万");
        folder.Write("b.txt", new string('x', 20_000) + "坏万"); // 20K + 20K would pass 32K: b opens the next block
        folder.Write("c.txt", new string('x', 40_000) + "两万"); // over 32K: alone
        folder.Write("d.txt", "三万");
        folder.Write("e.txt", "四万");
        var pipeline = FailingOnBad();
        var run = CliRun.Of(pipeline, "extract", "--jobs", "1", folder.Path);
        Assert.Equal(1, run.Code);
        var docs = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Path.GetFileName(l.Split('"')[3])).ToArray();
        Assert.Equal(["a.txt", "c.txt", "d.txt", "e.txt"], docs);
        Assert.Equal(
            [$"workteam: {Path.Join(folder.Path, "b.txt")}: failed while processing: InvalidOperationException: a bad document", "workteam: 1 of 5 documents failed."],
            run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        // a alone and b alone (no block to re-run), c alone, then d and e; each document extracted once.
        Assert.Equal([2], pipeline.Blocks);
        Assert.Equal(5, pipeline.DatesSeen.Count);
    }

    [Fact]
    public void A_block_that_fails_when_each_document_then_works_alone_is_named_as_a_warning()
    {
        var pipeline = new ScriptedPipeline { Facts = ScriptedPipeline.MoneyAtEveryWan, FailBlock = documents => documents.Count > 1 };
        const string input = "{\"doc\":\"a\",\"text\":\"一万\"}\n{\"doc\":\"b\",\"text\":\"两个万\"}\n";
        var run = CliRun.Of(pipeline, input, CancellationToken.None, "extract", "--jsonl-input", "--jobs", "1");
        Assert.Equal(0, run.Code);
        Assert.Equal(
            "{\"doc\":\"a\",\"kind\":\"money\",\"text\":\"万\",\"start\":1,\"end\":2,\"value\":10000,\"currency\":\"CNY\"}\n" +
            "{\"doc\":\"b\",\"kind\":\"money\",\"text\":\"万\",\"start\":2,\"end\":3,\"value\":20000,\"currency\":\"CNY\"}\n",
            run.Stdout);
        Assert.Equal(
            "workteam: standard input line 1 to standard input line 2: warning: the block of 2 documents failed as a whole " +
            "(InvalidOperationException: a bad block) and was extracted again a document at a time; each one worked alone.\n",
            run.Stderr);
        var quiet = CliRun.Of(new ScriptedPipeline { Facts = ScriptedPipeline.MoneyAtEveryWan, FailBlock = documents => documents.Count > 1 },
            input, CancellationToken.None, "extract", "--jsonl-input", "--jobs", "1", "--quiet");
        Assert.Equal(run.Stdout, quiet.Stdout);
        Assert.Equal("", quiet.Stderr);
    }

    [Fact]
    public void A_missing_path_is_named_and_counts_as_a_failure()
    {
        using var folder = new TempFolder();
        string good = folder.Write("a.txt", "一万");
        string missing = Path.Combine(folder.Path, "nowhere.txt");
        var run = CliRun.Of(new ScriptedPipeline { Facts = ScriptedPipeline.MoneyAtEveryWan }, "extract", good, missing);
        Assert.Equal(1, run.Code);
        Assert.Contains($"workteam: {missing}: no such file or folder", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"value\":10000", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_file_appears_whole_and_no_temporary_file_is_left()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "一万");
        string output = Path.Combine(folder.Path, "facts.jsonl");
        var run = CliRun.Of(new ScriptedPipeline { Facts = ScriptedPipeline.MoneyAtEveryWan }, "extract", "--out", output, Path.Combine(folder.Path, "in"));
        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Stdout);
        Assert.Equal($"{{\"doc\":\"{Path.Join(folder.Path, "in", "a.txt")}\",\"kind\":\"money\",\"text\":\"万\",\"start\":1,\"end\":2,\"value\":10000,\"currency\":\"CNY\"}}\n", File.ReadAllText(output));
        Assert.Equal(["facts.jsonl", "in"], Directory.GetFileSystemEntries(folder.Path).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void An_interrupted_run_leaves_the_previous_output_and_no_temporary_files()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 30; i++)
        {
            folder.Write($"in/{i:D2}.txt", "一万");
        }
        string output = Path.Combine(folder.Path, "facts.csv");
        string db = Path.Combine(folder.Path, "facts.db");
        File.WriteAllText(output, "previous run");
        using var interrupt = new CancellationTokenSource();
        int seen = 0;
        var pipeline = new ScriptedPipeline
        {
            Facts = document =>
            {
                if (Interlocked.Increment(ref seen) == 10)
                {
                    interrupt.Cancel();
                }
                return ScriptedPipeline.MoneyAtEveryWan(document);
            },
        };
        var run = CliRun.Of(pipeline, "", interrupt.Token, "extract", "--format", "csv", "--out", output, "--db", db, "--jobs", "2", Path.Combine(folder.Path, "in"));
        Assert.Equal(130, run.Code);
        Assert.Equal("previous run", File.ReadAllText(output));
        Assert.False(File.Exists(db));
        Assert.Equal(["facts.csv", "in"], Directory.GetFileSystemEntries(folder.Path).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Shards_run_apart_and_concatenated_give_the_facts_of_one_run()
    {
        var lines = Enumerable.Range(0, 12)
            .Select(i => $"{{\"doc\":\"report-{i:D2}\",\"text\":\"{new string('村', i)}万元{new string('户', 12 - i)}万\"}}")
            .ToArray();
        var pipeline = new ScriptedPipeline { Facts = ScriptedPipeline.MoneyAtEveryWan };
        var whole = CliRun.Of(pipeline, string.Join("\n", lines) + "\n", CancellationToken.None, "extract", "--jsonl-input", "--jobs", "2");
        Assert.Equal(0, whole.Code);
        Assert.Equal(24, whole.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var shards = new[] { lines[..5], lines[5..6], lines[6..] }
            .Select(shard => CliRun.Of(pipeline, string.Join("\n", shard), CancellationToken.None, "extract", "--jsonl-input", "--jobs", "1"))
            .ToList();
        Assert.All(shards, s => Assert.Equal(0, s.Code));
        Assert.Equal(whole.Stdout, string.Concat(shards.Select(s => s.Stdout)));
    }

    [Fact]
    public void Jsonl_input_names_a_bad_line_and_reads_a_path_line_through_the_pipeline()
    {
        using var folder = new TempFolder();
        string path = folder.Write("a.txt", "一万");
        string missing = Path.Combine(folder.Path, "gone.txt");
        string input = $"{{\"path\":\"{path}\"}}\nnot json\n{{\"doc\":\"x\"}}\n{{\"doc\":\"y\",\"text\":\"万\"}}\n" +
            $"{{\"path\":\"{missing}\"}}\n{{\"doc\":5,\"text\":\"万\"}}\n{{\"doc\":\"z\",\"text\":[\"万\"]}}\n";
        var run = CliRun.Of(new ScriptedPipeline { Facts = ScriptedPipeline.MoneyAtEveryWan }, input, CancellationToken.None, "extract", "--jsonl-input", "--root", folder.Path);
        Assert.Equal(1, run.Code);
        Assert.Equal(
            $"{{\"doc\":\"{path}\",\"kind\":\"money\",\"text\":\"万\",\"start\":1,\"end\":2,\"value\":10000,\"currency\":\"CNY\"}}\n" +
            "{\"doc\":\"y\",\"kind\":\"money\",\"text\":\"万\",\"start\":0,\"end\":1,\"value\":0,\"currency\":\"CNY\"}\n" +
            "{\"doc\":\"5\",\"kind\":\"money\",\"text\":\"万\",\"start\":0,\"end\":1,\"value\":0,\"currency\":\"CNY\"}\n",
            run.Stdout);
        var errors = run.Stderr.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, errors.Length);
        Assert.Equal("workteam: standard input line 2: not valid JSON (at byte 2 of the line)", errors[0]);
        Assert.Equal("workteam: standard input line 3: neither a \"text\" nor a \"path\" string", errors[1]);
        Assert.StartsWith($"workteam: standard input line 5: {missing}: ", errors[2], StringComparison.Ordinal);
        Assert.Equal("workteam: standard input line 7: \"text\" is array, not a string", errors[3]);
        Assert.Equal("workteam: 4 of 7 documents failed.", errors[4]);
    }

    [Fact]
    public void Db_has_documents_and_facts_tables_with_their_indexes_and_rows()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "一万两万");
        folder.Write("in/b.txt", "没有");
        string db = Path.Combine(folder.Path, "facts.db");
        var pipeline = new ScriptedPipeline
        {
            Facts = ScriptedPipeline.MoneyAtEveryWan,
            Metadata = doc => new DocumentMetadata { Title = "标题 " + Path.GetFileName(doc), PublishedDate = new DateOnly(2021, 7, 13), Editors = ["法雅", "张赏华"] },
        };
        var run = CliRun.Of(pipeline, "extract", "--db", db, Path.Combine(folder.Path, "in"));
        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Stdout);
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Equal(["documents", "documents_doc", "facts", "facts_code", "facts_doc", "facts_kind", "facts_value", "places"], Query(connection, "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
        Assert.Equal(["facts(code)", "facts(doc)", "facts(kind)", "facts(value)"],
            Query(connection, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'facts_%' ORDER BY name").Select(s => s[(s.IndexOf("facts(", StringComparison.Ordinal))..]).ToArray());
        Assert.Equal(
            [$"{Path.Join(folder.Path, "in", "a.txt")}|标题 a.txt|2021-07-13|法雅; 张赏华|4|2", $"{Path.Join(folder.Path, "in", "b.txt")}|标题 b.txt|2021-07-13|法雅; 张赏华|2|0"],
            Query(connection, "SELECT doc || '|' || title || '|' || published || '|' || editors || '|' || chars || '|' || facts FROM documents ORDER BY doc"));
        Assert.Equal(["money|万|1|2|10000|CNY", "money|万|3|4|30000|CNY"],
            Query(connection, "SELECT kind || '|' || text || '|' || start || '|' || \"end\" || '|' || value || '|' || currency FROM facts ORDER BY id"));
        Assert.Equal(["40000"], Query(connection, "SELECT SUM(value) FROM facts WHERE kind = 'money'"));
    }

    [Fact]
    public void Db_stores_the_links_and_a_places_table_that_rolls_up_by_code()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "2020年，民丰县若克雅乡劳光村投入资金600万元。\n");
        string db = Path.Combine(folder.Path, "facts.db");
        var run = CliRun.Of(new LibraryDocumentPipeline(), "extract", "--db", db, Path.Combine(folder.Path, "in"));
        Assert.True(run.Code == 0, run.Stderr);
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Equal(["600万元|劳光村|653227201200|2020|clause"],
            Query(connection, "SELECT text || '|' || place || '|' || code || '|' || period || '|' || scope FROM facts WHERE kind = 'money'"));
        // Every code that occurs and the units above it, once: a county's total is a join on the code's prefix.
        Assert.Equal(["65|新疆维吾尔自治区|province|", "6532|和田地区|prefecture|65", "653227|民丰县|county|6532", "653227201|若克雅乡|township|653227", "653227201200|劳光村|village|653227201"],
            Query(connection, "SELECT code || '|' || name || '|' || level || '|' || ifnull(parent_code, '') FROM places ORDER BY code"));
        Assert.Equal(["民丰县|6000000"],
            Query(connection, "SELECT p.name || '|' || SUM(f.value) FROM facts f JOIN places p ON p.code = substr(f.code, 1, 6) WHERE f.kind = 'money' GROUP BY p.code"));
    }

    [Fact]
    public void Db_keeps_two_documents_of_the_same_name_and_a_file_named_twice_is_read_once()
    {
        using var folder = new TempFolder();
        string a = folder.Write("in/a.txt", "一万");
        string db = Path.Combine(folder.Path, "facts.db");
        var pipeline = new ScriptedPipeline { Facts = ScriptedPipeline.MoneyAtEveryWan };
        var run = CliRun.Of(pipeline, "extract", "--db", db, a, Path.Combine(folder.Path, "in"));
        Assert.Equal(0, run.Code);
        // Concatenated shards often repeat a name: both rows are kept, each fact tied to its own row.
        string input = "{\"doc\":\"x\",\"text\":\"一万\"}\n{\"doc\":\"x\",\"text\":\"两万\"}\n";
        string db2 = Path.Combine(folder.Path, "shards.db");
        var shards = CliRun.Of(pipeline, input, CancellationToken.None, "extract", "--jsonl-input", "--db", db2);
        Assert.Equal(0, shards.Code);
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Equal(["1"], Query(connection, "SELECT COUNT(*) FROM documents"));
        using var connection2 = new SqliteConnection($"Data Source={db2};Mode=ReadOnly;Pooling=False");
        connection2.Open();
        Assert.Equal(["1|x|1", "2|x|1"], Query(connection2, "SELECT d.id || '|' || d.doc || '|' || COUNT(f.id) FROM documents d JOIN facts f ON f.document = d.id GROUP BY d.id ORDER BY d.id"));
    }

    [Fact]
    public void Db_stores_whole_amounts_as_integers_fractions_as_reals_and_names_as_text()
    {
        using var folder = new TempFolder();
        string report = folder.Write("r.txt", "民丰县投入资金1.5万元，增长85.3%，种植3至5亩。");
        string db = Path.Combine(folder.Path, "facts.db");
        var run = CliRun.Of(new LibraryDocumentPipeline(), "extract", "--db", db, report);
        Assert.Equal(0, run.Code);
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Equal(
            ["place|民丰县|民丰县|text|null", "money|1.5万元|15000|integer|null", "percent|85.3%|85.3|real|null", "measure|3至5亩|3|integer|integer"],
            Query(connection, "SELECT kind || '|' || text || '|' || value || '|' || typeof(value) || '|' || typeof(max) FROM facts ORDER BY start"));
        Assert.Equal(["5"], Query(connection, "SELECT max FROM facts WHERE kind = 'measure'"));
    }

    private static string[] Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return rows.ToArray();
    }
}
