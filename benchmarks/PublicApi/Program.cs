// A new user's console app, built by benchmarks/public-api.sh outside the repository against the packed
// WorkTeam.Extraction .nupkg (and jieba.NET from NuGet): segments a corpus line by line, one thread,
// through the public API only, and prints one JSON line.
//
//   PublicApi workteam CORPUS        Segmenter.Default.Cut(line), reading each token's Text
//   PublicApi workteam-span CORPUS   Segmenter.Default.TryCut(line, buffer, out n): ranges into the line, no strings
//   PublicApi jiebanet CORPUS RESOURCES_DIR   jieba.NET's JiebaSegmenter.Cut(line) (precise, HMM on)
using System.Diagnostics;
using System.Globalization;
using System.Text;

var processStart = Process.GetCurrentProcess().StartTime;
var main = Stopwatch.StartNew();
string mode = args[0], path = args[1];
long bytes = new FileInfo(path).Length;
double readyMs = 0, firstLineMs = -1;
long tokens = 0;
using (var sink = new StreamWriter(Stream.Null, new UTF8Encoding(false), 1 << 16))
{
    switch (mode)
    {
        case "workteam":
            RunWorkTeam();
            break;
        case "workteam-span":
            RunWorkTeamSpans();
            break;
        case "jiebanet":
            RunJiebaNet(args[2]);
            break;
        default:
            throw new ArgumentException("mode: workteam, workteam-span or jiebanet");
    }

    void FirstLine()
    {
        if (firstLineMs < 0)
        {
            firstLineMs = (DateTime.Now - processStart).TotalMilliseconds;
        }
    }

    void RunWorkTeam()
    {
        var segmenter = WorkTeam.Extraction.Segmentation.Segmenter.Default;
        readyMs = main.Elapsed.TotalMilliseconds;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var cut = segmenter.Cut(line);
            for (int k = 0; k < cut.Count; k++)
            {
                if (k > 0)
                {
                    sink.Write(' ');
                }
                sink.Write(cut[k].Text);
            }
            sink.Write('\n');
            tokens += cut.Count;
            FirstLine();
        }
    }

    void RunWorkTeamSpans()
    {
        var segmenter = WorkTeam.Extraction.Segmentation.Segmenter.Default;
        readyMs = main.Elapsed.TotalMilliseconds;
        var buffer = new WorkTeam.Extraction.Segmentation.TokenRange[256];
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (!segmenter.TryCut(line, buffer, out int n))
            {
                buffer = new WorkTeam.Extraction.Segmentation.TokenRange[line.Length];
                segmenter.TryCut(line, buffer, out n);
            }
            for (int k = 0; k < n; k++)
            {
                if (k > 0)
                {
                    sink.Write(' ');
                }
                sink.Write(line.AsSpan(buffer[k].Start, buffer[k].Length));
            }
            sink.Write('\n');
            tokens += n;
            FirstLine();
        }
    }

    void RunJiebaNet(string resources)
    {
        // jieba.NET reads its dictionary from JiebaConfigFileDir (here: the package's Resources folder).
        JiebaNet.Segmenter.ConfigManager.ConfigFileBaseDir = resources;
        var segmenter = new JiebaNet.Segmenter.JiebaSegmenter();
        segmenter.Cut("预热"); // jieba.NET loads its dictionary on first use
        readyMs = main.Elapsed.TotalMilliseconds;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            bool first = true;
            foreach (var word in segmenter.Cut(line))
            {
                if (!first)
                {
                    sink.Write(' ');
                }
                sink.Write(word);
                first = false;
                tokens++;
            }
            sink.Write('\n');
            FirstLine();
        }
    }
}
double wall = (DateTime.Now - processStart).TotalSeconds;
double rss = 0;
foreach (var l in File.ReadLines("/proc/self/status"))
{
    if (l.StartsWith("VmHWM:", StringComparison.Ordinal))
    {
        rss = long.Parse(l["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{{\"mode\": \"{mode}\", \"bytes\": {bytes}, \"tokens\": {tokens}, \"ready_ms\": {readyMs:F1}, \"first_line_ms\": {firstLineMs:F1}, \"process_seconds\": {wall:F3}, \"mb_per_s\": {bytes / 1e6 / wall:F3}, \"peak_rss_mb\": {rss:F1}}}"));
