using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Numbers;

namespace WorkTeam.Extraction.Tests.Facts;

public sealed class QuantityExtractorTests
{
    private static readonly QuantityExtractor Extractor = new();

    private static Fact Single(string text, FactKinds kind, DateOnly? date = null) =>
        Assert.Single(Extractor.Extract(text, date), f => f.Kind == kind);

    private static void None(string text, DateOnly? date = null) => Assert.Empty(Extractor.Extract(text, date));

    [Fact]
    public void Money_with_yu_is_over_the_amount()
    {
        var f = Single("共投入資金600余萬元，", FactKinds.Money);
        Assert.Equal(("600余萬元", 5, 11, 6_000_000m, "CNY", Approximation.Over), (f.Text, f.Start, f.End, f.Value, f.Currency, f.Approximation));
    }

    [Fact]
    public void A_table_row_longer_than_a_row_is_no_table_so_a_line_of_numbers_stays_linear()
    {
        // A data dump: a label naming its unit, then 50,000 bare numbers on one line. A table's row is read only within
        // 256 characters either side of a cell, so none of them counts in 个 (each used to walk the whole line both ways,
        // quadratic in the line, and every one came out a count); a short row still does.
        var dump = "村民委员会(个) " + string.Join(' ', Enumerable.Repeat("12345", 50_000));
        Assert.DoesNotContain(Extractor.Extract(dump), f => f.Kind == FactKinds.Count);
        Assert.Equal([("12345", 12_345m, "个"), ("678", 678m, "个")],
            Extractor.Extract("村民委员会(个) 12345 678").Where(f => f.Kind == FactKinds.Count).Select(f => (f.Text, f.Value!.Value, f.Unit!)).ToArray());
    }

