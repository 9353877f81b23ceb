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

/// <summary>Issue 13: counts add up only where they count one kind of thing; text prints what a reader reads.</summary>
public sealed class SummaryCountsAndTextTests
{
    [Fact]
    public void Counts_of_one_unit_are_split_by_what_they_count_and_the_rest_labelled_raw_sums()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "工作队帮扶纪实\n来源：新疆日报\n工作队今年帮扶劳光村128户农户发展庭院经济，修建防渗渠道12公里。\n");
        folder.Write("b.txt", "全县概况\n来源：新疆日报\n民丰县全县共有居民3000户，分布在十个乡镇的农牧区和县城周边。\n");
        var table = CliRun.Of(new LibraryDocumentPipeline(), "summary", folder.Path).Stdout.ReplaceLineEndings("\n");
        Assert.Contains("Counts by unit (raw sums: one unit may count different things, split by what is counted where the text says)\n", table, StringComparison.Ordinal);
        Assert.Matches(@"\n  户 · 农户 +128 +0 +1\n", table);
        Assert.Matches(@"\n  户 +3,000 +0 +1\n", table);
    }

    [Fact]
    public void Text_prints_the_body_without_inline_pinyin_and_full_prints_the_file()
    {
        using var folder = new TempFolder();
        const string Page = "工作隊(duì)駐村紀實\n\n工作隊(duì)投入12萬(wàn)元，幫扶農戶發展庭院經濟。\n";
        string path = folder.Write("p.txt", Page);
        Assert.Equal("工作隊投入12萬元，幫扶農戶發展庭院經濟。", CliRun.Of(new LibraryDocumentPipeline(), "text", path).Stdout);
        Assert.Equal(Page, CliRun.Of(new LibraryDocumentPipeline(), "text", "--full", path).Stdout);
    }
}
