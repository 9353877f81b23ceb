using WorkTeam.Extraction.Facts;

namespace WorkTeam.Cli;

/// <summary>
/// The one seam between the commands and the library's stages: turn an input into a document
/// (text and metadata), then a document into facts. Every command (<c>extract</c>, <c>summary</c>,
/// <c>keywords</c>, <c>text</c>, <c>docs</c>) goes through it, so wiring the Documents stage and
/// the extractors means writing one implementation. Implementations are called from several
/// threads at once and must be thread-safe.
/// </summary>
internal interface IDocumentPipeline
{
    /// <summary>
    /// Reads the file at <paramref name="path"/>. Throws <see cref="UnreadableDocumentException"/>
    /// (or <see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>) for a file that cannot
    /// be read as a document; the message says why and is shown to the user after the file name.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <param name="doc">The name to report it by (the path as the user named it).</param>
    LoadedDocument Load(string path, string doc);

    /// <summary>Reads a document from <paramref name="stream"/> (standard input); same errors as the path overload.</summary>
    LoadedDocument Load(Stream stream, string doc);

    /// <summary>A document whose text is already decoded (<c>--jsonl-input</c> with a <c>text</c> field).</summary>
    LoadedDocument FromText(string text, string doc);

    /// <summary>
    /// The facts of <paramref name="document"/> in document order, offsets into <see cref="LoadedDocument.Text"/>.
    /// </summary>
    /// <param name="document">A document from one of the Load methods.</param>
    /// <param name="kinds">The kinds wanted.</param>
    /// <param name="documentDate">The date to resolve 去年 and year-less dates against (<c>--date</c>); null to use the document's own.</param>
    IReadOnlyList<Fact> Extract(LoadedDocument document, FactKinds kinds, DateOnly? documentDate);

    /// <summary>
    /// Called once before a run of <see cref="Extract"/> on <paramref name="jobs"/> threads: an
    /// implementation may load its resources and compile its code paths on up to
    /// <paramref name="jobs"/> - 1 background threads, while the run starts. It must not block.
    /// </summary>
    /// <param name="jobs">The threads the run may use.</param>
    /// <param name="kinds">The kinds the run wants.</param>
    void Prepare(int jobs, FactKinds kinds)
    {
    }
}

/// <summary>A document as the commands see it: its name, its text and its metadata.</summary>
/// <param name="Doc">The name facts carry in <c>doc</c>: the path as the user named it, or <c>-</c>.</param>
/// <param name="Text">The text facts' offsets point into (for HTML, the extracted text).</param>
/// <param name="Metadata">Title, date, source, people, script and encoding, as far as known.</param>
/// <param name="Paragraphs">The number of paragraphs of the body.</param>
/// <param name="Bytes">The size of the input in bytes, for throughput.</param>
/// <param name="Native">The implementation's own document object (the library's Document), for <see cref="IDocumentPipeline.Extract"/>.</param>
/// <param name="Body">The cleaned body (page furniture left out): what <c>workteam text</c> prints and keywords read; null when it is <paramref name="Text"/>.</param>
/// <param name="Warnings">What the reader noticed without refusing the file (invalid bytes, no article found); shown on standard error.</param>
internal sealed record LoadedDocument(
    string Doc, string Text, DocumentInfo Metadata, int Paragraphs, long Bytes, object? Native = null,
    string? Body = null, IReadOnlyList<string>? Warnings = null)
{
    /// <summary>The cleaned body, or the whole text when the reader gave no separate body.</summary>
    public string BodyText => Body ?? Text;
}

/// <summary>Metadata of a document; every field may be unknown.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Published">ISO 8601, as precise as the document says: <c>2021-07-13</c> or <c>2021-07-13T10:32:00+08:00</c>.</param>
/// <param name="Source">来源: the outlet the text comes from.</param>
/// <param name="Authors">Authors and reporters (记者).</param>
/// <param name="Editors">Editors (编辑, 责任编辑).</param>
/// <param name="Script">The script of the text (for example <c>simplified</c>, <c>traditional</c>).</param>
/// <param name="Encoding">The encoding the file was decoded from (for example <c>utf-8</c>, <c>gb18030</c>, <c>big5</c>).</param>
internal sealed record DocumentInfo(
    string? Title = null,
    string? Published = null,
    string? Source = null,
    IReadOnlyList<string>? Authors = null,
    IReadOnlyList<string>? Editors = null,
    string? Script = null,
    string? Encoding = null)
{
    /// <summary>Nothing known.</summary>
    public static DocumentInfo Unknown { get; } = new();
}

/// <summary>A file that is not a readable document (binary, bad encoding); the message is the reason.</summary>
internal sealed class UnreadableDocumentException : Exception
{
    public UnreadableDocumentException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    public UnreadableDocumentException()
    {
    }

    public UnreadableDocumentException(string message)
        : base(message)
    {
    }
}
