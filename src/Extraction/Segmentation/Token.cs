namespace WorkTeam.Extraction.Segmentation;

/// <summary>How text is cut, as Python jieba defines the modes.</summary>
public enum SegmentationMode
{
    /// <summary>The most probable segmentation (jieba.cut).</summary>
    Precise,
    /// <summary>Every dictionary word found in the text, overlapping (jieba.cut with cut_all=True).</summary>
    Full,
    /// <summary>Precise, plus the dictionary words of two and three characters inside longer words (jieba.cut_for_search).</summary>
    Search,
}

/// <summary>
/// A token: its text as it appears in the input, its UTF-16 offsets in the input (<see cref="End"/>
/// exclusive) and, when tagging was asked for, its jieba POS tag (<c>ns</c> place, <c>nr</c> person,
/// <c>nt</c> organisation, <c>m</c> numeral, <c>x</c> other…).
/// </summary>
/// <param name="Text">The token's text in the original input (traditional input stays traditional).</param>
/// <param name="Start">UTF-16 offset of the first character in the input.</param>
/// <param name="End">UTF-16 offset just past the last character.</param>
/// <param name="Tag">The POS tag, or null when tags were not requested.</param>
public readonly record struct Token(string Text, int Start, int End, string? Tag = null)
{
    /// <summary>The token as jieba prints it: <c>word</c>, or <c>word/tag</c> when tagged.</summary>
    public override string ToString() => Tag is null ? Text : Text + "/" + Tag;
}

/// <summary>
/// A token as a range of the segmented text (<see cref="Segmenter.TryCut"/>): no string is created;
/// <c>text.AsSpan(range.Start, range.Length)</c> is its text.
/// </summary>
/// <param name="Start">UTF-16 offset of the first character in the input.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
public readonly record struct TokenRange(int Start, int Length)
{
    /// <summary>UTF-16 offset just past the last character.</summary>
    public int End => Start + Length;
}

/// <summary>
/// A token with its part of speech as a range of the segmented text (<see cref="Segmenter.TryCutWithTags"/>):
/// no string is created for the token; <c>text.AsSpan(range.Start, range.Length)</c> is its text.
/// </summary>
/// <param name="Start">UTF-16 offset of the first character in the input.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Tag">The jieba.posseg tag (<c>n</c>, <c>ns</c>, <c>v</c>, <c>x</c>...).</param>
public readonly record struct TaggedRange(int Start, int Length, string Tag)
{
    /// <summary>UTF-16 offset just past the last character.</summary>
    public int End => Start + Length;
}

/// <summary>A token as the segmenter produces it internally: a span of the segmented text, no string.</summary>
internal readonly record struct TokenSpan(int Start, int Length, string? Tag = null)
{
    public int End => Start + Length;
}
