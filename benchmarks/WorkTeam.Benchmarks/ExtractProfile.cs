using System.Diagnostics;
using System.Globalization;
using System.Text;
using WorkTeam.Extraction;
using WorkTeam.Extraction.Documents;
using WorkTeam.Extraction.Entities;
using WorkTeam.Extraction.Facts;
using WorkTeam.Extraction.Links;
using WorkTeam.Extraction.Places;
using WorkTeam.Extraction.Segmentation;
using WorkTeam.Extraction.Text;

namespace WorkTeam.Benchmarks;

/// <summary>
/// Where extraction's time goes, in one process: the corpus's lines read beforehand, then PASSES pairs of
/// passes (the segmenter's <c>Cut</c>, then <c>ReportAnalyzer.Default.Extract</c>, one thread), each pass's
/// wall and thread CPU seconds printed as a JSON line, so the first (cold: JIT or tier-0 code) and the warm
/// passes are seen apart and the extract/segment ratio is taken on the same code image, side by side.
/// With <c>--stages</c>, one more pass runs the analyzer's stages one by one (the same calls
/// <c>ReportAnalyzer</c> and <c>EntityExtractor</c> make, in their order) with a clock around each,
/// and prints each stage's share. <c>--stage-passes N</c> runs N such passes and prints each stage's median
/// (and fastest) pass: one pass on a loaded machine measures its neighbours. <c>--cpu-clock</c> times the stages by
/// the thread's CPU clock instead of the wall clock (each pass's <c>cpu_seconds</c> is that clock).
/// <c>--stage reading|quantities|simplified|places|organisations|people</c> runs PASSES passes of that stage alone instead (its input, the
/// reading view, or for places the simplified view, for people the simplified view with its places and organisations, made beforehand; one short line through the stage first, as the other modes warm up on one
/// line): pass 1 is the stage's cold pass in a fresh process, the others warm, each printed as a JSON line.
///
/// <c>--each</c> adds, after each extract pass, a pass of <c>ReportAnalyzer.ExtractEach</c> over the same lines
/// (<c>extract-each</c>); <c>--check-each</c> only compares the two, every field of every line's facts.
/// <c>--documents</c> adds the path <c>workteam extract --jsonl-input</c> takes, each line a <c>Document</c>
/// (<c>Document.FromText</c>): the documents made alone (<c>documents</c>), then made and read one at a time
/// (<c>extract-documents</c>, <c>Extract(document)</c>) and through <c>ExtractEach(documents)</c> (<c>extract-documents-each</c>);
/// with <c>--check-each</c>, the two document paths' facts are compared too.
///
///   extract-profile CORPUS [--passes N] [--stages] [--stage-passes N] [--cpu-clock] [--no-segment] [--stage NAME] [--each] [--documents] [--check-each]
/// </summary>
internal static class ExtractProfile
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: extract-profile CORPUS [--passes N] [--stages] [--stage-passes N] [--cpu-clock] [--no-segment] [--stage NAME]");
            return 2;
        }
        var lines = File.ReadAllLines(args[0], Encoding.UTF8);
        long bytes = new FileInfo(args[0]).Length;
        int passesAt = Array.IndexOf(args, "--passes");
        int passes = passesAt > 0 ? int.Parse(args[passesAt + 1], CultureInfo.InvariantCulture) : 4;
        int stageAt = Array.IndexOf(args, "--stage");
        if (stageAt > 0)
        {
            return OneStage(args[stageAt + 1], lines, bytes, passes);
        }
        bool segment = !args.Contains("--no-segment");
        bool each = args.Contains("--each");
        bool documents = args.Contains("--documents");
        if (args.Contains("--check-each") && documents)
        {
            // The document path's check: ExtractEach over documents gives each the facts Extract(document) gives it.
            var alone = lines.Select((line, i) => ReportAnalyzer.Default.Extract(Document.FromText(line, DocName(i)))).ToList();
            var differing = ReportAnalyzer.Default.ExtractEach(lines.Select((line, i) => Document.FromText(line, DocName(i))))
                .Select((facts, i) => facts.SequenceEqual(alone[i]) ? 0 : 1).Sum();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{{\"what\": \"check-each-documents\", \"lines\": {lines.Length}, \"facts\": {alone.Sum(f => f.Count)}, \"differing_lines\": {differing}}}"));
            return differing == 0 ? 0 : 1;
        }
        if (args.Contains("--check-each"))
        {
            // Speed work's check that ExtractEach gives every line the facts Extract gives it alone (every field).
            var alone = lines.Select(line => ReportAnalyzer.Default.Extract(line)).ToList();
            var differing = ReportAnalyzer.Default.ExtractEach(lines).Select((facts, i) => facts.SequenceEqual(alone[i]) ? 0 : 1).Sum();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{{\"what\": \"check-each\", \"lines\": {lines.Length}, \"facts\": {alone.Sum(f => f.Count)}, \"differing_lines\": {differing}}}"));
            return differing == 0 ? 0 : 1;
        }
        var analyzer = ReportAnalyzer.Default;
        analyzer.Extract("民豐縣投入资金600余万元");
        Segmenter.Default.Cut("预热");
        Segmenter.Default.Cut("預熱");
        for (int p = 1; p <= passes; p++)
        {
            if (segment)
            {
                Report("segment", p, bytes, Time(() => SegmentPass(lines)));
            }
            Report("extract", p, bytes, Time(() => ExtractPass(analyzer, lines)));
            if (each)
            {
                Report("extract-each", p, bytes, Time(() => ExtractEachPass(analyzer, lines)));
            }
            if (documents)
            {
                Report("documents", p, bytes, Time(() => lines.Select((line, i) => Document.FromText(line, DocName(i)).Paragraphs.Count).Sum()));
                Report("extract-documents", p, bytes, Time(() => lines.Select((line, i) => analyzer.Extract(Document.FromText(line, DocName(i))).Count).Sum()));
                Report("extract-documents-each", p, bytes, Time(() => analyzer.ExtractEach(lines.Select((line, i) => Document.FromText(line, DocName(i)))).Sum(facts => facts.Count)));
            }
        }
        s_cpuClock = args.Contains("--cpu-clock");
        int stagePassesAt = Array.IndexOf(args, "--stage-passes");
        if (stagePassesAt > 0)
        {
            StagePasses(lines, int.Parse(args[stagePassesAt + 1], CultureInfo.InvariantCulture));
        }
        else if (args.Contains("--stages"))
        {
            Stages(lines);
        }
        return 0;
    }

    /// <summary>PASSES passes of one stage alone over the corpus's reading views, the first one cold.</summary>
    private static int OneStage(string stage, string[] lines, long bytes, int passes)
    {
        if (stage == "people")
        {
            return PeopleStage(lines, bytes, passes);
        }
        if (stage == "organisations")
        {
            return OrganisationsStage(lines, bytes, passes);
        }
        Func<string, long>? run = stage switch
        {
            "reading" => text => ReadingText.Create(text).View.Length,
            "quantities" => text => QuantityScanner.Scan(text, null, FactKinds.Quantities).Count,
            "simplified" => text => ScriptConverter.Default.ToSimplifiedView(text).View.Length,
            "places" => text => s_places.Value.Recognize(text).Count,
            _ => null,
        };
        if (run is null)
        {
            Console.Error.WriteLine($"extract-profile: unknown stage '{stage}' (reading, quantities, simplified, places, organisations, people)");
            return 2;
        }
        // The reading stage reads the lines as given; the others read the reading view, as the analyzer gives it them,
        // and the places the simplified view made from it.
        var input = stage == "reading" ? lines : [.. lines.Select(l => ReadingText.Create(l).View)];
        if (stage == "places")
        {
            input = [.. input.Select(v => ScriptConverter.Default.ToSimplifiedView(v).View)];
        }
        run("民豐縣投入资金600余万元");
        for (int p = 1; p <= passes; p++)
        {
            Report(stage, p, bytes, Time(() =>
            {
                long n = 0;
                foreach (var text in input)
                {
                    n += run(text);
                }
                return n;
            }));
        }
        return 0;
    }

    /// <summary>
    /// PASSES passes of the organisations stage alone (<see cref="OrganizationRecognizer.Recognize"/>, as <c>--stages</c>
    /// times it), over the simplified views with their places found beforehand.
    /// </summary>
    private static int OrganisationsStage(string[] lines, long bytes, int passes)
    {
        var views = lines.Select(l => ScriptConverter.Default.ToSimplifiedView(ReadingText.Create(l).View).View).ToArray();
        var places = views.Select(v => s_places.Value.Recognize(v)).ToArray();
        OrganizationRecognizer.Recognize("民丰县人民政府", s_places.Value.Recognize("民丰县人民政府"));
        for (int p = 1; p <= passes; p++)
        {
            Report("organisations", p, bytes, Time(() =>
            {
                long n = 0;
                for (int i = 0; i < views.Length; i++)
                {
                    n += OrganizationRecognizer.Recognize(views[i], places[i]).Count;
                }
                return n;
            }));
        }
        return 0;
    }

    /// <summary>
    /// PASSES passes of the people stage alone (<see cref="PersonRecognizer.Recognize"/> and the places giving way, as
    /// <c>--stages</c> times it), over the simplified views with their places and organisations found beforehand.
    /// </summary>
    private static int PeopleStage(string[] lines, long bytes, int passes)
    {
        var views = lines.Select(l => ScriptConverter.Default.ToSimplifiedView(ReadingText.Create(l).View).View).ToArray();
        var places = views.Select(v => s_places.Value.Recognize(v)).ToArray();
        var orgs = views.Select((v, i) => OrganizationRecognizer.Recognize(v, places[i])).ToArray();
        long Pass()
        {
            long n = 0;
            for (int i = 0; i < views.Length; i++)
            {
                var people = PersonRecognizer.Recognize(views[i], places[i], orgs[i], out var displaced);
                n += people.Count + EntityArbitration.PlacesGivingWayToPeople(places[i], displaced).Count;
            }
            return n;
        }
        PersonRecognizer.Recognize("民豐縣投入资金600余万元", [], [], out _);
        for (int p = 1; p <= passes; p++)
        {
            Report("people", p, bytes, Time(Pass));
        }
        return 0;
    }

    private static readonly Lazy<PlaceRecognizer> s_places = new(() => new PlaceRecognizer(Gazetteer.Default));

    /// <summary>A line's document name, as --jsonl-input names a line by its "doc" field.</summary>
    private static string DocName(int line) => (line + 1).ToString(CultureInfo.InvariantCulture);

    private static long SegmentPass(string[] lines)
    {
        long n = 0;
        foreach (var line in lines)
        {
            n += Segmenter.Default.Cut(line).Count;
        }
        return n;
    }

    private static long ExtractPass(ReportAnalyzer analyzer, string[] lines)
    {
        long n = 0;
        foreach (var line in lines)
        {
            n += analyzer.Extract(line).Count;
        }
        return n;
    }

    /// <summary>The same lines through <see cref="ReportAnalyzer.ExtractEach"/>: each stage over a block of lines at a time.</summary>
    private static long ExtractEachPass(ReportAnalyzer analyzer, string[] lines)
    {
        long n = 0;
        foreach (var facts in analyzer.ExtractEach(lines))
        {
            n += facts.Count;
        }
        return n;
    }

    private static (double Wall, double Cpu, long Count, long Allocated, int Gcs) Time(Func<long> pass)
    {
        var cpu0 = ThreadCpuSeconds();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var gcs = GC.CollectionCount(0);
        var wall = Stopwatch.StartNew();
        var n = pass();
        wall.Stop();
        return (wall.Elapsed.TotalSeconds, ThreadCpuSeconds() - cpu0, n, GC.GetAllocatedBytesForCurrentThread() - allocated, GC.CollectionCount(0) - gcs);
    }

    private static void Report(string what, int pass, long bytes, (double Wall, double Cpu, long Count, long Allocated, int Gcs) t) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"what\": \"{what}\", \"pass\": {pass}, \"wall_seconds\": {t.Wall:F4}, \"cpu_seconds\": {t.Cpu:F4}, \"mb_per_cpu_s\": {bytes / 1e6 / t.Cpu:F3}, \"mb_per_s\": {bytes / 1e6 / t.Wall:F3}, \"items\": {t.Count}, \"allocated_mb\": {t.Allocated / 1e6:F1}, \"gen0\": {t.Gcs}}}"));

    /// <summary>This thread's CPU time in nanoseconds (<see cref="BenchmarkSupport.ThreadCpu"/>).</summary>
    private static long ThreadCpuNanoseconds() =>
        BenchmarkSupport.ThreadCpu.Nanoseconds() ?? throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");

    private static double ThreadCpuSeconds() => ThreadCpuNanoseconds() / 1e9;

    private static readonly string[] StageNames =
    [
        "reading view (ReadingText)", "quantities (QuantityScanner)", "simplified view (ScriptConverter)",
        "places (PlaceRecognizer)", "organisations", "people + arbitration", "work teams",
        "division codes (DivisionResolver)", "entity fact records + sort", "claim/merge + linker (FactLinker)",
    ];

    /// <summary>
    /// <paramref name="passes"/> passes of <see cref="Stages(string[], long[], long[])"/>: each stage's median and
    /// fastest pass (ms), its allocations per pass, and the sum of the medians.
    /// </summary>
    private static void StagePasses(string[] lines, int passes)
    {
        var ticks = new long[passes][];
        var bytes = new long[StageNames.Length];
        for (int p = 0; p < passes; p++)
        {
            ticks[p] = new long[StageNames.Length];
            Array.Clear(bytes);
            Stages(lines, ticks[p], bytes);
        }
        double Ms(long t) => t * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stages (warm, median and fastest of {passes} passes):"));
        double total = 0;
        for (int i = 0; i < StageNames.Length; i++)
        {
            var sorted = ticks.Select(t => t[i]).Order().ToArray();
            total += Ms(sorted[passes / 2]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {StageNames[i],-40} {Ms(sorted[passes / 2]),8:F1} ms  (fastest {Ms(sorted[0]),7:F1})  {bytes[i] / 1e6,7:F1} MB allocated"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"sum of medians",-40} {total,8:F1} ms"));
    }

    /// <summary>The analyzer's stages one by one, on warm code, with a clock around each.</summary>
    private static void Stages(string[] lines)
    {
        var ticks = new long[StageNames.Length];
        var bytes = new long[StageNames.Length];
        var (seconds, facts) = Stages(lines, ticks, bytes);
        long sum = ticks.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stages (warm, one pass, {seconds:F3} s, {facts} facts):"));
        for (int i = 0; i < ticks.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {StageNames[i],-40} {ticks[i] * 1000.0 / Stopwatch.Frequency,8:F1} ms  {100.0 * ticks[i] / sum,5:F1}%  {bytes[i] / 1e6,7:F1} MB allocated"));
        }
    }

    /// <summary>
    /// How many lines go through one stage before the clock is read: a clock read per line and stage (two thread-CPU
    /// system calls and an allocation count, ~2 million a pass over the 9.4 MB corpus) cost more than the lighter stages
    /// themselves and inflated every stage alike (the sum of the stages was ~2.4x the pass). A block of lines keeps the
    /// data of one line's stages close in cache, and the clock's cost below 1% of a stage.
    /// </summary>
    private const int BlockLines = 256;

    /// <summary>
    /// One pass of the stages, their ticks and allocated bytes added to <paramref name="ticks"/> and <paramref name="bytes"/>:
    /// the lines go by blocks of <see cref="BlockLines"/>, each stage runs over the whole block between two clock reads.
    /// </summary>
    private static (double Seconds, long Facts) Stages(string[] lines, long[] ticks, long[] bytes)
    {
        var places = new PlaceRecognizer(Gazetteer.Default);
        var divisions = DivisionTable.Default;
        long facts = 0;
        var texts = new string[BlockLines];
        var quantities = new List<Fact>[BlockLines];
        var views = new ConvertedText[BlockLines];
        var placeMentions = new List<PlaceMention>[BlockLines];
        var orgs = new List<OrgMention>[BlockLines];
        var people = new List<PersonMention>[BlockLines];
        var teams = new IReadOnlyList<TeamMention>[BlockLines];
        var units = new int[BlockLines][];
        var lists = new List<Fact>[BlockLines];
        var total = Stopwatch.StartNew();
        for (int from = 0; from < lines.Length; from += BlockLines)
        {
            int n = Math.Min(BlockLines, lines.Length - from);
            long t = Now();
            s_allocated = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < n; i++)
            {
                texts[i] = ReadingText.Create(lines[from + i]).View;
            }
            t = Lap(ticks, bytes, 0, t);
            for (int i = 0; i < n; i++)
            {
                quantities[i] = QuantityScanner.Scan(texts[i], null, FactKinds.Quantities);
            }
            t = Lap(ticks, bytes, 1, t);
            for (int i = 0; i < n; i++)
            {
                views[i] = ScriptConverter.Default.ToSimplifiedView(texts[i]);
            }
            t = Lap(ticks, bytes, 2, t);
            for (int i = 0; i < n; i++)
            {
                placeMentions[i] = places.Recognize(views[i].View);
            }
            t = Lap(ticks, bytes, 3, t);
            for (int i = 0; i < n; i++)
            {
                orgs[i] = OrganizationRecognizer.Recognize(views[i].View, placeMentions[i]);
            }
            t = Lap(ticks, bytes, 4, t);
            for (int i = 0; i < n; i++)
            {
                people[i] = PersonRecognizer.Recognize(views[i].View, placeMentions[i], orgs[i], out var displaced);
                placeMentions[i] = EntityArbitration.PlacesGivingWayToPeople(placeMentions[i], displaced);
            }
            t = Lap(ticks, bytes, 5, t);
            for (int i = 0; i < n; i++)
            {
                teams[i] = WorkTeamRecognizer.Recognize(views[i].View, placeMentions[i], orgs[i]);
            }
            t = Lap(ticks, bytes, 6, t);
            for (int i = 0; i < n; i++)
            {
                units[i] = DivisionResolver.Resolve(divisions, Gazetteer.Default, placeMentions[i]);
            }
            t = Lap(ticks, bytes, 7, t);
            for (int i = 0; i < n; i++)
            {
                lists[i] = FactRecords(views[i], quantities[i], placeMentions[i], orgs[i], people[i], teams[i]);
            }
            t = Lap(ticks, bytes, 8, t);
            for (int i = 0; i < n; i++)
            {
                facts += FactLinker.Link(texts[i], lists[i]).Count + units[i].Length * 0;
            }
            Lap(ticks, bytes, 9, t);
        }
        total.Stop();
        return (total.Elapsed.TotalSeconds, facts);
    }

    /// <summary>
    /// The entity mentions as fact records beside the quantities, in document order (EntityExtractor's work). The mentions
    /// were read on the simplified view; where its offsets are not the text's (a view of another length: the lines of
    /// hostile input, whose characters the converter reads as phrases), they are read as a text of their own and mapped
    /// back, as <c>EntityExtractor</c> does (taking the text's offsets for the view's ran past the text's end).
    /// </summary>
    private static List<Fact> FactRecords(ConvertedText converted, List<Fact> quantities, List<PlaceMention> placeMentions, List<OrgMention> orgs,
        List<PersonMention> people, IReadOnlyList<TeamMention> teams)
    {
        bool mapped = !(converted.IsOffsetIdentity && converted.View.Length == converted.Original.Length);
        string text = mapped ? converted.View : converted.Original;
        var entities = new List<Fact>(placeMentions.Count + orgs.Count + people.Count + teams.Count);
        foreach (var p in placeMentions)
        {
            if (!p.IsAnaphor)
            {
                entities.Add(new Fact { Kind = FactKinds.Place, Text = text[p.Start..p.End], Start = p.Start, End = p.End, Name = p.Name, Level = p.Level, Parent = p.Parent });
            }
        }
        foreach (var o in orgs)
        {
            entities.Add(new Fact { Kind = FactKinds.Organization, Text = text[o.Start..o.End], Start = o.Start, End = o.End, Name = o.Name });
        }
        foreach (var p in people)
        {
            entities.Add(new Fact { Kind = FactKinds.Person, Text = text[p.Start..p.End], Start = p.Start, End = p.End, Name = p.Name });
        }
        foreach (var m in teams)
        {
            entities.Add(new Fact { Kind = FactKinds.Team, Text = text[m.Start..m.End], Start = m.Start, End = m.End, Name = m.Sender, Station = m.Station });
        }
        var list = new List<Fact>(quantities);
        foreach (var f in entities)
        {
            if (mapped)
            {
                var (start, end) = converted.ToOriginalSpan(f.Start, f.End);
                list.Add(f with { Start = start, End = end, Text = converted.Original[start..end] });
            }
            else
            {
                list.Add(f);
            }
        }
        list.Sort((a, b) => (a.Start, a.End).CompareTo((b.Start, b.End)));
        return list;
    }

    [ThreadStatic]
    private static long s_allocated;

    private static long Lap(long[] ticks, long[] bytes, int stage, long since)
    {
        long now = Now();
        ticks[stage] += now - since;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        bytes[stage] += allocated - s_allocated;
        s_allocated = allocated;
        return Now();
    }

    /// <summary>With --cpu-clock, stages are timed by the thread's CPU clock: on a loaded machine the wall clock also counts the time others ran.</summary>
    private static bool s_cpuClock;

    /// <summary>The stages' clock, in <see cref="Stopwatch"/> ticks.</summary>
    /// <remarks>
    /// Nanoseconds times the frequency (10^9 on Linux) overflowed a long once the thread had run 9.2 s of CPU, so the
    /// third stage pass printed negative times: the product is taken in 128 bits.
    /// </remarks>
    private static long Now() => s_cpuClock
        ? (long)((Int128)ThreadCpuNanoseconds() * Stopwatch.Frequency / 1_000_000_000)
        : Stopwatch.GetTimestamp();
}
