using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Entities;

/// <summary>
/// Work teams of a copied page's head (issue 16, teams11): a headline that a line outside the body repeats (a photo
/// story prints it above each caption) names its team each time, as its places are read each time (Places/HeaderPlaces).
/// </summary>
public sealed class PageHeadTeamTests
{
    private static List<(string Text, int Start, int End, string Sender, string? Station)> Teams(string text) =>
        [.. ReportAnalyzer.Default.Extract(Document.FromText(text), kinds: FactKinds.Team)
            .Select(f => (f.Text, f.Start, f.End, f.Name!, f.Station))];

    [Fact]
    public void A_headline_repeated_above_each_caption_gives_its_team_each_time()
    {
        const string text = "县财政局驻李家村工作队帮扶产业发展 助力增收\n\n2017-06-04\n\n"
            + "根据规划,县财政局推进工作,帮助贫困户增加收入,取得了明显的成效,得到群众好评。\n\n"
            + "县财政局驻李家村工作队帮扶产业发展 助力增收\n\n种苗发放现场\n\n县财政局驻李家村工作队帮扶产业发展 助力增收\n\n相关推荐\n";
        Assert.Equal(
            [("县财政局驻李家村工作队", 0, 11, "县财政局", "李家村"), ("县财政局驻李家村工作队", 78, 89, "县财政局", "李家村"),
             ("县财政局驻李家村工作队", 110, 121, "县财政局", "李家村")],
            Teams(text));
    }

    [Fact]
    public void A_traditional_headline_repeated_above_a_caption_gives_its_team_each_time()
    {
        const string text = "縣財政局駐李家村工作隊幫扶產業發展 助力增收\n\n2017-06-04\n\n"
            + "根據規劃,縣財政局推進工作,幫助貧困戶增加收入,取得了明顯的成效,得到群眾好評。\n\n"
            + "縣財政局駐李家村工作隊幫扶產業發展 助力增收\n\n種苗發放現場\n";
        Assert.Equal(
            [("縣財政局駐李家村工作隊", 0, 11, "县财政局", "李家村"), ("縣財政局駐李家村工作隊", 78, 89, "县财政局", "李家村")],
            Teams(text));
    }
}
