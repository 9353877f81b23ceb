using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Entities;

/// <summary>
/// Names a report gives as a list or a credit with no role before each (镇领导黄诚、俞红、吴金涛、季赟分别…; 文/李思慧 徐小娟
/// 王培): a run of items joined by the list mark, each a name or a name after its office or place (县议员蔡水游、金湖镇长
/// 李成义), is a list of people when at least <see cref="MinListedNames"/> items in a row read so; a one-character
/// credit before a slash (文/, 图/) opens a credit line of names set apart by blanks. Each test runs only where its
/// trigger stands (a list mark, a slash).
/// </summary>
internal static partial class PersonRecognizer
{
    /// <summary>The fewest items in a row of a list that must read as names for all of them to be people.</summary>
    private const int MinListedNames = 3;

    /// <summary>The longest item of a list read (an office and a name: 金门国家公园管理处副处长林义野).</summary>
    private const int MaxListItem = 16;

    /// <summary>
    /// Finds the names of lists whose items read as names (a surname and one or two given-name characters, no word of
    /// the dictionary) standing alone or after an office, a place or an organisation, <see cref="MinListedNames"/> or more
    /// in a row. The first item's name ends at the list mark and opens where a word can end before it (镇领导黄诚); the last
    /// is read as a listed name is (沈燕分别…).
    /// </summary>
    private static void FindNameLists(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found, List<PlaceMention> places, HashSet<int> displaced)
    {
        Span<int> starts = stackalloc int[32];
        Span<int> ends = stackalloc int[32];
        var positions = new FoundPositions(found);
        var from = 0;
        while (from < view.Length && view[from..].IndexOf(ListMark) is var k && k >= 0)
        {
            var mark = from + k;
            // The first item: the Han run before the first mark of a chain.
            var itemStart = mark;
            while (itemStart > 0 && IsHan(view[itemStart - 1]) && mark - itemStart < MaxListItem)
            {
                itemStart--;
            }
            var count = 0;
            starts[count] = NameAtItemEnd(view, itemStart, mark, taken, found, positions, places);
            ends[count++] = mark;
            // The middle items: a Han run between two marks.
            var m = mark;
            while (count < starts.Length - 1)
            {
                var e = m + 1;
                while (e < view.Length && IsHan(view[e]) && e - m <= MaxListItem)
                {
                    e++;
                }
                if (e >= view.Length || view[e] != ListMark || e == m + 1)
                {
                    break;
                }
                starts[count] = NameAtItemEnd(view, m + 1, e, taken, found, positions, places);
                ends[count++] = e;
                m = e;
            }
            // The last item: a name right after the last mark.
            starts[count] = -1;
            ends[count] = 0;
            if (m + 3 <= view.Length && positions.StartingAt(m + 1) is { } person)
            {
                starts[count] = person.Start;
                ends[count] = person.End;
            }
            else if (m + 5 <= view.Length && Surnames.Contains(view[m + 1]) && FourCharacterNameEnd(view, m + 1) is var four && four > 0
                && !taken.Overlaps(m + 1, four))
            {
                // 李丽春、辛胡绣梅。: the last item is a married name, closed by a mark as a middle one is.
                starts[count] = m + 1;
                ends[count] = four;
            }
            else if (m + 3 <= view.Length && Surnames.Contains(view[m + 1]) && ListedNameEnd(view, m + 1) is var end && end > 0
                && !ItemTaken(view, taken, places, m + 1, end) && !IsNotName(view[(m + 1)..end]))
            {
                starts[count] = m + 1;
                ends[count] = end;
            }
            // 新田的文光明等: a last item closed by a list closer (等) is read as a middle one is, after its place, office or 的.
            if (starts[count] < 0 && ClosedItemEnd(view, m + 1) is var close && close > 0)
            {
                starts[count] = NameAtItemEnd(view, m + 1, close, taken, found, positions, places);
                ends[count] = close;
            }
            count++;
            // 包括黄山平、余政忠和王金财: the last name joined by 和 (跟, 同) to one more is an item too.
            var last = ends[count - 1];
            if (starts[count - 1] >= 0 && count < starts.Length && last + 3 <= view.Length && Joiners.Contains(view[last], StringComparison.Ordinal)
                && Surnames.Contains(view[last + 1]) && ListedNameEnd(view, last + 1) is var joined && joined > 0
                && !ItemTaken(view, taken, places, last + 1, joined) && !IsNotName(view[(last + 1)..joined]) && StrictItem(view, last + 1, joined))
            {
                starts[count] = last + 1;
                ends[count++] = joined;
                // 杨柳、白杨和桂花: a shortest list that needs the joined name holds names only, no words read as items alone.
                if (count == MinListedNames)
                {
                    DropLooseItems(view, starts[..count], ends[..count]);
                }
            }
            // 侯志强、刘业强等乡事界明星: a list closed by a list closer is one with two names, both names only (杨梅、李花等 is none).
            var closed = ends[count - 1] < view.Length && WordAt(view[ends[count - 1]..], ListClosers) is not null;
            if (closed && count == MinListedNames - 1)
            {
                DropLooseItems(view, starts[..count], ends[..count]);
            }
            AddNameRuns(view, taken, found, places, displaced, starts[..count], ends[..count], closed ? MinListedNames - 1 : MinListedNames);
            from = m + 1;
        }
    }