    [Fact]
    public void A_long_bar_table_reads_each_column_header_once_and_refuses_rank_columns()
    {
        // 2,000 rows of 30 number cells under a header repeated every 20 rows (a printed ranking): 户数(户) columns count
        // households, 排名(名) columns hold ranks and give nothing. Each row is split once and takes its columns' headers
        // over from the row above (reading up from every number re-split every row above it, per number).
        const int Rows = 2_000, Columns = 30, Repeat = 20;
        var header = "村名 | " + string.Join(" | ", Enumerable.Range(0, Columns).Select(j => j % 2 == 0 ? "户数(户)" : "排名(名)")) + " |";
        var text = new System.Text.StringBuilder("各村户数及排名公示如下。\n");
        var expected = new List<(string, int, decimal, string)>();
        for (var r = 0; r < Rows; r++)
        {
            if (r % Repeat == 0)
            {
                text.Append(header).Append('\n');
            }
            text.Append("苗儿村 |");
            for (var j = 0; j < Columns; j++)
            {
                var value = (r * 7 + j) % 900 + 1;
                text.Append(' ');
                if (j % 2 == 0)
                {
                    expected.Add((value.ToString(System.Globalization.CultureInfo.InvariantCulture), text.Length, value, "户"));
                }
                text.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" |");
            }
            text.Append('\n');
        }
        var counts = Extractor.Extract(text.ToString()).Where(f => f.Kind == FactKinds.Count).Select(f => (f.Text, f.Start, f.Value!.Value, f.Unit!)).ToArray();
        Assert.Equal(Rows * Columns / 2, counts.Length);
        Assert.Equal(expected, counts);
    }

    [Fact]
    public void Money_in_wan_yuan_is_in_yuan()
    {
        var f = Single("人均收入达到1.52万元", FactKinds.Money);
        Assert.Equal((15_200m, Approximation.Exact), (f.Value, f.Approximation));
    }

    [Fact]
    public void Coordinated_amounts_share_the_currency_of_the_last()
    {
        var facts = Extractor.Extract("分别为400亿和500亿元");
        Assert.Equal([("400亿", 40_000_000_000m, "CNY"), ("500亿元", 50_000_000_000m, "CNY")],
            facts.Select(f => (f.Text, f.Value!.Value, f.Currency!)).ToArray());
    }

    [Fact]
    public void A_bare_yuan_is_CNY_even_in_Taiwan_text()
    {
        var f = Single("臺灣某縣補助每戶5000元", FactKinds.Money);
        Assert.Equal("CNY", f.Currency);
    }

    [Fact]
    public void A_currency_named_before_the_number_overrides_the_bare_yuan()
    {
        var f = Single("預算新台幣1,200萬元", FactKinds.Money);
        Assert.Equal((12_000_000m, "TWD"), (f.Value, f.Currency));
    }

    [Fact]
    public void Hong_Kong_dollars_are_HKD()
    {
        var f = Single("撥款5億港幣", FactKinds.Money);
        Assert.Equal((500_000_000m, "HKD"), (f.Value, f.Currency));
    }

    [Fact]
    public void Range_with_distributed_multiplier_gives_low_and_high()
    {
        var f = Single("装机260至300萬千瓦", FactKinds.Measure);
        Assert.Equal((2_600_000m, 3_000_000m, "千瓦"), (f.Value, f.Max, f.Unit));
    }

    [Fact]
    public void Qualifier_before_a_verb_reaches_every_coordinated_percent()
    {
        var facts = Extractor.Extract("分别约占66％和41％");
        Assert.All(facts, f => Assert.Equal(Approximation.About, f.Approximation));
        Assert.Equal([66m, 41m], facts.Select(f => f.Value!.Value).ToArray());
    }

    [Fact]
    public void Tupo_guo_and_zhishao_are_over_and_jihu_is_under()
    {
        Assert.Equal(Approximation.Over, Single("产值突破180亿元", FactKinds.Money).Approximation);
        Assert.Equal(Approximation.Over, Single("每村至少50万元", FactKinds.Money).Approximation);
        Assert.Equal(Approximation.Over, Single("参与人数已过5000人", FactKinds.Count).Approximation);
        Assert.Equal(Approximation.Under, Single("覆盖率几乎100%", FactKinds.Percent).Approximation);
    }

    [Fact]
    public void Qualifier_inside_another_word_is_not_a_qualifier()
    {
        Assert.Equal(Approximation.Exact, Single("签约5个项目", FactKinds.Count).Approximation);
        Assert.Equal(Approximation.Exact, Single("附近3个村", FactKinds.Count).Approximation);
        Assert.Equal(Approximation.Exact, Single("通过3个项目", FactKinds.Count).Approximation);
    }

    [Fact]
    public void Noun_used_as_classifier_is_the_unit()
    {
        var facts = Extractor.Extract("两县和四鄉鎮");
        Assert.Equal([("县", 2m), ("乡镇", 4m)], facts.Select(f => (f.Unit!, f.Value!.Value)).ToArray());
    }

    [Fact]
    public void Number_with_no_measure_word_is_a_count_without_unit()
    {
        var f = Single("九百多万选民", FactKinds.Count);
        Assert.Equal((9_000_000m, (string?)null, Approximation.Over, "九百多万"), (f.Value, f.Unit, f.Approximation, f.Text));
    }

    [Fact]
    public void Yi_with_a_classifier_counts_only_when_it_counts()
    {
        Assert.Equal(2, Extractor.Extract("188个乡镇和一个办事处").Count);
        None("一名官员说");
    }

    [Fact]
    public void Hu_ci_in_parentheses_is_the_unit_hu_ci()
    {
        var f = Single("慰问2322户(次)", FactKinds.Count);
        Assert.Equal(("户次", "2322户(次)"), (f.Unit, f.Text));
    }

    [Fact]
    public void Taiwan_units_stay_as_written_in_simplified_form()
    {
        var f = Single("面積3公頃", FactKinds.Measure);
        Assert.Equal(("公顷", 3m), (f.Unit, f.Value));
    }

    [Fact]
    public void Percent_forms_all_give_the_number_of_percent()
    {
        Assert.Equal(88m, Single("百分之八十八", FactKinds.Percent).Value);
        Assert.Equal(80m, Single("八成村民", FactKinds.Percent).Value);
        Assert.Equal(25m, Single("四分之一", FactKinds.Percent).Value);
        Assert.Equal(20m, Single("1／5", FactKinds.Percent).Value);
        Assert.Equal(16.4m, Single("一六‧四％", FactKinds.Percent).Value);
        var points = Single("增长五点七个百分点", FactKinds.Percent);
        Assert.Equal((5.7m, "个百分点"), (points.Value, points.Unit));
    }

    [Fact]
    public void Roc_year_becomes_gregorian()
    {
        Assert.Equal("1996", Single("民國八十五年", FactKinds.Date).Date);
        Assert.Equal("1997", Single("臺灣自八十六年起", FactKinds.Date).Date);
    }

    [Fact]
    public void Bare_year_below_120_is_not_a_year_outside_Taiwan_text()
    {
        None("八十六年起");
    }

    [Fact]
    public void Explicit_year_carries_over_within_the_sentence()
    {
        var facts = Extractor.Extract("１９９６年４月至５月");
        Assert.Equal(["1996-04", "1996-05"], facts.Select(f => f.Date!).ToArray());
    }

    [Fact]
    public void Year_less_date_is_resolved_only_with_the_document_date()
    {
        Assert.Equal("XXXX-03-28", Single("3月28日召开", FactKinds.Date).Date);
        Assert.Equal("2018-03-28", Single("3月28日召开", FactKinds.Date, new DateOnly(2018, 4, 2)).Date);
    }

    [Fact]
    public void Qunian_and_jinnian_need_the_document_date()
    {
        None("去年和今年");
        var facts = Extractor.Extract("去年和今年", new DateOnly(2018, 4, 2));
        Assert.Equal(["2017", "2018"], facts.Select(f => f.Date!).ToArray());
    }

    [Fact]
    public void Year_end_keeps_only_the_year()
    {
        var f = Single("至2020年底", FactKinds.Date);
        Assert.Equal(("2020", "2020年底"), (f.Date, f.Text));
    }

    [Fact]
    public void Bare_day_has_unknown_year_and_month()
    {
        Assert.Equal("XXXX-XX-26", Single("26日上午", FactKinds.Date).Date);
    }

    [Theory]
    [InlineData("第一书记")]
    [InlineData("党的十九大")]
    [InlineData("“七五”普法")]
    [InlineData("5A级景区")]
    [InlineData("一对一帮扶")]
    [InlineData("增强“四个意识”")]
    [InlineData("抓实“八项任务”")]
    [InlineData("第1004名")]
    [InlineData("进入前三名")]
    [InlineData("“90后”小伙")]
    public void Ordinals_labels_and_slogans_are_not_facts(string text) => None(text);

    [Theory]
    [InlineData("电话：0991-2345678")]
    [InlineData("IMG_261")]
    [InlineData("38476d19d7a6dc4c795b7ddea3429b13")]
    [InlineData("8b74ccebe0ba47f399606dbad31a3eb6.png")]
    public void Phone_numbers_and_file_names_are_not_facts(string text) => None(text);

    [Theory]
    [InlineData("88岁的老人")]
    [InlineData("3年来")]
    [InlineData("5个多小时")]
    [InlineData("为期1年多")]
    [InlineData("增长3倍")]
    [InlineData("增加一倍")]
    public void Ages_durations_and_multiples_are_not_facts(string text) => None(text);

    [Theory]
    [InlineData("上百户")]
    [InlineData("数万名群众")]
    [InlineData("一半以上")]
    [InlineData("几十人")]
    public void Vague_amounts_are_not_facts(string text) => None(text);

    [Theory]
    [InlineData("上午10:30")]
    [InlineData("周一")]
    [InlineData("星期三")]
    [InlineData("九十年代")]
    [InlineData("1990年代")]
    [InlineData("20世纪")]
    public void Times_of_day_weekdays_and_decades_are_not_facts(string text) => None(text);

    [Fact]
    public void A_year_inside_a_date_is_not_a_count()
    {
        var f = Assert.Single(Extractor.Extract("2017年"));
        Assert.Equal(FactKinds.Date, f.Kind);
    }

    [Fact]
    public void Kinds_filter_keeps_only_the_kinds_asked_for()
    {
        var facts = Extractor.Extract("2017年投入3万元帮助5户", null, FactKinds.Money);
        Assert.Equal(FactKinds.Money, Assert.Single(facts).Kind);
    }

    [Fact]
    public void Offsets_are_into_the_original_traditional_text()
    {
        const string text = "民豐縣的7個鄉鎮";
        var f = Single(text, FactKinds.Count);
        Assert.Equal(("7個", "个"), (text[f.Start..f.End], f.Unit));
    }

    [Fact]
    public void Null_text_is_refused_with_an_argument_exception() =>
        Assert.Throws<ArgumentNullException>(() => Extractor.Extract(null!));

    [Fact]
    public void Each_recognizer_alone_returns_only_its_kind()
    {
        const string text = "2017年投入3万元帮助5户种植150亩，占60%";
        Assert.Equal(FactKinds.Money, Assert.Single(MoneyRecognizer.Recognize(text)).Kind);
        Assert.Equal(FactKinds.Count, Assert.Single(CountRecognizer.Recognize(text)).Kind);
        Assert.Equal(FactKinds.Measure, Assert.Single(MeasureRecognizer.Recognize(text)).Kind);
        Assert.Equal(FactKinds.Percent, Assert.Single(PercentRecognizer.Recognize(text)).Kind);
        Assert.Equal(FactKinds.Date, Assert.Single(DateRecognizer.Recognize(text)).Kind);
    }

    [Fact]
    public void Slogans_with_a_classifier_are_not_counts_even_without_quotes() =>
        None("增强四个意识、坚定四个自信、做到两个维护");

    [Fact]
    public void Yi_after_jin_counts()
    {
        var f = Single("事故中仅一人受伤", FactKinds.Count);
        Assert.Equal((1m, "人"), (f.Value, f.Unit));
    }

    [Fact]
    public void Clause_final_number_counts_what_the_clause_named_earlier()
    {
        var f = Single("受灾人口近10万。", FactKinds.Count);
        Assert.Equal((100_000m, (string?)null, Approximation.Under), (f.Value, f.Unit, f.Approximation));
        None("总投资突破5亿。");
    }

    [Fact]
    public void Three_digit_year_in_Taiwan_text_is_a_ROC_year()
    {
        Assert.Equal("2020", Single("行政院主計總處公布，109年經濟成長率", FactKinds.Date).Date);
    }

    [Fact]
    public void A_signed_percent_keeps_its_sign()
    {
        var f = Single("增速为负3.9%", FactKinds.Percent);
        Assert.Equal((-3.9m, "负3.9%"), (f.Value, f.Text));
    }

    [Fact]
    public void Mixed_Arabic_digits_and_units_add_up()
    {
        Assert.Equal(54_600m, Single("5万4千6百元", FactKinds.Money).Value);
        Assert.Equal(2_720_000_000_000m, Single("2兆7,200億元", FactKinds.Money).Value);
    }

    [Fact]
    public void Month_range_gives_both_months_with_the_year_of_the_sentence()
    {
        var facts = Extractor.Extract("2023年1至6月");
        Assert.Equal([("2023年1", "2023-01"), ("6月", "2023-06")], facts.Select(f => (f.Text, f.Date!)).ToArray());
    }

    [Fact]
    public void A_span_of_years_is_not_a_date() => None("已有1000年的历史");

    [Fact]
    public void Seven_of_thirteen_with_an_ascii_slash_is_not_a_share() =>
        Assert.DoesNotContain(Extractor.Extract("7/13更新"), f => f.Kind == FactKinds.Percent);

    [Fact]
    public void A_separated_digit_run_beyond_any_amount_neither_throws_nor_loses_the_other_facts()
    {
        var facts = Extractor.Extract("投入1,000,000,000,000,000,000,000,000,000,000元，帮扶3户。");
        Assert.Equal([("3户", 3m)], facts.Select(f => (f.Text, f.Value!.Value)).ToArray());
    }

    [Fact]
    public void A_numeral_past_long_range_is_not_negative_money()
    {
        var f = Single("九百九十九亿九千九百九十九万亿元", FactKinds.Money);
        Assert.Equal((9_999_999_000_000_000_000m, 0, 16), (f.Value!.Value, f.Start, f.End));
    }

    [Fact]
    public void A_refused_multiplier_run_leaves_no_yi_yuan_fragment() =>
        Assert.DoesNotContain(Extractor.Extract("投入9亿亿亿亿亿元"), f => f.Kind == FactKinds.Money);

    [Fact]
    public void A_number_with_more_places_than_decimal_holds_is_refused_not_cut() =>
        Assert.DoesNotContain(Extractor.Extract("人均1.5555555555555555555555555555555555万元"), f => f.Kind == FactKinds.Money);

    [Fact]
    public void A_tiny_percentage_keeps_its_sixteenth_place()
    {
        var f = Single("误差为0.0000000000000001%", FactKinds.Percent);
        Assert.Equal(0.0000000000000001m, f.Value);
    }

    [Theory]
    [InlineData("共30176月")]
    [InlineData("共201713月")]
    [InlineData("共18996月")]
    public void Digits_glued_to_yue_without_a_plausible_year_and_month_are_no_date(string text) =>
        Assert.DoesNotContain(Extractor.Extract(text), f => f.Kind == FactKinds.Date);

    [Fact]
    public void A_currency_word_before_the_number_overrides_the_bare_yuan()
    {
        var f = Single("耗资港元50亿元", FactKinds.Money);
        Assert.Equal(("50亿元", 5_000_000_000m, "HKD"), (f.Text, f.Value!.Value, f.Currency));
    }

    [Theory]
    [InlineData("港元50亿", "HKD")]
    [InlineData("英镑50亿", "GBP")]
    [InlineData("英鎊50億", "GBP")]
    [InlineData("日元50亿", "JPY")]
    [InlineData("韓元50億", "KRW")]
    [InlineData("港幣50億", "HKD")]
    [InlineData("美元50亿", "USD")]
    [InlineData("人民币50亿", "CNY")]
    public void Every_currency_word_of_the_unit_lexicon_may_stand_before_the_number(string text, string currency)
    {
        var f = Single(text, FactKinds.Money);
        Assert.Equal((5_000_000_000m, currency), (f.Value!.Value, f.Currency));
    }

    [Fact]
    public void A_bare_yuan_before_a_number_names_no_currency() =>
        Assert.DoesNotContain(UnitLexicon.CurrencyNames, n => n.Word is "元" or "圆" or "块钱" or "元人民币" or "元港币");
}
