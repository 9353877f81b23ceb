using System.Text;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Documents;

/// <summary>
/// One article as read from a file, a stream or a string: its text, the body paragraphs, and its
/// metadata. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// For plain text, <see cref="Text"/> is the decoded file exactly (without a byte order mark) and
/// <see cref="Paragraphs"/> are the ranges of it that are article body: the headline and the page
/// furniture (来源, 编辑, share bars, image names) are skipped, not cut out, so offsets into
/// <see cref="Text"/> are offsets into the decoded file. The headline and the lines that date, source
/// or credit the story are no body but are read for facts (<see cref="Header"/>). For HTML, <see cref="Text"/> is the
/// article's text as extracted: its headline, then its paragraphs, joined by line breaks; the headline is its
/// <see cref="Header"/> and the paragraphs cover the rest.
/// </remarks>
public sealed class Document
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".shtml", ".xhtml", ".asp", ".aspx", ".php", ".jsp"];

    private Document(string? name, ConvertedText reading, IReadOnlyList<(int Start, int Length)> paragraphs, IReadOnlyList<(int Start, int Length)> header,
        DocumentMetadata metadata, IReadOnlyList<string> warnings, bool isHtml)
    {
        Name = name;
        Text = reading.Original;
        Reading = reading;
        // The readers measure paragraphs as they cut them; the public ranges are (Start, End), as a Fact's are.
        Paragraphs = ToStartEnd(paragraphs);
        Header = ToStartEnd(header);
        FactRanges = JoinWrapped(Text, header.Count == 0 ? Paragraphs : Sorted(Paragraphs, Header));
        Metadata = metadata;
        Warnings = warnings;
        IsHtml = isHtml;
    }

    /// <summary>The path or name the document was loaded under; null for a string or an unnamed stream.</summary>
    public string? Name { get; }

    /// <summary>The decoded text of a text file, or the extracted article text of a web page (headline first).</summary>
    public string Text { get; }

    /// <summary>
    /// The reading view of <see cref="Text"/>: inline pinyin removed, lost characters blank, with the
    /// map back to offsets in <see cref="Text"/>. Facts and metadata are read on it.
    /// </summary>
    internal ConvertedText Reading { get; }

    /// <summary>
    /// The article's body paragraphs as UTF-16 ranges of <see cref="Text"/>, in order, trimmed of
    /// surrounding spaces, <c>End</c> exclusive. Everything of <see cref="Text"/> outside them is furniture or blank.
    /// </summary>
    public IReadOnlyList<(int Start, int End)> Paragraphs { get; }

    /// <summary>
    /// The lines outside the body that are still read for facts, as UTF-16 ranges of <see cref="Text"/>
    /// in order, <c>End</c> exclusive: the headline with its kicker and subtitle, the header lines that date,
    /// source or credit the story (<c>2020年09月22日 12:11 来源:兵团日报</c>, <c>芜湖日报记者 付君兰</c>), and below the
    /// body only a notice's closing date line (<c>2019年2月18日</c> under its senders, at most three lines after its last
    /// paragraph; not a date with a time of day, nor the dates of a list of links). Navigation,
    /// share bars, counters and file names are in neither these nor <see cref="Paragraphs"/>. For a web page, the
    /// headline that opens its extracted <see cref="Text"/>.
    /// </summary>
    public IReadOnlyList<(int Start, int End)> Header { get; }

    /// <summary>The ranges facts are kept in: <see cref="Paragraphs"/> and <see cref="Header"/>, in order.</summary>
    internal IReadOnlyList<(int Start, int End)> FactRanges { get; }

    /// <summary>Headline, date, source, people, script and encoding.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>What the loader noticed but did not refuse: an empty file, invalid bytes, no article found.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Whether the document was read as HTML (then <see cref="Text"/> is the extracted text).</summary>
    public bool IsHtml { get; }

    /// <summary>
    /// The body paragraphs joined by line breaks, as a reader takes them (inline pinyin annotations
    /// removed, lost characters blank): what <c>workteam text</c> prints.
    /// </summary>
    public string GetBodyText()
    {
        var builder = new StringBuilder();
        foreach (var (start, end) in Paragraphs)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }
            builder.Append(ReadingText.Clean(Text[start..end]));
        }
        return builder.ToString();
    }

    /// <summary>
    /// The same document with metadata known from elsewhere (a crawler's title and date) in place of
    /// what was read from it; its publish date resolves the text's relative dates.
    /// </summary>
    /// <param name="metadata">The metadata to carry.</param>
    public Document WithMetadata(DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return new Document(this, metadata);
    }

    private Document(Document document, DocumentMetadata metadata)
    {
        Name = document.Name;
        Text = document.Text;
        Reading = document.Reading;
        Paragraphs = document.Paragraphs;
        Header = document.Header;
        FactRanges = document.FactRanges;
        Metadata = metadata;
        Warnings = document.Warnings;
        IsHtml = document.IsHtml;
    }

    /// <summary>Loads a text file or a saved web page, detecting its encoding.</summary>
    /// <param name="path">The file; a name ending in .html, .htm, .shtml and the like is read as HTML, as is content that starts like HTML.</param>
    /// <param name="options">Size limit and format; null for the defaults.</param>
    /// <exception cref="DocumentLoadException">The file is missing, unreadable, over the size limit or not text.</exception>
    public static Document Load(string path, DocumentLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= DocumentLoadOptions.Default;
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new DocumentLoadException(path, "file not found");
            }
            if (info.Length > options.MaxBytes)
            {
                throw new DocumentLoadException(path, $"the file is {info.Length} bytes, over the limit of {options.MaxBytes} bytes (DocumentLoadOptions.MaxBytes)");
            }
            // Read up to the limit, never to an end that may not come: a file that says it is empty
            // may be a device or a pseudo-file (/dev/zero, /proc) whose length is no bound.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            bytes = ReadBounded(stream, options.MaxBytes, path, useLength: info.Length > 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            throw new DocumentLoadException(path, "the file cannot be read: " + e.Message, e);
        }
        return FromBytes(bytes, path, options);
    }

    /// <summary>Loads a document from a stream, read to its end (the stream is not closed).</summary>
    /// <param name="stream">The bytes of a text file or a web page.</param>
    /// <param name="name">The document's name for messages and for telling HTML by its extension; may be null.</param>
    /// <param name="options">Size limit and format; null for the defaults.</param>
    /// <exception cref="DocumentLoadException">The stream is unreadable, over the size limit or not text.</exception>
    public static Document Load(Stream stream, string? name = null, DocumentLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= DocumentLoadOptions.Default;
        byte[] bytes;
        try
        {
            bytes = ReadBounded(stream, options.MaxBytes, name);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new DocumentLoadException(name, "the stream cannot be read: " + e.Message, e);
        }
        return FromBytes(bytes, name, options);
    }

    /// <summary>A document from text that was already decoded (copied from a web page, or a plain report).</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">An optional name.</param>
    public static Document FromText(string text, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Guarded(name, () => FromPlainText(text, name, "utf-16", []));
    }

    /// <summary>A document from the markup of a web page.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="name">An optional name.</param>
    public static Document FromHtml(string html, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Guarded(name, () => FromHtmlText(html, name, "utf-16", []));
    }

    private static Document FromBytes(byte[] bytes, string? name, DocumentLoadOptions options)
    {
        var isHtml = options.IsHtml ?? (HasHtmlExtension(name) || HtmlSniffer.LooksLikeHtml(bytes));
        var declared = isHtml ? HtmlSniffer.DeclaredCharset(bytes) : null;
        var decoded = TextDecoder.Decode(bytes, declared, name);
        var warnings = new List<string>();
        if (bytes.Length == 0)
        {
            warnings.Add("empty file");
        }
        if (decoded.Reason.StartsWith("mixed encodings", StringComparison.Ordinal))
        {
            warnings.Add(decoded.Reason);
        }
        if (decoded.InvalidBytes > 0)
        {
            warnings.Add($"{decoded.InvalidBytes} invalid bytes in {decoded.EncodingName} ({decoded.Reason}), each read as U+FFFD");
        }
        if (declared is not null && TextDecoder.CodePageOf(declared) is { } stated && stated.Name != decoded.EncodingName)
        {
            warnings.Add($"the page declares charset {declared} but its bytes are {decoded.EncodingName}");
        }
        return Guarded(name, () => isHtml
            ? FromHtmlText(decoded.Text, name, decoded.EncodingName, warnings)
            : FromPlainText(decoded.Text, name, decoded.EncodingName, warnings));
    }

    private static Document Guarded(string? name, Func<Document> load)
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is not (DocumentLoadException or OutOfMemoryException or InsufficientExecutionStackException))
        {
            // A reader bug must not take down a batch run: the file is named and refused.
            throw new DocumentLoadException(name, "the document could not be read: " + e.Message, e);
        }
        catch (InsufficientExecutionStackException e)
        {
            throw new DocumentLoadException(name, "the document is nested too deeply to read", e);
        }
    }

    private static Document FromPlainText(string text, string? name, string encoding, List<string> warnings)
    {
        if (text.Length == 0 && !warnings.Contains("empty file"))
        {
            warnings.Add("empty file");
        }
        // The layout is read on the reading view, so a header line of lost characters or pinyin reads
        // as a reader sees it; its paragraphs are mapped back to ranges of the text.
        var reading = ReadingText.Create(text);
        var layout = CopiedPageReader.Read(reading.View);
        if (layout.Paragraphs.Count == 0 && text.Length > 0)
        {
            warnings.Add("no body text found");
        }
        var metadata = BuildMetadata(layout.Title, layout.Findings, ScriptDetector.Detect(text), encoding);
        return new Document(name, reading, ToOriginal(layout.Paragraphs, reading), ToOriginal(layout.Header, reading), metadata, warnings.ToArray(), isHtml: false);
    }

    private static Document FromHtmlText(string html, string? name, string encoding, List<string> warnings)
    {
        var article = HtmlArticleExtractor.Extract(html, warnings);
        var metadata = BuildMetadata(article.Title, article.Findings, ScriptDetector.Detect(article.Text), encoding);
        return new Document(name, ReadingText.Create(article.Text), article.Paragraphs.ToArray(), article.Header.ToArray(), metadata, warnings.ToArray(), isHtml: true);
    }

    private static DocumentMetadata BuildMetadata(string? title, BylineFindings findings, Script script, string encoding)
    {
        var published = findings.Published;
        return new DocumentMetadata
        {
            Title = TitleCleaner.Clean(title),
            PublishedDate = published?.Date,
            PublishedTime = published?.Time,
            PublishedTimeHasSeconds = published?.HasSeconds ?? false,
            PublishedOffset = published?.Offset,
            PublishedMonthDay = published is null ? findings.PublishedMonthDay : null,
            Source = findings.Source,
            Authors = findings.Authors.ToArray(),
            Editors = findings.Editors.ToArray(),
            Script = script,
            Encoding = encoding,
        };
    }

    /// <summary>Two lists of ranges as one, in order (start, then end).</summary>
    private static (int Start, int End)[] Sorted(IReadOnlyList<(int Start, int End)> first, IReadOnlyList<(int Start, int End)> second)
    {
        var all = new (int Start, int End)[first.Count + second.Count];
        for (int i = 0; i < first.Count; i++)
        {
            all[i] = first[i];
        }
        for (int i = 0; i < second.Count; i++)
        {
            all[first.Count + i] = second[i];
        }
        Array.Sort(all);
        return all;
    }

    /// <summary>
    /// The fact ranges with two neighbours that only a line break of a page wrapped at a fixed width parts made one
    /// (<see cref="WrappedLines"/>): a number the column's edge cut (歲入四千三⏎百十六萬五千元) is kept. The same list when none is.
    /// </summary>
    private static IReadOnlyList<(int Start, int End)> JoinWrapped(string text, IReadOnlyList<(int Start, int End)> ranges)
    {
        List<(int Start, int End)>? joined = null;
        for (var k = 1; k < ranges.Count; k++)
        {
            var end = ranges[k - 1].End;
            if (WrappedLines.BreakLength(text, end) is var br and > 0 && end + br == ranges[k].Start)
            {
                joined ??= [.. ranges];
                break;
            }
        }
        if (joined is null)
        {
            return ranges;
        }
        joined.Clear();
        foreach (var range in ranges)
        {
            if (joined.Count > 0 && joined[^1].End is var end && WrappedLines.BreakLength(text, end) is var br and > 0 && end + br == range.Start)
            {
                joined[^1] = (joined[^1].Start, range.End);
            }
            else
            {
                joined.Add(range);
            }
        }
        return joined.ToArray();
    }

    private static (int Start, int End)[] ToStartEnd(IReadOnlyList<(int Start, int Length)> ranges)
    {
        var result = new (int Start, int End)[ranges.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (ranges[i].Start, ranges[i].Start + ranges[i].Length);
        }
        return result;
    }

    private static (int Start, int Length)[] ToOriginal(List<(int Start, int Length)> paragraphs, ConvertedText reading)
    {
        var mapped = paragraphs.ToArray();
        if (!reading.IsOffsetIdentity)
        {
            for (int i = 0; i < mapped.Length; i++)
            {
                var (start, end) = reading.ToOriginalSpan(mapped[i].Start, mapped[i].Start + mapped[i].Length);
                mapped[i] = (start, end - start);
            }
        }
        return mapped;
    }

    private static bool HasHtmlExtension(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }
        var extension = Path.GetExtension(name);
        foreach (var html in HtmlExtensions)
        {
            if (extension.Equals(html, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Reads a stream to its end into one array, refusing more than <paramref name="maxBytes"/>. A
    /// seekable stream is read into an array of its exact length; otherwise the buffer doubles, so
    /// the transient peak is at most twice the input.
    /// </summary>
    private static byte[] ReadBounded(Stream stream, long maxBytes, string? name, bool useLength = true)
    {
        if (useLength && stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > maxBytes)
            {
                throw new DocumentLoadException(name, $"the stream holds {remaining} bytes, over the limit of {maxBytes} bytes (DocumentLoadOptions.MaxBytes)");
            }
            var exact = new byte[remaining];
            stream.ReadExactly(exact);
            return exact;
        }
        var buffer = new byte[(int)Math.Min(64 * 1024, maxBytes + 1)];
        int length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                // The buffer never grows past the limit plus one byte: that byte tells a stream over the limit.
                var grown = Math.Min(Math.Min((long)buffer.Length * 2, maxBytes + 1), Array.MaxLength);
                if (grown == buffer.Length)
                {
                    throw new DocumentLoadException(name, $"the stream holds more than the limit of {maxBytes} bytes (DocumentLoadOptions.MaxBytes)");
                }
                Array.Resize(ref buffer, (int)grown);
            }
            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }
            length += read;
            if (length > maxBytes)
            {
                throw new DocumentLoadException(name, $"the stream holds more than the limit of {maxBytes} bytes (DocumentLoadOptions.MaxBytes)");
            }
        }
        Array.Resize(ref buffer, length);
        return buffer;
    }
}
