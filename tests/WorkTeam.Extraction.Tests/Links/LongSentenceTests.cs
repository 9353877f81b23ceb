using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Links;

/// <summary>
/// Hostile input for the linker (benchmarks/hostile/linker-lines.py's shapes): one sentence of thousands of clauses, each a place
/// or a date and a number. Each rule that read the whole sentence again for every number reads it once now; these check that
/// such a line finishes with every number linked as the rule says (no timing: the links are asserted).
/// </summary>
public class LongSentenceTests
{
    private const int Clauses = 6000;

    /// <summary>Made-up names of three characters, one per clause, from characters of no function word, surname of note or numeral.</summary>
    private const string NameChars = "丰乐兴旺富裕康宁泰吉祥瑞福禄寿森桃竹柏榆槐杏梨枣";

    private static string Name(int k) => new([NameChars[k % 24], NameChars[k / 24 % 24], NameChars[k / 576 % 24]]);

    /// <summary>A day of the clause's own, of many values, repeated along the line (as the benchmark's days).</summary>
    private static string Day(int k) => $"{k % 12 + 1}月{k * 7 % 28 + 1}日";

    private static List<Fact> Extract(string text) => ReportAnalyzer.Default.Extract(text).ToList();

    [Fact]
    public void A_village_in_every_clause_links_each_number_to_its_own_village()
    {
        // Every tenth clause names none: its number continues the clause before it (parallel clauses), and the sentence's
        // thousands of villages, all claimed by their clauses' numbers, are read once for all such numbers, not again for each.
        var text = string.Concat(Enumerable.Range(0, Clauses).Select(k => (k % 10 == 0 ? string.Empty : Name(k) + "村") + "新建大棚50栋,")) + "。";
        var facts = Extract(text);
        Assert.Equal(Clauses * 9 / 10, facts.Count(f => f.Kind == FactKinds.Place));
        var counts = facts.Where(f => f.Kind == FactKinds.Count).ToList();
        Assert.Equal(Clauses, counts.Count);
        var expected = Enumerable.Range(0, Clauses).Select(k => k == 0 ? ((string?)null, (LinkScope?)null)
            : k % 10 == 0 ? (Name(k - 1) + "村", LinkScope.Sentence) : (Name(k) + "村", LinkScope.Clause));
        Assert.Equal(expected, counts.Select(n => (n.Place, n.Scope)));
    }

    [Fact]
    public void A_body_opening_a_long_sentence_acts_until_a_person_opens_a_clause()
    {
        // The clauses since the body are read once for all the numbers after it, not again for each.
        var text = "县农业农村局投入资金10万元," + string.Concat(Enumerable.Range(0, Clauses).Select(k => Name(k) + "镇新建大棚50栋,"))
            + "第一书记李涛带领村民新建大棚60栋," + string.Concat(Enumerable.Range(0, 10).Select(k => Name(k) + "镇新建大棚70栋,")) + "。";
        var counts = Extract(text).Where(f => f.Kind == FactKinds.Count).ToList();
        Assert.Equal(Clauses + 11, counts.Count);
        Assert.Equal(Enumerable.Repeat<string?>("县农业农村局", Clauses), counts.Take(Clauses).Select(n => n.Actor));
        Assert.Equal(Enumerable.Repeat<string?>(null, 11), counts.Skip(Clauses).Select(n => n.Actor));
    }

    [Fact]
    public void A_day_before_each_amount_dates_it_only_when_a_later_clause_names_that_day_again()
    {
        // 3月4日某镇举行开工仪式,投入资金50万元: the day of an event before the money, not its period, unless the day is named again
        // after it (a day of completion); the sentence's days are read once by value, not walked for every amount.
        var text = string.Concat(Enumerable.Range(0, Clauses).Select(k => Day(k) + Name(k) + "镇举行开工仪式,投入资金50万元,")) + "。";
        var money = Extract(text).Where(f => f.Kind == FactKinds.Money).ToList();
        Assert.Equal(Clauses, money.Count);
        var days = Enumerable.Range(0, Clauses).Select(Day).ToList();
        var expected = Enumerable.Range(0, Clauses).Select(k => days.Skip(k + 1).Contains(days[k]) ? $"XXXX-{k % 12 + 1:00}-{k * 7 % 28 + 1:00}" : null);
        Assert.Equal(expected, money.Select(m => m.Period));
        Assert.Contains(null, money.Select(m => m.Period));
    }

