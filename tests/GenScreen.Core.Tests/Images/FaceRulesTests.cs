using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Images.Faces;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Images;

/// <summary>
/// The face rules on constructed face signals (pure logic; the face models' own tests run them on real photos).
/// Every rule is checked under both policies where it must hold "under every policy".
/// </summary>
public sealed class FaceRulesTests
{
    private static readonly ImageThresholds Thresholds = new();
    private static readonly FaceRuleOptions Rules = new();

    private static readonly ImageClassScores Neutral = new(0.02, 0.00, 0.95, 0.01, 0.02, "test");

    /// <summary>Sexy 0.73: Sexual severity 2.</summary>
    private static readonly ImageClassScores Suggestive = new(0.02, 0.01, 0.20, 0.04, 0.73, "test");

    /// <summary>Porn 0.55: Sexual severity 4.</summary>
    private static readonly ImageClassScores Nude = new(0.01, 0.02, 0.10, 0.55, 0.32, "test");

    private static readonly ImageClassScores Drawn = new(0.93, 0.03, 0.03, 0.00, 0.01, "test");

    private static FaceSignal Face(double? age, int size = 120, ProtectedPersonMatch? match = null) =>
        new(new FaceBox(40, 30, size, size), 0.97, age, TooSmallToJudge: age is null, match);

    private static FaceFacts Found(params FaceSignal[] faces) => new(true, faces, "faces-test");

    private static ImageVerdict Decide(ImageClassScores scores, FaceFacts? faces, string policy = "mature", string? prompt = null, GenerationMode mode = GenerationMode.Txt2Img, ImagePurpose purpose = ImagePurpose.Generated, FaceRuleOptions? rules = null)
    {
        Assert.True(TestScreeners.Default.TryGetPolicy(policy, out var p));
        var promptVerdict = prompt is null ? null : TestScreeners.Default.Screen(prompt, null, "mature", mode);
        var inputs = new ImageDecisionInputs(scores) { Faces = faces, Prompt = promptVerdict, Purpose = purpose };
        return ImageRules.Decide(inputs, p, Thresholds, rules ?? Rules, "v");
    }

    private static int Severity(ImageVerdict v, HarmCategory c) => v.Categories.Single(x => x.Category == c).Severity;

    [Theory]
    [InlineData("mature")]
    [InlineData("strict")]
    public void LikelyMinor_SuggestiveImage_IsBlockedAsMinorsSexual(string policy)
    {
        var verdict = Decide(Suggestive, Found(Face(12.4)), policy);

        Assert.Equal(Decision.Block, verdict.Decision);
        var reason = Assert.Single(verdict.Reasons, r => r.Code == "minors.sexual");
        Assert.Contains("x=40, y=30 (120×120 px)", reason.Message, StringComparison.Ordinal);
        Assert.Contains("apparent age 12.4 (a model's estimate from the pixels, not the person's age)", reason.Message, StringComparison.Ordinal);
        Assert.Equal(7, Severity(verdict, HarmCategory.SexualMinors));
    }

