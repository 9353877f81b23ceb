using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Extraction.Places;

/// <summary>
/// places12: Taiwan's 里 written alone. The suffix grammar reads a 里 only right after its district or township
/// (左營區福山里), since 里 ends common words (公里, 这里, 邻里); a report on a city's wards lists them alone
/// (分別為福山里、福榮里、福檳里, 慈愛里與博愛里合併後為北端里, 「中民里」與大同里合併). In a document that names a unit of
/// Taiwan (its county, city, district or township, or a ward in a chain), a two- to four-character name standing alone
/// between a mark or function word and 里 is a ward (village level): its stem opens after punctuation or a function
/// character (為, 與, 及) and holds no digit, the character before 里 makes no common noun with it
/// (place-suffix-leaders.tsv: 公里, 千里), and a stem opening with a verb (分出新林里, 新增大樹里) is read after the verb.
/// Three kinds of list go with it: names listed short before a ward that shares their ending (頂新、頂中及東和里,
/// 藝文、幸福、民有里: each a ward), names listed before a count of wards (內關帝、東新、新街及東光4里), and districts or
/// townships of Taiwan listed short, two or more, by stems Taiwan's list knows (左營、楠梓、鼓山…及那瑪夏區;
/// 淡水、林口、五股新增7里). A district's stem before 里長 (林口里長) is the district's heads of wards, not a ward.
/// Never a ward: a 里 written 裡 or 裏 in the original text ("inside": 在公司裡), and a stem jieba knows as a common word
/// (a noun, time or place word, or very frequent: 公司, 城市) unless its district written short stands before it or it
/// closes a list of wards; a list of districts counts only with a count of wards after it or its last name's ending.
/// </summary>
internal sealed partial class PlaceRecognizer
{
    /// <summary>The longest stem of a ward written alone (北美術館里, 瑪星哈蘭里).</summary>
    private const int MaxWardStem = 4;

    /// <summary>The most names a list before a ward or a count of wards is read for.</summary>
    private const int MaxWardListNames = 8;

    /// <summary>The fewest names a list of districts written short holds (左營、楠梓).</summary>
    private const int MinTownshipListNames = 2;

    /// <summary>
    /// How often jieba's dictionary must have a word for it to be a common word whatever its tag (城市 25,084, 公司
    /// 45,604 are common; the wards 福山 10, 大同 563 are not): such a stem before 里 is "in the city", no ward.
    /// </summary>
    private const int CommonWordFrequency = 10_000;

    /// <summary>jieba's tags of words that are no place name (n 公司, vn, t 今天, f 北端, s, a 成功): a ward's stem such a word is read only after its district or in a list.</summary>
    private static readonly string[] NonPlaceWordTags = ["n", "vn", "t", "f", "s", "a"];

    /// <summary>The ending of Taiwan's wards (里): ward-words.tsv, kind ending.</summary>
    private static readonly string WardRowText = WardWords("ending");

    private static readonly char WardEnding = WardRowText[0];

    /// <summary>Characters before a name that mark a former unit (原竹圍里): ward-words.tsv, kind former.</summary>
    private static readonly string FormerMarkers = WardWords("former");

    /// <summary>Characters after 里 that make it part of a title (里長, 里幹事): ward-words.tsv, kind title.</summary>
    private static readonly string WardTitleChars = WardWords("title");

    private static string WardWords(string kind)
    {
        var list = WordLists.Get("ward-words");
        int kindColumn = list.Column("kind"), chars = list.Column("chars");
        return list.Rows.FirstOrDefault(r => r[kindColumn] == kind)?[chars]
            ?? throw new ResourceLoadException("ward-words", $"list 'ward-words' has no row of kind '{kind}'.");
    }

    /// <summary>The names of Taiwan's counties, cities (also written short), districts and townships (outside-nbs-units).</summary>
    private static readonly FrozenSet<string> TaiwanUnitNames = BuildTaiwanUnitNames();

