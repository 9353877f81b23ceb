using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Tests.Places;

public class CountyAttributionTests
{
    [Fact]
    public void An_amount_takes_the_county_and_prefecture_named_last_before_it()
    {
        const string Text = "民丰县投入资金600万元。伊宁县投入300万元。";
        var facts = ReportAnalyzer.Default.Extract(Text, kinds: FactKinds.Place | FactKinds.Money);
        var contexts = CountyAttribution.Attribute(facts);
        Assert.Equal(
            [
                ("民丰县", new CountyContext("民丰县", "民丰县", "和田地区")),
                ("600万元", new CountyContext(null, "民丰县", "和田地区")),
                ("伊宁县", new CountyContext("伊宁县", "伊宁县", "伊犁哈萨克自治州")),
                ("300万元", new CountyContext(null, "伊宁县", "伊犁哈萨克自治州")),
            ],
            facts.Select((f, i) => (f.Text, contexts[i])));
    }

    [Fact]
    public void Nothing_is_attributed_before_a_county_is_named()
    {
        var money = new Fact { Kind = FactKinds.Money, Text = "5万元", Start = 0, End = 3, Value = 50000m, Currency = "CNY" };
        Assert.Equal([new CountyContext(null, null, null)], CountyAttribution.Attribute([money]));
    }

    [Fact]
    public void The_sentence_around_a_span_ends_at_its_mark_and_drops_white_space()
    {
        const string Text = "第一句。 投入资金600万元，修路！第三句";
        var start = Text.IndexOf("600", StringComparison.Ordinal);
        Assert.Equal((5, 18), Sentences.Around(Text, start, start + 5));
        Assert.Equal("投入资金600万元，修路！", Text[5..18]);
        Assert.Equal((18, 21), Sentences.Around(Text, 19, 20));
    }
}
