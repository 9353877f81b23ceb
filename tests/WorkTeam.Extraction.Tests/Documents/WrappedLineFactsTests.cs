using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Documents;

/// <summary>
/// An old newspaper's page wrapped at a fixed width (馬祖日報, 2001: every line 24 characters) cuts a number at the
/// column's edge; the body ranges facts are kept in join across such a break, and only such a break (fresh31's t01).
/// </summary>
public sealed class WrappedLineFactsTests
{
    private const string Wrapped =
        "【本報訊】北竿鄉代會第六屆第七次定期大會,昨天\n" +
        "順利審查三讀通過九十一年度總預算,總計歲入四千三\n" +
        "百十六萬五千元,歲出四千五百零五十萬元,移用以前\n";

    private static List<(string Text, int Start, int End, decimal? Value)> Money(Document document) =>
        [.. ReportAnalyzer.Default.Extract(document).Where(f => f.Kind == FactKinds.Money).Select(f => (f.Text, f.Start, f.End, f.Value))];

    [Fact]
    public void A_number_cut_by_the_column_edge_of_a_fixed_width_page_is_kept_whole()
    {
        var money = Money(Document.FromText(Wrapped));
        Assert.Equal(("四千三\n百十六萬五千元", 45, 56, 43165000m), money[0]);
        Assert.Equal(("四千五百零五十萬元", 59, 68, 45500000m), money[1]);
        Assert.Equal(2, money.Count);
    }

    [Fact]
    public void A_number_before_the_line_break_of_lines_of_any_length_ends_at_the_line()
    {
        // The same lines with the second cut short: a list's or prose's line break, not a column's edge.
        var money = Money(Document.FromText(Wrapped.Replace("順利審查三讀通過九十一年度總預算,", "", StringComparison.Ordinal)));
        Assert.Equal(("百十六萬五千元", 32, 39, 1165000m), money[0]);
        Assert.Equal(2, money.Count);
    }
}
