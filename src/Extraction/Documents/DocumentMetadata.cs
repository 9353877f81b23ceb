using System.Globalization;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Documents;

/// <summary>What a document says about itself: headline, publication, origin and people, and how it was read.</summary>
/// <remarks>
/// The loaders fill it from the page; a caller that knows a document's metadata from elsewhere (a
/// crawler's records) makes one with an object initializer and gives it to <see cref="Document.WithMetadata"/>.
/// </remarks>
public sealed class DocumentMetadata
{
    private bool? _publishedTimeHasSeconds;

    /// <summary>The headline (not the site name); null when none was found.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The publication date and time as ISO 8601, as precise as the document states it: <c>2021-07-13</c>,
    /// <c>2018-04-02T10:22</c>, <c>2019-09-07T13:43:45</c>, or with an offset (<c>2016-10-14T07:17:00+08:00</c>)
    /// when a page's metadata gives one; <c>XXXX-01-25</c> from a dateline without a year (本报运城1月25日讯);
    /// null when no date was found.
    /// </summary>
    public string? Published => PublishedDate is not { } date
        ? (PublishedMonthDay is { } monthDay ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{monthDay.Month:D2}-{monthDay.Day:D2}") : null)
        : PublishedTime is not { } time
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T"
              + time.ToString(PublishedTimeHasSeconds ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture)
              + (PublishedOffset is { } offset ? FormatOffset(offset) : string.Empty);

    /// <summary>The publication date, used to resolve relative and year-less dates in the text (去年, 3月5日).</summary>
    public DateOnly? PublishedDate { get; init; }

    /// <summary>The publication time of day; null when only the date is stated.</summary>
    public TimeOnly? PublishedTime { get; init; }

    /// <summary>The UTC offset the page states with the time; null when it states none (local time of the page).</summary>
    public TimeSpan? PublishedOffset { get; init; }

    /// <summary>Whether <see cref="Published"/> shows seconds: as the page wrote the time, or when they are not zero.</summary>
    internal bool PublishedTimeHasSeconds
    {
        get => _publishedTimeHasSeconds ?? PublishedTime is { Second: not 0 };
        init => _publishedTimeHasSeconds = value;
    }

    /// <summary>The month and day of a dateline without a year, shown as XXXX-MM-DD when no full date is known.</summary>
    internal (int Month, int Day)? PublishedMonthDay { get; init; }

    /// <summary>Where the article comes from (来源): a paper, agency or office; null when not stated.</summary>
    public string? Source { get; init; }

    /// <summary>Authors and reporters (作者, 记者), in the order found.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Editors (编辑, 责任编辑), in the order found.</summary>
    public IReadOnlyList<string> Editors { get; init; } = [];

    /// <summary>The script of the text: simplified, traditional, mixed or unknown.</summary>
    public Script Script { get; init; }

    /// <summary>The encoding the bytes were decoded with: <c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>gb18030</c> or <c>big5</c> (CP950).</summary>
    public string Encoding { get; init; } = "utf-8";

    private static string FormatOffset(TimeSpan offset) =>
        offset == TimeSpan.Zero
            ? "Z"
            : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);
}
