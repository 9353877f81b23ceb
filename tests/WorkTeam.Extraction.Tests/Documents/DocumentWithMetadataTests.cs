using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Extraction.Tests.Documents;

public sealed class DocumentWithMetadataTests
{
    [Fact]
    public void Metadata_known_from_elsewhere_replaces_what_was_read_and_dates_the_text()
    {
        var read = Document.FromText("工作队进村入户，走访农户。\n去年12月30日，工作队投入资金5万元。\n", "a.txt");
        var known = read.WithMetadata(new DocumentMetadata { Title = "走访", PublishedDate = new DateOnly(2020, 1, 3), PublishedTime = new TimeOnly(9, 5) });

        Assert.Equal((read.Name, read.Text, read.Paragraphs, read.Warnings), (known.Name, known.Text, known.Paragraphs, known.Warnings));
        Assert.Equal("走访", known.Metadata.Title);
        Assert.Equal("2020-01-03T09:05", known.Metadata.Published);
        Assert.Equal("2020-01-03T09:05:07", new DocumentMetadata { PublishedDate = new DateOnly(2020, 1, 3), PublishedTime = new TimeOnly(9, 5, 7) }.Published);
        var date = Assert.Single(ReportAnalyzer.Default.Extract(known), f => f.Kind == FactKinds.Date);
        Assert.Equal("2019-12-30", date.Date);
    }
}
