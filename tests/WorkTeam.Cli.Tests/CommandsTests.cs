using System.Globalization;
using WorkTeam.Cli;
using WorkTeam.Extraction.Analysis;
using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Cli.Tests;

public class CommandsTests
{
    [Theory]
    [InlineData("extract")]
    [InlineData("summary")]
    [InlineData("keywords")]
    [InlineData("text")]
    [InlineData("docs")]
    [InlineData("segment")]
    public void Every_command_has_help_with_examples(string command)
    {
        var run = CliRun.Of(new ScriptedPipeline(), command, "--help");
        Assert.Equal(0, run.Code);
        Assert.Contains("Examples:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"workteam {command} ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_usage_lines_name_the_tool_workteam_whatever_runs_it()
    {
        // In tests the process is the test host, installed it is `dotnet WorkTeam.Cli.dll`: neither name shows.
        var root = CliRun.Of(new ScriptedPipeline(), "--help");
        var extract = CliRun.Of(new ScriptedPipeline(), "extract", "-h");
        Assert.Equal((0, 0), (root.Code, extract.Code));
        Assert.Contains("Usage:\n  workteam [command] [options]\n", root.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Usage:\n  workteam extract [<PATH>...] [options]\n", extract.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        var run = CliRun.Of(new ScriptedPipeline(), "--version");
        Assert.True(run.Code == 0 && run.Stdout.Length > 0, run.Stderr + "|" + run.Stdout);
        Assert.StartsWith("0.1.0", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_shows_the_overview_and_an_unknown_one_says_so_once()
    {
        var none = CliRun.Of(new ScriptedPipeline());
        var bogus = CliRun.Of(new ScriptedPipeline(), "bogus");
        var option = CliRun.Of(new ScriptedPipeline(), "--bogus");
        Assert.Equal((2, 2, 2), (none.Code, bogus.Code, option.Code));
        Assert.Equal("", none.Stdout);
        Assert.Contains("Usage:\n  workteam [command] [options]", none.Stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("workteam: 'bogus' is not a command. Try 'workteam --help'.\n", bogus.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal("workteam: unknown option '--bogus'. Try 'workteam --help'.\n", option.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var run = CliRun.Of(new ScriptedPipeline(), "summary", "--colour");
        Assert.Equal(2, run.Code);
        Assert.Contains("--colour", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_take_txt_and_html_by_default_and_include_and_exclude_change_that()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "a.txt", "b.html", "c.htm", "d.pdf", "sub/e.TXT", "sub/draft-f.txt" })
        {
            folder.Write(name, "正文");
        }
        string Docs(params string[] options)
        {
            var run = CliRun.Of(new ScriptedPipeline(), ["docs", .. options, folder.Path]);
            Assert.Equal(0, run.Code);
            return string.Join(" ", run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Path.GetRelativePath(folder.Path, l.Split('"')[3])));
        }
        Assert.Equal("a.txt b.html c.htm sub/draft-f.txt sub/e.TXT", Docs());
        Assert.Equal("a.txt sub/e.TXT", Docs("--include", "*.txt", "--exclude", "draft-*"));
        Assert.Equal("d.pdf sub/draft-f.txt", Docs("--include", "*.pdf", "--include", "sub/draft*"));
        Assert.Equal("b.html c.htm d.pdf", Docs("--include", "*.pdf, *.htm*"));
        Assert.Equal("a.txt b.html c.htm", Docs("--exclude", "sub"));
        Assert.Equal("a.txt b.html", Docs("--exclude", "s*,*.htm"));
    }

    [Fact]
    public void A_folder_where_no_file_matches_is_a_warning_not_silence()
    {
        using var folder = new TempFolder();
        folder.Write("notes/a.md", "正文");
        folder.Write("reports/b.txt", "正文");
        var run = CliRun.Of(new ScriptedPipeline(), "docs", Path.Combine(folder.Path, "notes"), Path.Combine(folder.Path, "reports"));
        Assert.Equal(0, run.Code);
        Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(
            $"workteam: {Path.Combine(folder.Path, "notes")}: warning: no file in this folder matches *.txt, *.htm, *.html (see --include and --exclude)\n",
            run.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Docs_prints_one_json_line_per_document_with_its_metadata()
    {
        var pipeline = new ScriptedPipeline
        {
            Metadata = _ => new DocumentMetadata
            {
                Title = "民丰县召开会议", PublishedDate = new DateOnly(2021, 7, 13), PublishedTime = new TimeOnly(10, 32, 5), PublishedOffset = TimeSpan.FromHours(8),
                Source = "伊犁日报", Authors = ["张三"], Editors = ["法雅", "张赏华"], Script = Script.Traditional, Encoding = "big5",
            },
        };
        var run = CliRun.Of(pipeline, "工作队进村入户，走访农户。\n村民代表参加会议，发表意见。\n", CancellationToken.None, "docs", "-");
        Assert.Equal(0, run.Code);
        Assert.Equal(
            "{\"doc\":\"-\",\"title\":\"民丰县召开会议\",\"published\":\"2021-07-13T10:32:05+08:00\",\"source\":\"伊犁日报\",\"authors\":[\"张三\"],\"editors\":[\"法雅\",\"张赏华\"],\"script\":\"traditional\",\"encoding\":\"big5\",\"chars\":28,\"paragraphs\":2}\n",
            run.Stdout);
    }

    [Fact]
    public void Text_prints_the_document_text_exactly()
    {
        using var folder = new TempFolder();
        string path = folder.Write("a.txt", "第一段\n\n第二段");
        var run = CliRun.Of(new ScriptedPipeline(), "text", "--full", path);
        Assert.Equal(0, run.Code);
        Assert.Equal("第一段\n\n第二段", run.Stdout);
        Assert.Equal(1, CliRun.Of(new ScriptedPipeline(), "text", Path.Combine(folder.Path, "b.txt")).Code);
    }

    [Fact]
    public void Text_and_keywords_read_the_body_when_the_reader_keeps_page_furniture_out()
    {
        // The library's reader keeps the share bar and the editor's line out of the body.
        var pipeline = new ScriptedPipeline();
        const string Page = "分享到:字体:编辑:法雅\n扶贫工作队进村入户，走访农户。";
        Assert.Equal("扶贫工作队进村入户，走访农户。", CliRun.Of(pipeline, Page, CancellationToken.None, "text", "-").Stdout);
        var keywords = CliRun.Of(pipeline, Page, CancellationToken.None, "keywords", "-").Stdout;
        Assert.Equal(string.Concat(KeywordExtractor.Default.ExtractTfIdf("扶贫工作队进村入户，走访农户。").Select(k => k.Word + "\t" + k.Weight.ToString("R", CultureInfo.InvariantCulture) + "\n")), keywords);
        Assert.Contains("\"chars\":15,", CliRun.Of(pipeline, Page, CancellationToken.None, "docs", "-").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_of_the_reader_are_named_on_stderr_and_the_document_still_counts()
    {
        var pipeline = new ScriptedPipeline();
        var run = CliRun.Of(pipeline, "", CancellationToken.None, "docs", "-");
        Assert.Equal(0, run.Code);
        Assert.Equal("workteam: -: warning: empty file\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.StartsWith("{\"doc\":\"-\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Keywords_of_one_seed_are_the_library_tf_idf_keywords_of_its_body()
    {
        string seed = TestPaths.Seed("002_9da668e383d29d46.txt");
        var pipeline = new Cli.LibraryDocumentPipeline();
        var run = CliRun.Of(pipeline, "keywords", "--top", "5", seed);
        Assert.Equal(0, run.Code);
        // The keywords of the body: the page furniture copied with the text is left out.
        var expected = KeywordExtractor.Default.ExtractTfIdf(pipeline.Load(seed).GetBodyText(), 5)
            .Select(k => k.Word + "\t" + k.Weight.ToString("R", CultureInfo.InvariantCulture) + "\n");
        Assert.Equal(string.Concat(expected), run.Stdout);
    }

    [Fact]
    public void Keywords_of_a_folder_count_the_documents_words_together()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "扶贫工作");
        folder.Write("b.txt", "扶贫");
        var run = CliRun.Of(new Cli.LibraryDocumentPipeline(), "keywords", "--top", "5", "--jobs", "2", folder.Path);
        var together = KeywordExtractor.Default.ExtractTfIdf("扶贫工作\n扶贫", 5)
            .Select(k => k.Word + "\t" + k.Weight.ToString("R", CultureInfo.InvariantCulture) + "\n");
        Assert.Equal(string.Concat(together), run.Stdout);
        var each = CliRun.Of(new Cli.LibraryDocumentPipeline(), "keywords", "--each", "--method", "textrank", "--top", "1", Path.Combine(folder.Path, "a.txt"));
        Assert.Equal($"{Path.Combine(folder.Path, "a.txt")}\t{KeywordExtractor.Default.ExtractTextRank("扶贫工作", 1)[0].Word}\t1\n", each.Stdout);
    }

    [Fact]
    public void Summary_adds_cny_amounts_by_year_period_and_county_code_from_the_links_and_flags_the_approximate_part()
    {
        // The amounts' links (code, period) are the library's; the summary only adds them up.
        static Fact Money(int start, decimal value, Approximation approx = Approximation.Exact, string currency = "CNY", string? code = null, string? period = null) =>
            new() { Kind = FactKinds.Money, Text = "钱", Start = start, End = start + 1, Value = value, Currency = currency, Approximation = approx, Code = code, Period = period };
        var facts = new Dictionary<string, Fact[]>
        {
            ["a"] = [Money(4, 6000000m, Approximation.Over, code: "653227201200", period: "2020"), Money(6, 15200m, code: "653227", period: "2020-12"), Money(12, 100m, currency: "USD", code: "652923")],
            ["b"] = [Money(0, 500m), Money(6, 1000m, code: "653227201", period: "2016/2017"), Money(8, 7m, code: "65")],
        };
        var pipeline = new ScriptedPipeline
        {
            Facts = d => facts[d.Text[..1]],
            Metadata = doc => new DocumentMetadata { PublishedDate = doc.EndsWith("a.txt", StringComparison.Ordinal) ? new DateOnly(2020, 5, 1) : new DateOnly(2021, 7, 13), Script = Script.Simplified },
        };
        using var folder = new TempFolder();
        folder.Write("a.txt", "a" + new string('。', 20));
        folder.Write("b.txt", "b" + new string('。', 20));
        var run = CliRun.Of(pipeline, "summary", "--format", "json", folder.Path);
        Assert.True(run.Code == 0, run.Stderr);
        string json = run.Stdout.ReplaceLineEndings("\n");
        Assert.Contains("\"documents\": 2", json, StringComparison.Ordinal);
        Assert.Contains("\"first\": \"2020-05-01\",\n    \"last\": \"2021-07-13\"", json, StringComparison.Ordinal);
        Assert.Contains("\"total\": 6016707,\n    \"approximate_part\": 6000000,\n    \"facts\": 5,\n    \"approximate_facts\": 1,\n    \"other_currency_amounts\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"by_year\": {\n      \"2020\": {\n        \"total\": 6015200", json, StringComparison.Ordinal);
        Assert.Contains("\"by_period\": {\n      \"(unlinked)\": {\n        \"total\": 507,", json, StringComparison.Ordinal);
        Assert.Contains("\"2016\": {\n        \"total\": 1000,", json, StringComparison.Ordinal);
        Assert.Contains("\"2020\": {\n        \"total\": 6015200,", json, StringComparison.Ordinal);
        // A county's total rolls up its townships and villages by code; a province's code reaches no county.
        Assert.Contains("\"by_county\": {\n      \"(unlinked)\": {\n        \"total\": 507,", json, StringComparison.Ordinal);
        Assert.Contains("\"653227 民丰县\": {\n        \"total\": 6016200,", json, StringComparison.Ordinal);
        Assert.Contains("\"6532 和田地区\": {\n        \"total\": 6016200,", json, StringComparison.Ordinal);
        var table = CliRun.Of(pipeline, "summary", folder.Path).Stdout;
        Assert.Contains("Money: 5 amounts in CNY, total 6,016,707 元, of which 6,000,000 元 in 1 approximate amounts", table, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(table, @"\n  653227 民丰县 +6,016,200 +6,000,000 +3\n"), table);
        Assert.Matches(@"\n  \(unlinked\) +507 +0 +2\n", table);
    }

    [Fact]
    public void Summary_counts_the_inputs_it_could_not_read()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "民丰县投入资金600万元。");
        folder.WriteBytes("in/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        string[] paths = [Path.Combine(folder.Path, "in"), Path.Combine(folder.Path, "missing.txt")];
        var json = CliRun.Of(new LibraryDocumentPipeline(), ["summary", "--format", "json", "--quiet", .. paths]);
        var table = CliRun.Of(new LibraryDocumentPipeline(), ["summary", "--quiet", .. paths]);
        Assert.Equal((1, 1), (json.Code, table.Code));
        Assert.Contains("\"documents\": 1,\n  \"failed\": 2,", json.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Documents   1 read, 2 could not be read (named on standard error)\n", table.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(2, table.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Text_prints_the_body_and_with_full_the_text_the_offsets_count_in()
    {
        using var folder = new TempFolder();
        const string report = "劳光村工作队开展培训\n来源：新疆日报  编辑：张三\n工作队投入资金600万元，帮扶1826人。\n";
        string path = folder.Write("r.txt", report);
        var body = CliRun.Of(new LibraryDocumentPipeline(), "text", path);
        var full = CliRun.Of(new LibraryDocumentPipeline(), "text", "--full", path);
        var facts = CliRun.Of(new LibraryDocumentPipeline(), "extract", "--kinds", "money", path);
        Assert.Equal("工作队投入资金600万元，帮扶1826人。", body.Stdout.TrimEnd('\n'));
        Assert.Equal(report, full.Stdout);
        Assert.Contains("\"text\":\"600万元\",\"start\":33,\"end\":38,", facts.Stdout, StringComparison.Ordinal);
        Assert.Equal("600万元", full.Stdout[33..38]);
    }

    [Fact]
    public void Reading_a_terminal_for_want_of_a_path_says_so_on_stderr()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(new StringReader("正文"), new ScriptedPipeline(), StderrIsTerminal: false, CancellationToken.None, StdinIsTerminal: true);
        int code = WorkTeamCommand.Run(["docs"], context, stdout, stderr);
        Assert.Equal(0, code);
        Assert.Equal("workteam: reading the document from standard input (no PATH given); end it with Ctrl+D.\n", stderr.ToString().ReplaceLineEndings("\n"));
        Assert.Single(stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        // Piped, nothing is said.
        Assert.Equal("", CliRun.Of(new ScriptedPipeline(), "正文", CancellationToken.None, "docs").Stderr);
    }

    [Fact]
    public void Summary_totals_the_library_links_of_real_text_by_county_and_prefecture_code()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "2020年，民丰县投入资金100万元。\n");
        folder.Write("b.txt", "今天下雨。共投入资金50万元。\n");
        var run = CliRun.Of(new LibraryDocumentPipeline(), "summary", "--format", "json", folder.Path);
        Assert.Equal(0, run.Code);
        var json = run.Stdout.ReplaceLineEndings("\n");
        Assert.Contains("\"by_county\": {\n      \"(unlinked)\": {\n        \"total\": 500000,", json, StringComparison.Ordinal);
        Assert.Contains("\"653227 民丰县\": {\n        \"total\": 1000000,", json, StringComparison.Ordinal);
        Assert.Contains("\"by_prefecture\": {\n      \"(unlinked)\": {\n        \"total\": 500000,", json, StringComparison.Ordinal);
        Assert.Contains("\"6532 和田地区\": {\n        \"total\": 1000000,", json, StringComparison.Ordinal);
        Assert.Contains("\"by_period\": {\n      \"(unlinked)\": {\n        \"total\": 500000,", json, StringComparison.Ordinal);
        Assert.Contains("\"2020\": {\n        \"total\": 1000000,", json, StringComparison.Ordinal);
    }
}
