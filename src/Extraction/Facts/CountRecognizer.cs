using WorkTeam.Extraction.Numbers;

namespace WorkTeam.Extraction.Facts;

/// <summary>
/// Counts: a number with a measure word (人 户 名 个 支 件…, 2322户(次) as 户次), a noun used as the
/// classifier (两县 → 县), or a large number with no measure word at all (九百多万选民). Labels in
/// quotes (“四个意识”) and names (双沟二村) are not counts.
/// </summary>
internal static class CountRecognizer
{
    /// <summary>All count facts of a text, in order.</summary>
    public static IReadOnlyList<Fact> Recognize(string text) => QuantityScanner.Scan(text, null, FactKinds.Count);

    /// <summary>What may stand right before a number whose classifier is a noun: 2020年三村, 的两县, 和四乡镇.</summary>
    private const string NounCountLeftContext = "年的和与與及等这這那其该該了有在对對将將把为為向从從到至达達共计計中各占佔涉盖蓋跨或、仅僅只全";

    private const string OpeningQuotes = "“‘「『\"《〈【";
    private static readonly System.Buffers.SearchValues<char> ClosingQuotes = System.Buffers.SearchValues.Create("”’」』\"》〉】");

    /// <summary>Completes a number followed by a measure word or a noun classifier.</summary>
    public static bool TryComplete(ReadOnlySpan<char> text, in NumberPhrase phrase, UnitEntry unit, int unitStart, int unitLength, ref QuantityCandidate candidate)
    {
        if (phrase.Value != decimal.Truncate(phrase.Value))
        {
            return false; // 1.5人 is no head count
        }
        var end = unitStart + unitLength;
        if (unitLength == 1 && end < text.Length && text[end] == text[unitStart])
        {
            return false; // 一份份, 一张张: "one after another", not a count
        }
        var name = unit.Unit;
        if (name is "人" or "户" or "场" && end + 3 <= text.Length && text[end] is '(' or '（' && text[end + 1] == '次' && text[end + 2] is ')' or '）')
        {
            name += "次";
            end += 3;
        }
        if (phrase.End == phrase.Start + 1 && text[phrase.Start] is '二' or '贰' or '貳')
        {
            return false; // counting two says 两; 二道河, 二村, 二队 are names and ordinals
        }
        if (unit.Kind == UnitKind.NounCount)
        {
            var prev = phrase.Start > 0 ? text[phrase.Start - 1] : ' ';
            if (NumeralChars.IsIdeograph(prev) && !NounCountLeftContext.Contains(prev, StringComparison.Ordinal))
            {
                return false; // 双沟二村, 六盘水市: part of a name
            }
        }
        if (IsQuotedLabel(text, phrase.Start) || StartsWithSlogan(text[phrase.Start..]))
        {
            return false;
        }
        if (name == "口" && phrase.Start > 0 && text[phrase.Start - 1] == '小')
        {
            return false; // 小两口: a young couple
        }
        if (name == "次" && IsSessionNumber(text, phrase.Start, end))
        {
            return false; // 九届全国人大三次会议: the third session, not three meetings
        }
        if (phrase.Style == NumeralStyle.Chinese && unit.Kind == UnitKind.Count && name is not ("个" or "个次") && IsInsidePlaceName(text, end))
        {
            return false; // 五家子村, 五棵树镇, 八家户村: a village named with a number
        }
        if (phrase.IsSingleOne && phrase.Start > 0 && "仅僅只共计計".Contains(text[phrase.Start - 1], StringComparison.Ordinal))
        {
            candidate.IsSingleOne = false; // 仅一人, 共一名: the 一 counts
        }
        candidate.Kind = FactKinds.Count;
        candidate.Unit = name;
        candidate.End = end;
        return true;
    }

    /// <summary>九百多万选民, 14亿人民: a number scaled by 万/亿 before a noun that is no unit.</summary>
    public static bool TryUnitless(ReadOnlySpan<char> text, in NumberPhrase phrase, ref QuantityCandidate candidate)
    {
        if (!phrase.HasMultiplier || phrase.Value < 10_000 || phrase.Style == NumeralStyle.DigitByDigit || phrase.End >= text.Length)
        {
            return false;
        }
        if (!StartsWithCountedNoun(text[phrase.End..]) && !(EndsClause(text, phrase.End) && ClauseNamesCountedNoun(text, phrase.Start)))
        {
            return false; // 投资3亿建设: money or something else left unsaid, not a head count
        }
        if (IsQuotedLabel(text, phrase.Start))
        {
            return false;
        }
        candidate.Kind = FactKinds.Count;
        candidate.Unit = null;
        candidate.UnitlessCount = true;
        candidate.End = phrase.End;
        return true;
    }

