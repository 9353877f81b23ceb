using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Links;

// The text cut into paragraphs, sentences and clauses, and what opens a clause: the geometry every link reads.
internal static partial class FactLinker
{
    private static int Skip(string text, int at, int end, string[] words)
    {
        while (at < end)
        {
            if (char.IsWhiteSpace(text[at]))
            {
                at++;
                continue;
            }
            var word = LinkWords.At(text, at, words);
            if (word is null || at + word.Length > end)
            {
                break;
            }
            at += word.Length;
        }
        return at;
    }

    /// <summary>Whether only time words, a date and agent words (由) stand between a clause's start and <paramref name="at"/>.</summary>
    private static bool OpensClause(string text, List<Fact> facts, int clauseStart, int at, List<int>? dates, bool strict = false)
    {
        var k = clauseStart;
        while (k < at)
        {
            var next = strict ? Skip(text, k, at, []) : Skip(text, Skip(text, k, at, LinkWords.TimeLead), at, LinkWords.TimeWords);
            next = strict ? next : Skip(text, next, at, LinkWords.AgentLead);
            // A quotation opening the clause (说，“该公司2015年帮扶沿河县…): its subject opens it.
            while (!strict && next < at && LinkWords.QuoteMarks.Contains(text[next], StringComparison.Ordinal))
            {
                next++;
            }
            if (dates is not null)
            {
                foreach (var d in dates)
                {
                    if (facts[d].Start == next && facts[d].End <= at)
                    {
                        next = Skip(text, facts[d].End, at, LinkWords.TimeTail);
                    }
                }
            }
            if (next == k)
            {
                break;
            }
            k = next;
        }
        return k == at;
    }

    /// <summary>
    /// The text cut into paragraphs (lines), sentences (Text/Sentences.Ends) and clauses (link-words'
    /// clause ends; a comma or colon between digits, 1,826, is no clause end).
    /// </summary>
    private sealed partial class Cut
    {
        /// <summary>Texts up to this length are cut into the thread's one reused <see cref="Cut"/>; a longer one gets its own.</summary>
        private const int MaxReusedText = 1 << 16;

        /// <summary>
        /// The thread's cut, reused from one call of <see cref="Link"/> to the next: its five lists keep their capacity,
        /// so a corpus read line by line allocates them once per thread instead of once per line with a number. It is
        /// taken while in use (a nested call would get its own) and handed back by <see cref="Release"/>.
        /// </summary>
        [ThreadStatic]
        private static Cut? t_reused;

        private string _text = string.Empty;

        private bool _reusable;

        private Cut()
        {
        }

        /// <summary>The cut of <paramref name="text"/>, valid until <see cref="Release"/>.</summary>
        public static Cut Of(string text)
        {
            Cut cut;
            if (text.Length <= MaxReusedText)
            {
                cut = t_reused ?? new Cut { _reusable = true };
                t_reused = null;
            }
            else
            {
                cut = new Cut();
            }
            cut.Read(text);
            return cut;
        }

        /// <summary>Lets go of the text (a thread's cut would otherwise keep its last text alive) and hands a reusable cut back to this thread.</summary>
        public void Release()
        {
            _text = string.Empty;
            ReleaseTables();
            if (_reusable)
            {
                t_reused = this;
            }
        }

