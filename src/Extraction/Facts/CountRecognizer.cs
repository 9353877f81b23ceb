using System.Collections.Frozen;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Resources;
using WorkTeam.Extraction.Text;
using System.Runtime.CompilerServices;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// Counts: a number with a measure word (人 户 名 个 支 件…, 2322户(次) as 户次), a noun used as the
/// classifier (两县 → 县), or a large number with no measure word at all (九百多万选民). Labels in
/// quotes (“四个意识”) and names (双沟二村) are not counts.
/// </summary>
internal static partial class CountRecognizer
{
    /// <summary>All count facts of a text, in order.</summary>
    public static IReadOnlyList<Fact> Recognize(string text) => QuantityScanner.Scan(text, null, FactKinds.Count);

    /// <summary>What may stand right before a number whose classifier is a noun: 2020年三村, 的两县, 和四乡镇 (noun-count-left-context.tsv).</summary>
    private static readonly System.Buffers.SearchValues<char> NounCountLeftContext =
        System.Buffers.SearchValues.Create(string.Concat(WordLists.Get("noun-count-left-context").Values().Where(w => w.Length == 1)));

    /// <summary>The two-character words of the same list: the whole of a place named before its parts (全县三乡, 該縣六鄉鎮).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounCountLeftWords =
        WordLists.Get("noun-count-left-context").Values().Where(w => w.Length == 2).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> OpeningQuotes = Grammar.Chars("opening-quotes", "\"");
    private static readonly System.Buffers.SearchValues<char> ClosingQuotes = Grammar.Chars("closing-quotes", "\"");
    private static readonly System.Buffers.SearchValues<char> TimesAfterUnits = Grammar.Chars("times-after-units");
    private static readonly System.Buffers.SearchValues<char> SessionMarks = Grammar.Chars("session-marks");
    private static readonly System.Buffers.SearchValues<char> ClauseEndAfterNumber = Grammar.Chars("clause-end-after-number", ",;)\n\r");
    private static readonly System.Buffers.SearchValues<char> ClauseStarts = Grammar.Chars("clause-starts", ",;\n\r:");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SessionWords = Grammar.WordSet("session");
    private static readonly FrozenSet<string> GenericClassifiers = Grammar.Words("generic-classifier").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> PersonClassifiers = Grammar.Words("person-classifier").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> CountsAfterEr = Grammar.Words("counts-after-er").ToFrozenSet(StringComparer.Ordinal);
    /// <summary>Words right before a bare 二 that make it a count of two (共涉及二批, 分为二组), as one-counters.tsv does for 一.</summary>
    private static readonly string[] ErCountBefore = Grammar.Words("er-count-before");
    private static readonly System.Buffers.SearchValues<char> Demonstratives = Grammar.Chars("demonstratives");
    private static readonly System.Buffers.SearchValues<char> FrequencyMarks = Grammar.Chars("frequency-marks");
    private static readonly System.Buffers.SearchValues<char> FrequencyPeriods = Grammar.Chars("frequency-periods");
    private static readonly System.Buffers.SearchValues<char> GradeBefore = Grammar.Chars("grade-before");
    private static readonly System.Buffers.SearchValues<char> SiblingRankBefore = Grammar.Chars("sibling-rank-before");
    private static readonly System.Buffers.SearchValues<char> TitleClosers = Grammar.Chars("title-closers");
    private static readonly FrozenSet<string> ArticleUnits = Grammar.Words("article-unit").ToFrozenSet(StringComparer.Ordinal);
    private static readonly string[] CaptionWords = Grammar.Words("caption-before");
    private static readonly System.Buffers.SearchValues<char> TitleOpeners = Grammar.Chars("title-openers");
    private static readonly System.Buffers.SearchValues<char> SexPair = Grammar.Chars("sex-pair");
    private static readonly System.Buffers.SearchValues<char> ProvinceAbbreviations = Grammar.Chars("province-abbreviations");
    private static readonly FrozenSet<string> BareLeadCounts = Grammar.Words("bare-lead-count").ToFrozenSet(StringComparer.Ordinal);
    private static readonly string[] CongressBefore = Grammar.Words("congress-before");
    private static readonly string[] MajorWords = Grammar.Words("major-word");
    private static readonly string[] NotAfterMajor = Grammar.Words("not-after-major");
    private static readonly FrozenSet<string> MajorMeasures = Grammar.Words("major-measure").ToFrozenSet(StringComparer.Ordinal);
    private static readonly string[] PersonModifiers = Grammar.Words("person-modifier");
    /// <summary>Words ending in a place suffix after a classifier (整村, 全村), by first character: looked for after many counts.</summary>
    private static readonly WordsByFirst VillageWords = new(Grammar.Words("village-word"));
    private static readonly System.Buffers.SearchValues<char> CountyEndings = Grammar.Chars("county-endings");
    private static readonly System.Buffers.SearchValues<char> TownEndings = Grammar.Chars("town-endings");
    private static readonly FrozenSet<string> IssueUnits = Grammar.Words("issue-unit").ToFrozenSet(StringComparer.Ordinal);
    private static readonly string[] CounterLabels = Grammar.Words("counter-label");
    private static readonly string[] CounterWords = Grammar.Words("counter-after");
    private static readonly System.Buffers.SearchValues<char> LabelColons = System.Buffers.SearchValues.Create(Marks.Colons);
    private static readonly System.Buffers.SearchValues<char> LineOpeners = System.Buffers.SearchValues.Create(Marks.Bars + " \n\r\t");
    private static readonly System.Buffers.SearchValues<char> ModifierEnds = Grammar.Chars("modifier-ends");
    private static readonly string[] NotNumberedNames = Grammar.Words("not-numbered-name");
    private static readonly FrozenSet<string> GroupUnits = Grammar.Words("group-unit").ToFrozenSet(StringComparer.Ordinal);
    private static readonly string[] GroupLabelAfter = Grammar.Words("group-label-after");
    private static readonly System.Buffers.SearchValues<char> GroupLabelBefore = Grammar.Chars("group-label-before");
    private static readonly FrozenSet<string> DiscountUnits = Grammar.Words("discount-unit").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> ModelSeriesUnits = Grammar.Words("model-series").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> PointUnits = Grammar.Words("point-unit").ToFrozenSet(StringComparer.Ordinal);
    private static readonly string[] PointNouns = Grammar.Words("point-noun");
    private static readonly FrozenSet<string> CategoryUnits = Grammar.Words("category-unit").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> NumberedVillageUnits = Grammar.Words("numbered-village-unit").ToFrozenSet(StringComparer.Ordinal);
    private static readonly System.Buffers.SearchValues<char> NumberedVillageBefore = Grammar.Chars("numbered-village-before");
    private static readonly FrozenSet<string> AddressUnits = Grammar.Words("address-unit").ToFrozenSet(StringComparer.Ordinal);
    private static readonly string[] AddressAfter = Grammar.Words("address-after");
    private static readonly FrozenSet<string> FloorUnits = Grammar.Words("floor-unit").ToFrozenSet(StringComparer.Ordinal);
    private static readonly string[] FloorBefore = Grammar.Words("floor-before");
    private static readonly FrozenSet<string> RankUnits = Grammar.Words("rank-unit").ToFrozenSet(StringComparer.Ordinal);
    private static readonly System.Buffers.SearchValues<char> RankCountBefore = Grammar.Chars("rank-count-before");
    private static readonly System.Buffers.SearchValues<char> RoadEnds = Grammar.Chars("road-ends");
    private static readonly string[] GenericRoads = Grammar.Words("generic-road");
    private static readonly string[] RoadNameTails = Grammar.Words("road-name-tail");
    private static readonly string[] NumberedVillageAfter = Grammar.Words("numbered-village-after");
    private static readonly FrozenSet<string> PhaseUnits = Grammar.Words("phase-unit").ToFrozenSet(StringComparer.Ordinal);
    private static readonly System.Buffers.SearchValues<char> EstateEndings = Grammar.Chars("estate-endings");

