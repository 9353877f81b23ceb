namespace WorkTeam.Cli;

/// <summary>
/// Keeps the garbage of a run (line strings, documents' views and facts once written) from growing the heap to
/// the runtime's first gen0 budget: a blocking gen0 collection once a few megabytes were allocated since the last
/// one. The budget is the runtime's choice (on this machine about 16 MB, from its 32 MB L3 cache) and only an
/// environment variable (DOTNET_GCgen0size) lowers it: .NET 10 reads neither System.GC.Gen0Size nor GCgen0size
/// from runtimeconfig.json, and GC.RefreshMemoryLimit leaves it alone. Survivors are few (the tables are not on
/// the heap), so a collection costs well under a millisecond when it is made where little of the run is alive: `segment`
/// counts its one thread's allocation between lines; a document run counts the whole process's, with the budget times
/// the jobs, where a worker begins a block (checked under a lock).
/// </summary>
internal sealed class GarbageBound
{
    /// <summary>Garbage `segment` allows between two collections.</summary>
    public const long DefaultBytes = 2L << 20;

    /// <summary>
    /// Garbage a document run allows per job: 4 MB took the peak RSS of `extract --jobs 1` on the 10,000 scale reports
    /// 129 -> 117 MB (the same as DOTNET_GCgen0size=0x400000), at no CPU cost measurable beside the rounds' noise.
    /// </summary>
    public const long DocumentBytesPerJob = 4L << 20;

    private readonly long _bytes;
    private readonly bool _process;
    private readonly Lock _gate = new();
    private long _next;

    /// <param name="bytes">Allocation allowed between two collections.</param>
    /// <param name="process">Count the whole process's allocation (the caller serialises <see cref="Check"/>), else the calling thread's.</param>
    public GarbageBound(long bytes, bool process = false)
    {
        (_bytes, _process) = (bytes, process);
        _next = Allocated() + bytes;
    }

    /// <summary>Collects gen0 when the bound has been allocated since the last time; with the process's count, safe from several threads.</summary>
    public void Check()
    {
        if (!_process)
        {
            Collect();
            return;
        }
        lock (_gate)
        {
            Collect();
        }
    }

    private void Collect()
    {
        if (Allocated() >= _next)
        {
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            _next = Allocated() + _bytes;
        }
    }

    private long Allocated() => _process ? GC.GetTotalAllocatedBytes() : GC.GetAllocatedBytesForCurrentThread();
}
