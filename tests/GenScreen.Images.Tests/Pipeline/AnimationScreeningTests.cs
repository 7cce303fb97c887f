using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Decoding;
using GenScreen.Images.Pipeline;
using GenScreen.Images.Tests.Nsfw;
using Microsoft.Extensions.Options;

namespace GenScreen.Images.Tests.Pipeline;

/// <summary>
/// Every frame of an animation is screened. A deterministic violation without explicit imagery: a policy that
/// blocks the Drawing class at 0.5, and real pictures: skimage's green_palette (a drawing, Drawing ≈ 0.96 as a GIF frame) among
/// frames of chelsea the cat (a photograph).
/// </summary>
[Collection(NsfwModelGroup.Name)]
public sealed class AnimationScreeningTests(NsfwModelFixture fixture)
{
    [Theory]
    [InlineData("1,3,5,7")] // the odd frames the old sampler (8 evenly spaced of 16: 0, 2, 4, 6, 9, 11, 13, 15) never looked at
    [InlineData("1,3,5,7,9,11,13,15")]
    [InlineData("7")]
    public void Screen_DrawingOnlyInOddFrames_BlocksAfterScreeningEveryFrame(string drawingFrames)
    {
        var gif = TestAnimations.Gif(Sample("chelsea"), Sample("green_palette"), 16, drawingFrames.Split(',').Select(int.Parse));
        var screener = Screener(BlockDrawings());

        var result = screener.Screen(new ImageScreenRequest(gif, "image/gif", "clip.gif", null), CancellationToken.None);

        Assert.Equal(Decision.Block, result.Verdict.Decision);
        Assert.Contains(result.Verdict.Reasons, r => r.Code == ImageRules.ClassThreshold && r.Term == "Drawing");
        Assert.Equal((16, 16), (result.Facts.FrameCount, result.Facts.FramesScreened));
    }

    [Fact]
    public void Screen_SameAnimationWithoutTheDrawings_IsAllowed()
    {
        // Control: the photo frames alone do not trip the Drawing threshold, so the block above is the odd frames'.
        var gif = TestAnimations.Gif(Sample("chelsea"), Sample("green_palette"), 16, []);

        var result = Screener(BlockDrawings()).Screen(new ImageScreenRequest(gif, "image/gif", "clip.gif", null), CancellationToken.None);

        Assert.Equal(Decision.Allow, result.Verdict.Decision);
        Assert.Equal(16, result.Facts.FramesScreened);
    }

    [Fact]
    public void Screen_MoreFramesThanTheBudget_BlockedUnscreenedAsTooManyFrames()
    {
        var options = BlockDrawings();
        options.MaxFrames = 8;
        var gif = TestAnimations.Gif(Sample("chelsea"), Sample("green_palette"), 9, [], size: 64);

        var result = Screener(options).Screen(new ImageScreenRequest(gif, "image/gif", "long.gif", null), CancellationToken.None);

        Assert.Equal(Decision.Block, result.Verdict.Decision);
        var reason = Assert.Single(result.Verdict.Reasons);
        Assert.Equal((ImageRules.Unscreenable, DecodeFailureReason.TooManyFrames), (reason.Code, reason.Term));
        Assert.Equal(0, result.Facts.FramesScreened);
    }

    [Fact]
    public void Screen_AnimationOverTheTotalPixelBudget_BlockedUnscreenedAsTooManyPixels()
    {
        var options = BlockDrawings();
        options.MaxTotalPixels = (64 * 64 * 4) - 1; // four 64x64 frames need one pixel more
        var gif = TestAnimations.Gif(Sample("chelsea"), Sample("green_palette"), 4, [], size: 64);

        var result = Screener(options).Screen(new ImageScreenRequest(gif, "image/gif", "big.gif", null), CancellationToken.None);

        Assert.Equal(Decision.Block, result.Verdict.Decision);
        Assert.Equal(DecodeFailureReason.TooManyPixels, Assert.Single(result.Verdict.Reasons).Term);
    }

    [Fact]
    public async Task ScreenAsync_GateFull_WaitsForASlotBeforeDecoding()
    {
        using var gate = new ImageScreeningGate(capacity: 1, maxAbandonedDecodes: 1);
        var screener = Screener(BlockDrawings(), gate);
        var photo = await File.ReadAllBytesAsync(Sample("chelsea"));
        var held = await gate.EnterAsync(CancellationToken.None);

        var screening = screener.ScreenAsync(new ImageScreenRequest(photo, "image/png", "cat.png", null), CancellationToken.None);

        Assert.Equal(1, gate.Waiting);
        Assert.False(screening.IsCompleted);
        held.Dispose();
        var result = await screening;
        Assert.Equal(Decision.Allow, result.Verdict.Decision);
        // The decode thread gives the slot back when it ends, which may be just after the verdict is returned.
        Assert.True(SpinWait.SpinUntil(() => gate.InUse == 0, TimeSpan.FromSeconds(30)), "the screening's slot was never released");
        Assert.Equal(0, gate.Waiting);
    }

    [Fact]
    public async Task Screen_GateFull_TheSynchronousPathWaitsToo()
    {
        using var gate = new ImageScreeningGate(capacity: 1, maxAbandonedDecodes: 1);
        var screener = Screener(BlockDrawings(), gate);
        var photo = File.ReadAllBytes(Sample("chelsea"));
        var held = gate.Enter(CancellationToken.None);

        var screening = Task.Factory.StartNew(
            () => screener.Screen(new ImageScreenRequest(photo, "image/png", "cat.png", null), CancellationToken.None),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        SpinWait.SpinUntil(() => gate.Waiting == 1, TimeSpan.FromSeconds(30));
        Assert.Equal(1, gate.Waiting);
        Assert.False(screening.IsCompleted);
        held.Dispose();
        Assert.Equal(Decision.Allow, (await screening).Verdict.Decision);
        Assert.True(SpinWait.SpinUntil(() => gate.InUse == 0, TimeSpan.FromSeconds(30)), "the screening's slot was never released");
    }

    private ImageScreener Screener(ImageScreeningOptions options, ImageScreeningGate? gate = null) =>
        new(fixture.Classifier, ScreeningSetup.CreateScreener(new ScreeningOptions { DefaultPolicy = "strict" }), Options.Create(options), [], gate ?? new ImageScreeningGate(4, 4), TimeProvider.System);

    private static ImageScreeningOptions BlockDrawings() =>
        new() { Thresholds = new ImageThresholds { BlockClassesAt = { ["Drawing"] = 0.5 } } };

    private string Sample(string name) => Path.Combine(SkimageSamples.EnsureCached(fixture.RepositoryRoot), name + ".png");
}