        private void Read(string text)
        {
            _text = text;
            ForgetReaders();
            ClauseStarts.Clear();
            ClauseSentence.Clear();
            SentenceParagraph.Clear();
            SentenceFirstClause.Clear();
            ParagraphFirstSentence.Clear();
            ParagraphFirstSentence.Add(0);
            SentenceParagraph.Add(0);
            SentenceFirstClause.Add(0);
            ClauseStarts.Add(0);
            ClauseSentence.Add(0);
            for (var i = 0; i < text.Length; i++)
            {
                // Straight to the next character that may end a clause or sentence.
                var skip = text.AsSpan(i).IndexOfAny(LinkWords.BreaksAndQuotes);
                if (skip < 0)
                {
                    break;
                }
                i += skip;
                var ch = text[i];
                // A quotation that ends with an ellipsis ends its sentence too (“…爱我中华……”3月2日是…).
                var quoteEnd = LinkWords.QuoteCloses.Contains(ch, StringComparison.Ordinal);
                if (quoteEnd && !(i > 0 && LinkWords.SentenceTails.Contains(text[i - 1], StringComparison.Ordinal)))
                {
                    continue;
                }
                var sentenceEnd = quoteEnd || Sentences.Ends.Contains(ch, StringComparison.Ordinal);
                var clauseEnd = !sentenceEnd && LinkWords.ClauseEnds.Contains(ch)
                    && !(i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]));
                if (!sentenceEnd && !clauseEnd)
                {
                    continue;
                }
                var next = i + 1;
                // The closing quotation marks after a sentence's end belong to it (…办好办实。”沈志坚说。).
                while (sentenceEnd && ch != '\n' && next < text.Length && LinkWords.QuoteCloses.Contains(text[next], StringComparison.Ordinal))
                {
                    next++;
                }
                i = next - 1;
                if (next >= text.Length)
                {
                    break;
                }
                var sentence = SentenceParagraph.Count - 1;
                if (sentenceEnd)
                {
                    var paragraph = SentenceParagraph[sentence];
                    if (ch == '\n')
                    {
                        paragraph++;
                        ParagraphFirstSentence.Add(SentenceParagraph.Count);
                    }
                    SentenceParagraph.Add(paragraph);
                    SentenceFirstClause.Add(ClauseStarts.Count);
                    sentence++;
                }
                ClauseStarts.Add(next);
                ClauseSentence.Add(sentence);
            }
        }

        /// <summary>Where each clause starts, in order.</summary>
        public List<int> ClauseStarts { get; } = [];

        /// <summary>The sentence of each clause.</summary>
        public List<int> ClauseSentence { get; } = [];

        /// <summary>The paragraph of each sentence.</summary>
        public List<int> SentenceParagraph { get; } = [];

        /// <summary>The first clause of each sentence.</summary>
        public List<int> SentenceFirstClause { get; } = [];

        /// <summary>The first sentence of each paragraph.</summary>
        public List<int> ParagraphFirstSentence { get; } = [];

        /// <summary>
        /// Whether paragraph <paramref name="p"/> is a heading or a caption: a line with text that does not end
        /// as running text does (一、建设坚强战斗堡垒, 工作队和村民一起抗洪).
        /// </summary>
        public bool IsHeading(int p)
        {
            var (start, end) = ParagraphSpan(p);
            while (end > start && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }
            var last = _text[end - 1 < start ? start : end - 1];
            return end - start >= MinHeading && !Sentences.Ends.Contains(last, StringComparison.Ordinal) && !LinkWords.QuoteCloses.Contains(last, StringComparison.Ordinal)
                && !LinkWords.SentenceTails.Contains(last, StringComparison.Ordinal) && !LinkWords.ClauseEnds.Contains(last);
        }

        /// <summary>
        /// How far back a word such as 全村 may find its place from <paramref name="offset"/>: the start of its
        /// paragraph's previous paragraph with text, unless a heading stands between.
        /// </summary>
        public int ReachBack(int offset)
        {
            var p = SentenceParagraph[ClauseSentence[ClauseOf(offset, ClauseStarts.Count - 1)]];
            var q = p - 1;
            while (q >= 0 && IsBlank(q))
            {
                q--;
            }
            return q < 0 || IsHeading(q) ? ParagraphSpan(p).Start : ParagraphSpan(q).Start;
        }

        /// <summary>Whether paragraph <paramref name="p"/> holds only white space, or a word of furniture shorter than a heading (图片).</summary>
        public bool IsBlank(int p)
        {
            var (start, end) = ParagraphSpan(p);
            return _text.AsSpan(start, end - start).Trim().Length < MinHeading;
        }

        /// <summary>The fewest characters of a heading; a shorter line without an end mark is an image's place (图片, IMG_261).</summary>
        private const int MinHeading = 5;

        public (int Start, int End) ParagraphSpan(int p)
        {
            var first = ParagraphFirstSentence[p];
            var next = p + 1 < ParagraphFirstSentence.Count ? ParagraphFirstSentence[p + 1] : SentenceParagraph.Count;
            return (SentenceStart(first), next < SentenceParagraph.Count ? SentenceStart(next) : _text.Length);
        }

        /// <summary>
        /// The statement of each clause: the clauses of a sentence between semicolons (Text/Marks.ClauseEnds), numbered
        /// through the text; a sentence without one is one statement.
        /// </summary>
        public int[] ClauseStatements()
        {
            var statements = Statement(ClauseStarts.Count);
            var sentence = 0;
            for (var c = 1; c < ClauseStarts.Count; c++)
            {
                var opensSentence = ClauseSentence[c] != sentence;
                sentence = ClauseSentence[c];
                var after = ClauseStarts[c] - 1;
                statements[c] = statements[c - 1] + (opensSentence || Marks.ClauseEnds.Contains(_text[after], StringComparison.Ordinal) ? 1 : 0);
            }
            return statements;
        }

        public int ClauseEnd(int clause) => clause + 1 < ClauseStarts.Count ? ClauseStarts[clause + 1] : _text.Length;

        public int SentenceStart(int sentence) => ClauseStarts[SentenceFirstClause[sentence]];

        public int SentenceEnd(int sentence) => sentence + 1 < SentenceFirstClause.Count ? ClauseStarts[SentenceFirstClause[sentence + 1]] : _text.Length;

        /// <summary>The clause of an offset, among the clauses up to <paramref name="upTo"/> (binary search).</summary>
        public int ClauseOf(int offset, int upTo)
        {
            var at = ClauseStarts.BinarySearch(0, upTo + 1, offset, null);
            return at >= 0 ? at : Math.Max(0, ~at - 1);
        }
    }
}
