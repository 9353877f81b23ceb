using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// Names the grammar of titles and coordination gives (issue 16): a name before a title with 前 "former" between
/// them (蔡水游前议员) or a married woman's four-character name before a title (蔡李美灵议员); a name coordinated
/// with a person found, before it (贺建军和朱国庆, 李娜、王芳); a name before a title whose given name is a bare
/// place's (杨华东同志: 华东). Each runs only where its trigger stands (a title, a list mark or joiner after a name).
/// </summary>
internal static partial class PersonRecognizer
{
    /// <summary>"Former" between a name and its title (former-marks.tsv: 蔡水游前议员, 王明前县长).</summary>
    private static readonly char FormerMark = WordLists.Get("former-marks").Values().Single()[0];

    /// <summary>
    /// Names before a title that <see cref="FindPostTitleNames"/> does not read: a name of two or three characters, or a
    /// married woman's four (two surnames and a given name: 蔡李美灵), with 前 between it and the title (蔡李美灵前议员,
    /// 王明前县长), and a four-character name right before the title (陈黄淑媛里长). The name opens where a word can end:
    /// the text's or a clause's start, the particle 的, a place, an office or a word of the dictionary. A name whose last
    /// character and 前 make a word (目前, 之前, 生前) is none.
    /// </summary>
    private static void FindFormerAndMarriedTitleNames(ReadOnlySpan<char> view, ReadOnlySpan<int> stops, TakenSpans taken, List<PersonMention> found, List<PlaceMention> places,
        HashSet<int> displaced)
    {
        foreach (var at in stops)
        {
            // The trigger pass's stops, not every character: titles' first characters (市, 县, 村) are among them.
            if (at < 2 || !LineTriggers.Has(view[at], LineTriggers.TitleFirst))
            {
                continue;
            }
            var former = view[at - 1] == FormerMark;
            var j = former ? at - 1 : at;
            // Most titles stand after neither 前 nor two surnames: one bit read each before the title's lookup.
            var married = j >= 4 && Surnames.Contains(view[j - 4]) && CommonSurnameSet.Contains(view[j - 3]);
            if ((!former && !married) || TitleAt(view, at) is not { } title)
            {
                continue;
            }
            if (married && MarriedNameBefore(view, j, taken))
            {
                AddIfFree(found, taken, new PersonMention(j - 4, j, view[(j - 4)..j].ToString(), title));
                continue;
            }
            if (!former || IsWord(view[(j - 1)..at]))
            {
                continue;
            }
            foreach (var length in (ReadOnlySpan<int>)[3, 2])
            {
                var p = j - length;
                if (p < 0 || !Surnames.Contains(view[p]) || !IsGivenNameChar(view[p + 1]) || (length == 3 && !IsGivenNameChar(view[p + 2]))
                    || IsCommonWord(view[p..j]) || IsCommonWord(view[p..(p + 2)]) || !NameOpensAfter(view, p, taken))
                {
                    continue;
                }
                var person = new PersonMention(p, j, view[p..j].ToString(), title);
                if (title.Length > 0 && !taken.Overlaps(p, j, TakenSpans.Other) && TryDisplaceTitlePlace(places, p, j, at + title.Length, displaced))
                {
                    // 周德海前县长: the place read as 周德海前县 ends inside the title; the person wins.
                    taken.Take(p, j);
                    found.Add(person);
                }
                else
                {
                    AddIfFree(found, taken, person);
                }
                break;
            }
        }
    }

    /// <summary>
    /// Whether the four characters before <paramref name="end"/> are a married woman's name (蔡李美灵): a surname, a
    /// common surname, two given-name characters, no word of the dictionary across them, opening where a name can.
    /// </summary>
    private static bool MarriedNameBefore(ReadOnlySpan<char> view, int end, TakenSpans taken)
    {
        var p = end - 4;
        return IsGivenNameChar(view[p + 2]) && IsGivenNameChar(view[p + 3]) && !IsCommonWord(view[p..(p + 2)])
            && !IsCommonWord(view[(p + 1)..(p + 3)]) && !IsCommonWord(view[(p + 2)..end]) && NameOpensAfter(view, p, taken);
    }

