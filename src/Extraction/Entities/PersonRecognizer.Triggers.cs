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

        /// <summary>The bits of each UTF-16 unit (128 KB).</summary>
        private static readonly ushort[] Flags = Build();

        /// <summary>The bits of every character of <paramref name="text"/>, or-ed.</summary>
        public static ushort Of(ReadOnlySpan<char> text)
        {
            var flags = Flags;
            var bits = 0;
            foreach (var c in text)
            {
                bits |= flags[c];
            }
            return (ushort)bits;
        }

        private static ushort[] Build()
        {
            var flags = new ushort[char.MaxValue + 1];
            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (Dots.Contains((char)c))
                {
                    flags[c] |= Dot;
                }
            }
            Mark(flags, FirstChars(PostTitles), TitleFirst);
            Mark(flags, LastChars([.. CreditLabels, .. CreditDatelines]), CreditLast);
            Mark(flags, Marks.OpenBrackets + Marks.CloseBrackets, Bracket);
            Mark(flags, FirstChars(CreditTails), CreditTailFirst);
            Mark(flags, FirstChars(Sexes), Sex);
            // The closing words all open with 的, which most lines hold: their last characters (下) are rarer.
            Mark(flags, LastChars([.. NameFrames.Select(f => f.Close)]), FrameCloseLast);
            Mark(flags, FirstChars(SpeakerVerbs), SpeakerVerbFirst);
            Mark(flags, FirstChars([.. PublicFigures.Names]), PublicFigureFirst);
            return flags;
        }

        private static void Mark(ushort[] flags, string chars, ushort bit)
        {
            foreach (var c in chars)
            {
                flags[c] |= bit;
            }
        }
    }
}