    /// <summary>The unit lists <see cref="TryComplete"/> asks about, one bit each (the lists stay the source).</summary>
    [Flags]
    private enum UnitRules : ushort
    {
        None = 0,
        CountsAfterEr = 1 << 0,
        Discount = 1 << 1,
        ModelSeries = 1 << 2,
        Point = 1 << 3,
        Category = 1 << 4,
        NumberedVillage = 1 << 5,
        Address = 1 << 6,
        Rank = 1 << 7,
        Phase = 1 << 8,
        Article = 1 << 9,
        Issue = 1 << 10,
        Generic = 1 << 11,
        Person = 1 << 12,
        Group = 1 << 13,
        Floor = 1 << 14,
    }

    /// <summary>The lists a unit is on (a class, so that the table shares the code of the library's other string-keyed tables).</summary>
    private sealed class RulesOfUnit(UnitRules bits)
    {
        public UnitRules Bits { get; } = bits;
    }

    /// <summary>
    /// Each unit named by one of those lists, with the lists it is on: a count asks one table once instead of a dozen
    /// sets one by one, most of them about a unit they do not hold (个, 人, 户).
    /// </summary>
    private static readonly FrozenDictionary<string, RulesOfUnit> RulesByUnit = BuildRulesByUnit();

    [MethodImpl(MethodImplOptions.NoOptimization)] // runs once per process: an optimised compile costs more than it saves
    private static FrozenDictionary<string, RulesOfUnit> BuildRulesByUnit()
    {
        FrozenSet<string>[] sets =
        [
            CountsAfterEr, DiscountUnits, ModelSeriesUnits, PointUnits, CategoryUnits, NumberedVillageUnits, AddressUnits,
            RankUnits, PhaseUnits, ArticleUnits, IssueUnits, GenericClassifiers, PersonClassifiers, GroupUnits, FloorUnits,
        ];
        UnitRules[] rules =
        [
            UnitRules.CountsAfterEr, UnitRules.Discount, UnitRules.ModelSeries, UnitRules.Point, UnitRules.Category, UnitRules.NumberedVillage, UnitRules.Address,
            UnitRules.Rank, UnitRules.Phase, UnitRules.Article, UnitRules.Issue, UnitRules.Generic, UnitRules.Person, UnitRules.Group,
            UnitRules.Floor,
        ];
        UnitRules RulesOf(string unit)
        {
            var bits = UnitRules.None;
            for (var i = 0; i < sets.Length; i++)
            {
                bits |= sets[i].Contains(unit) ? rules[i] : UnitRules.None;
            }
            return bits;
        }
        return sets.SelectMany(set => set).Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(unit => unit, unit => new RulesOfUnit(RulesOf(unit)), StringComparer.Ordinal);
    }
    private static readonly System.Buffers.SearchValues<char> VillageListJoiners = Grammar.Chars("count-joiners");

    /// <summary>The lowest number before 折 that is no discount (打八折, 95折; 百余折 counts acts of an opera).</summary>
    private const int FirstNonDiscount = 100;

    /// <summary>The fewest Arabic digits of a model number before 系列 (晶片組８１０系列).</summary>
    private const int ModelNumberDigits = 3;

    /// <summary>What ends a quoted label: a clause or sentence mark (not 、, which lists inside a label).</summary>
    private static readonly System.Buffers.SearchValues<char> QuoteStops =
        System.Buffers.SearchValues.Create(Marks.FullStop + Marks.Exclaims + Marks.ClauseEnds + Marks.Commas + "\n\r");

    /// <summary>Opening and closing quotes and the stops of a quoted label in one set: the search around a number jumps to the nearest of them.</summary>
    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create(
        Grammar.CharsOf("opening-quotes") + Grammar.CharsOf("closing-quotes") + "\"" + Marks.FullStop + Marks.Exclaims + Marks.ClauseEnds + Marks.Commas + "\n\r");

    /// <summary>What ends the search for a title around a number: a sentence mark.</summary>
    private static readonly System.Buffers.SearchValues<char> TitleStops = System.Buffers.SearchValues.Create(Marks.FullStop + Marks.Exclaims + "\n\r");

    /// <summary>Title openers, closers and stops in one set: the search around a number jumps to the nearest of them.</summary>
    private static readonly System.Buffers.SearchValues<char> TitleMarks =
        System.Buffers.SearchValues.Create(Grammar.CharsOf("title-openers") + Grammar.CharsOf("title-closers") + Marks.FullStop + Marks.Exclaims + "\n\r");

    /// <summary>The longest stretch searched for the title a number stands in (《本报创刊一千期》).</summary>
    private const int TitleWindow = 30;

    /// <summary>The longest quoted label a number stands inside (「一份支持、兩份愛心」): the stretch before and after it.</summary>
    private const int QuotedLabelWindow = 9;

    /// <summary>The longest Latin word between a number and the noun it counts (８０００万ｉｎｔｅｒｎｅｔ用户).</summary>
    private const int LatinModifierLength = 16;

    /// <summary>The longest stretch before a lone 一 searched for 每 (每季度召开一次).</summary>
    private const int FrequencyWindow = 10;

    /// <summary>A character before a number and the measure word after it that make a numbered name (电子部六所): numbered-names.tsv.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberedNames =
        WordLists.Get("numbered-names").ToSet().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words before a decimal count, in its clause, that make it an average or a rate (grammar-words rate-cue: 平均, 每, 户均, 密度, 户量…).</summary>
    private static readonly string[] RateCues = Grammar.Words("rate-cue");

    /// <summary>The words that make a row or column label a rank's (grammar-words rank-header: 排名, 名次, 位次, 序号…).</summary>
    private static readonly string[] RankHeaders = Grammar.Words("rank-header");

    /// <summary>排名(名), 综合排名(位): a label that ends in a rank word holds ranks, which are no counts whatever its bracket names.</summary>
    private static bool IsRankHeader(ReadOnlySpan<char> label) => WordMatch.EndsWithAny(label.Trim(" \t\u3000"), RankHeaders);

    /// <summary>The most characters read back from a decimal count for its rate cue.</summary>
    private const int RateCueReach = 24;

    /// <summary>
    /// A decimal count is an average or a rate, which counts (每戶平均有 2.63 人, 507.07人/平方公里, and a statistics card's
    /// `2.63 人` alone on its line): a rate cue earlier in its clause, a per-unit slash right after the unit, or the number
    /// opening its line with only spaces after the unit. A decimal before a word that opens with a measure word (3.2人员配备: a
    /// section number) or with no such cue (1.5人) is no head count.
    /// </summary>
    private static bool IsRateCount(ReadOnlySpan<char> text, in NumberPhrase phrase, int end)
    {
        if (phrase.Style != NumeralStyle.Arabic || !phrase.HasDecimal || phrase.Max is not null)
        {
            return false;
        }
        if (end < text.Length && NumeralChars.Narrow(text[end]) == '/')
        {
            return true;
        }
        var lineStart = phrase.Start;
        while (lineStart > 0 && IsCellSpaceChar(text[lineStart - 1]))
        {
            lineStart--;
        }
        if (lineStart == 0 || text[lineStart - 1] is '\n' or '\r')
        {
            var k = end;
            while (k < text.Length && IsCellSpaceChar(text[k]))
            {
                k++;
            }
            if (k == text.Length || text[k] is '\n' or '\r')
            {
                return true; // 2.63 人: a statistics card's figure on its own line
            }
        }
        var from = Math.Max(0, phrase.Start - RateCueReach);
        var clause = text[from..phrase.Start];
        var mark = clause.LastIndexOfAny(ClauseStarts);
        return WordMatch.ContainsAny(clause[(mark + 1)..], RateCues);
    }

    /// <summary>A space between a statistics card's number and its unit: ASCII, a tab or the ideographic space.</summary>
    private static bool IsCellSpaceChar(char c) => c is ' ' or '\t' or '\u3000';

