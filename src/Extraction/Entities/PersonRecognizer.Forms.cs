using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// Forms of names that the role, dot and repeat readers leave (people13): a coverb closing a name read after a role
/// (村民张同科靠土地入股, 组长成浩向桐城市反馈), a married woman's four-character name before a word (里长陈黄淑媛号召), a
/// transliterated name of three parts (汉森·尼克·勒内) and its parts named alone (尼克说), a known name that a place
/// found swallowed with the verb after it (王中臣带领焦村), and a name alone on a line after its organisation
/// (中央电视台石云松, a contributor's credit).
/// </summary>
internal static partial class PersonRecognizer
{
    /// <summary>One-character coverbs that follow a name only before a word or a place (靠, 向): name-followers.tsv, next word.</summary>
    private static readonly string[] CoverbFollowers = [.. WordLists.Get("name-followers").Where("next", "word").Select(r => r[0])];

    /// <summary>
    /// Whether a coverb (靠, 向: name-followers.tsv, next word) begins at <paramref name="at"/> and a word of the
    /// dictionary or a place found begins right after it (靠土地, 向桐城市): what the person does opens there.
    /// </summary>
    private static bool CoverbBeforeWordAt(ReadOnlySpan<char> view, int at, TakenSpans taken)
    {
        foreach (var coverb in CoverbFollowers)
        {
            var next = at + coverb.Length;
            if (next < view.Length && view[at..].StartsWith(coverb, StringComparison.Ordinal)
                && (PlaceBeginsAt(taken, next) || (next + 2 <= view.Length && IsCommonWord(view[next..(next + 2)]))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// End of a married woman's four-character name (two surnames, a given name of two) right after a role where
    /// <see cref="FourCharacterNameEnd"/> finds none: closed by a mark, whatever her own surname, even where the given
    /// name is a word (候补监事方洪青春。), or, where her surname is a common one (surnames.tsv, common yes) and the given
    /// name no word, followed by a follower, a role or a verb of the dictionary (里长陈黄淑媛号召, 陈黄淑媛里长,
    /// 陈黄淑媛表示); 0 when there is none. The first two characters, the middle
    /// two and what follows the third (王林华开心, 陈林华开始) are no word of the dictionary.
    /// </summary>
    private static int MarriedNameEnd(ReadOnlySpan<char> view, int p)
    {
        var end = p + 4;
        if (end > view.Length || !Surnames.Contains(view[p + 1]) || !IsGivenNameChar(view[p + 2]) || !IsGivenNameChar(view[p + 3])
            || FollowWordAt(view, p + 3) || WordAt(view[(p + 3)..], CreditTails) is not null
            || IsCommonWord(view[p..(p + 2)]) || IsCommonWord(view[(p + 1)..(p + 3)]) || FollowWordAt(view, p + 2) || IsVerbOrAdverb(view[(p + 2)..end]))
        {
            // 总会计师卓华带队。: a two-character name and what the person does (a follower, a verb) is no married name.
            return 0;
        }
        if (end == view.Length || !(IsHan(view[end]) || char.IsAsciiLetterOrDigit(view[end])))
        {
            return end;
        }
        if (!CommonSurnames.Contains(view[p + 1]) || IsCommonWord(view[(p + 2)..end]) || (p + 5 <= view.Length && IsVerbOrAdverb(view[(p + 3)..(p + 5)])) || WordFollows(view, p + 3))
        {
            return 0;
        }
        return FollowWordAt(view, end) || RoleStartingAt(view, end)
            || (end + 2 <= view.Length && IsVerbOrAdverb(view[end..(end + 2)]) && !IsWord(view[(end - 1)..(end + 1)])) ? end : 0;
    }

    /// <summary>
    /// End of the further parts of a transliterated name past its first dot (汉森·尼克·勒内, 汉森 · 尼克 · 勒内: blanks
    /// around a dot allowed, the full-width and no-break ones too: <see cref="IsBlank"/>), each of two characters or more; <paramref name="name"/> takes them, joined by ·.
    /// </summary>
    private static int FurtherDottedPartsEnd(ReadOnlySpan<char> view, int end, ref string name)
    {
        while (true)
        {
            var d = end;
            while (d < view.Length && IsBlank(view[d]))
            {
                d++;
            }
            if (d >= view.Length || !Dots.Contains(view[d]))
            {
                return end;
            }
            var s = d + 1;
            while (s < view.Length && IsBlank(view[s]))
            {
                s++;
            }
            var e = NameEnd(view, s, 8);
            if (e - s < 2)
            {
                return end;
            }
            name = name + "·" + view[s..e].ToString();
            end = e;
        }
    }

    /// <summary>
    /// A part of a transliterated name found in the text, named alone (汉森·尼克·勒内 … 尼克成为, 尼克说, 和谢万举: the page's
    /// short name for him): two characters or more, no word of the dictionary, standing where a clause or a joiner
    /// opens before it and a follower, a function character, a verb or a mark comes after it. The first part of three
    /// characters or more is already looked for again (<see cref="Recognize"/>).
    /// </summary>
    private static void FindDottedPartRepeats(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        var count = found.Count;
        for (var i = 0; i < count; i++)
        {
            var full = found[i].Name;
            if (full.IndexOf('·', StringComparison.Ordinal) < 0)
            {
                continue;
            }
            foreach (var part in full.Split('·'))
            {
                if (part.Length < 2 || IsCommonWord(part) || (part == full[..part.Length] && part.Length >= 3))
                {
                    continue;
                }
                for (var at = 0; view[at..].IndexOf(part, StringComparison.Ordinal) is var k && k >= 0;)
                {
                    var start = at + k;
                    var end = start + part.Length;
                    at = end;
                    if (start > 0 && IsPersonChar(view[start - 1]) && !Joiners.Contains(view[start - 1], StringComparison.Ordinal)
                        && RoleEndingAt(view, start) is null)
                    {
                        continue;
                    }
                    // Not a part of another dotted name (戴维·米拉克和贾里德·米拉克: the second is 贾里德's).
                    if ((start > 0 && Dots.Contains(view[start - 1])) || (start > 1 && IsBlank(view[start - 1]) && Dots.Contains(view[start - 2])))
                    {
                        continue;
                    }
                    if (end < view.Length && (Dots.Contains(view[end]) || (end + 1 < view.Length && IsBlank(view[end]) && Dots.Contains(view[end + 1]))))
                    {
                        continue;
                    }
                    if (end < view.Length && IsPersonChar(view[end]) && !TextClasses.IsFunction(view[end]) && !Joiners.Contains(view[end], StringComparison.Ordinal)
                        && !FollowWordAt(view, end)
                        && !(end + 2 <= view.Length && IsVerbOrAdverb(view[end..(end + 2)])))
                    {
                        continue;
                    }
                    AddIfFree(found, taken, new PersonMention(start, end, part, null));
                }
            }
        }
    }

    /// <summary>
    /// A name learned in the text (three characters or more, opening with a surname) that a place found opens and
    /// swallows with the verb after it (王中臣带领焦村: a village read as 王中臣带领焦村): the name is the person's, the
    /// place is displaced. Only a place of no chain, where a verb of the dictionary or a follower begins right after the name.
    /// </summary>
    private static void FindRepeatsOpeningPlaces(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found, List<PlaceMention> places,
        HashSet<int> displaced, List<string> names)
    {
        if (places.Count == 0 || names.Count == 0)
        {
            return;
        }
        for (var k = 0; k < places.Count; k++)
        {
            var place = places[k];
            if (place.IsAnaphor || place.Parent is not null || displaced.Contains(k))
            {
                continue;
            }
            foreach (var name in names)
            {
                var end = place.Start + name.Length;
                if (name.Length < 3 || !Surnames.Contains(name[0]) || end + 2 > place.End
                    || !view[place.Start..].StartsWith(name, StringComparison.Ordinal)
                    || !(FollowWordAt(view, end) || IsVerbOrAdverb(view[end..(end + 2)])) || taken.Overlaps(place.Start, end, TakenSpans.Other))
                {
                    continue;
                }
                displaced.Add(k);
                taken.Take(place.Start, end);
                found.Add(new PersonMention(place.Start, end, name, null));
                break;
            }
        }
    }

    /// <summary>
    /// A name alone on a line right after the organisation it works for (中央电视台石云松: a contributor's credit over
    /// their part of a page): the line holds only blanks, the organisation found, a surname and one or two given-name
    /// characters that are no word of the dictionary, and blanks.
    /// </summary>
    private static void FindOrganisationLineNames(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found, List<OrgMention> orgs)
    {
        foreach (var org in orgs)
        {
            var p = org.End;
            if (p + 2 > view.Length || !Surnames.Contains(view[p]))
            {
                continue;
            }
            var open = org.Start;
            while (open > 0 && IsBlank(view[open - 1]))
            {
                open--;
            }
            if (open > 0 && view[open - 1] != '\n')
            {
                continue;
            }
            var end = p + 1;
            while (end < view.Length && end - p < 3 && IsGivenNameChar(view[end]))
            {
                end++;
            }
            var close = end;
            while (close < view.Length && IsBlank(view[close]))
            {
                close++;
            }
            if (end - p < 2 || (close < view.Length && view[close] != '\n') || !LooksLikeHanName(view[p..end]) || IsNotName(view[p..end]))
            {
                continue;
            }
            AddIfFree(found, taken, new PersonMention(p, end, view[p..end].ToString(), null));
        }
    }
}
