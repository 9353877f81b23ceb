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
}
