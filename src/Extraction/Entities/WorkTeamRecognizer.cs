using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>A work team: the span that names it, its sending unit and one station (a team with several stations gives several).</summary>
internal readonly record struct TeamMention(int Start, int End, string Sender, string Station);

/// <summary>
/// Finds work teams (工作队) with their sender and station: <c>S驻P工作队</c> (the station is the most specific
/// place of P, 该县/该村 resolved), <c>S“访惠聚”驻村工作队</c> with the stations given elsewhere (分赴…村、…村 in
/// the sentence; the same sender's station elsewhere in the text; else the village last named in this
/// or the previous paragraph), and <c>P工作队</c> for a station whose sender the text named before.
/// Teams with no named sender (各驻村工作队) are not reported.
/// </summary>
internal static class WorkTeamRecognizer
{
    private const string TeamWord = "工作队";

    /// <summary>What may stand between the station and 工作队: 驻村, “访惠聚”, (村), (社区), 各.</summary>
    private const string GapChars = "驻村连各“”\"访惠聚()（）社区 ";

    public static List<TeamMention> Recognize(ReadOnlySpan<char> view, List<PlaceMention> places, List<OrgMention> orgs)
    {
        if (!view.Contains(TeamWord, StringComparison.Ordinal))
        {
            // Every team is found at 工作队: most texts have none, and need none of the lists below.
            return [];
        }
        var byEnd = new EndIndex(places, orgs);
        var explicitTeams = new List<TeamMention>();
        var pending = new List<(int Start, int End, string Sender, int At)>();
        var stationOnly = new List<(int Start, int End, string Station)>();
        var from = 0;
        while (from < view.Length)
        {
            var at = view[from..].IndexOf(TeamWord, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }
            var t = from + at;
            var te = t + TeamWord.Length;
            from = te;
            if (te < view.Length && view[te] == '员')
            {
                continue;
            }
            var clauseStart = t;
            while (clauseStart > 0 && t - clauseStart < TextClasses.MaxSentenceLength && !IsClauseBreak(view[clauseStart - 1]))
            {
                clauseStart--;
            }
            var z = view[clauseStart..t].IndexOf('驻');
            if (z < 0)
            {
                // 劳光村工作队: a station named right before the team word, sender known from elsewhere.
                if (byEnd.FirstPlaceEndingAt(t) is { } station && !station.IsAnaphor)
                {
                    stationOnly.Add((station.Start, te, station.Name));
                }
                continue;
            }
            z += clauseStart;
            if (SenderEndingAt(view, byEnd, z, clauseStart) is not { } sender)
            {
                continue;
            }
            var stations = StationsBetween(view, places, z + 1, t);
            if (stations is null)
            {
                continue;
            }
            if (stations.Count == 0)
            {
                pending.Add((sender.Start, te, sender.Name, t));
                continue;
            }
            foreach (var station in stations)
            {
                explicitTeams.Add(new TeamMention(sender.Start, te, sender.Name, station));
            }
        }

        var result = new List<TeamMention>(explicitTeams);
        // The stations each sender's explicit teams name, in text order.
        var stationsBySender = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var team in explicitTeams)
        {
            if (!stationsBySender.TryGetValue(team.Sender, out var list))
            {
                stationsBySender[team.Sender] = list = [];
            }
            if (!list.Contains(team.Station))
            {
                list.Add(team.Station);
            }
        }
        foreach (var (start, end, senderName, t) in pending)
        {
            foreach (var station in StationsFromContext(view, places, stationsBySender, senderName, t))
            {
                result.Add(new TeamMention(start, end, senderName, station));
            }
        }
        // A station named alone takes the sender of the first team stationed there.
        var senderByStation = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var team in result)
        {
            senderByStation.TryAdd(team.Station, team.Sender);
        }
        foreach (var (start, end, station) in stationOnly)
        {
            if (senderByStation.TryGetValue(station, out var sender))
            {
                result.Add(new TeamMention(start, end, sender, station));
            }
        }
        result.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : 0);
        return result;
    }

    private static bool IsClauseBreak(char c) => c is '，' or ',' or '。' or '；' or ';' or '！' or '!' or '？' or '?' or '\n' or '：' or ':';

    /// <summary>
    /// Places and organisations by where they end, in list order within one end: the team patterns ask
    /// "what ends here?" once per 工作队, which a scan of all mentions made quadratic in long texts.
    /// </summary>
    private sealed class EndIndex
    {
        private readonly Dictionary<int, List<PlaceMention>> places = [];
        private readonly Dictionary<int, OrgMention> orgs = [];

        public EndIndex(List<PlaceMention> places, List<OrgMention> orgs)
        {
            foreach (var place in places)
            {
                if (!this.places.TryGetValue(place.End, out var list))
                {
                    this.places[place.End] = list = [];
                }
                list.Add(place);
            }
            foreach (var org in orgs)
            {
                this.orgs.TryAdd(org.End, org);
            }
        }

        public PlaceMention? FirstPlaceEndingAt(int end) =>
            places.TryGetValue(end, out var list) ? list[0] : null;

        private static readonly List<PlaceMention> None = [];

        public List<PlaceMention> PlacesEndingAt(int end) =>
            places.TryGetValue(end, out var list) ? list : None;

        public OrgMention? FirstOrgEndingAt(int end) =>
            orgs.TryGetValue(end, out var org) ? org : null;
    }

    /// <summary>
    /// The sending unit ending at 驻 (or at the “访惠聚” before it): an organisation, or a run of places
    /// joined as a chain (八师石河子市).
    /// </summary>
    private static (int Start, string Name)? SenderEndingAt(ReadOnlySpan<char> view, EndIndex byEnd, int z, int clauseStart)
    {
        var end = z;
        if (end >= 5 && view[(end - 5)..end] is "“访惠聚”" or "\"访惠聚\"")
        {
            end -= 5;
        }
        if (byEnd.FirstOrgEndingAt(end) is { } org && org.Start >= clauseStart)
        {
            return (org.Start, org.Name);
        }
        var start = end;
        var found = true;
        while (found)
        {
            found = false;
            foreach (var place in byEnd.PlacesEndingAt(start))
            {
                if (!place.IsAnaphor && place.Start >= clauseStart)
                {
                    start = place.Start;
                    found = true;
                    break;
                }
            }
        }
        return start < end ? (start, view[start..end].ToString()) : null;
    }

    /// <summary>
    /// The stations named between 驻 and 工作队: the most specific places (several when coordinated).
    /// Empty when none is named (驻村); null when the words between are not a station (驻蓝湾社区第一书记、工作队队长).
    /// </summary>
    private static List<string>? StationsBetween(ReadOnlySpan<char> view, List<PlaceMention> places, int from, int to)
    {
        var inside = new List<PlaceMention>();
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, from); k < places.Count && places[k].Start < to; k++)
        {
            if (places[k].End <= to)
            {
                inside.Add(places[k]);
            }
        }
        var covered = from;
        foreach (var place in inside)
        {
            if (!OnlyGap(view[covered..place.Start], allowCoordination: covered > from))
            {
                return null;
            }
            covered = Math.Max(covered, place.End);
        }
        if (!OnlyGap(view[covered..to], allowCoordination: false))
        {
            return null;
        }
        var deepest = 0;
        foreach (var place in inside)
        {
            deepest = Math.Max(deepest, place.Rank is 9 ? 0 : place.Rank);
        }
        var stations = new List<string>();
        foreach (var place in inside)
        {
            if (place.Rank == deepest && !stations.Contains(place.Name))
            {
                stations.Add(place.Name);
            }
        }
        if (stations.Count == 0 && inside.Count > 0)
        {
            stations.Add(inside[^1].Name);
        }
        return stations;
    }

    /// <summary>
    /// Whether the words between places and 工作队 are only team-name filler: 驻村, 各, a quoted slogan
    /// (“访民情惠民生聚民心”) or a bracketed note ((以下简称“访惠聚”)).
    /// </summary>
    private static bool OnlyGap(ReadOnlySpan<char> gap, bool allowCoordination)
    {
        var depth = 0;
        var quoted = false;
        foreach (var c in gap)
        {
            if (c is '“' or '”' or '"')
            {
                quoted = c == '“' || (c == '"' && !quoted);
                continue;
            }
            if (c is '(' or '（')
            {
                depth++;
                continue;
            }
            if (c is ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }
            if (quoted || depth > 0)
            {
                continue;
            }
            if (!GapChars.Contains(c, StringComparison.Ordinal) && !(allowCoordination && TextClasses.Coordinators.Contains(c)))
            {
                return false;
            }
        }
        return true;
    }

    private static List<string> StationsFromContext(ReadOnlySpan<char> view, List<PlaceMention> places, Dictionary<string, List<string>> stationsBySender, string sender, int t)
    {
        var stations = new List<string>();
        var sentenceStart = t;
        while (sentenceStart > 0 && t - sentenceStart < TextClasses.MaxSentenceLength && !TextClasses.IsSentenceEnd(view[sentenceStart - 1]))
        {
            sentenceStart--;
        }
        var sentenceEnd = t;
        while (sentenceEnd < view.Length && sentenceEnd - t < TextClasses.MaxSentenceLength && !TextClasses.IsSentenceEnd(view[sentenceEnd]))
        {
            sentenceEnd++;
        }
        // 分赴民丰县若克雅乡劳光村、英吾斯塘村、阿奇玛村: the places the team went to, in the same sentence.
        var goes = view[sentenceStart..sentenceEnd].IndexOf("分赴", StringComparison.Ordinal);
        if (goes >= 0)
        {
            var chainStart = sentenceStart + goes + 2;
            var deepest = 0;
            var chain = new List<PlaceMention>();
            var expected = chainStart;
            for (var k = PlaceMentions.FirstStartingAtOrAfter(places, chainStart); k < places.Count; k++)
            {
                var place = places[k];
                if (place.Start > expected + 1)
                {
                    // Places are in text order: none after this one joins the chain.
                    break;
                }
                chain.Add(place);
                deepest = Math.Max(deepest, place.Rank);
                expected = place.End;
            }
            foreach (var place in chain)
            {
                if (place.Rank == deepest && !stations.Contains(place.Name))
                {
                    stations.Add(place.Name);
                }
            }
            if (stations.Count > 0)
            {
                return stations;
            }
        }
        if (stationsBySender.TryGetValue(sender, out var known))
        {
            return [.. known];
        }
        // The village last named before the team, in this paragraph or the one before (该村 counts, resolved).
        var scopeStart = LineStart(view, t);
        var previous = scopeStart - 1;
        while (previous > 0 && char.IsWhiteSpace(view[previous - 1]))
        {
            previous--;
        }
        if (previous > 0)
        {
            scopeStart = LineStart(view, previous);
        }
        for (var k = PlaceMentions.FirstStartingAtOrAfter(places, t) - 1; k >= 0 && places[k].Start >= scopeStart; k--)
        {
            var place = places[k];
            if (place.End <= t && place.Level == PlaceLevel.Village)
            {
                stations.Add(place.Name);
                break;
            }
        }
        return stations;
    }

    private static int LineStart(ReadOnlySpan<char> view, int at)
    {
        var start = Math.Max(0, at);
        while (start > 0 && at - start < TextClasses.MaxParagraphLookback && view[start - 1] != '\n')
        {
            start--;
        }
        return start;
    }
}
