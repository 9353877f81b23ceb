using System.Globalization;
using System.Text.Json;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Numbers;

namespace WorkTeam.Extraction.Tests.Specs;

/// <summary>The outcome of one corpus case: passed, failed, or excluded with the class of reason.</summary>
internal sealed record CorpusCaseResult(int Case, string Input, bool? Passed, string Detail);

/// <summary>
/// Scores WorkTeam against ../shared/corpora/recognizers-zh (Microsoft Recognizers-Text's Chinese specs)
/// where they fall within facts.md. Every case outside facts.md is excluded with an explicit class of
/// reason, decided from the spec's own expectation, never from what WorkTeam produced.
/// </summary>
internal static class RecognizersZhScorer
{
    private static readonly QuantityExtractor Extractor = new();

    private static readonly string[] RelativeDayWords =
    [
        "今天", "明天", "后天", "後天", "昨天", "前天", "今日", "明日", "昨日", "大后天", "大後天", "大前天", "本月", "上月", "下月", "这个月", "這個月",
        "上个", "上個", "下个", "下個", "本周", "本週", "这周", "這週", "上周", "上週", "下周", "下週", "周", "週", "星期", "礼拜", "禮拜", "今晚", "明晚",
        "最近", "过去", "過去", "未来", "未來", "前年", "后年", "後年", "本年", "今早", "当天", "當天", "同一天", "这一天", "那天", "下下", "上上",
        "近", "年内", "年內", "月内", "年前", "天前", "月前", "周前", "年后", "天后", "下1", "上1",
    ];

    private static readonly string[] LunarWords = ["农历", "農曆", "阴历", "陰曆", "正月", "腊月", "臘月", "初一", "初二", "初三", "初五", "初十", "除夕", "春节", "春節", "元宵", "中秋", "端午", "康熙", "雍正", "乾隆", "民国", "民國", "大年", "神龙", "神龍"];

