namespace WorkTeam.Topics;

/// <summary>
/// How a topic model is fitted. The defaults were chosen by measuring (README, Topics): topic purity on
/// SIGHAN documents of separate subjects, and time and memory on 10,000 generated reports.
/// </summary>
public sealed record TopicModelOptions
{
    /// <summary>The number of topics (default 10).</summary>
    public int Topics { get; init; } = 10;

    /// <summary>Gibbs sampling iterations of LightLDA (default 200).</summary>
    public int Iterations { get; init; } = 200;

    /// <summary>
    /// The random seed: the same seed, documents and order give the same model with one thread. (LightLDA's
    /// sampler has a fixed seed of its own; this one orders the documents it is given.)
    /// </summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// LightLDA's threads; 0 for one per core. The sampler splits the work by thread, so another thread
    /// count gives another model (measured on 100 reports: matched topics share 4 to 9 of their 10 best
    /// words with one thread's); repeatability is promised for one thread (README, Topics). Default 1.
    /// </summary>
    public int Threads { get; init; } = 1;

    /// <summary>Dirichlet prior on the topics of a document, summed over the topics (default 1 per topic: a document leans to few topics).</summary>
    public float? AlphaSum { get; init; }

    /// <summary>Dirichlet prior on the words of a topic (default 0.1: on short documents LightLDA's 0.01 lets a few frequent words found topics of their own).</summary>
    public float Beta { get; init; } = 0.1f;

    /// <summary>How many of each topic's best words the model keeps with their weights (default 30).</summary>
    public int TopWords { get; init; } = 30;

    /// <summary>A word is a term of the model when at least this many documents hold it (default 2; 1 below 20 documents).</summary>
    public int MinDocuments { get; init; } = 2;

    /// <summary>A word held by more than this share of the documents says nothing about any topic and is left out (default 0.5; only from 20 documents).</summary>
    public double MaxDocumentShare { get; init; } = 0.5;

    /// <summary>The most terms the model keeps, the most widely held first (default 20,000).</summary>
    public int MaxTerms { get; init; } = 20_000;

    /// <summary>The most term occurrences of a document the sampler reads (default 1,024).</summary>
    public int MaxTermsPerDocument { get; init; } = 1024;

    internal void Validate()
    {
        if (Topics < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(Topics), Topics, "A topic model needs at least 2 topics.");
        }
        if (Iterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Iterations), Iterations, "At least one iteration.");
        }
        if (Threads < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "Threads is 0 (one per core) or more.");
        }
        if (TopWords < 1 || MinDocuments < 1 || MaxTerms < 1 || MaxTermsPerDocument < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(TopWords), "TopWords, MinDocuments, MaxTerms and MaxTermsPerDocument are at least 1.");
        }
        if (MaxDocumentShare is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDocumentShare), MaxDocumentShare, "A share in (0, 1].");
        }
    }
}
