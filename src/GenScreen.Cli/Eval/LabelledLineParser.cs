using System.Text.Json;
using GenScreen.Evaluation;
using GenScreen.Core.Verdicts;

namespace GenScreen.Cli.Eval;

/// <summary>
/// Parses one line of a labelled prompt set (docs/labelled-prompts.md):
/// <c>{"id":"…","label":"…","prompt":"…","negativePrompt":"…"?,"mode":"img2img"?,"expect":{"mature":"allow","strict":"block"}}</c>.
/// <c>lang</c> is kept for per-language figures; other fields (<c>note</c>…) are ignored.
/// </summary>
internal static class LabelledLineParser
{
    public static bool TryParse(string line, out LabelledPrompt? item, out string? error, string? source = null)
    {
        item = null;
        error = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            error = $"not valid JSON at byte {(ex.BytePositionInLine ?? 0) + 1}";
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "a line must be a JSON object";
                return false;
            }

            var id = root.TryGetProperty("id", out var idElement) ? idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            } : null;
            if (string.IsNullOrEmpty(id))
            {
                error = "'id' is required (a string or a number)";
                return false;
            }

            var prompt = StringOrNull(root, "prompt");
            if (string.IsNullOrWhiteSpace(prompt))
            {
                error = $"{id}: 'prompt' is required and must not be blank";
                return false;
            }

            if (!root.TryGetProperty("expect", out var expect) || expect.ValueKind != JsonValueKind.Object)
            {
                error = $"{id}: 'expect' is required, e.g. {{\"mature\":\"allow\",\"strict\":\"block\"}}";
                return false;
            }

            var expectations = new List<PolicyExpectation>();
            foreach (var property in expect.EnumerateObject())
            {
                var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                if (!WireNames.TryParseDecision(value, out var decision))
                {
                    error = $"{id}: expect.{property.Name} must be \"allow\", \"review\" or \"block\"";
                    return false;
                }

                expectations.Add(new PolicyExpectation(property.Name, decision));
            }

            if (expectations.Count == 0)
            {
                error = $"{id}: 'expect' names no policy";
                return false;
            }

            var mode = GenerationMode.Txt2Img;
            if (root.TryGetProperty("mode", out var modeElement) && !WireNames.TryParseMode(modeElement.ValueKind == JsonValueKind.String ? modeElement.GetString() : null, out mode))
            {
                error = $"{id}: 'mode' must be one of {string.Join(", ", WireNames.ModeNames)}";
                return false;
            }

            var label = StringOrNull(root, "label");
            var language = StringOrNull(root, "lang");
            item = new LabelledPrompt(
                id,
                string.IsNullOrWhiteSpace(label) ? "unlabelled" : label,
                prompt,
                StringOrNull(root, "negativePrompt"),
                expectations,
                string.IsNullOrWhiteSpace(language) ? null : language.Trim(),
                source) { Mode = mode };
            return true;
        }
    }

    private static string? StringOrNull(JsonElement root, string name) =>
        root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
}