    /// <summary>
    /// Whether a name can open at <paramref name="p"/>: the text's start, a character that is no Han one, the particle 的, a
    /// place or organisation found, an office, or a word of the dictionary ending there and none running across.
    /// </summary>
    private static bool NameOpensAfter(ReadOnlySpan<char> view, int p, TakenSpans taken) =>
        p == 0 || !IsHan(view[p - 1]) || view[p - 1] == Particle || taken.Overlaps(p - 1, p)
        || RoleEndingAt(view, p) is not null || WordEndsBefore(view, p);

    /// <summary>
    /// Names coordinated before a person found (…农场的贺建军和朱国庆一样; 李娜、王芳): a surname and one or two
    /// given-name characters ending at a joiner or list mark right before the person, opening where a name can (see
    /// <see cref="NameOpensAfter"/>), no word of the dictionary. Each name found coordinates the one before it in turn.
    /// </summary>
    private static void FindNamesCoordinatedBefore(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var mark = found[k].Start - 1;
            // A dotted name's Han partner before it too (王明银和买买提·阿皮孜): the dotted name starts after the conjunction.
            if (mark < 2 || !TextClasses.Coordinators.Contains(view[mark]))
            {
                continue;
            }
            foreach (var length in (ReadOnlySpan<int>)[3, 2])
            {
                var p = mark - length;
                if (p < 0 || !Surnames.Contains(view[p]) || !IsGivenNameChar(view[p + 1]) || (length == 3 && !IsGivenNameChar(view[p + 2]))
                    || taken.Overlaps(p, mark) || IsWord(view[p..mark]) || IsCommonWord(view[p..(p + 2)]) || IsNotName(view[p..mark])
                    || (length == 2 && IsWord(view[(p + 1)..(mark + 1)])) || !NameOpensAfter(view, p, taken))
                {
                    continue;
                }
                // Added at the end of the list: the loop reaches it and reads on to the name before it.
                AddIfFree(found, taken, new PersonMention(p, mark, view[p..mark].ToString(), found[k].Role));
                break;
            }
        }
    }

    /// <summary>
    /// Whether a word of the dictionary runs from the role at <paramref name="e"/> into the character after it (总统府,
    /// 书记员), or from the role's last two characters (主人翁 of 女主人: 妇女主人翁意识): the role is part of that word there,
    /// and what follows is no name.
    /// </summary>
    private static bool RoleRunsIntoWord(ReadOnlySpan<char> view, int e, string role) =>
        role.Length >= 2 && e < view.Length && e >= role.Length && IsHan(view[e])
        && (IsWord(view[(e - role.Length)..(e + 1)]) || (role.Length > 2 && IsWord(view[(e - 2)..(e + 1)])));

    /// <summary>
    /// Takes a name read before a title (杨华东同志) over the bare places inside its given name (华东): the surname is a
    /// common one and the first place starts after it, so the place is no place here. The places displaced go into
    /// <paramref name="displaced"/>; false where the name cannot be taken so.
    /// </summary>
    private static bool TryTakeOverGivenNamePlaces(ReadOnlySpan<char> view, List<PlaceMention> places, HashSet<int> displaced, TakenSpans taken,
        List<PersonMention> found, PersonMention person)
    {
        var (p, end) = (person.Start, person.End);
        if (!CommonSurnameSet.Contains(view[p]) || taken.Overlaps(p, end, TakenSpans.Other) || taken.Overlaps(p, p + 1, TakenSpans.Place))
        {
            return false;
        }
        var first = PlaceMentions.FirstStartingAtOrAfter(places, p + 1);
        if (first >= places.Count || places[first].Start != p + 1 || !TryDisplacePlaces(view, places, p, end, displaced))
        {
            return false;
        }
        taken.Take(p, end);
        found.Add(person with { Role = string.IsNullOrEmpty(person.Role) ? null : person.Role });
        return true;
    }
}
