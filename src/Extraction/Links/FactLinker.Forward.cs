using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Links;

// What the linker asks of the text before each number from one fixed offset (its sentence's start, a date's end): read
// forward once from that offset for all the numbers after it, not again from the offset for every number. A sentence of
// thousands of numbers (甲镇新建大棚50栋,乙镇…) made each of these a walk back to the sentence's start per number: quadratic.
internal static partial class FactLinker
{
    /// <summary>
    /// Whether a word of one list stands in <c>[start, end)</c>, as <see cref="LinkWords.Any(string, int, int, WordPresence)"/>
    /// answers, for many ends after one start: what was read from the start is kept (the least end of a word found), so
    /// each character after the start is read once for all the ends asked. The ends may come in any order; a new start
    /// reads afresh. Per text (kept by its <see cref="Cut"/>), never shared between threads.
    /// </summary>
    private sealed class WordsAfter(WordPresence words)
    {
        /// <summary>The start asked last (-1: none since <see cref="Forget"/>).</summary>
        private int _start = -1;

        /// <summary>The offsets in <c>[_start, _read)</c> have been read.</summary>
        private int _read;

        /// <summary>The least end of a word that starts in <c>[_start, _read)</c>, or <see cref="int.MaxValue"/>.</summary>
        private int _leastEnd;

        /// <summary>Forgets what was read (a new text).</summary>
        public void Forget() => _start = -1;

        public bool Any(string text, int start, int end)
        {
            if (start != _start)
            {
                (_start, _read, _leastEnd) = (start, start, int.MaxValue);
            }
            // A word starting at or after the least end found cannot end before it: the offsets past it need no reading.
            if (_read < end && _read < _leastEnd)
            {
                _leastEnd = words.LeastEnd(text, _read, end, _leastEnd);
                _read = Math.Max(_read, Math.Min(end, _leastEnd));
            }
            return _leastEnd <= end;
        }
    }

    /// <summary>
    /// Where the last word of one list in <c>[start, end)</c> starts, or -1, as
    /// <see cref="LinkWords.LastIndexOf(string, int, int, string[])"/> answers, for many ends after one start: each offset after
    /// the start is read once (a word at it, and its shortest end), the last offset whose word ends by the end asked is kept.
    /// Only an offset whose word runs past the end asked (at most a word's length before it) is read again for a later end.
    /// An end less than the one asked before, or a new start, reads afresh. Per text (kept by its <see cref="Cut"/>).
    /// </summary>
    private sealed class LastWordBefore(WordPresence words)
    {
        /// <summary>The start asked last (-1: none since <see cref="Forget"/>).</summary>
        private int _start = -1;

        /// <summary>The end asked last.</summary>
        private int _end;

        /// <summary>Every offset in <c>[_start, _read)</c> has no word or one that ends by <see cref="_end"/>.</summary>
        private int _read;

        /// <summary>The last offset read whose word ends by <see cref="_end"/>, or -1.</summary>
        private int _last;

        /// <summary>Forgets what was read (a new text).</summary>
        public void Forget() => _start = -1;

        public int LastStart(string text, int start, int end)
        {
            if (start != _start || end < _end)
            {
                (_start, _read, _last) = (start, start, -1);
            }
            _end = end;
            var decided = true;
            for (var at = _read; at < end; at++)
            {
                var wordEnd = words.ShortestEndAt(text, at);
                if (wordEnd <= end)
                {
                    _last = at;
                }
                else if (wordEnd != int.MaxValue)
                {
                    decided = false; // a word that runs past this end: read again for the next
                }
                if (decided)
                {
                    _read = at + 1;
                }
            }
            return _last;
        }
    }

    /// <summary>
    /// Whether a word of one list stands in <c>[start, end)</c>, as <see cref="LinkWords.Any(string, int, int, WordPresence)"/>
    /// answers, for many starts before one end (a date after thousands of numbers): read back from the end once, down to the
    /// least start asked or the last word found (a start at or before it has a word, one after it none). A new end reads
    /// afresh. Per text (kept by its <see cref="Cut"/>), never shared between threads.
    /// </summary>
    private sealed class WordsBefore(WordPresence words)
    {
        /// <summary>The end asked last (-1: none since <see cref="Forget"/>).</summary>
        private int _end = -1;

        /// <summary>The offsets in <c>[_from, _end)</c> have been read.</summary>
        private int _from;

        /// <summary>The last offset read where a word ending by <see cref="_end"/> starts, or -1.</summary>
        private int _last;

