using System.Text;
using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Cli;

/// <summary>
/// The tool's pipeline: the Documents stage reads the file (encodings, web pages, metadata, body),
/// the quantity and entity extractors find the facts of the body's paragraphs.
/// </summary>
internal sealed class LibraryDocumentPipeline : IDocumentPipeline
{
    private readonly QuantityExtractor _quantities = new();
    private readonly EntityExtractor _entities = new();

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

    public IReadOnlyList<Fact> Extract(LoadedDocument document, IReadOnlySet<FactKind>? kinds, DateOnly? documentDate)
    {
        var native = (Document)document.Native!;
        var date = documentDate ?? native.Metadata.PublishedDate;
        var entityKinds = EntityKinds.None;
        foreach (var kind in kinds ?? (IEnumerable<FactKind>)Enum.GetValues<FactKind>())
        {
            entityKinds |= kind switch
            {
                FactKind.Place => EntityKinds.Place,
                FactKind.Org => EntityKinds.Org,
                FactKind.Person => EntityKinds.Person,
                FactKind.Team => EntityKinds.Team,
                _ => EntityKinds.None,
            };
        }
        var quantities = kinds is null ? _quantities.Extract(native.Text, date) : _quantities.Extract(native.Text, date, kinds);
        var entities = entityKinds == EntityKinds.None ? [] : _entities.Extract(native.Text, entityKinds);
        // Facts are the body's: page furniture (outside the paragraphs) is skipped but keeps its offsets.
        var facts = new List<Fact>(quantities.Count + entities.Count);
        foreach (var fact in quantities.Concat(entities).OrderBy(f => f.Start).ThenBy(f => f.End))
        {
            if (InBody(native.Paragraphs, fact.Start, fact.End))
            {
                facts.Add(fact);
            }
        }
        return facts;
    }

    private static bool InBody(IReadOnlyList<(int Start, int Length)> paragraphs, int start, int end)
    {
        int lo = 0, hi = paragraphs.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var (s, length) = paragraphs[mid];
            if (end <= s)
            {
                hi = mid - 1;
            }
            else if (start >= s + length)
            {
                lo = mid + 1;
            }
            else
            {
                return start >= s && end <= s + length;
            }
        }
        return false;
    }

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