    /// <summary>Words that close a list of names (程振明、黎伟雄、文光明等): name-list-closers.tsv.</summary>
    private static readonly string[] ListClosers = [.. WorkTeam.Extraction.Resources.WordLists.Get("name-list-closers").Values()];

    /// <summary>
    /// Where the last item of a list that opens at <paramref name="start"/> ends when a list closer (等) closes it within
    /// <see cref="MaxListItem"/> Han characters, or -1.
    /// </summary>
    private static int ClosedItemEnd(ReadOnlySpan<char> view, int start)
    {
        for (var e = start + 2; e < view.Length && e - start <= MaxListItem && IsHan(view[e]); e++)
        {
            if (WordAt(view[e..], ListClosers) is not null)
            {
                return e;
            }
        }
        return -1;
    }

    /// <summary>
    /// Adds the names of each run of items in a row that read as names (start ≥ 0): at least <see cref="MinListedNames"/>,
    /// or <paramref name="lastRunMin"/> for the run that ends with the list's last item.
    /// </summary>
    private static void AddNameRuns(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found, List<PlaceMention> places, HashSet<int> displaced,
        ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int lastRunMin)
    {
        var run = 0;
        for (var i = 0; i <= starts.Length; i++)
        {
            if (i < starts.Length && starts[i] >= 0)
            {
                run++;
                continue;
            }
            if (run >= (i == starts.Length ? lastRunMin : MinListedNames))
            {
                for (var j = i - run; j < i; j++)
                {
                    var person = new PersonMention(starts[j], ends[j], view[starts[j]..ends[j]].ToString(), null);
                    // 黄山平 of 包括黄山平、余政忠和王金财: the bare place inside a listed name gives way to it.
                    if (taken.Overlaps(person.Start, person.End, TakenSpans.Place) && !taken.Overlaps(person.Start, person.End, TakenSpans.Other)
                        && TryDisplacePlaces(view, places, person.Start, person.End, displaced))
                    {
                        taken.Take(person.Start, person.End);
                        found.Add(person);
                        continue;
                    }
                    AddIfFree(found, taken, person);
                }
            }
            run = 0;
        }
    }

