namespace WorkTeam.BenchmarkSupport;

/// <summary>
/// The calling thread's CPU time from Linux's clock_gettime(CLOCK_THREAD_CPUTIME_ID): exact, where /proc counts
/// 10 ms ticks. One copy, compiled into each benchmark program that times a thread (extract-profile, the fuzzer).
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054
    private static extern int ClockGetTime(int clock, out Timespec time);
#pragma warning restore SYSLIB1054

    /// <summary>This thread's CPU time in nanoseconds, or null where the clock is not available (not Linux).</summary>
    public static long? Nanoseconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var t) == 0 ? t.Seconds * 1_000_000_000 + t.Nanoseconds : null;

    /// <summary>This thread's CPU time, zero where the clock is not available.</summary>
    public static TimeSpan Now() => Nanoseconds() is { } ns ? TimeSpan.FromTicks(ns / 100) : TimeSpan.Zero;
}
