using System.Collections.Frozen;
using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Links;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Recognition;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction;

/// <summary>
/// The library's one entry point for facts: every money, count, measure, percent, date, place,
/// organisation, person and work team of a text or a document (or the kinds its
/// <see cref="ReportAnalyzerBuilder"/> was given), as <see cref="Fact"/> records in document order
/// with UTF-16 offsets into the original text (traditional text included: the surface stays
/// traditional, names are simplified). Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var facts = ReportAnalyzer.Default.Extract(Document.Load("report.html"));
/// var some = ReportAnalyzer.Default.Extract("投入资金600余万元", new DateOnly(2021, 7, 13));
/// var money = new ReportAnalyzerBuilder().UseQuantities(FactKinds.Money).Build();
/// </code>
/// </example>
public sealed class ReportAnalyzer
{
    private static readonly Lazy<ReportAnalyzer> LazyDefault = new(
        () => new ReportAnalyzerBuilder().UseDefaults().Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The kinds the links of numbers read.</summary>
    private const FactKinds LinkReads = FactKinds.Place | FactKinds.Date | FactKinds.Organization | FactKinds.Team;

    private readonly IFactRecognizer[] _recognizers;
    // The library's own recognizers as such (else null), found once: not a type test per recognizer and text.
    private readonly IOrderedRecognizer?[] _ordered;
    // Read once: the loop over recognizers runs for every line of a corpus read line by line.
    private readonly FactKinds[] _kinds;
    private readonly FactKinds[] _reads;
    private readonly System.Buffers.SearchValues<char>?[] _opening;
    private readonly bool _anyReads;
    private readonly FrozenDictionary<FactKinds, string> _ownKindNames;
    private readonly FrozenDictionary<string, FactKinds> _ownKindsByName;
    // The places the builder was given (null: Gazetteer.Default): the links read which place holds which in it.
    private readonly Gazetteer? _gazetteer;

    internal ReportAnalyzer(IFactRecognizer[] recognizers, Gazetteer? gazetteer = null)
    {
        _recognizers = recognizers;
        _gazetteer = gazetteer;
        _ordered = [.. recognizers.Select(r => r as IOrderedRecognizer)];
        _kinds = [.. recognizers.Select(r => r.Kinds)];
        _reads = [.. recognizers.Select(r => r.ReadsKinds)];
        _opening = [.. recognizers.Select(r => r.OpeningCharacters)];
        _anyReads = _reads.Any(r => r != FactKinds.None);
        var names = new Dictionary<FactKinds, string>();
        foreach (var recognizer in recognizers)
        {
            Kinds |= recognizer.Kinds;
            foreach (var (kind, name) in recognizer.KindNames)
            {
                CheckOwnKind(kind, name, names);
                names[kind] = name;
            }
        }
        var unnamed = Kinds & ~FactKinds.All & ~names.Keys.Aggregate(FactKinds.None, (all, k) => all | k);
        if (unnamed != FactKinds.None)
        {
            throw new InvalidOperationException($"The kind {(int)unnamed:x} has no name: its recognizer must give one in KindNames.");
        }
        _ownKindNames = names.ToFrozenDictionary();
        _ownKindsByName = names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }

    /// <summary>The analyzer with every recognizer of the library and the embedded gazetteer, shared by all threads.</summary>
    public static ReportAnalyzer Default => LazyDefault.Value;

    /// <summary>Every kind this analyzer's recognizers produce.</summary>
    public FactKinds Kinds { get; }

    /// <summary>The output name (<c>kind</c> field) of one kind: the library's (<see cref="OutputNames.Name(FactKinds)"/>) or a recognizer's own.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not one kind this analyzer knows.</exception>
    public string KindName(FactKinds kind) =>
        _ownKindNames.TryGetValue(kind, out var own) ? own : kind.Name();

    /// <summary>The kind of an output name, the library's or a recognizer's own.</summary>
    /// <returns>Whether this analyzer knows <paramref name="name"/>.</returns>
    public bool TryParseKind(string name, out FactKinds kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        return OutputNames.TryParseKind(name, out kind) || _ownKindsByName.TryGetValue(name, out kind);
    }

    /// <summary>The facts of <paramref name="text"/>, in document order.</summary>
    /// <param name="text">Simplified or traditional text.</param>
    /// <param name="documentDate">The document's own date: it fixes 去年/今年 and year-less dates; without it they stay XXXX.</param>
    /// <param name="kinds">The kinds wanted; all by default.</param>
    public IReadOnlyList<Fact> Extract(string text, DateOnly? documentDate = null, FactKinds kinds = FactKinds.All)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Facts are read on the reading view (inline pinyin and lost characters cleaned), offsets mapped back.
        if (ReadingText.CreateIfChanged(text) is { IsUnchanged: false } reading)
        {
            return ToOriginal(Run(new TextAnalysis(reading.View, documentDate, doc: null), kinds, body: null), reading);
        }
        return Run(new TextAnalysis(text, documentDate, doc: null), kinds, body: null);
    }