    /// <summary>
    /// Where the name an item of a list ends with opens, or -1: a person found ending at the item's end, else a surname
    /// and one or two given-name characters (three before two; four for two surnames, 陈黄淑媛) that no word of the
    /// dictionary covers (but a bare place the name holds, 黄山 of 黄山平, which gives way to it), alone or after what ends a word: an office, a place or organisation found, a word of the dictionary
    /// (镇领导黄诚), never inside one (镇长潘轶, not 长潘轶).
    /// </summary>
    private static int NameAtItemEnd(ReadOnlySpan<char> view, int start, int end, TakenSpans taken, List<PersonMention> found, FoundPositions positions, List<PlaceMention> places)
    {
        if (end - start < 2)
        {
            return -1;
        }
        if (positions.EndingAt(end) is { } person && person.Start >= start)
        {
            return person.Start;
        }
        if (end - start == 4 && FourCharacterNameEnd(view, start) == end && !taken.Overlaps(start, end))
        {
            return start;
        }
        foreach (var length in (ReadOnlySpan<int>)[3, 2])
        {
            var n = end - length;
            // An item that is the name alone may hold a character that ends words elsewhere (张为民 between two marks).
            if (n < start || !Surnames.Contains(view[n]) || ItemTaken(view, taken, places, n, end) || !GivenNameCharOfItem(view[n + 1], n == start)
                || (length == 3 && !GivenNameCharOfItem(view[n + 2], n == start)) || IsCommonWord(view[n..end])
                || (IsCommonWord(view[n..(n + 2)]) && !(taken.Overlaps(n, n + 1, TakenSpans.Place) && taken.Overlaps(n + 1, n + 2, TakenSpans.Place)))
                || IsNotName(view[n..end]))
            {
                continue;
            }
            if (n == start)
            {
                return n;
            }
            // What stands before the name must end there: no word across the name's first character (长潘 of 镇长潘轶 is none, 领导 ends).
            if (IsWord(view[(n - 1)..(n + 1)]) || RoleStartingAt(view, n + 1))
            {
                continue;
            }
            // 参加活动的有张建华、李红梅、王小军等: a function character (有, 是, 的) ends what stands before the first name.
            if (taken.Overlaps(n - 1, n) || RoleEndingAt(view, n) is not null || TitleEndingAt(view, n)
                || (n - start >= 2 && IsWord(view[(n - 2)..n])) || TextClasses.IsFunction(view[n - 1]))
            {
                return n;
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether the name <paramref name="start"/>..<paramref name="end"/> of a list item is taken: by an organisation or a
    /// person, or by places unless they are bare ones inside a three-character name, one character of it left free, that
    /// can give way to it (黄山 of 黄山平; not a three-character place, 黄土岭, listed with others).
    /// </summary>
    private static bool ItemTaken(ReadOnlySpan<char> view, TakenSpans taken, List<PlaceMention> places, int start, int end) =>
        taken.Overlaps(start, end, TakenSpans.Other)
        || (taken.Overlaps(start, end, TakenSpans.Place) && (end - start != 3 || !OneFree(taken, start, end) || !TryDisplacePlaces(view, places, start, end, displaced: null)));

    /// <summary>Whether some character of <paramref name="start"/>..<paramref name="end"/> is taken by no place.</summary>
    private static bool OneFree(TakenSpans taken, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!taken.Overlaps(k, k + 1, TakenSpans.Place))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the name <paramref name="start"/>..<paramref name="end"/> of a list item holds given-name characters only
    /// after its surname and is no word of the dictionary, even one tagged a name (桂花, 杨梅 are none).
    /// </summary>
    private static bool StrictItem(ReadOnlySpan<char> view, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (!IsGivenNameChar(view[k]))
            {
                return false;
            }
        }
        return !IsWord(view[start..end]);
    }

    /// <summary>Unmarks (start -1) each item of a short list whose name is no strict one (<see cref="StrictItem"/>).</summary>
    private static void DropLooseItems(ReadOnlySpan<char> view, Span<int> starts, ReadOnlySpan<int> ends)
    {
        for (var i = 0; i < starts.Length; i++)
        {
            if (starts[i] >= 0 && !StrictItem(view, starts[i], ends[i]))
            {
                starts[i] = -1;
            }
        }
    }

    /// <summary>A given-name character of a list item: any Han character where the item is the name alone, else a given-name character.</summary>
    private static bool GivenNameCharOfItem(char c, bool alone) => alone ? IsHan(c) : IsGivenNameChar(c);

    /// <summary>Characters never a given name's first (氏 of 蔡氏宗亲会, 王氏: a clan): given-name-chars.tsv, where never.</summary>
    private static readonly System.Buffers.SearchValues<char> NeverGivenNameChars = System.Buffers.SearchValues.Create(
        string.Concat(WorkTeam.Extraction.Resources.WordLists.Get("given-name-chars").Where("where", "never").Select(r => r[0])));

    /// <summary>Whether <paramref name="name"/> is a surname and a clan mark or another character that never opens a given name (蔡氏宗).</summary>
    private static bool OpensWithNeverGivenName(string name) => name.Length >= 2 && NeverGivenNameChars.Contains(name[1]);

    /// <summary>Characters never a given name's last (族 of 邹族, 鲁凯族: a people): given-name-chars.tsv, where never_last.</summary>
    private static readonly System.Buffers.SearchValues<char> NeverLastGivenNameChars = System.Buffers.SearchValues.Create(
        string.Concat(WorkTeam.Extraction.Resources.WordLists.Get("given-name-chars").Where("where", "never_last").Select(r => r[0])));

    /// <summary>Whether <paramref name="name"/> is a surname and given-name characters ending with one that never closes a given name (邹族, 鲁凯族).</summary>
    private static bool ClosesWithNeverGivenName(string name) => name.Length >= 2 && NeverLastGivenNameChars.Contains(name[^1]);

    /// <summary>
    /// The first person of a line's found list (append-only while the lists are read) starting or ending at a position.
    /// A short list is searched as it stands; a long one (a line listing thousands of names) through two maps kept up to
    /// date with what was added since, so a list of n names costs n lookups, not n × n comparisons.
    /// </summary>
    private sealed class FoundPositions(List<PersonMention> found)
    {
        /// <summary>Up to this many people a walk of the list is cheaper than maps.</summary>
        private const int MaxWalked = 32;

        private Dictionary<int, int>? _byStart;
        private Dictionary<int, int>? _byEnd;
        private int _indexed;

        public PersonMention? StartingAt(int start) => Find(start, byStart: true);

        public PersonMention? EndingAt(int end) => Find(end, byStart: false);

        private PersonMention? Find(int position, bool byStart)
        {
            if (found.Count <= MaxWalked)
            {
                foreach (var person in found)
                {
                    if ((byStart ? person.Start : person.End) == position)
                    {
                        return person;
                    }
                }
                return null;
            }
            _byStart ??= [];
            _byEnd ??= [];
            for (; _indexed < found.Count; _indexed++)
            {
                _byStart.TryAdd(found[_indexed].Start, _indexed); // the first found wins, as the walk's
                _byEnd.TryAdd(found[_indexed].End, _indexed);
            }
            return (byStart ? _byStart : _byEnd).TryGetValue(position, out var at) ? found[at] : null;
        }
    }

    /// <summary>
    /// Credit lines opened by a one-character credit and a slash at a line's or a field's start (文/李思慧 徐小娟 王培, 图/王培):
    /// the names after it, set apart by blanks, each opening with a surname, as a credit label's are read.
    /// </summary>
    private static void FindSlashCredits(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found, List<PlaceMention> places, HashSet<int> displaced)
    {
        var from = 0;
        while (from < view.Length && view[from..].IndexOfAny(Marks.Slashes) is var k && k >= 0)
        {
            var slash = from + k;
            from = slash + 1;
            if (slash < 1 || slash + 3 > view.Length || SlashCreditLength(view, slash - 1, slash + 3) == 0 || (slash >= 2 && IsHan(view[slash - 2]))
                || !Surnames.Contains(view[slash + 1]))
            {
                continue;
            }
            ReadCreditNames(view, slash + 1, colon: false, role: null, taken, found, places, displaced);
        }
        FindReversedSlashCredits(view, taken, found);
    }

    /// <summary>The longest name read before a reversed slash credit (吐仔古丽/责任编辑).</summary>
    private const int MaxReversedCreditName = 4;

    /// <summary>
    /// Credits written name first at a line's end (驻村工作队 陈林林/供稿, 由吐仔古丽/责任编辑): a name of two to four
    /// characters right before a slash whose credit (a credit tail or a credit label: 供稿, 摄, 责任编辑) ends the line,
    /// opening where a blank, a line's start, a sentence's end or a function character (由) lets it; a surname opens it
    /// unless every character is a transliteration's. No word of the dictionary is a name there.
    /// </summary>
    private static void FindReversedSlashCredits(ReadOnlySpan<char> view, TakenSpans taken, List<PersonMention> found)
    {
        var from = 0;
        while (from < view.Length && view[from..].IndexOfAny(Marks.Slashes) is var k && k >= 0)
        {
            var slash = from + k;
            from = slash + 1;
            if (slash < 2 || !IsHan(view[slash - 1]) || ReversedCreditAfter(view, slash + 1) is null)
            {
                continue;
            }
            // 由田小燕/: a function character before the name opens it, as a blank or a line's start does.
            var s = slash;
            while (s > 0 && slash - s < MaxReversedCreditName && IsHan(view[s - 1]) && !TextClasses.IsFunction(view[s - 1]))
            {
                s--;
            }
            if (slash - s < 2 || (s > 0 && IsHan(view[s - 1]) && !TextClasses.IsFunction(view[s - 1])))
            {
                continue;
            }
            var name = view[s..slash];
            var transliterated = true;
            var given = true;
            foreach (var c in name)
            {
                transliterated &= PlaceRecognizer.TransliterationChars.Contains(c);
            }
            foreach (var c in name[1..])
            {
                given &= IsGivenNameChar(c);
            }
            if (!(transliterated || (Surnames.Contains(name[0]) && given && name.Length <= 3)) || IsNotName(name) || IsCommonWord(name))
            {
                continue;
            }
            AddIfFree(found, taken, new PersonMention(s, slash, name.ToString(), null));
        }
    }

    /// <summary>The credit (a tail or a label of byline-labels.tsv) that starts at <paramref name="at"/> and ends its line, or null.</summary>
    private static string? ReversedCreditAfter(ReadOnlySpan<char> view, int at)
    {
        foreach (var words in (ReadOnlySpan<string[]>)[CreditTails, CreditLabels])
        {
            foreach (var word in words)
            {
                var end = at + word.Length;
                if (end <= view.Length && view[at..].StartsWith(word, StringComparison.Ordinal)
                    && (end == view.Length || view[end] is '\n' or '\r' || !IsHan(view[end]) && !char.IsAsciiLetterOrDigit(view[end])))
                {
                    return word;
                }
            }
        }
        return null;
    }
}
