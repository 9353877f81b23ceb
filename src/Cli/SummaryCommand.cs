using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WorkTeam.Extraction.Analysis;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Numbers;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Cli;

/// <summary><c>workteam summary</c>: what an analyst wants to see first about a folder of reports.</summary>
internal static class SummaryCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var format = new Option<string>("--format", "-f") { Description = "table (default) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var gazetteer = new GazetteerOption();
        var top = new Option<int>("--top", "-n") { Description = "Rows in each 'named most' and 'largest' list (default 10).", DefaultValueFactory = _ => 10 };
        var command = new Command("summary", """
            Documents, date range and script mix; money totals (CNY only) by year of publication, and
            by period, county code and prefecture code from each amount's links (the unlinked part
            shown apart); counts by unit; the places, organisations and work teams named most; the
            largest amounts with their sentence.

            Examples:
              workteam summary seeds/
              workteam summary --format json reports/ > summary.json
              workteam summary --gazetteer my-villages.tsv reports/
            """)
        {
            format, top, gazetteer.Option,
        };
        inputs.AddTo(command);
        command.SetAction(parse => CheckedRows(parse, inputs, top) is { } rows
            ? GazetteerOption.Worst(Run(gazetteer.Apply(context, parse, "summary", out var failed), parse, inputs, rows, parse.GetValue(format) == "json"), failed)
            : WorkTeamCommand.UsageError);
        return command;
    }

    /// <summary>The rows of each list, or null after naming the usage error (jobs or top) on standard error.</summary>
    private static int? CheckedRows(ParseResult parse, InputOptions inputs, Option<int> top)
    {
        var stderr = parse.InvocationConfiguration.Error;
        int rows = parse.GetValue(top);
        if (inputs.JobsOrError(parse, stderr) is null)
        {
            return null;
        }
        if (rows < 1)
        {
            stderr.WriteLine($"workteam: --top must be at least 1, not {rows}.");
            return null;
        }
        return rows;
    }

    /// <summary>Every document's facts summed into one <see cref="FolderSummary"/>, a reprint (the same story on another site, by path its later copy) counted once.</summary>
    private static int Run(CliContext context, ParseResult parse, InputOptions inputs, int rows, bool json)
    {
        var summary = new FolderSummary(rows);
        context.Pipeline.Prepare(parse.GetValue(inputs.Jobs), FactKinds.All);
        var reprints = new ReprintDetector();
        int code = DocumentRun.Files(context, parse, inputs,
            document => (Summary: DocumentSummary.Of(document, context.Pipeline.Extract(document.Document, FactKinds.All, null)), Signature: ReprintSignature.Of(document.Body)),
            (document, one) => summary.Add(one.Summary, isReprint: reprints.Add(document.Doc, one.Signature) is not null), out int failed);
        // Which failed and why is on standard error; the summary says how many.
        summary.Failed = failed;
        parse.InvocationConfiguration.Output.Write(json ? summary.ToJson() : summary.ToTable());
        return code;
    }
}

/// <summary>A CNY amount and where it stands.</summary>
internal sealed record AmountSeen(string Doc, string Text, decimal Value, bool Approximate, string Sentence);

/// <summary>What one document contributes to the summary; computed on a worker thread.</summary>
internal sealed class DocumentSummary
{
    public string? Published { get; private init; }
    public string? Script { get; private init; }
    public List<(decimal Value, bool Approximate, string? Code, string? Period, AmountSeen Seen)> Money { get; } = [];
    public int OtherCurrencies { get; private set; }
    public List<(string Unit, decimal Value, bool Approximate)> Counts { get; } = [];
    public List<string> Places { get; } = [];
    public List<string> Orgs { get; } = [];
    public List<string> Teams { get; } = [];

