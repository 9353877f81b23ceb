using System.Buffers;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// Where a name starts and ends when the cue before it is not enough: names coordinated with a known name
/// (胡竹青、杜万青、马健是…, 杨典忠及王立任也…), two reporters glued in a credit line (记者赖香珊简慧珍／) or a reporter glued
/// to the place the story was filed from (记者谢月琴台湾宜兰报导), a given name closed by a character that opens words
/// elsewhere (王立任也, 贺知如等), a rare dictionary entry read across a name's end (王宏书用心: 书用), a place before a
/// title whose holder follows it (马公市长叶竹林: 马公 is the city) and 和 after a role (杜队长和马专干: no 和马).
/// Each test runs only where its trigger stands: a list mark or joiner after a found name, a credit run too long
/// for one name, a title right before a found name.
/// </summary>
internal static partial class PersonRecognizer
{
    /// <summary>Given-name characters that open words elsewhere (王立任也, 贺知如等): given-name-chars.tsv, where closing.</summary>
    private static readonly SearchValues<char> ClosingGivenNameChars = SearchValues.Create(
        string.Concat(WordLists.Get("given-name-chars").Where("where", "closing").Select(r => r[0])));

    /// <summary>
    /// Words that join the last item of a list of names to the others (杨典忠及王立任, 陈亚军与毕飞飞): the joiners of a name to
    /// what follows (和, 跟, 同) and the coordinators of char-classes.tsv (及, 与) but its list mark.
    /// </summary>
    private static readonly string ListJoiners = Joiners + TextClasses.CoordinatorChars.Replace(ListMark.ToString(), "", StringComparison.Ordinal);

    /// <summary>What opens a list after a name: the list mark and the joiners.</summary>
    private static readonly SearchValues<char> ListTriggers = SearchValues.Create(ListMark + ListJoiners);

    /// <summary>How much more often than the dictionary entry across a name's end the word after the name must be for the entry to be ignored (书用 3, 用心 802).</summary>
    private const int RareAcrossRatio = 10;

    /// <summary>
    /// Whether the name ends at <paramref name="end"/> where the next character is closed off: the text's end, no Han
    /// character, a function character (也, 等, 是) or a follower (说). A closing given-name character (任, 如) ends a
    /// name only so.
    /// </summary>
    private static bool ClosedAt(ReadOnlySpan<char> view, int end) =>
        end >= view.Length || !IsHan(view[end]) || TextClasses.IsFunction(view[end]) || FollowWordAt(view, end);

    /// <summary>Whether the character at <paramref name="at"/> may be a given name's last: a given-name character, or a closing one closed off after it.</summary>
    private static bool LastGivenNameCharAt(ReadOnlySpan<char> view, int at) =>
        IsGivenNameChar(view[at]) || ClosingGivenNameAt(view, at);

    /// <summary>
    /// Whether a closing given-name character (任, 如, 令) at <paramref name="at"/> ends a name: closed off after it, and
    /// no word of the dictionary opening with it (如此, 如是: 张三如此 is no 张三如).
    /// </summary>
    private static bool ClosingGivenNameAt(ReadOnlySpan<char> view, int at) =>
        at < view.Length && ClosingGivenNameChars.Contains(view[at]) && ClosedAt(view, at + 1) && !(at + 2 <= view.Length && IsWord(view[at..(at + 2)]));

    /// <summary>
    /// Whether the place over a name read after a role that starts inside the role and ends inside the name (乡长江东成:
    /// 长江), and any other inside the name, are bare places no chain holds, nothing going on after the name; their
    /// indices go into <paramref name="displaced"/>.
    /// </summary>
    private static bool TryDisplacePlaceAcrossRole(ReadOnlySpan<char> view, List<PlaceMention> places, int roleStart, int start, int end, HashSet<int> displaced)
    {
        var k = PlaceMentions.FirstStartingAtOrAfter(places, start) - 1;
        if (k < 0)
        {
            return false;
        }
        if (places[k].Start < roleStart || places[k].End <= start || (end < view.Length && AdministrativeSuffixChars.Contains(view[end])))
        {
            return false;
        }
        // The places inside the name too (江东 of 江东成) give way, each bare; one going on past the name keeps it.
        var last = k;
        while (last + 1 < places.Count && places[last + 1].Start < end)
        {
            last++;
        }
        for (var i = k; i <= last; i++)
        {
            var place = places[i];
            // 仁爱乡长江子信: the chain 仁爱乡 → 长江 is read from the role's first character (乡), which ends the parent; the
            // parent stays a place, the child across the role gives way.
            var chainedByRole = i == k && k > 0 && place.Parent is not null && places[k - 1].End > roleStart && places[k - 1].End <= place.Start
                && string.Equals(places[k - 1].Name, place.Parent, StringComparison.Ordinal);
            if (place.End > end || place.IsAnaphor || (place.Parent is not null && !chainedByRole) || AdministrativeSuffixChars.Contains(place.Name[^1]))
            {
                return false;
            }
        }
        if (last + 1 < places.Count && places[last + 1].Start == end)
        {
            return false;
        }
        for (var i = k; i <= last; i++)
        {
            displaced.Add(i);
        }
        return true;
    }

