using WorkTeam.Extraction.Resources;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// A team's kind after its station (issue 16, teams12): <c>X驻钟场村新农村工作队</c> names the village 钟场村 and a
/// 新农村 (new countryside) team, though 新农村 is also the name of many villages. Once the station chain has a member,
/// a kind word of team-gaps.tsv (column use, after-station) followed only by filler ends the chain, before any place or
/// unknown name that starts there; with nothing before it the word is read as a village as before (<c>X驻新农村工作队</c>).
/// </summary>
internal static partial class WorkTeamRecognizer
{
    /// <summary>Team kinds that also name villages: team-gaps.tsv, column use, after-station.</summary>
    private static readonly string[] StationKindWords = [.. WordLists.Get("team-gaps").Where("use", "after-station").Select(r => r[0])];

    /// <summary>Whether the station chain ends at <paramref name="q"/>: it has a member and only a team's kind and filler follow.</summary>
    private static bool KindTailAt(ReadOnlySpan<char> view, int itemCount, int q, int to) =>
        itemCount > 0 && WordAt(view[q..to], StationKindWords) is { } kind && OnlyGap(view[(q + kind.Length)..to]);
}
