using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Extensibility;

/// <summary>
/// A new kind is one recognizer file and one registration: HectaresPerHouseholdRecognizer.cs (a quantity
/// kind), then <c>.Use(new HectaresPerHouseholdRecognizer())</c>; CooperativeRecognizer.cs (an entity kind),
/// then <c>.Use(new CooperativeRecognizer(names))</c>. Nothing else in the library changes.
/// </summary>
public class ExtensibilityTests
{
    private const string Text = "全村户均耕地0.8公顷，每户種植2公頃果树，共150亩。";

    private static readonly ReportAnalyzer WithRatios =
        new ReportAnalyzerBuilder().UseDefaults().Use(new HectaresPerHouseholdRecognizer()).Build();

    [Fact]
    public void A_users_recognizer_adds_its_kind_beside_the_librarys()
    {
        var facts = WithRatios.Extract(Text, kinds: FactKinds.Measure | HectaresPerHouseholdRecognizer.Ratio);
        Assert.Equal(
            [
                ("ratio", "户均耕地0.8公顷", 2, 11, 0.8m, "公顷/户"),
                ("measure", "0.8公顷", 6, 11, 0.8m, "公顷"),
                ("ratio", "每户種植2公頃", 12, 19, 2m, "公顷/户"),
                ("measure", "2公頃", 16, 19, 2m, "公顷"),
                ("measure", "150亩", 23, 27, 150m, "亩"),
            ],
            facts.Select(f => (WithRatios.KindName(f.Kind), f.Text, f.Start, f.End, f.Value!.Value, f.Unit!)));
    }

    [Fact]
    public void Asking_for_the_new_kind_alone_runs_the_measures_it_reads_but_leaves_them_out()
    {
        var facts = WithRatios.Extract(Text, kinds: HectaresPerHouseholdRecognizer.Ratio);
        Assert.Equal(["户均耕地0.8公顷", "每户種植2公頃"], facts.Select(f => f.Text));
    }

    [Fact]
    public void The_new_kind_has_its_output_name_and_parses_back()
    {
        Assert.Equal("ratio", WithRatios.KindName(HectaresPerHouseholdRecognizer.Ratio));
        Assert.True(WithRatios.TryParseKind("ratio", out var kind));
        Assert.Equal(HectaresPerHouseholdRecognizer.Ratio, kind);
        Assert.True(WithRatios.TryParseKind("org", out var org));
        Assert.Equal(FactKinds.Organization, org);
        Assert.False(ReportAnalyzer.Default.TryParseKind("ratio", out _));
        Assert.Equal(FactKinds.All | HectaresPerHouseholdRecognizer.Ratio, WithRatios.Kinds);
    }

    [Fact]
    public void The_default_analyzer_is_unchanged_by_another_analyzers_recognizer()
    {
        Assert.DoesNotContain(ReportAnalyzer.Default.Extract(Text), f => f.Kind == HectaresPerHouseholdRecognizer.Ratio);
        Assert.Equal(FactKinds.All, ReportAnalyzer.Default.Kinds);
    }

    [Fact]
    public void A_builder_with_only_some_recognizers_gives_only_their_kinds()
    {
        var money = new ReportAnalyzerBuilder().UseQuantities(FactKinds.Money).UsePlaces().Build();
        var facts = money.Extract("民丰县投入资金600万元，帮扶1826人");
        Assert.Equal([(FactKinds.Place, "民丰县"), (FactKinds.Money, "600万元")], facts.Select(f => (f.Kind, f.Text)));
        Assert.Equal(FactKinds.Money | FactKinds.Place, money.Kinds);
    }

    [Fact]
    public void A_users_entity_kind_is_one_file_and_one_registration_beside_the_librarys_entities()
    {
        var analyzer = new ReportAnalyzerBuilder().UseDefaults().Use(new CooperativeRecognizer(["谷香米业合作社", "三彩羽毛球合作社"])).Build();
        var facts = analyzer.Extract("民豐縣穀香米業合作社和三彩羽毛球合作社共帶動120户。", kinds: FactKinds.Place | CooperativeRecognizer.Cooperative);
        Assert.Equal(
            [
                ("place", "民豐縣", 0, 3, "民丰县", null),
                ("coop", "穀香米業合作社", 3, 10, "谷香米业合作社", "民丰县"),
                ("coop", "三彩羽毛球合作社", 11, 19, "三彩羽毛球合作社", null),
            ],
            facts.Select(f => (analyzer.KindName(f.Kind), f.Text, f.Start, f.End, f.Name, f.Parent)));
        Assert.True(analyzer.TryParseKind("coop", out var kind));
        Assert.Equal(CooperativeRecognizer.Cooperative, kind);
    }

    [Fact]
    public void A_kind_of_ones_own_must_be_a_named_bit_above_the_librarys()
    {
        var unnamed = new ReportAnalyzerBuilder().Use(new Unnamed()).Build;
        Assert.Equal("The kind 10000 has no name: its recognizer must give one in KindNames.", Assert.Throws<InvalidOperationException>(unnamed).Message);
        Assert.Equal("No recognizer: call UseDefaults(), a UseX() or Use(recognizer) before Build().",
            Assert.Throws<InvalidOperationException>(new ReportAnalyzerBuilder().Build).Message);
    }

    private sealed class Unnamed : WorkTeam.Extraction.Recognition.IFactRecognizer
    {
        public FactKinds Kinds => FactKinds.FirstCustom;

        public System.Buffers.SearchValues<char>? OpeningCharacters => null;

        public void Recognize(WorkTeam.Extraction.Recognition.TextAnalysis analysis, FactKinds wanted, ICollection<Fact> facts)
        {
        }
    }
}