    /// <summary>Completes a number followed by a measure word or a noun classifier.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryComplete(ReadOnlySpan<char> text, in NumberPhrase phrase, UnitEntry unit, int unitStart, int unitLength, ref QuantityCandidate candidate)
    {
        if (phrase.Value != decimal.Truncate(phrase.Value) && !IsRateCount(text, phrase, unitStart + unitLength))
        {
            return false; // 3.2人员配备, 1.5人: no head count
        }
        var end = unitStart + unitLength;
        if (unitLength == 1 && end < text.Length && text[end] == text[unitStart])
        {
            return false; // 一份份, 一张张: "one after another", not a count
        }
        var name = unit.Unit;
        if (name.Length == 1 && TimesAfterUnits.Contains(name[0]) && end + 3 <= text.Length && NumeralChars.Narrow(text[end]) == '('
            && text[end + 1] == Grammar.Times && NumeralChars.Narrow(text[end + 2]) == ')')
        {
            name += Grammar.Times;
            end += 3;
        }
        var rules = RulesByUnit.TryGetValue(name, out var onLists) ? onLists.Bits : UnitRules.None;
        var lone = phrase.End == phrase.Start + 1;
        if (lone && NumeralChars.ChineseDigit(text[phrase.Start]) == 2 && !NumeralChars.IsLiang(text[phrase.Start]) && (rules & UnitRules.CountsAfterEr) == 0
            && !IsAfterCountingWord(text, phrase.Start) && !WordMatch.EndsWithAny(text[..phrase.Start], ErCountBefore))
        {
            return false; // counting two says 两; 二道河, 二村, 二队 are names and ordinals; 夫妇二人, 共涉及二批 count
        }
        if (lone && phrase.Start > 0 && phrase.Style == NumeralStyle.Chinese && SiblingRankBefore.Contains(text[phrase.Start - 1]) && !NumeralChars.IsLiang(text[phrase.Start]))
        {
            return false; // 老三家, 老五家的孩子: a sibling named by rank; 老两口 stays
        }
        if (lone && unitLength == 1 && phrase.Start >= 2 && IsChainedSlogan(text, phrase.Start, end, unit))
        {
            return false; // 一城两区, 一主两副三极: a planning slogan; 一年两次, 一户两人 count
        }
        if ((rules & UnitRules.Generic) != 0 && IsHundredMillions(text, end))
        {
            return false; // 投资5个亿, 三个多亿: an amount of (unsaid) yuan; 105个亿元以上的产业 counts
        }
        if ((rules & UnitRules.Discount) != 0 && phrase.Value < FirstNonDiscount && phrase.Approx != Approximation.Over)
        {
            return false; // 打八折, 95折: a discount; 百余折 counts
        }
        if ((rules & UnitRules.ModelSeries) != 0 && phrase.Style == NumeralStyle.Arabic && phrase.IntegerDigits >= ModelNumberDigits
            && phrase.Approx == Approximation.Exact && phrase.Max is null)
        {
            return false; // 晶片組８１０系列: a model number
        }
        if ((rules & UnitRules.Point) != 0 && !Grammar.StartsWithAny(text, end, PointNouns))
        {
            return false; // 1点到2点: a time; 上涨120点: an index; 提出三点要求 counts
        }
        if ((rules & UnitRules.Category) != 0 && IsCountAt(text, end))
        {
            return false; // 2款77戶、3款122戶: the category of the households counted next, not two models
        }
        if ((rules & UnitRules.NumberedVillage) != 0 && (IsNumberedVillage(text, phrase.Start, name) || (phrase.Style == NumeralStyle.Arabic && IsNumberedVillageListed(text, end, name))
            || Grammar.StartsWithAny(text, end, NumberedVillageAfter)))
        {
            return false; // 库木西力克乡7村、9村, 兼7村第一书记: villages named by their number; 全乡7村 counts
        }
        if ((rules & UnitRules.Address) != 0 && IsAddressPart(text, end))
        {
            return false; // 3号5栋2单元301室: a building's number in an address
        }
        if ((rules & UnitRules.Floor) != 0 && IsFloorInAddress(text[..phrase.Start]))
        {
            return false; // 2号楼5层, 3单元12层: a floor in an address; 办公楼共5层, 3栋5层楼房, 每个单元6层 count
        }
        if ((rules & UnitRules.Rank) != 0 && IsRankAfterName(text, phrase, lone))
        {
            return false; // 孔杰五段, 南京東路三段: a Go player's rank, a road's section
        }
        if ((rules & UnitRules.Phase) != 0 && phrase.Start > 0 && EstateEndings.Contains(text[phrase.Start - 1]))
        {
            return false; // 宇晴軒2期, 花园三期: an estate's phase
        }
        // 北區六行政區, 两驻村单位: a noun classifier after its modifier (unit form longer than the unit) names no place with the number.
        if (unit.Kind == UnitKind.NounCount && !(lone && NumeralChars.IsLiang(text[phrase.Start])) && phrase.Style != NumeralStyle.Arabic
            && unitLength <= name.Length)
        {
            var prev = phrase.Start > 0 ? text[phrase.Start - 1] : ' ';
            if (NumeralChars.IsIdeograph(prev) && !NounCountLeftContext.Contains(prev)
                && !(phrase.Start >= 2 && NounCountLeftWords.Contains(text.Slice(phrase.Start - 2, 2)))
                && !FollowsNounCount(text, phrase.Start) && !FollowsListOfNames(text, phrase.Start, phrase.Value)
                && !FollowsAbbreviations(text, phrase.Start, phrase.Value))
            {
                return false; // 双沟二村, 六盘水市: part of a name; 韩俄两国, 五省四市, 京、津、冀三省市 and 青海4省区 count
            }
        }
        if (phrase.Start > 0 && IsNumberedName(text[phrase.Start - 1], name) && !WordMatch.EndsWithAny(text[..phrase.Start], NotNumberedNames))
        {
            return false; // 电子部六所: a numbered institute
        }
        if (phrase.Value == 1 && phrase.Start > 0 && Demonstratives.Contains(text[phrase.Start - 1]))
        {
            return false; // 這１封公開信: "this letter"
        }
        if (phrase.Start > 0 && TitleClosers.Contains(text[phrase.Start - 1]) && (rules & UnitRules.Article) != 0)
        {
            return false; // 《基本法》23條: an article number
        }
        if (WordMatch.EndsWithAny(text[..phrase.Start], CaptionWords))
        {
            return false; // （附图片1张）: an editor's caption
        }
        if (IsLabelNumber(text, phrase, unit, unitStart))
        {
            return false; // 第 3 名, 图1 村貌, 1 村基本情况, 自己1個人: labels, not counts (CountRecognizer.Labels.cs)
        }
        if (phrase.Start >= 3 && text[phrase.Start - 1] == Grammar.Year && NumeralChars.ArabicDigit(text[phrase.Start - 2]) >= 0
            && NumeralChars.ArabicDigit(text[phrase.Start - 3]) >= 0 && phrase.Style == NumeralStyle.Arabic && (rules & UnitRules.Issue) != 0)
        {
            return false; // 农林经济管理学报 2022年2期: a journal's issue (a year of two digits or more, the issue in digits; 1年兩期 counts)
        }
        if (IsCounterLabel(text, phrase.Start) || (IsAtLineStart(text, phrase.Start) && Grammar.StartsWithAny(text, end, CounterWords)))
        {
            return false; // 点击:356次, 0条评论: a page's view and comment counters, furniture
        }
        if (IsQuotedLabel(text, phrase.Start) || IsInsideTitle(text, phrase.Start) || IsQuotedCampaign(text, phrase))
        {
            return false; // “八项任务”, 「一份支持、兩份愛心」, 《本报创刊一千期》, “千名干部驻村大走访服务群众”
        }
        if (name.Length == 1 && name[0] == Grammar.Times && IsSessionNumber(text, phrase.Start, end))
        {
            return false; // 九届全国人大三次会议: the third session, not three meetings
        }
        if (phrase.Style == NumeralStyle.Chinese && unit.Kind == UnitKind.Count && (rules & UnitRules.Generic) == 0 && (rules & UnitRules.Person) == 0
            && IsInsidePlaceName(text, end, lone))
        {
            return false; // 五家子村, 五棵树镇, 八家户村: a village named with a number
        }
        if ((rules & UnitRules.Group) != 0 && phrase.Value <= LastGroupNumber && IsGroupLabel(text, phrase.Start, end))
        {
            return false; // 茶园六组养蜂户, 在三组开展工作, 五组的10户, 6至8组公路: a village group's number, not a count of groups
        }
        if (unitLength == 1 && OpensNotCountHead(text, unitStart))
        {
            return false; // 7位号码, 三期工程: the digits of a number, the phase of a project
        }
        if (lone && IsNumberedSeries(text, phrase, unitStart, end, unit.IsSeriesLabel))
        {
            return false; // 一区二区三区, 三区四区: numbers in a row, each with the same measure word, label zones or floors
        }
        if (phrase.IsSingleOne && IsAfterCount(text, phrase.Start))
        {
            return false; // 3至5人一组, 五户一组: "per group", no count of one
        }
        if (phrase.IsSingleOne && (IsAfterCountingWord(text, phrase.Start) || (unit.IsVerbal && IsFrequency(text, phrase.Start))))
        {
            candidate.IsSingleOne = false; // 仅一人, 共一名, 各一个, 每季度召开一次: the 一 counts
        }
        candidate.Kind = FactKinds.Count;
        candidate.Unit = name;
        candidate.IsVerbal = unit.IsVerbal;
        candidate.End = end;
        return true;
    }

