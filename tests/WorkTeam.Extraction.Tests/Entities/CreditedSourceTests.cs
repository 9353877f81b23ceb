using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Entities;

/// <summary>The source a byline names (来源:温州日报) is an organisation where the byline names it.</summary>
public sealed class CreditedSourceTests
{
    private static string[] Organisations(string text) =>
        [.. ReportAnalyzer.Default.Extract(Document.FromText(text), kinds: FactKinds.Organization)
            .Select(f => $"{f.Text} [{f.Start},{f.End}) {f.Name}")];

    [Fact]
    public void The_newspaper_a_byline_names_as_source_is_an_organisation()
    {
        Assert.Equal(
            ["温州日报 [48,52) 温州日报"],
            Organisations("我市下派新一批第一书记\n发布日期: 2017- 11- 21 08: 30 浏览次数: 来源: 温州日报 字体:[ ]\n\n11月20日,我市61位市派村第一书记分赴全市各地的驻村点。\n"));
    }

    [Fact]
    public void Traditional_a_news_site_named_as_source_is_an_organisation_with_its_simplified_name()
    {
        Assert.Equal(
            ["沭陽供電公司 [0,6) 沭阳供电公司", "中國電力網 [42,47) 中国电力网", "沭陽縣供電公司 [67,74) 沭阳县供电公司"],
            Organisations("沭陽供電公司扶貧幫扶 電“靚”大徐村\n\n發布時間: 2019-10-21   來源:中國電力網  作者:本站編輯\n\n  10月18日,沭陽縣供電公司為大徐村安裝52盞路燈。\n"));
    }

    [Fact]
    public void A_source_named_as_a_financial_medium_is_an_organisation_in_both_scripts()
    {
        // …财经 ends a medium's name as …日报 does (org-datelines.tsv, use medium).
        Assert.Equal(
            ["第一财经 [48,52) 第一财经"],
            Organisations("我市下派新一批第一书记\n发布日期: 2017- 11- 21 08: 30 浏览次数: 来源: 第一财经 字体:[ ]\n\n11月20日,我市61位市派村第一书记分赴全市各地的驻村点。\n"));
        Assert.Equal(
            ["第一財經 [48,52) 第一财经"],
            Organisations("我市下派新一批第一書記\n發布日期: 2017- 11- 21 08: 30 瀏覽次數: 來源: 第一財經 字體:[ ]\n\n11月20日,我市61位市派村第一書記分赴全市各地的駐村點。\n"));
    }

    [Fact]
    public void A_source_that_names_no_medium_or_body_is_no_organisation()
    {
        Assert.Equal(
            [],
            Organisations("我市下派新一批第一书记\n发布日期: 2017- 11- 21 08: 30 浏览次数: 来源: 本站原创 字体:[ ]\n\n11月20日,我市61位市派村第一书记分赴全市各地的驻村点。\n"));
    }

    [Fact]
    public void A_credit_that_names_the_site_instead_of_a_person_is_no_person()
    {
        // The header line is read for facts; 本站编辑 ("this site's editor") is what the site prints for no name.
        var people = ReportAnalyzer.Default.Extract(
                Document.FromText("沭陽供電公司扶貧幫扶 電“靚”大徐村\n\n發布時間: 2019-10-21   來源:中國電力網  作者:本站編輯\n\n  10月18日,記者:王小明報道,沭陽縣供電公司為大徐村安裝52盞路燈。\n"),
                kinds: FactKinds.Person)
            .Select(f => $"{f.Text} [{f.Start},{f.End})");
        Assert.Equal(["王小明 [70,73)"], people);
    }
}
