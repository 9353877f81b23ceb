using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Links;

/// <summary>The one number fact a text's default analysis gives with this surface, links filled: what the link tests read.</summary>
internal static class LinkedNumbers
{
    public static Fact Number(string text, string surface, DateOnly? date = null) =>
        ReportAnalyzer.Default.Extract(text, date).Single(f => f.Kind.IsNumber() && f.Text == surface);
}
