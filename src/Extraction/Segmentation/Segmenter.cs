using System.Runtime.CompilerServices;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Segmentation;

/// <summary>
/// The Jieba segmenter: a prefix dictionary walked as a double-array trie, the DAG of dictionary
/// words, the maximum-probability route, and HMM Viterbi for runs of characters the dictionary does
/// not join. Produces, token for token, what Python jieba 0.42.1 produces (jieba.cut, cut_all,
/// cut_for_search, posseg.cut). Immutable and thread-safe: one instance serves every thread.
/// </summary>
/// <remarks>
/// The hot loops carry no <see cref="MethodImplOptions.AggressiveOptimization"/>: a method with it is left
/// out of the package's ReadyToRun image and JIT-compiled at its first call, which was most of the
/// first segmented line's time. Without it the precompiled code runs from the first call and tiered
/// compilation recompiles the hot loops in the background. The exceptions are the route's inner
/// walk (<see cref="JiebaDictionary.Route"/>), the loop most of the time goes to, and the two per-line
/// methods around it on jieba.cut's path (CutDag and FinalsegViterbi): each small enough to compile
/// in about a millisecond, and each run instrumented by tiering for much of a short run. The rest of the
/// per-line path of <see cref="Cut"/> and <see cref="TryCut"/> is compiled the same way (Segment,
/// CutSkipped, FlushBuffer with the dictionary look-up it inlines, FinalsegCut, SplitSkip, the token
/// list's Create and Narrow, the script detector's count): in a user's app each of these ran as
/// ReadyToRun code, then instrumented, then was compiled a second time in the background, about twenty
/// compilations during a short run; now they are ten, made on the calling thread at the first lines
/// (the first line's cost: about 25 ms more at a load of 40 on two cores).
/// The public entry points are never inlined into a caller: a user's loop over lines is compiled by
/// the app's JIT (on-stack replacement, on the calling thread), which inlined all of Cut's
/// per-line path into it (the script check, the converter's fast path, the token list): a 6 KB
/// method compiled in the middle of the first lines instead of a call.
/// </remarks>
public sealed class Segmenter
{
    private static readonly Lazy<Segmenter> LazyDefault = new(
        () => new Segmenter(SegmenterResources.Default.Lexicon), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lexicon _lexicon;
    private readonly JiebaDictionary _dict;

    internal Segmenter(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _dict = lexicon.Dictionary;
    }

    /// <summary>The segmenter with the embedded dictionary, loaded on first use and shared by all threads.</summary>
    public static Segmenter Default => LazyDefault.Value;

    internal Lexicon Lexicon => _lexicon;

    /// <summary>Cuts <paramref name="text"/> into tokens with their offsets.</summary>
    /// <param name="text">The text, simplified or traditional Chinese.</param>
    /// <param name="mode">Precise (default), full or search mode.</param>
    /// <param name="hmm">Use the HMM to join characters the dictionary does not (jieba's default, on).</param>
    /// <returns>The tokens in order: a read-only list of about two bytes a token, whose <see cref="Token"/>
    /// values (and their <see cref="Token.Text"/>, the same string for a short word read again) are
    /// made as they are read.</returns>
    /// <remarks>Traditional (or mixed) text is segmented on its simplified view (OpenCC t2s); the tokens
    /// are reported in the original characters at their original offsets.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)] // see the class remarks
    public IReadOnlyList<Token> Cut(string text, SegmentationMode mode = SegmentationMode.Precise, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = Scratch.ForThread;
        var spans = scratch.Spans;
        spans.Clear();
        SegmentAnyScript(text, mode, hmm, tags: false, spans);
        var tokens = TokenList.Create(text, spans, tags: false);
        scratch.ReleaseLargeSpans();
        return tokens;
    }

    /// <summary>
    /// Cuts <paramref name="text"/> as <see cref="Cut"/> does, writing each token as a range of
    /// <paramref name="text"/> into <paramref name="destination"/> instead of creating strings: for
    /// simplified text nothing is allocated (traditional or mixed text is segmented on its simplified
    /// view, which is built for the call).
    /// </summary>
    /// <param name="text">The text, simplified or traditional Chinese.</param>
    /// <param name="destination">Where the tokens go, in order. Every token has at least one character,
    /// so in precise mode a buffer as long as <paramref name="text"/> always suffices; full and search
    /// modes add overlapping words and can need more.</param>
    /// <param name="tokenCount">How many tokens were written; when the buffer is too short, how many it needs.</param>
    /// <param name="mode">Precise (default), full or search mode.</param>
    /// <param name="hmm">Use the HMM to join characters the dictionary does not (jieba's default, on).</param>
    /// <returns>False, with nothing written, when <paramref name="destination"/> is shorter than <paramref name="tokenCount"/>.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)] // see the class remarks
    public bool TryCut(ReadOnlySpan<char> text, Span<TokenRange> destination, out int tokenCount,
        SegmentationMode mode = SegmentationMode.Precise, bool hmm = true)
    {
        var spans = Scratch.ForThread.Spans;
        spans.Clear();
        if (ScriptDetector.Detect(text) is Script.Simplified)
        {
            Segment(text, mode, hmm, spans);
        }
        else
        {
            SegmentAnyScript(text.ToString(), mode, hmm, tags: false, spans);
        }
        tokenCount = spans.Count;
        bool fits = spans.Count <= destination.Length;
        for (int i = 0; fits && i < spans.Count; i++)
        {
            destination[i] = new TokenRange(spans[i].Start, spans[i].Length);
        }
        Scratch.ForThread.ReleaseLargeSpans();
        return fits;
    }

    /// <summary>
    /// Cuts <paramref name="text"/> as <see cref="CutWithTags"/> does, writing each token as a range of
    /// <paramref name="text"/> with its tag into <paramref name="destination"/> instead of creating token strings.
    /// </summary>
    /// <param name="text">The text, simplified or traditional Chinese.</param>
    /// <param name="destination">Where the tokens go, in order; a buffer as long as <paramref name="text"/> always suffices.</param>
    /// <param name="tokenCount">How many tokens were written; when the buffer is too short, how many it needs.</param>
    /// <param name="hmm">Use the HMM to join characters the dictionary does not (jieba's default, on).</param>
    /// <returns>False, with nothing written, when <paramref name="destination"/> is shorter than <paramref name="tokenCount"/>.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)] // see the class remarks
    public bool TryCutWithTags(string text, Span<TaggedRange> destination, out int tokenCount, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = Scratch.ForThread;
        var spans = scratch.Spans;
        spans.Clear();
        SegmentAnyScript(text, SegmentationMode.Precise, hmm, tags: true, spans);
        tokenCount = spans.Count;
        bool fits = spans.Count <= destination.Length;
        for (int i = 0; fits && i < spans.Count; i++)
        {
            destination[i] = new TaggedRange(spans[i].Start, spans[i].Length, spans[i].Tag!);
        }
        scratch.ReleaseLargeSpans();
        return fits;
    }

    /// <summary>Cuts <paramref name="text"/> in precise mode and tags each token with its POS (jieba.posseg).</summary>
    /// <remarks>Traditional text is handled as in <see cref="Cut"/>.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)] // see the class remarks
    public IReadOnlyList<Token> CutWithTags(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = Scratch.ForThread;
        var spans = scratch.Spans;
        spans.Clear();
        SegmentAnyScript(text, SegmentationMode.Precise, hmm, tags: true, spans);
        var tokens = TokenList.Create(text, spans, tags: true);
        scratch.ReleaseLargeSpans();
        return tokens;
    }

    /// <summary>
    /// Segments <paramref name="text"/> in either script: text the detector does not find simplified
    /// (traditional, mixed, or with no telling character, where OpenCC's phrases may still apply) is
    /// segmented on its simplified view and the spans mapped back; simplified text as it is, so the
    /// output stays jieba's. Appends spans into <paramref name="text"/> to <paramref name="output"/>.
    /// </summary>
    internal void SegmentAnyScript(string text, SegmentationMode mode, bool hmm, bool tags, SpanBuffer output)
    {
        if (ScriptDetector.Detect(text) is not Script.Simplified)
        {
            var converted = ScriptConverter.Default.ToSimplifiedView(text);
            if (!converted.IsUnchanged)
            {
                int first = output.Count;
                SegmentSameScript(converted.View, mode, hmm, tags, output);
                if (!converted.IsOffsetIdentity)
                {
                    for (int i = first; i < output.Count; i++)
                    {
                        var (start, end) = converted.ToOriginalSpan(output[i].Start, output[i].End);
                        output[i] = output[i] with { Start = start, Length = end - start };
                    }
                }
                return;
            }
        }
        SegmentSameScript(text, mode, hmm, tags, output);
    }

    private void SegmentSameScript(ReadOnlySpan<char> text, SegmentationMode mode, bool hmm, bool tags, SpanBuffer output)
    {
        if (tags)
        {
            SegmentWithTags(text, hmm, output);
        }
        else
        {
            Segment(text, mode, hmm, output);
        }
    }

    /// <summary>Segments <paramref name="text"/> into <paramref name="output"/> (appends); offsets are into <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)] // see the class remarks
    internal void Segment(ReadOnlySpan<char> text, SegmentationMode mode, bool hmm, SpanBuffer output)
    {
        if (mode == SegmentationMode.Search)
        {
            int first = output.Count;
            Segment(text, SegmentationMode.Precise, hmm, output);
            ExpandForSearch(text, output, first);
            return;
        }
        bool full = mode == SegmentationMode.Full;
        var scratch = Scratch.ForThread;
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            i = CharClass.RunEnd(text, start, CharClass.HanDefault);
            if (CharClass.Is(text[start], CharClass.HanDefault))
            {
                var block = text[start..i];
                if (full)
                {
                    CutAll(block, start, output);
                }
                else if (hmm)
                {
                    CutDag(block, start, scratch, tags: false, output);
                }
                else
                {
                    CutDagNoHmm(block, start, scratch, tags: false, output);
                }
            }
            else
            {
                CutSkipped(text, start, i, full, output);
            }
        }
    }

