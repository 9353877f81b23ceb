using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Entities;

public sealed class EntityExtractorTests
{
    [Fact]
    public void A_view_of_another_length_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new EntityExtractor().Extract("民豐縣", "民丰县村"));
        Assert.Equal("simplifiedView", error.ParamName);
    }

    [Fact]
    public void A_converter_that_changes_the_length_is_refused()
    {
        var extractor = new EntityExtractor(toSimplified: s => s + "x");
        Assert.Throws<InvalidOperationException>(() => extractor.Extract("民豐縣"));
    }

    [Fact]
    public void Traditional_text_keeps_its_script_and_offsets_and_gets_a_simplified_value()
    {
        var fact = Assert.Single(new EntityExtractor().Extract("到民豐縣", "到民丰县"));
        Assert.Equal(FactKinds.Place, fact.Kind);
        Assert.Equal("民豐縣", fact.Text);
        Assert.Equal(1, fact.Start);
        Assert.Equal(4, fact.End);
        Assert.Equal("民丰县", fact.Name);
        Assert.Equal(PlaceLevel.County, fact.Level);
    }

    [Fact]
    public void Only_the_kinds_asked_for_are_reported()
    {
        var facts = new EntityExtractor().Extract("自治区教育厅驻库车县玉奇吾斯塘乡玉奇吾斯塘村工作队坚持问题导向。", FactKinds.Team, "a.txt");
        var team = Assert.Single(facts);
        Assert.Equal(FactKinds.Team, team.Kind);
        Assert.Equal("自治区教育厅", team.Name);
        Assert.Equal("玉奇吾斯塘村", team.Station);
        Assert.Equal("a.txt", team.Doc);
    }

    [Fact]
    public void Facts_come_in_document_order()
    {
        var facts = new EntityExtractor().Extract("村民张志方说，玛纳斯县兰州湾镇大湾子村的棉花丰收了。");
        Assert.Equal(facts.OrderBy(f => f.Start).Select(f => f.Start), facts.Select(f => f.Start));
        Assert.Equal(["张志方", "玛纳斯县", "兰州湾镇", "大湾子村"], facts.Select(f => f.Name));
    }
}

public sealed class PlaceHintTests
{
    [Fact]
    public void A_hinted_place_no_rule_finds_is_reported_with_its_gazetteer_or_suffix_level()
    {
        const string text = "他们来到秦家山，又去了拉萨。";
        var extractor = new EntityExtractor(placeHints: _ => [(4, 7), (11, 13)]);
        var places = extractor.Extract(text, FactKinds.Place);
        Assert.Equal([("秦家山", PlaceLevel.Other), ("拉萨", PlaceLevel.Prefecture)], places.Select(f => (f.Name!, f.Level!.Value)));
    }

    [Fact]
    public void A_hint_overlapping_a_place_found_by_the_rules_or_holding_digits_is_ignored()
    {
        const string text = "玛纳斯县兰州湾镇2号";
        var extractor = new EntityExtractor(placeHints: _ => [(4, 6), (8, 10)]);
        var places = extractor.Extract(text, FactKinds.Place);
        Assert.Equal(["玛纳斯县", "兰州湾镇"], places.Select(f => f.Name));
    }
}

public sealed class EntityExtractorRobustnessTests
{
    [Fact]
    public void Random_report_like_text_never_breaks_the_extractor_and_every_fact_points_at_its_text()
    {
        const string alphabet = "该县市村乡镇区州省队连团师驻工作队“访惠聚”、和的在到民丰若克雅劳光·• 阿不力米提卡德尔书记村民记者张王李有限公司合作社局厅委新疆北京八师一四七团河岛山社区街道牧场，。！？\n:：(（)）0123456789ABC";
        var random = new Random(20260101);
        var extractor = new EntityExtractor();
        for (var i = 0; i < 5000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }
            var text = new string(chars);
            foreach (var fact in extractor.Extract(text))
            {
                Assert.InRange(fact.Start, 0, fact.End - 1);
                Assert.InRange(fact.End, fact.Start + 1, text.Length);
                Assert.Equal(text[fact.Start..fact.End], fact.Text);
                Assert.False(string.IsNullOrEmpty(fact.Name), text);
            }
        }
    }
}
