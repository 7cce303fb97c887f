using GenScreen.Images.Faces;

namespace GenScreen.Images.Tests.Faces;

/// <summary>Items shared between the caller and pool threads, each claimed once; the caller never waits for a helper that has not started.</summary>
public sealed class ClaimedItemsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 4)]
    [InlineData(5, 2)]
    [InlineData(64, 3)]
    [InlineData(416, 2)]
    public void Run_EveryItemRunsExactlyOnce(int count, int threads)
    {
        var runs = new int[count];
        ClaimedItems.Run(count, threads, item => Interlocked.Increment(ref runs[item]));
        Assert.All(runs, r => Assert.Equal(1, r));
    }

    [Fact]
    public void Run_NoItems_RunsNothing()
    {
        var runs = 0;
        ClaimedItems.Run(0, 2, _ => Interlocked.Increment(ref runs));
        Assert.Equal(0, runs);
    }

    [Fact]
    public void Run_ReturnsOnlyWhenAHelpersItemHasFinished()
    {
        // The caller's items are quick, one item is slow: whichever thread claims it, Run must not return before it ends.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var finished = new bool[8];
            ClaimedItems.Run(finished.Length, 2, item =>
            {
                if (item == 1)
                {
                    Thread.Sleep(5);
                }

                Volatile.Write(ref finished[item], true);
            });
            Assert.All(finished, Assert.True);
        }
    }

    [Fact]
    public void Run_AnItemFails_TheFailureSurfacesAsItselfAfterTheOthersRan()
    {
        var runs = new int[10];
        var failure = Assert.Throws<InvalidDataException>(() => ClaimedItems.Run(runs.Length, 2, item =>
        {
            Interlocked.Increment(ref runs[item]);
            if (item == 3)
            {
                throw new InvalidDataException("item 3");
            }
        }));
        Assert.Equal("item 3", failure.Message);
        Assert.All(runs, r => Assert.Equal(1, r));
    }
}
