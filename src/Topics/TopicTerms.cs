using System.Collections.Frozen;
using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Segmentation;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Topics;

/// <summary>
/// The terms a topic model reads from a document: its body in the simplified view (so traditional and
/// simplified reports share words), cut with parts of speech, keeping content words of two or more
/// Chinese characters that are not on the reviewed stop list. Thread-safe.
/// </summary>
public static class TopicTerms
{
    // Common and other proper nouns, verbal and adjectival nouns, idioms: what a subject is made of.
    // Measured on the SIGHAN subjects (README, Topics): adding verbs (v), places (ns) or organisations
    // (nt) lowers purity: 中国 北京 美国 国务院 and 表示 进行 are shared by every subject. Person
    // names (nr) tie documents by who, not what.
    private static readonly FrozenSet<string> s_kept = new[] { "n", "nz", "vn", "an", "l" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The terms of <paramref name="document"/>'s body, in text order.</summary>
    /// <param name="document">A loaded document.</param>
    public static IReadOnlyList<string> Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Of(document.GetBodyText());
    }

    /// <summary>The terms of a text, in text order.</summary>
    /// <param name="text">Simplified or traditional Chinese.</param>
    public static IReadOnlyList<string> Of(string text) => Of(text, s_kept);

    internal static IReadOnlyList<string> Of(string text, IReadOnlySet<string> kept)
    {
        ArgumentNullException.ThrowIfNull(text);
        var simplified = ScriptConverter.Default.ToSimplified(text);
        var stop = StopWords.Default;
        var terms = new List<string>();
        foreach (var token in Segmenter.Default.CutWithTags(simplified))
        {
            if (token.Tag is { } tag && kept.Contains(tag) && token.Text.Length >= 2 && IsHan(token.Text) && !stop.Contains(token.Text))
            {
                terms.Add(token.Text);
            }
        }
        return terms;
    }

    private static bool IsHan(string word)
    {
        foreach (char c in word)
        {
            if (c is < '\u4e00' or > '\u9fff')
            {
                return false;
            }
        }
        return true;
    }
}