    /// <summary>
    /// 库木西力克乡7村, 乡7村、9村: a number right after a township's name (numbered-village-before, not 全乡 or 各乡 of
    /// noun-count-left-context), or after another numbered village and 、, names the village.
    /// </summary>
    private static bool IsNumberedVillage(ReadOnlySpan<char> text, int start, string name)
    {
        if (start == 0)
        {
            return false;
        }
        var prev = text[start - 1];
        if (NumberedVillageBefore.Contains(prev))
        {
            // 全乡7村 (noun-count-left-context) and 4镇7村, 3乡镇9村 (after a count of townships) count.
            return !(start >= 2 && NounCountLeftWords.Contains(text.Slice(start - 2, 2))) && !FollowsNounCount(text, start);
        }
        var item = start - 1 - name.Length; // 7村、9村: the item before the list comma is a numbered village too
        if (!VillageListJoiners.Contains(prev) || item < 1 || !text.Slice(item, name.Length).SequenceEqual(name) || NumeralChars.ArabicDigit(text[item - 1]) < 0)
        {
            return false;
        }
        // 7村、9村和10村: after a conjunction, when the item before it names a village by its number (全乡7村和9村 count).
        return prev == Marks.ListComma || IsNumberedVillage(text, NumberStartBefore(text, item), name);
    }

    /// <summary>
    /// 走访了11村、12村: an Arabic number and 村 before 、 and another Arabic number and 村 name the first village of a
    /// list of villages (a count would not list the same unit twice); 12个村、3个社区 count.
    /// </summary>
    private static bool IsNumberedVillageListed(ReadOnlySpan<char> text, int end, string name)
    {
        var k = end + 1;
        if (end >= text.Length || text[end] != Marks.ListComma || k >= text.Length || NumeralChars.ArabicDigit(text[k]) < 0)
        {
            return false;
        }
        while (k < text.Length && NumeralChars.ArabicDigit(text[k]) >= 0)
        {
            k++;
        }
        return text[k..].StartsWith(name, StringComparison.Ordinal);
    }

    /// <summary>Where the Arabic number that ends right before <paramref name="end"/> starts (库木西力克乡7村、9村 → the 9).</summary>
    private static int NumberStartBefore(ReadOnlySpan<char> text, int end)
    {
        var k = end;
        while (k > 0 && NumeralChars.ArabicDigit(text[k - 1]) >= 0)
        {
            k--;
        }
        return k;
    }

    /// <summary>
    /// Whether the text before a floor count ends in an address's building or entrance (号楼, 单元) that itself
    /// carries a number or letter: 3单元12层, 2号楼5层, A单元6层 are floors of an address; 每个单元6层 counts storeys.
    /// </summary>
    private static bool IsFloorInAddress(ReadOnlySpan<char> before)
    {
        foreach (var word in FloorBefore)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                int at = before.Length - word.Length - 1;
                if (at >= 0 && (NumeralChars.IsNumeralChar(before[at]) || char.IsAsciiDigit(NumeralChars.Narrow(before[at])) || NumeralChars.IsLatinLetter(before[at])))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// 孔杰五段, 张璇八段迎战徐莹三段, 南京東路三段: a lone Chinese digit (not 两) and 段 right after a name (an ideograph
    /// that is no numeral, no word of noun-count-left-context and no verb of rank-count-before) is a rank or a section's
    /// number; 分成三段, 这三段, 的两段 count.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsRankAfterName(ReadOnlySpan<char> text, in NumberPhrase phrase, bool lone)
    {
        if (phrase.Start > 0 && RoadEnds.Contains(text[phrase.Start - 1]) && phrase.Approx == Approximation.Exact && phrase.Max is null
            && !IsGenericRoadBefore(text, phrase.Start))
        {
            return true; // 南京東路2段100號, 中山路3段: a road's section in an address, whatever the numerals; 道路3段 counts
        }
        if (!lone || phrase.Style != NumeralStyle.Chinese || phrase.Start == 0 || NumeralChars.IsLiang(text[phrase.Start]))
        {
            return false;
        }
        var prev = text[phrase.Start - 1];
        return NumeralChars.IsIdeograph(prev) && !NumeralChars.IsNumeralChar(prev) && !NounCountLeftContext.Contains(prev) && !RankCountBefore.Contains(prev);
    }

    /// <summary>
    /// 道路3段, 修山路3段: a road in general (generic-road) right before the number, whose sections it counts; 中山路3段:
    /// a generic road that also ends road names (road-name-tail) after another ideograph (no numeral, no verb of
    /// rank-count-before) is the end of the road's name, and the number its section.
    /// </summary>
    private static bool IsGenericRoadBefore(ReadOnlySpan<char> text, int start)
    {
        var before = text[..start];
        if (!WordMatch.EndsWithAny(before, GenericRoads))
        {
            return false;
        }
        foreach (var tail in RoadNameTails)
        {
            if (before.EndsWith(tail, StringComparison.Ordinal))
            {
                var k = start - tail.Length - 1;
                return k < 0 || !NumeralChars.IsIdeograph(text[k]) || NumeralChars.IsNumeralChar(text[k]) || RankCountBefore.Contains(text[k]);
            }
        }
        return true;
    }

    /// <summary>
    /// 突破了7个亿, 三个多亿: 亿 right after a generic classifier (or after one more character, 多) counts hundreds of millions
    /// of yuan left unsaid, money, not a count; 105个亿元以上的农业主导产业 (亿元 a modifier of what is counted) and 两个万元户 count.
    /// </summary>
    private static bool IsHundredMillions(ReadOnlySpan<char> text, int end)
    {
        var k = end + 1 < text.Length && NumeralChars.BigUnit(text[end + 1]) == HundredMillion && NumeralChars.IsIdeograph(text[end]) ? end + 1 : end;
        return k < text.Length && NumeralChars.BigUnit(text[k]) == HundredMillion && (k + 1 >= text.Length || text[k + 1] != Grammar.Yuan[0]);
    }

    /// <summary>亿: 10^8.</summary>
    private const long HundredMillion = 100_000_000L;

    /// <summary>3至5人一组, 每组3-5人: a number and a one-character measure word right before a lone 一, which then means "per".</summary>
    private static bool IsAfterCount(ReadOnlySpan<char> text, int start) =>
        start >= 2 && (NumeralChars.IsNumeralChar(text[start - 2]) || NumeralChars.ArabicDigit(text[start - 2]) >= 0)
        && UnitLexicon.TryMatch(text, start - 1, out var unit, out var length) && length == 1 && unit.Kind == UnitKind.Count;

    /// <summary>What may follow the last item of a chained slogan (一城两区，).</summary>
    private static readonly System.Buffers.SearchValues<char> SloganStops =
        System.Buffers.SearchValues.Create(Marks.FullStop + Marks.Exclaims + Marks.ClauseEnds + Marks.Commas + Marks.ListComma + "\n\r");

    /// <summary>
    /// 一城两区, 一主两副三极, 一核两翼: a lone digit (two or more) and a one-character unit right after 一 and a character
    /// that is no numeral and no measure word, closing the phrase or followed by the next numeral of the chain, are an item
    /// of a planning slogan, not a count; 一年两次 (verbal: a frequency) and 一户两人 (户 a measure word) count.
    /// </summary>
    private static bool IsChainedSlogan(ReadOnlySpan<char> text, int start, int end, UnitEntry unit) =>
        !unit.IsVerbal && NumeralChars.ChineseDigit(text[start - 2]) == 1 && NumeralChars.ChineseDigit(text[start]) >= 2
        && NumeralChars.IsIdeograph(text[start - 1]) && !NumeralChars.IsNumeralChar(text[start - 1])
        && !(start >= 3 && NumeralChars.IsNumeralChar(text[start - 3])) && !UnitLexicon.TryMatch(text, start - 1, out _, out _)
        && (end >= text.Length || NumeralChars.IsNumeralChar(text[end]) || SloganStops.Contains(text[end]));

    /// <summary>
    /// 二、六个行政村: a number that opens its line and is followed by 、 numbers a heading (一、二、…) and lends its
    /// neighbour no unit; 四、五百人 (the next digit: a range) stays.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsHeadingNumber(ReadOnlySpan<char> text, in NumberPhrase phrase)
    {
        if (!IsAtLineStart(text, phrase.Start) || phrase.End + 1 >= text.Length || text[phrase.End] != Marks.ListComma)
        {
            return false;
        }
        var next = text[phrase.End + 1];
        var digit = NumeralChars.ArabicDigit(next) is var arabic and >= 0 ? arabic : NumeralChars.ChineseDigit(next);
        return digit != phrase.Value + 1;
    }

    /// <summary>5栋2单元, 5栋301室: a number and an address word (address-after) right after the building's measure word.</summary>
    private static bool IsAddressPart(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length || NumeralChars.ArabicDigit(text[end]) < 0)
        {
            return false;
        }
        var k = end;
        while (k < text.Length && NumeralChars.ArabicDigit(text[k]) >= 0)
        {
            k++;
        }
        return Grammar.StartsWithAny(text, k, AddressAfter);
    }

