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

    [Fact]
    public void Many_texts_at_once_give_each_text_the_facts_it_gives_alone_in_the_texts_order()
    {
        // The seeds' lines and whole seeds (a long text fills a block alone), a traditional line, a line with pinyin
        // (read on its reading view), an empty line: more texts than one block holds, so several blocks are read.
        var seeds = Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        const string traditional = "民豐縣若克雅鄉勞光村投入資金600餘萬元，幫助1826人脫貧。";
        List<string> texts = [traditional, "鄉（xiāng）村投入资金30万元", "", .. seeds.SelectMany(s => s.Split('\n')), .. seeds];
        var each = ReportAnalyzer.Default.ExtractEach(texts, new DateOnly(2021, 7, 13)).ToList();
        Assert.True(texts.Count > 256, $"{texts.Count} texts: one block");
        Assert.Equal(texts.Count, each.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(ReportAnalyzer.Default.Extract(texts[i], new DateOnly(2021, 7, 13)), each[i]);
        }
        Assert.Equal(
            [(FactKinds.Place, "民豐縣", 0, 3), (FactKinds.Place, "若克雅鄉", 3, 7), (FactKinds.Place, "勞光村", 7, 10), (FactKinds.Money, "600餘萬元", 14, 20), (FactKinds.Count, "1826人", 23, 28)],
            each[0].Select(f => (f.Kind, f.Text, f.Start, f.End)));
        Assert.Equal([(FactKinds.Money, "30万元", 13, 17)], each[1].Select(f => (f.Kind, f.Text, f.Start, f.End)));
        Assert.Empty(each[2]);
    }

    [Fact]
    public void Many_texts_at_once_keep_the_kinds_asked_for_and_refuse_a_null_text()
    {
        var each = ReportAnalyzer.Default.ExtractEach(["民丰县投入资金600万元", "民丰县"], kinds: FactKinds.Money).ToList();
        Assert.Equal([[FactKinds.Money], []], each.Select(facts => facts.Select(f => f.Kind).ToList()));
        Assert.Throws<ArgumentNullException>(() => ReportAnalyzer.Default.ExtractEach(["民丰县", null!]).ToList());
    }

    [Fact]
    public void Many_texts_at_once_give_the_facts_read_before_a_failing_source_then_its_error()
    {
        static IEnumerable<string> Failing()
        {
            yield return "投入资金600万元";
            yield return "帮扶30户";
            throw new IOException("the disk went away");
        }
        var got = new List<IReadOnlyList<Fact>>();
        var error = Assert.Throws<IOException>(() =>
        {
            foreach (var facts in ReportAnalyzer.Default.ExtractEach(Failing()))
            {
                got.Add(facts);
            }
        });
        Assert.Equal("the disk went away", error.Message);
        Assert.Equal([["600万元"], ["30户"]], got.Select(facts => facts.Select(f => f.Text).ToList()));
        var beforeNull = new List<IReadOnlyList<Fact>>();
        Assert.Throws<ArgumentNullException>(() =>
        {
            foreach (var facts in ReportAnalyzer.Default.ExtractEach(["帮扶30户", null!, "帮扶40户"]))
            {
                beforeNull.Add(facts);
            }
        });
        Assert.Equal([["30户"]], beforeNull.Select(facts => facts.Select(f => f.Text).ToList()));
    }
}
