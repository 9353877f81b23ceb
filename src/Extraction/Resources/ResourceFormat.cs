namespace WorkTeam.Extraction.Resources;

/// <summary>
/// Names and magic numbers of the compiled resources. This file is compiled into both the library
/// (which reads the resources) and build/ResourceCompiler (which writes them), so the two cannot
/// drift apart. Every file starts with its magic and <see cref="Version"/>; integers are little-endian.
/// </summary>
internal static class ResourceFormat
{
    public const int Version = 1;

    /// <summary>Jieba's dictionary as a double-array trie with each node's frequency and POS tag.</summary>
    public const string JiebaDictionary = "jieba.dict.bin";
    public const int JiebaDictionaryMagic = 0x3344_5457; // "WTD3": packed 6-byte cells, tags apart

    /// <summary>Bytes of a packed dictionary cell (see <see cref="PackDictionaryCell"/>).</summary>
    public const int CellBytes = 6;

    /// <summary>
    /// Bits of a packed dictionary cell: the base of the node's children (below 2^20; 0 for a node with
    /// none), the code of the character that leads to the node (its label, below 2^14) and its
    /// frequency index (below 2^13): 47 bits, stored in 6 bytes.
    /// </summary>
    public const int CellBaseBits = 20, CellLabelShift = 20, CellLabelBits = 14, CellFrequencyShift = 34, CellFrequencyBits = 13;

    /// <summary>
    /// One trie node of <see cref="JiebaDictionary"/> as the low 48 bits of a 64-bit word. The label
    /// stands in for the parent a double array's check names: every node with children has its own
    /// base, so the only node whose child by code c can sit at cell b + c is the one whose base is b.
    /// </summary>
    public static ulong PackDictionaryCell(int @base, int label, int frequencyIndex)
    {
        if ((uint)@base >= 1 << CellBaseBits || (uint)label >= 1 << CellLabelBits || (uint)frequencyIndex >= 1 << CellFrequencyBits)
        {
            throw new ArgumentOutOfRangeException(nameof(@base), $"dictionary cell ({@base}, {label}, {frequencyIndex}) does not fit the packed layout");
        }
        return (uint)@base | ((ulong)(uint)label << CellLabelShift) | ((ulong)(uint)frequencyIndex << CellFrequencyShift);
    }

    /// <summary>Jieba's finalseg HMM (B/M/E/S start, transition and emission log-probabilities).</summary>
    public const string JiebaHmm = "jieba.hmm.bin";
    public const int JiebaHmmMagic = 0x484D_5457; // "WTMH"

    /// <summary>Jieba's posseg HMM (states are (B/M/E/S, tag) pairs).</summary>
    public const string JiebaPosHmm = "jieba.pos.bin";
    public const int JiebaPosHmmMagic = 0x5350_5457; // "WTPS"

    /// <summary>Jieba's IDF table for keyword extraction.</summary>
    public const string JiebaIdf = "jieba.idf.bin";
    public const int JiebaIdfMagic = 0x4449_5457; // "WTID"

    /// <summary>
    /// OpenCC's traditional/simplified character and phrase tables. After the header: the table count,
    /// then per table: its name; a UTF-16 pool (char array) holding, entry after entry in ordinal key
    /// order, the key and then its candidates (the first is OpenCC's default); the start of every string
    /// in the pool (int array, one more than the strings); the first string of every entry (int array,
    /// one more than the entries); and a double-array trie of the keys (codes, bases, checks) with, per
    /// trie cell, the entry whose key ends there or -1. Arrays are a length and raw elements.
    /// </summary>
    public const string OpenCc = "opencc.bin";
    public const int OpenCcMagic = 0x434F_5457; // "WTOC"

    /// <summary>The table names inside <see cref="OpenCc"/>, in file order.</summary>
    public static readonly string[] OpenCcTables =
    [
        OpenCcTraditionalToSimplifiedPhrases, OpenCcTraditionalToSimplifiedCharacters,
        OpenCcSimplifiedToTraditionalPhrases, OpenCcSimplifiedToTraditionalCharacters,
    ];

    // OpenCC's own file names (t2s.json uses the TS pair, s2t.json the ST pair).
    public const string OpenCcTraditionalToSimplifiedPhrases = "TSPhrases";
    public const string OpenCcTraditionalToSimplifiedCharacters = "TSCharacters";
    public const string OpenCcSimplifiedToTraditionalPhrases = "STPhrases";
    public const string OpenCcSimplifiedToTraditionalCharacters = "STCharacters";

    /// <summary>The logical name under which a compiled file is embedded in the assembly.</summary>
    public static string LogicalName(string file) => "WorkTeam." + file;

    /// <summary>Jieba's floor for a missing HMM log-probability (MIN_FLOAT in finalseg and posseg).</summary>
    public const double MinFloat = -3.14e100;
}
