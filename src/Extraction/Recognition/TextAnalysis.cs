using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Recognition;

/// <summary>
/// What every recognizer reads about one text: the text itself, its simplified view with the map
/// back to the original offsets, character classes, and the facts the recognizers that ran before
/// claimed. Made by <see cref="ReportAnalyzer"/> for one call; a recognizer cannot change it (the
/// claimed facts grow only between recognizers, never while one runs).
/// </summary>
public sealed class TextAnalysis
{
    private static readonly List<Fact> NoneClaimed = [];
    private List<Fact> _claimed = NoneClaimed; // replaced, never changed in place: a view handed out stays true
    private IReadOnlyList<Fact>? _claimedView;
    private ConvertedText? _converted;

    internal TextAnalysis(string text, DateOnly? documentDate, string? doc)
    {
        Text = text;
        DocumentDate = documentDate;
        Doc = doc;
    }

    /// <summary>The text as given, in its own script: facts' offsets and surfaces point into it.</summary>
    public string Text { get; }

    /// <summary>The document's own date, when known: it fixes 去年/今年 and year-less dates.</summary>
    public DateOnly? DocumentDate { get; }

    /// <summary>The document's name (<see cref="Fact.Doc"/>), when known.</summary>
    public string? Doc { get; }

    /// <summary>
    /// The text in simplified script with the map from its offsets back to <see cref="Text"/>'s
    /// (<see cref="ConvertedText.ToOriginalSpan"/>); made on first use, once per text.
    /// </summary>
    public ConvertedText Simplified => _converted ??= ScriptConverter.Default.ToSimplifiedView(Text);

    /// <summary>The facts of the recognizers that ran before this one, in document order (by start, then end).</summary>
    public IReadOnlyList<Fact> Claimed => _claimedView ??= _claimed.AsReadOnly();

    /// <summary>Whether a fact already claimed overlaps <c>[start, end)</c>.</summary>
    public bool IsClaimed(int start, int end)
    {
        // Claimed facts are short and sorted by start: stop at the first that starts at or after the end.
        foreach (var fact in _claimed)
        {
            if (fact.Start >= end)
            {
                break;
            }
            if (fact.End > start)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the character at <paramref name="index"/> is a CJK ideograph.</summary>
    public bool IsIdeograph(int index) => NumeralChars.IsIdeograph(Text[index]);

    /// <summary>Whether the character at <paramref name="index"/> is an Arabic digit, half- or full-width.</summary>
    public bool IsDigit(int index) => NumeralChars.ArabicDigit(Text[index]) >= 0;

    /// <summary>Whether the character at <paramref name="index"/> is a Chinese numeral digit (一 to 九, 〇, 零, 两 and their financial forms).</summary>
    public bool IsChineseDigit(int index) => NumeralChars.ChineseDigit(Text[index]) >= 0;

    /// <summary>
    /// Adds one recognizer's facts (in document order) before the next recognizer runs: merged by start,
    /// then end, a fact claimed earlier going first among equals. The first list is adopted as it is
    /// when the recognizer made a fresh <see cref="List{T}"/> (the library's do), so the common case copies nothing.
    /// </summary>
    internal void Claim(IReadOnlyList<Fact> facts, bool fresh)
    {
        if (facts.Count == 0)
        {
            return;
        }
        _claimedView = null;
        if (_claimed.Count == 0)
        {
            _claimed = fresh && facts is List<Fact> list ? list : [.. facts];
            return;
        }
        var earlier = _claimed;
        var merged = new List<Fact>(earlier.Count + facts.Count);
        int i = 0, j = 0;
        while (i < earlier.Count || j < facts.Count)
        {
            var takeEarlier = j >= facts.Count
                || (i < earlier.Count && (earlier[i].Start, earlier[i].End).CompareTo((facts[j].Start, facts[j].End)) <= 0);
            merged.Add(takeEarlier ? earlier[i++] : facts[j++]);
        }
        _claimed = merged;
    }

    /// <summary>Every fact claimed, for the analyzer's result: a list of its own (never the shared empty one).</summary>
    internal List<Fact> AllClaimed => _claimed.Count == 0 ? [] : _claimed;
}
