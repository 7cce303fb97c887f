using System.Globalization;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Images.Faces;

/// <summary>
/// The face part of <see cref="ImageRules"/>, the same under every policy (docs/images.md#faces-and-apparent-age):
/// <list type="bullet">
/// <item>a likely minor (apparent age under <see cref="FaceRuleOptions.LikelyMinorUnder"/>) with a sexual or suggestive
/// image (≥ 2) or prompt (≥ 2; for an init image any sexual prompt, ≥ 1) → block <c>minors.sexual</c>;</item>
/// <item>a possible minor (under <see cref="FaceRuleOptions.PossibleMinorUnder"/>) with nudity in the image (≥ 4) → block
/// <c>minors.ambiguous-sexual</c>, with suggestive imagery (2–3) → review <c>minors.ambiguous-suggestive</c>;</item>
/// <item>a face matching an enrolled protected person with a sexual or suggestive image or prompt (≥ 2) → block
/// <c>real-person.sexual</c>;</item>
/// <item>an init image that is a photograph (not drawn) with a face, and a prompt that undresses or sexualises
/// (<c>real-person.nudify</c>, or prompt Sexual ≥ 2) → block <c>real-person.nudify</c>;</item>
/// <item>a drawn image where no face was found → a note: the face models only know photographs, the prompt is the signal.</item>
/// </list>
/// A possible minor is judged on the image alone: a sexual prompt that produced a youthful-looking adult is not evidence
/// of a minor, and adults read 16–21 often enough that the prompt would review much of what <c>mature</c> allows.
/// </summary>
public static class FaceRules
{
    public const string FacesEvidence = "image.faces";
    public const string DrawnNoFaces = "image.faces-not-found-drawn";
    public const string ProtectedPersonEvidence = "image.protected-person";

    /// <summary>Applies the face rules; returns the SexualMinors and SexualRealPerson severities they set.</summary>
    /// <param name="imageSexual">The image's Sexual severity (classifier and external detectors merged).</param>
    /// <param name="raise">Reasons that decide (block, review).</param>
    /// <param name="note">
    /// Evidence that decides nothing (faces found, drawn image, a match without sexual content); the caller lists them
    /// after every deciding reason, because the first reason names a quarantined blob's cause.
    /// </param>
    public static (int SexualMinors, int SexualRealPerson) Apply(ImageDecisionInputs inputs, int imageSexual, FaceRuleOptions options, Action<Decision, string, string, string?> raise, Action<VerdictReason> note)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(raise);
        ArgumentNullException.ThrowIfNull(note);
        if (inputs.Faces is not { Searched: true } facts)
        {
            return (0, 0);
        }

        var drawnScore = Math.Max(inputs.Scores.Drawing, inputs.Scores.Hentai);
        var drawn = drawnScore >= options.DrawnAt;
        var promptSexual = inputs.Prompt?.SeverityOf(HarmCategory.Sexual) ?? 0;
        note(new VerdictReason(FacesEvidence, Summary(facts, options)));
        if (facts.Faces.Count == 0)
        {
            if (drawn)
            {
                note(new VerdictReason(DrawnNoFaces, string.Create(CultureInfo.InvariantCulture,
                    $"The image looks drawn (max(Drawing, Hentai) {drawnScore:0.000} ≥ {options.DrawnAt:0.###}) and no face was found: the face models are trained on photographs, so apparent age was not judged; the prompt correlation is the signal for this image.")));
            }

            return (0, 0);
        }

        var sexualMinors = 0;
        var sexualRealPerson = 0;
        var youngest = Youngest(facts, options, FaceAgeBand.LikelyMinor);
        var promptFloor = inputs.Purpose == ImagePurpose.InitImage ? 1 : 2;
        if (youngest is not null && (imageSexual >= 2 || promptSexual >= promptFloor))
        {
            sexualMinors = 7;
            var why = imageSexual >= 2
                ? $"the image is sexual or suggestive (severity {imageSexual})"
                : $"its prompt is sexual (severity {promptSexual})";
            raise(Decision.Block, ReasonCodes.MinorsSexual, string.Create(CultureInfo.InvariantCulture,
                $"{Capitalized(FaceText.Describe(youngest))} is in the likely-minor band (under {options.LikelyMinorUnder:0.#}) and {why}: blocked under every policy."), null);
        }
        else if (Youngest(facts, options, FaceAgeBand.PossibleMinor) is { } possible && imageSexual >= 2)
        {
            var block = imageSexual >= 4;
            sexualMinors = block ? 6 : 3;
            raise(block ? Decision.Block : Decision.Review,
                block ? ReasonCodes.AmbiguousMinorsSexual : ReasonCodes.AmbiguousMinorsSuggestive,
                string.Create(CultureInfo.InvariantCulture,
                    $"{Capitalized(FaceText.Describe(possible))} is in the possible-minor band (under {options.PossibleMinorUnder:0.#}) and the image is {(block ? "nude or explicit" : "suggestive")} (severity {imageSexual}): {(block ? "blocked under every policy" : "held for human review")}."),
                null);
        }

