using System.Runtime.CompilerServices;
using WorkTeam.Extraction.Collections;

namespace WorkTeam.Extraction.Links;

// The linker's per-call tables (clause of each fact, places and dates of each clause, statement and sentence, the
// choices of each scope), kept by the thread's reused Cut: a line with a number and a place made some twenty arrays
// and a list per clause and sentence that named a place or a date, every call.
internal static partial class FactLinker
{
    private sealed partial class Cut
    {
        /// <summary>Tables longer than this are not kept for the next text (a long document would otherwise stay in the thread's memory).</summary>
        private const int MaxKeptTable = 1 << 12;

        private int[]? _clause, _clauseNumbers, _statement, _clauseChoice, _statementChoice, _sentenceChoice;
        private int[]? _paragraphChoice, _paragraphChoiceSentence, _carried, _helpedFrom;
        private bool[]? _candidate, _sender, _territory, _inBodyName, _sentenceNamesPlace, _paragraphNames;
        private List<Mention>?[]? _clausePlaces, _sentencePlaces, _statementPlaces;
        private List<int>?[]? _clauseDates, _sentenceDates, _statementDates, _sentenceActors;
        private string?[]? _paragraphPeriod;

        /// <summary>The lists handed out for this text, and those free for the next one.</summary>
        private readonly ListLender<Mention> _mentionLists = new(MaxKeptLists, MaxKeptTable);
        private readonly ListLender<int> _indexLists = new(MaxKeptLists, MaxKeptTable);

        /// <summary>Lists the linker keeps for a text beyond its tables: its senders, stations and dates.</summary>
        public List<string> TeamSenders { get; } = [];
        public List<string> OrgTeamSenders { get; } = [];
        public List<string> Stations { get; } = [];
        public List<string?> StationCodes { get; } = [];
        public List<int> Dates { get; } = [];

        // Each table by name: the arrays hold the previous text's values, so each is cleared up to the length asked
        // (its tail past that is never read: no caller reads a table's Length).
        public int[] Clause(int n) => Table(ref _clause, n);
        public int[] ClauseNumbers(int n) => Table(ref _clauseNumbers, n);

        /// <summary>Whether a number fact starts in the clause: <see cref="ClauseNumbers"/> as Link counted them, before any scope's place is chosen.</summary>
        public bool HasNumber(int clause) => _clauseNumbers![clause] > 0;
        public int[] Statement(int n) => Table(ref _statement, n);
        public int[] ClauseChoice(int n) => Table(ref _clauseChoice, n);
        public int[] StatementChoice(int n) => Table(ref _statementChoice, n);
        public int[] SentenceChoice(int n) => Table(ref _sentenceChoice, n);
        public int[] ParagraphChoice(int n) => Table(ref _paragraphChoice, n);
        public int[] ParagraphChoiceSentence(int n) => Table(ref _paragraphChoiceSentence, n);
        public int[] Carried(int n) => Table(ref _carried, n);
        public int[] HelpedFrom(int n) => Table(ref _helpedFrom, n);
        public bool[] Candidate(int n) => Table(ref _candidate, n);
        public bool[] Sender(int n) => Table(ref _sender, n);
        public bool[] Territory(int n) => Table(ref _territory, n);
        public bool[] InBodyName(int n) => Table(ref _inBodyName, n);
        public bool[] SentenceNamesPlace(int n) => Table(ref _sentenceNamesPlace, n);
        public bool[] ParagraphNames(int n) => Table(ref _paragraphNames, n);
        public List<Mention>?[] ClausePlaces(int n) => Table(ref _clausePlaces, n);
        public List<Mention>?[] SentencePlaces(int n) => Table(ref _sentencePlaces, n);
        public List<Mention>?[] StatementPlaces(int n) => Table(ref _statementPlaces, n);
        public List<int>?[] ClauseDates(int n) => Table(ref _clauseDates, n);
        public List<int>?[] SentenceDates(int n) => Table(ref _sentenceDates, n);
        public List<int>?[] StatementDates(int n) => Table(ref _statementDates, n);
        public List<int>?[] SentenceActors(int n) => Table(ref _sentenceActors, n);
        public string?[] ParagraphPeriod(int n) => Table(ref _paragraphPeriod, n);