    public static IReadOnlyList<CorpusCaseResult> Score(string file)
    {
        var results = new List<CorpusCaseResult>();
        foreach (var line in File.ReadLines(Path.Combine(TestPaths.Corpus("recognizers-zh"), file)))
        {
            if (line.Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var input = root.GetProperty("input").GetString()!;
            var caseNo = root.GetProperty("case").GetInt32();
            var expected = root.GetProperty("results").EnumerateArray().ToList();
            if (UnsupportedOnDotnet(root))
            {
                results.Add(new(caseNo, input, null, "excluded: upstream marks the case unsupported on .NET"));
                continue;
            }
            var (passed, detail) = file switch
            {
                "NumberWithUnit_CurrencyModel.jsonl" => ScoreMoney(input, expected),
                "NumberWithUnit_DimensionModel.jsonl" => ScoreMeasure(input, expected),
                "Number_PercentModel.jsonl" => ScorePercent(input, expected),
                "NumberWithUnit_AgeModel.jsonl" => ScoreNotAFact(input, expected, "age"),
                "Number_OrdinalModel.jsonl" => ScoreNotAFact(input, expected, "ordinal"),
                "Number_NumberModel.jsonl" => ScoreNumber(input, expected),
                "DateTime_DateParser.jsonl" or "DateTime_DatePeriodParser.jsonl" => ScoreDateTimex(input, expected, root, "Type", v => v.GetProperty("Value").GetProperty("Timex").GetString()),
                "DateTime_DateTimeModel.jsonl" => ScoreDateTimex(input, expected, root, "TypeName", v => v.GetProperty("Resolution").GetProperty("values")[0].GetProperty("timex").GetString()),
                "DateTime_DateExtractor.jsonl" or "DateTime_DatePeriodExtractor.jsonl" => ScoreDateSpans(input, expected),
                _ => throw new ArgumentException("no scorer for " + file, nameof(file)),
            };
            results.Add(new(caseNo, input, passed, detail));
        }
        return results;
    }

    private static bool UnsupportedOnDotnet(JsonElement root) =>
        root.TryGetProperty("not_supported", out var ns) && ns.GetString()!.Contains("dotnet", StringComparison.OrdinalIgnoreCase)
        || root.TryGetProperty("not_supported_by_design", out var nd) && nd.GetString()!.Contains("dotnet", StringComparison.OrdinalIgnoreCase);

    private static (int Start, int End) Span(JsonElement r) =>
        r.TryGetProperty("End", out var end)
            ? (r.GetProperty("Start").GetInt32(), end.GetInt32() + 1) // model specs: End inclusive
            : (r.GetProperty("Start").GetInt32(), r.GetProperty("Start").GetInt32() + r.GetProperty("Length").GetInt32());

    private static bool Overlaps(Fact f, (int Start, int End) span) => f.Start < span.End && span.Start < f.End;

    private static decimal Number(string s) =>
        decimal.Parse(s.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static (bool?, string) Excluded(string reason) => (null, "excluded: " + reason);

    private static (bool?, string) Compare(string input, List<(decimal Value, string? Tag, (int, int) Span)> expected, IReadOnlyList<Fact> actual, Func<Fact, string?> tag)
    {
        var ok = expected.Count == actual.Count;
        if (ok)
        {
            var remaining = actual.ToList();
            foreach (var e in expected)
            {
                var match = remaining.FirstOrDefault(f => f.Value == e.Value && tag(f) == e.Tag && Overlaps(f, e.Span));
                if (match is null)
                {
                    ok = false;
                    break;
                }
                remaining.Remove(match);
            }
        }
        var detail = "expected [" + string.Join("; ", expected.Select(e => $"{e.Value} {e.Tag} @{e.Span}")) + "] actual ["
            + string.Join("; ", actual.Select(f => $"{f.Value} {tag(f)} '{f.Text}'")) + "]";
        return (ok, detail);
    }

    private static (bool?, string) ScoreMoney(string input, List<JsonElement> expected)
    {
        var wanted = new List<(decimal, string?, (int, int))>();
        foreach (var r in expected)
        {
            var res = r.GetProperty("Resolution");
            var text = r.GetProperty("Text").GetString()!;
            if (!res.TryGetProperty("isoCurrency", out var iso) || res.GetProperty("value").ValueKind == JsonValueKind.Null)
            {
                return Excluded("no ISO amount (a bare currency word, 角/分 alone, $ of no country, a crypto coin): facts.md money needs both");
            }
            if (Number(res.GetProperty("value").GetString()!) > 1_000_000_000_000_000_000m)
            {
                return Excluded("a 24-digit amount is an order number: WorkTeam caps amounts at 18 digits to keep codes out");
            }
            if (text.EndsWith('块'))
            {
                return Excluded("块 alone is a piece or a plot in work reports (a count); 块钱 is money");
            }
            wanted.Add((Number(res.GetProperty("value").GetString()!), iso.GetString(), Span(r)));
        }
        var actual = Extractor.Extract(input, null, FactKinds.Money);
        return Compare(input, wanted, actual, f => f.Currency);
    }

    private static readonly string[] OutOfScopeDimensionUnits = ["Bit", "Byte", "Hertz", "Liang", "Calorie", "Kilocalorie", "Kilobit", "Kilobyte", "Megabyte", "Megahertz"];

    private static (bool?, string) ScoreMeasure(string input, List<JsonElement> expected)
    {
        var wanted = new List<(decimal, string?, (int, int))>();
        foreach (var r in expected)
        {
            var res = r.GetProperty("Resolution");
            var unit = res.GetProperty("unit").GetString()!;
            if (OutOfScopeDimensionUnits.Any(u => unit.EndsWith(u, StringComparison.Ordinal)))
            {
                return Excluded("information, frequency, energy and 两 (liang, the numeral's homograph) are not facts.md measures (area, length, volume, weight, power)");
            }
            wanted.Add((Number(res.GetProperty("value").GetString()!), null, Span(r)));
        }
        var actual = Extractor.Extract(input, null, FactKinds.Measure);
        return Compare(input, wanted, actual, _ => null);
    }

    private static (bool?, string) ScorePercent(string input, List<JsonElement> expected)
    {
        if (input.Contains('折', StringComparison.Ordinal))
        {
            return Excluded("折 discounts are prices, not shares: outside facts.md percent");
        }
        if (expected.Count == 0 && (input.Contains("二三十", StringComparison.Ordinal) || input.Contains("5-20%", StringComparison.Ordinal)))
        {
            return Excluded("facts.md makes 二三十 and 5-20% ranges (value and max), where the spec expects nothing or the high end");
        }
        if (input.Contains("5-20%", StringComparison.Ordinal))
        {
            return Excluded("facts.md makes 5-20% one range (value 5, max 20), where the spec expects the high end alone");
        }
        var wanted = new List<(decimal, string?, (int, int))>();
        foreach (var r in expected)
        {
            var text = r.GetProperty("Text").GetString()!;
            if (text.Contains(' ', StringComparison.Ordinal))
            {
                return Excluded("numerals spelled with spaces between the characters (百 分 之 2) do not occur in news text");
            }
            if (text.Contains('k', StringComparison.OrdinalIgnoreCase))
            {
                return Excluded("the k (thousand) suffix is keyboard shorthand, not Chinese news usage");
            }
            wanted.Add((Number(r.GetProperty("Resolution").GetProperty("value").GetString()!), null, Span(r)));
        }
        var actual = Extractor.Extract(input, null, FactKinds.Percent);
        return Compare(input, wanted, actual, _ => null);
    }

    private static (bool?, string) ScoreNotAFact(string input, List<JsonElement> expected, string what)
    {
        var actual = Extractor.Extract(input, null, FactKinds.Numbers);
        var spans = expected.Select(Span).ToList();
        var wrong = actual.Where(f => spans.Any(s => Overlaps(f, s))).ToList();
        return (wrong.Count == 0, $"an {what} is not a fact; found [" + string.Join("; ", wrong.Select(f => $"{f.Kind} '{f.Text}'")) + "]");
    }

    private static (bool?, string) ScoreNumber(string input, List<JsonElement> expected)
    {
        if (expected.Count == 0)
        {
            if (input.Contains("美元", StringComparison.Ordinal) || input.Contains("美刀", StringComparison.Ordinal))
            {
                return Excluded("the number model's negatives 一美元/两美刀 are money under facts.md (and in the currency spec)");
            }
            var facts = Extractor.Extract(input);
            return (facts.Count == 0, "no number here; found [" + string.Join("; ", facts.Select(f => $"{f.Kind} '{f.Text}'")) + "]");
        }
        foreach (var r in expected)
        {
            var text = r.GetProperty("Text").GetString()!;
            if (text.Contains(' ', StringComparison.Ordinal))
            {
                return Excluded("numerals spelled with spaces between the characters do not occur in news text");
            }
            if (text.Contains("分之", StringComparison.Ordinal) || text.Contains('/', StringComparison.Ordinal) || text.Contains('又', StringComparison.Ordinal))
            {
                return Excluded("fractions as plain numbers: facts.md has fractions only as percent (scored in the percent file)");
            }
            if (text.StartsWith('负') || text.StartsWith('負') || text.StartsWith('-') || text.StartsWith('－'))
            {
                return Excluded("negative numbers: facts.md's quantities are amounts, counts and shares, never signed");
            }
            if (text.IndexOfAny(['e', 'E', '^', 'k', 'K', 'M', 'm']) >= 0 || text.StartsWith('.'))
            {
                return Excluded("scientific and programmer notation (2e5, 2^5, 40k, .5) is not news text");
            }
            if (text.IndexOfAny(['打', '双', '雙', '对', '對', '半', '几', '幾', '倆']) >= 0 || text is "千三" or "百三")
            {
                return Excluded("words that stand for numbers (打 dozen, 半百, 几 inside a number, 千三) are vague or not numerals");
            }
        }
        foreach (var r in expected)
        {
            var (start, end) = Span(r);
            var value = Number(r.GetProperty("Resolution").GetProperty("value").GetString()!);
            if (!NumberPhraseScanner.TryScanSingle(input, start, out var phrase) || phrase.Value != value || phrase.End < end)
            {
                return (false, $"'{r.GetProperty("Text").GetString()}' expected {value}, numbers core read " + (phrase.End > start ? $"{phrase.Value} '{input[start..phrase.End]}'" : "nothing"));
            }
        }
        return (true, "");
    }

    private static (bool?, string) ScoreDateTimex(string input, List<JsonElement> expected, JsonElement root, string typeField, Func<JsonElement, string?> timexOf)
    {
        if (ExcludedDateInput(input) is string reason)
        {
            return Excluded(reason);
        }
        if (NumericDayFirst(expected))
        {
            return Excluded(NumericDayFirstReason);
        }
        var wanted = new List<(string Timex, (int, int) Span)>();
        foreach (var r in expected)
        {
            var type = r.GetProperty(typeField).GetString()!;
            if (!(type.EndsWith("date", StringComparison.Ordinal) || type.EndsWith("daterange", StringComparison.Ordinal)))
            {
                return Excluded("times of day, durations and sets (每年) are not dates in facts.md");
            }
            var timex = timexOf(r)!;
            if (timex.StartsWith('(') || timex.Contains('W', StringComparison.Ordinal) || timex.Contains('Q', StringComparison.Ordinal) || timex.Contains('H', StringComparison.Ordinal)
                || timex.Contains("SU", StringComparison.Ordinal) || timex.Contains("WI", StringComparison.Ordinal) || timex.Contains('P', StringComparison.Ordinal))
            {
                return Excluded("periods (ranges, weeks, quarters, halves, seasons, decades) resolve to one TIMEX interval; facts.md gives each written date on its own and keeps 上半年/年底 to the year");
            }
            wanted.Add((timex, Span(r)));
        }
        var actual = Extractor.Extract(input, DocumentDateFor(input, root), FactKinds.Date);
        var ok = wanted.Count == actual.Count && wanted.Zip(actual).All(p => p.First.Timex == p.Second.Date && Overlaps(p.Second, p.First.Span));
        return (ok, "expected [" + string.Join("; ", wanted.Select(w => w.Timex)) + "] actual [" + string.Join("; ", actual.Select(f => $"{f.Date} '{f.Text}'")) + "]");
    }

    private static (bool?, string) ScoreDateSpans(string input, List<JsonElement> expected)
    {
        if (ExcludedDateInput(input) is string reason)
        {
            return Excluded(reason);
        }
        if (input.Contains("今年", StringComparison.Ordinal) || input.Contains("去年", StringComparison.Ordinal) || input.Contains("明年", StringComparison.Ordinal))
        {
            return Excluded("今年/去年/明年 with no document date (extractor specs carry none) are not facts under facts.md");
        }
        if (NumericDayFirst(expected))
        {
            return Excluded(NumericDayFirstReason);
        }
        var spans = expected.Select(Span).ToList();
        var actual = Extractor.Extract(input, null, FactKinds.Date);
        var ok = spans.All(s => actual.Any(f => Overlaps(f, s))) && actual.All(f => spans.Any(s => Overlaps(f, s)));
        return (ok, "expected [" + string.Join("; ", expected.Select(e => e.GetProperty("Text").GetString())) + "] actual [" + string.Join("; ", actual.Select(f => $"{f.Date} '{f.Text}'")) + "]");
    }

    /// <summary>今年/去年/明年 resolve against the document's date (facts.md): the spec's reference date plays that part.</summary>
    private static DateOnly? DocumentDateFor(string input, JsonElement root) =>
        (input.Contains("今年", StringComparison.Ordinal) || input.Contains("去年", StringComparison.Ordinal) || input.Contains("明年", StringComparison.Ordinal))
        && root.TryGetProperty("context", out var context)
            ? DateOnly.FromDateTime(DateTime.Parse(context.GetProperty("ReferenceDateTime").GetString()!, CultureInfo.InvariantCulture))
            : null;

    private const string NumericDayFirstReason = "all-digit dates not led by a four-digit year (13.5.2015, 3-7-07, 05/05/89, 12/1, a bare 2018) are ambiguous with fractions, scores and codes; Chinese reports write 年月日";

    private static bool NumericDayFirst(List<JsonElement> expected) => expected.Any(r =>
    {
        var text = r.GetProperty("Text").GetString()!;
        return text.IndexOfAny(['年', '月', '日', '号', '號']) < 0
            && !(text.Length >= 8 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]) && text[4] is '-' or '/' or '.');
    });

    private static string? ExcludedDateInput(string input)
    {
        if (LunarWords.Any(w => input.Contains(w, StringComparison.Ordinal)))
        {
            return "lunar dates, festivals and imperial or ROC-era names outside Taiwan text are not Gregorian dates we can write as ISO";
        }
        if (RelativeDayWords.Any(w => input.Contains(w, StringComparison.Ordinal)))
        {
            return "relative days, weeks and months (明天, 上周三, 下个月, 最近): facts.md resolves only 今年/去年/明年, and only against a document date, which the spec does not give";
        }
        if (input.Contains("年代", StringComparison.Ordinal) || input.Contains("世纪", StringComparison.Ordinal) || input.Contains("世紀", StringComparison.Ordinal))
        {
            return "decades and centuries are not facts (facts.md)";
        }
        return null;
    }
}
