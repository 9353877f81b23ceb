namespace WorkTeam.Extraction.Segmentation;

/// <summary>
/// The embedded dictionary and HMMs, each loaded once on first use and shared by every segmenter
/// (a user dictionary only adds an overlay). Loading is reading precompiled arrays.
/// </summary>
internal sealed class SegmenterResources
{
    private static readonly Lazy<SegmenterResources> LazyDefault = new(() => new SegmenterResources(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<JiebaDictionary> _dictionary = new(JiebaDictionary.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<FinalsegModel> _finalseg = new(FinalsegModel.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<PossegModel> _posseg = new(PossegModel.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<Lexicon> _lexicon;

    private SegmenterResources()
    {
        _lexicon = new Lazy<Lexicon>(() => new Lexicon(Dictionary, null, Dictionary.Total, null), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static SegmenterResources Default => LazyDefault.Value;

    public JiebaDictionary Dictionary => _dictionary.Value;

    public FinalsegModel Finalseg => _finalseg.Value;

    /// <summary>The POS model, loaded only when tags are first asked for.</summary>
    public PossegModel Posseg => _posseg.Value;

    /// <summary>The embedded dictionary with no user words.</summary>
    public Lexicon Lexicon => _lexicon.Value;
}
