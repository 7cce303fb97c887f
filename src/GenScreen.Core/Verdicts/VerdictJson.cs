using System.Text.Json;

namespace GenScreen.Core.Verdicts;

/// <summary>
/// The JSON form of categories and reasons, shared by the HTTP API and the verdict table so both say the
/// same thing the same way: <c>[{"category":"Sexual","severity":4}]</c> and
/// <c>[{"code":"term.sexual","message":"…","term":"nude","span":{"start":9,"length":4},"field":"prompt"}]</c>.
/// </summary>
public static class VerdictJson
{
    /// <summary>The fields every verdict has (prompt or image), inside an object the caller opened.</summary>
    public static void WriteDecisionFields(Utf8JsonWriter writer, Decision decision, string policy, string policyVersion, IReadOnlyList<CategorySeverity> categories, IReadOnlyList<VerdictReason> reasons)
    {
        writer.WriteString("decision", WireNames.Of(decision));
        writer.WriteString("policy", policy);
        writer.WriteString("policyVersion", policyVersion);
        writer.WritePropertyName("categories");
        WriteCategories(writer, categories);
        writer.WritePropertyName("reasons");
        WriteReasons(writer, reasons);
    }

    /// <summary>
    /// What only prompt verdicts have: <c>mode</c>, and the steering fields when there are any
    /// (<c>negativePromptAdditions</c>, <c>negativeEmbedding</c>).
    /// </summary>
    public static void WritePromptFields(Utf8JsonWriter writer, PromptVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(verdict);
        writer.WriteString("mode", WireNames.Of(verdict.Mode));
        if (verdict.NegativePromptAdditions.Count > 0)
        {
            writer.WritePropertyName("negativePromptAdditions");
            WriteStrings(writer, verdict.NegativePromptAdditions);
        }

        if (verdict.NegativeEmbedding is not null)
        {
            writer.WriteString("negativeEmbedding", verdict.NegativeEmbedding);
        }
    }

    public static void WriteStrings(Utf8JsonWriter writer, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    public static IReadOnlyList<string> ReadStrings(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray().Select(e => e.GetString() ?? string.Empty)] : [];

    public static void WriteCategories(Utf8JsonWriter writer, IReadOnlyList<CategorySeverity> categories)
    {
        writer.WriteStartArray();
        foreach (var c in categories)
        {
            writer.WriteStartObject();
            writer.WriteString("category", WireNames.Of(c.Category));
            writer.WriteNumber("severity", c.Severity);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WriteReasons(Utf8JsonWriter writer, IReadOnlyList<VerdictReason> reasons)
    {
        writer.WriteStartArray();
        foreach (var r in reasons)
        {
            writer.WriteStartObject();
            writer.WriteString("code", r.Code);
            writer.WriteString("message", r.Message);
            if (r.Term is not null)
            {
                writer.WriteString("term", r.Term);
            }

            if (r.Span is { } span)
            {
                writer.WriteStartObject("span");
                writer.WriteNumber("start", span.Start);
                writer.WriteNumber("length", span.Length);
                writer.WriteEndObject();
            }

            if (r.Field is not null)
            {
                writer.WriteString("field", r.Field);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static IReadOnlyList<CategorySeverity> ReadCategories(JsonElement array)
    {
        var list = new List<CategorySeverity>();
        foreach (var e in array.EnumerateArray())
        {
            if (Enum.TryParse<HarmCategory>(e.GetProperty("category").GetString(), out var category))
            {
                list.Add(new CategorySeverity(category, e.GetProperty("severity").GetInt32()));
            }
        }

        return list;
    }

    public static IReadOnlyList<VerdictReason> ReadReasons(JsonElement array)
    {
        var list = new List<VerdictReason>();
        foreach (var e in array.EnumerateArray())
        {
            TextSpan? span = e.TryGetProperty("span", out var s)
                ? new TextSpan(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32())
                : null;
            list.Add(new VerdictReason(
                e.GetProperty("code").GetString() ?? string.Empty,
                e.GetProperty("message").GetString() ?? string.Empty,
                e.TryGetProperty("term", out var t) ? t.GetString() : null,
                span,
                e.TryGetProperty("field", out var f) ? f.GetString() : null));
        }

        return list;
    }

    /// <summary>Serializes with <paramref name="write"/> to a string (for table columns).</summary>
    public static string ToJsonString(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
