using System.Collections.Concurrent;

namespace WorkTeam.Cli;

/// <summary>
/// Runs work on several threads and hands the results to one consumer in input order. At most
/// <c>window</c> inputs are in flight (being worked on or waiting for an earlier one), so memory
/// stays bounded however many inputs there are, and the output is the same for any number of jobs.
/// </summary>
internal static class OrderedParallel
{
    private sealed class Slot<TIn, TOut>(TIn input)
    {
        public TIn Input { get; } = input;
        public TOut? Result { get; set; }
        public Exception? Error { get; set; }
        public ManualResetEventSlim Done { get; } = new();
    }

    /// <summary>
    /// Applies <paramref name="work"/> to every input on <paramref name="jobs"/> threads and calls
    /// <paramref name="consume"/> on the calling thread, in input order. An exception thrown by
    /// <paramref name="work"/> is rethrown on the calling thread when its turn comes.
    /// </summary>
    public static void Run<TIn, TOut>(IEnumerable<TIn> inputs, int jobs, Func<TIn, TOut> work, Action<TIn, TOut> consume, CancellationToken cancel = default)
    {
        jobs = Math.Max(1, jobs);
        int window = jobs * 4;
        using var queue = new BlockingCollection<Slot<TIn, TOut>>(window);
        var pending = new Queue<Slot<TIn, TOut>>();
        var workers = new Thread[jobs];
        for (int i = 0; i < jobs; i++)
        {
            workers[i] = new Thread(() =>
            {
                foreach (var slot in queue.GetConsumingEnumerable())
                {
                    try
                    {
                        if (!cancel.IsCancellationRequested)
                        {
                            slot.Result = work(slot.Input);
                        }
                    }
#pragma warning disable CA1031 // Any failure of one input is carried to the consumer, which decides.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        slot.Error = e;
                    }
                    slot.Done.Set();
                }
            })
            { IsBackground = true, Name = "workteam-worker-" + i };
            workers[i].Start();
        }
        void ConsumeHead()
        {
            var slot = pending.Dequeue();
            slot.Done.Wait(cancel);
            slot.Done.Dispose();
            cancel.ThrowIfCancellationRequested();
            if (slot.Error is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(slot.Error);
            }
            consume(slot.Input, slot.Result!);
        }
        try
        {
            foreach (var input in inputs)
            {
                cancel.ThrowIfCancellationRequested();
                if (pending.Count >= window)
                {
                    ConsumeHead();
                }
                var slot = new Slot<TIn, TOut>(input);
                pending.Enqueue(slot);
                queue.Add(slot, cancel);
            }
            while (pending.Count > 0)
            {
                ConsumeHead();
            }
        }
        finally
        {
            queue.CompleteAdding();
            foreach (var worker in workers)
            {
                worker.Join();
            }
        }
    }
}
