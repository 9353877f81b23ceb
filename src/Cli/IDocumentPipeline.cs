using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Cli;

/// <summary>
/// The one seam between the commands and the library: turn an input into the library's
/// <see cref="Document"/>, then a document into facts. Every command (<c>extract</c>, <c>summary</c>,
/// <c>keywords</c>, <c>text</c>, <c>docs</c>, <c>topics</c>) goes through it, so tests can decide the facts.
/// Implementations are called from several threads at once and must be thread-safe.
/// </summary>
internal interface IDocumentPipeline
{
    /// <summary>
    /// Reads the file at <paramref name="path"/>. Throws <see cref="DocumentLoadException"/> (or
    /// <see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>) for a file that cannot be
    /// read as a document; its reason is shown to the user after the file name.
    /// </summary>
    Document Load(string path);

    /// <summary>Reads a document from <paramref name="stream"/> (standard input); same errors as the path overload.</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="doc">The document's name (<c>-</c>).</param>
    Document Load(Stream stream, string doc);

    /// <summary>A document whose text is already decoded (<c>--jsonl-input</c> with a <c>text</c> field).</summary>
    Document FromText(string text, string doc);

    /// <summary>The facts of <paramref name="document"/> in document order, offsets into <see cref="Document.Text"/>.</summary>
    /// <param name="document">A document from one of the Load methods.</param>
    /// <param name="kinds">The kinds wanted.</param>
    /// <param name="documentDate">The date to resolve 去年 and year-less dates against (<c>--date</c>); null to use the document's own.</param>
    IReadOnlyList<Fact> Extract(Document document, FactKinds kinds, DateOnly? documentDate);

    /// <summary>
    /// The facts of each of <paramref name="documents"/>, in their order, as <see cref="Extract"/> gives each: a run
    /// hands a block of documents at once so that the library reads them stage by stage. An exception means the
    /// block failed as a whole: the run then calls <see cref="Extract"/> on each of its documents to name the one
    /// that fails. By default, <see cref="Extract"/> on each document in turn.
    /// </summary>
    /// <param name="documents">Documents from the Load methods.</param>
    /// <param name="kinds">The kinds wanted.</param>
    /// <param name="documentDate">As in <see cref="Extract"/>.</param>
    IReadOnlyList<IReadOnlyList<Fact>> ExtractEach(IReadOnlyList<Document> documents, FactKinds kinds, DateOnly? documentDate) =>
        [.. documents.Select(document => Extract(document, kinds, documentDate))];

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

    /// <summary>
    /// The same pipeline reading places with <paramref name="gazetteer"/> (<c>--gazetteer</c>); by default this one
    /// (a pipeline whose facts a test decides).
    /// </summary>
    IDocumentPipeline WithGazetteer(Gazetteer gazetteer) => this;
}

/// <summary>
/// A document of a run: the library's <see cref="Document"/> with what only the tool knows, the name
/// its facts carry and the bytes read (for MB/s).
/// </summary>
/// <param name="Doc">The name facts carry in <c>doc</c>: the path as the user named it, or <c>-</c>.</param>
/// <param name="Document">The document as the library read it.</param>
/// <param name="Size">How to find the size of the input in bytes (<see cref="Bytes"/>).</param>
internal sealed record RunDocument(string Doc, Document Document, Func<long> Size)
{
    private string? _body;
    private long? _bytes;

    /// <summary>
    /// The size of the input in bytes, found at its first use: only the progress bar asks (its MB/s), and a run without one
    /// spared a stat(2) per file and a count of each --jsonl-input text's UTF-8 bytes.
    /// </summary>
    public long Bytes => _bytes ??= Size();

    /// <summary>The body as a reader takes it (<see cref="Document.GetBodyText"/>), made once.</summary>
    public string Body => _body ??= Document.GetBodyText();
}
