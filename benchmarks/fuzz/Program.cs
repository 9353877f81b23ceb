using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using WorkTeam.BenchmarkSupport;
using WorkTeam.Extraction.Documents;

// Property-based fuzzing of Document.Load (the byte decoder, the binary sniffer, the HTML reader and the
// plain-text page reader) with FsCheck over byte strings. Every input must either load into a document
// whose paragraphs lie inside its text, in order, or be refused with a DocumentLoadException, within a
// time bound; anything else (another exception, a hang, a paragraph out of range) is a finding, shrunk
// by FsCheck and saved under the findings folder.
//
//   dotnet run -c Release --project benchmarks/fuzz -- --minutes 90 --workers 2 --findings /tmp/fuzz
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var minutes = 10.0;
var workers = 2;
var findingsDir = Path.Combine(Path.GetTempPath(), "workteam-fuzz");
var corpusDirs = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--minutes": minutes = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--workers": workers = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--findings": findingsDir = args[++i]; break;
        case "--corpus": corpusDirs.Add(args[++i]); break;
        case "--replay": return Replay(args[++i]);
        default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
    }
}
Directory.CreateDirectory(findingsDir);
var corpus = Corpus.Load(corpusDirs);
Console.WriteLine($"fuzz: {corpus.Count} corpus inputs, {workers} workers, {minutes} minutes, findings in {findingsDir}");

var deadline = DateTime.UtcNow.AddMinutes(minutes);
var stats = new Stats();
var findings = new ConcurrentDictionary<string, int>();
var process = Process.GetCurrentProcess();
var threads = Enumerable.Range(0, workers).Select(w => new Thread(() => Worker(w)) { IsBackground = true, Name = $"fuzz-{w}" }).ToList();
threads.ForEach(t => t.Start());
var watch = Stopwatch.StartNew();
while (threads.Any(t => t.IsAlive))
{
    Thread.Sleep(TimeSpan.FromSeconds(30));
    process.Refresh();
    Console.WriteLine($"fuzz: {watch.Elapsed:hh\\:mm\\:ss} wall, {process.TotalProcessorTime:hh\\:mm\\:ss} CPU, {stats.Cases} cases ({stats.Loaded} loaded, {stats.Refused} refused), {findings.Count} distinct findings, slowest {stats.SlowestMs} ms");
    stats.CheckHang(findingsDir);
}
process.Refresh();
Console.WriteLine($"fuzz done: {watch.Elapsed:hh\\:mm\\:ss} wall, {process.TotalProcessorTime.TotalMinutes:F1} CPU minutes, {stats.Cases} cases ({stats.Loaded} loaded, {stats.Refused} refused), {findings.Count} distinct findings, slowest case {stats.SlowestMs} ms");
foreach (var (key, count) in findings)
{
    Console.WriteLine($"finding x{count}: {key}");
}
return findings.IsEmpty ? 0 : 1;

void Worker(int index)
{
    var gen = Generators.Input(corpus);
    var arb = Arb.From(gen, Generators.Shrink);
    var round = 0;
    while (DateTime.UtcNow < deadline)
    {
        var property = Prop.ForAll(arb, input => Check(input, index));
        // Each check starts from a fresh random seed (FsCheck's default), printed with a failure.
        var config = Config.QuickThrowOnFailure.WithQuietOnSuccess(true).WithMaxTest(200).WithStartSize(8).WithEndSize(400);
        round++;
        try
        {
            property.Check(config);
        }
        catch (Exception e)
        {
            var message = e.Message;
            var key = FirstLine(message.Contains("Label of failing property", StringComparison.Ordinal)
                ? message[(message.IndexOf("Label of failing property", StringComparison.Ordinal) + 26)..]
                : message);
            if (findings.AddOrUpdate(key, 1, (_, n) => n + 1) == 1)
            {
                Console.WriteLine($"FINDING: {key}");
                File.WriteAllText(Path.Combine(findingsDir, $"finding-{DateTime.UtcNow:HHmmss}-{index}.txt"), message);
            }
        }
    }
}

