using System.Text.Json;
using GenScreen.Http.Problems;

namespace GenScreen.Http.Contracts;

/// <summary>
/// The JSON body of an operator action (<c>{"by": "...", "reason": "...", ...}</c>): string fields, some required.
/// Who acted is named in the body for now, because the admin key of the local host carries no identity; it is
/// recorded with the action.
/// </summary>
public static class OperatorActionBody
{
    public const int MaxFieldLength = 1000;

    public static bool TryParse(ReadOnlyMemory<byte> body, string[] required, string[] optional, out Dictionary<string, string?> fields, out Problem problem)
    {
        fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        problem = null!;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            problem = new Problem(400, ProblemTypes.InvalidJson, "The body is not valid JSON.", ex.Message);
            return false;
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = new Problem(400, ProblemTypes.Validation, "The body must be a JSON object.", $"Send an object with {string.Join(", ", required.Select(r => $"'{r}'"))}.");
                return false;
            }

            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var name in required.Concat(optional))
            {
                if (!doc.RootElement.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    fields[name] = null;
                }
                else if (value.ValueKind != JsonValueKind.String)
                {
                    errors[name] = [$"'{name}' must be a string."];
                }
                else if (value.GetString()!.Length > MaxFieldLength)
                {
                    errors[name] = [$"'{name}' is longer than {MaxFieldLength} characters."];
                }
                else
                {
                    fields[name] = value.GetString()!.Trim();
                }
            }

            foreach (var name in required)
            {
                if (!errors.ContainsKey(name) && string.IsNullOrEmpty(fields.GetValueOrDefault(name)))
                {
                    errors[name] = [$"'{name}' is required."];
                }
            }

            if (errors.Count > 0)
            {
                problem = new Problem(400, ProblemTypes.Validation, "The action is incomplete.", string.Join(" ", errors.Values.SelectMany(e => e)), errors);
                return false;
            }

            return true;
        }
    }
}
