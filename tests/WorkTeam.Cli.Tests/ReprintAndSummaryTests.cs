using WorkTeam.Extraction.Text;

namespace WorkTeam.Cli.Tests;

/// <summary>Issue 13: reprints across a folder, and a summary that lists a sentence once.</summary>
public sealed class ReprintAndSummaryTests
{
    private const string Story =
        "民丰县若克雅乡劳光村工作队今年投入资金600万元，其中自筹资金50万元，修建防渗渠道12公里，帮扶1826名群众发展庭院经济。\n"
        + "工作队还组织村民参加技能培训，先后举办培训班16期，培训村民800余人次，帮助120人实现就业。\n"
        + "下一步，工作队将继续围绕产业发展、就业增收和乡村治理等重点工作，推动各项帮扶措施落地见效。\n";

    private static TempFolder FolderWithReprint()
    {
        var folder = new TempFolder();
        folder.Write("a/original.txt", "劳光村工作队帮扶纪实\n来源：新疆日报\n" + Story);
        folder.Write("b/mirror.txt", "勞光村工作隊幫扶紀實-某某網\n來源：某某網 2021-07-14 10:00\n" + ScriptConverter.Default.ToTraditional(Story));
        folder.Write("c/other.txt", "另一篇报道\n来源：新疆日报\n库车县阿克吾斯塘乡工作队组织农民夜校，开设国家通用语言、法律知识、种植养殖技术等课程，受益群众300余人。\n");
        return folder;
    }

    [Fact]
    public void Docs_names_the_first_copy_of_a_reprint()
    {
        using var folder = FolderWithReprint();
        var run = CliRun.Of(new LibraryDocumentPipeline(), "docs", folder.Path);
        Assert.True(run.Code == 0, run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain("duplicate_of", lines[0], StringComparison.Ordinal);
        var original = Path.Combine(folder.Path, "a", "original.txt").Replace("\\", "\\\\", StringComparison.Ordinal);
        Assert.EndsWith(",\"duplicate_of\":\"" + original + "\"}", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("duplicate_of", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_counts_a_reprint_once_and_lists_a_sentence_once()
    {
        using var folder = FolderWithReprint();
        var json = CliRun.Of(new LibraryDocumentPipeline(), "summary", "--format", "json", folder.Path).Stdout.ReplaceLineEndings("\n");
        Assert.Contains("\"documents\": 3,\n  \"failed\": 0,\n  \"reprints\": 1,", json, StringComparison.Ordinal);
        Assert.Contains("\"total\": 6500000,", json, StringComparison.Ordinal);
        var table = CliRun.Of(new LibraryDocumentPipeline(), "summary", folder.Path).Stdout;
        Assert.Contains("Documents   3 read, 1 reprints of another (counted once)\n", table.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(table, "修建防渗渠道12公里"));
    }
}