    /// <summary>
    /// Whether a word of the dictionary ends right before the name at <paramref name="p"/> and none runs across its start
    /// (偕同龚文俊镇长; a word of three characters too: 工作队朱红军队长): a word's edge, as a role's or a place's end is.
    /// </summary>
    private static bool WordEndsBefore(ReadOnlySpan<char> view, int p) =>
        p >= 2 && IsHan(view[p - 2]) && (IsCommonWord(view[(p - 2)..p]) || (p >= 3 && IsHan(view[p - 3]) && IsCommonWord(view[(p - 3)..p])))
        && WordEdgeBefore(view, p);

    /// <summary>
    /// Whether a word of the dictionary begins at <paramref name="end"/> and the only entry across the name's end is a
    /// rare one the following word outweighs <see cref="RareAcrossRatio"/> times (王宏书用心: 书用 3, 用心 802).
    /// </summary>
    private static bool WordFollowsOverRare(ReadOnlySpan<char> view, int end)
    {
        if (end + 2 > view.Length)
        {
            return false;
        }
        var lexicon = WorkTeam.Extraction.Segmentation.SegmenterResources.Default.Lexicon;
        return lexicon.Frequency(view[end..(end + 2)]) is int after && after > 0
            && lexicon.Frequency(view[(end - 1)..(end + 1)]) is int across && across > 0 && (long)across * RareAcrossRatio < after;
    }

    /// <summary>Surnames that are also common words (向, 占): word-surnames.tsv.</summary>
    private static readonly SearchValues<char> WordSurnames = WordLists.Get("word-surnames").ToSearchValues();

    /// <summary>
    /// Names opening with a surname that is also a common word (镇党委书记向鑫海带领): right after a role, three characters
    /// of which no two make a word of the dictionary (向村民 has 村民, 向大家 大家), not taken, and the page gives the same
    /// three characters again (a preposition's phrase is seldom repeated whole). The later ones are found as repeats.
    /// </summary>
    private static void FindWordSurnameNames(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        for (var from = 0; view[from..].IndexOfAny(WordSurnames) is var k && k >= 0;)
        {
            var p = from + k;
            from = p + 1;
            if (p + 3 > view.Length || RoleEndingAt(view, p) is not { } role || !IsGivenNameChar(view[p + 1]) || !IsGivenNameChar(view[p + 2])
                || IsWord(view[p..(p + 2)]) || IsWord(view[(p + 1)..(p + 3)]) || IsWord(view[p..(p + 3)]) || taken.Overlaps(p, p + 3)
                || view[(p + 3)..].IndexOf(view[p..(p + 3)], StringComparison.Ordinal) < 0)
            {
                continue;
            }
            AddIfFree(found, taken, new PersonMention(p, p + 3, view[p..(p + 3)].ToString(), RoleBefore(view, p)));
        }
    }

    /// <summary>One-character credits written before a slash (图/, 文/): byline-labels.tsv, use credit.</summary>
    private static readonly string SlashCredits = string.Concat(CreditWords("credit").Where(w => w.Length == 1));

    /// <summary>The length of a one-character credit and its slash at <paramref name="at"/> before <paramref name="end"/> (图/凃珮雅摄), else 0.</summary>
    private static int SlashCreditLength(ReadOnlySpan<char> view, int at, int end) =>
        at >= 0 && at + 2 < end && SlashCredits.Contains(view[at], StringComparison.Ordinal) && Marks.Slashes.Contains(view[at + 1]) ? 2 : 0;

    /// <summary>Whether a person already found starts at <paramref name="at"/> (马公市长叶竹林: the title's holder follows it).</summary>
    private static bool PersonStartsAt(List<PersonMention> found, int at)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            if (found[k].Start == at)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A credit run no single name fills (记者赖香珊简慧珍／, 记者谢月琴台湾宜兰报导): two three-character names each opening
    /// with a surname, or a name of two or three characters glued to the place the story was filed from (places the
    /// text found fill the rest, and a tail such as 报导 closed the run). Adds them; false when the run is neither.
    /// </summary>
    private static bool AddGluedCreditNames(ReadOnlySpan<char> view, int p, int nameEnd, int runEnd, string? role, TakenSpans taken, List<PersonMention> found)
    {
        var length = nameEnd - p;
        if (!Surnames.Contains(view[p]) || length < 4 || taken.Overlaps(p, p + 2))
        {
            return false;
        }
        if (length == 6 && Surnames.Contains(view[p + 3]) && !taken.Overlaps(p, nameEnd) && GluedHalf(view, p) && GluedHalf(view, p + 3))
        {
            AddIfFree(found, taken, new PersonMention(p, p + 3, view[p..(p + 3)].ToString(), role));
            AddIfFree(found, taken, new PersonMention(p + 3, nameEnd, view[(p + 3)..nameEnd].ToString(), role));
            return true;
        }
        if (nameEnd == runEnd)
        {
            return false;
        }
        foreach (var cut in (ReadOnlySpan<int>)[p + 3, p + 2])
        {
            if (taken.Overlaps(p, cut) || !PlacesFill(taken, cut, nameEnd) || IsCommonWord(view[p..cut]) || IsNotName(view[p..cut]))
            {
                continue;
            }
            AddIfFree(found, taken, new PersonMention(p, cut, view[p..cut].ToString(), role));
            return true;
        }
        return false;
    }

