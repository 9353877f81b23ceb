using Microsoft.Data.Sqlite;

namespace WorkTeam.Cli.Tests;

/// <summary>
/// <c>--gazetteer FILE</c> of <c>extract</c>, <c>summary</c> and <c>place</c>: one's own places (with codes) added to
/// the shipped gazetteer; a file with an error is named with its line and left out, the run goes on and exits 1.
/// </summary>
public sealed class GazetteerOptionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("workteam-gazetteer-").FullName;

    private readonly string _villages;
    private readonly string _bad;
    private readonly string _report;

    public GazetteerOptionTests()
    {
        _villages = Write("villages.tsv", "# name\tlevel\tparent\tshort forms\tcode\tparent code\n新光二村\tvillage\t\t光二\t653227201902\t653227201\n");
        _bad = Write("bad.tsv", "新光村\tvillage\t\t\t653227201901\n# a comment\n新光三村\tvillage\t\t\t65322720190\n");
        _report = Write("report.txt", "走访新光二村，投入资金50万元。");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The report's one money fact as `extract --kinds money` writes it when no gazetteer places 新光二村.</summary>
    private string UnplacedMoneyLine =>
        $$"""{"doc":"{{_report.Replace("\\", "\\\\", StringComparison.Ordinal)}}","kind":"money","text":"50万元","start":11,"end":15,"value":500000,"currency":"CNY"}""" + "\n";

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = WorkTeamCommand.Run(args, TextReader.Null, stdout, stderr);
        return (code, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Place_lists_ones_own_village_with_its_code_and_the_tables_units_above_it()
    {
        var (code, output, errors) = Run("place", "--gazetteer", _villages, "光二");
        Assert.Equal((0, ""), (code, errors));
        Assert.Equal("光二\t新光二村\tvillage\t653227201902\t若克雅乡 (township) < 民丰县 (county) < 和田地区 (prefecture) < 新疆维吾尔自治区 (province) < 中国 (country)\n", output);
        Assert.Equal((1, "", "workteam place: 光二: not a known place\n"), Run("place", "光二"));
    }

    [Fact]
    public void A_bad_file_is_named_with_its_line_and_left_out_while_the_others_are_read()
    {
        var (code, output, errors) = Run("place", "--gazetteer", _bad, "--gazetteer", _villages, "--within", "6532", "新光二村");
        Assert.Equal(1, code);
        Assert.Equal($"workteam place: {_bad}:3: the code '65322720190' of '新光三村' has 11 digits; a village's has 12 digits. (--gazetteer {_bad} left out)\n", errors);
        Assert.Equal("新光二村\t新光二村\tvillage\t653227201902\t若克雅乡 (township) < 民丰县 (county) < 和田地区 (prefecture) < 新疆维吾尔自治区 (province) < 中国 (country)\n", output);
    }

    [Fact]
    public void Extract_gives_ones_own_village_and_the_money_there_its_code()
    {
        var (code, output, errors) = Run("extract", "--gazetteer", _villages, _report);
        Assert.Equal((0, ""), (code, errors));
        var doc = _report.Replace("\\", "\\\\", StringComparison.Ordinal);
        Assert.Equal(
            $$"""
            {"doc":"{{doc}}","kind":"place","text":"新光二村","start":2,"end":6,"value":"新光二村","level":"village","code":"653227201902"}
            {"doc":"{{doc}}","kind":"money","text":"50万元","start":11,"end":15,"value":500000,"currency":"CNY","code":"653227201902","place":"新光二村","scope":"sentence"}

            """.ReplaceLineEndings("\n"),
            output);
    }

    [Fact]
    public void Extract_goes_on_without_a_file_it_cannot_read_and_exits_1()
    {
        var missing = Path.Combine(_dir, "missing.tsv");
        var (code, output, errors) = Run("extract", "--kinds", "money", "--gazetteer", missing, _report);
        Assert.Equal(1, code);
        Assert.StartsWith($"workteam extract: cannot read --gazetteer {missing}: ", errors);
        // The shipped gazetteer knows no 新光二村: the money has no place.
        Assert.Equal(UnplacedMoneyLine, output);
    }

    [Fact]
    public void Db_lists_ones_own_village_in_the_places_table_under_the_tables_units()
    {
        var db = Path.Combine(_dir, "facts.db");
        var (code, _, errors) = Run("extract", "--db", db, "--gazetteer", _villages, _report);
        Assert.Equal((0, ""), (code, errors));
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT code || '|' || name || '|' || level || '|' || ifnull(parent_code, '') FROM places ORDER BY code";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }
        Assert.Equal(
            ["65|新疆维吾尔自治区|province|", "6532|和田地区|prefecture|65", "653227|民丰县|county|6532", "653227201|若克雅乡|township|653227", "653227201902|新光二村|village|653227201"],
            rows);
    }

    /// <summary>The lines of the summary's table under <paramref name="heading"/>, up to the blank line after it.</summary>
    private static string[] Section(string summary, string heading)
    {
        var lines = summary.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        Assert.True(start >= 0, $"no '{heading}' in:\n{summary}");
        return [.. lines.Skip(start + 2).TakeWhile(l => l.Length > 0)];
    }

    [Fact]
    public void Summary_rolls_the_money_of_ones_own_village_up_to_the_tables_county_by_its_code()
    {
        var (code, output, errors) = Run("summary", "--gazetteer", _villages, _report);
        Assert.Equal((0, ""), (code, errors));
        Assert.Equal(["  653227 民丰县     500,000                 0        1"], Section(output, "Money by county code"));
        Assert.Equal(["  6532 和田地区     500,000                 0        1"], Section(output, "Money by prefecture code"));
        Assert.Equal(["  (unlinked)     500,000                 0        1"], Section(Run("summary", _report).Out, "Money by county code"));
    }

    [Fact]
    public void Extract_with_a_file_of_a_wrong_code_names_it_on_stderr_exits_1_and_writes_only_facts()
    {
        var (code, output, errors) = Run("extract", "--kinds", "money", "--gazetteer", _bad, _report);
        Assert.Equal(1, code);
        Assert.Equal($"workteam extract: {_bad}:3: the code '65322720190' of '新光三村' has 11 digits; a village's has 12 digits. (--gazetteer {_bad} left out)\n", errors);
        Assert.Equal(UnplacedMoneyLine, output);
    }

    [Fact]
    public void Summary_with_a_file_of_a_wrong_code_names_it_on_stderr_exits_1_and_writes_only_the_summary()
    {
        var (code, output, errors) = Run("summary", "--gazetteer", _bad, _report);
        Assert.Equal(1, code);
        Assert.Equal($"workteam summary: {_bad}:3: the code '65322720190' of '新光三村' has 11 digits; a village's has 12 digits. (--gazetteer {_bad} left out)\n", errors);
        Assert.Equal(Run("summary", _report).Out, output);
        Assert.StartsWith("Documents   1 read\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_named_so_and_left_out()
    {
        // 新光二村<TAB>village<TAB><TAB>光二<TAB>653227201902 saved as GBK (what Excel writes for Chinese by default).
        var gbk = Path.Combine(_dir, "gbk.tsv");
        File.WriteAllBytes(gbk, [0xD0, 0xC2, 0xB9, 0xE2, 0xB6, 0xFE, 0xB4, 0xE5, .. "\tvillage\t\t"u8, 0xB9, 0xE2, 0xB6, 0xFE, .. "\t653227201902\n"u8]);
        var (code, output, errors) = Run("place", "--gazetteer", gbk, "--gazetteer", _villages, "光二");
        Assert.Equal(1, code);
        Assert.Equal($"workteam place: {gbk}: not UTF-8 (save it as UTF-8 text; GBK is not read) (--gazetteer {gbk} left out)\n", errors);
        Assert.StartsWith("光二\t新光二村\tvillage\t653227201902\t", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_given_as_the_file_is_named_a_directory()
    {
        var (code, output, errors) = Run("extract", "--kinds", "money", "--gazetteer", _dir, _report);
        Assert.Equal(1, code);
        Assert.Equal($"workteam extract: cannot read --gazetteer {_dir}: it is a directory, not a file\n", errors);
        Assert.StartsWith("{\"doc\":", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
