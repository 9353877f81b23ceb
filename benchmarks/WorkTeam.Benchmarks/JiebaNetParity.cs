using System.Globalization;
using System.Text;
using WorkTeam.Extraction.Segmentation;

namespace WorkTeam.Benchmarks;

/// <summary>
/// <c>jiebanet-parity [--show N] FILE...</c>: WorkTeam's <see cref="Segmenter.Cut"/> beside jieba.NET's
/// <c>JiebaSegmenter.Cut</c> (precise, HMM on) on every line; prints per file the share of identical
/// lines and the first differing ones. WorkTeam matches Python jieba 0.42.1 token for token on these
/// inputs (benchmarks/parity/jieba_parity.py), so every line listed is one where jieba.NET departs from
/// Python jieba. The kinds seen: a line with a character outside the BMP (jieba.NET cuts a surrogate
/// pair in two), a different choice between routes of equal probability, and a different HMM merge
/// of characters the dictionary does not join.
/// </summary>
internal static class JiebaNetParity
{
    public static int Run(string[] args)
    {
        int show = 5;
        var files = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--show")
            {
                show = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                files.Add(args[i]);
            }
        }
        var jieba = Yardsticks.JiebaNet();
        foreach (var file in files)
        {
            int total = 0, same = 0, surrogate = 0;
            var shown = new List<string>();
            foreach (var line in File.ReadLines(file, Encoding.UTF8))
            {
                total++;
                var ours = Segmenter.Default.Cut(line).Select(t => t.Text).ToArray();
                var theirs = jieba.Cut(line).ToArray();
                if (ours.SequenceEqual(theirs))
                {
                    same++;
                    continue;
                }
                bool hasSurrogate = line.Any(char.IsSurrogate);
                if (hasSurrogate)
                {
                    surrogate++;
                }
                if (shown.Count < show)
                {
                    shown.Add($"  line {total}{(hasSurrogate ? " (outside the BMP)" : "")}:\n    workteam/python: {string.Join(" / ", ours)}\n    jieba.NET:       {string.Join(" / ", theirs)}");
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(file)}: {100.0 * same / Math.Max(total, 1):F3}% identical ({same}/{total} lines); {total - same} differ, {surrogate} of them with characters outside the BMP"));
            foreach (var s in shown)
            {
                Console.WriteLine(s);
            }
        }
        return 0;
    }
}
