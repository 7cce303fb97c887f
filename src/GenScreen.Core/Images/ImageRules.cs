using System.Globalization;
using GenScreen.Core.Configuration;
using GenScreen.Core.Detectors;
using GenScreen.Core.Images.Faces;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Images;

/// <summary>
/// Decides an image: classifier probabilities become a Sexual severity, combined with what the correlated
/// prompt said (minors, real people) under the same mission rules as prompts, then the policy's thresholds
/// and any per-class operator thresholds. An image that could not be screened is blocked (fail closed).
/// Faces (apparent age, protected-person matches) and the image's purpose (an init image for img2img) add the rules of
/// <see cref="FaceRules"/>, under every policy.
/// </summary>
public static class ImageRules
{
    public const string Unscreenable = "image.unscreenable";
    public const string ClassThreshold = "image.class-threshold";
    public const string PromptBlocked = "image.prompt-blocked";
    public const string PromptReview = "image.prompt-review";
    public const string PromptUnavailable = "image.prompt-unavailable";
    public const string ClassifierEvidence = "image.classifier";

    public const string SecondStage = "image.second-stage";

    /// <summary>Evidence: flagged frames kept their first-stage scores (<see cref="TwoStageRule.ScoresCanChangeDecision"/>).</summary>
    public const string SecondStageNotRun = "image.second-stage-not-run";

