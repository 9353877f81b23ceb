using System.Collections.Frozen;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

internal static partial class PersonRecognizer
{
    /// <summary>
    /// The last two characters of every role and descriptor of two characters or more (书记, 村民), for
    /// <see cref="FindRoleNames"/>'s test before its dictionary probes; a word of one character (叫) is tested by
    /// <see cref="OneCharacterRoleOrDescriptorChars"/> instead, so one such word no longer turns the test off for all.
    /// </summary>
    /// <remarks>Made on first use (a nested class), after the lists it reads: static fields of partial files initialise in no set order.</remarks>
    private static CharPairFilter RoleOrDescriptorPairs => RolePairs.Value;

    /// <summary>The roles and descriptors of one character (叫): the last character alone decides there.</summary>
    private static CharSet OneCharacterRoleOrDescriptorChars => RolePairs.OneCharacter;

    private static class RolePairs
    {
        public static readonly CharPairFilter Value =
            new(Roles.Concat(Descriptors).Where(w => w.Length >= 2).Select(w => CharPairFilter.Pair(w[^2], w[^1])));

        public static readonly CharSet OneCharacter = new(string.Concat(Roles.Concat(Descriptors).Where(w => w.Length == 1)));
    }

    /// <summary>Credit labels as a set: <see cref="FindRoleNames"/> asks of each role it reads whether it is one.</summary>
    private static FrozenSet<string> CreditLabelSet => RoleScan.CreditLabels;

    /// <summary>Tables of the role scan made from the lists on first use (a nested class, after the lists it reads).</summary>
    private static class RoleScan
    {
        /// <summary>The first characters of the roles <see cref="RoleStartingAt"/> reads (two characters and more).</summary>
        public static readonly CharSet FirstChars = new(string.Concat(Roles.Where(r => r.Length >= 2).Select(r => r[0])));

        /// <summary>The words some longer post-title ends with (书记 of 总书记): <see cref="LongerTitleEndingAt"/> is false for any other.</summary>
        public static readonly FrozenSet<string> TitleTails = PostTitles
            .SelectMany(t => Enumerable.Range(1, t.Length - 1).Select(k => t[k..])).ToFrozenSet(StringComparer.Ordinal);

        public static readonly FrozenSet<string> CreditLabels = PersonRecognizer.CreditLabels.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Which finders a text can feed: one bit per finder's trigger characters (the dot of a transliterated name, a
    /// title's first character, a credit label's last, a bracket, a credit tail's first, a sex, a frame's closing
    /// word's last, a verb of speaking's first, a public figure's first, the list mark, a slash), read for the whole text in one pass of one table. Each finder
    /// finds nothing where its characters are absent, so skipping it there changes nothing; on a short line, a
    /// vectorised search of its own per finder cost more than the finder's work. Immutable.
    /// </summary>
    private static class LineTriggers
    {
        public const ushort Dot = 1, TitleFirst = 2, CreditLast = 4, Bracket = 8, CreditTailFirst = 16, Sex = 32, FrameCloseLast = 64, SpeakerVerbFirst = 128,
            PublicFigureFirst = 256, RoleLast = 512, CommonSurname = 1024, WordSurname = 2048, ListComma = 4096, Slash = 8192;

        /// <summary>
        /// A character a repeated transliterated run is made of (<see cref="RunChars"/>, not the joiner 和): counted in
        /// stretches by <see cref="Of(ReadOnlySpan{char}, Span{int}, out int, out int)"/>, never among the bits it returns.
        /// </summary>
        private const int RunCharShift = 14;

        private const ushort RunChar = 1 << RunCharShift;

        /// <summary>The window of run bits <see cref="Of(ReadOnlySpan{char}, Span{int}, out int, out int)"/> reads: a character of no run, then <see cref="MinRepeatedTransliteration"/> run characters.</summary>
        private const uint StretchMask = (2u << MinRepeatedTransliteration) - 1, StretchOpened = (1u << MinRepeatedTransliteration) - 1;

