using System.Collections.Frozen;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;
using WorkTeam.Extraction.Documents;

namespace WorkTeam.Topics;

/// <summary>
/// A fitted topic model (LDA, Microsoft.ML's LightLDA) over the terms of <see cref="TopicTerms"/>: its
/// topics' best words and, for any document, its mix of topics. Immutable once fitted or loaded; scoring
/// is serialised (the native sampler is not re-entrant and its output is contained process-wide).
/// </summary>
public sealed class TopicModel
{
    private const string ManifestEntry = "workteam-topics.json";
    private const string LdaEntry = "lightlda.zip";
    private const int FormatVersion = 1;
    private const string CountsColumn = "Counts";
    private const string TopicsColumn = "Topics";

    private readonly MLContext _ml;
    private readonly ITransformer _lda;
    private readonly DataViewSchema _inputSchema;
    private readonly FrozenTermIndex _terms;
    private readonly Lock _scoring = new();

    private TopicModel(MLContext ml, ITransformer lda, DataViewSchema inputSchema, string[] vocabulary, IReadOnlyList<Topic> topics, TopicModelOptions options)
    {
        _ml = ml;
        _lda = lda;
        _inputSchema = inputSchema;
        _terms = new FrozenTermIndex(vocabulary);
        Topics = topics;
        Options = options;
    }

    /// <summary>The topics, by index.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The options the model was fitted with.</summary>
    public TopicModelOptions Options { get; }

    /// <summary>The terms the model knows, in its own order.</summary>
    public IReadOnlyList<string> Vocabulary => _terms.Words;

    /// <summary>Fits a model on documents (their bodies' terms, see <see cref="TopicTerms"/>).</summary>
    /// <param name="documents">The documents; their order is part of what makes a fit repeatable.</param>
    /// <param name="options">Topics, iterations, seed; null for the defaults.</param>
    public static TopicModel Fit(IEnumerable<Document> documents, TopicModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Fit(documents.Select(TopicTerms.Of).ToList(), options);
    }

    /// <summary>Fits a model on the terms of documents (from <see cref="TopicTerms.Of(Document)"/>, computed in parallel by the caller if it likes).</summary>
    /// <param name="documentTerms">Each document's terms, in input order.</param>
    /// <param name="options">Topics, iterations, seed; null for the defaults.</param>
    /// <exception cref="ArgumentException">No document has a term the model could keep.</exception>
    public static TopicModel Fit(IReadOnlyList<IReadOnlyList<string>> documentTerms, TopicModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documentTerms);
        options ??= new TopicModelOptions();
        options.Validate();
        var vocabulary = ChooseVocabulary(documentTerms, options);
        if (vocabulary.Length == 0)
        {
            throw new ArgumentException("No document has a term a topic model could use (too few documents or words).", nameof(documentTerms));
        }
        var terms = new FrozenTermIndex(vocabulary);
        var ml = new MLContext(options.Seed);
        var definition = Schema(vocabulary.Length);
        // LightLDA's native sampler starts from a fixed internal seed: the seed is made to matter by the
        // order the documents are given to it (a permutation of the input order, so still repeatable).
        var order = Enumerable.Range(0, documentTerms.Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        var data = ml.Data.LoadFromEnumerable(order.Select(i => terms.Counts(documentTerms[i])).ToList(), definition);
        var estimator = ml.Transforms.Text.LatentDirichletAllocation(
            TopicsColumn, CountsColumn, numberOfTopics: options.Topics,
            alphaSum: options.AlphaSum ?? options.Topics, beta: options.Beta,
            maximumNumberOfIterations: options.Iterations, numberOfThreads: options.Threads,
            maximumTokenCountPerDocument: options.MaxTermsPerDocument,
            numberOfSummaryTermsPerTopic: Math.Min(options.TopWords, vocabulary.Length),
            likelihoodInterval: options.Iterations + 1, resetRandomGenerator: true);
        var lda = NativeStdout.Contain(() => estimator.Fit(data));
        var topics = TopicsOf(lda.GetLdaDetails(0), vocabulary, options.Topics);
        return new TopicModel(ml, lda, data.Schema, vocabulary, topics, options);
    }

    /// <summary>The topic mix of a document: one weight per topic, summing to 1 (all 0 when none of its terms is known).</summary>
    /// <param name="document">Any document; its terms outside the model's vocabulary are ignored.</param>
    public float[] Infer(Document document) => Infer([TopicTerms.Of(document)])[0];

    /// <summary>The topic mixes of documents given by their terms, in order.</summary>
    /// <param name="documentTerms">Each document's terms (<see cref="TopicTerms.Of(Document)"/>).</param>
    public IReadOnlyList<float[]> Infer(IReadOnlyList<IReadOnlyList<string>> documentTerms)
    {
        ArgumentNullException.ThrowIfNull(documentTerms);
        var rows = documentTerms.Select(_terms.Counts).ToList();
        var data = _ml.Data.LoadFromEnumerable(rows, Schema(_terms.Words.Count));
        lock (_scoring)
        {
            return NativeStdout.Contain(() =>
            {
                var scored = _lda.Transform(data);
                var mixes = new List<float[]>(rows.Count);
                var column = scored.Schema[TopicsColumn];
                using var cursor = scored.GetRowCursor([column]);
                var getter = cursor.GetGetter<VBuffer<float>>(column);
                VBuffer<float> value = default;
                while (cursor.MoveNext())
                {
                    getter(ref value);
                    var mix = new float[Topics.Count];
                    value.CopyTo(mix);
                    mixes.Add(mix);
                }
                return mixes;
            });
        }
    }

