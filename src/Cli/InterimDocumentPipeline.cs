using System.Text;
using HtmlAgilityPack;
using WorkTeam.Extraction.Facts;

namespace WorkTeam.Cli;

/// <summary>
/// What the CLI can do before the Documents stage and the extractors are merged: UTF-8 (BOM or not)
/// and UTF-16 (with BOM) text, a plain HtmlAgilityPack text for web pages, and no facts. Replace it
/// with the real stages in <see cref="WorkTeamCommand.Pipeline"/>; nothing else depends on it.
/// </summary>
internal sealed class InterimDocumentPipeline : IDocumentPipeline
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16 = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    public LoadedDocument Load(string path, string doc)
    {
        byte[] bytes = File.ReadAllBytes(path);
        bool html = path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
        return Decode(bytes, doc, html);
    }

    public LoadedDocument Load(Stream stream, string doc)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.ToArray(), doc, html: false);
    }

    public LoadedDocument FromText(string text, string doc) => new(doc, text, DocumentInfo.Unknown, CountParagraphs(text), Encoding.UTF8.GetByteCount(text));

    /// <summary>No extractor is merged yet, so no facts; the real pipeline returns them.</summary>
    public IReadOnlyList<Fact> Extract(LoadedDocument document, IReadOnlySet<FactKind>? kinds, DateOnly? documentDate) => [];

    private static LoadedDocument Decode(byte[] bytes, string doc, bool html)
    {
        string text;
        string encoding;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            text = Decode(StrictUtf16, bytes.AsSpan(2), "UTF-16");
            encoding = "utf-16";
        }
        else
        {
            if (bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0))
            {
                throw new UnreadableDocumentException("binary file (NUL bytes), not text");
            }
            var body = bytes.AsSpan();
            if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                body = body[3..];
            }
            text = Decode(StrictUtf8, body, "UTF-8");
            encoding = "utf-8";
        }
        string? title = null;
        if (html)
        {
            (text, title) = HtmlText(text);
        }
        return new LoadedDocument(doc, text, new DocumentInfo(Title: title, Encoding: encoding), CountParagraphs(text), bytes.Length);
    }

    private static string Decode(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableDocumentException($"not valid {name} (bad byte at {e.Index})", e);
        }
    }

    private static (string Text, string? Title) HtmlText(string source)
    {
        var page = new HtmlDocument();
        page.LoadHtml(source);
        foreach (var node in page.DocumentNode.SelectNodes("//script|//style|//noscript") ?? Enumerable.Empty<HtmlNode>())
        {
            node.Remove();
        }
        string? title = page.DocumentNode.SelectSingleNode("//title") is { } t ? HtmlEntity.DeEntitize(t.InnerText).Trim() : null;
        var root = page.DocumentNode.SelectSingleNode("//body") ?? page.DocumentNode;
        var text = new StringBuilder();
        foreach (var line in HtmlEntity.DeEntitize(root.InnerText).Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                text.Append(trimmed).Append('\n');
            }
        }
        return (text.ToString(), string.IsNullOrEmpty(title) ? null : title);
    }

    private static int CountParagraphs(string text)
    {
        int paragraphs = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                paragraphs++;
            }
        }
        return paragraphs;
    }
}
