using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// Forms of the team phrase beyond the core patterns (issue 16): a team sent by another team
/// (<c>山东省…建设工作队派驻…村工作组</c>), a batch's ordinal between the station and the team word
/// (<c>…巴登村第十批驻村工作队</c>), a residents' committee as station (<c>…驻浪卡子县浪卡子居委会工作队</c>), and a
/// station named alone in the short form of a team's station (<c>驻下茆镇工作队</c> after <c>…驻四会下茆镇…工作队</c>), and a
/// sender named as where the team comes from (<c>来自佛山市南海区的驻镇扶村工作队进驻平凤镇</c>).
/// Each is reached only where its trigger stands, so text without it costs nothing.
/// </summary>
internal static partial class WorkTeamRecognizer
{
    /// <summary>The ordinal mark before a batch's number (第): team-batch-words.tsv, kind ordinal.</summary>
    private static readonly string[] BatchOrdinals = [.. WordLists.Get("team-batch-words").Where("kind", "ordinal").Select(r => r[0])];

    /// <summary>The words after a batch's number (批, 轮): team-batch-words.tsv, kind batch.</summary>
    private static readonly string[] BatchWords = [.. WordLists.Get("team-batch-words").Where("kind", "batch").Select(r => r[0])];

    /// <summary>Village-level committees a team may be stationed in (居委会): team-station-committees.tsv.</summary>
    private static readonly string[] StationCommittees = [.. WordLists.Get("team-station-committees").Values()];

    /// <summary>The words before a sender named as where its team comes from (来自): team-sender-sources.tsv, kind lead.</summary>
    private static readonly string[] SourceLeads = [.. WordLists.Get("team-sender-sources").Where("kind", "lead").Select(r => r[0])];

    /// <summary>The words that close such a sender before the verb (的): team-sender-sources.tsv, kind close.</summary>
    private static readonly string[] SourceCloses = [.. WordLists.Get("team-sender-sources").Where("kind", "close").Select(r => r[0])];

