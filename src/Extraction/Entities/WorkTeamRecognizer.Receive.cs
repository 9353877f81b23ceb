using System.Buffers;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// A station that receives its team: <c>P迎来了S驻村工作队</c>, <c>P来了第一个由S派驻的扶贫工作队</c>. The team names its
/// sender but no station (驻村, 派驻的); the village right before a receive verb of the same clause is where it went.
/// Guarded (a first version added false teams on text kept aside): the village is the clause's subject, no body, person
/// or team word before it in the clause; the team is the only one of its sentence, its sender named there once, and no
/// village or township after it in the sentence; no word of a visit after the verb (一行, 参观, 督查: team-visit-words.tsv);
/// nothing of it stands inside a quotation or a title (《…》).
/// </summary>
internal static partial class WorkTeamRecognizer
{
    /// <summary>Verbs with the station before them and the team after: team-markers.tsv, column receive.</summary>
    private static readonly string[] ReceiveVerbs = [.. WordLists.Get("team-markers").Where("receive", "yes").Select(r => r[0])];

    /// <summary>Words of a visit (一行, 参观, 督查): a team that came to see the village is not stationed there: team-visit-words.tsv.</summary>
    private static readonly string[] VisitWords = [.. WordLists.Get("team-visit-words").Where("kind", "visit").Select(r => r[0])];

    /// <summary>Objects that are a visit's only after a visit verb (经验 of 介绍驻村经验): team-visit-words.tsv, kind object.</summary>
    private static readonly string[] VisitObjects = [.. WordLists.Get("team-visit-words").Where("kind", "object").Select(r => r[0])];

    /// <summary>The verbs that make a visit object a visit's (介绍, 交流): team-visit-words.tsv, kind verb.</summary>
    private static readonly string[] VisitObjectVerbs = [.. WordLists.Get("team-visit-words").Where("kind", "verb").Select(r => r[0])];

    private static readonly int LongestVisitObjectVerb = VisitObjectVerbs.Max(v => v.Length);

    /// <summary>The most characters between a visit verb and its object (驻村 of 介绍驻村经验, 扶贫工作 of 交流扶贫工作经验).</summary>
    private const int MaxVisitObjectGap = 4;

    /// <summary>Marks that open a quotation or a title: a team named inside one is quoted, not received.</summary>
    private static readonly SearchValues<char> QuoteOpeners = SearchValues.Create(QuoteOpenerChars());

    /// <summary>Marks that close a quotation or a title; the ASCII <c>"</c> is one of both (it opens and closes in turn).</summary>
    private static readonly SearchValues<char> QuoteClosers = SearchValues.Create(QuoteCloserChars());

    /// <summary>Every mark of <see cref="QuoteOpeners"/> and <see cref="QuoteClosers"/>: the ones <see cref="IsQuoted"/> stops at.</summary>
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create(QuoteOpenerChars() + QuoteCloserChars());

    private static string QuoteOpenerChars() => Marks.OpenDoubleQuotes + Marks.OpenCornerQuotes + Grammar.CharsOf("title-openers");

    private static string QuoteCloserChars() => Marks.CloseDoubleQuotes + Marks.CloseCornerQuotes + Grammar.CharsOf("title-closers");

    /// <summary>The most characters between a receive verb and the sender (了第一个由).</summary>
    private const int MaxReceiveGap = 6;

    /// <summary>
    /// The station of the team <paramref name="sender"/> … <paramref name="te"/>: a village ending right before a receive
    /// verb of the clause, the sender at most <see cref="MaxReceiveGap"/> characters after the verb with no place or body
    /// between, and the guards of the class summary. Null when none.
    /// </summary>
    private static Station? ReceivedAt(ReadOnlySpan<char> view, EndIndex byEnd, List<PlaceMention> places, List<OrgMention> orgs,
        int clauseStart, (int Start, string Name) sender, int te)
    {
        for (var z = sender.Start - 1; z > clauseStart && sender.Start - z <= MaxReceiveGap + 2; z--)
        {
            if (WordAt(view[z..sender.Start], ReceiveVerbs) is not { } verb || sender.Start - (z + verb.Length) > MaxReceiveGap
                || HasMentionBetween(byEnd, z + verb.Length, sender.Start))
            {
                continue;
            }
            foreach (var place in byEnd.PlacesEndingAt(z))
            {
                var station = new Station(place.Start, place.End, place.Name);
                if (place.Level == PlaceLevel.Village && place.Start >= clauseStart && !place.IsAnaphor && IsLocalStation(places, station)
                    && IsReceivingSubject(view, orgs, clauseStart, place.Start) && IsOnlyTeamOfSentence(view, places, sender, te)
                    && !IsVisit(view, z + verb.Length, sender.Start, te) && !IsQuoted(view, place.Start, te))
                {
                    return station;
                }
            }
            // 迎来了: the 来了 inside it has no place before it; the longer verb a character back may.
        }
        return null;
    }

