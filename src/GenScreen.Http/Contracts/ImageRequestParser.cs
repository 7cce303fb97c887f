using GenScreen.Core.Images;
using GenScreen.Http.Problems;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Http.Contracts;

/// <summary>Validates the fields of <c>POST /api/screen/image</c>, every problem at once, per field; unknown fields are ignored (the Functions key travels as <c>code</c>).</summary>
public static class ImageRequestParser
{
    public static bool TryParse(IReadOnlyDictionary<string, string> fields, Func<string, bool> isKnownPolicy, IEnumerable<string> policies, out ImageScreeningRequest request, out Problem problem)
    {
        ArgumentNullException.ThrowIfNull(fields);
        request = null!;
        problem = null!;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var purpose = ImagePurpose.Generated;
        if (!fields.TryGetValue("purpose", out var purposeText) || purposeText.Length == 0)
        {
            errors["purpose"] = [$"'purpose' is required: {string.Join(" or ", ImagePurposes.Names)}."];
        }
        else if (!ImagePurposes.TryParse(purposeText, out purpose))
        {
            errors["purpose"] = [$"'purpose' must be one of {string.Join(", ", ImagePurposes.Names)}, not '{Truncate(purposeText)}'."];
        }

        var policy = fields.TryGetValue("policy", out var p) && p.Length > 0 ? p : null;
        var promptVerdictId = fields.TryGetValue("promptVerdictId", out var id) && id.Length > 0 ? id : null;
        if (promptVerdictId is not null && !VerdictIds.IsValid(promptVerdictId))
        {
            errors["promptVerdictId"] = [$"'promptVerdictId' must be a verdict id (32 lower-case hex digits, as POST /api/screen/prompt returns), not '{Truncate(promptVerdictId)}'."];
        }

        if (errors.Count > 0)
        {
            problem = new Problem(400, ProblemTypes.Validation, "The request has invalid fields.", string.Join(" ", errors.Values.SelectMany(e => e)), errors);
            return false;
        }

        if (policy is not null && !isKnownPolicy(policy))
        {
            problem = new Problem(400, ProblemTypes.UnknownPolicy, "Unknown policy.",
                $"Policy '{Truncate(policy)}' does not exist. Use one of: {string.Join(", ", policies)}; or omit 'policy' for the default.",
                new Dictionary<string, string[]> { ["policy"] = [$"Unknown policy '{Truncate(policy)}'."] });
            return false;
        }

        request = new ImageScreeningRequest(purpose, policy, promptVerdictId);
        return true;
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