    [MethodImpl(MethodImplOptions.NoOptimization)] // runs once per process: an optimised compile costs more than it saves
    private static FrozenSet<string> BuildTaiwanUnitNames()
    {
        // Taiwan's list hangs each district and township from its city or county (屏东县), Hong Kong's and Macau's from
        // the province itself, whose name ends in a province's ending (特别行政区).
        var suffixes = WordLists.Get("place-suffixes");
        int suffixLevel = suffixes.Column("level");
        var provinceEndings = suffixes.Rows.Where(r => r[suffixLevel] == "province").Select(r => r[0]).ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var units = WordLists.Get(Gazetteer.OutsideNbsListName);
        int name = units.Column("name"), parentColumn = units.Column("parent");
        foreach (var r in units.Rows)
        {
            var parent = r[parentColumn];
            if (Array.Exists(provinceEndings, e => parent.EndsWith(e, StringComparison.Ordinal)))
            {
                continue;
            }
            names.Add(r[name]);
            names.Add(parent);
            if (parent.Length > MinNameLength)
            {
                names.Add(parent[..^1]); // the county or city written short (屏东, 高雄)
            }
        }
        return names.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The stems of Taiwan's districts and townships (左營 of 左營區, 東港 of 東港鎮): the stems of outside-nbs-units
    /// (<see cref="OutsideNbsByStem"/>) of a unit under Taiwan's counties and cities. A class of its own, so that it is
    /// built after the recognizer's other lists, whichever file they are declared in.
    /// </summary>
    private static class TaiwanStems
    {
        public static readonly FrozenSet<string> Set = OutsideNbsByStem
            .Where(kv => kv.Key.Length >= MinNameLength && Array.Exists(kv.Value, u => TaiwanUnitNames.Contains(u.Parent)))
            .Select(kv => kv.Key)
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether the stem <c>view[start..end]</c>, or its last two characters, is a common word in jieba's dictionary
    /// rather than a place's name (公司, 城市, 故事 of 歷史故事, 新闻): a word it tags n, vn, t, f, s or a, or any word
    /// it has <see cref="CommonWordFrequency"/> times or more.
    /// </summary>
    private static bool IsCommonWordStem(ReadOnlySpan<char> view, int start, int end) =>
        IsCommonWord(view[start..end]) || (end - start > MinNameLength && IsCommonWord(view[(end - MinNameLength)..end]));

    private static bool IsCommonWord(ReadOnlySpan<char> word)
    {
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        return lexicon.Frequency(word) is int frequency and > 0
            && (frequency >= CommonWordFrequency || Array.IndexOf(NonPlaceWordTags, lexicon.Tag(word)) >= 0);
    }

    /// <summary>Whether a ward's stem at <paramref name="start"/> follows a coordinator after a name (頂新、頂中及東和里): it closes a list.</summary>
    private static bool ClosesList(ReadOnlySpan<char> view, int start) =>
        start > 1 && TextClasses.Coordinators.Contains(view[start - 1]) && TextClasses.IsNameChar(view[start - 2]);

    /// <summary>Whether the document names a unit of Taiwan among the places found so far.</summary>
    private static bool NamesTaiwanUnit(List<PlaceMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (TaiwanUnitNames.Contains(m.Name) || (m.Level == PlaceLevel.Village && m.Name.Length > 1 && m.Name[^1] == WardEnding && m.Parent is not null))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the stem <c>view[start..end]</c> may name a ward: two to four name characters, no digit, not opening with
    /// a unit's ending (本市最大里: 市最大), no common noun with 里 (place-suffix-leaders.tsv: 公里, 千里).
    /// </summary>
    private static bool IsWardStem(ReadOnlySpan<char> view, int start, int end)
    {
        if (end - start is < MinNameLength or > MaxWardStem || MatchSuffix(view, start) is not null)
        {
            return false;
        }
        foreach (var c in view[start..end])
        {
            if (!TextClasses.IsNameChar(c) || c == WardEnding || ArabicDigits.Contains(c))
            {
                return false;
            }
        }
        if (NumeralChars.IsNumeralChar(view[start]) && NumeralChars.IsNumeralChar(view[end - 1]))
        {
            return false; // a count (十二), not a name
        }
        // A unit's ending after a name of two characters or more inside the stem (高雄市里鄰, 桃園市分里): that unit and a word.
        for (var k = start + MinNameLength; k < end; k++)
        {
            if (MatchSuffix(view, k) is { Level: PlaceLevel.Province or PlaceLevel.Prefecture or PlaceLevel.County or PlaceLevel.Township })
            {
                return false;
            }
        }
        return !(CommonNounLeaders.TryGetValue(WardRowText, out var leaders) && leaders.Contains(view[end - 1], StringComparison.Ordinal));
    }

    /// <summary>
    /// The start of a ward's stem that ends at <paramref name="end"/> (the 里 there), or -1: the run of name characters
    /// before it, two to four long, opening after a mark, a function character or another ward, after a verb that opens
    /// a run of four or more (分出新林里, 新增竹圍里), after a former unit's mark (原竹圍里).
    /// </summary>
    private static int WardStemStart(ReadOnlySpan<char> view, int end)
    {
        var start = end;
        while (start > 0 && end - start <= MaxWardStem + MinNameLength && TextClasses.IsNameChar(view[start - 1]) && view[start - 1] != WardEnding)
        {
            start--;
        }
        // The run opens after a mark, a coordinator or locative (為, 與, 的), or a count of wards (新增1里大盛里).
        var opens = start == 0 || (!TextClasses.IsNameChar(view[start - 1]) && !TextClasses.IsFunction(view[start - 1]))
            || TextClasses.PlaceLead.Contains(view[start - 1])
            || (view[start - 1] == WardEnding && start > 1 && (ArabicDigits.Contains(view[start - 2]) || NumeralChars.IsNumeralChar(view[start - 2])));
        if (end - start > MinNameLength && StartsWithVerb(view[start..end]))
        {
            // 分出新林里 (after another ward), 新增竹圍里; 編列分里 keeps one character: no ward
            opens |= start > 0 && view[start - 1] == WardEnding;
            start += MinNameLength;
        }
        else if (end - start > MinNameLength && (FormerMarkers.Contains(view[start], StringComparison.Ordinal) || IsFunctionWord(view.Slice(start, 1))))
        {
            start++; // 原竹圍里, 除竹圍里
        }
        // A stem that ends in a verb, a numeral word or a pronoun (推動里, 優化里, 萬元里, 有些里長) names no ward.
        return opens && IsWardStem(view, start, end) && !IsVerbOrNumeralWord(view[(end - MinNameLength)..end]) ? start : -1;
    }

    /// <summary>Whether jieba's dictionary has <paramref name="word"/> as a verb, numeral, measure word or pronoun (推动, 优化, 万元, 有些).</summary>
    private static bool IsVerbOrNumeralWord(ReadOnlySpan<char> word)
    {
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        return lexicon.IsWord(word) && lexicon.Tag(word) is { Length: > 0 } tag && tag[0] is 'v' or 'm' or 'q' or 'r';
    }

    /// <summary>
    /// Taiwan's wards written alone and the lists that go with them (see the class summary). A 里 that is 裡 or 裏 in the
    /// text the view was made from (given offset for offset, or empty) means "inside" and names no ward.
    /// </summary>
    private static void AddTaiwanWards(ReadOnlySpan<char> view, ReadOnlySpan<char> text, ScanState state, TakenSpans taken)
    {
        var mentions = state.Mentions;
        if (view.IndexOf(WardEnding) < 0 || !NamesTaiwanUnit(mentions))
        {
            return;
        }
        var added = false;
        var stemLookup = TaiwanStems.Set.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var j = view.IndexOf(WardEnding); j >= 0 && j < view.Length; j = NextWard(view, j + 1))
        {
            var after = j + 1;
            if ((!text.IsEmpty && text[j] != WardEnding) || (after < view.Length && (CommonNounFollows(WardEnding, view[after]) || view[after] == WardEnding)))
            {
                // 裡 or 裏 in the text (在公司裡, 夜市裡): "inside", whatever the view made of it
                continue;
            }
            // A count of wards after a list of names (內關帝、東新、新街及東光4里).
            if (j > 0 && (ArabicDigits.Contains(view[j - 1]) || NumeralChars.IsNumeralChar(view[j - 1])))
            {
                added |= AddCountedWards(view, state, taken, j);
                continue;
            }
            // Before a title or 鄰 (里長, 里鄰), a district's or township's stem is the district (林口里長, 東港里鄰).
            if (after < view.Length && WardTitleChars.Contains(view[after], StringComparison.Ordinal) && TaiwanStemBefore(view, j, stemLookup) is var s0 and >= 0)
            {
                if (!taken.Overlaps(s0, j))
                {
                    mentions.Add(new PlaceMention(s0, j, view[s0..j].ToString(), PlaceLevel.Township, null, RankOfLevel(PlaceLevel.Township)));
                    taken.Take(s0, j, TakenSpans.Place);
                    added = true;
                }
                continue;
            }
            var start = WardStemStart(view, j);
            if (start < 0)
            {
                continue;
            }
            // A township written short before its ward (東港下廍里): the township, then the ward in its chain.
            var townshipLength = 0;
            for (var len = Math.Min(MaxWardStem - 1, j - start - MinNameLength); len >= MinNameLength; len--)
            {
                if (stemLookup.Contains(view.Slice(start, len)))
                {
                    townshipLength = len;
                    break;
                }
            }
            // A common word before 里 (公司里, 城市里, 歷史故事里) is "in the company": a ward only after its district or closing a list.
            if ((townshipLength == 0 && IsCommonWordStem(view, start, j) && !ClosesList(view, start))
                || (taken.Overlaps(start, after) && !GiveWayToWard(mentions, start, j)))
            {
                continue;
            }
            string? parent = null;
            if (townshipLength > 0)
            {
                if (!taken.Overlaps(start, start + townshipLength))
                {
                    mentions.Add(new PlaceMention(start, start + townshipLength, view.Slice(start, townshipLength).ToString(), PlaceLevel.Township, null, RankOfLevel(PlaceLevel.Township)));
                    taken.Take(start, start + townshipLength, TakenSpans.Place);
                }
                parent = view.Slice(start, townshipLength).ToString();
                start += townshipLength;
            }
            mentions.Add(new PlaceMention(start, after, view[start..after].ToString(), PlaceLevel.Village, parent, RankOfLevel(PlaceLevel.Village)));
            taken.Take(start, after, TakenSpans.Place);
            added = true;
            AddWardsListedBefore(view, state, taken, start);
        }
        added |= AddTaiwanTownshipLists(view, state, taken, stemLookup);
        if (added)
        {
            mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// Removes the places found inside a ward's stem, one character before it at most (原竹圍 read by 圍, 海口 the city,
    /// 北美 of 北美術館里, 達卡 of 達卡努瓦里): the ward is the place. False when a place reaches into its 里 or beyond.
    /// </summary>
    private static bool GiveWayToWard(List<PlaceMention> mentions, int start, int j)
    {
        var inside = 0;
        foreach (var m in mentions)
        {
            if (m.End > start - 1 && m.Start < j + 1)
            {
                if (m.Start < start - 1 || m.End > j)
                {
                    return false;
                }
                inside++;
            }
        }
        mentions.RemoveAll(m => m.End > start - 1 && m.Start < j + 1);
        return inside > 0;
    }

    /// <summary>Whether one character is a word jieba tags a preposition, adverb, conjunction or pronoun (除, 由): no name opens with it.</summary>
    private static bool IsFunctionWord(ReadOnlySpan<char> c)
    {
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        return lexicon.IsWord(c) && Segmentation.PosTags.IsFunctionWord(lexicon.Tag(c));
    }

    /// <summary>The start of a stem of Taiwan's districts or townships that ends at <paramref name="end"/> and opens after a mark or a function character, or -1.</summary>
    private static int TaiwanStemBefore(ReadOnlySpan<char> view, int end, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stems)
    {
        for (var len = Math.Min(MaxWardStem - 1, end); len >= MinNameLength; len--)
        {
            var start = end - len;
            if (stems.Contains(view[start..end]) && (start == 0 || !TextClasses.IsNameChar(view[start - 1])))
            {
                return start;
            }
        }
        return -1;
    }

    private static int NextWard(ReadOnlySpan<char> view, int from)
    {
        var k = view[from..].IndexOf(WardEnding);
        return k < 0 ? -1 : from + k;
    }

    /// <summary>Names listed short right before a ward, joined to it by a coordinator (頂新、頂中及東和里): each a ward.</summary>
    private static void AddWardsListedBefore(ReadOnlySpan<char> view, ScanState state, TakenSpans taken, int wardStart)
    {
        var end = wardStart - 1;
        for (var n = 0; n < MaxWardListNames && end > 0 && TextClasses.Coordinators.Contains(view[end]); n++)
        {
            var start = end;
            while (start > 0 && end - start < MaxWardStem && TextClasses.IsNameChar(view[start - 1]) && view[start - 1] != WardEnding)
            {
                start--;
            }
            var opensList = end - start > MinNameLength && StartsWithVerb(view[start..end]);
            if (opensList)
            {
                start += MinNameLength; // 新增新南、仁德、竹圍里: the verb opens the list
            }
            else if (start > 0 && TextClasses.IsNameChar(view[start - 1]))
            {
                return;
            }
            if (!IsWardStem(view, start, end) || taken.Overlaps(start, end))
            {
                return;
            }
            state.Mentions.Add(new PlaceMention(start, end, view[start..end].ToString(), PlaceLevel.Village, null, RankOfLevel(PlaceLevel.Village)));
            taken.Take(start, end, TakenSpans.Place);
            if (opensList)
            {
                return;
            }
            end = start - 1;
        }
    }

    /// <summary>Names listed before a count of wards (內關帝、東新、新街及東光4里): as many names as the count, each a ward.</summary>
    private static bool AddCountedWards(ReadOnlySpan<char> view, ScanState state, TakenSpans taken, int j)
    {
        var numStart = j;
        while (numStart > 0 && j - numStart < 2 && (ArabicDigits.Contains(view[numStart - 1]) || NumeralChars.IsNumeralChar(view[numStart - 1])))
        {
            numStart--;
        }
        if (!ChineseNumeralParser.TryParse(view[numStart..j], out var counted) || counted < 2 || counted > MaxWardListNames)
        {
            return false;
        }
        Span<(int Start, int End)> names = stackalloc (int, int)[MaxWardListNames];
        var found = 0;
        var end = numStart;
        while (found < (int)counted)
        {
            var start = end;
            while (start > 0 && end - start < MaxWardStem && TextClasses.IsNameChar(view[start - 1]))
            {
                start--;
            }
            if (found == (int)counted - 1 && start > 0 && TextClasses.IsNameChar(view[start - 1]))
            {
                break;
            }
            if (!IsWardStem(view, start, end) || taken.Overlaps(start, end))
            {
                return false;
            }
            names[found++] = (start, end);
            if (found < (int)counted)
            {
                if (start < 2 || !TextClasses.Coordinators.Contains(view[start - 1]))
                {
                    return false;
                }
                end = start - 1;
            }
        }
        if (found != (int)counted)
        {
            return false;
        }
        foreach (var (start, end2) in names[..found])
        {
            state.Mentions.Add(new PlaceMention(start, end2, view[start..end2].ToString(), PlaceLevel.Village, null, RankOfLevel(PlaceLevel.Village)));
            taken.Take(start, end2, TakenSpans.Place);
        }
        return true;
    }

    /// <summary>
    /// Districts or townships of Taiwan listed short, two or more joined by coordinators (左營、楠梓、鼓山及那瑪夏區;
    /// 淡水、林口、五股新增7里), each a stem Taiwan's list knows: each a township, where the list is tied to units: its
    /// last name written with its ending (那瑪夏區) or a count of wards or districts after it (新增7里, 減10里, 五区). Names
    /// that are also common words (仁愛、信義、和平的精神; 民生、成功與復興計畫) are no list; a stem jieba has 10,000 times or
    /// more or tags vn, t, f, s or a (和平, 成功) is read only with its ending.
    /// </summary>
    private static bool AddTaiwanTownshipLists(ReadOnlySpan<char> view, ScanState state, TakenSpans taken, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stems)
    {
        var added = false;
        Span<(int Start, int End)> names = stackalloc (int, int)[MaxWardListNames];
        var p = 0;
        while (p < view.Length)
        {
            if (p > 0 && TextClasses.IsNameChar(view[p - 1]) || !TextClasses.IsNameChar(view[p]))
            {
                p++;
                continue;
            }
            var found = 0;
            var q = p;
            var members = 0;
            var tied = false;
            while (found < MaxWardListNames)
            {
                var len = 0;
                for (var l = Math.Min(MaxWardStem - 1, view.Length - q); l >= MinNameLength; l--)
                {
                    if (stems.Contains(view.Slice(q, l)))
                    {
                        len = l;
                        break;
                    }
                }
                if (len == 0)
                {
                    break;
                }
                var e = q + len;
                if (e < view.Length && MatchSuffix(view, e) is { Level: PlaceLevel.Township or PlaceLevel.County } ending)
                {
                    members++; // the list's last name, written with its ending (那瑪夏區): found by the suffix grammar
                    tied = true;
                    // places13: or its first (苗栗市、銅鑼、苑裡): the names after it are read on.
                    var after = e + ending.Text.Length;
                    if (members == 1 && after + 1 < view.Length && TextClasses.Coordinators.Contains(view[after]) && TextClasses.IsNameChar(view[after + 1]))
                    {
                        q = after + 1;
                        continue;
                    }
                    break;
                }
                if (IsCommonListName(view[q..e]))
                {
                    break; // 和平, 成功: a word, unless written with its ending
                }
                names[found++] = (q, e);
                members++;
                if (e < view.Length && MatchSuffix(view, e) is { Level: PlaceLevel.Prefecture })
                {
                    tied = true; // places13: the area of the units listed (竹南、頭份、大湖、卓蘭地區)
                    break;
                }
                if (e + 1 < view.Length && TextClasses.Coordinators.Contains(view[e]) && TextClasses.IsNameChar(view[e + 1]))
                {
                    q = e + 1;
                    continue;
                }
                break;
            }
            if (members >= MinTownshipListNames && (tied || (found > 0 && CountOfUnitsAt(view, names[found - 1].End))))
            {
                foreach (var (start, end) in names[..found])
                {
                    if (!taken.Overlaps(start, end))
                    {
                        state.Mentions.Add(new PlaceMention(start, end, view[start..end].ToString(), PlaceLevel.Township, null, RankOfLevel(PlaceLevel.Township)));
                        taken.Take(start, end, TakenSpans.Place);
                        added = true;
                    }
                }
            }
            p = found > 0 ? names[found - 1].End : p + 1;
        }
        return added;
    }

    /// <summary>Whether a district's stem in a list is a common word that needs its ending: jieba has it <see cref="CommonWordFrequency"/> times or more or tags it vn, t, f, s or a (和平, 成功; not n: 淡水, 林口 are tagged n).</summary>
    private static bool IsCommonListName(ReadOnlySpan<char> word)
    {
        var lexicon = Segmentation.SegmenterResources.Default.Lexicon;
        return lexicon.Frequency(word) is int frequency and > 0
            && (frequency >= CommonWordFrequency || (lexicon.Tag(word) is var tag && tag != "n" && Array.IndexOf(NonPlaceWordTags, tag) >= 0));
    }

    /// <summary>The most characters of a verb between a list of districts and its count (新增7里, 減10里).</summary>
    private const int MaxVerbBeforeCount = 2;

    /// <summary>Whether a count of wards or districts follows <paramref name="at"/>, after a verb of one or two characters at most (新增7里, 減10里, 五区).</summary>
    private static bool CountOfUnitsAt(ReadOnlySpan<char> view, int at)
    {
        var k = at;
        while (k < view.Length && k - at < MaxVerbBeforeCount && TextClasses.IsNameChar(view[k]) && !IsCountChar(view[k]))
        {
            k++;
        }
        var numStart = k;
        while (k < view.Length && IsCountChar(view[k]))
        {
            k++;
        }
        return k > numStart && k < view.Length
            && (view[k] == WardEnding || MatchSuffix(view, k) is { Level: PlaceLevel.Township or PlaceLevel.County });
    }

    private static bool IsCountChar(char c) => ArabicDigits.Contains(c) || NumeralChars.IsNumeralChar(c);
}
