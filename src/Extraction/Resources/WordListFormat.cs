namespace WorkTeam.Extraction.Resources;

/// <summary>
/// The compiled word lists: every <c>Data/*.tsv</c> list under src/Extraction (a header line, then one
/// row a line, <c>#</c> comment lines and blank lines skipped) compiled by build/ResourceCompiler into one
/// resource. This file is compiled into both the library and the compiler. After the header (magic,
/// <see cref="ResourceFormat.Version"/>): the list count, then per list its name (the file name without
/// <c>.tsv</c>), the column count and names, the row count and the cells row by row (length-prefixed UTF-8).
/// </summary>
internal static class WordListFormat
{
    /// <summary>The compiled file's name.</summary>
    public const string File = "wordlists.bin";

    /// <summary>"WTWL".</summary>
    public const int Magic = 0x4C57_5457;

    /// <summary>Files under a <c>Data/</c> folder that are embedded as they are and are no word list.</summary>
    public static readonly string[] NotWordLists = ["gazetteer.tsv"];
}
