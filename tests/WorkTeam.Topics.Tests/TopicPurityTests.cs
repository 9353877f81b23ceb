using Xunit.Abstractions;

namespace WorkTeam.Topics.Tests;

public sealed class TopicPurityTests(ITestOutputHelper output)
{
    [CorpusFact("sighan2005")]
    public void Documents_of_one_subject_share_a_dominant_topic_in_both_scripts()
    {
        var documents = SighanSubjects.Documents();
        Assert.Equal(185, documents.Count);
        Assert.Equal(["army", "finance", "rural", "schools"], documents.Select(d => d.Subject).Distinct().Order());
        var terms = documents.Select(d => TopicTerms.Of(d.Document)).ToList();
        var model = TopicModel.Fit(terms, new TopicModelOptions { Topics = SighanSubjects.Subjects.Length });
        var mixes = model.Infer(terms);
        double purity = SighanSubjects.Purity(documents.Select(d => d.Subject).ToList(), mixes);
        foreach (var topic in model.Topics)
        {
            output.WriteLine($"topic {topic.Index}: {string.Join(' ', topic.Words.Take(10))}");
        }
        output.WriteLine($"purity {purity:F3}");
        Assert.True(purity >= 0.8, $"purity {purity:F3} < 0.8");
    }
}
