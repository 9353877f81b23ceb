using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Numbers;

namespace WorkTeam.Extraction.Tests;

public class ReportAnalyzerTests
{
    [Fact]
    public void Traditional_text_gives_every_kind_in_document_order_with_original_offsets()
    {
        const string text = "民豐縣若克雅鄉勞光村投入資金600餘萬元，幫助1826人脫貧。";
        var facts = ReportAnalyzer.Default.Extract(text);
        Assert.Equal(
            [
                (FactKinds.Place, "民豐縣", 0, 3, "民丰县"),
                (FactKinds.Place, "若克雅鄉", 3, 7, "若克雅乡"),
                (FactKinds.Place, "勞光村", 7, 10, "劳光村"),
                (FactKinds.Money, "600餘萬元", 14, 20, (string?)null),
                (FactKinds.Count, "1826人", 23, 28, null),
            ],
            facts.Select(f => (f.Kind, f.Text, f.Start, f.End, f.Name)));
        Assert.All(facts, f => Assert.Equal(text[f.Start..f.End], f.Text));
        Assert.Equal((6000000m, "CNY", Approximation.Over), (facts[3].Value, facts[3].Currency, facts[3].Approximation));
        Assert.Equal("若克雅乡", facts[2].Parent);
    }

    [Fact]
    public void Kinds_limit_what_is_extracted()
    {
        var facts = ReportAnalyzer.Default.Extract("民丰县投入资金600万元", kinds: FactKinds.Money);
        Assert.Equal([FactKinds.Money], facts.Select(f => f.Kind));
    }

    [Fact]
    public void A_documents_publish_date_resolves_last_year_and_furniture_has_no_facts()
    {
        const string text = "驻村工作队开展技能培训\n来源:伊犁日报     点击:1234\n去年以来，工作队为村里争取资金120万元，修建道路5公里，惠及村民300户。\n编辑:法雅       2021-07-13\n";
        var document = Document.FromText(text, "report.txt");
        var facts = ReportAnalyzer.Default.Extract(document);
        Assert.DoesNotContain(facts, f => f.Text == "1234"); // the click counter is furniture
        var date = Assert.Single(facts, f => f.Kind == FactKinds.Date);
        Assert.Equal(("去年", "2020"), (date.Text, date.Date));
        Assert.Contains(facts, f => f is { Kind: FactKinds.Money, Value: 1200000m });
        Assert.Contains(facts, f => f is { Kind: FactKinds.Measure, Value: 5m, Unit: "公里" });
        Assert.Contains(facts, f => f is { Kind: FactKinds.Count, Value: 300m, Unit: "户" });
        Assert.All(facts, f => Assert.Equal(text[f.Start..f.End], f.Text));
    }
}
