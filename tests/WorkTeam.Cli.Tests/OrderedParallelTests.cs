using WorkTeam.Cli;

namespace WorkTeam.Cli.Tests;

public class OrderedParallelTests
{
    [Fact]
    public void Results_come_in_input_order_and_at_most_four_per_job_are_held_at_once()
    {
        int held = 0;
        int mostHeld = 0;
        var consumed = new List<int>();
        OrderedParallel.Run(
            Enumerable.Range(0, 2000),
            jobs: 2,
            work: i =>
            {
                int now = Interlocked.Increment(ref held);
                int seen;
                while ((seen = Volatile.Read(ref mostHeld)) < now && Interlocked.CompareExchange(ref mostHeld, now, seen) != seen)
                {
                }
                Thread.SpinWait(i % 7 * 500);
                return i * 2;
            },
            consume: (i, doubled) =>
            {
                Interlocked.Decrement(ref held);
                Assert.Equal(i * 2, doubled);
                consumed.Add(i);
            });
        Assert.Equal(Enumerable.Range(0, 2000), consumed);
        Assert.InRange(mostHeld, 1, 8);
    }

    [Fact]
    public void A_failure_in_the_work_reaches_the_caller_in_its_turn()
    {
        var consumed = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() => OrderedParallel.Run(
            Enumerable.Range(0, 50), jobs: 2,
            work: i => i == 20 ? throw new InvalidOperationException("twenty") : i,
            consume: (i, _) => consumed.Add(i)));
        Assert.Equal("twenty", error.Message);
        Assert.Equal(Enumerable.Range(0, 20), consumed);
    }

    [Fact]
    public void One_job_runs_everything_on_the_calling_thread()
    {
        int caller = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();
        var consumed = new List<int>();
        OrderedParallel.Run(
            Enumerable.Range(0, 100), jobs: 1,
            work: i =>
            {
                threads.Add(Environment.CurrentManagedThreadId);
                return i;
            },
            consume: (i, _) =>
            {
                threads.Add(Environment.CurrentManagedThreadId);
                consumed.Add(i);
            });
        Assert.Equal([caller], threads);
        Assert.Equal(Enumerable.Range(0, 100), consumed);
    }

    [Fact]
    public void Consume_is_never_called_on_two_threads_at_once()
    {
        int inside = 0;
        bool overlapped = false;
        var consumed = new List<int>();
        OrderedParallel.Run(
            Enumerable.Range(0, 3000), jobs: 4,
            work: i => i,
            consume: (i, _) =>
            {
                if (Interlocked.Increment(ref inside) != 1)
                {
                    overlapped = true;
                }
                Thread.SpinWait(200);
                consumed.Add(i);
                Interlocked.Decrement(ref inside);
            });
        Assert.False(overlapped);
        Assert.Equal(Enumerable.Range(0, 3000), consumed);
    }

    [Fact]
    public void A_failure_in_the_consumer_stops_the_run_and_reaches_the_caller()
    {
        int worked = 0;
        var error = Assert.Throws<IOException>(() => OrderedParallel.Run(
            Enumerable.Range(0, 10_000), jobs: 2,
            work: i =>
            {
                Interlocked.Increment(ref worked);
                return i;
            },
            consume: (i, _) =>
            {
                if (i == 30)
                {
                    throw new IOException("disk full");
                }
            }));
        Assert.Equal("disk full", error.Message);
        Assert.InRange(worked, 31, 31 + 8);
    }

    [Fact]
    public void A_failure_while_enumerating_the_inputs_reaches_the_caller_after_the_inputs_before_it()
    {
        static IEnumerable<int> Inputs()
        {
            for (int i = 0; i < 10; i++)
            {
                yield return i;
            }
            throw new DirectoryNotFoundException("gone");
        }
        var consumed = new List<int>();
        var error = Assert.Throws<DirectoryNotFoundException>(() => OrderedParallel.Run(
            Inputs(), jobs: 1, work: i => i, consume: (i, _) => consumed.Add(i)));
        Assert.Equal("gone", error.Message);
        Assert.Equal(Enumerable.Range(0, 10), consumed);
    }

    [Fact]
    public void With_several_jobs_the_inputs_in_flight_when_enumerating_fails_are_worked_on_and_consumed_first()
    {
        // Inputs 0-2 are held in their work until the source fails, so they are still in flight then.
        using var sourceFailed = new ManualResetEventSlim();
        IEnumerable<int> Inputs()
        {
            for (int i = 0; i < 6; i++)
            {
                yield return i;
            }
            sourceFailed.Set();
            throw new IOException("read error");
        }
        var consumed = new List<int>();
        var error = Assert.Throws<IOException>(() => OrderedParallel.Run(
            Inputs(), jobs: 4,
            work: i =>
            {
                if (i < 3)
                {
                    Assert.True(sourceFailed.Wait(TimeSpan.FromSeconds(30)));
                }
                return i * 10;
            },
            consume: (i, result) => consumed.Add(result)));
        Assert.Equal("read error", error.Message);
        Assert.Equal([0, 10, 20, 30, 40, 50], consumed);
    }

    [Fact]
    public void A_failure_in_the_work_before_a_failing_source_is_the_one_that_reaches_the_caller()
    {
        using var sourceFailed = new ManualResetEventSlim();
        IEnumerable<int> Inputs()
        {
            for (int i = 0; i < 4; i++)
            {
                yield return i;
            }
            sourceFailed.Set();
            throw new IOException("read error");
        }
        var consumed = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() => OrderedParallel.Run(
            Inputs(), jobs: 2,
            work: i =>
            {
                if (i == 1)
                {
                    Assert.True(sourceFailed.Wait(TimeSpan.FromSeconds(30)));
                    throw new InvalidOperationException("bad input 1");
                }
                return i;
            },
            consume: (i, _) => consumed.Add(i)));
        Assert.Equal("bad input 1", error.Message);
        Assert.Equal([0], consumed);
    }

    [Fact]
    public void Cancelling_stops_the_run_with_an_operation_cancelled_exception()
    {
        using var cancel = new CancellationTokenSource();
        var consumed = new List<int>();
        Assert.ThrowsAny<OperationCanceledException>(() => OrderedParallel.Run(
            Enumerable.Range(0, 100_000), jobs: 2,
            work: i => i,
            consume: (i, _) =>
            {
                consumed.Add(i);
                if (i == 100)
                {
                    cancel.Cancel();
                }
            },
            cancel.Token));
        Assert.Equal(Enumerable.Range(0, 101), consumed);
    }

    [Fact]
    public async Task A_slow_input_holds_the_others_back_only_as_far_as_the_window()
    {
        using var release = new ManualResetEventSlim();
        int started = 0;
        var consumed = new List<int>();
        var run = Task.Run(() => OrderedParallel.Run(
            Enumerable.Range(0, 100), jobs: 2,
            work: i =>
            {
                Interlocked.Increment(ref started);
                if (i == 0)
                {
                    release.Wait();
                }
                return i;
            },
            consume: (i, _) => consumed.Add(i)));
        // Input 0 is stuck; the other job works ahead until 8 inputs are in flight, then waits.
        SpinWait.SpinUntil(() => Volatile.Read(ref started) >= 8, TimeSpan.FromSeconds(10));
        await Task.Delay(100);
        Assert.Equal(8, Volatile.Read(ref started));
        Assert.Empty(consumed);
        release.Set();
        await run.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Enumerable.Range(0, 100), consumed);
    }
}