    [Fact]
    public void A_day_and_a_word_of_a_span_up_to_now_date_each_amount_of_a_long_sentence()
    {
        var text = string.Concat(Enumerable.Range(0, Clauses).Select(k => Day(k) + "至今," + Name(k) + "镇收益50万元,")) + "。";
        var money = Extract(text).Where(f => f.Kind == FactKinds.Money).ToList();
        Assert.Equal(Clauses, money.Count);
        Assert.Equal(Enumerable.Range(0, Clauses).Select(k => (string?)$"XXXX-{k % 12 + 1:00}-{k * 7 % 28 + 1:00}"), money.Select(m => m.Period));
    }

    [Fact]
    public void Each_sentence_opening_with_the_same_day_word_takes_the_day_named_last_before_it()
    {
        // 当天 reads on from the dates read for the sentence before, not from the text's first date.
        var text = string.Concat(Enumerable.Range(0, Clauses).Select(k => Day(k) + Name(k) + "镇举行开工仪式。当天,新建大棚50栋。"));
        var counts = Extract(text).Where(f => f.Kind == FactKinds.Count).ToList();
        Assert.Equal(Clauses, counts.Count);
        Assert.Equal(Enumerable.Range(0, Clauses).Select(k => (string?)$"XXXX-{k % 12 + 1:00}-{k * 7 % 28 + 1:00}"), counts.Select(n => n.Period));
    }

    [Fact]
    public void Townships_joined_as_one_in_every_clause_give_each_amount_the_county_holding_them()
    {
        // 深入中寮鄉、草屯鎮…斥資: the sentence's places tie, so each amount is about the county holding both (南投县, named among
        // the cities before); the holder is looked for once for the sentence, not for each amount.
        var text = "台中市、彰化县、云林县、嘉义市、南投县的议员到访。南投县长许淑华19日下午"
            + string.Concat(Enumerable.Repeat("深入中寮乡、草屯镇，斥资5万元，", Clauses / 4)) + "。";
        var money = Extract(text).Where(f => f.Kind == FactKinds.Money).ToList();
        Assert.Equal(Clauses / 4, money.Count);
        Assert.All(money, m => Assert.Equal(("南投县", (LinkScope?)LinkScope.Sentence), (m.Place, m.Scope)));
    }

    [Fact]
    public void Each_word_standing_for_a_body_acts_for_the_body_of_its_noun_named_before()
    {
        // 该局 stands for the bureau, 该公司 for the company: each word reads the facts before it once for all the words after
        // it, not from the text's first fact again.
        var text = "县农业农村局、县城投公司牵头，" + string.Concat(Enumerable.Range(0, Clauses).Select(k => (k % 2 == 0 ? "该局在" : "该公司在") + Name(k) + "镇投入资金50万元,")) + "。";
        var money = Extract(text).Where(f => f.Kind == FactKinds.Money).ToList();
        Assert.Equal(Clauses, money.Count);
        Assert.Equal(Enumerable.Range(0, Clauses).Select(k => (string?)(k % 2 == 0 ? "县农业农村局" : "县城投公司")), money.Select(m => m.Actor));
    }

    [Fact]
    public void A_word_standing_for_the_town_before_it_in_every_clause_gives_each_number_that_town()
    {
        // 丰乐镇全镇新建大棚50栋, …康宁镇这里新建大棚30栋: 全镇 and 这里 stand for the town named right before them; the facts before
        // each word are read once for all the words, and each referent joins its scopes' places in one merge.
        var text = string.Concat(Enumerable.Range(0, Clauses).Select(k => Name(k) + (k % 2 == 0 ? "镇全镇" : "镇这里") + "新建大棚50栋,")) + "。";
        var counts = Extract(text).Where(f => f.Kind == FactKinds.Count).ToList();
        Assert.Equal(Clauses, counts.Count);
        Assert.Equal(Enumerable.Range(0, Clauses).Select(k => ((string?)(Name(k) + "镇"), (LinkScope?)LinkScope.Clause)), counts.Select(n => (n.Place, n.Scope)));
    }
}
