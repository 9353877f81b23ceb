using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Links;

// The subject of a number: a counted noun after a count, the purpose after money.
internal static partial class FactLinker
{
    private const int MaxSubjectLength = 16;

    /// <summary>A subject as facts.md writes names: in simplified script (群眾 → 群众), whatever the text's script.</summary>
    private static string? Simplified(string? subject) => subject is null ? null : ScriptConverter.Default.ToSimplified(subject);

    /// <summary>
    /// What a count counts when a counted noun follows it (30户村民 → 村民), or what money is for when a
    /// purpose marker follows it in its clause or opens the next (…600余万元，全部用于修建道路 → 修建道路).
    /// </summary>
    private static string? Subject(string text, Fact number, int clauseEnd, int sentenceEnd)
    {
        if (number.Kind == FactKinds.Count)
        {
            return number.End < text.Length ? LinkWords.At(text, number.End, LinkWords.CountedByFirst) : null;
        }
        if (number.Kind != FactKinds.Money)
        {
            return null;
        }
        var at = number.End;
        var marker = -1;
        for (var k = at; k < clauseEnd; k++)
        {
            var skip = text.AsSpan(k, clauseEnd - k).IndexOfAny(LinkWords.PurposeFirsts);
            if (skip < 0)
            {
                break;
            }
            k += skip;
            if (LinkWords.At(text, k, LinkWords.Purpose) is not null)
            {
                marker = k;
                break;
            }
        }
        if (marker < 0 && clauseEnd < sentenceEnd)
        {
            // The next clause opens with the marker, maybe after an adverb.
            var next = Skip(text, clauseEnd, sentenceEnd, LinkWords.PurposeLead);
            if (next < sentenceEnd && LinkWords.At(text, next, LinkWords.Purpose) is not null)
            {
                marker = next;
            }
        }
        if (marker < 0)
        {
            return null;
        }
        var from = marker + LinkWords.At(text, marker, LinkWords.Purpose)!.Length;
        var to = from;
        while (to < text.Length && !LinkWords.ClauseEnds.Contains(text[to]) && !Sentences.Ends.Contains(text[to], StringComparison.Ordinal)
            && LinkWords.At(text, to, LinkWords.SubjectEnd) is null)
        {
            to++;
        }
        var subject = text[from..to].Trim();
        return subject.Length is >= 2 and <= MaxSubjectLength ? subject : null;
    }
}
