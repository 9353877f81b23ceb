using System.Globalization;
using System.Text;

namespace WorkTeam.Extraction.Tests.Numbers;

/// <summary>Writes a number in Chinese numerals the way a report would, in one of several scripts: the other half of the round trip.</summary>
internal static class ChineseNumeralRenderer
{
    internal enum Script { Simplified, Traditional, Financial, FinancialTraditional }

    private const string SimplifiedDigits = "零一二三四五六七八九";
    private const string FinancialDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string FinancialTraditionalDigits = "零壹貳參肆伍陸柒捌玖";

    public static string Render(long n, Script script, bool liang = false)
    {
        if (n == 0)
        {
            return "零";
        }
        var sb = new StringBuilder();
        var started = false;
        var pendingZero = false;
        void Add(long group, string unit, Func<long, string> render)
        {
            if (group == 0)
            {
                pendingZero |= started;
                return;
            }
            if (started && (pendingZero || group < 1000))
            {
                sb.Append('零');
            }
            sb.Append(render(group)).Append(unit);
            started = true;
            pendingZero = false;
        }
        Add(n / 100_000_000, "亿", g => g == 10_000 ? "一万" : Section(g));
        Add(n / 10_000 % 10_000, "万", Section);
        Add(n % 10_000, "", Section);
        var text = sb.ToString();
        if (liang)
        {
            // 两 for a leading 2 before 百, 千, 万, 亿: 两百, 两千, 两万.
            text = text.Replace("二百", "两百", StringComparison.Ordinal).Replace("二千", "两千", StringComparison.Ordinal)
                .Replace("二万", "两万", StringComparison.Ordinal).Replace("二亿", "两亿", StringComparison.Ordinal);
        }
        if (text.StartsWith("一十", StringComparison.Ordinal))
        {
            text = text[1..]; // 十五, not 一十五, at the head of a number
        }
        return ToScript(text, script);
    }

    public static string RenderDecimal(long integer, string fractionDigits, Script script)
    {
        var sb = new StringBuilder(Render(integer, Script.Simplified)).Append('点');
        foreach (var c in fractionDigits)
        {
            sb.Append(SimplifiedDigits[c - '0']);
        }
        return ToScript(sb.ToString(), script);
    }

    private static string Section(long s)
    {
        var sb = new StringBuilder();
        var zero = false;
        ReadOnlySpan<int> units = [1000, 100, 10, 1];
        ReadOnlySpan<string> names = ["千", "百", "十", ""];
        for (var i = 0; i < 4; i++)
        {
            var d = (int)(s / units[i] % 10);
            if (d == 0)
            {
                zero |= sb.Length > 0;
                continue;
            }
            if (zero)
            {
                sb.Append('零');
                zero = false;
            }
            sb.Append(SimplifiedDigits[d]).Append(names[i]);
        }
        return sb.ToString();
    }

    private static string ToScript(string simplified, Script script)
    {
        var sb = new StringBuilder(simplified.Length);
        foreach (var c in simplified)
        {
            var digit = SimplifiedDigits.IndexOf(c, StringComparison.Ordinal);
            sb.Append(script switch
            {
                Script.Financial when digit > 0 => FinancialDigits[digit],
                Script.FinancialTraditional when digit > 0 => FinancialTraditionalDigits[digit],
                Script.Financial or Script.FinancialTraditional => c switch { '十' => '拾', '百' => '佰', '千' => '仟', _ => c },
                _ => c,
            });
        }
        var text = sb.ToString();
        if (script is Script.Traditional or Script.FinancialTraditional)
        {
            text = text.Replace('万', '萬').Replace('亿', '億').Replace('两', '兩').Replace('点', '點');
        }
        if (script is Script.Financial or Script.FinancialTraditional)
        {
            text = text.Replace('两', '贰');
        }
        return text;
    }

    public static string Invariant(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