        // The readers of words before a number from a fixed offset (FactLinker.Forward), one per list and offset kind: each
        // keeps what it read of this text for the next number.
        public WordsAfter NowWords { get; } = new(LinkWords.NowWordPresence);
        public ClauseOpeners NowWordOpeners { get; } = new(LinkWords.NowWords);
        public WordsAfter ThisYearWords { get; } = new(OwnTimeWords.ThisYearPresence);
        public ClauseOpeners ThisYearOpeners { get; } = new(OwnTimeWords.ThisYear);
        public WordsAfter CumulativeWords { get; } = new(LinkWords.CumulativePresence);
        public LastWordBefore TeamWords { get; } = new(LinkWords.TeamWordPresence);
        public WordsAfter NowWordsAfterDate { get; } = new(LinkWords.NowWordPresence);
        public WordsBefore LaterEventsBeforeDate { get; } = new(LinkWords.LaterEventPresence);
        public ResultClausesBefore ResultClausesBeforeDate { get; } = new();
        public PersonsBefore PersonsBeforeDate { get; } = new();

        /// <summary>The actors of the sentence read last, up to its last number asked (FactLinker.Actors).</summary>
        public ActorReader ActorsRead { get; } = new();

        /// <summary>Forgets what the readers read of the last text (called by <see cref="Read"/>).</summary>
        private void ForgetReaders()
        {
            NowWords.Forget();
            NowWordOpeners.Forget();
            ThisYearWords.Forget();
            ThisYearOpeners.Forget();
            CumulativeWords.Forget();
            TeamWords.Forget();
            NowWordsAfterDate.Forget();
            LaterEventsBeforeDate.Forget();
            ResultClausesBeforeDate.Forget();
            PersonsBeforeDate.Forget();
            ActorsRead.Forget();
        }

        /// <summary>An empty list of place mentions, for this text only (back to the free ones at <see cref="Release"/>).</summary>
        public List<Mention> MentionList() => _mentionLists.Lend();

        /// <summary>An empty list of fact indices, for this text only.</summary>
        public List<int> IndexList() => _indexLists.Lend();

        /// <summary>The table in <paramref name="kept"/>, at least <paramref name="n"/> long and cleared up to <paramref name="n"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static T[] Table<T>(ref T[]? kept, int n)
        {
            if (kept is null || kept.Length < n)
            {
                kept = new T[Math.Max(n, 16)];
            }
            else
            {
                Array.Clear(kept, 0, n);
            }
            return kept;
        }

        /// <summary>Empties the per-text lists and lets go of what a long text made (called by <see cref="Release"/>).</summary>
        private void ReleaseTables()
        {
            _mentionLists.TakeBackAll();
            _indexLists.TakeBackAll();
            TeamSenders.Clear();
            OrgTeamSenders.Clear();
            Stations.Clear();
            StationCodes.Clear();
            Dates.Clear();
            // The strings of the last text's periods are let go; a table grown for a long text is dropped.
            if (_paragraphPeriod is not null)
            {
                Array.Clear(_paragraphPeriod);
            }
            if ((_clause?.Length ?? 0) > MaxKeptTable || (_clauseNumbers?.Length ?? 0) > MaxKeptTable || (_sentenceChoice?.Length ?? 0) > MaxKeptTable
                || (_paragraphChoice?.Length ?? 0) > MaxKeptTable)
            {
                _clause = _clauseNumbers = _statement = _clauseChoice = _statementChoice = _sentenceChoice = null;
                _paragraphChoice = _paragraphChoiceSentence = _carried = _helpedFrom = null;
                _candidate = _sender = _territory = _inBodyName = _sentenceNamesPlace = _paragraphNames = null;
                _clausePlaces = _sentencePlaces = _statementPlaces = null;
                _clauseDates = _sentenceDates = _statementDates = _sentenceActors = null;
                _paragraphPeriod = null;
            }
        }

        // A few hundred lists at most are kept: a long document's many clauses do not stay in the thread's memory.
        private const int MaxKeptLists = 256;
    }
}
