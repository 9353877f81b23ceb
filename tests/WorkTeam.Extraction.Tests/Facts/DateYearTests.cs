using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Facts;

/// <summary>Year-less dates take the year a reader gives them (docs/facts.md, date).</summary>
public sealed class DateYearTests
{
    private static string[] Dates(string text, DateOnly? documentDate) =>
        ReportAnalyzer.Default.Extract(text, documentDate).Where(f => f.Kind == FactKinds.Date).Select(f => f.Date!).ToArray();

    [Theory]
    [InlineData("12月30日，工作队走访了农户。", "2020-01-03", "2019-12-30")]
    [InlineData("12月下旬，工作队走访了农户。", "2020-01-03", "2019-12")]
    [InlineData("11月下旬，工作队走访了农户。", "2020-02-10", "2019-11")]
    [InlineData("12月31日，工作队走访了农户。", "2021-01-05", "2020-12-31")]
    [InlineData("3月28日，工作队走访了农户。", "2021-07-13", "2021-03-28")]
    [InlineData("7月13日，工作队走访了农户。", "2021-07-13", "2021-07-13")]
    [InlineData("7月，工作队走访了农户。", "2021-07-13", "2021-07")]
    [InlineData("8月1日，工作队走访了农户。", "2021-07-13", "2020-08-01")]
    public void A_month_without_a_year_is_the_nearest_before_the_document_date(string text, string documentDate, string expected)
    {
        Assert.Equal([expected], Dates(text, DateOnly.Parse(documentDate, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("工作队将于1月10日进驻。", "2020-12-28", "2021-01-10")]
    [InlineData("项目计划8月完工。", "2021-07-13", "2021-08")]
    [InlineData("预计3月5日通水。", "2021-07-13", "2022-03-05")]
    [InlineData("道路硬化工程于6月30日前完成。", "2021-07-13", "2022-06-30")]
    [InlineData("項目預計8月1日完工。", "2021-07-13", "2021-08-01")]
    public void A_sentence_about_the_future_takes_the_nearest_after(string text, string documentDate, string expected)
    {
        Assert.Equal([expected], Dates(text, DateOnly.Parse(documentDate, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2016年12月25日至1月10日，工作队开展走访。", null, "2016-12-25", "2017-01-10")]
    [InlineData("2016年12月25日至1月10日，工作队开展走访。", "2016-12-28", "2016-12-25", "2017-01-10")]
    [InlineData("12月20日至1月14日，工作队开展走访。", "2016-01-20", "2015-12-20", "2016-01-14")]
    [InlineData("2020年3月1日至5月10日，工作队开展走访。", null, "2020-03-01", "2020-05-10")]
    public void A_range_end_takes_its_year_from_the_start(string text, string? documentDate, string first, string second)
    {
        DateOnly? date = documentDate is null ? null : DateOnly.Parse(documentDate, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([first, second], Dates(text, date));
    }

    [Fact]
    public void Without_a_document_date_the_year_stays_unknown()
    {
        Assert.Equal(["XXXX-12-30"], Dates("12月30日，工作队走访了农户。", null));
    }
}
