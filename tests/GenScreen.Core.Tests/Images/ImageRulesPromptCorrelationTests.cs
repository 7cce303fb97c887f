using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Images;

/// <summary>What the correlated prompt's verdict does to an image's decision (mature: adult imagery alone is allowed).</summary>
public sealed class ImageRulesPromptCorrelationTests
{
    private static readonly ImageThresholds Thresholds = new();

    /// <summary>Sexy 0.73: severity 2 ("suggestive") under the default thresholds.</summary>
    private static readonly ImageClassScores Suggestive = new(0.02, 0.01, 0.20, 0.04, 0.73, "test");

    private static readonly ImageClassScores Neutral = new(0.02, 0.00, 0.95, 0.01, 0.02, "test");

    private static ImageVerdict Decide(ImageClassScores scores, string? prompt, bool unavailable = false)
    {
        Assert.True(TestScreeners.Default.TryGetPolicy("mature", out var mature));
        var promptVerdict = prompt is null ? null : TestScreeners.Default.Screen(prompt, null, "mature");
        return ImageRules.Decide(scores, promptVerdict, mature, Thresholds, "v", [], unavailable);
    }

    [Fact]
    public void PromptInReview_SuggestiveImage_IsReview()
    {
        Assert.Equal(Decision.Review, TestScreeners.Default.Screen("student in a bikini, seductive pose", null, "mature").Decision);

        var verdict = Decide(Suggestive, "student in a bikini, seductive pose");

        Assert.Equal(Decision.Review, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == ImageRules.PromptReview);
    }

    [Fact]
    public void PromptInReview_NeutralImage_IsAllowed()
    {
        Assert.Equal(Decision.Allow, Decide(Neutral, "student in a bikini, seductive pose").Decision);
    }

    [Fact]
    public void SuggestiveImage_WithoutPrompt_IsAllowedUnderMature()
    {
        Assert.Equal(Decision.Allow, Decide(Suggestive, null).Decision);
    }

    [Fact]
    public void PromptUnavailable_AnyImage_IsReview()
    {
        var verdict = Decide(Neutral, null, unavailable: true);

        Assert.Equal(Decision.Review, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == ImageRules.PromptUnavailable);
    }

    [Fact]
    public void RealPersonHint_SuggestiveImage_IsBlocked()
    {
        var verdict = Decide(Suggestive, "face swap of my ex at the beach");

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == "real-person.sexual");
    }
}
