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
    public const int JiebaDictionaryMagic = 0x3244_5457; // "WTD2": packed 8-byte cells

    /// <summary>Bits of a packed dictionary cell: base, check (each below 2^21), frequency index (below 2^13), tag (a byte).</summary>
    public const int CellIndexBits = 21, CellFrequencyShift = 42, CellFrequencyBits = 13, CellTagShift = 55;

    /// <summary>One trie node of <see cref="JiebaDictionary"/> as a 64-bit word (see JiebaDictionary).</summary>
    public static ulong PackDictionaryCell(int @base, int check, int frequencyIndex, byte tag)
    {
        const int limit = 1 << CellIndexBits;
        if ((uint)@base >= limit || (uint)check >= limit || (uint)frequencyIndex >= 1 << CellFrequencyBits)
        {
            throw new ArgumentOutOfRangeException(nameof(@base), $"dictionary cell ({@base}, {check}, {frequencyIndex}) does not fit the packed layout");
        }
        return (uint)@base | ((ulong)(uint)check << CellIndexBits) | ((ulong)(uint)frequencyIndex << CellFrequencyShift) | ((ulong)tag << CellTagShift);
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
