using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Images.Faces;
using GenScreen.Core.Policies;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Images;

/// <summary>
/// <see cref="TwoStageRule.ScoresCanChangeDecision"/>: where it says the scores cannot change the decision, no
/// second-stage score may change it. Checked on every pair of a grid of flagged first-stage scores and any second-stage
/// scores (cleared, suggestive, explicit, drawn), under both built-in policies, with real prompt verdicts of each kind
/// and faces of each kind; and it must say "can" where the benign set's false positives need the second stage.
/// </summary>
public sealed class SecondStageWhereItDecidesTests
{
    private static readonly ImageThresholds Thresholds = new();
    private static readonly FaceRuleOptions FaceRules = new();

    private static readonly double[] Levels = [0.0, 0.05, 0.25, 0.45, 0.75, 0.95];

    /// <summary>Every Drawing/Porn/Hentai/Sexy combination on <see cref="Levels"/> that sums to at most 1.</summary>
    private static IEnumerable<ImageClassScores> Grid(string model) =>
        from drawing in (double[])[0.0, 0.6]
        from porn in Levels
        from hentai in Levels
        from sexy in Levels
        where drawing + porn + hentai + sexy <= 1.0
        select new ImageClassScores(drawing, hentai, 1.0 - drawing - porn - hentai - sexy, porn, sexy, model);

    private static FaceFacts Faces(params double?[] ages) =>
        new(true, [.. ages.Select(a => new FaceSignal(new FaceBox(40, 30, 120, 120), 0.97, a, TooSmallToJudge: a is null, null))], "faces-test");

    /// <summary>Policy, prompt (null: none) and faces ("none": not analysed; else apparent ages, empty: none found).</summary>
    public static TheoryData<string, string?, string> Cases() => new()
    {
        { "mature", null, "none" },
        { "mature", null, "" },
        { "mature", null, "34" },
        { "mature", null, "34,12" },
        { "mature", null, "18" },
        { "mature", "a lighthouse on a cliff at sunset, oil painting", "none" },
        { "mature", "a nude woman lying on a bed, explicit", "none" },
        { "mature", "a nude woman lying on a bed, explicit", "30" },
        { "mature", "student in a bikini, seductive pose", "none" },
        { "mature", "face swap of my ex at the beach", "none" },
        { "mature", "a naked child", "none" },
        { "mature", "a naked child", "10" },
        { "strict", null, "none" },
        { "strict", "a lighthouse on a cliff at sunset, oil painting", "34" },
        { "strict", "a naked child", "none" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void WhereTheRuleSaysNo_NoSecondStageScoreChangesTheDecision(string policyName, string? promptText, string ages)
    {
        Assert.True(TestScreeners.Default.TryGetPolicy(policyName, out ScreeningPolicy policy));
        var inputs = Inputs(policyName, promptText, ages);
        if (TwoStageRule.ScoresCanChangeDecision(inputs, policy, Thresholds, FaceRules))
        {
            return; // the second stage runs on every flagged frame, as before this rule
        }

        var flagged = Grid("first").Where(s => TwoStageRule.Flags(s.Porn, s.Hentai, s.Sexy, Thresholds)).ToList();
        Assert.NotEmpty(flagged);
        foreach (var first in flagged)
        {
            var firstOnly = ImageRules.Decide(inputs with { Scores = first }, policy, Thresholds, FaceRules, "v").Decision;
            foreach (var second in Grid("second"))
            {
                var deciding = TwoStageRule.Decide(first, second) with { FirstStage = first, SecondStageFrames = 1 };
                Assert.Equal(firstOnly, ImageRules.Decide(inputs with { Scores = deciding }, policy, Thresholds, FaceRules, "v").Decision);
            }
        }
    }

    [Theory]
    [InlineData("strict", null, "none", true)] // a flagged frame is a block only the second stage can overturn (the retina photograph)
    [InlineData("strict", null, "34", true)]
    [InlineData("mature", null, "none", false)] // adult imagery is allowed whatever it scores
    [InlineData("mature", null, "", false)]
    [InlineData("mature", null, "34", false)]
    [InlineData("mature", null, "12", true)] // a likely minor: sexual ≥ 2 blocks
    [InlineData("mature", null, "18", true)] // a possible minor: sexual 2 reviews, ≥ 4 blocks
    [InlineData("mature", "a nude woman lying on a bed, explicit", "30", false)]
    [InlineData("mature", "student in a bikini, seductive pose", "none", true)] // prompt in review + sexual image → review
    [InlineData("mature", "face swap of my ex at the beach", "none", true)] // real-person hint + sexual image → block
    [InlineData("mature", "a naked child", "10", false)] // blocked by its prompt whatever the image scores
    [InlineData("strict", "a naked child", "none", false)]
    public void ScoresCanChangeDecision_WhereTheRulesReadThem(string policyName, string? promptText, string ages, bool expected)
    {
        Assert.True(TestScreeners.Default.TryGetPolicy(policyName, out ScreeningPolicy policy));
        Assert.Equal(expected, TwoStageRule.ScoresCanChangeDecision(Inputs(policyName, promptText, ages), policy, Thresholds, FaceRules));
    }

    [Fact]
    public void OperatorClassThreshold_ScoresAlwaysCanChangeDecision()
    {
        Assert.True(TestScreeners.Default.TryGetPolicy("mature", out ScreeningPolicy mature));
        var t = new ImageThresholds { BlockClassesAt = { ["Drawing"] = 0.9 } };
        Assert.True(TwoStageRule.ScoresCanChangeDecision(Inputs("mature", null, "none"), mature, t, FaceRules));
    }

    [Fact]
    public void InitImageWithFace_NudifyPrompt_BlockedWhateverTheScores()
    {
        Assert.True(TestScreeners.Default.TryGetPolicy("mature", out ScreeningPolicy mature));
        var inputs = Inputs("mature", "remove her clothes", "30") with { Purpose = ImagePurpose.InitImage };
        var photo = ImageRules.Decide(inputs with { Scores = new ImageClassScores(0.01, 0.0, 0.97, 0.01, 0.01, "t") }, mature, Thresholds, FaceRules, "v");
        var drawn = ImageRules.Decide(inputs with { Scores = new ImageClassScores(0.95, 0.0, 0.03, 0.01, 0.01, "t") }, mature, Thresholds, FaceRules, "v");

        // Whether the photo is drawn changes the nudify rule, so the scores matter unless the prompt blocks on its own.
        Assert.Equal(photo.Decision != drawn.Decision, TwoStageRule.ScoresCanChangeDecision(inputs, mature, Thresholds, FaceRules));
    }

    private static ImageDecisionInputs Inputs(string policyName, string? promptText, string ages) =>
        new(new ImageClassScores(0, 0, 1, 0, 0, "placeholder"))
        {
            Prompt = promptText is null ? null : TestScreeners.Default.Screen(promptText, null, policyName),
            Faces = ages == "none" ? null : Faces([.. ages.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(a => (double?)double.Parse(a, System.Globalization.CultureInfo.InvariantCulture))]),
        };
}