    public static DocumentSummary Of(RunDocument document, IReadOnlyList<Fact> facts)
    {
        var summary = new DocumentSummary { Published = document.Document.Metadata.Published, Script = DocsCommand.ScriptName(document.Document.Metadata.Script) };
        for (int i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            bool approximate = fact.Approximation != Approximation.Exact || fact.Max is not null;
            switch (fact.Kind)
            {
                case FactKinds.Place when fact.Name is { } place:
                    summary.Places.Add(place);
                    break;
                case FactKinds.Organization when fact.Name is { } org:
                    summary.Orgs.Add(org);
                    break;
                case FactKinds.Team when fact.Name is { } sender:
                    summary.Teams.Add(fact.Station is { } station ? sender + " → " + station : sender);
                    break;
                case FactKinds.Money when fact.Value is { } amount:
                    if (fact.Currency == "CNY")
                    {
                        var (from, to) = Sentences.Around(document.Document.Text, fact.Start, fact.End);
                        // Where and when from the library's links (the number's code and period); none when the text does not say.
                        summary.Money.Add((amount, approximate, fact.Code, fact.Period,
                            new AmountSeen(document.Doc, fact.Text, amount, approximate, document.Document.Text[from..to])));
                    }
                    else
                    {
                        summary.OtherCurrencies++;
                    }
                    break;
                case FactKinds.Count when fact.Value is { } count:
                    // Numbers of one unit add up only when they count one kind of thing: the subject
                    // splits them when the text names it; the rest are raw sums, labelled so.
                    summary.Counts.Add((fact.Subject is { } counted ? $"{fact.Unit ?? "(no unit)"} · {counted}" : fact.Unit ?? "(no unit)", count, approximate));
                    break;
                default:
                    break;
            }
        }
        return summary;
    }
}

/// <summary>The running totals of a summary: bounded by the number of distinct years, places and units, never by documents.</summary>
internal sealed class FolderSummary(int rows)
{
    private sealed class Total
    {
        public decimal Sum;
        public decimal ApproximateSum;
        public int Facts;
        public int ApproximateFacts;

        public void Add(decimal value, bool approximate)
        {
            Sum += value;
            Facts++;
            if (approximate)
            {
                ApproximateSum += value;
                ApproximateFacts++;
            }
        }
    }

    private static readonly string[] CountsHeader = ["unit", "total", "approximate part", "facts"];
    private static readonly string[] LargestHeader = ["amount (元)", "", "doc", "sentence"];
    private static readonly string[] NamedHeader = ["name", "mentions"];
    private static readonly string[] MoneyHeader = ["", "total (元)", "approximate part", "amounts"];

    private readonly Dictionary<string, Total> _byYear = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Total> _byCounty = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Total> _byPrefecture = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Total> _byPeriod = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Total> _countsByUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _scripts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _orgs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _teams = new(StringComparer.Ordinal);
    private readonly List<AmountSeen> _largest = [];
    private readonly Total _money = new();
    private int _documents;
    private int _dated;
    private int _otherCurrencies;
    private string? _first;
    private string? _last;

    public int Failed { get; set; }

    /// <summary>Documents that reprint an earlier one: read, but left out of every total.</summary>
    private int _reprints;

    public void Add(DocumentSummary document, bool isReprint = false)
    {
        _documents++;
        if (isReprint)
        {
            _reprints++;
            return;
        }
        Increment(_scripts, document.Script ?? "unknown");
        string year = "unknown";
        if (document.Published is { Length: >= 4 } published && published[0] != 'X') // XXXX-01-25: a dateline without its year
        {
            _dated++;
            year = published[..4];
            string day = published.Length >= 10 ? published[..10] : published;
            if (_first is null || string.CompareOrdinal(day, _first) < 0)
            {
                _first = day;
            }
            if (_last is null || string.CompareOrdinal(day, _last) > 0)
            {
                _last = day;
            }
        }
        foreach (var (value, approximate, code, period, seen) in document.Money)
        {
            _money.Add(value, approximate);
            Get(_byYear, year).Add(value, approximate);
            Get(_byCounty, Unit(code, 6)).Add(value, approximate);
            Get(_byPrefecture, Unit(code, 4)).Add(value, approximate);
            Get(_byPeriod, period is { Length: >= 4 } p && char.IsAsciiDigit(p[0]) ? p[..4] : Unlinked).Add(value, approximate);
            KeepLargest(seen);
        }
        _otherCurrencies += document.OtherCurrencies;
        foreach (var (unit, value, approximate) in document.Counts)
        {
            Get(_countsByUnit, unit).Add(value, approximate);
        }
        document.Places.ForEach(p => Increment(_places, p));
        document.Orgs.ForEach(o => Increment(_orgs, o));
        document.Teams.ForEach(t => Increment(_teams, t));
    }

    /// <summary>The key of the rows that no link reaches.</summary>
    private const string Unlinked = "(unlinked)";

    /// <summary>
    /// The row of a number's code at a level (6 digits a county, 4 a prefecture): the code and the
    /// unit's name; a code above that level (a province's) or none is <see cref="Unlinked"/>.
    /// </summary>
    private static string Unit(string? code, int digits)
    {
        if (code is null || code.Length < digits)
        {
            return Unlinked;
        }
        var prefix = code[..digits];
        if (DivisionTable.Default.FindCode(prefix) is { } unit)
        {
            return $"{prefix} {unit.Name}";
        }
        // A county directly under its province (659001 石河子市 under 6590, a placeholder): the province's row.
        return DivisionTable.Default.FindCode(code[..2]) is { } province ? $"{province.Code} {province.Name} (no {(digits == 4 ? "prefecture" : "county")})" : prefix;
    }

