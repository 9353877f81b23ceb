using System.Buffers;

namespace WorkTeam.Extraction.Text;

/// <summary>
/// Tells simplified from traditional text by counting characters that exist in only one of the two
/// scripts. The lists are small and hand-made from frequent characters whose two forms differ
/// (这/這, 个/個, 发/發 ...); a character whose form is the same in both scripts, or that is also a
/// proper character of the other script (于, 后, 里, 云, 余 are all valid traditional characters),
/// is in neither list, so it never votes.
/// </summary>
internal static class ScriptDetector
{
    // Each position i pairs SimplifiedOnly[i] with TraditionalOnly[i]; the pairing is not used for
    // detection but keeps the two lists reviewable side by side.
    private const string SimplifiedOnly =
        "这个们来说时会过对发经还动实现务产应员问题开关样进业义区党资设为与东长门车马书见农乡县镇领导级组织队帮贫网记编辑报讯" +
        "国们学么没让给话认识热爱亲听写读买卖钱银万亿场厂广电视脑难杂战断变边运远连选从众伤价优" +
        "岁历节药医卫护环级纪统计项专务标样检验险养饭馆饮渔猎财贸贷费贵资赛";
    private const string TraditionalOnly =
        "這個們來說時會過對發經還動實現務產應員問題開關樣進業義區黨資設為與東長門車馬書見農鄉縣鎮領導級組織隊幫貧網記編輯報訊" +
        "國們學麼沒讓給話認識熱愛親聽寫讀買賣錢銀萬億場廠廣電視腦難雜戰斷變邊運遠連選從眾傷價優" +
        "歲曆節藥醫衛護環級紀統計項專務標樣檢驗險養飯館飲漁獵財貿貸費貴資賽";

    private static readonly SearchValues<char> Simplified = SearchValues.Create(Distinct(SimplifiedOnly, TraditionalOnly));
    private static readonly SearchValues<char> Traditional = SearchValues.Create(Distinct(TraditionalOnly, SimplifiedOnly));

    /// <summary>Below this share the minority script is taken as stray characters (a quoted name, a typo), not a mix.</summary>
    private const double MixedMinorityShare = 0.2;

    /// <summary>Detects the script of <paramref name="text"/>.</summary>
    public static Script Detect(ReadOnlySpan<char> text)
    {
        long simplified = 0;
        long traditional = 0;
        foreach (var c in text)
        {
            if (c < '\u4E00')
            {
                continue;
            }
            if (Simplified.Contains(c))
            {
                simplified++;
            }
            else if (Traditional.Contains(c))
            {
                traditional++;
            }
        }
        var total = simplified + traditional;
        if (total == 0)
        {
            return Script.Unknown;
        }
        var minority = Math.Min(simplified, traditional);
        if (minority > MixedMinorityShare * total)
        {
            return Script.Mixed;
        }
        return simplified > traditional ? Script.Simplified : Script.Traditional;
    }

    // Characters that appear in both lists (written the same in both scripts, such as 境 or 元) are dropped.
    private static string Distinct(string own, string other)
    {
        var kept = new System.Text.StringBuilder(own.Length);
        foreach (var c in own)
        {
            if (other.Contains(c, StringComparison.Ordinal) || kept.ToString().Contains(c, StringComparison.Ordinal))
            {
                continue;
            }
            kept.Append(c);
        }
        return kept.ToString();
    }
}