    /// <summary>Whether a place or body ends inside (<paramref name="from"/>, <paramref name="to"/>]: a gap that names one is no filler.</summary>
    private static bool HasMentionBetween(EndIndex byEnd, int from, int to)
    {
        for (var e = from + 1; e <= to; e++)
        {
            if (byEnd.FirstPlaceEndingAt(e) is not null || byEnd.FirstOrgEndingAt(e) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the village at <paramref name="villageStart"/> is the clause's subject: no body starts and no team word or
    /// verb of sending or settling stands between the clause's start and it (这个县的兰西镇林盛村来了…, not
    /// 县财政局帮助李家村迎来了…).
    /// </summary>
    private static bool IsReceivingSubject(ReadOnlySpan<char> view, List<OrgMention> orgs, int clauseStart, int villageStart)
    {
        // From the clause's start, not the line's: a line of a million characters has as many bodies.
        var k = OrgMentions.FirstStartingAtOrAfter(orgs, clauseStart);
        if (k < orgs.Count && orgs[k].Start < villageStart)
        {
            return false;
        }
        var before = view[clauseStart..villageStart];
        return !ContainsTeamWord(before) && !ContainsAny(before, SendVerbs) && !ContainsAny(before, BeforeStation) && !ContainsAny(before, SettleVerbs);
    }

    /// <summary>
    /// Whether the team <paramref name="sender"/> … <paramref name="te"/> is the only team word of its sentence, its sender
    /// named there once, and no village or township is named after it in the sentence (a station of its own elsewhere).
    /// </summary>
    private static bool IsOnlyTeamOfSentence(ReadOnlySpan<char> view, List<PlaceMention> places, (int Start, string Name) sender, int te)
    {
        var (start, end) = SentenceAround(view, sender.Start, te);
        if (ContainsTeamWord(view[start..sender.Start]) || ContainsTeamWord(view[te..end]))
        {
            return false;
        }
        var name = sender.Name.AsSpan();
        if (view[start..sender.Start].IndexOf(name, StringComparison.Ordinal) >= 0 || view[(sender.Start + 1)..end].IndexOf(name, StringComparison.Ordinal) >= 0)
        {
            return false;
        }
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, te); k < places.Count && places[k].Start < end; k++)
        {
            if (places[k].End <= end && places[k].Level is PlaceLevel.Village or PlaceLevel.Township)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether a visit word (team-visit-words.tsv) stands between the receive verb's end <paramref name="verbEnd"/> and the
    /// sender, or after the team <paramref name="te"/> in its sentence: the village was visited (李家村迎来了县财政局驻村
    /// 工作队一行参观学习), not given its team. The sender's own name is not read (县委督查室驻村工作队).
    /// </summary>
    private static bool IsVisit(ReadOnlySpan<char> view, int verbEnd, int senderStart, int te)
    {
        var (_, end) = SentenceAround(view, senderStart, te);
        return ContainsAny(view[verbEnd..senderStart], VisitWords) || ContainsAny(view[te..end], VisitWords)
            || HasVisitObject(view[verbEnd..senderStart]) || HasVisitObject(view[te..end]);
    }

    /// <summary>
    /// Whether a visit object (经验) stands in <paramref name="text"/> with a visit verb (介绍) ending at most
    /// <see cref="MaxVisitObjectGap"/> characters before it: 介绍驻村经验, not 把扶贫经验带到村里.
    /// </summary>
    private static bool HasVisitObject(ReadOnlySpan<char> text)
    {
        foreach (var obj in VisitObjects)
        {
            for (int from = 0, k; (k = text[from..].IndexOf(obj, StringComparison.Ordinal)) >= 0; from += k + obj.Length)
            {
                var at = from + k;
                var window = text[Math.Max(0, at - MaxVisitObjectGap - LongestVisitObjectVerb)..at];
                foreach (var verb in VisitObjectVerbs)
                {
                    var v = window.LastIndexOf(verb, StringComparison.Ordinal);
                    if (v >= 0 && window.Length - (v + verb.Length) <= MaxVisitObjectGap)
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>The sentence around [<paramref name="from"/>, <paramref name="to"/>): back and on to a sentence mark or a line break.</summary>
    private static (int Start, int End) SentenceAround(ReadOnlySpan<char> view, int from, int to)
    {
        var start = from;
        while (start > 0 && from - start < TextClasses.MaxSentenceLength && !TextClasses.IsSentenceEnd(view[start - 1]) && view[start - 1] != '\n')
        {
            start--;
        }
        var end = to;
        while (end < view.Length && end - to < TextClasses.MaxSentenceLength && !TextClasses.IsSentenceEnd(view[end]) && view[end] != '\n')
        {
            end++;
        }
        return (start, end);
    }

    /// <summary>
    /// Whether a quotation or title is open at <paramref name="from"/> in its paragraph (a quotation may span sentences:
    /// 他说：“去年很难。今年李家村迎来了…”), at most <see cref="TextClasses.MaxParagraphLookback"/> characters back, or
    /// opens between it and <paramref name="to"/>. A mark that both opens and closes (<c>"</c>) opens and closes in turn.
    /// </summary>
    private static bool IsQuoted(ReadOnlySpan<char> view, int from, int to)
    {
        var start = from;
        while (start > 0 && from - start < TextClasses.MaxParagraphLookback && view[start - 1] != '\n')
        {
            start--;
        }
        var open = 0;
        var plainOpen = false;
        for (var p = start; p < to; p++)
        {
            var next = view[p..to].IndexOfAny(QuoteMarks);
            if (next < 0)
            {
                break;
            }
            p += next;
            if (QuoteOpeners.Contains(view[p]))
            {
                if (p >= from)
                {
                    return true;
                }
                if (QuoteClosers.Contains(view[p]))
                {
                    plainOpen = !plainOpen;
                }
                else
                {
                    open++;
                }
            }
            else if (open > 0)
            {
                open--;
            }
        }
        return open > 0 || plainOpen;
    }

    /// <summary>Whether any of <paramref name="words"/> stands in <paramref name="text"/>.</summary>
    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }
        return false;
    }
}