    /// <summary>
    /// The facts of each of many texts (the lines of a corpus, one short report each), in the texts' order: for each
    /// text the same facts as <see cref="Extract(string, DateOnly?, FactKinds)"/> gives it, made faster. The texts are
    /// read a block at a time, each stage of the analysis (numbers, places, organisations, people, teams, links) over
    /// the whole block before the next, so a stage's tables and code stay in the processor's caches from one text to
    /// the next (a text read alone goes through every stage before the next text: measured 20–50% slower a stage on
    /// corpora of short lines). Lazy: a block is read when the enumeration reaches it, so a text's facts come once its
    /// block is read (up to 256 texts or 32K characters: an interactive caller wanting each line's facts at once calls
    /// <see cref="Extract(string, DateOnly?, FactKinds)"/>). A null text, or an exception from the sequence, is thrown
    /// once the facts of every text before it have been yielded.
    /// </summary>
    /// <param name="texts">Simplified or traditional texts; none may be null.</param>
    /// <param name="documentDate">The date of every text (as in <see cref="Extract(string, DateOnly?, FactKinds)"/>).</param>
    /// <param name="kinds">The kinds wanted; all by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its texts is null.</exception>
    public IEnumerable<IReadOnlyList<Fact>> ExtractEach(IEnumerable<string> texts, DateOnly? documentDate = null, FactKinds kinds = FactKinds.All)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return ExtractBlocks(texts, documentDate, kinds);
    }

    /// <summary>
    /// The facts of each of many documents, in the documents' order: for each document the same facts as
    /// <see cref="Extract(Document, DateOnly?, FactKinds)"/> gives it, made faster on many short documents (the lines of
    /// a JSON Lines shard, a folder of short reports). As <see cref="ExtractEach(IEnumerable{string}, DateOnly?, FactKinds)"/>
    /// does for texts, the documents are read a block at a time (up to 256 documents or 32K characters), each stage of the
    /// analysis over the whole block before the next; lazy, a document's facts come once its block is read. A null
    /// document, or an exception from the sequence, is thrown once the facts of every document before it have been
    /// yielded. An exception of the analysis itself (a user's recognizer that throws on one document) ends the
    /// enumeration at its block: the facts of that block's documents are not yielded, so a caller that must keep every
    /// other document's facts reads that block's documents again one at a time with
    /// <see cref="Extract(Document, DateOnly?, FactKinds)"/> (as <c>workteam extract</c> does).
    /// </summary>
    /// <param name="documents">Documents from <see cref="Document.Load(string, DocumentLoadOptions?)"/> and the like; none may be null.</param>
    /// <param name="documentDate">The date of every document, in place of each one's publish date (as in <see cref="Extract(Document, DateOnly?, FactKinds)"/>); null to use each document's own.</param>
    /// <param name="kinds">The kinds wanted; all by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its documents is null.</exception>
    public IEnumerable<IReadOnlyList<Fact>> ExtractEach(IEnumerable<Document> documents, DateOnly? documentDate = null, FactKinds kinds = FactKinds.All)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return ExtractBlocks<Document, List<(int Start, int End)>>(
            documents, nameof(documents), "A document of the sequence is null.", kinds,
            document => Begin(document, documentDate, kinds),
            (document, analysis, head, run) => End(document, analysis, head, kinds, run));
    }

    /// <summary>The most texts of one block, and the most characters: a block of long reports is a few of them (their state stays small).</summary>
    private const int BlockTexts = 256;

    private const int BlockChars = 32 * 1024;

    private IEnumerable<IReadOnlyList<Fact>> ExtractBlocks(IEnumerable<string> texts, DateOnly? documentDate, FactKinds kinds) =>
        ExtractBlocks<string, ConvertedText?>(
            texts, nameof(texts), "A text of the sequence is null.", kinds,
            text =>
            {
                // Facts are read on the reading view (inline pinyin and lost characters cleaned), offsets mapped back.
                var reading = ReadingText.CreateIfChanged(text) is { IsUnchanged: false } changed ? changed : null;
                return (new TextAnalysis(reading?.View ?? text, documentDate, doc: null), reading);
            },
            (_, analysis, reading, run) =>
            {
                var facts = Finish(analysis, kinds, run, body: null);
                return reading is { } changed ? ToOriginal(facts, changed) : facts;
            });

    /// <summary>
    /// The block loop of both <c>ExtractEach</c>: <paramref name="begin"/> makes each item's analysis (and what
    /// <paramref name="end"/> needs of it), the recognizers run stage-major over the block, then <paramref name="end"/>
    /// gives each item's facts in turn.
    /// </summary>
    private IEnumerable<IReadOnlyList<Fact>> ExtractBlocks<T, TState>(
        IEnumerable<T> items, string name, string nullMessage, FactKinds kinds,
        Func<T, (TextAnalysis Analysis, TState State)> begin, Func<T, TextAnalysis, TState, FactKinds, IReadOnlyList<Fact>> end)
        where T : class
    {
        var run = RunKinds(kinds);
        var block = new T[BlockTexts];
        var analyses = new TextAnalysis[BlockTexts];
        var states = new TState[BlockTexts];
        var results = new IReadOnlyList<Fact>[BlockTexts];
        using var each = items.GetEnumerator();
        var more = true;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failed = null;
        while (more)
        {
            var n = 0;
            for (var chars = 0; n < BlockTexts && chars < BlockChars; n++)
            {
                // A null item or a source that fails (a file's lines, a network stream) ends the block there: the items
                // before it are given their facts first, as a loop of Extract would have, and then the error is thrown.
                T? item;
                try
                {
                    if (!(more = each.MoveNext()))
                    {
                        break;
                    }
                    item = each.Current;
                }
#pragma warning disable CA1031 // Not swallowed: thrown again once the items read before it have their facts.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failed = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                    more = false;
                    break;
                }
                if (item is null)
                {
                    failed = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(
                        new ArgumentNullException(name, nullMessage));
                    more = false;
                    break;
                }
                block[n] = item;
                (analyses[n], states[n]) = begin(item);
                chars += analyses[n].Text.Length;
            }
            if (n == 0)
            {
                break;
            }
            Recognize(analyses.AsSpan(0, n), run, results);
            for (var i = 0; i < n; i++)
            {
                yield return end(block[i], analyses[i], states[i], run);
                block[i] = null!;
                analyses[i] = null!;
                states[i] = default!;
            }
        }
        failed?.Throw();
    }

    /// <summary>
    /// The facts of a document's body and header lines (<see cref="Document.Paragraphs"/> and
    /// <see cref="Document.Header"/>: the headline, the dateline and source lines): page furniture
    /// (navigation, share bars) is skipped and its offsets kept, so every fact points into
    /// <see cref="Document.Text"/>; the people a byline credits (its authors and editors) are person facts
    /// where the byline names them. The document's
    /// publish date resolves relative dates unless <paramref name="documentDate"/> is given.
    /// </summary>
    public IReadOnlyList<Fact> Extract(Document document, DateOnly? documentDate = null, FactKinds kinds = FactKinds.All)
    {
        ArgumentNullException.ThrowIfNull(document);
        var run = RunKinds(kinds);
        var (analysis, head) = Begin(document, documentDate, kinds);
        IReadOnlyList<Fact> facts = [];
        Recognize(new ReadOnlySpan<TextAnalysis>(ref analysis), run, new Span<IReadOnlyList<Fact>>(ref facts));
        return End(document, analysis, head, kinds, run);
    }

    /// <summary>A document's analysis (on its reading view: facts are read on clean text, offsets mapped back) and its header places' ranges.</summary>
    private static (TextAnalysis Analysis, List<(int Start, int End)> Head) Begin(Document document, DateOnly? documentDate, FactKinds kinds)
    {
        var date = documentDate ?? document.Metadata.PublishedDate;
        var reading = document.Reading;
        // Places and work teams of the lines beyond those (a byline, the headline repeated above a caption) are read
        // too (Places/HeaderPlaces), outside the links.
        var head = (kinds & HeadKinds) != 0 ? HeaderPlaces.Ranges(reading, document.FactRanges, document.Metadata) : [];
        return (new TextAnalysis(reading.IsUnchanged ? document.Text : reading.View, date, document.Name), head);
    }

    /// <summary>A document's facts once the recognizers have run on its analysis: in its body and header, offsets in its text, the byline's credits added.</summary>
    private IReadOnlyList<Fact> End(Document document, TextAnalysis analysis, List<(int Start, int End)> head, FactKinds kinds, FactKinds run)
    {
        var reading = document.Reading;
        IReadOnlyList<Fact> facts = reading.IsUnchanged
            ? Finish(analysis, kinds, run, document.FactRanges, head)
            : [.. ToOriginal(Finish(analysis, kinds, run, body: null), reading)
                .Where(f => SortedRanges.Contain(document.FactRanges, f.Start, f.End) || ((f.Kind & HeadKinds) != 0 && SortedRanges.Contain(head, f.Start, f.End)))];
        // The byline is no body, but the people it credits are people of the text (Entities/CreditedPeople),
        // and the source it names an organisation (Entities/CreditedSources).
        facts = (kinds & Kinds & FactKinds.Organization) != 0 ? CreditedSources.AddTo(facts, document) : facts;
        return (kinds & Kinds & FactKinds.Person) != 0 ? CreditedPeople.AddTo(facts, document) : facts;
    }

    private List<Fact> Run(TextAnalysis analysis, FactKinds kinds, IReadOnlyList<(int Start, int End)>? body, List<(int Start, int End)>? head = null)
    {
        var run = RunKinds(kinds);
        IReadOnlyList<Fact> facts = [];
        Recognize(new ReadOnlySpan<TextAnalysis>(ref analysis), run, new Span<IReadOnlyList<Fact>>(ref facts));
        return Finish(analysis, kinds, run, body, head);
    }

    /// <summary>The kinds to run for <paramref name="kinds"/>.</summary>
    private FactKinds RunKinds(FactKinds kinds)
    {
        // A recognizer asked for brings the ones whose facts it reads, whose own facts then stay out;
        // numbers bring what their links read (places, dates, organisations, teams).
        var run = (kinds & FactKinds.Numbers) != 0 ? kinds | (Kinds & LinkReads) : kinds;
        for (var added = _anyReads; added;)
        {
            added = false;
            for (var r = 0; r < _recognizers.Length; r++)
            {
                if ((_kinds[r] & run) != 0 && (_reads[r] & ~run) != 0)
                {
                    run |= _reads[r];
                    added = true;
                }
            }
        }
        return run;
    }

    /// <summary>
    /// Every recognizer over the texts, each over all of them before the next (a stage's tables stay hot from one text
    /// to the next); <paramref name="scratch"/> holds one recognizer's facts of each text until they are claimed.
    /// </summary>
    private void Recognize(ReadOnlySpan<TextAnalysis> analyses, FactKinds run, Span<IReadOnlyList<Fact>> scratch)
    {
        for (var r = 0; r < _recognizers.Length; r++)
        {
            var wanted = _kinds[r] & run;
            if (wanted == FactKinds.None)
            {
                continue;
            }
            if (_ordered[r] is { } ordered)
            {
                // The library's own jump from one opening character to the next themselves: a check first would read the text twice.
                var facts = scratch[..analyses.Length];
                ordered.RecognizeOrdered(analyses, wanted, facts);
                for (var i = 0; i < analyses.Length; i++)
                {
                    analyses[i].Claim(facts[i], fresh: true);
                    facts[i] = null!;
                }
                continue;
            }
            var opening = _opening[r];
            foreach (var analysis in analyses)
            {
                if (opening is null || analysis.Text.AsSpan().ContainsAny(opening))
                {
                    analysis.Claim(Collect(_recognizers[r], analysis, wanted), fresh: true);
                }
            }
        }
    }

    /// <summary>The claimed facts of one text, in the body, linked, of the kinds asked for.</summary>
    private List<Fact> Finish(TextAnalysis analysis, FactKinds kinds, FactKinds run, IReadOnlyList<(int Start, int End)>? body, List<(int Start, int End)>? head = null)
    {
        var claimed = analysis.AllClaimed;
        List<Fact>? headFacts = null;
        if (body is not null)
        {
            if (head is { Count: > 0 })
            {
                headFacts = HeadFacts(claimed, body, head);
            }
            claimed = InBody(claimed, body);
        }
        // The links of every number (place, period, actor, subject), read from the facts of the body.
        claimed = FactLinker.Link(analysis.Text, claimed, _gazetteer);
        if (headFacts is { Count: > 0 })
        {
            claimed = MergeInOrder(claimed, headFacts);
        }
        return run == kinds ? claimed : OfKinds(claimed, kinds);
    }

    // The filters of Run as methods of their own: a lambda in Run over its parameters made Run allocate their closure
    // at every call, a text's body given or not (one object a line read alone).
    private static List<Fact> HeadFacts(List<Fact> claimed, IReadOnlyList<(int Start, int End)> body, List<(int Start, int End)> head) =>
        claimed.FindAll(f => (f.Kind & HeadKinds) != 0 && !SortedRanges.Contain(body, f.Start, f.End) && SortedRanges.Contain(head, f.Start, f.End));

    /// <summary>
    /// The kinds read in the page head beyond its body (Places/HeaderPlaces): places, and work teams, which a headline
    /// repeated above each caption names again (中山火炬开发区驻冷坑镇团结村工作队…, printed three times).
    /// </summary>
    private const FactKinds HeadKinds = FactKinds.Place | FactKinds.Team;

    private static List<Fact> InBody(List<Fact> claimed, IReadOnlyList<(int Start, int End)> body) =>
        claimed.FindAll(f => SortedRanges.Contain(body, f.Start, f.End));

    private static List<Fact> OfKinds(List<Fact> claimed, FactKinds kinds) => claimed.FindAll(f => (f.Kind & kinds) != 0);

    /// <summary>A user's recognizer's facts in document order (by start, then end; a stable sort keeps its own order among equals).</summary>
    private static List<Fact> Collect(IFactRecognizer recognizer, TextAnalysis analysis, FactKinds wanted)
    {
        var facts = new List<Fact>();
        recognizer.Recognize(analysis, wanted, facts);
        foreach (var fact in facts)
        {
            if (fact.Start < 0 || fact.End > analysis.Text.Length || fact.Start > fact.End)
            {
                throw new InvalidOperationException($"{recognizer.GetType().Name} gave the span [{fact.Start}, {fact.End}), outside the text of {analysis.Text.Length} characters.");
            }
        }
        return [.. facts.Select((f, i) => (f, i)).Where(p => (p.f.Kind & wanted) != 0).OrderBy(p => (p.f.Start, p.f.End, p.i)).Select(p => p.f)];
    }

    private static void CheckOwnKind(FactKinds kind, string name, Dictionary<FactKinds, string> names)
    {
        if (kind < FactKinds.FirstCustom || !int.IsPow2((int)kind))
        {
            throw new InvalidOperationException($"A recognizer's own kind must be one bit from FactKinds.FirstCustom up, not {(int)kind:x} ('{name}').");
        }
        if (string.IsNullOrEmpty(name) || OutputNames.TryParseKind(name, out _) || (names.TryGetValue(kind, out var other) && other != name) || names.Any(p => p.Value == name && p.Key != kind))
        {
            throw new InvalidOperationException($"The kind name '{name}' is empty or already taken.");
        }
    }

    /// <summary>Two lists in document order as one (start, then end; <paramref name="first"/>'s fact first among equals).</summary>
    private static List<Fact> MergeInOrder(List<Fact> first, List<Fact> second)
    {
        var merged = new List<Fact>(first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count || j < second.Count)
        {
            bool takeSecond = i == first.Count
                || (j < second.Count && (second[j].Start < first[i].Start || (second[j].Start == first[i].Start && second[j].End < first[i].End)));
            merged.Add(takeSecond ? second[j++] : first[i++]);
        }
        return merged;
    }


    /// <summary>
    /// Facts found on <paramref name="reading"/>'s view, with offsets and surfaces in its original:
    /// an annotation right after a fact's last character belongs to the fact's surface.
    /// </summary>
    private static IReadOnlyList<Fact> ToOriginal(List<Fact> facts, ConvertedText reading)
    {
        if (reading.IsUnchanged || facts.Count == 0)
        {
            return facts;
        }
        var mapped = new Fact[facts.Count];
        for (int i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            var (start, end) = reading.ToOriginalSpan(fact.Start, fact.End);
            mapped[i] = fact with { Start = start, End = end, Text = reading.Original[start..end] };
        }
        return mapped;
    }
}
