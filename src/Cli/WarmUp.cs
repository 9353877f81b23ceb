namespace WorkTeam.Cli;

/// <summary>
/// Compiles a command's code paths and loads its resources on one background thread at the start of
/// a run with two jobs or more. The CLI runs without tiered compilation, so every method is compiled
/// at its first call; otherwise both workers wait on the same compilations while the second core
/// idles. With one job nothing is started: the run keeps to one thread.
/// </summary>
internal static class WarmUp
{
    /// <summary>Runs <paramref name="steps"/> in order on a background thread when <paramref name="jobs"/> is 2 or more; returns at once.</summary>
    public static void Start(int jobs, IReadOnlyList<Action> steps)
    {
        if (jobs < 2 || steps.Count == 0)
        {
            return;
        }
        new Thread(() =>
        {
            foreach (var step in steps)
            {
                try
                {
                    step();
                }
#pragma warning disable CA1031 // A warm-up that fails only leaves the work to the first document.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            }
        })
        { IsBackground = true, Name = "workteam-warm-up" }.Start();
    }
}
