using GenScreen.Core.Configuration;
using GenScreen.Images.Pipeline;

namespace GenScreen.Images.Tests.Pipeline;

/// <summary>The in-process limiter: counts, order and sizing (no timing).</summary>
public sealed class ImageScreeningGateTests
{
    private const long GiB = 1L << 30;

    [Fact]
    public async Task EnterAsync_AtCapacity_WaitsUntilASlotIsReleased()
    {
        using var gate = new ImageScreeningGate(capacity: 2, maxAbandonedDecodes: 2);
        var first = await gate.EnterAsync(CancellationToken.None);
        var second = await gate.EnterAsync(CancellationToken.None);

        var third = gate.EnterAsync(CancellationToken.None);

        Assert.False(third.IsCompleted);
        Assert.Equal((2, 1), (gate.InUse, gate.Waiting));
        first.Dispose();
        using var entered = await third;
        Assert.Equal((2, 0), (gate.InUse, gate.Waiting));
        second.Dispose();
        Assert.Equal(1, gate.InUse);
    }

    [Fact]
    public async Task EnterAsync_ManyCallers_NeverMoreThanCapacityInside()
    {
        using var gate = new ImageScreeningGate(capacity: 3, maxAbandonedDecodes: 3);
        var inside = 0;
        var peak = 0;
        using var release = new SemaphoreSlim(0);

        var callers = Enumerable.Range(0, 12).Select(_ => Task.Run(async () =>
        {
            using var permit = await gate.EnterAsync(CancellationToken.None);
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref peak, now);
            await release.WaitAsync();
            Interlocked.Decrement(ref inside);
        })).ToArray();
        SpinWait.SpinUntil(() => gate.Waiting == 9, TimeSpan.FromSeconds(30));

        Assert.Equal((3, 9), (gate.InUse, gate.Waiting));
        release.Release(12);
        await Task.WhenAll(callers);
        Assert.Equal(3, peak);
        Assert.Equal(0, gate.InUse);
    }

    [Fact]
    public void Permit_WithAHold_ReleasesTheSlotWhenBothAreDoneAndOnlyOnce()
    {
        using var gate = new ImageScreeningGate(capacity: 1, maxAbandonedDecodes: 1);
        var permit = gate.Enter(CancellationToken.None);
        var hold = permit.Hold();

        permit.Dispose();
        permit.Dispose();
        Assert.Equal(1, gate.InUse);
        hold();
        hold();
        Assert.Equal(0, gate.InUse);
        gate.Enter(CancellationToken.None).Dispose(); // the slot is usable again, and was released once (no SemaphoreFullException)
    }

    [Fact]
    public void Gate_MaxAbandonedAboveCapacity_IsCappedAtCapacity()
    {
        using var gate = new ImageScreeningGate(capacity: 2, maxAbandonedDecodes: 5);

        Assert.Equal(2, gate.MaxAbandonedDecodes);
    }

    [Fact]
    public void WorstCaseBytesPerScreening_Defaults_AddsInputCanvasFramesAndDetectorImage()
    {
        var o = new ImageScreeningOptions();
        long input = 2 * 50L * 1024 * 1024;
        long tensor = ((224 * 224) + (299 * 299)) * 3 * sizeof(float); // both stages' inputs

        Assert.Equal(input + (4 * 40_000_000L) + (3 * 40_000_000L) + tensor, ScreeningMemory.WorstCaseBytesPerScreening(o, externalDetectors: false));
        Assert.Equal(
            input + (4 * 40_000_000L) + (6 * 40_000_000L) + tensor + (4 * 40_000_000L) + (2 * 4 * 2048L * 2048),
            ScreeningMemory.WorstCaseBytesPerScreening(o, externalDetectors: true));
    }

    [Theory]
    [InlineData(2, false, 4)] // a 2 GiB Flex instance, local model only: (2 GiB - 512 MiB) / 385 MB
    [InlineData(2, true, 2)]  // with Content Safety: / 699 MB
    [InlineData(1, true, 1)]  // less than one worst case left: still 1 (never 0, never unbounded)
    [InlineData(24, false, 65)]
    public void ConcurrencyFor_AvailableMemory_FitsWorstCases(int availableGiB, bool detectors, int expected)
    {
        Assert.Equal(expected, ScreeningMemory.ConcurrencyFor(new ImageScreeningOptions(), detectors, availableGiB * GiB));
    }

    [Fact]
    public void ConcurrencyFor_Configured_Wins()
    {
        Assert.Equal(7, ScreeningMemory.ConcurrencyFor(new ImageScreeningOptions { MaxConcurrentScreenings = 7 }, true, 1 * GiB));
    }

    [Fact]
    public void ConcurrencyFor_SmallerImageLimits_MoreScreeningsFit()
    {
        var small = new ImageScreeningOptions { MaxPixels = 4_000_000, MaxBytes = 10L * 1024 * 1024 };

        Assert.True(ScreeningMemory.ConcurrencyFor(small, true, 2 * GiB) > ScreeningMemory.ConcurrencyFor(new ImageScreeningOptions(), true, 2 * GiB));
    }

    [Theory]
    [InlineData(false, 4, 2_083_001_008L)] // 512 MiB + 4 admitted x 386 MB
    [InlineData(true, 4, 2_041_902_424L)]  // 512 MiB + 2 admitted x 700 MB + 2 waiting x 50 MiB
    public void WorstCaseProcessBytes_TwoGiBInstanceFourDeliveries_FitsTheInstance(bool detectors, int deliveries, long expected)
    {
        var bytes = ScreeningMemory.WorstCaseProcessBytes(new ImageScreeningOptions(), detectors, 2 * GiB, deliveries);

        Assert.Equal(expected, bytes);
        Assert.True(bytes < 2 * GiB);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