    /// <summary>Whether a number and a count's measure word start at <paramref name="at"/> (77戶 after 2款).</summary>
    private static bool IsCountAt(ReadOnlySpan<char> text, int at) =>
        at < text.Length && (NumeralChars.IsNumeralChar(text[at]) || NumeralChars.ArabicDigit(text[at]) >= 0)
        && NumberPhraseScanner.TryScanSingle(text, at, out var next) && UnitLexicon.TryMatch(text, next.End, out var unit, out _)
        && unit.Kind is UnitKind.Count or UnitKind.NounCount;

    /// <summary>点击:356次, 浏览次数: 1234: a number right after a counter's label and a colon (counter-label in grammar-words.tsv).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsCounterLabel(ReadOnlySpan<char> text, int start)
    {
        var before = text[..start].TrimEnd(' ');
        return before.Length > 0 && LabelColons.Contains(before[^1]) && WordMatch.EndsWithAny(before[..^1].TrimEnd(' '), CounterLabels);
    }

    /// <summary>
    /// 茶园六组, 在三组, 五组的, 五组村民, 三组、五组, 6至8组公路: a village group named by its number. The number follows a
    /// place or a verb of place (group-label-before in grammar-chars.tsv), or the group is followed by 的, its people, its
    /// road or another group of a list (group-label-after in grammar-words.tsv); 分成三组, 每组5人 count.
    /// </summary>
    /// <summary>The highest number a village group is named by (506組、 is 506 sets of food).</summary>
    private const int LastGroupNumber = 99;

    private static bool IsGroupLabel(ReadOnlySpan<char> text, int start, int end) =>
        (start > 0 && GroupLabelBefore.Contains(text[start - 1])) || Grammar.StartsWithAny(text, end, GroupLabelAfter);

    /// <summary>Whether a number opens its line or a bar-separated item (the furniture of a share or comment bar).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAtLineStart(ReadOnlySpan<char> text, int start) => start == 0 || LineOpeners.Contains(text[start - 1]);

    /// <summary>A measure word and the noun after it that make the number no count (7位号码, 三期工程): not-count-heads.tsv.</summary>
    private static readonly FrozenSet<string> NotCountHeads = WordLists.Get("not-count-heads").ToSet();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCountHeadLookup = NotCountHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestNotCountHead = NotCountHeads.Max(h => h.Length);

    /// <summary>The measure words that open a not-count head: most units open none, and need no lookup.</summary>
    private static readonly System.Buffers.SearchValues<char> NotCountHeadUnits = System.Buffers.SearchValues.Create(string.Concat(NotCountHeads.Select(h => h[0]).Distinct()));

    private static bool OpensNotCountHead(ReadOnlySpan<char> text, int unitStart)
    {
        if (!NotCountHeadUnits.Contains(text[unitStart]))
        {
            return false;
        }
        for (var length = 2; length <= LongestNotCountHead && unitStart + length <= text.Length; length++)
        {
            if (NotCountHeadLookup.Contains(text.Slice(unitStart, length))
                && !(TownEndings.Contains(text[unitStart + length - 1]) && VillageWords.StartsWithAny(text[(unitStart + length - 1)..])))
            {
                return true; // 三类村: a village's category; 12类村级公共服务岗位 counts (村级 is a word of its own)
            }
        }
        return false;
    }

    /// <summary>The longest name in a list before a noun count (内蒙古、贵州、西藏、青海4省区, 馬鞍山、蕪湖、銅陵三市).</summary>
    private const int ListedNameLength = 6;

    /// <summary>
    /// 元、清两朝, 京、津、冀三省市, 美、俄、法、英四国: the number sums up a list of names joined by 、 right before it,
    /// at least as many names as it counts and none holding a numeral (大寨一村、大寨二村、大寨三村 and 库里渔场、库里三村
    /// are names with numbers).
    /// </summary>
    private static bool FollowsListOfNames(ReadOnlySpan<char> text, int start, decimal value)
    {
        var names = 0;
        var length = 0;
        var hasNumeral = false;
        for (var k = start - 1; ; k--)
        {
            if (k >= 0 && NumeralChars.IsIdeograph(text[k]) && length < ListedNameLength)
            {
                hasNumeral |= NumeralChars.IsNumeralChar(text[k]);
                length++;
                continue;
            }
            var listed = k >= 0 && text[k] == Marks.ListComma;
            if (!listed)
            {
                // The first name of the list runs on into the text before it (十月於北、中、南三地): read no further.
                return names >= 1 && value <= names + 1;
            }
            if (length == 0 || hasNumeral)
            {
                return false;
            }
            names++;
            length = 0;
            hasNumeral = false;
        }
    }