        /// <summary>Forgets what was read (a new text).</summary>
        public void Forget() => _end = -1;

        public bool Any(string text, int start, int end)
        {
            if (end != _end)
            {
                (_end, _from, _last) = (end, end, -1);
            }
            while (_last < 0 && _from > start)
            {
                _from--;
                if (words.ShortestEndAt(text, _from) <= end)
                {
                    _last = _from;
                }
            }
            return _last >= start;
        }
    }

    /// <summary>
    /// Whether a clause of result opens at a break in <c>[from, to)</c> (<see cref="ResultClauseAt"/>), for many starts
    /// before one end: read back from the end once, down to the least start asked or the last clause of result found. Per
    /// text (kept by its <see cref="Cut"/>).
    /// </summary>
    private sealed class ResultClausesBefore
    {
        private int _end = -1, _from, _last;

        public void Forget() => _end = -1;

        public bool Between(string text, int from, int to)
        {
            if (to != _end)
            {
                (_end, _from, _last) = (to, to, -1);
            }
            while (_last < 0 && _from > from)
            {
                _from--;
                if (ResultClauseAt(text, _from, to))
                {
                    _last = _from;
                }
            }
            return _last >= from;
        }
    }

    /// <summary>
    /// Whether a person is named in <c>[start, end)</c> (facts in document order), for many starts before one
    /// end: the facts before the end read back once, down to the least start asked or the last person found. Per text.
    /// </summary>
    private sealed class PersonsBefore
    {
        private List<Fact>? _facts;
        private int _end = -1, _next, _last;

        public void Forget() => _facts = null;

        public bool Between(List<Fact> facts, int start, int end)
        {
            if (!ReferenceEquals(facts, _facts) || end != _end)
            {
                (_facts, _end, _next, _last) = (facts, end, FirstFactAtOrAfter(facts, end) - 1, -1);
            }
            for (; _last < 0 && _next >= 0 && facts[_next].Start >= start; _next--)
            {
                if (facts[_next].Kind == FactKinds.Person)
                {
                    _last = facts[_next].Start;
                }
            }
            return _last >= start;
        }
    }

    /// <summary>
    /// Whether a word of one list opens a clause of a sentence before a number (<see cref="ClauseOpeningWordBefore"/>'s
    /// clause test), the sentence's clauses read in order once for all its numbers: the least offset where a word opens
    /// one of the clauses read is kept. Per text (kept by its <see cref="Cut"/>), never shared between threads.
    /// </summary>
    private sealed class ClauseOpeners(string[] words)
    {
        /// <summary>The sentence asked last (-1: none since <see cref="Forget"/>).</summary>
        private int _sentence = -1;

        /// <summary>The next clause to read.</summary>
        private int _clause;

        /// <summary>The least offset where a word of the list opens a clause read, or <see cref="int.MaxValue"/>.</summary>
        private int _least;

        /// <summary>Forgets what was read (a new text).</summary>
        public void Forget() => _sentence = -1;

        public bool Before(string text, Cut cut, int s, int numberStart)
        {
            if (s != _sentence)
            {
                (_sentence, _clause, _least) = (s, cut.SentenceFirstClause[s], int.MaxValue);
            }
            // A clause opens at or after its start: one starting at or after the least offset found gives none less.
            for (; _clause < cut.ClauseStarts.Count && cut.ClauseStarts[_clause] < Math.Min(numberStart, _least); _clause++)
            {
                _least = Math.Min(_least, OpeningAt(text, cut, _clause, words));
            }
            return _least < numberStart;
        }
    }

    /// <summary>
    /// Where a word of <paramref name="words"/> opens clause <paramref name="c"/>, after a word of a planned step at most
    /// (目前，…; 预计今年…) or of an example (以今年度的…為例，…), or <see cref="int.MaxValue"/>: inside a word (体现在) it opens none.
    /// </summary>
    private static int OpeningAt(string text, Cut cut, int c, string[] words)
    {
        var at = cut.ClauseStarts[c];
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        if (LinkWords.At(text, at, LinkWords.LaterEvent) is { } later)
        {
            at += later.Length;
        }
        else if (LinkWords.At(text, at, LinkWords.ExampleLead) is { } example
            && LinkWords.Any(text, at + example.Length, cut.ClauseEnd(c), LinkWords.ExampleTail))
        {
            at += example.Length; // 以今年度的…為例，全縣…263個村里: the example's time opens the clause
        }
        return LinkWords.At(text, at, words) is not null ? at : int.MaxValue;
    }
}
