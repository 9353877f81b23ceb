using System.Runtime.ExceptionServices;

namespace WorkTeam.Cli;

/// <summary>
/// Runs work on several threads and hands the results to one consumer at a time, in input order.
/// At most <c>window</c> inputs are in flight (being worked on or waiting for an earlier one), so
/// memory stays bounded however many inputs there are, and the output is the same for any number
/// of jobs.
/// </summary>
/// <remarks>
/// The calling thread is one of the workers, and whichever worker finishes the oldest input
/// consumes it and every later one already done: there is no hand-off to a consumer thread and
/// no wake-up per input. With one job everything runs on the calling thread. Threads block only
/// when the window is full (one input far slower than the next <c>window</c> ones).
/// </remarks>
internal static class OrderedParallel
{
    /// <summary>
    /// Applies <paramref name="work"/> to every input on <paramref name="jobs"/> threads (the
    /// calling one included) and calls <paramref name="consume"/> in input order, never on two
    /// threads at once. An exception thrown by <paramref name="work"/> is rethrown to the caller
    /// when its input's turn comes (the inputs before it are consumed); so is one thrown by the
    /// enumeration of <paramref name="inputs"/>: no input is taken after it, and those taken before
    /// it are worked on and consumed first, with any number of jobs. One thrown by
    /// <paramref name="consume"/> stops the run and is rethrown. Cancellation stops the run and
    /// throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static void Run<TIn, TOut>(IEnumerable<TIn> inputs, int jobs, Func<TIn, TOut> work, Action<TIn, TOut> consume, CancellationToken cancel = default)
    {
        jobs = Math.Max(1, jobs);
        using var source = inputs.GetEnumerator();
        var run = new Runner<TIn, TOut>(source, work, consume, window: jobs * 4, cancel);
        using var registration = cancel.Register(run.Stop);
        var helpers = new Thread[jobs - 1];
        for (int i = 0; i < helpers.Length; i++)
        {
            helpers[i] = new Thread(run.Work) { IsBackground = true, Name = "workteam-worker-" + (i + 1) };
            helpers[i].Start();
        }
        run.Work();
        foreach (var helper in helpers)
        {
            helper.Join();
        }
        if (run.Fault is { SourceException: not OperationCanceledException } fault)
        {
            fault.Throw();
        }
        cancel.ThrowIfCancellationRequested();
        run.Fault?.Throw();
    }

    private sealed class Runner<TIn, TOut>(IEnumerator<TIn> source, Func<TIn, TOut> work, Action<TIn, TOut> consume, int window, CancellationToken cancel)
    {
        private struct Slot
        {
            public bool Ready;
            public TIn Input;
            public TOut Result;
            public Exception? Error;
        }

        private readonly object _gate = new(); // a Monitor, for Wait/PulseAll
        private readonly Slot[] _slots = new Slot[window];
        private long _taken;   // inputs taken from the source
        private long _head;    // the oldest input not yet consumed
        private bool _sourceDone;
        private bool _draining;
        private bool _stopped;
        private int _waiting;

        private ExceptionDispatchInfo? _fault;       // of the work or the consumer: stops the run
        private ExceptionDispatchInfo? _sourceFault; // of the source: ends it after the inputs taken before

        /// <summary>What the run ends with: a fault of an input taken, else the source's, which came after them all.</summary>
        public ExceptionDispatchInfo? Fault => _fault ?? _sourceFault;

        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                PulseWaiting();
            }
        }

        /// <summary>One worker: take an input, work on it, and consume what is ready when it holds the head.</summary>
        public void Work()
        {
            while (true)
            {
                long index;
                TIn input;
                lock (_gate)
                {
                    while (!_stopped && !_sourceDone && _taken - _head >= window)
                    {
                        _waiting++;
                        Monitor.Wait(_gate);
                        _waiting--;
                    }
                    if (_stopped || _sourceDone || cancel.IsCancellationRequested)
                    {
                        return;
                    }
                    try
                    {
                        if (!source.MoveNext())
                        {
                            _sourceDone = true;
                            PulseWaiting();
                            return;
                        }
                        input = source.Current;
                    }
#pragma warning disable CA1031 // Carried to the caller, which rethrows it.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        // As at the source's end: the inputs in flight are still worked on and consumed
                        // (whichever worker finishes the head drains), then the caller gets the error.
                        _sourceFault = ExceptionDispatchInfo.Capture(e);
                        _sourceDone = true;
                        PulseWaiting();
                        return;
                    }
                    index = _taken++;
                }

                TOut result = default!;
                Exception? error = null;
                try
                {
                    result = work(input);
                }
#pragma warning disable CA1031 // Any failure of one input is carried to the consumer, which decides.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    error = e;
                }

                lock (_gate)
                {
                    ref var slot = ref _slots[index % window];
                    slot.Input = input;
                    slot.Result = result;
                    slot.Error = error;
                    slot.Ready = true;
                    if (_draining || index != _head || _stopped)
                    {
                        continue;
                    }
                    _draining = true;
                }
                Drain();
            }
        }

        /// <summary>Consumes the head and every later input already done; only one thread drains at a time.</summary>
        private void Drain()
        {
            while (true)
            {
                ref var slot = ref _slots[_head % window];
                try
                {
                    if (slot.Error is { } error)
                    {
                        ExceptionDispatchInfo.Throw(error);
                    }
                    consume(slot.Input, slot.Result);
                }
#pragma warning disable CA1031 // Carried to the caller, which rethrows it.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    lock (_gate)
                    {
                        _draining = false;
                        FailLocked(e);
                    }
                    return;
                }
                lock (_gate)
                {
                    slot = default;
                    _head++;
                    PulseWaiting();
                    if (_stopped || !_slots[_head % window].Ready)
                    {
                        _draining = false;
                        return;
                    }
                }
            }
        }

        private void FailLocked(Exception e)
        {
            _fault ??= ExceptionDispatchInfo.Capture(e);
            _stopped = true;
            PulseWaiting();
        }

        private void PulseWaiting()
        {
            if (_waiting > 0)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }
}