        private static readonly CharTriggers Table = new CharTriggers()
            .Mark(DotChars, Dot)
            .Mark(FirstChars(PostTitles), TitleFirst)
            .Mark(LastChars([.. CreditLabels, .. CreditDatelines]), CreditLast)
            .Mark(Marks.OpenBrackets + Marks.CloseBrackets, Bracket)
            .Mark(FirstChars(CreditTails), CreditTailFirst)
            .Mark(FirstChars(Sexes), Sex)
            // The closing words all open with 的, which most lines hold: their last characters (下) are rarer.
            .Mark(LastChars([.. NameFrames.Select(f => f.Close)]), FrameCloseLast)
            .Mark(FirstChars(SpeakerVerbs), SpeakerVerbFirst)
            .Mark(FirstChars([.. PublicFigures.Names]), PublicFigureFirst)
            // What FindRoleNames jumps between (a role's, a descriptor's or an age's last character) and what an unknown
            // run opens with (a common surname): a line with none is not walked for them.
            .Mark(LastChars(Roles) + LastChars(Descriptors) + AgeMark, RoleLast)
            .Mark(CommonSurnameChars, CommonSurname)
            // The surnames that are also words (FindWordSurnameNames): a line with none is not searched for them again.
            .Mark(WordLists.Get("word-surnames").Chars(), WordSurname)
            // The list mark of name lists (FindNameLists) and the slashes of slash credits (文/李思慧): read in the same pass,
            // not searched for again.
            .Mark([ListMark], ListComma)
            .Mark(Marks.Slashes, Slash)
            .MarkWhere(c => RunChars.Contains(c) && !IsRunJoiner(c), RunChar);

        /// <summary>
        /// The bits of every character of <paramref name="text"/>, or-ed, and in the same pass how many stretches of
        /// <see cref="MinRepeatedTransliteration"/> run characters or more it holds (<paramref name="runStretches"/>): each
        /// run <see cref="FindRepeatedTransliterations"/> takes is such a stretch, whole (a transliteration character
        /// opens it after no run character, a character of no run or 和 closes it), and it needs two, which one line in
        /// four hundred holds, so the others are not searched for runs at all (the search was a seventh of the stage).
        /// </summary>
        /// <remarks>
        /// The same pass writes to <paramref name="stops"/> (as long as the text) the offsets of the characters the
        /// finders that walk a text character by character stop at (<see cref="Stops"/>), in order, and their count to
        /// <paramref name="stopCount"/>: those finders read the offsets instead of every character again (one in six or
        /// so is one).
        /// </remarks>
        public static ushort Of(ReadOnlySpan<char> text, Span<int> stops, out int stopCount, out int runStretches)
        {
            var flags = Table.Flags;
            stops = stops[..text.Length];
            int bits = 0, stretches = 0, n = 0;
            // The last characters' run bits, the newest lowest: a stretch reaches four where they read 01111. One shift and
            // add a character carried from one to the next (a counter reset on each other character took three).
            uint window = 0;
            for (var i = 0; i < text.Length; i++)
            {
                int f = flags[text[i]];
                bits |= f;
                window = (window * 2) + (uint)((f >> RunCharShift) & 1);
                stretches += (window & StretchMask) == StretchOpened ? 1 : 0;
                // Written at every character, kept where the character is a stop: no branch.
                stops[n] = i;
                n += (f & Stops) != 0 ? 1 : 0;
            }
            stopCount = n;
            runStretches = stretches;
            return (ushort)(bits & ~RunChar);
        }

        /// <summary>
        /// The characters <see cref="FindRoleNames"/> (a role's last), <see cref="FindPostTitleNames"/> and
        /// <see cref="FindFormerAndMarriedTitleNames"/> (a title's first) and <see cref="FindCreditNames"/> (a credit
        /// label's last) stop at.
        /// </summary>
        public const ushort Stops = RoleLast | TitleFirst | CreditLast;

        /// <summary>Whether <paramref name="c"/> carries <paramref name="bit"/>.</summary>
        public static bool Has(char c, ushort bit) => (Table.Flags[c] & bit) != 0;
    }
}
