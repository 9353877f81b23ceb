namespace WorkTeam.Extraction.Documents;

/// <summary>
/// A file or stream that cannot be read as a document: not text (an image, an archive, binary data),
/// over the size limit, or unreadable. The message names the file and the reason.
/// </summary>
public sealed class DocumentLoadException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public DocumentLoadException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public DocumentLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal DocumentLoadException(string? documentName, string reason, Exception? innerException = null)
        : base($"{documentName ?? "(stream)"}: {reason}", innerException)
    {
        DocumentName = documentName;
        Reason = reason;
    }

    /// <summary>The file name or the name given for the stream; null when none was given.</summary>
    public string? DocumentName { get; }

    /// <summary>Why the document was refused, without the name.</summary>
    public string? Reason { get; }
}
