// A new user's console app, built by benchmarks/public-api.sh outside the repository against the packed
// WorkTeam.Extraction .nupkg (and jieba.NET from NuGet): segments a corpus line by line, one thread,
// through the public API only, and prints one JSON line.
//
//   PublicApi workteam CORPUS        Segmenter.Default.Cut(line), reading each token's Text
//   PublicApi workteam-span CORPUS   Segmenter.Default.TryCut(line, buffer, out n): ranges into the line, no strings
//   PublicApi jiebanet CORPUS RESOURCES_DIR   jieba.NET's JiebaSegmenter.Cut(line) (precise, HMM on)
//   PublicApi read CORPUS            the same reading and writing of lines with no segmenter: the app's own memory
using System.Diagnostics;
using System.Text;

// The app measures without adding to what it measures: no Process.GetCurrentProcess().StartTime, no
// local time (DateTime.Now) and no culture-formatted numbers (ICU): they loaded the process, time zone
// and globalization machinery, ~9 MB of peak RSS, some of it at the final print (GNU time's peak saw
// it). Numbers are printed as integers; the first line's time as UTC Unix microseconds, from which
// public-api.sh subtracts the moment it launched the process.
var main = Stopwatch.StartNew();
string mode = args[0], path = args[1];
long bytes = new FileInfo(path).Length;
long readyMicros = 0, firstLineUnixMicros = 0;
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
        case "read":
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                sink.Write(line);
                sink.Write('\n');
                FirstLine();
            }
            break;
        default:
            throw new ArgumentException("mode: workteam, workteam-span, jiebanet or read");
    }

    void FirstLine()
    {
        if (firstLineUnixMicros == 0)
        {
            firstLineUnixMicros = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
        }
    }

    void RunWorkTeam()
    {
        var segmenter = WorkTeam.Extraction.Segmentation.Segmenter.Default;
        readyMicros = main.Elapsed.Ticks / 10;
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
        readyMicros = main.Elapsed.Ticks / 10;
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
        readyMicros = main.Elapsed.Ticks / 10;
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
long mainMicros = main.Elapsed.Ticks / 10;
string rssKb = "0";
foreach (var l in File.ReadLines("/proc/self/status"))
{
    if (l.StartsWith("VmHWM:", StringComparison.Ordinal))
    {
        rssKb = l["VmHWM:".Length..].Trim().Split(' ')[0];
    }
}
// Non-negative integers format without the culture (no ICU); the bytes go to file descriptor 1 itself
// (System.Console's set-up, its encoding and terminal handling, added ~4 MB after the peak was read).
using var stdout = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 1);
stdout.Write(Encoding.UTF8.GetBytes(string.Concat(
    "{\"mode\": \"", mode, "\", \"bytes\": ", bytes.ToString(), ", \"tokens\": ", tokens.ToString(),
    ", \"ready_us\": ", readyMicros.ToString(), ", \"first_line_unix_us\": ", firstLineUnixMicros.ToString(),
    ", \"main_us\": ", mainMicros.ToString(), ", \"peak_rss_kb\": ", rssKb, "}\n")));
