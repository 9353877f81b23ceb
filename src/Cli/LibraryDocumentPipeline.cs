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
            // Straight into the Documents stage, which bounds what it reads (DocumentLoadOptions.MaxBytes).
            var counting = new CountingStream(stream);
            var document = Document.Load(counting, doc);
            return Wrap(document, doc, counting.BytesRead);
        }
        catch (DocumentLoadException e)
        {
            throw new UnreadableDocumentException(e.Reason ?? e.Message, e);
        }
    }

    /// <summary>A read-only pass-through that counts the bytes read (for MB/s on standard input).</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));
        public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Counted(int n)
        {
            BytesRead += n;
            return n;
        }
    }

    public LoadedDocument FromText(string text, string doc) => Wrap(Document.FromText(text, doc), doc, Encoding.UTF8.GetByteCount(text));

    public IReadOnlyList<Fact> Extract(LoadedDocument document, FactKinds kinds, DateOnly? documentDate) =>
        ReportAnalyzer.Default.Extract((Document)document.Native!, documentDate, kinds);

    /// <summary>
    /// With two jobs or more, warms the extractors up on a background thread (<see cref="WarmUp"/>):
    /// the entity recognizers with the gazetteer and the plain-text reader, then the quantity
    /// recognizers, while the main thread parses the command line and lists the folders. One thread
    /// was measured against two and none: on 10,000 reports with two jobs it kept both workers busiest
    /// (3.5 s, against 3.7 s and 4.0 s).
    /// </summary>
    public void Prepare(int jobs, FactKinds kinds)
    {
        var steps = new List<Action>();
        if ((kinds & FactKinds.Entities) != 0)
        {
            steps.Add(() => ReportAnalyzer.Default.Extract(Document.FromText(EntitySample, "warm-up"), kinds: FactKinds.Entities));
        }
        if ((kinds & FactKinds.Quantities) != 0)
        {
            steps.Add(() => ReportAnalyzer.Default.Extract(QuantitySample, new DateOnly(2021, 7, 13), FactKinds.Quantities));
        }
        WarmUp.Start(jobs, steps);
    }

    private const string QuantitySample =
        "2021年7月13日，投入资金600余万元（人民币），帮扶1826人、2322户(次)，种植150亩，增长85.3%，三成，百分之十二，去年底，為1.5億元。";

    private const string EntitySample =
        "新疆维吾尔自治区民丰县若克雅乡劳光村\n" +
        "自治区人民政府办公厅“访惠聚”驻村工作队队长艾合买提·吐尔逊和第一书记张建国走访了中国农业银行民丰县支行、民豐縣若克雅鄉。";

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
