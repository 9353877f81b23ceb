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
        public const ushort SuffixFirst = 1, Coordinator = 2, ListHeadFirst = 4, DatelineMark = 8, ReporterLabelFirst = 16, KnownBodyFirst = 32;

        /// <summary>For the suffix scan's per-character test: a suffix of one character, a longer suffix's second character.</summary>
        public const ushort OneCharacterSuffix = 64, SuffixSecond = 128;

        private static readonly CharTriggers Table = new CharTriggers()
            .MarkWhere(c => SuffixFirstChars.Contains(c), SuffixFirst)
            .MarkWhere(c => TextClasses.Coordinators.Contains(c), Coordinator)
            .MarkWhere(c => DatelineMarks.Contains(c), DatelineMark)
            .MarkFirst(ListHeads, ListHeadFirst)
            .MarkFirst(ReporterLabels, ReporterLabelFirst)
            .MarkFirst(KnownBodies, KnownBodyFirst)
            .MarkWhere(c => OneCharacterSuffixes.Contains(c), OneCharacterSuffix)
            .MarkWhere(c => SuffixSecondChars.Contains(c), SuffixSecond);

        /// <summary>Each UTF-16 unit's bits (eight: one byte each, <see cref="CharTriggers.ToBytes"/>), for the scan that reads them as it walks a text.</summary>
        public static readonly byte[] Flags = Table.ToBytes();
    }
}