    /// <summary>Whether the three characters at <paramref name="p"/> may be one of two glued names: given-name characters, no word of the dictionary.</summary>
    private static bool GluedHalf(ReadOnlySpan<char> view, int p) =>
        IsGivenNameChar(view[p + 1]) && IsGivenNameChar(view[p + 2]) && !IsCommonWord(view[p..(p + 2)]) && !IsCommonWord(view[p..(p + 3)]);

    /// <summary>Whether places the text found cover every character from <paramref name="start"/> to <paramref name="end"/> (台湾宜兰).</summary>
    private static bool PlacesFill(TakenSpans taken, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!taken.Overlaps(k, k + 1, TakenSpans.Place) || taken.Overlaps(k, k + 1, TakenSpans.Other))
            {
                return false;
            }
        }
        return end > start;
    }

    /// <summary>
    /// Names coordinated with a name found (胡竹青、杜万青、马健是…; 陈廷秀、杨典忠及王立任也…): after a found name, a list mark
    /// or a joiner and a surname open the next item, which is a name where it is closed off after two or three
    /// characters or a word of the dictionary begins after two; each item found opens the next.
    /// </summary>
    private static void FindListedNames(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var at = found[k].End;
            if (at + 3 > view.Length || !(view[at] == ListMark || ListJoiners.Contains(view[at], StringComparison.Ordinal)) || !Surnames.Contains(view[at + 1]))
            {
                continue;
            }
            var start = at + 1;
            var end = ListedNameEnd(view, start);
            if (end == 0 || taken.Overlaps(start, end) || IsNotName(view[start..end]))
            {
                continue;
            }
            // Added at the end of the list: the loop reaches it and reads the list on from it.
            AddIfFree(found, taken, new PersonMention(start, end, view[start..end].ToString(), found[k].Role));
        }
    }

    /// <summary>
    /// The end of a listed name opening with the surname at <paramref name="p"/>, or 0: three characters closed off
    /// after them, else two closed off (马健是) or where a word of the dictionary begins (马健开始); no common word.
    /// </summary>
    private static int ListedNameEnd(ReadOnlySpan<char> view, int p)
    {
        // 李雅静、邱于轩及郑安秝: an item that is three characters alone between two marks may hold a character that is a
        // function word elsewhere (于), as a list's middle item may.
        if (p + 4 <= view.Length && ListMarkAt(view, p + 3) && IsHan(view[p + 1]) && IsHan(view[p + 2]) && !TextClasses.IsFunction(view[p + 2])
            && !IsCommonWord(view[p..(p + 2)]) && !IsCommonWord(view[p..(p + 3)]) && !IsCommonWord(view[(p + 1)..(p + 3)]) && !RoleStartingAt(view, p + 1))
        {
            return p + 3;
        }
        if (!IsGivenNameChar(view[p + 1]) || IsCommonWord(view[p..(p + 2)]) || RoleStartingAt(view, p + 1))
        {
            return 0;
        }
        // 王立任也: the three-character reading first, since 任 closes off a two-character one too.
        if (p + 3 <= view.Length && LastGivenNameCharAt(view, p + 2) && (ClosedAt(view, p + 3) || ListMarkAt(view, p + 3))
            && !IsCommonWord(view[p..(p + 3)]) && !IsCommonWord(view[(p + 1)..(p + 3)]) && !(p + 4 <= view.Length && IsWord(view[(p + 2)..(p + 4)])))
        {
            return p + 3;
        }
        if (ClosedAt(view, p + 2) || ListMarkAt(view, p + 2))
        {
            return p + 2;
        }
        // 金沙代表会: a two-character reading the dictionary holds (金沙, a place's name too) is no name before a word.
        if (WordFollows(view, p + 2) && !IsWord(view[p..(p + 2)]))
        {
            return p + 2;
        }
        // 陈立新分别带队: three characters where no two-character reading ends and a word of the dictionary begins after them.
        // 阳明里干事: no office begins there (a place before its office is no name).
        return p + 4 <= view.Length && IsGivenNameChar(view[p + 2]) && WordFollows(view, p + 3) && !IsCommonWord(view[p..(p + 3)])
            && !RoleStartingAt(view, p + 3) ? p + 3 : 0;
    }

    /// <summary>Whether a list mark or a list joiner before a surname stands at <paramref name="at"/> (杨典忠及王立任).</summary>
    private static bool ListMarkAt(ReadOnlySpan<char> view, int at) =>
        at < view.Length && (view[at] == ListMark || (at + 1 < view.Length && ListJoiners.Contains(view[at], StringComparison.Ordinal) && Surnames.Contains(view[at + 1])));
}
