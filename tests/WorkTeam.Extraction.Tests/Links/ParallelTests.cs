using WorkTeam.Extraction.Facts;

using static WorkTeam.Extraction.Tests.Links.LinkedNumbers;

namespace WorkTeam.Extraction.Tests.Links;

/// <summary>
/// Links set 10 (issue 16): places in parallel clauses, a part opening a sentence after its total, and 截至目前
/// (FactLinker.Parallels, Links/Data/link-words.tsv now-word); each class in both scripts, exact values.
/// </summary>
public class ParallelTests
{
    [Theory]
    [InlineData("青川县发展蔬菜产业。\n目前,乔庄镇已完成新建大棚50栋,木鱼镇已完成新建大棚60栋。每栋大棚收入2000元左右。", "50栋", "2000元左右")]
    [InlineData("青川縣發展蔬菜產業。\n目前,喬莊鎮已完成新建大棚50棟,木魚鎮已完成新建大棚60棟。每棟大棚收入2000元左右。", "50棟", "2000元左右")]
    public void Towns_opening_parallel_clauses_are_not_what_their_paragraph_is_about(string text, string count, string money)
    {
        var built = Number(text, count);
        Assert.Equal(("乔庄镇", LinkScope.Clause), (built.Place, built.Scope));
        var income = Number(text, money);
        Assert.Equal(("青川县", "510822", LinkScope.Document), (income.Place, income.Code, income.Scope));
    }

    [Theory]
    [InlineData("县财政局下达2022年产业补助资金200万元。其中120万元拨付给乔庄镇、80万元拨付给木鱼镇。", "120万元", "80万元")]
    [InlineData("縣財政局下達2022年產業補助資金200萬元。其中120萬元撥付給喬莊鎮、80萬元撥付給木魚鎮。", "120萬元", "80萬元")]
    public void A_sentence_opened_by_a_part_word_keeps_its_totals_period(string text, string first, string second)
    {
        Assert.Equal(("2022", "2022"), (Number(text, first).Period, Number(text, second).Period));
    }

    [Theory]
    [InlineData("2017年青川县计划搬迁1000户。截至目前,已完成投资3000万元。", "1000户", "3000万元")]
    [InlineData("2017年青川縣計劃搬遷1000戶。截至目前,已完成投資3000萬元。", "1000戶", "3000萬元")]
    public void Up_to_now_is_another_time_than_the_year_opening_the_paragraph(string text, string planned, string spent)
    {
        Assert.Equal(("2017", (string?)null), (Number(text, planned).Period, Number(text, spent).Period));
    }

    [Theory]
    [InlineData("乔庄镇共有贫困户500户,已脱贫300户,木鱼镇共有贫困户400户,已脱贫200户。", "500户", "300户", "400户", "200户")]
    [InlineData("喬莊鎮共有貧困戶500戶,已脫貧300戶,木魚鎮共有貧困戶400戶,已脫貧200戶。", "500戶", "300戶", "400戶", "200戶")]
    public void A_clause_with_no_place_in_parallel_clauses_has_the_place_opening_the_clause_before(string text, string a, string b, string c, string d)
    {
        Assert.Equal(
            new (string?, LinkScope?)[] { ("乔庄镇", LinkScope.Clause), ("乔庄镇", LinkScope.Sentence), ("木鱼镇", LinkScope.Clause), ("木鱼镇", LinkScope.Sentence) },
            new[] { a, b, c, d }.Select(x => Number(text, x)).Select(f => ((string?)f.Place, f.Scope)).ToArray());
    }

    [Theory]
    [InlineData("青川县发展蔬菜产业。\n乔庄镇位于县城东部,木鱼镇已完成新建大棚60栋。每栋大棚收入2000元左右。", "60栋", "2000元左右")]
    [InlineData("青川縣發展蔬菜產業。\n喬莊鎮位於縣城東部,木魚鎮已完成新建大棚60棟。每棟大棚收入2000元左右。", "60棟", "2000元左右")]
    public void A_place_opening_a_clause_with_no_number_stays_its_paragraphs_subject(string text, string count, string money)
    {
        Assert.Equal(("木鱼镇", LinkScope.Clause), (Number(text, count).Place, Number(text, count).Scope));
        Assert.Equal(("乔庄镇", LinkScope.Paragraph), (Number(text, money).Place, Number(text, money).Scope));
    }

    [Theory]
    [InlineData("青川县发展蔬菜产业。\n乔庄镇、木鱼镇共新建大棚110栋。每栋大棚收入2000元左右。", "110栋", "2000元左右")]
    [InlineData("青川縣發展蔬菜產業。\n喬莊鎮、木魚鎮共新建大棚110棟。每棟大棚收入2000元左右。", "110棟", "2000元左右")]
    public void Places_listed_in_one_clause_open_no_parallel_clauses(string text, string count, string money)
    {
        // 、 is no clause end: the joined towns' county, as before the parallel rule.
        Assert.Equal(("青川县", LinkScope.Clause), (Number(text, count).Place, Number(text, count).Scope));
        Assert.Equal(("青川县", LinkScope.Document), (Number(text, money).Place, Number(text, money).Scope));
    }

    [Fact]
    public void A_town_among_many_opening_a_clause_with_a_number_still_makes_parallel_clauses()
    {
        // A clause of many towns after the first clause's number: its numbers are counted once and each town tested
        // only for opening it (no walk over the clause per town).
        var text = "青川县发展蔬菜产业。\n目前,乔庄镇已完成新建大棚50栋,木鱼镇" + string.Concat(Enumerable.Repeat("、青溪镇、房石镇", 200)) + "已完成新建大棚60栋。每栋大棚收入2000元左右。";
        Assert.Equal(("乔庄镇", LinkScope.Clause), (Number(text, "50栋").Place, Number(text, "50栋").Scope));
        Assert.Equal(("青川县", LinkScope.Document), (Number(text, "2000元左右").Place, Number(text, "2000元左右").Scope));
    }

    [Theory]
    [InlineData("2017年青川县计划搬迁1000户。截至目前,已完成投资3000万元。其中中央资金2000万元。", "3000万元", "2000万元")]
    [InlineData("2017年青川縣計劃搬遷1000戶。截至目前,已完成投資3000萬元。其中中央資金2000萬元。", "3000萬元", "2000萬元")]
    public void A_part_of_a_total_with_no_period_has_none_either(string text, string total, string part)
    {
        Assert.Equal(((string?)null, (string?)null), (Number(text, total).Period, Number(text, part).Period));
    }

    [Fact]
    public void Every_part_of_a_long_list_after_its_total_keeps_the_totals_period()
    {
        // The part word is read once for the sentence, not again for each of its numbers.
        var text = "县财政局下达2022年产业补助资金3000万元。其中" + string.Join("、", Enumerable.Range(1, 2000).Select(k => k + "元")) + "拨付给乔庄镇。";
        var parts = ReportAnalyzer.Default.Extract(text).Where(f => f.Kind.IsNumber() && f.Text != "3000万元").Select(f => f.Period).ToList();
        Assert.Equal(Enumerable.Repeat<string?>("2022", 2000), parts);
    }
}