    /// <summary>Saves the model (terms, topics, options and LightLDA's state) as one zip archive.</summary>
    /// <param name="stream">A writable stream.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var manifest = new Manifest(FormatVersion, Options, _terms.Words.ToArray(),
            Topics.Select(t => t.Words.ToArray()).ToArray(), Topics.Select(t => t.Weights.ToArray()).ToArray());
        using (var entry = archive.CreateEntry(ManifestEntry, CompressionLevel.Optimal).Open())
        {
            JsonSerializer.Serialize(entry, manifest);
        }
        using var buffer = new MemoryStream();
        _ml.Model.Save(_lda, _inputSchema, buffer);
        using var ldaEntry = archive.CreateEntry(LdaEntry, CompressionLevel.NoCompression).Open();
        buffer.Position = 0;
        buffer.CopyTo(ldaEntry);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <param name="stream">A readable stream.</param>
    /// <exception cref="InvalidDataException">The stream is not a saved topic model.</exception>
    public static TopicModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var manifestEntry = archive.GetEntry(ManifestEntry) ?? throw new InvalidDataException($"Not a WorkTeam topic model: no {ManifestEntry}.");
        Manifest manifest;
        using (var json = manifestEntry.Open())
        {
            manifest = JsonSerializer.Deserialize<Manifest>(json) ?? throw new InvalidDataException($"Not a WorkTeam topic model: empty {ManifestEntry}.");
        }
        if (manifest.Version != FormatVersion)
        {
            throw new InvalidDataException($"A topic model of format {manifest.Version}; this version reads {FormatVersion}.");
        }
        var ldaEntry = archive.GetEntry(LdaEntry) ?? throw new InvalidDataException($"Not a WorkTeam topic model: no {LdaEntry}.");
        using var buffer = new MemoryStream();
        using (var lda = ldaEntry.Open())
        {
            lda.CopyTo(buffer);
        }
        buffer.Position = 0;
        var ml = new MLContext(manifest.Options.Seed);
        // Loading rebuilds LightLDA's native engine, which prints too.
        DataViewSchema schema = null!;
        var transformer = NativeStdout.Contain(() => ml.Model.Load(buffer, out schema));
        if (manifest.Words.Length != manifest.Weights.Length || manifest.Words.Length != manifest.Options.Topics)
        {
            throw new InvalidDataException("A topic model whose topics do not match its options.");
        }
        var topics = manifest.Words.Select((words, i) => new Topic(i, words, manifest.Weights[i])).ToList();
        return new TopicModel(ml, transformer, schema, manifest.Vocabulary, topics, manifest.Options);
    }

    private static string[] ChooseVocabulary(IReadOnlyList<IReadOnlyList<string>> documentTerms, TopicModelOptions options)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var terms in documentTerms)
        {
            seen.Clear();
            foreach (var term in terms)
            {
                if (seen.Add(term))
                {
                    documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
                }
            }
        }
        int n = documentTerms.Count;
        // On a handful of documents every word is rare and many are shared: the cut-offs would leave nothing.
        int minDocuments = n < 20 ? 1 : options.MinDocuments;
        int maxDocuments = n < 20 ? n : (int)Math.Floor(options.MaxDocumentShare * n);
        return documentFrequency
            .Where(pair => pair.Value >= minDocuments && pair.Value <= maxDocuments)
            .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(options.MaxTerms)
            .Select(pair => pair.Key)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static List<Topic> TopicsOf(LatentDirichletAllocationTransformer.ModelParameters details, string[] vocabulary, int topicCount)
    {
        var topics = new List<Topic>(topicCount);
        for (int t = 0; t < topicCount; t++)
        {
            var scores = t < details.ItemScoresPerTopic.Count ? details.ItemScoresPerTopic[t] : [];
            var ranked = scores.OrderByDescending(s => s.Score).ThenBy(s => s.Item).ToList();
            topics.Add(new Topic(t, ranked.Select(s => vocabulary[s.Item]).ToArray(), ranked.Select(s => s.Score).ToArray()));
        }
        return topics;
    }

    private static SchemaDefinition Schema(int terms)
    {
        var definition = SchemaDefinition.Create(typeof(CountsRow));
        definition[CountsColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, terms);
        return definition;
    }

    private sealed record Manifest(int Version, TopicModelOptions Options, string[] Vocabulary, string[][] Words, float[][] Weights);
}

/// <summary>One document as LightLDA reads it: the count of each term, sparse.</summary>
internal sealed class CountsRow
{
    public VBuffer<float> Counts { get; set; }
}

/// <summary>The model's terms, ordinal order, and their positions.</summary>
internal sealed class FrozenTermIndex
{
    private readonly FrozenDictionary<string, int> _index;

    public FrozenTermIndex(string[] words)
    {
        Words = words;
        _index = words.Select((w, i) => KeyValuePair.Create(w, i)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Words { get; }

    public CountsRow Counts(IReadOnlyList<string> terms)
    {
        var counts = new SortedDictionary<int, float>();
        foreach (var term in terms)
        {
            if (_index.TryGetValue(term, out int i))
            {
                counts[i] = counts.GetValueOrDefault(i) + 1;
            }
        }
        return new CountsRow { Counts = new VBuffer<float>(Words.Count, counts.Count, counts.Values.ToArray(), counts.Keys.ToArray()) };
    }
}
