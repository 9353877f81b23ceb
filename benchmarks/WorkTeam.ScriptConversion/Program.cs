using System.Diagnostics;
using System.Globalization;
using System.Text;
using WorkTeam.Extraction.Text;

// convert --to simplified|traditional FILE...   writes the conversion of each file to stdout, byte for byte
//                                                 as opencc would (a BOM and CRLF line ends are kept as text)
// speed --to simplified|traditional FILE [MB]    converts the file's text repeated to about MB megabytes (UTF-8)
//                                                 and prints the load time and the throughput
// detect FILE...                                 prints each file's script
if (args.Length < 2)
{
    return Usage();
}
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
switch (args[0])
{
    case "convert" when args.Length >= 4 && args[1] == "--to":
    {
        var convert = Direction(args[2]);
        using var stdout = Console.OpenStandardOutput();
        foreach (var file in args[3..])
        {
            // GetString keeps a leading BOM as U+FEFF, as opencc does.
            var bytes = utf8.GetBytes(convert(utf8.GetString(File.ReadAllBytes(file))));
            stdout.Write(bytes);
        }
        return 0;
    }
    case "speed" when args.Length >= 4 && args[1] == "--to":
    {
        var clock = Stopwatch.StartNew();
        _ = ScriptConverter.Default; // loads the tables
        double loadMs = clock.Elapsed.TotalMilliseconds;
        var convert = Direction(args[2]);
        string text = utf8.GetString(File.ReadAllBytes(args[3]));
        double targetMb = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 20;
        var sb = new StringBuilder();
        while (utf8.GetByteCount(sb.ToString()) < targetMb * 1e6 && text.Length > 0)
        {
            sb.Append(text);
        }
        string big = sb.ToString();
        double mb = utf8.GetByteCount(big) / 1e6;
        convert(big); // warm-up
        clock.Restart();
        string result = convert(big);
        double seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{args[2]}: load {loadMs:F1} ms, {mb:F1} MB in {seconds:F3} s = {mb / seconds:F1} MB/s ({result.Length} chars out)"));
        return 0;
    }
    case "detect":
        foreach (var file in args[1..])
        {
            Console.WriteLine($"{file}\t{ScriptDetector.Detect(utf8.GetString(File.ReadAllBytes(file)))}");
        }
        return 0;
    default:
        return Usage();
}

static Func<string, string> Direction(string to) => to switch
{
    "simplified" => ScriptConverter.Default.ToSimplified,
    "traditional" => ScriptConverter.Default.ToTraditional,
    _ => throw new ArgumentException($"--to must be simplified or traditional, not '{to}'"),
};

static int Usage()
{
    Console.Error.WriteLine("usage: convert --to simplified|traditional FILE... | speed --to simplified|traditional FILE [MB] | detect FILE...");
    return 2;
}