bool Check(FuzzInput input, int worker)
{
    var options = new DocumentLoadOptions { IsHtml = input.IsHtml, MaxBytes = 1 << 22 };
    stats.Begin(worker, input);
    var clock = Stopwatch.StartNew();
    var cpuStart = ThreadCpu.Now();
    try
    {
        var document = Document.Load(new MemoryStream(input.Bytes, writable: false), input.Name, options);
        var previous = -1;
        foreach (var (start, end) in document.Paragraphs)
        {
            if (start < 0 || end < start || end > document.Text.Length || start < previous)
            {
                throw new InvalidDataException($"paragraph [{start},{end}) outside or before the previous one in a text of {document.Text.Length}");
            }
            previous = end;
        }
        if (input.IsHtml == false && input.Bytes.Length > 0 && System.Text.Unicode.Utf8.IsValid(input.Bytes)
            && input.Bytes[0] != 0xEF && input.Bytes.IndexOf((byte)0) < 0 && document.Metadata.Encoding == "utf-8"
            && document.Text != Encoding.UTF8.GetString(input.Bytes))
        {
            throw new InvalidDataException("valid UTF-8 plain text was not decoded to itself");
        }
        _ = document.GetBodyText();
        stats.Loaded++;
    }
    catch (DocumentLoadException)
    {
        stats.Refused++;
    }
    finally
    {
        stats.End(worker, clock.ElapsedMilliseconds);
    }
    // A case over ten seconds of this thread's CPU time is a finding too (wall time is no measure
    // at nice 19 on a loaded machine; the hang watchdog catches the ones that never end).
    var cpu = ThreadCpu.Now() - cpuStart;
    if (cpu >= TimeSpan.FromSeconds(10))
    {
        throw new TimeoutException($"{cpu.TotalMilliseconds:F0} ms of CPU for {input.Bytes.Length} bytes");
    }
    return true;
}

// Replays the first input saved in a finding file: loads it once and says how long it took and what came out.
static int Replay(string file)
{
    var line = File.ReadLines(file).First(l => l.Contains(" bytes: ", StringComparison.Ordinal));
    var bytes = Convert.FromHexString(line[(line.IndexOf(" bytes: ", StringComparison.Ordinal) + 8)..].Trim());
    var html = line.Contains("IsHtml=True", StringComparison.Ordinal) ? true : line.Contains("IsHtml=False", StringComparison.Ordinal) ? false : (bool?)null;
    var name = line.Split(' ').First(w => w.StartsWith("name=", StringComparison.Ordinal))[5..];
    var cpu = ThreadCpu.Now();
    var clock = Stopwatch.StartNew();
    try
    {
        var document = Document.Load(new MemoryStream(bytes), name, new DocumentLoadOptions { IsHtml = html, MaxBytes = 1 << 22 });
        Console.WriteLine($"loaded: {document.Text.Length} chars, {document.Paragraphs.Count} paragraphs, encoding {document.Metadata.Encoding}");
    }
    catch (DocumentLoadException e)
    {
        Console.WriteLine($"refused: {e.Message}");
    }
    Console.WriteLine($"{bytes.Length} bytes, IsHtml={html}: {clock.ElapsedMilliseconds} ms wall, {(ThreadCpu.Now() - cpu).TotalMilliseconds:F0} ms CPU");
    return 0;
}

static string FirstLine(string s)
{
    var line = s.Trim().Split('\n')[0].Trim();
    return line.Length > 200 ? line[..200] : line;
}

internal sealed record FuzzInput(byte[] Bytes, bool? IsHtml, string Name, string Origin)
{
    public override string ToString() =>
        $"{Origin} IsHtml={IsHtml} name={Name} {Bytes.Length} bytes: {Convert.ToHexString(Bytes)}";
}