        if (facts.Faces.FirstOrDefault(f => f.Match is not null) is { Match: { } match } matched)
        {
            var sexual = Math.Max(imageSexual, promptSexual);
            if (sexual >= 2)
            {
                sexualRealPerson = 6;
                // The enrolled person's name is not put in a reason the caller sees: enrolment itself can be private.
                raise(Decision.Block, ReasonCodes.RealPersonSexual, string.Create(CultureInfo.InvariantCulture,
                    $"{Capitalized(FaceText.Describe(matched))} matches an enrolled protected person (distance {match.Distance:0.000}) and the {(imageSexual >= 2 ? "image" : "prompt")} is sexual or suggestive (severity {sexual}): blocked under every policy."), match.PersonId);
            }
            else
            {
                note(new VerdictReason(ProtectedPersonEvidence, string.Create(CultureInfo.InvariantCulture,
                    $"{Capitalized(FaceText.Describe(matched))} matches an enrolled protected person (distance {match.Distance:0.000}); nothing sexual or suggestive was found."), match.PersonId));
            }
        }

        if (inputs.Purpose == ImagePurpose.InitImage && !drawn && inputs.Prompt is { } prompt && AsksToSexualise(prompt, promptSexual))
        {
            sexualRealPerson = 6;
            raise(Decision.Block, ReasonCodes.RealPersonNudify, string.Create(CultureInfo.InvariantCulture,
                $"An init image that is a photograph (max(Drawing, Hentai) {drawnScore:0.000} < {options.DrawnAt:0.###}) with a face ({FaceText.Describe(facts.Faces[0])}), and a prompt that {(prompt.Reasons.Any(r => r.Code == ReasonCodes.RealPersonNudify) ? "asks to undress the person" : $"is sexual (severity {promptSexual})")}: a non-consensual intimate image of a real person, blocked under every policy."),
                null);
        }

        return (sexualMinors, sexualRealPerson);
    }

    /// <summary>
    /// A prompt that undresses or sexualises the person in the init image: the prompt side's nudify reason, or sexual
    /// or suggestive content (≥ 2). The purpose <c>init-image</c> already says the prompt transforms this photo, so the
    /// prompt's recorded mode is not required to be img2img or inpaint.
    /// </summary>
    public static bool AsksToSexualise(PromptVerdict prompt, int promptSexual)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return promptSexual >= 2 || prompt.Reasons.Any(r => r.Code == ReasonCodes.RealPersonNudify);
    }

    /// <summary>The face with the lowest apparent age in <paramref name="band"/> or a younger one; null when there is none.</summary>
    private static FaceSignal? Youngest(FaceFacts facts, FaceRuleOptions options, FaceAgeBand band) =>
        facts.Faces
            .Where(f => FaceAgeBands.Of(f, options) is var b && b != FaceAgeBand.TooSmallToJudge && b >= band)
            .OrderBy(f => f.ApparentAge)
            .FirstOrDefault();

    private static string Summary(FaceFacts facts, FaceRuleOptions options)
    {
        if (facts.Faces.Count == 0)
        {
            return $"Faces searched ({facts.ModelVersion}): none found.";
        }

        var judged = facts.Faces.Where(f => FaceAgeBands.Of(f, options) != FaceAgeBand.TooSmallToJudge).Select(f => f.ApparentAge!.Value).Order().ToList();
        var tooSmall = facts.Faces.Count - judged.Count;
        var ages = judged.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
            $"; apparent ages (model estimates, not ages) {string.Join(", ", judged.Take(8).Select(a => a.ToString("0.#", CultureInfo.InvariantCulture)))}{(judged.Count > 8 ? ", …" : "")}");
        var small = tooSmall == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"; {tooSmall} too small to judge");
        return string.Create(CultureInfo.InvariantCulture, $"{facts.Faces.Count} face{(facts.Faces.Count == 1 ? "" : "s")} found ({facts.ModelVersion}){ages}{small}.");
    }

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