    /// <summary><see cref="Segment(ReadOnlySpan{char}, SegmentationMode, bool, SpanBuffer)"/> appending to a list (keyword extraction, benchmarks).</summary>
    internal void Segment(ReadOnlySpan<char> text, SegmentationMode mode, bool hmm, List<TokenSpan> output)
    {
        var spans = Scratch.ForThread.Spans;
        spans.Clear();
        Segment(text, mode, hmm, spans);
        output.AddRange(spans.AsSpan());
        Scratch.ForThread.ReleaseLargeSpans();
    }

    /// <summary><see cref="SegmentWithTags(ReadOnlySpan{char}, bool, SpanBuffer)"/> appending to a list (keyword extraction, benchmarks).</summary>
    internal void SegmentWithTags(ReadOnlySpan<char> text, bool hmm, List<TokenSpan> output)
    {
        var spans = Scratch.ForThread.Spans;
        spans.Clear();
        SegmentWithTags(text, hmm, spans);
        output.AddRange(spans.AsSpan());
        Scratch.ForThread.ReleaseLargeSpans();
    }

    /// <summary>Precise mode with POS tags (posseg), appending to <paramref name="output"/>.</summary>
    internal void SegmentWithTags(ReadOnlySpan<char> text, bool hmm, SpanBuffer output)
    {
        var scratch = Scratch.ForThread;
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            i = CharClass.RunEnd(text, start, CharClass.HanInternal);
            if (CharClass.Is(text[start], CharClass.HanInternal))
            {
                if (hmm)
                {
                    CutDag(text[start..i], start, scratch, tags: true, output);
                }
                else
                {
                    CutDagNoHmm(text[start..i], start, scratch, tags: true, output);
                }
            }
            else
            {
                PosCutSkipped(text, start, i, output);
            }
        }
    }

    // ---- the route -------------------------------------------------------------------------

    /// <summary>
    /// jieba's calc: for each position from the end, the best (log-probability, end) over the DAG's
    /// words starting there; ties go to the larger end, as Python's tuple max does. The DAG is walked
    /// in the trie on the fly instead of being stored.
    /// </summary>
    private void CalcRoute(ReadOnlySpan<char> s, Span<double> prob, Span<int> end)
    {
        if (_lexicon.User is { } user)
        {
            CalcRouteWithUser(s, prob, end, user);
        }
        else
        {
            _dict.Route(s, prob, end, _lexicon.LogTotal);
        }
    }

    /// <summary><see cref="CalcRoute"/> with a user lexicon: a user word's frequency overrides the dictionary's.</summary>
    private void CalcRouteWithUser(ReadOnlySpan<char> s, Span<double> prob, Span<int> end, UserLexicon user)
    {
        int n = s.Length;
        double logTotal = _lexicon.LogTotal;
        prob[n] = 0;
        end[n] = 0;
        for (int idx = n - 1; idx >= 0; idx--)
        {
            double best = 0;
            int bestEnd = -1;
            int node = JiebaDictionary.Root, unode = UserLexicon.Root;
            for (int i = idx; i < n; i++)
            {
                node = node >= 0 ? _dict.Next(node, s[i]) : -1;
                unode = unode >= 0 ? user.Next(unode, s[i]) : -1;
                if (node < 0 && unode < 0)
                {
                    break;
                }
                int f;
                double logF;
                if (unode >= 0 && user.Frequency(unode) >= 0)
                {
                    f = user.Frequency(unode);
                    logF = user.LogFrequency(unode);
                }
                else if (node >= 0)
                {
                    f = _dict.Frequency(node);
                    logF = _dict.Score(node);
                }
                else
                {
                    continue;
                }
                if (f > 0)
                {
                    double p = logF - logTotal + prob[i + 1];
                    if (bestEnd < 0 || p >= best)
                    {
                        best = p;
                        bestEnd = i;
                    }
                }
            }
            if (bestEnd < 0)
            {
                // No word starts here: the DAG holds the character alone, scored as frequency 1.
                best = 0 - logTotal + prob[idx + 1];
                bestEnd = idx;
            }
            prob[idx] = best;
            end[idx] = bestEnd;
        }
    }

    /// <summary>The ends (inclusive) of the dictionary words starting at <paramref name="k"/>: jieba's DAG[k].</summary>
    private void DagAt(ReadOnlySpan<char> s, int k, List<int> ends)
    {
        ends.Clear();
        var user = _lexicon.User;
        int node = JiebaDictionary.Root, unode = user is null ? -1 : UserLexicon.Root;
        for (int i = k; i < s.Length; i++)
        {
            node = node >= 0 ? _dict.Next(node, s[i]) : -1;
            unode = unode >= 0 ? user!.Next(unode, s[i]) : -1;
            if (node < 0 && unode < 0)
            {
                break;
            }
            int f = unode >= 0 && user!.Frequency(unode) >= 0 ? user.Frequency(unode)
                : node >= 0 ? _dict.Frequency(node) : 0;
            if (f > 0)
            {
                ends.Add(i);
            }
        }
        if (ends.Count == 0)
        {
            ends.Add(k);
        }
    }

    // ---- jieba.cut ---------------------------------------------------------------------------

    /// <summary>jieba's __cut_DAG (and posseg's, with <paramref name="tags"/>): the route, with single characters buffered for the HMM.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)] // see the class remarks
    private void CutDag(ReadOnlySpan<char> s, int offset, Scratch scratch, bool tags, SpanBuffer output)
    {
        int n = s.Length;
        scratch.EnsureRoute(n + 1);
        CalcRoute(s, scratch.Prob.AsSpan(0, n + 1), scratch.End.AsSpan(0, n + 1));
        var end = scratch.End;
        int x = 0, buf = -1;
        while (x < n)
        {
            int y = end[x] + 1;
            if (y - x == 1)
            {
                if (buf < 0)
                {
                    buf = x;
                }
            }
            else
            {
                if (buf >= 0)
                {
                    FlushBuffer(s, buf, x, offset, scratch, tags, output);
                    buf = -1;
                }
                output.Add(new TokenSpan(offset + x, y - x, tags ? _lexicon.Tag(s[x..y]) : null));
            }
            x = y;
        }
        if (buf >= 0)
        {
            FlushBuffer(s, buf, n, offset, scratch, tags, output);
        }
    }

    /// <summary>Single characters the route left alone: the HMM joins them unless they form a known word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)] // see the class remarks
    private void FlushBuffer(ReadOnlySpan<char> s, int from, int to, int offset, Scratch scratch, bool tags, SpanBuffer output)
    {
        if (to - from == 1)
        {
            output.Add(new TokenSpan(offset + from, 1, tags ? _lexicon.Tag(s[from..to]) : null));
        }
        else if (!_lexicon.IsWord(s[from..to]))
        {
            if (tags)
            {
                PosCutDetail(s[from..to], offset + from, scratch, output);
            }
            else
            {
                FinalsegCut(s[from..to], offset + from, scratch, output);
            }
        }
        else
        {
            for (int i = from; i < to; i++)
            {
                output.Add(new TokenSpan(offset + i, 1, tags ? _lexicon.Tag(s.Slice(i, 1)) : null));
            }
        }
    }

    /// <summary>jieba's __cut_DAG_NO_HMM (and posseg's, with <paramref name="tags"/>): the route, with runs of single Latin letters and digits glued.</summary>
    private void CutDagNoHmm(ReadOnlySpan<char> s, int offset, Scratch scratch, bool tags, SpanBuffer output)
    {
        int n = s.Length;
        scratch.EnsureRoute(n + 1);
        CalcRoute(s, scratch.Prob.AsSpan(0, n + 1), scratch.End.AsSpan(0, n + 1));
        var end = scratch.End;
        string? engTag = tags ? "eng" : null;
        int x = 0, eng = -1;
        while (x < n)
        {
            int y = end[x] + 1;
            if (y - x == 1 && CharClass.Is(s[x], CharClass.Eng))
            {
                if (eng < 0)
                {
                    eng = x;
                }
            }
            else
            {
                if (eng >= 0)
                {
                    output.Add(new TokenSpan(offset + eng, x - eng, engTag));
                    eng = -1;
                }
                output.Add(new TokenSpan(offset + x, y - x, tags ? _lexicon.Tag(s[x..y]) : null));
            }
            x = y;
        }
        if (eng >= 0)
        {
            output.Add(new TokenSpan(offset + eng, n - eng, engTag));
        }
    }

    /// <summary>jieba's __cut_all, including its quirk of gluing runs of single Latin letters and digits.</summary>
    private void CutAll(ReadOnlySpan<char> s, int offset, SpanBuffer output)
    {
        var ends = new List<int>();
        int oldJ = -1;
        int engStart = -1, engEnd = -1;
        for (int k = 0; k < s.Length; k++)
        {
            DagAt(s, k, ends);
            if (engStart >= 0 && !CharClass.Is(s[k], CharClass.Eng))
            {
                output.Add(new TokenSpan(offset + engStart, engEnd - engStart));
                engStart = -1;
            }
            if (ends.Count == 1 && k > oldJ)
            {
                int wordEnd = ends[0] + 1;
                if (CharClass.Is(s[k], CharClass.Eng))
                {
                    if (engStart < 0)
                    {
                        engStart = k;
                    }
                    engEnd = wordEnd;
                }
                if (engStart < 0)
                {
                    output.Add(new TokenSpan(offset + k, wordEnd - k));
                }
                oldJ = ends[0];
            }
            else
            {
                foreach (int j in ends)
                {
                    if (j > k)
                    {
                        output.Add(new TokenSpan(offset + k, j + 1 - k));
                        oldJ = j;
                    }
                }
            }
        }
        if (engStart >= 0)
        {
            output.Add(new TokenSpan(offset + engStart, engEnd - engStart));
        }
    }

    /// <summary>
    /// Text outside the dictionary's character class: whitespace (and \r\n) are tokens of their own;
    /// other characters are one token each (one per code point, so a surrogate pair is never split),
    /// or, in full mode, one token per run.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)] // see the class remarks
    private static void CutSkipped(ReadOnlySpan<char> text, int from, int to, bool full, SpanBuffer output)
    {
        int i = from;
        while (i < to)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < to && text[i + 1] == '\n')
            {
                output.Add(new TokenSpan(i, 2));
                i += 2;
            }
            else if (CharClass.Is(c, CharClass.Space))
            {
                output.Add(new TokenSpan(i, 1));
                i++;
            }
            else if (full)
            {
                int start = i;
                while (i < to && !CharClass.Is(text[i], CharClass.Space))
                {
                    i++;
                }
                output.Add(new TokenSpan(start, i - start));
            }
            else
            {
                int len = char.IsHighSurrogate(c) && i + 1 < to && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                output.Add(new TokenSpan(i, len));
                i += len;
            }
        }
    }

    private void ExpandForSearch(ReadOnlySpan<char> text, SpanBuffer output, int first)
    {
        int count = output.Count - first;
        if (count == 0)
        {
            return;
        }
        var words = output.AsSpan(first).ToArray();
        output.Truncate(first);
        foreach (var w in words)
        {
            int len = w.Length;
            if (len > 2)
            {
                for (int i = 0; i < len - 1; i++)
                {
                    if (_lexicon.IsWord(text.Slice(w.Start + i, 2)))
                    {
                        output.Add(new TokenSpan(w.Start + i, 2));
                    }
                }
            }
            if (len > 3)
            {
                for (int i = 0; i < len - 2; i++)
                {
                    if (_lexicon.IsWord(text.Slice(w.Start + i, 3)))
                    {
                        output.Add(new TokenSpan(w.Start + i, 3));
                    }
                }
            }
            output.Add(w);
        }
    }

    // ---- finalseg ----------------------------------------------------------------------------

    /// <summary>finalseg.cut: Han runs through the B/M/E/S Viterbi, the rest split as re_skip does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)] // see the class remarks
    private void FinalsegCut(ReadOnlySpan<char> s, int offset, Scratch scratch, SpanBuffer output)
    {
        int i = 0;
        while (i < s.Length)
        {
            int start = i;
            i = CharClass.RunEnd(s, start, CharClass.Han);
            if (CharClass.Is(s[start], CharClass.Han))
            {
                FinalsegViterbi(s[start..i], offset + start, scratch, output);
            }
            else
            {
                SplitSkip(s[start..i], offset + start, output);
            }
        }
    }

    /// <summary>finalseg's re_skip split: ([a-zA-Z0-9]+(?:\.\d+)?%?) matches and the text between them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)] // see the class remarks
    private static void SplitSkip(ReadOnlySpan<char> s, int offset, SpanBuffer output)
    {
        int i = 0, gap = 0;
        while (i < s.Length)
        {
            if (!CharClass.Is(s[i], CharClass.Eng))
            {
                i++;
                continue;
            }
            if (i > gap)
            {
                output.Add(new TokenSpan(offset + gap, i - gap));
            }
            int start = i;
            while (i < s.Length && CharClass.Is(s[i], CharClass.Eng))
            {
                i++;
            }
            if (i + 1 < s.Length && s[i] == '.' && char.IsDigit(s[i + 1]))
            {
                i += 2;
                while (i < s.Length && char.IsDigit(s[i]))
                {
                    i++;
                }
            }
            if (i < s.Length && s[i] == '%')
            {
                i++;
            }
            output.Add(new TokenSpan(offset + start, i - start));
            gap = i;
        }
        if (s.Length > gap)
        {
            output.Add(new TokenSpan(offset + gap, s.Length - gap));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)] // see the class remarks
    private void FinalsegViterbi(ReadOnlySpan<char> obs, int offset, Scratch scratch, SpanBuffer output)
    {
        var model = SegmenterResources.Default.Finalseg;
        int n = obs.Length;
        scratch.EnsureHmm(n);
        var v = scratch.HmmProb;   // [t * 4 + state]
        var back = scratch.HmmBack; // [t * 4 + state]
        var rowOf = model.EmitRowOf;
        var emit = model.EmitRows;
        var trans = model.Trans;
        int emitRow = rowOf[obs[0]] * 4;
        for (int y = 0; y < 4; y++)
        {
            v[y] = model.Start[y] + emit[emitRow + y];
        }
        for (int t = 1; t < n; t++)
        {
            int row = t * 4, prev = row - 4;
            emitRow = rowOf[obs[t]] * 4;
            for (int y = 0; y < 4; y++)
            {
                double em = emit[emitRow + y];
                // PrevStatus: B <- E,S; E <- B,M; M <- B,M; S <- E,S. Ties go to the larger state.
                int a, b;
                switch (y)
                {
                    case FinalsegModel.B: a = FinalsegModel.E; b = FinalsegModel.S; break;
                    case FinalsegModel.S: a = FinalsegModel.E; b = FinalsegModel.S; break;
                    default: a = FinalsegModel.B; b = FinalsegModel.M; break;
                }
                double pa = v[prev + a] + trans[a * 4 + y] + em;
                double pb = v[prev + b] + trans[b * 4 + y] + em;
                if (pb >= pa)
                {
                    v[row + y] = pb;
                    back[row + y] = (byte)b;
                }
                else
                {
                    v[row + y] = pa;
                    back[row + y] = (byte)a;
                }
            }
        }
        int last = (n - 1) * 4;
        int state = v[last + FinalsegModel.S] >= v[last + FinalsegModel.E] ? FinalsegModel.S : FinalsegModel.E;
        var path = scratch.HmmPath;
        for (int t = n - 1; t >= 0; t--)
        {
            path[t] = (byte)state;
            state = back[t * 4 + state];
        }

        int begin = 0, next = 0;
        for (int i = 0; i < n; i++)
        {
            switch (path[i])
            {
                case FinalsegModel.B:
                    begin = i;
                    break;
                case FinalsegModel.E:
                    EmitHmmWord(obs, begin, i + 1, offset, output);
                    next = i + 1;
                    break;
                case FinalsegModel.S:
                    output.Add(new TokenSpan(offset + i, 1));
                    next = i + 1;
                    break;
            }
        }
        if (next < n)
        {
            EmitHmmWord(obs, next, n, offset, output);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EmitHmmWord(ReadOnlySpan<char> obs, int from, int to, int offset, SpanBuffer output)
    {
        if (_lexicon.ForceSplit is not null && _lexicon.IsForceSplit(obs[from..to]))
        {
            for (int i = from; i < to; i++)
            {
                output.Add(new TokenSpan(offset + i, 1));
            }
            return;
        }
        output.Add(new TokenSpan(offset + from, to - from));
    }

    // ---- posseg ------------------------------------------------------------------------------

    /// <summary>posseg's handling of text outside re_han_internal: whitespace tokens and single characters, tagged.</summary>
    private static void PosCutSkipped(ReadOnlySpan<char> text, int from, int to, SpanBuffer output)
    {
        int i = from;
        while (i < to)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < to && text[i + 1] == '\n')
            {
                output.Add(new TokenSpan(i, 2, "x"));
                i += 2;
                continue;
            }
            if (CharClass.Is(c, CharClass.Space))
            {
                output.Add(new TokenSpan(i, 1, "x"));
                i++;
                continue;
            }
            // A run of non-space characters; posseg tags each by re_num on the character and,
            // in its own quirk, by re_eng on the whole run.
            int runStart = i;
            while (i < to && !CharClass.Is(text[i], CharClass.Space) && !(text[i] == '\r' && i + 1 < to && text[i + 1] == '\n'))
            {
                i++;
            }
            bool runIsEng = CharClass.Is(text[runStart], CharClass.Eng);
            for (int k = runStart; k < i;)
            {
                int len = char.IsHighSurrogate(text[k]) && k + 1 < i && char.IsLowSurrogate(text[k + 1]) ? 2 : 1;
                string tag = CharClass.Is(text[k], CharClass.Num) ? "m" : runIsEng ? "eng" : "x";
                output.Add(new TokenSpan(k, len, tag));
                k += len;
            }
        }
    }

    /// <summary>posseg's __cut_detail: Han runs through the POS Viterbi; digits "m", Latin "eng", the rest "x".</summary>
    private static void PosCutDetail(ReadOnlySpan<char> s, int offset, Scratch scratch, SpanBuffer output)
    {
        int i = 0;
        while (i < s.Length)
        {
            int start = i;
            i = CharClass.RunEnd(s, start, CharClass.Han);
            if (CharClass.Is(s[start], CharClass.Han))
            {
                PossegViterbi(s[start..i], offset + start, scratch, output);
                continue;
            }
            // re_skip_detail: ([\.0-9]+|[a-zA-Z0-9]+), tried in that order at each position.
            var run = s[start..i];
            int k = 0, gap = 0;
            while (k < run.Length)
            {
                int m = k;
                string? tag = null;
                if (CharClass.Is(run[k], CharClass.Num))
                {
                    while (m < run.Length && CharClass.Is(run[m], CharClass.Num))
                    {
                        m++;
                    }
                    tag = "m";
                }
                else if (CharClass.Is(run[k], CharClass.Eng))
                {
                    while (m < run.Length && CharClass.Is(run[m], CharClass.Eng))
                    {
                        m++;
                    }
                    tag = "eng";
                }
                if (tag is null)
                {
                    k++;
                    continue;
                }
                if (k > gap)
                {
                    output.Add(new TokenSpan(offset + start + gap, k - gap, "x"));
                }
                output.Add(new TokenSpan(offset + start + k, m - k, tag));
                k = gap = m;
            }
            if (run.Length > gap)
            {
                output.Add(new TokenSpan(offset + start + gap, run.Length - gap, "x"));
            }
        }
    }

    private static void PossegViterbi(ReadOnlySpan<char> obs, int offset, Scratch scratch, SpanBuffer output)
    {
        var model = SegmenterResources.Default.Posseg;
        int n = obs.Length, states = model.StateCount;
        scratch.EnsurePos(n, states);
        var v = scratch.PosProb;      // [t * states + y]
        var back = scratch.PosBack;   // [t * states + y]
        var active = scratch.PosActive;
        var activeStart = scratch.PosActiveStart; // active states of t are active[activeStart[t]..activeStart[t+1])
        var mark = scratch.PosMark;
        var trans = model.TransDense;

        int count = 0;
        activeStart[0] = 0;
        var first = model.CharStates.TryGetValue(obs[0], out var cs0) ? cs0 : model.AllStates;
        foreach (int y in first)
        {
            v[y] = model.Start[y] + model.Emit(y, obs[0]);
            back[y] = -1;
            active[count++] = y;
        }
        activeStart[1] = count;

        var prev = scratch.PosPrev;
        var candidates = scratch.PosCandidates;
        for (int t = 1; t < n; t++)
        {
            // prev_states: last step's states that have any outgoing transition.
            int prevCount = 0;
            for (int a = activeStart[t - 1]; a < activeStart[t]; a++)
            {
                int x = active[a];
                if (model.TransTo[x].Length > 0)
                {
                    prev[prevCount++] = x;
                }
            }
            // prev_states_expect_next: every state those can move to.
            int stamp = scratch.NextStamp();
            int expectCount = 0;
            for (int p = 0; p < prevCount; p++)
            {
                foreach (int y in model.TransTo[prev[p]])
                {
                    if (mark[y] != stamp)
                    {
                        mark[y] = stamp;
                        candidates[expectCount++] = y;
                    }
                }
            }
            // obs_states = states of this character ∩ expected; else expected; else all states.
            int obsCount = 0;
            int rowStart = count;
            if (model.CharStates.TryGetValue(obs[t], out var cs))
            {
                foreach (int y in cs)
                {
                    if (mark[y] == stamp)
                    {
                        active[count++] = y;
                        obsCount++;
                    }
                }
            }
            else
            {
                for (int e = 0; e < expectCount; e++)
                {
                    active[count++] = candidates[e];
                    obsCount++;
                }
            }
            if (obsCount == 0)
            {
                if (expectCount > 0)
                {
                    for (int e = 0; e < expectCount; e++)
                    {
                        active[count++] = candidates[e];
                    }
                }
                else
                {
                    for (int y = 0; y < states; y++)
                    {
                        active[count++] = y;
                    }
                }
            }
            activeStart[t + 1] = count;

            int row = t * states, prevRow = row - states;
            char c = obs[t];
            for (int a = rowStart; a < count; a++)
            {
                int y = active[a];
                double em = model.Emit(y, c);
                double best = double.NegativeInfinity;
                int bestState = -1;
                for (int p = 0; p < prevCount; p++)
                {
                    int y0 = prev[p];
                    double prob = v[prevRow + y0] + trans[y0 * states + y] + em;
                    if (bestState < 0 || prob > best || (prob == best && y0 > bestState))
                    {
                        best = prob;
                        bestState = y0;
                    }
                }
                v[row + y] = best;
                back[row + y] = bestState;
            }
        }

        int lastRow = (n - 1) * states;
        int state = -1;
        double bestLast = double.NegativeInfinity;
        for (int a = activeStart[n - 1]; a < activeStart[n]; a++)
        {
            int y = active[a];
            double p = v[lastRow + y];
            if (state < 0 || p > bestLast || (p == bestLast && y > state))
            {
                bestLast = p;
                state = y;
            }
        }
        var path = scratch.PosPath;
        for (int t = n - 1; t >= 0; t--)
        {
            path[t] = state;
            state = back[t * states + state];
        }

        int begin = 0, next = 0;
        for (int i = 0; i < n; i++)
        {
            char pos = model.StatePos[path[i]];
            if (pos == 'B')
            {
                begin = i;
            }
            else if (pos == 'E')
            {
                output.Add(new TokenSpan(offset + begin, i + 1 - begin, model.StateTag[path[i]]));
                next = i + 1;
            }
            else if (pos == 'S')
            {
                output.Add(new TokenSpan(offset + i, 1, model.StateTag[path[i]]));
                next = i + 1;
            }
        }
        if (next < n)
        {
            output.Add(new TokenSpan(offset + next, n - next, model.StateTag[path[next]]));
        }
    }

    /// <summary>Per-thread scratch arrays, grown as needed, so segmenting allocates no per-call buffers.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? t_current;

        public static Scratch ForThread
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => t_current ??= new Scratch();
        }

        /// <summary>The spans of the call in progress (Cut, CutWithTags, TryCut), reused from call to call.</summary>
        public SpanBuffer Spans { get; private set; } = new(256);

        /// <summary>After a very long text, lets its span list go rather than keep it for the thread's life.</summary>
        public void ReleaseLargeSpans()
        {
            if (Spans.Capacity > 1 << 16)
            {
                Spans = new SpanBuffer(256);
            }
        }

        public double[] Prob = new double[256];
        public int[] End = new int[256];
        public double[] HmmProb = new double[256 * 4];
        public byte[] HmmBack = new byte[256 * 4];
        public byte[] HmmPath = new byte[256];
        public double[] PosProb = [];
        public int[] PosBack = [];
        public int[] PosActive = [];
        public int[] PosActiveStart = [];
        public int[] PosPath = [];
        public int[] PosPrev = [];
        public int[] PosCandidates = [];
        public int[] PosMark = [];
        private int _stamp;

        public int NextStamp()
        {
            if (++_stamp == int.MaxValue)
            {
                Array.Clear(PosMark);
                _stamp = 1;
            }
            return _stamp;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void EnsureRoute(int n)
        {
            if (Prob.Length < n)
            {
                int size = Math.Max(n, Prob.Length * 2);
                Prob = new double[size];
                End = new int[size];
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void EnsureHmm(int n)
        {
            if (HmmPath.Length < n)
            {
                int size = Math.Max(n, HmmPath.Length * 2);
                HmmProb = new double[size * 4];
                HmmBack = new byte[size * 4];
                HmmPath = new byte[size];
            }
        }

        public void EnsurePos(int n, int states)
        {
            if (PosPath.Length < n || PosMark.Length != states)
            {
                int size = Math.Max(n, PosPath.Length * 2);
                PosProb = new double[size * states];
                PosBack = new int[size * states];
                PosActive = new int[size * states];
                PosActiveStart = new int[size + 1];
                PosPath = new int[size];
                PosPrev = new int[states];
                PosCandidates = new int[states];
                PosMark = new int[states];
                _stamp = 0;
            }
        }
    }
}