    /// <summary>五省四市, 4乡镇4村: the number follows a noun count (a numeral and a one- or two-character noun classifier).</summary>
    private static bool FollowsNounCount(ReadOnlySpan<char> text, int start)
    {
        for (var length = 1; length <= 2; length++)
        {
            if (start > length && (NumeralChars.IsNumeralChar(text[start - length - 1]) || NumeralChars.ArabicDigit(text[start - length - 1]) >= 0)
                && UnitLexicon.TryMatch(text, start - length, out var before, out var matched) && matched == length && before.Kind == UnitKind.NounCount)
            {
                return true;
            }
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsNumberedName(char before, string unit)
    {
        Span<char> key = stackalloc char[1 + UnitLexicon.MaxLength];
        key[0] = before;
        unit.CopyTo(key[1..]);
        return NumberedNames.Contains(key[..(1 + unit.Length)]);
    }

    /// <summary>
    /// 每季度召开一次, 每两年颁发一次: 每 and a period earlier in the clause make a lone 一 with a verbal classifier a
    /// frequency, which counts; 每经过一次 ("each time") names no period.
    /// </summary>
    private static bool IsFrequency(ReadOnlySpan<char> text, int start)
    {
        for (var k = start - 1; k >= 0 && start - k <= FrequencyWindow && !ClauseStarts.Contains(text[k]); k--)
        {
            if (FrequencyMarks.Contains(text[k]))
            {
                return text[(k + 1)..start].ContainsAny(FrequencyPeriods);
            }
        }
        return false;
    }

    /// <summary>Words before 一 that make it count (仅一人, 共一名, 只有一个): one-counters.tsv, one or two characters.</summary>
    private static readonly FrozenSet<string> CountingWords = WordLists.Get("one-counters").ToSet();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountingWordLookup = CountingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAfterCountingWord(ReadOnlySpan<char> text, int start) =>
        (start >= 1 && CountingWordLookup.Contains(text.Slice(start - 1, 1))) || (start >= 2 && CountingWordLookup.Contains(text.Slice(start - 2, 2)));

    /// <summary>九百多万选民, 14亿人民: a number scaled by 万/亿 before a noun that is no unit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryUnitless(ReadOnlySpan<char> text, in NumberPhrase phrase, ref QuantityCandidate candidate)
    {
        if (phrase.Style == NumeralStyle.DigitByDigit || phrase.End >= text.Length)
        {
            return false;
        }
        if (IsSexPair(text, phrase))
        {
            // 9男6女: men and women counted with no measure word; 生了一男一女: the lone 一 counts too, unless a count
            // right after the pair sums it up (一男一女两个孩子).
            candidate.IsSingleOne &= IsSummedUp(text, phrase);
        }
        else if (!phrase.HasMultiplier || phrase.Value < 10_000)
        {
            if (!IsSmallUnitlessCount(text, phrase))
            {
                return false;
            }
        }
        else if (!WordMatch.StartsWithAny(text[phrase.End..], CountedNouns) && !(EndsClause(text, phrase.End) && ClauseNamesCountedNoun(text, phrase.Start))
            && !IsModifiedCountedNoun(text, phrase.End))
        {
            return false; // 投资3亿建设: money or something else left unsaid, not a head count
        }
        if (IsQuotedLabel(text, phrase.Start) || IsInsideTitle(text, phrase.Start))
        {
            return false;
        }
        candidate.Kind = FactKinds.Count;
        candidate.Unit = null;
        candidate.UnitlessCount = true;
        candidate.End = phrase.End;
        return true;
    }

    /// <summary>The first year a bare four-digit number before a noun may be (2020考生: the class of 2020).</summary>
    private const int FirstYearLike = 1900;

    /// <summary>The last year a bare four-digit number before a noun may be.</summary>
    private const int LastYearLike = 2099;

    /// <summary>
    /// 200多病人, 三十三考生, 15死8傷: a smaller number right before a noun that it counts (counted-nouns.tsv, column
    /// small); not a lone 一 ("a"), a decimal, a year (2020考生) or a school year (高三学生).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSmallUnitlessCount(ReadOnlySpan<char> text, in NumberPhrase phrase)
    {
        if (!SmallCountedNounStarts.Contains(text[phrase.End]) || phrase.IsSingleOne || phrase.HasDecimal || phrase.Value < 2
            || phrase.Value != decimal.Truncate(phrase.Value) || !WordMatch.StartsWithAny(text[phrase.End..], SmallCountedNouns))
        {
            return false;
        }
        if (phrase.Style == NumeralStyle.Arabic && phrase.Approx == Approximation.Exact && phrase.Max is null
            && (phrase.Value is >= FirstYearLike and <= LastYearLike || IsMonthAndDay(phrase.Value)))
        {
            return false; // 2020考生: a year; ９２８教師大遊行, 228公园: an event named by its date
        }
        if (IsRowCode(text, phrase))
        {
            return false; // 27民眾安全服務處73,702,000: a table row's code, name and amount
        }
        return phrase.Start == 0 || !GradeBefore.Contains(text[phrase.Start - 1]);
    }

    /// <summary>
    /// 27民眾安全服務處73,702,000: a bare Arabic integer opening its line, glued to a name of letters only, glued in turn
    /// to an amount (digits and separators, at least 4 characters) that ends the line, is the code of a table row (code,
    /// name, amount), not a count of the noun the name begins with. 200多民众参加了活动，捐款3000 is no row: its number is
    /// qualified and a clause break stands between it and the line's last number.
    /// </summary>
    private static bool IsRowCode(ReadOnlySpan<char> text, in NumberPhrase phrase)
    {
        if (phrase.Style != NumeralStyle.Arabic || (phrase.Start > 0 && text[phrase.Start - 1] is not ('\n' or '\r')))
        {
            return false;
        }
        foreach (var c in text[phrase.Start..phrase.End])
        {
            if (NumeralChars.ArabicDigit(c) < 0)
            {
                return false; // 200多, 3.5: no bare integer code
            }
        }
        var rest = text[phrase.End..];
        var lineEnd = rest.IndexOfAny('\n', '\r');
        var line = (lineEnd < 0 ? rest : rest[..lineEnd]).TrimEnd();
        var amount = line.Length;
        while (amount > 0 && (NumeralChars.ArabicDigit(line[amount - 1]) >= 0 || line[amount - 1] is ',' or '.'))
        {
            amount--;
        }
        if (amount == 0 || line.Length - amount < 4 || NumeralChars.ArabicDigit(line[amount]) < 0)
        {
            return false;
        }
        foreach (var c in line[..amount])
        {
            if (!char.IsLetter(c))
            {
                return false; // a clause mark, space or number between the code and the amount: running text
            }
        }
        return true;
    }

    /// <summary>928 (9-28), 1010 (10-10): a number whose digits read as a month and a day of it.</summary>
    private static bool IsMonthAndDay(decimal value)
    {
        if (value is < 101 or > 1231)
        {
            return false;
        }
        var n = (int)value;
        var (month, day) = (n / 100, n % 100);
        return month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    /// <summary>People and households counted without a measure word: 九百多万选民, 14亿人口, 36万群众.</summary>
    private static readonly string[] CountedNouns = [.. WordLists.Get("counted-nouns").Where("after", "yes").Select(r => r[0])];

    /// <summary>The nouns that a number below 10,000 counts too (200多病人), column small.</summary>
    private static readonly string[] SmallCountedNouns = [.. WordLists.Get("counted-nouns").Where("small", "yes").Select(r => r[0])];

    /// <summary>The first characters of <see cref="SmallCountedNouns"/>: most bare numbers are followed by none.</summary>
    private static readonly System.Buffers.SearchValues<char> SmallCountedNounStarts = System.Buffers.SearchValues.Create(string.Concat(SmallCountedNouns.Select(n => n[0]).Distinct()));

    /// <summary>Nouns that, earlier in the clause, say what a clause-final number counts: 游客突破150万, 受灾人口近10万.</summary>
    private static readonly string[] ClauseCountNouns = [.. WordLists.Get("counted-nouns").Where("clause", "yes").Select(r => r[0])];

    private static bool EndsClause(ReadOnlySpan<char> text, int end) =>
        end >= text.Length || ClauseEndAfterNumber.Contains(text[end]);

    private static bool ClauseNamesCountedNoun(ReadOnlySpan<char> text, int start)
    {
        var from = start;
        while (from > 0 && start - from < 16 && !ClauseStarts.Contains(text[from - 1]))
        {
            from--;
        }
        return WordMatch.ContainsAny(text[from..start], ClauseCountNouns);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSessionNumber(ReadOnlySpan<char> text, int start, int end)
    {
        var after = text[end..Math.Min(text.Length, end + 2)];
        if (!SessionWords.Contains(after))
        {
            return false;
        }
        var before = text[Math.Max(0, start - 10)..start];
        return before.IndexOfAny(SessionMarks) >= 0;
    }

    private static readonly System.Buffers.SearchValues<char> PlaceSuffixes = PlaceSuffixChars.VillageNameEndings;

    /// <summary>
    /// Characters right after a place suffix that make it a common noun or a verb (围住, 围着, 村民): Places'
    /// place-suffix-followers.tsv, with each row's traditional form as well (quantities read the text as written).
    /// </summary>
    private static readonly FrozenDictionary<char, string> PlaceSuffixFollowers = BuildPlaceSuffixFollowers();

    [MethodImpl(MethodImplOptions.NoOptimization)] // runs once per process: an optimised compile costs more than it saves
    private static FrozenDictionary<char, string> BuildPlaceSuffixFollowers()
    {
        var followers = new Dictionary<char, string>();
        foreach (var row in WordLists.Get("place-suffix-followers").Rows)
        {
            var chars = row[1] + ScriptConverter.Default.ToTraditional(row[1]);
            foreach (var key in new[] { row[0][0], ScriptConverter.Default.ToTraditional(row[0])[0] })
            {
                followers[key] = followers.TryGetValue(key, out var known) ? known + chars : chars;
            }
        }
        return followers.ToFrozenDictionary();
    }

    /// <summary>One or two letters, then a place suffix, right after the classifier: the numeral is part of a name.</summary>
    private static bool IsInsidePlaceName(ReadOnlySpan<char> text, int end, bool lone)
    {
        if (end <= text.Length && VillageWords.StartsWithAny(text[end..]))
        {
            return false; // 六项整村脱贫项目, 三个全村: a word that ends in 村, no village named with the number
        }
        if (lone && end < text.Length && CountyEndings.Contains(text[end]))
        {
            return true; // 八步区, 三台县: a county named with a digit and a measure word (三家市场, 两座县城: village-word)
        }
        if (lone && end < text.Length && TownEndings.Contains(text[end]))
        {
            return true; // 六户村, 六户镇: a village or town named with a digit and a measure word (两户村民: village-word)
        }
        for (var k = 1; k <= 2 && end + k < text.Length; k++)
        {
            if (!NumeralChars.IsIdeograph(text[end + k - 1]))
            {
                return false;
            }
            if (PlaceSuffixes.Contains(text[end + k]))
            {
                // 五户人家围住一条渠: a character after the suffix that makes it a verb or a common noun names no village.
                return !(end + k + 1 < text.Length && PlaceSuffixFollowers.TryGetValue(text[end + k], out var followers)
                    && followers.Contains(text[end + k + 1], StringComparison.Ordinal));
            }
        }
        return false;
    }

    /// <summary>
    /// 一区二区三区: a one-character numeral and its measure word glued to the numeral one lower or one higher with the same
    /// measure word (no mark between) is one label of a numbered series, not a count; 三区四市, 两县三区 (other units) count.
    /// </summary>
    /// <remarks>Parted by list marks (<see cref="IsListedSeries"/>) only for a label unit (series in measure-words.tsv).</remarks>
    private static bool IsNumberedSeries(ReadOnlySpan<char> text, in NumberPhrase phrase, int unitStart, int end, bool labelUnit)
    {
        var unit = text[unitStart..end];
        var value = phrase.Value;
        var before = phrase.Start - unit.Length - 1;
        if (before >= 0 && text[(before + 1)..phrase.Start].SequenceEqual(unit) && DigitValue(text[before]) == value - 1)
        {
            return true;
        }
        if (end + unit.Length < text.Length && DigitValue(text[end]) == value + 1 && text[(end + 1)..].StartsWith(unit))
        {
            return true;
        }
        return labelUnit && IsListedSeries(text, phrase.Start, end, unit, value);
    }

    /// <summary>一区、二区、三区各有5人, 1组、2组: the series' labels parted by a list mark (series-marks in grammar-chars.tsv).</summary>
    private static readonly System.Buffers.SearchValues<char> SeriesMarks = Grammar.Chars("series-marks");

    /// <summary>
    /// 一区、二区、三区各有5人: a one-character numeral and its measure word next to the numeral one lower or one higher with
    /// the same measure word, parted by a list mark, is a label of a counting-out too; 两县、三区 and 三区、五区 count.
    /// 两 labels nothing (一个、两个或三个村 counts; 一区、两区 is no series).
    /// </summary>
    private static bool IsListedSeries(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<char> unit, decimal value)
    {
        if (NumeralChars.IsLiang(text[start]))
        {
            return false;
        }
        var digit = start - unit.Length - 2; // <n-1><unit>、<n>
        if (digit >= 0 && SeriesMarks.Contains(text[start - 1]) && text[(digit + 1)..(start - 1)].SequenceEqual(unit)
            && DigitValue(text[digit]) == value - 1 && !NumeralChars.IsLiang(text[digit]) && (digit == 0 || DigitValue(text[digit - 1]) < 0))
        {
            return true;
        }
        return end + unit.Length + 1 < text.Length && SeriesMarks.Contains(text[end]) && DigitValue(text[end + 1]) == value + 1
            && !NumeralChars.IsLiang(text[end + 1]) && text[(end + 2)..].StartsWith(unit);
    }

    /// <summary>The value of one Chinese or Arabic digit character (两 as 2), or -1.</summary>
    private static int DigitValue(char c) => NumeralChars.ArabicDigit(c) is var a and >= 0 ? a : NumeralChars.ChineseDigit(c);

    /// <summary>“四个意识”, “八项任务”: a number that opens a short quoted phrase is a label.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsQuotedLabel(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return false;
        }
        if (OpeningQuotes.Contains(text[start - 1]))
        {
            var window = text[start..Math.Min(text.Length, start + QuotedLabelWindow)];
            return window.IndexOfAny(ClosingQuotes) >= 0 || IsListedLabel(text, start);
        }
        // 「一份支持、兩份愛心」, “两不愁三保障”: a number further inside a short quoted phrase, no clause mark in it.
        // The nearest mark before the number must open the phrase, the nearest after it (from start + 1) close it.
        // A quoted list of labels reaches further back (QuotedListWindow): its opening quote is searched as far.
        var before = Math.Max(0, start - QuotedListWindow);
        var open = text[before..start].LastIndexOfAny(QuoteMarks) is var b and >= 0 ? before + b : -1;
        if (open < 0 || ClosingQuotes.Contains(text[open]) || QuoteStops.Contains(text[open]) || text[open] == TitleOpen)
        {
            return false;
        }
        var after = start + 1;
        if (start - open > QuotedLabelWindow)
        {
            return IsInsideQuotedList(text, open, after);
        }
        var k = text[after..Math.Min(text.Length, open + (2 * QuotedLabelWindow) + 1)].IndexOfAny(QuoteMarks);
        return (k >= 0 && ClosingQuotes.Contains(text[after + k])) || (k < 0 && IsInsideQuotedList(text, open, after));
    }

    /// <summary>The longest stretch searched for the close of a quoted list of labels (“凝聚一种精神、把握两个特征、增强三大动力…”).</summary>
    private const int QuotedListWindow = 40;

    /// <summary>The longest item of a quoted list of labels.</summary>
    private const int QuotedListItemLength = 8;

    /// <summary>
    /// 市委“凝聚一种精神、把握两个特征、增强三大动力、答好五大考题、聚焦七项重点”: a number inside a quoted list of three
    /// or more short labels joined by 、 (none longer than eight characters, no clause mark) is part of a slogan, as in a
    /// short quoted label. <paramref name="open"/> is the opening quote, <paramref name="after"/> the character after the number.
    /// </summary>
    private static bool IsInsideQuotedList(ReadOnlySpan<char> text, int open, int after)
    {
        var k = text[after..Math.Min(text.Length, open + QuotedListWindow + 1)].IndexOfAny(QuoteMarks);
        if (k < 0 || !ClosingQuotes.Contains(text[after + k]))
        {
            return false;
        }
        var items = 0;
        var length = 0;
        foreach (var c in text[(open + 1)..(after + k)])
        {
            if (c != Marks.ListComma)
            {
                length++;
                continue;
            }
            if (length is 0 or > QuotedListItemLength)
            {
                return false;
            }
            items++;
            length = 0;
        }
        return items >= 2 && length is > 0 and <= QuotedListItemLength;
    }

    /// <summary>
    /// “八个一、八必问、八必讲”: a number that opens a quoted list of short labels (joined by 、, no clause mark) closed within
    /// twice the label window is a label too.
    /// </summary>
    private static bool IsListedLabel(ReadOnlySpan<char> text, int start)
    {
        var listed = false;
        for (var k = start + 1; k < text.Length && k - start <= 2 * QuotedLabelWindow; k++)
        {
            if (ClosingQuotes.Contains(text[k]))
            {
                return listed;
            }
            if (QuoteStops.Contains(text[k]) || OpeningQuotes.Contains(text[k]))
            {
                return false;
            }
            listed |= text[k] == Marks.ListComma;
        }
        return false;
    }

    /// <summary>The opener of a title, whose numbers <see cref="IsInsideTitle"/> reads, not <see cref="IsQuotedLabel"/>.</summary>
    private static readonly char TitleOpen = Grammar.CharsOf("title-openers")[0];

    /// <summary>
    /// 《本报创刊一千期》, 《关于选派100名干部的通知》: a number inside the title of a publication or document is part of
    /// the title (facts.md: labels are no counts). The title is opened before the number and closed after it, in the same sentence.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsInsideTitle(ReadOnlySpan<char> text, int start)
    {
        // The nearest mark before the number must open a title, the nearest after it (from start + 1) close it.
        var before = Math.Max(0, start - TitleWindow);
        var k = text[before..start].LastIndexOfAny(TitleMarks);
        if (k < 0 || TitleClosers.Contains(text[before + k]) || TitleStops.Contains(text[before + k]))
        {
            return false;
        }
        var after = start + 1;
        k = text[after..Math.Min(text.Length, start + TitleWindow + 1)].IndexOfAny(TitleMarks);
        return k >= 0 && TitleClosers.Contains(text[after + k]);
    }

    /// <summary>
    /// 9男6女, 3女2男: a number before 男 (or 女) with another number before the other one, right after or right before it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSexPair(ReadOnlySpan<char> text, in NumberPhrase phrase)
    {
        var sex = text[phrase.End];
        if (!SexPair.Contains(sex) || phrase.HasDecimal || phrase.Max is not null || phrase.Value != decimal.Truncate(phrase.Value))
        {
            return false;
        }
        var next = phrase.End + 1;
        if (next < text.Length && NumberPhraseScanner.TryScanSingle(text, next, out var other) && other.End < text.Length
            && SexPair.Contains(text[other.End]) && text[other.End] != sex)
        {
            return true;
        }
        return phrase.Start >= 2 && SexPair.Contains(text[phrase.Start - 1]) && text[phrase.Start - 1] != sex
            && (NumeralChars.IsNumeralChar(text[phrase.Start - 2]) || NumeralChars.ArabicDigit(text[phrase.Start - 2]) >= 0);
    }

    /// <summary>一男一女两个孩子: a number right after a pair of men and women counts them again.</summary>
    private static bool IsSummedUp(ReadOnlySpan<char> text, in NumberPhrase phrase)
    {
        var after = phrase.End + 1;
        if (after < text.Length && NumberPhraseScanner.TryScanSingle(text, after, out var other) && other.End < text.Length && SexPair.Contains(text[other.End]))
        {
            after = other.End + 1;
        }
        return after < text.Length && (NumeralChars.IsNumeralChar(text[after]) || NumeralChars.ArabicDigit(text[after]) >= 0);
    }

    /// <summary>
    /// 近20萬優秀干部, ８０００万ｉｎｔｅｒｎｅｔ用户: a 万/亿 number, then a modifier of people (person-modifier in
    /// grammar-words.tsv) or a Latin word, then a noun of people it counts (counted-nouns.tsv, column small).
    /// </summary>
    private static bool IsModifiedCountedNoun(ReadOnlySpan<char> text, int end)
    {
        var k = end;
        while (k < text.Length && k - end <= LatinModifierLength && NumeralChars.IsLatinLetter(text[k]))
        {
            k++;
        }
        if (k > end + 1 && k - end <= LatinModifierLength)
        {
            return WordMatch.StartsWithAny(text[k..], SmallCountedNouns);
        }
        foreach (var modifier in PersonModifiers)
        {
            if (text[end..].StartsWith(modifier, StringComparison.Ordinal) && WordMatch.StartsWithAny(text[(end + modifier.Length)..], SmallCountedNouns))
            {
                return true;
            }
        }
        // 19.89万落实结对帮扶的干部: a short clause of Chinese words (no numeral) ending in 的, then the people it counts.
        for (var m = end; m < text.Length && m - end <= ModifierClauseLength && NumeralChars.IsIdeograph(text[m]) && !NumeralChars.IsNumeralChar(text[m]); m++)
        {
            if (m > end && ModifierEnds.Contains(text[m]))
            {
                return WordMatch.StartsWithAny(text[(m + 1)..], SmallCountedNouns);
            }
        }
        return false;
    }

    /// <summary>The longest clause between a 万/亿 number and the 的 that ends its modifier (19.89万落实结对帮扶的干部).</summary>
    private const int ModifierClauseLength = 10;

    /// <summary>
    /// 湘鄂赣三省, 京津冀三地: the number sums up as many one-character names of provinces run together right before it.
    /// </summary>
    private static bool FollowsAbbreviations(ReadOnlySpan<char> text, int start, decimal value)
    {
        var names = 0;
        for (var k = start - 1; k >= 0 && ProvinceAbbreviations.Contains(text[k]); k--)
        {
            names++;
        }
        return names >= 2 && names == value;
    }

    /// <summary>
    /// 八大课题, 兩大服務方向: a lone digit, 大 ("major") and a noun make a count without unit; 三大碗, 两大箱: 大 before a measure
    /// word, counted with it. Not 二大, 中共七大, 党的八大 (congresses), 五大洲 (a name in not-facts.tsv), 三大队 (大 opens a
    /// noun of its own: a brigade), 十九大, 十五大 (after another numeral).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryMajorCount(ReadOnlySpan<char> text, in NumberPhrase phrase, int big, ref QuantityCandidate candidate)
    {
        var digit = NumeralChars.ChineseDigit(text[phrase.Start]);
        if (phrase.Style != NumeralStyle.Chinese || phrase.End != phrase.Start + 1 || phrase.End != big || digit is < 1 or > 9
            || (digit == 2 && !NumeralChars.IsLiang(text[phrase.Start])) || WordMatch.EndsWithAny(text[..phrase.Start], CongressBefore)
            || (phrase.Start > 0 && NumeralChars.IsNumeralChar(text[phrase.Start - 1])))
        {
            return false;
        }
        var next = big + 1;
        if (Grammar.StartsWithAny(text, big, MajorWords))
        {
            return false; // 三大队, 四大名旦: 大 opens a word of its own
        }
        if (UnitLexicon.TryMatch(text, next, out var unit, out var length) && unit.Kind == UnitKind.Count)
        {
            // 三大碗, 两大箱, 八大类: a container or a kind; 六大副食品, 兩大次團 open nouns, no measure word.
            return MajorMeasures.Contains(unit.Unit) && TryComplete(text, phrase, unit, next, length, ref candidate);
        }
        if (phrase.IsSingleOne || next + 1 >= text.Length || !NumeralChars.IsIdeograph(text[next]) || !NumeralChars.IsIdeograph(text[next + 1])
            || NumeralChars.IsNumeralChar(text[next]) || Grammar.StartsWithAny(text, next, NotAfterMajor)
            || IsQuotedLabel(text, phrase.Start) || IsInsideTitle(text, phrase.Start))
        {
            return false;
        }
        candidate.Kind = FactKinds.Count;
        candidate.Unit = null;
        candidate.UnitlessCount = true;
        candidate.End = next;
        return true;
    }

    /// <summary>
    /// 國際乒聯擁有一二六個會員協會: three or more Chinese digits read digit by digit (no 十百千, no leading 〇) before a
    /// generic or person classifier count; 一四七团, 八一村 (names, two digits or a unit that is no classifier) stay out.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsDigitByDigitCount(ReadOnlySpan<char> text, in NumberPhrase phrase) =>
        phrase.IntegerDigits >= DigitByDigitCountDigits && NumeralChars.ChineseDigit(text[phrase.Start]) > 0
        && UnitLexicon.TryMatch(text, phrase.End, out var unit, out _) && unit.Kind == UnitKind.Count
        && (GenericClassifiers.Contains(unit.Unit) || PersonClassifiers.Contains(unit.Unit));

    /// <summary>The fewest digits of a digit-by-digit count (一二六個): two (三五, 七八) make a range or a name.</summary>
    private const int DigitByDigitCountDigits = 3;

    /// <summary>百名导弹技术专家: a bare 百 or 千 before a classifier of bare-lead-count (名) is the number; 万名妇女, 千亩 stay a scale.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsBareLeadCount(in NumberPhrase phrase, in QuantityCandidate candidate) =>
        candidate.Kind == FactKinds.Count && phrase.Value is 100 or 1000 && candidate.Unit is { } unit && BareLeadCounts.Contains(unit);
}
