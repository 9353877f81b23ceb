using System.Text;
using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Cli;

/// <summary>
/// The tool's pipeline: the Documents stage reads the file (encodings, web pages, metadata, body),
/// the library's ReportAnalyzer finds the facts of the body's paragraphs.
/// </summary>
internal sealed class LibraryDocumentPipeline : IDocumentPipeline
{
    public LoadedDocument Load(string path, string doc)
    {
        try
        {
            return Wrap(Document.Load(path), doc, new FileInfo(path).Length);
        }
        catch (DocumentLoadException e)
        {
            throw new UnreadableDocumentException(e.Reason ?? e.Message, e);
        }
    }

    public LoadedDocument Load(Stream stream, string doc)
    {
        try
        {
            var counting = new MemoryStream();
            stream.CopyTo(counting);
            counting.Position = 0;
            return Wrap(Document.Load(counting, doc), doc, counting.Length);
        }
        catch (DocumentLoadException e)
        {
            throw new UnreadableDocumentException(e.Reason ?? e.Message, e);
        }
    }

    public LoadedDocument FromText(string text, string doc) => Wrap(Document.FromText(text, doc), doc, Encoding.UTF8.GetByteCount(text));

    public IReadOnlyList<Fact> Extract(LoadedDocument document, IReadOnlySet<FactKind>? kinds, DateOnly? documentDate) =>
        ReportAnalyzer.Default.Extract((Document)document.Native!, documentDate, kinds);

    private static LoadedDocument Wrap(Document document, string doc, long bytes)
    {
        var meta = document.Metadata;
        string? script = meta.Script switch
        {
            WorkTeam.Extraction.Text.Script.Simplified => "simplified",
            WorkTeam.Extraction.Text.Script.Traditional => "traditional",
            WorkTeam.Extraction.Text.Script.Mixed => "mixed",
            _ => null,
        };
        var info = new DocumentInfo(meta.Title, meta.Published, meta.Source, meta.Authors, meta.Editors, script, meta.Encoding);
        return new LoadedDocument(doc, document.Text, info, document.Paragraphs.Count, bytes, document,
            Body: document.GetBodyText(), Warnings: document.Warnings.Count > 0 ? document.Warnings : null);
    }
}
