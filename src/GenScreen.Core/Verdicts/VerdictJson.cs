using System.Text.Json;

namespace GenScreen.Core.Verdicts;

/// <summary>
/// The JSON form of categories and reasons, shared by the HTTP API and the verdict table so both say the
/// same thing the same way: <c>[{"category":"Sexual","severity":4}]</c> and
/// <c>[{"code":"term.sexual","message":"…","term":"nude","span":{"start":9,"length":4},"field":"prompt"}]</c>.
/// </summary>
public static class VerdictJson
{
    // Property names and fixed values, encoded once: every verdict written (an HTTP response, a bulk output
    // line, a table row) would otherwise transcode and escape-check each of them again. They are plain ASCII,
    // so the output is the same whatever encoder a writer has.
    private static readonly JsonEncodedText DecisionName = JsonEncodedText.Encode("decision");
    private static readonly JsonEncodedText PolicyName = JsonEncodedText.Encode("policy");
    private static readonly JsonEncodedText PolicyVersionName = JsonEncodedText.Encode("policyVersion");
    private static readonly JsonEncodedText CategoriesName = JsonEncodedText.Encode("categories");
    private static readonly JsonEncodedText ReasonsName = JsonEncodedText.Encode("reasons");
    private static readonly JsonEncodedText CategoryName = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText SeverityName = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText TermName = JsonEncodedText.Encode("term");
    private static readonly JsonEncodedText SpanName = JsonEncodedText.Encode("span");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText LengthName = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText FieldName = JsonEncodedText.Encode("field");
    private static readonly Dictionary<Decision, JsonEncodedText> Decisions =
        Enum.GetValues<Decision>().ToDictionary(d => d, d => JsonEncodedText.Encode(WireNames.Of(d)));
    private static readonly Dictionary<HarmCategory, JsonEncodedText> Categories =
        Enum.GetValues<HarmCategory>().ToDictionary(c => c, c => JsonEncodedText.Encode(WireNames.Of(c)));

    // The policy version is the same string in every verdict of a rule set (and it needs escaping: '+'), so
    // its encoded form is kept; a different version replaces it.
    private static EncodedString? s_policyVersion;

    /// <summary>The fields every verdict has (prompt or image), inside an object the caller opened.</summary>
    public static void WriteDecisionFields(Utf8JsonWriter writer, Decision decision, string policy, string policyVersion, IReadOnlyList<CategorySeverity> categories, IReadOnlyList<VerdictReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString(DecisionName, Decisions.TryGetValue(decision, out var d) ? d : JsonEncodedText.Encode(WireNames.Of(decision)));
        writer.WriteString(PolicyName, policy);
        WriteRecurring(writer, PolicyVersionName, policyVersion, ref s_policyVersion);
        writer.WritePropertyName(CategoriesName);
        WriteCategories(writer, categories);
        writer.WritePropertyName(ReasonsName);
        WriteReasons(writer, reasons);
    }

    /// <summary>
    /// Writes a string value that recurs from verdict to verdict, encoded once. Only for writers with the
    /// default encoder, which is the one <see cref="JsonEncodedText.Encode(string, System.Text.Encodings.Web.JavaScriptEncoder?)"/>
    /// uses: a writer with its own encoder gets the value escaped its own way.
    /// </summary>
    private static void WriteRecurring(Utf8JsonWriter writer, JsonEncodedText name, string value, ref EncodedString? cache)
    {
        if (writer.Options.Encoder is not null)
        {
            writer.WriteString(name, value);
            return;
        }

        var cached = Volatile.Read(ref cache);
        if (cached is null || !string.Equals(cached.Text, value, StringComparison.Ordinal))
        {
            cached = new EncodedString(value, JsonEncodedText.Encode(value));
            Volatile.Write(ref cache, cached);
        }

        writer.WriteString(name, cached.Encoded);
    }

    private sealed record EncodedString(string Text, JsonEncodedText Encoded);

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
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(categories);
        writer.WriteStartArray();
        foreach (var c in categories)
        {
            writer.WriteStartObject();
            if (Categories.TryGetValue(c.Category, out var name))
            {
                writer.WriteString(CategoryName, name);
            }
            else
            {
                writer.WriteString(CategoryName, WireNames.Of(c.Category));
            }

            writer.WriteNumber(SeverityName, c.Severity);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WriteReasons(Utf8JsonWriter writer, IReadOnlyList<VerdictReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(reasons);
        writer.WriteStartArray();
        foreach (var r in reasons)
        {
            writer.WriteStartObject();
            writer.WriteString(CodeName, r.Code);
            writer.WriteString(MessageName, r.Message);
            if (r.Term is not null)
            {
                writer.WriteString(TermName, r.Term);
            }

            if (r.Span is { } span)
            {
                writer.WriteStartObject(SpanName);
                writer.WriteNumber(StartName, span.Start);
                writer.WriteNumber(LengthName, span.Length);
                writer.WriteEndObject();
            }

            if (r.Field is not null)
            {
                writer.WriteString(FieldName, r.Field);
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
