using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Segmentation;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// Unlisted words between a station already read and the team word (issue 16, teams12-check's finding): each new set of
/// reports names its teams' kinds with words of its own (驻李家村产业发展工作队, 驻团结村农技服务工作队), used once or twice,
/// so a closed list of filler (team-gaps.tsv) misses them. Once the station chain has a member, a short run of name
/// characters up to the team word is the team's own name when, after the listed filler is stepped over, what is left
/// is at most <see cref="MaxOpenFiller"/> characters with no punctuation, no digit (a count: 驻李家村3个工作队), no
/// administrative suffix (a station the places reader missed), no body or people (<see cref="NamesBodyOrPeople"/>:
/// 驻李家村村委会工作队, 驻陈家村贫困户工作队 name who is there, not the team's kind) and no word that would make it a
/// clause rather than a name: jieba's part-of-speech tags (dict.txt) must all be nominal (<see cref="PosTags.IsNominal"/>),
/// so <c>江汉大学驻曹家湾村开展乡村振兴工作队</c> (开展, a verb: the university carries out village work) is no team.
/// </summary>
internal static partial class WorkTeamRecognizer
{
    /// <summary>The most unlisted characters between the station and the team word.</summary>
    private const int MaxOpenFiller = 6;

    /// <summary>
    /// Whether <paramref name="gap"/> (after the station chain, up to the team word) is the team's own name: listed
    /// filler, quoted or bracketed notes and batch ordinals as <see cref="OnlyGap"/> reads them, and at least one run
    /// of unlisted name characters, all of them together at most <see cref="MaxOpenFiller"/>, each run's words nominal.
    /// </summary>
    private static bool IsOpenFiller(ReadOnlySpan<char> gap)
    {
        var unlisted = 0;
        var i = 0;
        while (i < gap.Length)
        {
            var runStart = i;
            while (i < gap.Length && WordAt(gap[i..], GapWords) is null && BatchOrdinalEnd(gap, i) == i)
            {
                var c = gap[i];
                if (!TextClasses.IsNameChar(c) || TextClasses.ChineseDigits.Contains(c) || PlaceSuffixChars.Administrative.Contains(c))
                {
                    return false;
                }
                i++;
            }
            if (i > runStart)
            {
                unlisted += i - runStart;
                if (unlisted > MaxOpenFiller || NamesBodyOrPeople(gap[runStart..i]) || !AllNominal(gap[runStart..i]))
                {
                    return false;
                }
                continue;
            }
            i = BatchOrdinalEnd(gap, i) is var batchEnd && batchEnd > i ? batchEnd : i + WordAt(gap[i..], GapWords)!.Length;
        }
        return unlisted > 0;
    }

    /// <summary>
    /// The endings of bodies (org-suffixes.tsv: 村委会, 委, 局) and the words for people (roles.tsv: 群众, 党员, 贫困户):
    /// a run holding one says who is at the station or who sends, not what kind of team it is.
    /// </summary>
    private static readonly string[] BodyOrPeopleWords = [.. OrganizationRecognizer.SuffixTexts.Concat(PersonRecognizer.Roles).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="run"/> holds a body's ending or a word for people (<see cref="BodyOrPeopleWords"/>).</summary>
    private static bool NamesBodyOrPeople(ReadOnlySpan<char> run)
    {
        foreach (var word in BodyOrPeopleWords)
        {
            if (run.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The thread's tagged cut of a run, reused from call to call (a run is at most <see cref="MaxOpenFiller"/> characters).</summary>
    [ThreadStatic]
    private static SpanBuffer? t_fillerSpans;

    /// <summary>
    /// Whether every word jieba's posseg cuts from <paramref name="run"/> (no HMM: an unknown character stands alone with
    /// its own tag) is nominal. The shared dictionary (<see cref="Segmenter.Default"/>), as every entity stage reads it:
    /// the analyzer holds no segmenter of its own to take words added through a builder from.
    /// </summary>
    private static bool AllNominal(ReadOnlySpan<char> run)
    {
        var spans = t_fillerSpans ??= new SpanBuffer(MaxOpenFiller * 2);
        spans.Clear();
        Segmenter.Default.SegmentWithTags(run, hmm: false, spans);
        foreach (ref readonly var token in spans.AsSpan())
        {
            if (!PosTags.IsNominal(token.Tag))
            {
                return false;
            }
        }
        return true;
    }
}
