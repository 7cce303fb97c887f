using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Images;

/// <summary>
/// Which policy an image is screened under. The operator's choice (request, else <c>ImageScreening:Policy</c>, else
/// <c>Screening:DefaultPolicy</c>) is the floor; an uploader's request (blob metadata) can only raise it. A request
/// that would loosen screening, or names no policy, is ignored and the verdict says so.
/// </summary>
public static class ImagePolicyChoice
{
    public const string RequestIgnored = "image.policy-request-ignored";

    /// <exception cref="ArgumentException">The operator's policy is unknown (a configuration error, never input).</exception>
    public static (ScreeningPolicy Policy, VerdictReason? Note) Resolve(PromptScreener prompts, string? operatorPolicy, string? configuredPolicy, string? requestedPolicy)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        var baseName = operatorPolicy ?? configuredPolicy ?? prompts.DefaultPolicy;
        if (!prompts.TryGetPolicy(baseName, out var policy))
        {
            throw new ArgumentException($"Image policy '{baseName}' is not one of: {string.Join(", ", prompts.PolicyNames)}.", nameof(operatorPolicy));
        }

        if (requestedPolicy is null || requestedPolicy == policy.Name)
        {
            return (policy, null);
        }

        if (prompts.TryGetPolicy(requestedPolicy, out var requested) && requested.IsAtLeastAsStrictAs(policy))
        {
            return (requested, null);
        }

        var why = prompts.IsKnownPolicy(requestedPolicy) ? "it is less strict than" : "it is not a known policy; screened under";
        return (policy, new VerdictReason(RequestIgnored,
            $"The uploader asked for policy '{Truncate(requestedPolicy)}'; ignored because {why} '{policy.Name}'. Uploaders may only ask for a stricter policy."));
    }

    private static string Truncate(string value) => value.Length <= 32 ? value : value[..32] + "…";
}
