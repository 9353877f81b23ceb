using System.Diagnostics;
using WorkTeam.BenchmarkSupport;

namespace WorkTeam.Extraction.Tests;

/// <summary>
/// The CPU time the test thread spends on one call, for the guards against hangs and quadratic work in the
/// long-input tests. Not a speed goal (those live in benchmarks/): on a machine shared by other work (load
/// 40–70) the wall clock of linear work passed these guards' bounds while its CPU time stayed well inside.
/// </summary>
internal static class ThreadTime
{
    /// <summary>Runs <paramref name="work"/> and returns its result with the CPU time this thread spent on it
    /// (the wall clock where the thread clock is not available).</summary>
    public static (T Result, TimeSpan Took) Of<T>(Func<T> work)
    {
        var wall = Stopwatch.StartNew();
        var start = ThreadCpu.Nanoseconds();
        var result = work();
        var end = ThreadCpu.Nanoseconds();
        return (result, start is { } s && end is { } e ? TimeSpan.FromTicks((e - s) / 100) : wall.Elapsed);
    }
}
