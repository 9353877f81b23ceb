using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// Team phrases of teams7 (issue 16): a campaign slogan written without quotes (<c>兵团法院访惠聚工作组</c>, read as
/// <c>兵团法院“访惠聚”工作组</c>), a Corps company as the station a “访惠聚” team takes from its sentence (the company with the
/// chain it is written in, <c>第三师四十四团一连</c>, as a station after 驻 is), and an adverb between a sender and the
/// word toward its station (<c>湖北大学首次向…镇派出…工作队</c>, as <c>县委组织部共选派…</c> has between a sender and its
/// send verb), and a bracketed note between members of a station's chain (<c>…义井镇(原虎鼻乡)横山寺村工作队</c>). Each is reached only from the team word's own patterns, so text without a team word costs nothing.
/// </summary>
internal static partial class WorkTeamRecognizer
{
    /// <summary>Campaign slogans a team is named by, with or without quotes (访惠聚): team-slogans.tsv.</summary>
    private static readonly string[] Slogans = [.. WordLists.Get("team-slogans").Values()];

    /// <summary>The most characters a company's chain (第三师四十四团) may run before the company.</summary>
    private const int MaxCompanyChain = 16;

    /// <summary>
    /// Steps back over an unquoted slogan right before <paramref name="z"/> (<c>兵团法院访惠聚工作组</c>): the sender ends
    /// before it. A slogan that opens the clause is no sender's.
    /// </summary>
    private static int SkipBackSlogan(ReadOnlySpan<char> view, int z, int clauseStart)
    {
        foreach (var slogan in Slogans)
        {
            if (z - slogan.Length > clauseStart && view[clauseStart..z].EndsWith(slogan, StringComparison.Ordinal))
            {
                return z - slogan.Length;
            }
        }
        return z;
    }

    /// <summary>Whether a slogan stands in <paramref name="text"/> unquoted (兵团法院访惠聚驻村工作队).</summary>
    private static bool HasBareSlogan(ReadOnlySpan<char> text)
    {
        foreach (var slogan in Slogans)
        {
            if (text.Contains(slogan, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The station the village-level place <paramref name="k"/> gives: the place itself, or, for a Corps company
    /// (一连), the company with the places its chain is written in right before it (第三师四十四团一连), as
    /// <see cref="PickStations"/> reads a company after 驻.
    /// </summary>
    private static Station VillageStation(ReadOnlySpan<char> view, List<PlaceMention> places, int k)
    {
        var place = places[k];
        if (!IsCorpsUnit(view, place.Start, place.End))
        {
            return new Station(place.Start, place.End, place.Name);
        }
        var start = place.Start;
        for (var j = k - 1; j >= 0 && places[j].Start >= place.Start - MaxCompanyChain; j--)
        {
            if (places[j].End == start && !places[j].IsAnaphor)
            {
                start = places[j].Start;
            }
        }
        return start == place.Start
            ? new Station(place.Start, place.End, view[place.Start..place.End].ToString())
            : new Station(-1, -1, view[start..place.End].ToString());
    }

    /// <summary>
    /// A sender before an adverb that ends at <paramref name="z"/> (<c>湖北大学首次向…</c>): team-adverbs.tsv. Null when
    /// none stands there.
    /// </summary>
    private static (int Start, string Name)? SenderBeforeAdverb(ReadOnlySpan<char> view, EndIndex byEnd, int z, int clauseStart) =>
        AdverbEndingAt(view, clauseStart, z) is { } adverb ? SenderEndingAt(view, byEnd, z - adverb.Length, clauseStart) : null;

    /// <summary>
    /// Where a bracketed note at <paramref name="q"/> ends (<c>(原虎鼻乡)</c>, an old name between members of a station's
    /// chain), when a station may still follow it before <paramref name="to"/>; else <paramref name="q"/>.
    /// </summary>
    private static int ChainNoteEnd(ReadOnlySpan<char> view, int q, int to)
    {
        if (!OpeningBrackets.Contains(view[q], StringComparison.Ordinal))
        {
            return q;
        }
        var close = view[q..to].IndexOfAny(ClosingBrackets);
        return close > 1 && close <= MaxSenderNote && q + close + 1 < to ? q + close + 1 : q;
    }
}