    /// <summary>
    /// <c>来自S的驻…工作队</c>: a sender between a source word (来自) and a close word (的) that ends right at the verb at
    /// <paramref name="z"/>, read as a sender ending at the verb is (a body, or places joined as a chain). Null when
    /// either word is missing: 县财政局的驻村工作队 stays as it was read.
    /// </summary>
    private static (int Start, string Name)? SourcedSenderEndingAt(ReadOnlySpan<char> view, EndIndex byEnd, int z, int clauseStart)
    {
        foreach (var close in SourceCloses)
        {
            if (z - close.Length <= clauseStart || !view[clauseStart..z].EndsWith(close, StringComparison.Ordinal))
            {
                continue;
            }
            if (SenderEndingAt(view, byEnd, z - close.Length, clauseStart) is { } sender)
            {
                foreach (var lead in SourceLeads)
                {
                    if (view[clauseStart..sender.Start].EndsWith(lead, StringComparison.Ordinal))
                    {
                        return sender;
                    }
                    // 来自县财政局的…: the body may be read with the lead word in it (来自县 as a place); the sender follows the lead.
                    if (sender.Name.StartsWith(lead, StringComparison.Ordinal) && sender.Name.Length > lead.Length
                        && view[sender.Start..].StartsWith(lead, StringComparison.Ordinal))
                    {
                        return (sender.Start + lead.Length, sender.Name[lead.Length..]);
                    }
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>The longest sender that is itself a team (山东省加强农村基层党组织建设工作队).</summary>
    private const int MaxTeamSender = 24;

    /// <summary>The most digits of a batch's number (第十批, 第12批).</summary>
    private const int MaxBatchDigits = 3;

    /// <summary>The shortest station name matched by its ending against a team's fuller station (下茆镇 in 四会下茆镇).</summary>
    private const int MinShortStation = 3;

    /// <summary>
    /// A sender that is itself a team, ending at <paramref name="end"/> (<c>山东省…建设工作队派驻…村工作组</c>): the text
    /// before the verb ends in a team word and runs, in name characters only, from a place that opens the clause. Null
    /// when it does not.
    /// </summary>
    private static (int Start, string Name)? TeamSenderEndingAt(ReadOnlySpan<char> view, List<PlaceMention> places, int end, int clauseStart)
    {
        if (end - clauseStart > MaxTeamSender || !EndsInTeamWord(view[clauseStart..end]))
        {
            return null;
        }
        foreach (var c in view[clauseStart..end])
        {
            if (!TextClasses.IsNameChar(c))
            {
                return null;
            }
        }
        var k = PlaceMentions.FirstStartingAtOrAfter(places, clauseStart);
        return k < places.Count && places[k].Start == clauseStart && !places[k].IsAnaphor ? (clauseStart, view[clauseStart..end].ToString()) : null;
    }

    /// <summary>
    /// Where a batch's ordinal at <paramref name="i"/> ends (第十批, 第2轮): the ordinal mark, a number, a batch word;
    /// <paramref name="i"/> when none stands there.
    /// </summary>
    private static int BatchOrdinalEnd(ReadOnlySpan<char> gap, int i)
    {
        if (WordAt(gap[i..], BatchOrdinals) is not { } ordinal)
        {
            return i;
        }
        var p = i + ordinal.Length;
        var digits = p;
        while (p < gap.Length && p - digits < MaxBatchDigits && (char.IsAsciiDigit(gap[p]) || TextClasses.ChineseDigits.Contains(gap[p])))
        {
            p++;
        }
        return p > digits && WordAt(gap[p..], BatchWords) is { } batch ? p + batch.Length : i;
    }

    /// <summary>
    /// A village's committee word right after the village read, at <paramref name="q"/> or sharing the village's own 村
    /// (尚德 + 村委会, 尚德村 + 委会 of 村委会), only filler after it up to <paramref name="to"/>: the station is the village
    /// with its committee as written (尚德村委会), its code the village's. Null when the item is no village or no committee
    /// follows, or when the village's last character is written twice (李家村村委会: the committee is a word after the station).
    /// </summary>
    private static Station? VillageCommitteeStation(ReadOnlySpan<char> view, List<PlaceMention> places, (int Start, int End, int Place) last, int q, int to)
    {
        if (last.Place < 0 || last.End != q || places[last.Place].Level != PlaceLevel.Village)
        {
            return null;
        }
        foreach (var committee in StationCommittees)
        {
            // The committee may begin with the village's last character (村委会 after 尚德村), never before the village; a whole
            // committee word after a village that already ends in its first character (李家村 + 村委会) is another word after
            // the station, which says who is there (the entity spec 'Unlisted words between the station and the team word…').
            var shared = q - 1 > last.Start && view[q - 1] == committee[0];
            var at = shared ? (view[(q - 1)..to].StartsWith(committee, StringComparison.Ordinal) ? q - 1 : -1)
                : view[q..to].StartsWith(committee, StringComparison.Ordinal) ? q
                : -1;
            if (at >= 0 && OnlyGap(view[(at + committee.Length)..to]))
            {
                return new Station(last.Start, last.End, view[last.Start..(at + committee.Length)].ToString());
            }
        }
        return null;
    }

    /// <summary>
    /// A residents' committee at <paramref name="q"/> after the places of a station's chain (浪卡子县浪卡子居委会): a short
    /// name and a committee word, only filler after it up to <paramref name="to"/>. Null when none stands there.
    /// </summary>
    private static Station? CommitteeStation(ReadOnlySpan<char> view, int q, int to)
    {
        var span = view[q..to];
        foreach (var committee in StationCommittees)
        {
            var at = span.IndexOf(committee, StringComparison.Ordinal);
            if (at < 1 || at > MaxUnknownStationPrefix)
            {
                continue;
            }
            foreach (var c in span[..at])
            {
                if (!TextClasses.IsNameChar(c))
                {
                    return null;
                }
            }
            var end = at + committee.Length;
            return OnlyGap(span[end..]) ? new Station(-1, -1, span[..end].ToString()) : null;
        }
        return null;
    }

    /// <summary>
    /// The sender of a station named alone: the first team stationed there, else the one team whose station's name ends
    /// in it (下茆镇 for 四会下茆镇: a county's short name before the station).
    /// </summary>
    private static string? SenderOfStation(Dictionary<string, string> senderByStation, string station)
    {
        if (senderByStation.TryGetValue(station, out var sender))
        {
            return sender;
        }
        if (station.Length < MinShortStation)
        {
            return null;
        }
        string? found = null;
        foreach (var (name, nameSender) in senderByStation)
        {
            if (name.Length > station.Length && name.EndsWith(station, StringComparison.Ordinal))
            {
                if (found is not null && found != nameSender)
                {
                    return null;
                }
                found = nameSender;
            }
        }
        return found;
    }
}