    private void KeepLargest(AmountSeen seen)
    {
        // A sentence is listed once, with its largest amount (a sentence of several amounts, or a repeat).
        int same = _largest.FindIndex(a => a.Sentence == seen.Sentence);
        if (same >= 0)
        {
            if (_largest[same].Value >= seen.Value)
            {
                return;
            }
            _largest.RemoveAt(same);
        }
        // Ties keep the earlier document first, so the list does not depend on --jobs.
        int at = _largest.FindIndex(a => a.Value < seen.Value);
        if (at < 0)
        {
            if (_largest.Count < rows)
            {
                _largest.Add(seen);
            }
            return;
        }
        _largest.Insert(at, seen);
        if (_largest.Count > rows)
        {
            _largest.RemoveAt(_largest.Count - 1);
        }
    }

    private static Total Get(Dictionary<string, Total> totals, string key)
    {
        if (!totals.TryGetValue(key, out var total))
        {
            total = new Total();
            totals.Add(key, total);
        }
        return total;
    }

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static List<KeyValuePair<string, int>> Most(Dictionary<string, int> counts, int rows) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(rows).ToList();

    private static IEnumerable<KeyValuePair<string, Total>> ByKey(Dictionary<string, Total> totals) => totals.OrderBy(p => p.Key, StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, Total>> BySum(Dictionary<string, Total> totals, int rows) =>
        totals.OrderByDescending(p => p.Value.Sum).ThenBy(p => p.Key, StringComparer.Ordinal).Take(rows);

    private static string Money(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public string ToTable()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Documents   {_documents:N0} read{(Failed > 0 ? $", {Failed:N0} could not be read (named on standard error)" : "")}{(_reprints > 0 ? $", {_reprints:N0} reprints of another (counted once)" : "")}\n");
        text.Append("Dates       ").Append(_first is null ? "none known" : $"{_first} … {_last} ({_dated:N0} of {_documents:N0} dated)").Append('\n');
        text.Append("Script      ").AppendJoin(" · ", _scripts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:N0}")).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"\nMoney: {_money.Facts:N0} amounts in CNY, total {Money(_money.Sum)} 元, of which {Money(_money.ApproximateSum)} 元 in {_money.ApproximateFacts:N0} approximate amounts (余, 约, ranges at their low end).");
        if (_otherCurrencies > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" {_otherCurrencies:N0} amounts in other currencies are not added.");
        }
        text.Append('\n');
        MoneyTable(text, "by year (publication)", ByKey(_byYear));
        MoneyTable(text, "by period (the year the amount is about; unlinked: the text does not say)", ByKey(_byPeriod));
        MoneyTable(text, "by county code (the amount's place; unlinked: no county-level place)", BySum(_byCounty, rows));
        MoneyTable(text, "by prefecture code (the amount's place; unlinked: no prefecture-level place)", BySum(_byPrefecture, rows));
        var counts = new List<string[]> { CountsHeader };
        counts.AddRange(_countsByUnit.OrderByDescending(p => p.Value.Facts).ThenBy(p => p.Key, StringComparer.Ordinal).Take(rows * 2)
            .Select(p => new[] { p.Key, Money(p.Value.Sum), Money(p.Value.ApproximateSum), p.Value.Facts.ToString("N0", CultureInfo.InvariantCulture) }));
        Table(text, "Counts by unit (raw sums: one unit may count different things, split by what is counted where the text says)", counts);
        NamedMost(text, "Places named most", _places);
        NamedMost(text, "Organisations named most", _orgs);
        NamedMost(text, "Work teams named most (sender → station)", _teams);
        var largest = new List<string[]> { LargestHeader };
        largest.AddRange(_largest.Select(a => new[] { Money(a.Value), a.Approximate ? "≈" : "", a.Doc, a.Sentence }));
        Table(text, "Largest amounts", largest);
        return text.ToString();
    }

    private void NamedMost(StringBuilder text, string title, Dictionary<string, int> counts)
    {
        var table = new List<string[]> { NamedHeader };
        table.AddRange(Most(counts, rows).Select(p => new[] { p.Key, p.Value.ToString("N0", CultureInfo.InvariantCulture) }));
        Table(text, title, table);
    }

