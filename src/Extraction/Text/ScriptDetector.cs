using System.Text;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Text;

/// <summary>The Chinese script a text is written in.</summary>
public enum Script
{
    /// <summary>No character that tells the scripts apart (no Chinese, or only characters both scripts share).</summary>
    Unknown = 0,
    /// <summary>Simplified Chinese.</summary>
    Simplified,
    /// <summary>Traditional Chinese.</summary>
    Traditional,
    /// <summary>Both scripts in substantial amounts (see <see cref="ScriptDetector"/>).</summary>
    Mixed,
}

/// <summary>
/// Tells simplified from traditional Chinese by the characters that only one script uses, taken from
/// OpenCC's character tables: a character that <c>t2s</c> converts and that is not among its own
/// candidates is traditional-only (頭, 髮, 後); one that <c>s2t</c> converts and that is not among its
/// own candidates is simplified-only (头, 发, 后 is not: 后 stays 后 in 皇后). Characters in both
/// lists, and all others, count for neither.
/// </summary>
/// <remarks>
/// The text is <see cref="Script.Mixed"/> when both scripts tie, or when the less frequent script has at
/// least <see cref="MixedMinimumCount"/> distinctive characters making up at least
/// <see cref="MixedMinimumShare"/> of all distinctive characters; otherwise it is the script with more.
/// The floor keeps one stray form from making a text mixed: OpenCC's s2t table lists a few characters
/// that Taiwan and Hong Kong also write (群, 峰, 床, 秘), and these make up 0.2% to 0.3% of the
/// distinctive characters of the SIGHAN AS and CityU test sets.
/// </remarks>
public static class ScriptDetector
{
    /// <summary>The share of the minority script's distinctive characters from which a text is mixed.</summary>
    public const double MixedMinimumShare = 0.2;

    /// <summary>The number of the minority script's distinctive characters from which a text can be mixed.</summary>
    public const int MixedMinimumCount = 2;

    /// <summary>Detects the script of <paramref name="text"/>.</summary>
    /// <exception cref="Resources.ResourceLoadException">The embedded OpenCC tables are missing or corrupt.</exception>
    public static Script Detect(ReadOnlySpan<char> text)
    {
        var (traditional, simplified) = CountDistinctive(text);
        if (traditional == simplified)
        {
            return traditional == 0 ? Script.Unknown : Script.Mixed;
        }
        int minority = Math.Min(traditional, simplified);
        if (minority >= MixedMinimumCount && minority >= MixedMinimumShare * (traditional + simplified))
        {
            return Script.Mixed;
        }
        return traditional > simplified ? Script.Traditional : Script.Simplified;
    }

    /// <summary>How many traditional-only and simplified-only characters <paramref name="text"/> contains.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static (int Traditional, int Simplified) CountDistinctive(ReadOnlySpan<char> text)
    {
        var classes = DistinctiveCharacters.Default;
        var bmp = classes.Bmp;
        int traditional = 0, simplified = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            byte kind;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kind = classes.OfSupplementary(char.ConvertToUtf32(c, text[i + 1]));
                i++;
            }
            else
            {
                kind = bmp[c];
            }
            // Counted without a branch (kind is 0, 1 or 2, never both bits): which script a character
            // tells is no pattern a branch predictor can learn.
            traditional += kind & DistinctiveCharacters.TraditionalOnly;
            simplified += kind >> 1;
        }
        return (traditional, simplified);
    }

    /// <summary>The class of every character, built once from OpenCC's character tables.</summary>
    internal sealed class DistinctiveCharacters
    {
        public const byte TraditionalOnly = 1;
        public const byte SimplifiedOnly = 2;

        private static readonly Lazy<DistinctiveCharacters> s_default =
            new(() => new DistinctiveCharacters(OpenCcTable.LoadEmbedded(
                [ResourceFormat.OpenCcTraditionalToSimplifiedCharacters, ResourceFormat.OpenCcSimplifiedToTraditionalCharacters])),
                LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly byte[] _supplementary;
        private readonly int _supplementaryFirst;

        // Only the two character tables: loading the phrase tables too tripled the first call's time.
        // Plain arrays only: a Dictionary<int, byte> and LINQ over it were JIT-compiled at the first
        // call (generic code over value types is not in the precompiled image), a third of its time.
        private DistinctiveCharacters(Dictionary<string, OpenCcTable> characterTables)
        {
            var toSimplified = characterTables[ResourceFormat.OpenCcTraditionalToSimplifiedCharacters];
            var toTraditional = characterTables[ResourceFormat.OpenCcSimplifiedToTraditionalCharacters];
            // The supplementary keys sit in a narrow band (CJK extensions, planes 2 and 3): one array over it.
            int first = int.MaxValue, last = -1;
            SupplementaryBand(toSimplified, ref first, ref last);
            SupplementaryBand(toTraditional, ref first, ref last);
            var bmp = new byte[65536];
            var supplementary = new byte[last < first ? 0 : last - first + 1];
            _supplementaryFirst = last < first ? 0 : first;
            Mark(toSimplified, TraditionalOnly, bmp, supplementary, _supplementaryFirst);
            Mark(toTraditional, SimplifiedOnly, bmp, supplementary, _supplementaryFirst);
            // Two calls, not a loop over a collection expression (its inline-array helpers were JIT-compiled at the first line).
            ClearShared(bmp);
            ClearShared(supplementary);
            Bmp = bmp;
            _supplementary = supplementary;
        }

        public static DistinctiveCharacters Default => s_default.Value;

        private static void ClearShared(byte[] kinds)
        {
            for (int c = 0; c < kinds.Length; c++)
            {
                if (kinds[c] == (TraditionalOnly | SimplifiedOnly))
                {
                    kinds[c] = 0;
                }
            }
        }

        public byte[] Bmp { get; }

        public byte OfSupplementary(int codePoint)
        {
            uint index = (uint)(codePoint - _supplementaryFirst);
            return index < (uint)_supplementary.Length ? _supplementary[index] : (byte)0;
        }

        /// <summary>The key of <paramref name="entry"/> as one code point, or -1 when it is more than one.</summary>
        private static int SingleCodePoint(OpenCcTable table, int entry)
        {
            var key = table.Key(entry);
            return Rune.DecodeFromUtf16(key, out var rune, out int used) == System.Buffers.OperationStatus.Done && used == key.Length
                ? rune.Value : -1;
        }

        private static void SupplementaryBand(OpenCcTable table, ref int first, ref int last)
        {
            for (int e = 0; e < table.Count; e++)
            {
                int codePoint = SingleCodePoint(table, e);
                if (codePoint > char.MaxValue)
                {
                    first = Math.Min(first, codePoint);
                    last = Math.Max(last, codePoint);
                }
            }
        }

        private static void Mark(OpenCcTable table, byte kind, byte[] bmp, byte[] supplementary, int supplementaryFirst)
        {
            for (int e = 0; e < table.Count; e++)
            {
                var key = table.Key(e);
                bool keepsItself = false;
                for (int j = 0; j < table.CandidateCount(e); j++)
                {
                    keepsItself |= key.SequenceEqual(table.Candidate(e, j));
                }
                int codePoint = keepsItself ? -1 : SingleCodePoint(table, e);
                if (codePoint < 0)
                {
                    continue;
                }
                if (codePoint <= char.MaxValue)
                {
                    bmp[codePoint] |= kind;
                }
                else
                {
                    supplementary[codePoint - supplementaryFirst] |= kind;
                }
            }
        }
    }
}
