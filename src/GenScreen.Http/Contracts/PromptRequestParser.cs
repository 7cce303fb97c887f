using System.Text.Json;
using GenScreen.Core.Verdicts;
using GenScreen.Http.Problems;

namespace GenScreen.Http.Contracts;

/// <summary>
/// Parses and validates a prompt-screening body. Every problem is reported at once, per field, so a
/// developer fixes the request in one go. Unknown fields are ignored (forward compatibility); a property
/// that appears twice in one object is not (see <see cref="DuplicateProperties"/>).
/// </summary>
public static class PromptRequestParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public static bool TryParse(ReadOnlyMemory<byte> body, int maxPromptLength, Func<string, bool> isKnownPolicy, IEnumerable<string> policies, out PromptScreeningRequest request, out Problem problem)
    {
        request = null!;
        problem = null!;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException ex)
        {
            problem = new Problem(400, ProblemTypes.InvalidJson, "The request body is not valid JSON.",
                $"JSON parse error at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}: {FirstSentence(ex.Message)}");
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = new Problem(400, ProblemTypes.InvalidJson, "The request body must be a JSON object.",
                    $"Expected an object like {{\"prompt\": \"...\"}}, got a JSON {root.ValueKind.ToString().ToLowerInvariant()}.");
                return false;
            }

            // Before any field is read: with a duplicate, which copy is "the" prompt or policy is up to the parser.
            var duplicates = DuplicateProperties.Find(root);
            if (duplicates.Count > 0)
            {
                problem = new Problem(400, ProblemTypes.DuplicateProperty, "The request has duplicate properties.",
                    $"{string.Join(", ", duplicates.Select(d => $"'{d}'"))} {(duplicates.Count == 1 ? "appears" : "appear")} more than once in the same object; send each property once.",
                    duplicates.ToDictionary(d => d, d => new[] { $"'{d}' appears more than once." }, StringComparer.Ordinal));
                return false;
            }

            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var prompt = ReadString(root, "prompt", required: true, maxPromptLength, errors);
            if (prompt is not null && string.IsNullOrWhiteSpace(prompt))
            {
                errors["prompt"] = ["'prompt' must not be empty or whitespace."];
            }

            var negative = ReadString(root, "negativePrompt", required: false, maxPromptLength, errors);
            var policy = ReadString(root, "policy", required: false, 32, errors);
            var requestId = ReadString(root, "requestId", required: false, ApiLimits.MaxIdLength, errors);
            var userId = ReadString(root, "userId", required: false, ApiLimits.MaxIdLength, errors);
            var model = ReadString(root, "model", required: false, ApiLimits.MaxIdLength, errors);
            var mode = ReadMode(root, errors);
            if (requestId is not null && (requestId.Length == 0 || requestId.Any(char.IsControl)))
            {
                errors["requestId"] = ["'requestId' must be 1-128 printable characters."];
            }

            if (errors.Count > 0)
            {
                problem = new Problem(400, ProblemTypes.Validation, "The request has invalid fields.",
                    string.Join(" ", errors.Values.SelectMany(e => e)), errors);
                return false;
            }

            if (policy is not null && !isKnownPolicy(policy))
            {
                problem = new Problem(400, ProblemTypes.UnknownPolicy, "Unknown policy.",
                    $"Policy '{policy}' does not exist. Use one of: {string.Join(", ", policies)}; or omit 'policy' for the default.",
                    new Dictionary<string, string[]> { ["policy"] = [$"Unknown policy '{policy}'."] });
                return false;
            }

            request = new PromptScreeningRequest(prompt!, negative, policy, requestId, userId, model) { Mode = mode };
            return true;
        }
    }

    private static string? ReadString(JsonElement root, string name, bool required, int maxLength, Dictionary<string, string[]> errors)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors[name] = [$"'{name}' is required."];
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors[name] = [$"'{name}' must be a string, not a JSON {value.ValueKind.ToString().ToLowerInvariant()}."];
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > maxLength)
        {
            errors[name] = [$"'{name}' has {text.Length:N0} characters; the limit is {maxLength:N0}."];
            return null;
        }

        return text;
    }

    /// <summary><c>mode</c>: <c>txt2img</c> (default), <c>img2img</c> or <c>inpaint</c>, exactly.</summary>
    private static GenerationMode ReadMode(JsonElement root, Dictionary<string, string[]> errors)
    {
        var text = ReadString(root, "mode", required: false, 16, errors);
        if (text is null)
        {
            return GenerationMode.Txt2Img;
        }

        if (!WireNames.TryParseMode(text, out var mode))
        {
            errors["mode"] = [$"'mode' must be one of {string.Join(", ", WireNames.ModeNames)}, not '{text}'."];
        }

        return mode;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