    private static void MoneyTable(StringBuilder text, string title, IEnumerable<KeyValuePair<string, Total>> totals)
    {
        var table = new List<string[]> { MoneyHeader };
        table.AddRange(totals.Select(p => new[] { p.Key, Money(p.Value.Sum), Money(p.Value.ApproximateSum), p.Value.Facts.ToString("N0", CultureInfo.InvariantCulture) }));
        Table(text, "Money " + title, table);
    }

    /// <summary>Columns padded to their widest cell, counting CJK characters as two columns; numbers right-aligned.</summary>
    private static void Table(StringBuilder text, string title, List<string[]> rows)
    {
        text.Append('\n').Append(title).Append('\n');
        if (rows.Count == 1)
        {
            text.Append("  (none)\n");
            return;
        }
        int columns = rows[0].Length;
        var widths = new int[columns];
        foreach (var row in rows)
        {
            for (int c = 0; c < columns; c++)
            {
                widths[c] = Math.Max(widths[c], Width(row[c]));
            }
        }
        foreach (var row in rows)
        {
            var line = new StringBuilder("  ");
            for (int c = 0; c < columns; c++)
            {
                string cell = row[c];
                int pad = widths[c] - Width(cell);
                bool number = cell.Length > 0 && (char.IsAsciiDigit(cell[0]) || cell[0] == '-') && c > 0;
                if (c > 0)
                {
                    line.Append("  ");
                }
                if (number)
                {
                    line.Append(' ', pad).Append(cell);
                }
                else
                {
                    line.Append(cell).Append(' ', pad);
                }
            }
            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
    }

    private static int Width(string cell)
    {
        int width = 0;
        foreach (var rune in cell.EnumerateRunes())
        {
            int v = rune.Value;
            bool wide = v is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
                or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;
            width += wide ? 2 : 1;
        }
        return width;
    }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("documents", _documents);
            json.WriteNumber("failed", Failed);
            json.WriteNumber("reprints", _reprints);
            json.WriteStartObject("dates");
            json.WriteString("first", _first);
            json.WriteString("last", _last);
            json.WriteNumber("dated", _dated);
            json.WriteEndObject();
            json.WriteStartObject("scripts");
            foreach (var (script, count) in _scripts.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteNumber(script, count);
            }
            json.WriteEndObject();
            json.WriteStartObject("money");
            json.WriteString("currency", "CNY");
            json.WriteString("note", "ranges count at their low end; approximate amounts (余, 约, ranges) are included in total and also shown apart");
            WriteTotal(json, _money);
            json.WriteNumber("other_currency_amounts", _otherCurrencies);
            WriteTotals(json, "by_year", ByKey(_byYear));
            WriteTotals(json, "by_period", ByKey(_byPeriod));
            WriteTotals(json, "by_county", ByKey(_byCounty));
            WriteTotals(json, "by_prefecture", ByKey(_byPrefecture));
            json.WriteEndObject();
            WriteTotals(json, "counts_by_unit", ByKey(_countsByUnit));
            WriteMost(json, "places", _places);
            WriteMost(json, "organisations", _orgs);
            WriteMost(json, "work_teams", _teams);
            json.WriteStartArray("largest_amounts");
            foreach (var amount in _largest)
            {
                json.WriteStartObject();
                json.WritePropertyName("value");
                json.WriteRawValue(FactFormat.Number(amount.Value));
                json.WriteBoolean("approximate", amount.Approximate);
                json.WriteString("doc", amount.Doc);
                json.WriteString("text", amount.Text);
                json.WriteString("sentence", amount.Sentence);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteTotal(Utf8JsonWriter json, Total total)
    {
        json.WritePropertyName("total");
        json.WriteRawValue(FactFormat.Number(total.Sum));
        json.WritePropertyName("approximate_part");
        json.WriteRawValue(FactFormat.Number(total.ApproximateSum));
        json.WriteNumber("facts", total.Facts);
        json.WriteNumber("approximate_facts", total.ApproximateFacts);
    }

    private static void WriteTotals(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, Total>> totals)
    {
        json.WriteStartObject(name);
        foreach (var (key, total) in totals)
        {
            json.WriteStartObject(key);
            WriteTotal(json, total);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private void WriteMost(Utf8JsonWriter json, string name, Dictionary<string, int> counts)
    {
        json.WriteStartArray(name);
        foreach (var (key, count) in Most(counts, rows))
        {
            json.WriteStartObject();
            json.WriteString("name", key);
            json.WriteNumber("mentions", count);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
