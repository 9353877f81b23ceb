namespace WorkTeam.Extraction.Tests.Entities;

/// <summary>
/// TEST-ONLY stand-in for the library's OpenCC-based script converter, which another branch brings: a
/// character-for-character traditional→simplified table covering exactly the characters of seed 000 and
/// of the traditional spec sentences (made with opencc t2s, one character at a time). Not a converter:
/// once the real one is merged, tests should pass it to <c>EntityExtractor</c> instead.
/// </summary>
internal static class TestOnlyTraditionalMap
{
    private const string Traditional = "亞來個們傳優內兩別創勁動務勞匯區協員單嚴國園團堅場壓壘壯奮學實將對導層崗帶幫庫廣強徹悶應懸戰戶掛揮擊擺數斷時曉書會條楊業極構標樣樹機檔權歷決沒涼準滄潤濟為烏無煉熱營現瑪環產畝畫當發眾確礎礪種積穩籌紀級終組結絡統經維線縣總織繪續義習聯職脫腳臺與興艱華萬處規親觀訓記訪設訴評認說調論講證護讓豎豐貧貫責賃資質贈踐軟較辦農這進過達還鄉鋒錘鍛鍵鎮鐵長門開間關陣隊險隱雞難鞏韌項順須領類顯風養館駐驗體魯鳳點黨齊";
    private const string Simplified = "亚来个们传优内两别创劲动务劳汇区协员单严国园团坚场压垒壮奋学实将对导层岗带帮库广强彻闷应悬战户挂挥击摆数断时晓书会条杨业极构标样树机档权历决没凉准沧润济为乌无炼热营现玛环产亩画当发众确础砺种积稳筹纪级终组结络统经维线县总织绘续义习联职脱脚台与兴艰华万处规亲观训记访设诉评认说调论讲证护让竖丰贫贯责赁资质赠践软较办农这进过达还乡锋锤锻键镇铁长门开间关阵队险隐鸡难巩韧项顺须领类显风养馆驻验体鲁凤点党齐";

    private static readonly Dictionary<char, char> Map = Build();

    public static string ToSimplified(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (Map.TryGetValue(chars[i], out var simplified))
            {
                chars[i] = simplified;
            }
        }
        return new string(chars);
    }

    private static Dictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>(Traditional.Length);
        for (var i = 0; i < Traditional.Length; i++)
        {
            map[Traditional[i]] = Simplified[i];
        }
        return map;
    }
}
