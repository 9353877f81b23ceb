using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

internal static partial class PersonRecognizer
{
    /// <summary>
    /// Which finders a text can feed: one bit per finder's trigger characters (the dot of a transliterated name, a
    /// title's first character, a credit label's last, a bracket, a credit tail's first, a sex, a frame's closing
    /// word's first, a verb of speaking's first), read for the whole text in one pass of one table. Each finder
    /// finds nothing where its characters are absent, so skipping it there changes nothing; on a short line, a
    /// vectorised search of its own per finder cost more than the finder's work. Immutable.
    /// </summary>
    private static class LineTriggers
    {
        public const byte Dot = 1, TitleFirst = 2, CreditLast = 4, Bracket = 8, CreditTailFirst = 16, Sex = 32, FrameCloseFirst = 64, SpeakerVerbFirst = 128;

        /// <summary>The bits of each UTF-16 unit (64 KB).</summary>
        private static readonly byte[] Flags = Build();

        /// <summary>The bits of every character of <paramref name="text"/>, or-ed.</summary>
        public static byte Of(ReadOnlySpan<char> text)
        {
            var flags = Flags;
            var bits = 0;
            foreach (var c in text)
            {
                bits |= flags[c];
            }
            return (byte)bits;
        }

        private static byte[] Build()
        {
            var flags = new byte[char.MaxValue + 1];
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
            Mark(flags, FirstChars([.. NameFrames.Select(f => f.Close)]), FrameCloseFirst);
            Mark(flags, FirstChars(SpeakerVerbs), SpeakerVerbFirst);
            return flags;
        }

        private static void Mark(byte[] flags, string chars, byte bit)
        {
            foreach (var c in chars)
            {
                flags[c] |= bit;
            }
        }
    }
}
