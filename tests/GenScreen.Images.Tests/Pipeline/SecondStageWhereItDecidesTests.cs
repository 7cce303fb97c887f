using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Pipeline;
using GenScreen.Images.Tests.Faces;
using GenScreen.Images.Tests.Nsfw;
using Microsoft.Extensions.Options;

namespace GenScreen.Images.Tests.Pipeline;

/// <summary>
/// The second stage runs only where its scores can change the decision (<see cref="TwoStageRule.ScoresCanChangeDecision"/>),
/// with the real models and real images: under <c>mature</c> a flagged benign image without other signals is not sent on
/// (and decided as the second stage would have: allowed); a prompt held for review, or a face the rules judge, sends it on.
/// </summary>
[Collection(NsfwModelGroup.Name)]
public sealed class SecondStageWhereItDecidesTests(NsfwModelFixture fixture, FaceModelFixture faces) : IClassFixture<FaceModelFixture>
{
    /// <summary>The two stages take seconds on a loaded 2-core machine; this test is about decisions, not timing.</summary>
    private static readonly TimeSpan DecisionsNotTiming = TimeSpan.FromMinutes(5);

    [Fact]
    public void Mature_FlaggedBenignImage_NoOtherSignal_NotSentOnAndAllowed()
    {
        var result = Screener("mature").Screen(Request("microaneurysms.png"), CancellationToken.None);

        var scores = result.Facts.Scores!;
        Assert.Equal(0, scores.SecondStageFrames);
        Assert.True(TwoStageRule.Flags(scores.Porn, scores.Hentai, scores.Sexy, new ImageThresholds())); // the first stage's scores stand
        Assert.Contains(result.Verdict.Reasons, r => r.Code == ImageRules.SecondStageNotRun);
        Assert.Equal(Decision.Allow, result.Verdict.Decision);
    }

    [Fact]
    public void Mature_FlaggedBenignImage_PromptInReviewWithAYouthTerm_SentOnAndCleared()
    {
        var prompts = ScreeningSetup.CreateScreener(new ScreeningOptions());
        var review = prompts.Screen("student in a bikini, seductive pose", null, "mature");
        Assert.Equal(Decision.Review, review.Decision);
        var request = Request("microaneurysms.png") with { CorrelatedPrompt = review };

        var oneStage = Screener("mature", NsfwSecondStage.Disabled).Screen(request, CancellationToken.None);
        var twoStages = Screener("mature").Screen(request, CancellationToken.None);

        // MobileNetV2's Porn 0.86 with a prompt that describes youth ("student"): blocked, whichever policy.
        Assert.Equal(Decision.Block, oneStage.Verdict.Decision);
        Assert.Equal(1, twoStages.Facts.Scores!.SecondStageFrames);
        Assert.DoesNotContain(twoStages.Verdict.Reasons, r => r.Code == ImageRules.SecondStageNotRun);
        Assert.Equal(Decision.Allow, twoStages.Verdict.Decision);
    }

    [Fact]
    public void Strict_FlaggedBenignImage_SentOnAndAllowed()
    {
        var result = Screener("strict").Screen(Request("microaneurysms.png"), CancellationToken.None);

        Assert.Equal(1, result.Facts.Scores!.SecondStageFrames);
        Assert.Equal(Decision.Allow, result.Verdict.Decision);
    }

    /// <summary>
    /// face-api's sample2 (people, MobileNetV2 Sexy 0.95: severity 2) is flagged when the flag is set at 2. Its faces decide
    /// whether the second stage runs under <c>mature</c>: none judged a minor (bands set below every apparent age) → not
    /// sent on; every face judged a likely minor (bands set above) → the image is screened again with the second stage.
    /// </summary>
    [Theory]
    [InlineData(1.0, false)]
    [InlineData(100.0, true)]
    public void Mature_FlaggedPhotoWithFaces_SentOnOnlyWhenAFaceRuleReadsTheScores(double minorUnder, bool sentOn)
    {
        var options = new ImageScreeningOptions
        {
            Policy = "mature",
            DecodeTimeout = DecisionsNotTiming,
            Thresholds = new ImageThresholds { SecondStageAtSeverity = 2 },
            Faces = new FaceRuleOptions { PossibleMinorUnder = minorUnder, LikelyMinorUnder = minorUnder },
        };
        var screener = new ImageScreener(fixture.Classifier, new NsfwSecondStage(fixture.InceptionV3), ScreeningSetup.CreateScreener(new ScreeningOptions()), Options.Create(options), [], new ImageScreeningGate(2, 2), TimeProvider.System, new FaceStage(faces.Analyzer));
        var path = faces.DemoPhotos[1];

        var result = screener.Screen(new ImageScreenRequest(File.ReadAllBytes(path), null, Path.GetFileName(path), null), CancellationToken.None);

        Assert.NotEmpty(result.Facts.Faces!.Faces);
        Assert.Equal(sentOn, result.Facts.Scores!.SecondStageFrames > 0);
        Assert.Equal(!sentOn, result.Verdict.Reasons.Any(r => r.Code == ImageRules.SecondStageNotRun));
    }

    private ImageScreenRequest Request(string skimageFile)
    {
        var path = Path.Combine(fixture.RepositoryRoot, "artifacts", "test-data", "skimage", skimageFile);
        return new ImageScreenRequest(File.ReadAllBytes(path), null, skimageFile, null);
    }

    private ImageScreener Screener(string policy, NsfwSecondStage? secondStage = null) =>
        new(fixture.Classifier, secondStage ?? new NsfwSecondStage(fixture.InceptionV3), ScreeningSetup.CreateScreener(new ScreeningOptions()),
            Options.Create(new ImageScreeningOptions { Policy = policy, DecodeTimeout = DecisionsNotTiming }), [], new ImageScreeningGate(2, 2), TimeProvider.System, FaceStage.Off);
}
