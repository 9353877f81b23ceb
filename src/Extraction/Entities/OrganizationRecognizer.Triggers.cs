using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

internal static partial class OrganizationRecognizer
{
    /// <summary>
    /// Which steps of <see cref="Recognize"/> a text can feed: one bit per step's trigger characters (a suffix's first,
    /// a coordinator and a list head's first, a dateline mark, a reporter label's first, a known body's first), read
    /// for the whole text in one pass of one table. Each step finds nothing where its characters are absent; on a
    /// short line, a vectorised search of its own per step cost more than the step's work. Immutable.
    /// </summary>
    private static class LineTriggers
    {
        public const byte SuffixFirst = 1, Coordinator = 2, ListHeadFirst = 4, DatelineMark = 8, ReporterLabelFirst = 16, KnownBodyFirst = 32;

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
                flags[c] |= (byte)((SuffixFirstChars.Contains((char)c) ? SuffixFirst : 0)
                    | (TextClasses.Coordinators.Contains((char)c) ? Coordinator : 0)
                    | (DatelineMarks.Contains((char)c) ? DatelineMark : 0));
            }
            Mark(flags, ListHeads, ListHeadFirst);
            Mark(flags, ReporterLabels, ReporterLabelFirst);
            Mark(flags, KnownBodies, KnownBodyFirst);
            return flags;
        }

        /// <summary>Sets <paramref name="bit"/> for the first character of each of <paramref name="words"/>.</summary>
        private static void Mark(byte[] flags, string[] words, byte bit)
        {
            foreach (var word in words)
            {
                if (word.Length > 0)
                {
                    flags[word[0]] |= bit;
                }
            }
        }
    }
}
