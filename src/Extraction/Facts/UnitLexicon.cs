using System.Collections.Frozen;

namespace WorkTeam.Extraction.Facts;

/// <summary>What a word after a number makes of it.</summary>
internal enum UnitKind
{
    /// <summary>A currency: the number is money.</summary>
    Money,
    /// <summary>A measure word for discrete things: the number is a count.</summary>
    Count,
    /// <summary>A noun used as the classifier (两县, 四鄉鎮): a count, with a stricter context.</summary>
    NounCount,
    /// <summary>An area, length, volume, weight or power unit.</summary>
    Measure,
    /// <summary>%, 个百分点.</summary>
    Percent,
    /// <summary>Ages, durations, multiples, times, levels, labels: the number is no fact at all.</summary>
    Blocker,
}

/// <summary>One unit word: its kind, its simplified form, its currency.</summary>
internal sealed record UnitEntry(UnitKind Kind, string Unit, string? Currency = null);

/// <summary>
/// The words that may follow a number, in both scripts, each with its simplified form; looked up by
/// longest match on a span without allocating.
/// </summary>
internal static class UnitLexicon
{
    /// <summary>The longest unit word, in characters.</summary>
    public const int MaxLength = 5;

    private static readonly FrozenDictionary<string, UnitEntry> Entries = Build();

    private static readonly FrozenDictionary<string, UnitEntry>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// For each first character, a bit per length (1 &lt;&lt; len) of the unit words it opens: most positions after a
    /// number open none, and the others only need the dictionary probed at the lengths that exist.
    /// </summary>
    private static readonly byte[] LengthsByFirstChar = BuildLengths();

    /// <summary>The one-character units by their character: most units after a number are one character, and a char key hashes cheaper than a span.</summary>
    private static readonly FrozenDictionary<char, UnitEntry> SingleCharEntries =
        Entries.Where(e => e.Key.Length == 1).ToFrozenDictionary(e => e.Key[0], e => e.Value);

    private static readonly char[] BareYuanChars = ['元', '圆', '圓', '块', '塊', '钱', '錢'];

