using System.Diagnostics;
using System.Globalization;
using System.Text;
using WorkTeam.Extraction.Segmentation;

namespace WorkTeam.Benchmarks;

/// <summary>
/// One process, as a user runs it: load the dictionary and conversion tables, then segment a corpus line by line in
/// precise mode (HMM on) on one thread, writing the tokens joined by spaces to a null stream, as
/// the Python side does. Prints JSON: bytes, load_seconds, segment_seconds, mb_per_s, peak_rss_mb.
/// </summary>
internal static class SideBySide
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: side-by-side CORPUS [--threads N] [--extract] [--jiebanet]");
            return 2;
        }
        string path = args[0];
        int threadsAt = Array.IndexOf(args, "--threads");
        int threads = threadsAt > 0 ? int.Parse(args[threadsAt + 1], CultureInfo.InvariantCulture) : 1;
        if (args.Contains("--jiebanet"))
        {
            return JiebaNet(path);
        }
        int extractAt = Array.IndexOf(args, "--extract");
        if (extractAt > 0)
        {
            // --extract [quantities|entities]: all kinds, or one family, to see where the time goes;
            // --per-line: each line through Extract(line) alone, not through ExtractEach.
            string family = extractAt + 1 < args.Length && !args[extractAt + 1].StartsWith("--", StringComparison.Ordinal) ? args[extractAt + 1] : "all";
            return Extract(path, family, perLine: args.Contains("--per-line"));
        }
        long bytes = new FileInfo(path).Length;

        var load = Stopwatch.StartNew();
        var segmenter = Segmenter.Default;
        segmenter.Cut("预热"); // forces the dictionary and HMM to load
        segmenter.Cut("預熱"); // and the OpenCC tables, which traditional lines use
        load.Stop();

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var run = Stopwatch.StartNew();
        if (threads <= 1)
        {
            // Streamed, as the Python side reads it: the corpus is never held in memory.
            SegmentLines(segmenter, File.ReadLines(path, Encoding.UTF8));
        }
        else
        {
            // Every thread segments the whole corpus: throughput is threads x bytes over the wall time.
            var workers = new Thread[threads];
            for (int t = 0; t < threads; t++)
            {
                workers[t] = new Thread(() => SegmentLines(segmenter, File.ReadLines(path, Encoding.UTF8)));
                workers[t].Start();
            }
            foreach (var w in workers)
            {
                w.Join();
            }
            bytes *= threads;
        }
        run.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;

        double mb = bytes / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"bytes\": {bytes}, \"threads\": {threads}, \"load_seconds\": {load.Elapsed.TotalSeconds:F4}, \"segment_seconds\": {run.Elapsed.TotalSeconds:F4}, \"mb_per_s\": {mb / run.Elapsed.TotalSeconds:F3}, \"cpu_seconds\": {cpuSeconds:F3}, \"peak_rss_mb\": {PeakRssMb():F1}}}"));
        return 0;
    }

    /// <summary>
    /// The whole of fact extraction (ReportAnalyzer: all nine kinds) on the same corpus, each line one text,
    /// one thread; facts written as JSON-ish lines to a null stream. The lines go through
    /// <see cref="WorkTeam.Extraction.ReportAnalyzer.ExtractEach"/> (streamed, each stage over a block of lines),
    /// as a user with many lines calls it; with <paramref name="perLine"/>, each through <c>Extract(line)</c> alone.
    /// </summary>
    private static int Extract(string path, string family, bool perLine)
    {
        var kinds = family switch
        {
            "quantities" => WorkTeam.Extraction.Facts.FactKinds.Quantities,
            "entities" => WorkTeam.Extraction.Facts.FactKinds.Entities,
            _ => WorkTeam.Extraction.Facts.FactKinds.All,
        };
        long bytes = new FileInfo(path).Length;
        var load = Stopwatch.StartNew();
        var analyzer = WorkTeam.Extraction.ReportAnalyzer.Default;
        analyzer.Extract("民豐縣投入资金600余万元");
        load.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var run = Stopwatch.StartNew();
        long facts = 0;
        using (var sink = new StreamWriter(Stream.Null, new UTF8Encoding(false), 1 << 16))
        {
            var lines = File.ReadLines(path, Encoding.UTF8);
            var results = perLine ? lines.Select(line => analyzer.Extract(line, kinds: kinds)) : analyzer.ExtractEach(lines, kinds: kinds);
            foreach (var result in results)
            {
                foreach (var fact in result)
                {
                    sink.Write(fact.Kind);
                    sink.Write('\t');
                    sink.Write(fact.Text);
                    sink.Write('\n');
                    facts++;
                }
            }
        }
        run.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"bytes\": {bytes}, \"kinds\": \"{family}\", \"per_line\": {(perLine ? "true" : "false")}, \"facts\": {facts}, \"load_seconds\": {load.Elapsed.TotalSeconds:F4}, \"extract_seconds\": {run.Elapsed.TotalSeconds:F4}, \"mb_per_s\": {bytes / 1e6 / run.Elapsed.TotalSeconds:F3}, \"cpu_seconds\": {cpuSeconds:F3}, \"peak_rss_mb\": {PeakRssMb():F1}}}"));
        return 0;
    }

    private static void SegmentLines(Segmenter segmenter, IEnumerable<string> lines)
    {
        using var sink = new StreamWriter(Stream.Null, new UTF8Encoding(false), 1 << 16);
        foreach (var line in lines)
        {
            // The public API, as a user calls it: traditional lines go through their simplified view.
            var tokens = segmenter.Cut(line);
            for (int k = 0; k < tokens.Count; k++)
            {
                if (k > 0)
                {
                    sink.Write(' ');
                }
                sink.Write(tokens[k].Text);
            }
            sink.Write('\n');
        }
    }

    /// <summary>jieba.NET's JiebaSegmenter.Cut (precise, HMM on) the same way, one thread.</summary>
    private static int JiebaNet(string path)
    {
        long bytes = new FileInfo(path).Length;
        var load = Stopwatch.StartNew();
        var segmenter = Yardsticks.JiebaNet();
        _ = segmenter.Cut("预热").Count(); // jieba.NET loads its dictionary on first use
        load.Stop();
        var run = Stopwatch.StartNew();
        using (var sink = new StreamWriter(Stream.Null, new UTF8Encoding(false), 1 << 16))
        {
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                sink.Write(string.Join(' ', segmenter.Cut(line)));
                sink.Write('\n');
            }
        }
        run.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"bytes\": {bytes}, \"threads\": 1, \"load_seconds\": {load.Elapsed.TotalSeconds:F4}, \"segment_seconds\": {run.Elapsed.TotalSeconds:F4}, \"mb_per_s\": {bytes / 1e6 / run.Elapsed.TotalSeconds:F3}, \"peak_rss_mb\": {PeakRssMb():F1}}}"));
        return 0;
    }

    /// <summary>The process's peak resident set (VmHWM), the figure /usr/bin/time reports.</summary>
    private static double PeakRssMb()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
            }
        }
        return Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }
}
