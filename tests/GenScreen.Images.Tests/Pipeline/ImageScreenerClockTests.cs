using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Decoding;
using GenScreen.Images.Pipeline;
using GenScreen.Images.Tests.Decoding;
using GenScreen.Images.Tests.Nsfw;
using Microsoft.Extensions.Options;

namespace GenScreen.Images.Tests.Pipeline;

/// <summary>
/// The screener's <see cref="TimeProvider"/> is the clock of the decode budget (which covers classifying every
/// frame) and of the decode and inference times it reports: a fake clock moved from the decode thread decides
/// both, whatever the machine's speed.
/// </summary>
[Collection(NsfwModelGroup.Name)]
public sealed class ImageScreenerClockTests(NsfwModelFixture fixture)
{
    [Fact]
    public void Screen_BudgetSpentOnTheScreenersClock_BlockedUnscreenedAsDecodeTimeoutAndTheSlotReleased()
    {
        // The screener's clock jumps past the budget at the decode thread's first check; the system clock barely
        // moves, so only a budget measured on the screener's clock can run out.
        var options = new ImageScreeningOptions();
        DecodeClock? clock = null;
        clock = new DecodeClock { OnDecodeThreadRead = read => { if (read == 1) clock!.Advance(options.DecodeTimeout + TimeSpan.FromSeconds(1)); } };
        using var gate = new ImageScreeningGate(capacity: 1, maxAbandonedDecodes: 1);

        var result = Screener(options, gate, clock).Screen(new ImageScreenRequest(File.ReadAllBytes(Sample("chelsea")), "image/png", "cat.png", null), CancellationToken.None);

        Assert.Equal(Decision.Block, result.Verdict.Decision);
        var reason = Assert.Single(result.Verdict.Reasons);
        Assert.Equal((ImageRules.Unscreenable, DecodeFailureReason.DecodeTimeout), (reason.Code, reason.Term));
        Assert.Equal(0, result.Facts.FramesScreened);
        // The decode thread gives the slot back as its last action, possibly just after the screening returned.
        Assert.True(SpinWait.SpinUntil(() => gate.InUse == 0, TimeSpan.FromSeconds(60)), "the screening's slot was never released");
    }

    [Fact]
    public void Screen_EveryFrameClassified_DecodeAndInferenceTimesAreTheScreenersClock()
    {
        // Each read of the clock on the decode thread moves it 1 ms; reads elsewhere do not move it. The scorer
        // brackets each classification with two reads (1 ms per frame); everything the decode thread did, checks
        // and classification, adds up to the time between the screener's own two reads.
        DecodeClock? clock = null;
        clock = new DecodeClock { OnDecodeThreadRead = _ => clock!.Advance(TimeSpan.FromMilliseconds(1)) };
        var gif = TestAnimations.Gif(Sample("chelsea"), Sample("green_palette"), 6, [1, 4], size: 64);

        var result = Screener(new ImageScreeningOptions(), new ImageScreeningGate(4, 4), clock).Screen(new ImageScreenRequest(gif, "image/gif", "clip.gif", null), CancellationToken.None);

        Assert.Equal(6, result.Facts.FramesScreened);
        Assert.Equal(6.0, result.Facts.InferenceMilliseconds);
        Assert.Equal(clock.DecodeThreadReads, result.Facts.DecodeMilliseconds + result.Facts.InferenceMilliseconds);
        // Beyond the scorer's two reads per frame: the decoder's checks (before every frame, every 64 rows) read it too.
        Assert.True(clock.DecodeThreadReads > 2 * 6, $"the decoder's own checks did not read the screener's clock ({clock.DecodeThreadReads} reads)");
    }

    private ImageScreener Screener(ImageScreeningOptions options, ImageScreeningGate gate, TimeProvider time) =>
        new(fixture.Classifier, ScreeningSetup.CreateScreener(new ScreeningOptions { DefaultPolicy = "strict" }), Options.Create(options), [], gate, time);

    private string Sample(string name) => Path.Combine(SkimageSamples.EnsureCached(fixture.RepositoryRoot), name + ".png");
}