    /// <summary>
    /// The currency words that name their currency, with its ISO code, in both scripts, longest first: the
    /// same money entries as after a number, so that 港元50亿 and 日元500万元 are read like 港币50亿.
    /// A bare 元, 块钱 or 元港币 names no currency before a number and is left out.
    /// </summary>
    public static readonly (string Word, string Currency)[] CurrencyNames =
    [
        .. Entries
            .Where(e => e.Value.Kind == UnitKind.Money && e.Key[0] != '元' && e.Key.Trim(BareYuanChars).Length > 0)
            .OrderByDescending(e => e.Key.Length)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => (e.Key, e.Value.Currency!)),
    ];

    /// <summary>
    /// A one-character unit that opens a longer word is no unit: 三人民 is not 3 人, 五期间 not 5 期.
    /// Two-character words: the unit and the character after it.
    /// </summary>
    private static readonly FrozenSet<string> WordsStartingWithUnit = FrozenSet.Create(StringComparer.Ordinal,
    [
        "人民", "人口", "人员", "人員", "人才", "人士", "人家", "人们", "人們", "人心", "人生", "人身", "人事", "人物", "人群",
        "人工", "人均", "人居", "人文", "人力", "人类", "人類", "人性", "人数", "人數", "人气", "人情", "人际", "人大", "人社", "人行",
        "名单", "名單", "名义", "名義", "名称", "名稱", "名额", "名額", "名字", "名片", "名牌", "名胜", "名录", "名錄", "名气", "名誉",
        "个人", "個人", "个体", "個體", "个性", "個性", "个别", "個別", "个子", "个案",
        "家庭", "家乡", "家鄉", "家长", "家長", "家属", "家屬", "家人", "家园", "家園", "家里", "家裡", "家门", "家中", "家族",
        "家风", "家底", "家访", "家訪", "家电", "家具", "家务", "家政", "家禽", "家畜", "家居", "家用", "家教", "家事",
        "只是", "只有", "只要", "只能", "只好", "只会", "只需", "只得",
        "头发", "頭髮", "头脑", "头等", "头条", "头号", "头部", "头上", "头顶",
        "条件", "條件", "条例", "條例", "条款", "條款", "条约", "条幅", "条理", "条码",
        "项目", "項目", "所以", "所有", "所在", "所谓", "所得", "所属", "所長", "所长", "所需", "所说", "所示",
        "种植", "種植", "种子", "種子", "种类", "種類", "种养", "种田", "种地", "种粮", "种苗", "种球", "种业",
        "位置", "位于", "位於", "位居", "位列", "座谈", "座談", "座位",
        "台湾", "台灣", "台阶", "台账", "台帳", "台上", "台下", "台风", "台北", "台中", "台南", "台东", "台東",
        "间隔", "間隔", "间接", "處理", "处理", "处置", "处于", "處於", "处在", "处长", "处罚",
        "本地", "本人", "本领", "本身", "本来", "本來", "本次", "本届", "本村", "本县", "本縣", "本市",
        "起来", "起來", "起步", "起草", "起点", "起源", "起到", "起航", "例如", "例子", "例外",
        "批准", "批评", "批評", "批示", "批复", "批判", "期间", "期間", "期待", "期望", "期盼", "期限", "期末",
        "场所", "場所", "场地", "場地", "场景", "場景", "场面", "场馆", "場館", "场合",
        "支持", "支援", "支部", "支队", "支隊", "支付", "支出", "支撑", "支撐", "支柱", "支行", "支书", "支農", "支农",
        "户籍", "戶籍", "户口", "戶口", "户外", "戶外", "户型", "户主", "次数", "次數", "次日", "次年", "次要", "次序",
        "部门", "部門", "部署", "部分", "部长", "部長", "部队", "部隊", "部落", "门口", "門口", "门户", "门槛",
        "口号", "口號", "口袋", "口岸", "口碑", "口罩", "口头", "口語", "口语", "片区", "片區", "片面", "根据", "根據", "根本",
        "元旦", "元宵", "元素", "元老", "元首", "元帅", "元年", "元月", "元件", "米饭", "米粉", "米面", "米线", "米酒",
        "克服", "克拉", "克隆", "升级", "升級", "升学", "升學", "升高", "升至", "升到", "升为", "升為", "组织", "組織",
        "组成", "組成", "组建", "組建", "组长", "組長", "块钱", "封闭", "封控", "幅度", "份额", "份額", "眼睛", "眼光",
        "县城", "縣城", "县委", "縣委", "县级", "縣級", "县域", "乡村", "鄉村", "乡亲", "鄉親", "乡镇", "鄉鎮", "乡土", "镇区",
        "村民", "村委", "村级", "村級", "村庄", "村莊", "村落", "村组", "村組", "村干", "村幹", "村里", "村裡", "国家", "國家",
        "国内", "國內", "国际", "國際", "国企", "國企", "国有", "市场", "市場", "市民", "市级", "市級", "市委", "市区", "市區",
        "区域", "區域", "区委", "區委", "区级", "區級", "州委", "省委", "省级", "省級", "省内", "省內", "校园", "校園", "校长", "校長",
        "社区", "社會", "社会", "对象", "對象", "对接", "對接", "双方", "雙方", "轮流", "輪流", "宗教", "笔记", "筆記", "款项", "款項",
        "首先", "首次", "首批", "首府", "首都", "架构", "架構", "间距", "栋梁", "棟樑", "层次", "層次", "层面", "層面",
        "份子", "届时", "屆時", "款式", "枚举", "位数", "位數", "口子", "口气", "口氣", "口径", "口徑", "口味", "口感", "道路", "道德", "道理", "对于", "對於", "对此", "双边", "雙邊",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        WordsStartingWithUnit.GetAlternateLookup<ReadOnlySpan<char>>();

    private static byte[] BuildLengths()
    {
        var lengths = new byte[char.MaxValue + 1];
        foreach (var key in Entries.Keys)
        {
            lengths[key[0]] |= (byte)(1 << key.Length);
        }
        return lengths;
    }

    private static FrozenDictionary<string, UnitEntry> Build()
    {
        var d = new Dictionary<string, UnitEntry>(StringComparer.Ordinal);
        void Add(UnitKind kind, string unit, string? currency, params string[] forms)
        {
            foreach (var form in forms)
            {
                d[form] = new UnitEntry(kind, unit, currency);
            }
            d.TryAdd(unit, new UnitEntry(kind, unit, currency));
        }

        // Money. A bare 元 is CNY whatever the region (facts.md).
        Add(UnitKind.Money, "元", "CNY", "元", "圆", "圓", "块钱", "塊錢", "人民币", "人民幣", "元人民币", "元人民幣");
        Add(UnitKind.Money, "美元", "USD", "美元", "美金", "元美金");
        Add(UnitKind.Money, "港元", "HKD", "港元", "港币", "港幣", "元港币", "元港幣", "港圆", "港圓");
        Add(UnitKind.Money, "新台币", "TWD", "新台币", "新台幣", "新臺幣", "台币", "台幣", "臺幣", "元新台币", "元新台幣", "元新臺幣", "元台币", "元台幣");
        Add(UnitKind.Money, "欧元", "EUR", "欧元", "歐元");
        Add(UnitKind.Money, "日元", "JPY", "日元", "日圆", "日圓", "日币", "日幣");
        Add(UnitKind.Money, "英镑", "GBP", "英镑", "英鎊");
        Add(UnitKind.Money, "澳元", "AUD", "澳元", "澳币", "澳幣");
        Add(UnitKind.Money, "加元", "CAD", "加元", "加币", "加幣");
        Add(UnitKind.Money, "韩元", "KRW", "韩元", "韓元", "韩币", "韓幣");
        Add(UnitKind.Money, "澳门元", "MOP", "澳门元", "澳門元", "澳门币", "澳門幣", "澳門圓");
        Add(UnitKind.Money, "卢布", "RUB", "卢布", "盧布");
        Add(UnitKind.Money, "新加坡元", "SGD", "新加坡元", "新元");
        Add(UnitKind.Money, "瑞士法郎", "CHF", "瑞士法郎");
        Add(UnitKind.Money, "泰铢", "THB", "泰铢", "泰銖");
        Add(UnitKind.Money, "奈拉", "NGN", "奈拉");
        Add(UnitKind.Money, "卢比", "INR", "卢比", "盧比");

        // Counts: measure words for discrete things.
        Add(UnitKind.Count, "人", null, "人");
        Add(UnitKind.Count, "户", null, "户", "戶");
        Add(UnitKind.Count, "名", null, "名");
        Add(UnitKind.Count, "个", null, "个", "個", "箇");
        foreach (var same in new[] { "支", "件", "家", "所", "次", "株", "套", "篇", "期", "批", "位", "座", "架", "艘", "本", "份", "封", "起", "例", "棵", "匹", "口", "眼", "幅", "部", "枚", "根", "片", "宗", "款", "首", "粒", "道" })
        {
            Add(UnitKind.Count, same, null, same);
        }
        Add(UnitKind.Count, "条", null, "条", "條");
        Add(UnitKind.Count, "场", null, "场", "場");
        Add(UnitKind.Count, "种", null, "种", "種");
        Add(UnitKind.Count, "张", null, "张", "張");
        Add(UnitKind.Count, "头", null, "头", "頭");
        Add(UnitKind.Count, "只", null, "只", "隻");
        Add(UnitKind.Count, "项", null, "项", "項");
        Add(UnitKind.Count, "台", null, "台", "臺");
        Add(UnitKind.Count, "辆", null, "辆", "輛");
        Add(UnitKind.Count, "间", null, "间", "間");
        Add(UnitKind.Count, "栋", null, "栋", "棟");
        Add(UnitKind.Count, "处", null, "处", "處");
        Add(UnitKind.Count, "册", null, "册", "冊");
        Add(UnitKind.Count, "门", null, "门", "門");
        Add(UnitKind.Count, "颗", null, "颗", "顆");
        Add(UnitKind.Count, "盏", null, "盏", "盞");
        Add(UnitKind.Count, "块", null, "块", "塊");
        Add(UnitKind.Count, "组", null, "组", "組");
        Add(UnitKind.Count, "轮", null, "轮", "輪");
        Add(UnitKind.Count, "笔", null, "笔", "筆");
        Add(UnitKind.Count, "对", null, "对", "對");
        Add(UnitKind.Count, "双", null, "双", "雙");
        Add(UnitKind.Count, "层", null, "层", "層");
        Add(UnitKind.Count, "人次", null, "人次");
        Add(UnitKind.Count, "户次", null, "户次", "戶次");
        Add(UnitKind.Count, "场次", null, "场次", "場次");
        Add(UnitKind.Count, "件次", null, "件次");
        Add(UnitKind.Count, "班次", null, "班次");
        Add(UnitKind.Count, "批次", null, "批次");
        Add(UnitKind.Count, "台次", null, "台次", "臺次");
        Add(UnitKind.Count, "辆次", null, "辆次", "輛次");
        Add(UnitKind.Count, "车次", null, "车次", "車次");
        Add(UnitKind.Count, "架次", null, "架次");

        // Nouns used as the classifier: the unit is the noun.
        Add(UnitKind.NounCount, "县", null, "县", "縣");
        Add(UnitKind.NounCount, "乡", null, "乡", "鄉");
        Add(UnitKind.NounCount, "镇", null, "镇", "鎮");
        Add(UnitKind.NounCount, "乡镇", null, "乡镇", "鄉鎮");
        Add(UnitKind.NounCount, "村", null, "村");
        Add(UnitKind.NounCount, "省", null, "省");
        Add(UnitKind.NounCount, "市", null, "市");
        Add(UnitKind.NounCount, "区", null, "区", "區");
        Add(UnitKind.NounCount, "州", null, "州");
        Add(UnitKind.NounCount, "国", null, "国", "國");
        Add(UnitKind.NounCount, "社区", null, "社区", "社區");
        Add(UnitKind.NounCount, "街道", null, "街道");
        Add(UnitKind.NounCount, "校", null, "校");

        // Measures.
        Add(UnitKind.Measure, "亩", null, "亩", "畝", "畆");
        Add(UnitKind.Measure, "公顷", null, "公顷", "公頃");
        Add(UnitKind.Measure, "平方米", null, "平方米", "平米", "㎡", "m²", "m2");
        Add(UnitKind.Measure, "平方公尺", null, "平方公尺");
        Add(UnitKind.Measure, "平方公里", null, "平方公里", "km²", "km2");
        Add(UnitKind.Measure, "平方千米", null, "平方千米");
        Add(UnitKind.Measure, "立方米", null, "立方米", "m³");
        Add(UnitKind.Measure, "立方公尺", null, "立方公尺");
        Add(UnitKind.Measure, "立方", null, "立方");
        Add(UnitKind.Measure, "公里", null, "公里", "km", "Km", "KM");
        Add(UnitKind.Measure, "千米", null, "千米");
        Add(UnitKind.Measure, "米", null, "米", "m");
        Add(UnitKind.Measure, "公尺", null, "公尺");
        Add(UnitKind.Measure, "厘米", null, "厘米", "釐米", "cm", "CM");
        Add(UnitKind.Measure, "公分", null, "公分");
        Add(UnitKind.Measure, "毫米", null, "毫米", "mm");
        Add(UnitKind.Measure, "吨", null, "吨", "噸");
        Add(UnitKind.Measure, "公吨", null, "公吨", "公噸");
        Add(UnitKind.Measure, "千克", null, "千克", "kg", "KG", "Kg");
        Add(UnitKind.Measure, "公斤", null, "公斤");
        Add(UnitKind.Measure, "克", null, "克");
        Add(UnitKind.Measure, "斤", null, "斤");
        Add(UnitKind.Measure, "千瓦", null, "千瓦", "瓩", "kW", "KW");
        Add(UnitKind.Measure, "兆瓦", null, "兆瓦", "MW");
        Add(UnitKind.Measure, "千瓦时", null, "千瓦时", "千瓦時");
        Add(UnitKind.Measure, "升", null, "升");
        Add(UnitKind.Measure, "公升", null, "公升");
        Add(UnitKind.Measure, "毫升", null, "毫升");
        Add(UnitKind.Measure, "坪", null, "坪");
        Add(UnitKind.Measure, "海里", null, "海里", "浬");
        Add(UnitKind.Measure, "英里", null, "英里");
        Add(UnitKind.Measure, "英亩", null, "英亩", "英畝");
        Add(UnitKind.Measure, "微克", null, "微克");
        Add(UnitKind.Measure, "平方呎", null, "平方呎", "平方尺");
        Add(UnitKind.Measure, "平方英尺", null, "平方英尺", "平方英呎");
        Add(UnitKind.Measure, "呎", null, "呎");
        Add(UnitKind.Measure, "英尺", null, "英尺", "英呎");
        Add(UnitKind.Measure, "英寸", null, "英寸", "吋");
        Add(UnitKind.Measure, "磅", null, "磅");
        Add(UnitKind.Measure, "毫克", null, "毫克");

        // Percent.
        Add(UnitKind.Percent, "%", null, "%", "％", "﹪");
        Add(UnitKind.Percent, "个百分点", null, "个百分点", "個百分點", "百分点", "百分點", "个百分比");

        // Not facts: ages, durations, multiples, times, levels, sessions, decades (facts.md).
        foreach (var blocker in new[]
        {
            "岁", "歲", "周岁", "週歲", "倍", "年", "月", "日", "天", "号", "號", "小时", "小時", "个月", "個月", "个小时", "個小時",
            "个多小时", "個多小時", "个多月", "個多月", "个半小时", "個半小時", "个半月", "個半月", "个钟头", "個鐘頭", "个星期", "個星期",
            "个礼拜", "個禮拜", "个多星期", "個多星期", "个多礼拜", "個多禮拜", "个多钟头", "個多鐘頭", "个世纪", "個世紀", "个工作日", "個工作日", "个年头", "個年頭", "个季度", "個季度", "钟头", "鐘頭", "分钟", "分鐘", "秒", "周", "週",
            "星期", "礼拜", "禮拜", "世纪", "世紀", "后", "後", "级", "級", "大", "届", "屆", "时", "時", "点", "點", "分", "楼", "樓", "版",
            "中全会", "中全會", "线", "線", "路", "班", "连", "連", "团", "團", "师", "師", "队", "隊", "成", "折", "代", "胎",
        })
        {
            d[blocker] = new UnitEntry(UnitKind.Blocker, blocker);
        }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The longest unit word at <paramref name="pos"/>; a one-character unit that opens a longer word does not count.</summary>
    public static bool TryMatch(ReadOnlySpan<char> text, int pos, out UnitEntry entry, out int length)
    {
        var lengths = (uint)pos < (uint)text.Length ? LengthsByFirstChar[text[pos]] : 0;
        for (var len = Math.Min(MaxLength, text.Length - pos); len >= 1 && lengths != 0; len--)
        {
            if ((lengths & (1 << len)) != 0
                && (len == 1 ? SingleCharEntries.TryGetValue(text[pos], out var found) : Lookup.TryGetValue(text.Slice(pos, len), out found)))
            {
                if (len == 1 && pos + 1 < text.Length && found.Kind != UnitKind.Blocker
                    && WordLookup.Contains(text.Slice(pos, 2)))
                {
                    break;
                }
                entry = found;
                length = len;
                return true;
            }
        }
        entry = null!;
        length = 0;
        return false;
    }
}
