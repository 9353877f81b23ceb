using System.Diagnostics;
using System.Globalization;
using WorkTeam.Extraction.Places;

namespace WorkTeam.Benchmarks;

/// <summary>
/// <c>division-load</c>: the division table's first use in a fresh process (the columns read out of the assembly, the
/// name hash), as a user's first place lookup pays it, then one lookup. Run by benchmarks/division-load.sh
/// in several processes for a median.
/// </summary>
internal static class DivisionLoad
{
    public static int Run()
    {
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var table = DivisionTable.Default;
        var first = watch.Elapsed.TotalMilliseconds;
        // On a shared machine the wall clock counts other processes' turns; the process's CPU time does not.
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        watch.Restart();
        var found = table.Find("劳光村");
        var lookup = watch.Elapsed.TotalMilliseconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        // The same work again, its code now compiled: what is left is reading the columns and building the index.
        var asm = typeof(DivisionTable).Assembly;
        watch.Restart();
        using (var raw = asm.GetManifestResourceStream("WorkTeam." + DivisionFormat.FileName)!)
        {
            raw.Position = 8;
            raw.CopyTo(Stream.Null);
        }
        var decompress = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        using (var raw = asm.GetManifestResourceStream("WorkTeam." + DivisionFormat.FileName)!)
        using (var names = new StreamReader(asm.GetManifestResourceStream(DivisionTable.FormerNamesResource)!))
        {
            DivisionTable.Load(raw, names);
        }
        var again = watch.Elapsed.TotalMilliseconds;
        Console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "warm: reading the resource alone {0:F1} ms, whole load {1:F1} ms", decompress, again));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "first use {0:F1} ms (CPU {5:F1} ms); then Find(劳光村) {1:F3} ms ({2} units); {3} units; {4:F1} MB allocated",
            first, lookup, found.Count, table.Count, allocated / 1048576.0, cpu));
        return 0;
    }
}
