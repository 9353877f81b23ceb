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

    [Fact]
    public void Many_documents_at_once_give_each_document_the_facts_it_gives_alone_with_its_own_date()
    {
        // The seeds whole, the furniture test's page twice with two publish dates (去年 read against each one's own), a
        // traditional document, one with pinyin (read on its reading view), a web page, and the seeds' lines as one-line
        // documents: more than one block holds.
        static string Page(string date) => $"驻村工作队开展技能培训\n来源:伊犁日报     点击:1234\n去年以来，工作队为村里争取资金120万元，修建道路5公里。\n编辑:法雅       {date}\n";
        var seeds = Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToList();
        List<Document> documents =
        [
            Document.FromText(Page("2021-07-13"), "a.txt"),
            Document.FromText(Page("2018-03-02"), "b.txt"),
            Document.FromText("民豐縣若克雅鄉勞光村投入資金600餘萬元，幫助1826人脫貧。", "traditional.txt"),
            Document.FromText("鄉（xiāng）村投入资金30万元", "pinyin.txt"),
            Document.FromHtml("<html><head><title>民丰县工作队</title></head><body><h1>民丰县工作队</h1><p>投入资金600万元，帮扶1826人。</p></body></html>", "page.html"),
            .. seeds.Select(path => Document.Load(path)),
            .. seeds.SelectMany(path => File.ReadAllLines(path)).Select((line, i) => Document.FromText(line, $"line-{i}")),
        ];
        Assert.True(documents.Count > 256, $"{documents.Count} documents: one block");
        foreach (var (date, kinds) in new (DateOnly?, FactKinds)[] { (null, FactKinds.All), (new DateOnly(2021, 7, 13), FactKinds.Money | FactKinds.Person) })
        {
            var each = ReportAnalyzer.Default.ExtractEach(documents, date, kinds).ToList();
            Assert.Equal(documents.Count, each.Count);
            for (var i = 0; i < documents.Count; i++)
            {
                Assert.Equal(ReportAnalyzer.Default.Extract(documents[i], date, kinds), each[i]);
            }
        }
        var own = ReportAnalyzer.Default.ExtractEach(documents.Take(2), kinds: FactKinds.Date).ToList();
        Assert.Equal([[("去年", "2020")], [("去年", "2017")]], own.Select(facts => facts.Select(f => (f.Text, f.Date)).ToList()));
    }

    [Fact]
    public void Many_documents_at_once_refuse_a_null_document_after_the_facts_before_it()
    {
        var got = new List<IReadOnlyList<Fact>>();
        Assert.Throws<ArgumentNullException>(() =>
        {
            foreach (var facts in ReportAnalyzer.Default.ExtractEach([Document.FromText("帮扶30户"), null!, Document.FromText("帮扶40户")]))
            {
                got.Add(facts);
            }
        });
        Assert.Equal([["30户"]], got.Select(facts => facts.Select(f => f.Text).ToList()));
        Assert.Throws<ArgumentNullException>(() => ReportAnalyzer.Default.ExtractEach((IEnumerable<Document>)null!));
    }

    [Fact]
    public void A_recognizer_failing_on_one_document_ends_the_enumeration_at_its_block()
    {
        // 300 one-line documents are two blocks (256 + 44): a recognizer that throws on the 271st loses the second block's
        // facts, the first block's 256 documents have theirs.
        var analyzer = new ReportAnalyzerBuilder().UseQuantities().Use(new FailingRecognizer()).Build();
        var documents = Enumerable.Range(0, 300).Select(i => Document.FromText(i == 270 ? "帮扶30户，坏" : "帮扶30户", $"line-{i}")).ToList();
        var got = new List<IReadOnlyList<Fact>>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var facts in analyzer.ExtractEach(documents, kinds: Wanted))
            {
                got.Add(facts);
            }
        });
        Assert.Equal("a bad document", error.Message);
        Assert.Equal(256, got.Count);
        Assert.All(got, facts => Assert.Equal(["30户"], facts.Select(f => f.Text)));
        Assert.Equal(["30户"], analyzer.Extract(documents[269], kinds: Wanted).Select(f => f.Text));
        Assert.Throws<InvalidOperationException>(() => analyzer.Extract(documents[270], kinds: Wanted));
    }

    private const FactKinds Wanted = FactKinds.All | FactKinds.FirstCustom;

    /// <summary>A user's recognizer with a bug: it throws on any text holding 坏.</summary>
    private sealed class FailingRecognizer : Recognition.IFactRecognizer
    {
        public FactKinds Kinds => FactKinds.FirstCustom;

        public System.Buffers.SearchValues<char>? OpeningCharacters => null;

        public IReadOnlyDictionary<FactKinds, string> KindNames { get; } = new Dictionary<FactKinds, string> { [FactKinds.FirstCustom] = "failing" };

        public void Recognize(Recognition.TextAnalysis analysis, FactKinds wanted, ICollection<Fact> facts)
        {
            if (analysis.Text.Contains('坏', StringComparison.Ordinal))
            {
                throw new InvalidOperationException("a bad document");
            }
        }
    }
}