    /// <summary>People and households counted without a measure word: 九百多万选民, 14亿人口, 36万群众.</summary>
    private static readonly string[] CountedNouns =
    [
        "选民", "選民", "人口", "群众", "群眾", "羣眾", "农民", "農民", "居民", "市民", "村民", "民众", "民眾", "网民", "網民", "游客", "遊客",
        "旅客", "观众", "觀眾", "学生", "學生", "儿童", "兒童", "妇女", "婦女", "老人", "党员", "黨員", "职工", "職工", "员工", "員工", "工人",
        "牧民", "农牧民", "農牧民", "人民", "家庭", "农户", "農戶", "贫困", "貧困", "同胞", "用户", "用戶", "读者", "讀者", "股民", "青年",
        "华人", "華人", "华侨", "華僑", "移民", "难民", "難民", "患者", "病人", "教师", "教師", "医生", "醫生", "干部", "幹部", "志愿者", "志願者",
        "劳动力", "勞動力", "常住", "外来", "外來", "农村", "農村", "城镇", "城鎮", "城乡", "城鄉", "考生", "孩子", "长者", "長者", "市民",
    ];

    /// <summary>Nouns that, earlier in the clause, say what a clause-final number counts: 游客突破150万, 受灾人口近10万.</summary>
    private static readonly string[] ClauseCountNouns =
    [
        "人口", "人次", "人数", "人數", "游客", "遊客", "旅客", "选民", "選民", "居民", "户数", "戶數", "观众", "觀眾", "学生", "學生", "会员", "會員",
        "用户", "用戶", "网民", "網民", "粉丝", "粉絲", "客流", "就业", "就業", "患者", "确诊", "確診", "病例", "党员", "黨員", "员工", "員工",
    ];

    private static bool EndsClause(ReadOnlySpan<char> text, int end) =>
        end >= text.Length || text[end] is '，' or '。' or '；' or '、' or '！' or '？' or ',' or ';' or '）' or ')' or '\n' or '\r';

    private static bool ClauseNamesCountedNoun(ReadOnlySpan<char> text, int start)
    {
        var from = start;
        while (from > 0 && start - from < 16 && text[from - 1] is not ('，' or '。' or '；' or '！' or '？' or ',' or ';' or '\n' or '\r' or '：' or ':'))
        {
            from--;
        }
        var clause = text[from..start];
        foreach (var noun in ClauseCountNouns)
        {
            if (clause.IndexOf(noun, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithCountedNoun(ReadOnlySpan<char> rest)
    {
        foreach (var noun in CountedNouns)
        {
            if (rest.StartsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Party slogans and policy names that open with a numeral and a classifier, written with or without quotes.</summary>
    private static readonly string[] Slogans =
    [
        "四个意识", "四個意識", "四个自信", "四個自信", "两个维护", "兩個維護", "两个确立", "兩個確立", "四个全面", "四個全面", "三个代表", "三個代表",
        "两个一百年", "兩個一百年", "八项规定", "八項規定", "两个责任", "兩個責任", "三个务必", "三個務必", "四个不摘", "四個不摘", "五个一", "五個一",
        "三股势力", "三股勢力", "一个中心", "一個中心", "两个基本点", "兩個基本點", "四项基本原则", "四項基本原則", "两个覆盖", "兩個覆蓋",
        "三项制度", "三項制度", "四个服从", "四個服從", "两个务必", "兩個務必", "三个区分", "三個區分", "两个结合", "兩個結合", "四个伟大", "四個偉大",
        "两个大局", "兩個大局", "三个转变", "三個轉變", "五个坚持", "五個堅持", "四个坚持", "四個堅持", "六个必须", "六個必須", "三件大事",
        "三次产业", "三次產業", "两个文明", "兩個文明", "五个一批", "五個一批", "六个精准", "六個精準", "两个确保", "兩個確保", "三个一批", "三個一批", "四位一体", "四位一體", "三位一体", "三位一體", "五位一体", "五位一體",
    ];

    private static bool IsSessionNumber(ReadOnlySpan<char> text, int start, int end)
    {
        var after = text[end..Math.Min(text.Length, end + 2)];
        if (after is not ("会议" or "會議" or "全会" or "全會" or "全体" or "全體" or "大会" or "大會"))
        {
            return false;
        }
        var before = text[Math.Max(0, start - 10)..start];
        return before.IndexOfAny('届', '屆') >= 0;
    }

    private const string PlaceSuffixes = "村镇鎮乡鄉屯县縣市区區沟溝河岭嶺湾灣庄莊堡寨铺舖";

    /// <summary>One or two letters, then a place suffix, right after the classifier: the numeral is part of a name.</summary>
    private static bool IsInsidePlaceName(ReadOnlySpan<char> text, int end)
    {
        for (var k = 1; k <= 2 && end + k < text.Length; k++)
        {
            if (!NumeralChars.IsIdeograph(text[end + k - 1]))
            {
                return false;
            }
            if (PlaceSuffixes.Contains(text[end + k], StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithSlogan(ReadOnlySpan<char> rest)
    {
        foreach (var slogan in Slogans)
        {
            if (slogan[0] == rest[0] && rest.StartsWith(slogan, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>“四个意识”, “八项任务”: a number that opens a short quoted phrase is a label.</summary>
    internal static bool IsQuotedLabel(ReadOnlySpan<char> text, int start)
    {
        if (start == 0 || !OpeningQuotes.Contains(text[start - 1], StringComparison.Ordinal))
        {
            return false;
        }
        var window = text[start..Math.Min(text.Length, start + 9)];
        return window.IndexOfAny(ClosingQuotes) >= 0;
    }
}
