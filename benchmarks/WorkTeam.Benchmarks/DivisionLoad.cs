using System.Diagnostics;
using System.Globalization;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Benchmarks;

/// <summary>
/// <c>division-load</c>: the division table's first use in a fresh process (decompression, columns, the
/// name hash), as a user's first place lookup pays it, then one lookup. Run by benchmarks/division-load.sh
/// in several processes for a median.
/// </summary>
internal static class DivisionLoad
{
    public static int Run()
    {
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var table = DivisionTable.Default;
        var first = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var found = table.Find("劳光村");
        var lookup = watch.Elapsed.TotalMilliseconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "first use {0:F1} ms; then Find(劳光村) {1:F3} ms ({2} units); {3} units; {4:F1} MB allocated",
            first, lookup, found.Count, table.Count, allocated / 1048576.0));
        return 0;
    }
}
