using WorkTeam.Extraction.Documents;

namespace WorkTeam.Topics.Tests;

public sealed class TopicModelTests
{
    // Two subjects that share no content word; sentences vary so documents differ.
    private static readonly string[] Banking =
    [
        "银行向企业发放贷款，贷款利率下调，金融市场资金充足。",
        "证券市场股票交易活跃，投资者关注货币政策和利率。",
        "商业银行扩大信贷规模，企业融资成本降低，资金流向实体经济。",
        "央行调整存款准备金率，货币供应量增加，银行贷款余额上升。",
    ];

    private static readonly string[] Schooling =
    [
        "学校组织学生参加课外活动，教师指导学生完成课程作业。",
        "小学新学期开学，校长带领老师检查教室和食堂。",
        "中学开设书法课程，学生在老师指导下练习毛笔字。",
        "教育部门培训乡村教师，提高课堂教学质量和学生成绩。",
    ];

    internal static List<Document> TwoSubjects(out List<int> subjects)
    {
        var documents = new List<Document>();
        subjects = [];
        for (int i = 0; i < 12; i++)
        {
            var lines = i % 2 == 0 ? Banking : Schooling;
            documents.Add(Document.FromText(string.Join('\n', lines.Skip(i / 2 % 4).Concat(lines.Take(i / 2 % 4)))));
            subjects.Add(i % 2);
        }
        return documents;
    }

    [Fact]
    public void Terms_are_the_content_words_of_the_simplified_view_without_stop_words()
    {
        Assert.Equal(["银行", "企业", "发放贷款", "贷款", "利率", "金融市场", "资金"], TopicTerms.Of("银行向企业发放贷款，贷款利率下调，金融市场资金充足。"));
        // Traditional text gives the same terms, in simplified characters.
        Assert.Equal(TopicTerms.Of("银行向企业发放贷款，贷款利率下调，金融市场资金充足。"), TopicTerms.Of("銀行向企業發放貸款，貸款利率下調，金融市場資金充足。"));
        // 表示, 没有, 这种, 工作 are on the reviewed stop list; 的, 了 never pass the parts of speech.
        Assert.Empty(TopicTerms.Of("他表示没有这种工作的了"));
    }

    [Fact]
    public void Stop_list_holds_jiebas_words_and_our_additions()
    {
        var stop = StopWords.Default;
        Assert.Equal(606, stop.Count);
        Assert.True(stop.Contains("我们") && stop.Contains("表示") && stop.Contains("没有") && stop.Contains("这种"));
        Assert.DoesNotContain("银行", (IEnumerable<string>)stop);
    }

    [Fact]
    public void Two_separate_subjects_get_a_topic_each()
    {
        var documents = TwoSubjects(out var subjects);
        var model = TopicModel.Fit(documents, new TopicModelOptions { Topics = 2 });
        var mixes = model.Infer(documents.Select(TopicTerms.Of).ToList());
        Assert.Equal(12, mixes.Count);
        var bankTopic = SighanSubjects.Dominant(mixes[0]);
        for (int i = 0; i < mixes.Count; i++)
        {
            Assert.Equal(2, mixes[i].Length);
            Assert.Equal(1.0, mixes[i].Sum(), 3);
            Assert.Equal(subjects[i] == 0 ? bankTopic : 1 - bankTopic, SighanSubjects.Dominant(mixes[i]));
        }
        Assert.Contains("利率", model.Topics[bankTopic].Words.Take(3));
        Assert.Contains("学生", model.Topics[1 - bankTopic].Words.Take(3));
        foreach (var topic in model.Topics)
        {
            Assert.Equal(topic.Words.Count, topic.Weights.Count);
            Assert.True(topic.Weights.Zip(topic.Weights.Skip(1)).All(p => p.First >= p.Second), "weights best first");
            Assert.InRange(topic.Weights.Sum(), 0.0f, 1.0001f);
            Assert.True(topic.Weights[0] > 0);
        }
    }

    [Fact]
    public void One_thread_and_one_seed_give_the_same_model_every_time()
    {
        var documents = TwoSubjects(out _);
        var terms = documents.Select(TopicTerms.Of).ToList();
        var first = TopicModel.Fit(terms, new TopicModelOptions { Topics = 3, Seed = 7 });
        var second = TopicModel.Fit(terms, new TopicModelOptions { Topics = 3, Seed = 7 });
        Assert.Equal(first.Topics.Select(t => string.Join(' ', t.Words)), second.Topics.Select(t => string.Join(' ', t.Words)));
        Assert.Equal(first.Topics.SelectMany(t => t.Weights), second.Topics.SelectMany(t => t.Weights));
        Assert.Equal(first.Infer(terms).SelectMany(m => m), second.Infer(terms).SelectMany(m => m));
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_topics_and_scores_new_documents_alike()
    {
        var documents = TwoSubjects(out _);
        var model = TopicModel.Fit(documents, new TopicModelOptions { Topics = 2, Seed = 3 });
        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        var loaded = TopicModel.Load(file);
        Assert.Equal(model.Options, loaded.Options);
        Assert.Equal(model.Vocabulary, loaded.Vocabulary);
        Assert.Equal(model.Topics.Select(t => string.Join(' ', t.Words)), loaded.Topics.Select(t => string.Join(' ', t.Words)));
        var unseen = Document.FromText("银行降低贷款利率，支持企业融资。");
        Assert.Equal(model.Infer(unseen), loaded.Infer(unseen));
        Assert.True(loaded.Infer(unseen)[SighanSubjects.Dominant(model.Infer(documents[0]))] > 0.5f);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        using var empty = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(empty, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("other.txt");
        }
        empty.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => TopicModel.Load(empty));
        Assert.Equal("Not a WorkTeam topic model: no workteam-topics.json.", e.Message);
    }
}
