using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

internal static partial class PersonRecognizer
{
    /// <summary>
    /// Which finders a text can feed: one bit per finder's trigger characters (the dot of a transliterated name, a
    /// title's first character, a credit label's last, a bracket, a credit tail's first, a sex, a frame's closing
    /// word's last, a verb of speaking's first, a public figure's first), read for the whole text in one pass of one table. Each finder
    /// finds nothing where its characters are absent, so skipping it there changes nothing; on a short line, a
    /// vectorised search of its own per finder cost more than the finder's work. Immutable.
    /// </summary>
    private static class LineTriggers
    {
        public const ushort Dot = 1, TitleFirst = 2, CreditLast = 4, Bracket = 8, CreditTailFirst = 16, Sex = 32, FrameCloseLast = 64, SpeakerVerbFirst = 128,
            PublicFigureFirst = 256;

        private static readonly CharTriggers Table = new CharTriggers()
            .MarkWhere(c => Dots.Contains(c), Dot)
            .Mark(FirstChars(PostTitles), TitleFirst)
            .Mark(LastChars([.. CreditLabels, .. CreditDatelines]), CreditLast)
            .Mark(Marks.OpenBrackets + Marks.CloseBrackets, Bracket)
            .Mark(FirstChars(CreditTails), CreditTailFirst)
            .Mark(FirstChars(Sexes), Sex)
            // The closing words all open with 的, which most lines hold: their last characters (下) are rarer.
            .Mark(LastChars([.. NameFrames.Select(f => f.Close)]), FrameCloseLast)
            .Mark(FirstChars(SpeakerVerbs), SpeakerVerbFirst)
            .Mark(FirstChars([.. PublicFigures.Names]), PublicFigureFirst);

        /// <summary>The bits of every character of <paramref name="text"/>, or-ed.</summary>
        public static ushort Of(ReadOnlySpan<char> text) => Table.Of(text);
    }
}