internal sealed class Stats
{
    private long _cases;
    private long _loaded;
    private long _refused;
    private long _slowest;
    private readonly ConcurrentDictionary<int, (FuzzInput Input, DateTime Since)> _running = new();
    private readonly HashSet<FuzzInput> _reportedHangs = [];

    public long Cases => Interlocked.Read(ref _cases);
    public long Loaded { get => Interlocked.Read(ref _loaded); set => Interlocked.Exchange(ref _loaded, value); }
    public long Refused { get => Interlocked.Read(ref _refused); set => Interlocked.Exchange(ref _refused, value); }
    public long SlowestMs => Interlocked.Read(ref _slowest);

    public void Begin(int worker, FuzzInput input) => _running[worker] = (input, DateTime.UtcNow);

    public void End(int worker, long ms)
    {
        Interlocked.Increment(ref _cases);
        _running.TryRemove(worker, out _);
        long seen;
        while (ms > (seen = Interlocked.Read(ref _slowest)) && Interlocked.CompareExchange(ref _slowest, ms, seen) != seen)
        {
        }
    }

    /// <summary>Saves a case that has run for over a minute (a hang never returns to FsCheck).</summary>
    public void CheckHang(string findingsDir)
    {
        foreach (var (worker, (input, since)) in _running)
        {
            if (DateTime.UtcNow - since > TimeSpan.FromMinutes(1) && _reportedHangs.Add(input))
            {
                Console.WriteLine($"FINDING: worker {worker} has run one case for over a minute");
                File.WriteAllText(Path.Combine(findingsDir, $"hang-{DateTime.UtcNow:HHmmss}-{worker}.txt"), input.ToString());
            }
        }
    }
}

internal static class Corpus
{
    public static IReadOnlyList<(byte[] Bytes, bool Html)> Load(List<string> dirs)
    {
        var list = new List<(byte[], bool)>();
        foreach (var dir in dirs)
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                var info = new FileInfo(file);
                if (info.Length is > 0 and < 2_000_000)
                {
                    var bytes = File.ReadAllBytes(file);
                    var html = file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
                    list.Add((bytes, html));
                    // The same text in the other encodings the decoder tells apart.
                    if (System.Text.Unicode.Utf8.IsValid(bytes) && bytes.Length < 200_000)
                    {
                        var text = Encoding.UTF8.GetString(bytes);
                        foreach (var codePage in new[] { 54936, 950, 1200, 1201 })
                        {
                            list.Add((Encoding.GetEncoding(codePage).GetBytes(text), html));
                        }
                    }
                }
            }
        }
        if (list.Count == 0)
        {
            list.Add(("<html><head><meta charset=\"utf-8\"><title>工作队</title></head><body><p>驻村工作队投入资金120万元，帮助300户群众。</p></body></html>"u8.ToArray(), true));
        }
        return list;
    }
}

