namespace WorkTeam.Cli.Tests;

/// <summary>The summary adds up the library's links: on the seeds, its totals by county, prefecture and period are those of the read links (tests/WorkTeam.Extraction.Tests/Links/seed-links.tsv).</summary>
public class SummaryLinksTests
{
    [Fact]
    public void The_seeds_money_totals_by_county_and_period_are_the_sums_of_their_read_links()
    {
        var seeds = Path.GetDirectoryName(TestPaths.Seed("000_265aec3cadc6e7fd.txt"))!;
        var run = CliRun.Of(new LibraryDocumentPipeline(), "summary", "--format", "json", "--quiet", seeds);
        Assert.True(run.Code == 0, run.Stderr);
        var json = run.Stdout.ReplaceLineEndings("\n");
        // 民丰县: 600余万元 + 1.52万元 + 37.2万元 (seed 000); 昭苏县: 3万元 + 3万多元 + 5.6万元 + 12万元 (东升村, seed 001);
        // 库车: 6万余元 (玉奇吾斯塘村, seed 004); unlinked: 1935万元 of 八师石河子市's teams in many villages (seed 003).
        Assert.Contains("\"by_county\": {\n      \"(unlinked)\": {\n        \"total\": 19350000,", json, StringComparison.Ordinal);
        Assert.Matches("\"652902 [^\"]+\": \\{\n        \"total\": 60000,", json);
        Assert.Contains("\"653227 民丰县\": {\n        \"total\": 6387200,", json, StringComparison.Ordinal);
        Assert.Contains("\"654026 昭苏县\": {\n        \"total\": 236000,", json, StringComparison.Ordinal);
        Assert.Contains("\"6532 和田地区\": {\n        \"total\": 6387200,", json, StringComparison.Ordinal);
        // Periods: 2020 (seed 000), 2017 (2017年以来, seed 003); seeds 001 and 004 date none of their money.
        Assert.Contains("\"by_period\": {\n      \"(unlinked)\": {\n        \"total\": 296000,", json, StringComparison.Ordinal);
        Assert.Contains("\"2017\": {\n        \"total\": 19350000,", json, StringComparison.Ordinal);
        Assert.Contains("\"2020\": {\n        \"total\": 6387200,", json, StringComparison.Ordinal);
    }
}
