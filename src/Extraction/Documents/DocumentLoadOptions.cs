namespace WorkTeam.Extraction.Documents;

/// <summary>How <see cref="Document"/> loads files and streams.</summary>
public sealed class DocumentLoadOptions
{
    /// <summary>The default <see cref="MaxBytes"/>: 256 MiB.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    /// <summary>The shared default options.</summary>
    public static DocumentLoadOptions Default { get; } = new();

    /// <summary>
    /// The largest input accepted, in bytes; a bigger file is refused with a <see cref="DocumentLoadException"/>.
    /// Loading holds the bytes and the decoded text at once, so peak memory is about three times this
    /// size for a plain text file (bytes + UTF-16 text), more for HTML (the parsed tree).
    /// </summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>
    /// Whether the input is HTML: null (the default) decides from the file extension and, failing that,
    /// from the first bytes (<c>&lt;!DOCTYPE html</c>, <c>&lt;html</c>, <c>&lt;body</c>).
    /// </summary>
    public bool? IsHtml { get; init; }
}