    public static int SexualSeverity(ImageClassScores scores, ImageThresholds t)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return SexualSeverity(Math.Max(scores.Porn, scores.Hentai), scores.Sexy, t);
    }

    /// <summary>Severity from the explicit score (max of Porn and Hentai) and the Sexy score.</summary>
    public static int SexualSeverity(double explicitScore, double sexy, ImageThresholds t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return explicitScore >= t.ExplicitHigh ? 6
            : explicitScore >= t.ExplicitMedium ? 4
            : explicitScore >= t.ExplicitLow || sexy >= t.SuggestiveAt ? 2
            : 0;
    }

    public static ImageVerdict Unscreened(string code, string message, string policy, string policyVersion) =>
        new(Decision.Block, policy, policyVersion, EmptyCategories(), [new VerdictReason(Unscreenable, $"{message} An image that cannot be screened is never approved.", code)]);

    public static ImageVerdict Decide(ImageClassScores scores, PromptVerdict? prompt, ScreeningPolicy policy, ImageThresholds t, string policyVersion) =>
        Decide(new ImageDecisionInputs(scores) { Prompt = prompt }, policy, t, DefaultFaceRules, policyVersion);

    /// <summary>Decides with external detectors' severities merged in (max per category) before any rule runs.</summary>
    /// <param name="promptUnavailable">
    /// The upload named a prompt verdict that could not be read (not recorded yet, or the table is unreachable): the
    /// image is held for review rather than judged as if it had no prompt (fail closed).
    /// </param>
    public static ImageVerdict Decide(ImageClassScores scores, PromptVerdict? prompt, ScreeningPolicy policy, ImageThresholds t, string policyVersion, IReadOnlyList<DetectorResult> external, bool promptUnavailable = false) =>
        Decide(new ImageDecisionInputs(scores) { Prompt = prompt, External = external, PromptUnavailable = promptUnavailable }, policy, t, DefaultFaceRules, policyVersion);

    /// <summary>Decides on every signal: classifier, external detectors, the correlated prompt, faces and the image's purpose.</summary>
    public static ImageVerdict Decide(ImageDecisionInputs inputs, ScreeningPolicy policy, ImageThresholds t, FaceRuleOptions faceRules, string policyVersion)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(policy);
        var (scores, prompt, external, promptUnavailable) = (inputs.Scores, inputs.Prompt, inputs.External, inputs.PromptUnavailable);
        var reasons = new List<VerdictReason>();
        var decision = Decision.Allow;
        void Raise(Decision d, string code, string message, string? term = null)
        {
            decision = (Decision)Math.Max((int)decision, (int)d);
            reasons.Add(new VerdictReason(code, message, term));
        }

        var sexual = Math.Max(SexualSeverity(scores, t), ExternalSeverity(external, HarmCategory.Sexual));
        var violence = ExternalSeverity(external, HarmCategory.Violence);
        var hate = ExternalSeverity(external, HarmCategory.Hate);
        var selfHarm = ExternalSeverity(external, HarmCategory.SelfHarm);
        var minors = prompt?.SeverityOf(HarmCategory.Minors) ?? 0;
        // A named real person or a real-person hint (face swap, "my ex"): either way the image may depict someone real.
        var realPerson = prompt?.Reasons.Any(r => r.Code is ReasonCodes.TermRealPerson or ReasonCodes.TermRealPersonHint) == true;
        var sexualMinors = 0;
        var sexualRealPerson = 0;

        if (minors >= 4 && sexual >= 2)
        {
            sexualMinors = 7;
            Raise(Decision.Block, ReasonCodes.MinorsSexual, "The image is sexual or suggestive and its prompt describes a minor: blocked under every policy.");
        }
        else if (minors > 0 && sexual >= 4)
        {
            sexualMinors = 6;
            Raise(Decision.Block, ReasonCodes.AmbiguousMinorsSexual, "The image shows nudity or explicit content and its prompt describes youth: blocked under every policy.");
        }

        if (realPerson && sexual >= 2)
        {
            sexualRealPerson = 6;
            Raise(Decision.Block, ReasonCodes.RealPersonSexual, "The image is sexual or suggestive and its prompt names a real person: blocked under every policy.");
        }

        var notes = new List<VerdictReason>();
        var (faceMinors, faceRealPerson) = FaceRules.Apply(inputs, sexual, faceRules, Raise, notes.Add);
        sexualMinors = Math.Max(sexualMinors, faceMinors);
        sexualRealPerson = Math.Max(sexualRealPerson, faceRealPerson);

        if (prompt?.Decision == Decision.Block)
        {
            Raise(Decision.Block, PromptBlocked, "The prompt that generated this image was blocked.");
        }
        else if (prompt?.Decision == Decision.Review && sexual >= 2)
        {
            // What made the prompt doubtful (a youth term, a real-person hint…) is now sexual or suggestive imagery.
            Raise(Decision.Review, PromptReview, "The prompt that generated this image was held for review and the image is sexual or suggestive: held for review.");
        }

        if (promptUnavailable)
        {
            Raise(Decision.Review, PromptUnavailable, "The prompt verdict named by the upload could not be read: held for review rather than judged without its prompt.");
        }

        foreach (var (category, code) in ScreeningPolicy.ThresholdCategories)
        {
            var severity = category switch
            {
                HarmCategory.Sexual => sexual,
                HarmCategory.Violence => violence,
                HarmCategory.Hate => hate,
                _ => selfHarm,
            };
            var d = policy.Judge(category, code, severity, out var thresholdReason);
            if (thresholdReason is not null)
            {
                Raise(d, thresholdReason.Code, thresholdReason.Message);
            }
        }

        foreach (var result in external)
        {
            decision = (Decision)Math.Max((int)decision, (int)result.DecisionFloor);
            reasons.AddRange(result.Reasons);
            foreach (var c in result.Categories.Where(c => c.Severity > 0))
            {
                reasons.Add(new VerdictReason("detector." + result.Detector, $"{c.Category} severity {c.Severity}.", c.Category.ToString()));
            }
        }

        ApplyClassThresholds(scores, t.BlockClassesAt, Decision.Block, Raise);
        ApplyClassThresholds(scores, t.ReviewClassesAt, Decision.Review, Raise);

        // Evidence last: the first reason is what a quarantined blob is labelled with.
        reasons.AddRange(notes);
        reasons.Add(new VerdictReason(ClassifierEvidence, string.Create(CultureInfo.InvariantCulture,
            $"Drawing {scores.Drawing:0.000}, Hentai {scores.Hentai:0.000}, Neutral {scores.Neutral:0.000}, Porn {scores.Porn:0.000}, Sexy {scores.Sexy:0.000} ({scores.ModelVersion}).")));
        if (scores.FirstStage is { } first)
        {
            reasons.Add(new VerdictReason(SecondStage, string.Create(CultureInfo.InvariantCulture,
                $"The first stage flagged {scores.SecondStageFrames} frame(s) (max Drawing {first.Drawing:0.000}, Hentai {first.Hentai:0.000}, Neutral {first.Neutral:0.000}, Porn {first.Porn:0.000}, Sexy {first.Sexy:0.000}, {first.ModelVersion}); the second stage's scores decided them.")));
        }
        CategorySeverity[] categories =
        [
            new(HarmCategory.Hate, hate),
            new(HarmCategory.SelfHarm, selfHarm),
            new(HarmCategory.Sexual, sexual),
            new(HarmCategory.Violence, violence),
            new(HarmCategory.SexualMinors, sexualMinors),
            new(HarmCategory.Minors, minors),
            new(HarmCategory.SexualRealPerson, sexualRealPerson),
        ];
        return new ImageVerdict(decision, policy.Name, policyVersion, categories, reasons);
    }

    private static readonly FaceRuleOptions DefaultFaceRules = new();

    private static void ApplyClassThresholds(ImageClassScores scores, Dictionary<string, double> thresholds, Decision decision, Action<Decision, string, string, string?> raise)
    {
        foreach (var (className, threshold) in thresholds)
        {
            var p = scores[className];
            if (p >= threshold)
            {
                raise(decision, ClassThreshold, string.Create(CultureInfo.InvariantCulture, $"Class {className} probability {p:0.000} ≥ configured {threshold:0.###}."), className);
            }
        }
    }

    private static int ExternalSeverity(IReadOnlyList<DetectorResult> external, HarmCategory category)
    {
        var max = 0;
        foreach (var result in external)
        {
            foreach (var c in result.Categories)
            {
                if (c.Category == category)
                {
                    max = Math.Max(max, c.Severity);
                }
            }
        }

        return max;
    }

    private static CategorySeverity[] EmptyCategories() =>
        [.. Enum.GetValues<HarmCategory>().Select(c => new CategorySeverity(c, 0))];
}