    [Fact]
    public void LikelyMinor_NeutralImage_NeutralPrompt_IsAllowedAndRecorded()
    {
        var verdict = Decide(Neutral, Found(Face(9)), prompt: "a child flying a kite on the beach");

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == FaceRules.FacesEvidence && r.Message.Contains("apparent ages (model estimates, not ages) 9", StringComparison.Ordinal));
        Assert.Equal(0, Severity(verdict, HarmCategory.SexualMinors));
    }

    [Fact]
    public void LikelyMinor_NeutralImage_SexualPrompt_IsBlocked()
    {
        // "nude woman" is allowed under mature as a prompt; an image from it that shows a child's face is not.
        var verdict = Decide(Neutral, Found(Face(14)), prompt: "nude woman lying on a bed");

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == "minors.sexual" && r.Message.Contains("its prompt is sexual", StringComparison.Ordinal));
    }

    [Fact]
    public void ForcedLowAgeThreshold_AdultFace_SexualPrompt_IsBlocked()
    {
        // The end-to-end test's trick, as pure logic: an adult face with LikelyMinorUnder raised to 60.
        var verdict = Decide(Neutral, Found(Face(34.5)), prompt: "nude woman lying on a bed", rules: new FaceRuleOptions { LikelyMinorUnder = 60, PossibleMinorUnder = 70 });

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == "minors.sexual");
        Assert.Equal(Decision.Allow, Decide(Neutral, Found(Face(34.5)), prompt: "nude woman lying on a bed").Decision);
    }

    [Theory]
    [InlineData("mature")]
    [InlineData("strict")]
    public void PossibleMinor_NudeImage_IsBlocked(string policy)
    {
        var verdict = Decide(Nude, Found(Face(18.5)), policy);

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == "minors.ambiguous-sexual" && r.Message.Contains("possible-minor band (under 21)", StringComparison.Ordinal));
        Assert.Equal(6, Severity(verdict, HarmCategory.SexualMinors));
    }

    [Fact]
    public void PossibleMinor_SuggestiveImage_IsReviewUnderMature()
    {
        var verdict = Decide(Suggestive, Found(Face(19)));

        Assert.Equal(Decision.Review, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == "minors.ambiguous-suggestive");
    }

    [Fact]
    public void PossibleMinor_NeutralImage_SexualPrompt_IsAllowed()
    {
        // A possible minor is judged on the image alone (youthful adults read 16-21).
        Assert.Equal(Decision.Allow, Decide(Neutral, Found(Face(19)), prompt: "nude woman lying on a bed").Decision);
    }

    [Fact]
    public void AdultFace_NudeImage_IsAllowedUnderMatureAndBlockedUnderStrict()
    {
        Assert.Equal(Decision.Allow, Decide(Nude, Found(Face(31))).Decision);
        Assert.Equal(Decision.Block, Decide(Nude, Found(Face(31)), "strict").Decision);
    }

    [Fact]
    public void SmallFace_IsRecordedAsTooSmall_AndNoAgeRuleApplies()
    {
        var tiny = new FaceSignal(new FaceBox(5, 5, 20, 24), 0.9, null, TooSmallToJudge: true);

        var verdict = Decide(Nude, Found(tiny, Face(null, size: 18)));

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == FaceRules.FacesEvidence && r.Message.Contains("2 faces found", StringComparison.Ordinal) && r.Message.Contains("2 too small to judge", StringComparison.Ordinal));
        Assert.Equal(FaceAgeBand.TooSmallToJudge, FaceAgeBands.Of(tiny, Rules));
        Assert.Equal(FaceAgeBand.TooSmallToJudge, FaceAgeBands.Of(tiny with { ApparentAge = 11 }, Rules)); // flagged small: an age is not trusted
    }

    [Theory]
    [InlineData("mature")]
    [InlineData("strict")]
    public void ProtectedPersonMatch_SuggestiveImage_IsBlockedAsRealPersonSexual(string policy)
    {
        var match = new ProtectedPersonMatch("p-123", "Jane Example", 0.38);

        var verdict = Decide(Suggestive, Found(Face(35, match: match)), policy);

        Assert.Equal(Decision.Block, verdict.Decision);
        var reason = Assert.Single(verdict.Reasons, r => r.Code == "real-person.sexual");
        Assert.Equal("p-123", reason.Term);
        Assert.DoesNotContain("Jane", reason.Message, StringComparison.Ordinal); // enrolment can be private
        Assert.Equal(6, Severity(verdict, HarmCategory.SexualRealPerson));
    }

    [Fact]
    public void ProtectedPersonMatch_NeutralImage_IsAllowedWithANote()
    {
        var verdict = Decide(Neutral, Found(Face(35, match: new ProtectedPersonMatch("p-123", "Jane Example", 0.38))));

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == FaceRules.ProtectedPersonEvidence && r.Term == "p-123");
    }

    [Fact]
    public void ProtectedPersonMatch_NeutralImage_SexualPrompt_IsBlocked()
    {
        var verdict = Decide(Neutral, Found(Face(35, match: new ProtectedPersonMatch("p-1", "X", 0.4))), prompt: "nude woman lying on a bed");

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == "real-person.sexual");
    }

    [Fact]
    public void DrawnImage_NoFaceFound_SaysSo()
    {
        var verdict = Decide(Drawn, Found());

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == FaceRules.DrawnNoFaces && r.Message.Contains("the prompt correlation is the signal", StringComparison.Ordinal));
    }

    [Fact]
    public void Photo_NoFaceFound_HasNoDrawnNote()
    {
        var verdict = Decide(Neutral, Found());

        Assert.Contains(verdict.Reasons, r => r.Code == FaceRules.FacesEvidence && r.Message.Contains("none found", StringComparison.Ordinal));
        Assert.DoesNotContain(verdict.Reasons, r => r.Code == FaceRules.DrawnNoFaces);
    }

    [Fact]
    public void FacesNotSearched_AddsNothing()
    {
        var without = Decide(Suggestive, null);
        var notSearched = Decide(Suggestive, FaceFacts.NotSearched);

        Assert.Equal(without.Reasons.Select(r => r.Code), notSearched.Reasons.Select(r => r.Code));
        Assert.DoesNotContain(without.Reasons, r => r.Code.StartsWith("image.face", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mature")]
    [InlineData("strict")]
    public void InitImage_PhotoWithFace_SexualImg2ImgPrompt_IsBlockedAsNudify(string policy)
    {
        // "nude woman lying on a bed" is allowed under mature as a prompt; on the photo of a real face it is a nudify request.
        var verdict = Decide(Neutral, Found(Face(30)), policy, "nude woman lying on a bed", GenerationMode.Img2Img, ImagePurpose.InitImage);

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == "real-person.nudify" && r.Message.Contains("photograph", StringComparison.Ordinal));
        Assert.Equal(6, Severity(verdict, HarmCategory.SexualRealPerson));
    }

    [Fact]
    public void InitImage_PhotoWithFace_UndressPrompt_IsBlockedAsNudify()
    {
        var verdict = Decide(Neutral, Found(Face(30)), "mature", "remove her clothes", GenerationMode.Inpaint, ImagePurpose.InitImage);

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == "real-person.nudify" && r.Message.Contains("init image", StringComparison.Ordinal));
    }

    [Fact]
    public void InitImage_PhotoWithFace_BenignPrompt_IsAllowed()
    {
        Assert.Equal(Decision.Allow, Decide(Neutral, Found(Face(30)), "mature", "make it a watercolor painting", GenerationMode.Img2Img, ImagePurpose.InitImage).Decision);
    }

    [Fact]
    public void InitImage_DrawingWithFace_SexualPrompt_IsNotNudify()
    {
        var verdict = Decide(Drawn, Found(Face(30)), "mature", "nude woman lying on a bed", GenerationMode.Img2Img, ImagePurpose.InitImage);

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.DoesNotContain(verdict.Reasons, r => r.Code == "real-person.nudify");
    }

    [Fact]
    public void InitImage_PhotoWithoutFace_SexualPrompt_IsNotNudify()
    {
        Assert.Equal(Decision.Allow, Decide(Neutral, Found(), "mature", "nude woman lying on a bed", GenerationMode.Img2Img, ImagePurpose.InitImage).Decision);
    }

    [Fact]
    public void GeneratedImage_PhotoWithFace_SexualPrompt_IsNotNudify()
    {
        // The nudify rule is about the uploaded start image; a generated adult image from an adult prompt is mature content.
        Assert.Equal(Decision.Allow, Decide(Neutral, Found(Face(30)), "mature", "nude woman lying on a bed", GenerationMode.Img2Img).Decision);
    }

    [Fact]
    public void InitImage_LikelyMinorDrawing_RevealingPrompt_IsBlocked()
    {
        // Any sexual prompt (here revealing, severity 1) on an init image with a likely minor: blocked, drawn or not.
        var prompt = TestScreeners.Default.Screen("in a bikini", null, "mature", GenerationMode.Img2Img);
        Assert.Equal(1, prompt.SeverityOf(HarmCategory.Sexual));

        var verdict = Decide(Drawn, Found(Face(11)), "mature", "in a bikini", GenerationMode.Img2Img, ImagePurpose.InitImage);
        var generated = Decide(Drawn, Found(Face(11)), "mature", "in a bikini", GenerationMode.Img2Img);

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == "minors.sexual");
        Assert.Equal(Decision.Allow, generated.Decision);
    }

    [Fact]
    public void DecidingReasonsComeFirst_FaceNotesAfterThem()
    {
        // A quarantined blob is labelled with the first reason: it must be what decided, not a note about faces.
        Assert.True(TestScreeners.Default.TryGetPolicy("mature", out var mature));
        var thresholds = new ImageThresholds { BlockClassesAt = new() { ["Drawing"] = 0.5 } };

        var verdict = ImageRules.Decide(new ImageDecisionInputs(Drawn) { Faces = Found() }, mature, thresholds, Rules, "v");

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Equal(ImageRules.ClassThreshold, verdict.Reasons[0].Code);
        Assert.Equal([FaceRules.FacesEvidence, FaceRules.DrawnNoFaces, ImageRules.ClassifierEvidence], verdict.Reasons.Skip(1).Select(r => r.Code));
    }

    [Fact]
    public void FaceRuleOptions_LikelyAbovePossible_IsInvalid()
    {
        var options = new ImageScreeningOptions { Faces = new FaceRuleOptions { LikelyMinorUnder = 22, PossibleMinorUnder = 21 } };

        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains(results, r => r.ErrorMessage!.Contains("LikelyMinorUnder", StringComparison.Ordinal));
        var defaults = new ImageScreeningOptions();
        Assert.True(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(defaults, new(defaults), [], validateAllProperties: true));
    }

    [Fact]
    public void FaceRuleOptions_OutOfRange_IsInvalid()
    {
        var options = new ImageScreeningOptions { Faces = new FaceRuleOptions { DrawnAt = 1.5 } };

        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        Assert.False(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true));
        Assert.Contains(results, r => r.ErrorMessage!.StartsWith("ImageScreening:Faces:", StringComparison.Ordinal));
    }
}
