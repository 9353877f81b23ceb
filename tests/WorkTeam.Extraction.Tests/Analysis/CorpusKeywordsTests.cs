using WorkTeam.Extraction.Analysis;

namespace WorkTeam.Extraction.Tests.Analysis;

public class CorpusKeywordsTests
{
    private static string[] TwoSeeds()
    {
        var files = Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Take(2).ToArray();
        Assert.Equal(2, files.Length);
        return files.Select(File.ReadAllText).ToArray();
    }

    [Fact]
    public void One_text_gives_what_the_extractor_gives_for_that_text()
    {
        string text = TwoSeeds()[0];
        var tfidf = new CorpusKeywords(KeywordExtractor.Default, KeywordMethod.TfIdf);
        tfidf.Add(text);
        Assert.Equal(KeywordExtractor.Default.ExtractTfIdf(text, 15), tfidf.Top(15));
        var textRank = new CorpusKeywords(KeywordExtractor.Default, KeywordMethod.TextRank);
        textRank.Add(text);
        Assert.Equal(KeywordExtractor.Default.ExtractTextRank(text, 15), textRank.Top(15));
    }

    [Fact]
    public void Tf_idf_of_two_texts_is_that_of_the_two_as_one_text()
    {
        var texts = TwoSeeds();
        var corpus = new CorpusKeywords(KeywordExtractor.Default, KeywordMethod.TfIdf);
        corpus.Add(texts[0]);
        corpus.Add(texts[1]);
        var together = KeywordExtractor.Default.ExtractTfIdf(texts[0] + "\n" + texts[1], 0);
        Assert.Equal(together, corpus.Top(0));
    }

    [Theory]
    [InlineData(KeywordMethod.TfIdf)]
    [InlineData(KeywordMethod.TextRank)]
    public void Counts_made_apart_and_added_in_order_equal_counts_made_in_one(KeywordMethod method)
    {
        var texts = TwoSeeds();
        var one = new CorpusKeywords(KeywordExtractor.Default, method);
        one.Add(texts[0]);
        one.Add(texts[1]);
        var merged = new CorpusKeywords(KeywordExtractor.Default, method);
        foreach (var text in texts)
        {
            var own = new CorpusKeywords(KeywordExtractor.Default, method);
            own.Add(text);
            merged.Add(own);
        }
        var expected = one.Top(0);
        Assert.True(expected.Count > 50, $"{expected.Count} keywords");
        Assert.Equal(expected, merged.Top(0));
    }

    [Fact]
    public void Counts_of_another_method_are_refused()
    {
        var tfidf = new CorpusKeywords(KeywordExtractor.Default, KeywordMethod.TfIdf);
        var textRank = new CorpusKeywords(KeywordExtractor.Default, KeywordMethod.TextRank);
        var e = Assert.Throws<ArgumentException>(() => tfidf.Add(textRank));
        Assert.Equal("other", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CorpusKeywords(KeywordExtractor.Default, (KeywordMethod)7));
    }
}