internal static class Generators
{
    static Generators() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly byte[][] Tokens =
    [
        "<"u8.ToArray(), ">"u8.ToArray(), "</p>"u8.ToArray(), "<p>"u8.ToArray(), "<div class=\"content\">"u8.ToArray(), "</div>"u8.ToArray(),
        "<!--"u8.ToArray(), "-->"u8.ToArray(), "<script>"u8.ToArray(), "</script>"u8.ToArray(), "<![CDATA["u8.ToArray(),
        "<meta charset=\"gbk\">"u8.ToArray(), "<meta charset=big5>"u8.ToArray(), "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-16\">"u8.ToArray(),
        "<title>"u8.ToArray(), "</title>"u8.ToArray(), "&#x"u8.ToArray(), "&#55296;"u8.ToArray(), "&amp;"u8.ToArray(), "&#1114112;"u8.ToArray(),
        "<br>"u8.ToArray(), "<table><tr><td>"u8.ToArray(), "<a href=\"x\">"u8.ToArray(), "来源："u8.ToArray(), "发布时间：2024-03-05 10:00:00"u8.ToArray(),
        "作者："u8.ToArray(), "\r\n"u8.ToArray(), "\n\n"u8.ToArray(), "。"u8.ToArray(), "，"u8.ToArray(), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF],
        [0x84, 0x31, 0x95, 0x33], [0x00], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x81, 0x30], [0xA4, 0x40], [0x1B],
        "<!DOCTYPE html>"u8.ToArray(), "<html>"u8.ToArray(), "<body>"u8.ToArray(), "%PDF-"u8.ToArray(), "SQLite format 3"u8.ToArray(),
    ];

    public static Gen<FuzzInput> Input(IReadOnlyList<(byte[] Bytes, bool Html)> corpus)
    {
        var random = ArbMap.Default.GeneratorFor<byte[]>().Select(b => (b, "random bytes"));
        var tokens = Gen.Choose(0, Tokens.Length - 1).ArrayOf().Select(ix => (ix.SelectMany(i => Tokens[i]).ToArray(), "token soup"));
        var nested = Gen.Choose(1, 4000).Select(n => (Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div><span>", n)) + "正文。"), "deep nesting"));
        var mutated =
            from index in Gen.Choose(0, corpus.Count - 1)
            from seed in Gen.Choose(int.MinValue, int.MaxValue)
            from count in Gen.Choose(1, 64)
            select (Mutate(corpus[index].Bytes, seed, count), $"corpus[{index}] mutated x{count} seed {seed}");
        var utf16 =
            from index in Gen.Choose(0, corpus.Count - 1)
            from big in ArbMap.Default.GeneratorFor<bool>()
            select (Utf16(corpus[index].Bytes, big), $"corpus[{index}] as BOM-less UTF-16");
        var body = Gen.Frequency(
            (2, random), (2, tokens), (1, nested), (8, mutated), (1, utf16));
        var isHtml = Gen.Elements<bool?>(null, true, false);
        var name = Gen.Elements("x.txt", "x.html", "x", "page.htm");
        return from b in body
               from h in isHtml
               from n in name
               select new FuzzInput(b.Item1, h, n, b.Item2);
    }

    private static byte[] Utf16(byte[] bytes, bool bigEndian)
    {
        var text = System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
        return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetBytes(text.Length > 20000 ? text[..20000] : text);
    }

    private static byte[] Mutate(byte[] source, int seed, int count)
    {
        var random = new System.Random(seed);
        var bytes = new List<byte>(source.Length > 65536 ? source.AsSpan(random.Next(source.Length - 32768), 32768).ToArray() : source);
        for (int i = 0; i < count; i++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0 when bytes.Count > 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1 when bytes.Count > 0: bytes[at] = (byte)random.Next(256); break;
                case 2: bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]); break;
                case 3 when bytes.Count > 0: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 64))); break;
                case 4 when bytes.Count > 0:
                    var from = random.Next(bytes.Count);
                    var len = Math.Min(bytes.Count - from, random.Next(1, 256));
                    bytes.InsertRange(at, bytes.GetRange(from, len));
                    break;
                case 5 when bytes.Count > 0: bytes.RemoveRange(at, bytes.Count - at); break;
                default: bytes.Insert(at, (byte)random.Next(256)); break;
            }
        }
        return bytes.ToArray();
    }

    public static IEnumerable<FuzzInput> Shrink(FuzzInput input)
    {
        var b = input.Bytes;
        if (b.Length <= 1)
        {
            yield break;
        }
        yield return input with { Bytes = b[..(b.Length / 2)] };
        yield return input with { Bytes = b[(b.Length / 2)..] };
        for (int chunk = b.Length / 4; chunk >= 1 && chunk >= b.Length / 64; chunk /= 2)
        {
            for (int at = 0; at + chunk <= b.Length; at += chunk)
            {
                yield return input with { Bytes = [.. b[..at], .. b[(at + chunk)..]] };
            }
        }
    }
}
