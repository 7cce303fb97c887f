using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Policies;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Images;

/// <summary>
/// How the two NSFW stages combine, decided under <c>strict</c>. Porn, Hentai and Sexy of the "measured" pairs are
/// what MobileNetV2 and InceptionV3 scored on real images in TwoStageStrictTests (Drawing and Neutral filled in so the
/// five sum to 1; they do not enter the rule). No explicit image exists offline, so the pairs in which both stages
/// score explicit are stated score values, not measurements: the rule, not the models, is under test here.
/// </summary>
public sealed class TwoStageRuleTests
{
    private static readonly ImageThresholds Thresholds = new();

    private static ImageClassScores Scores(double porn, double hentai, double sexy, string model) =>
        new(0.0, hentai, 1.0 - porn - hentai - sexy, porn, sexy, model);

    private static ImageVerdict DecideStrict(ImageClassScores first, ImageClassScores? second)
    {
        Assert.True(TestScreeners.Default.TryGetPolicy("strict", out ScreeningPolicy strict));
        var deciding = TwoStageRule.Decide(first, second);
        var scores = second is null ? deciding : deciding with { FirstStage = first, SecondStageFrames = 1 };
        return ImageRules.Decide(scores, null, strict, Thresholds, "v", []);
    }

    private static int Sexual(ImageVerdict verdict) => verdict.Categories.Single(c => c.Category == HarmCategory.Sexual).Severity;

    [Fact]
    public void MeasuredRetinaPhotograph_FlaggedByStageOneClearedByStageTwo_IsAllowed()
    {
        var first = Scores(0.864, 0.003, 0.006, "mobilenet_v2");
        Assert.True(TwoStageRule.Flags(first.Porn, first.Hentai, first.Sexy, Thresholds));
        Assert.Equal(Decision.Block, DecideStrict(first, null).Decision); // MobileNetV2 alone

        var verdict = DecideStrict(first, Scores(0.010, 0.001, 0.000, "inception_v3"));

        Assert.Equal((Decision.Allow, 0), (verdict.Decision, Sexual(verdict)));
        Assert.Contains(verdict.Reasons, r => r.Code == ImageRules.SecondStage && r.Message.Contains("Porn 0.864", StringComparison.Ordinal));
    }

    [Fact]
    public void MeasuredSuggestivePhoto_NotFlaggedByDefault_StaysInReviewOnStageOne()
    {
        // face-api's sample2.jpg: Sexy 0.950 by MobileNetV2 (severity 2, below the default flag at 4).
        var first = Scores(0.033, 0.002, 0.950, "mobilenet_v2");
        Assert.False(TwoStageRule.Flags(first.Porn, first.Hentai, first.Sexy, Thresholds));

        Assert.Equal((Decision.Review, 2), (DecideStrict(first, null).Decision, Sexual(DecideStrict(first, null))));
    }

    [Fact]
    public void MeasuredSuggestivePhoto_FlaggedAtSeverityTwo_BothStagesSuggestive_StaysInReview()
    {
        // The same photo with SecondStageAtSeverity 2: InceptionV3 scored it Porn 0.387 / Sexy 0.587 (still severity 2).
        var first = Scores(0.033, 0.002, 0.950, "mobilenet_v2");
        Assert.True(TwoStageRule.Flags(first.Porn, first.Hentai, first.Sexy, new ImageThresholds { SecondStageAtSeverity = 2 }));

        var verdict = DecideStrict(first, Scores(0.387, 0.011, 0.587, "inception_v3"));

        Assert.Equal((Decision.Review, 2), (verdict.Decision, Sexual(verdict)));
    }

    [Theory]
    [InlineData(0.93, 0.88)]
    [InlineData(0.75, 0.71)]
    [InlineData(0.45, 0.95)]
    public void BothStagesScoreExplicit_IsBlockedAsBefore(double firstPorn, double secondPorn)
    {
        var first = Scores(firstPorn, 0.01, 0.02, "mobilenet_v2");
        Assert.Equal(Decision.Block, DecideStrict(first, null).Decision);

        var verdict = DecideStrict(first, Scores(secondPorn, 0.01, 0.02, "inception_v3"));

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.True(Sexual(verdict) >= 4);
    }

    [Fact]
    public void HentaiExplicitInBothStages_IsBlocked()
    {
        var verdict = DecideStrict(Scores(0.01, 0.90, 0.01, "mobilenet_v2"), Scores(0.02, 0.85, 0.01, "inception_v3"));

        Assert.Equal((Decision.Block, 6), (verdict.Decision, Sexual(verdict)));
    }

    [Fact]
    public void StageOneSuggestiveStageTwoExplicit_CountsAsExplicit()
    {
        // Only when suggestive frames are sent on (SecondStageAtSeverity 2); the rule itself is the same.
        var first = Scores(0.05, 0.01, 0.70, "mobilenet_v2");
        Assert.Equal(Decision.Review, DecideStrict(first, null).Decision);

        Assert.Equal(Decision.Block, DecideStrict(first, Scores(0.80, 0.01, 0.10, "inception_v3")).Decision);
    }

    [Theory]
    [InlineData(0.40, 0.0, 0.0, true)]
    [InlineData(0.39, 0.39, 0.59, false)]
    [InlineData(0.0, 0.40, 0.0, true)]
    [InlineData(0.0, 0.0, 0.99, false)]
    public void Flags_ByDefaultAtWhatStrictBlocks(double porn, double hentai, double sexy, bool flagged)
    {
        Assert.Equal(flagged, TwoStageRule.Flags(porn, hentai, sexy, Thresholds));
        Assert.Equal(flagged, ImageRules.SexualSeverity(Scores(porn, hentai, sexy, "m"), Thresholds) >= 4);
    }

    [Theory]
    [InlineData(0.20, 0.0, 0.0, true)]
    [InlineData(0.0, 0.0, 0.60, true)]
    [InlineData(0.19, 0.19, 0.59, false)]
    public void Flags_ConfiguredAtSeverityTwo_AlsoSuggestiveFrames(double porn, double hentai, double sexy, bool flagged)
    {
        Assert.Equal(flagged, TwoStageRule.Flags(porn, hentai, sexy, new ImageThresholds { SecondStageAtSeverity = 2 }));
    }

    [Fact]
    public void NotFlagged_FirstStageScoresDecide()
    {
        var first = Scores(0.06, 0.01, 0.004, "mobilenet_v2"); // chelsea the cat

        Assert.Same(first, TwoStageRule.Decide(first, null));
        Assert.Equal(Decision.Allow, DecideStrict(first, null).Decision);
    }
}
