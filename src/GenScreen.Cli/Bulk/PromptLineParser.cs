using System.Text.Json;

namespace GenScreen.Cli.Bulk;

/// <summary>
/// Reads <c>{"id":…, "prompt":…, "negativePrompt":…, "policy":…, "mode":…}</c> from one line with
/// <see cref="Utf8JsonReader"/> straight off the input bytes. Checks what the HTTP API checks (prompt
/// present, not blank, within the length limit; policy known); unknown fields are ignored, so labelled
/// sets and other JSONL with extra fields screen as they are.
/// </summary>
internal sealed class PromptLineParser
{
    private readonly (byte[] Utf8, string Name)[] _policies;
    private readonly int _maxPromptLength;
    private byte[] _idScratch = new byte[256];

    public PromptLineParser(IEnumerable<string> policyNames, int maxPromptLength)
    {
        _policies = [.. policyNames.Select(p => (System.Text.Encoding.UTF8.GetBytes(p), p))];
        _maxPromptLength = maxPromptLength;
    }

    /// <summary>The unescaped UTF-8 bytes of the last string id parsed.</summary>
    public ReadOnlySpan<byte> UnescapedId(in PromptLine line) => _idScratch.AsSpan(0, line.UnescapedIdLength);

    /// <summary>Parses and validates a line; on failure, <paramref name="line"/> still carries the id when it was read.</summary>
    public bool TryParse(ReadOnlySpan<byte> json, out PromptLine line, out LineError error)
    {
        line = default;
        error = default;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 16 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = new LineError(LineError.InvalidLine, "A line must be a JSON object like {\"id\":\"1\",\"prompt\":\"...\"}.");
                return false;
            }

            var seen = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // The name is compared once (KnownField), then dispatched on its index.
                var field = KnownField(ref reader);
                if (field < 0)
                {
                    reader.Skip();
                    continue;
                }

                if (!FirstTime(ref seen, field, ref error))
                {
                    reader.Skip(); // a duplicated field: refused below, whichever copy would have won
                    continue;
                }

                reader.Read();
                switch (field)
                {
                    case IdField:
                        line.RawId = ReadId(ref reader, out line.IdIsString, out line.UnescapedIdLength, ref error);
                        break;
                    case PromptField:
                        line.Prompt = ReadString(ref reader, "prompt", ref error);
                        break;
                    case NegativePromptField:
                        line.NegativePrompt = ReadString(ref reader, "negativePrompt", ref error);
                        break;
                    case PolicyField:
                        (line.Policy, line.UnknownPolicy) = ReadPolicy(ref reader, ref error);
                        break;
                    default:
                        (line.Mode, line.UnknownMode) = ReadMode(ref reader, ref error);
                        break;
                }
            }

            // Anything but whitespace after the object makes Read throw.
            reader.Read();
        }
        catch (JsonException ex)
        {
            error = new LineError(LineError.InvalidJson, $"Not valid JSON at byte {(ex.BytePositionInLine ?? 0) + 1}: {FirstSentence(ex.Message)}");
            return false;
        }
        catch (InvalidOperationException)
        {
            // The reader checks structure, not UTF-8: bad bytes surface when a string is decoded (an id
            // that fails is never assigned, so invalid bytes are never echoed).
            error = new LineError(LineError.InvalidJson, $"Not valid UTF-8 at byte {reader.TokenStartIndex + 1}.");
            return false;
        }

        if (error.Code is not null)
        {
            return false;
        }

        error = Validate(line);
        return error.Code is null;
    }

    private static readonly string[] KnownFields = ["id", "prompt", "negativePrompt", "policy", "mode"];

    private const int IdField = 0;
    private const int PromptField = 1;
    private const int NegativePromptField = 2;
    private const int PolicyField = 3;

    /// <summary>Index of the property the reader is on in <see cref="KnownFields"/>; -1 for fields that are ignored.</summary>
    private static int KnownField(ref Utf8JsonReader reader)
    {
        // UTF-8 literals: compared as bytes, with no transcoding of the names per line.
        return reader.ValueTextEquals("id"u8) ? IdField
            : reader.ValueTextEquals("prompt"u8) ? PromptField
            : reader.ValueTextEquals("negativePrompt"u8) ? NegativePromptField
            : reader.ValueTextEquals("policy"u8) ? PolicyField
            : reader.ValueTextEquals("mode"u8) ? 4
            : -1;
    }

    /// <summary>
    /// As the HTTP API does: a field given twice (<c>{"prompt":"&lt;violating&gt;","prompt":"a cat"}</c>) is refused,
    /// never screened as whichever copy a parser keeps.
    /// </summary>
    private static bool FirstTime(ref int seen, int field, ref LineError error)
    {
        if ((seen & (1 << field)) == 0)
        {
            seen |= 1 << field;
            return true;
        }

        if (error.Code is null)
        {
            error = new LineError(LineError.InvalidLine, $"'{KnownFields[field]}' appears more than once in the line; a duplicated property is refused.");
        }

        return false;
    }

    private LineError Validate(in PromptLine line)
    {
        if (!line.HasId)
        {
            return new LineError(LineError.InvalidLine, "'id' is required (a string or a number).");
        }

        if (line.Prompt is null)
        {
            return new LineError(LineError.InvalidLine, "'prompt' is required.");
        }

        if (string.IsNullOrWhiteSpace(line.Prompt))
        {
            return new LineError(LineError.InvalidLine, "'prompt' must not be empty or whitespace.");
        }

        if (line.Prompt.Length > _maxPromptLength || line.NegativePrompt?.Length > _maxPromptLength)
        {
            var field = line.Prompt.Length > _maxPromptLength ? "prompt" : "negativePrompt";
            var length = field == "prompt" ? line.Prompt.Length : line.NegativePrompt!.Length;
            return new LineError(LineError.InvalidLine, $"'{field}' has {length:N0} characters; the limit is {_maxPromptLength:N0}.");
        }

        if (line.UnknownMode is not null)
        {
            return new LineError(LineError.InvalidLine, $"'mode' must be one of {string.Join(", ", Core.Verdicts.WireNames.ModeNames)}, not '{line.UnknownMode}'.");
        }

        if (line.UnknownPolicy is not null)
        {
            return new LineError(LineError.UnknownPolicy, $"Policy '{line.UnknownPolicy}' does not exist. Use one of: {string.Join(", ", _policies.Select(p => p.Name))}; or omit 'policy' for the default.");
        }

        return default;
    }

    /// <summary>The id's raw bytes (a slice of the line), or empty when the id is not a string or number.</summary>
    private ReadOnlySpan<byte> ReadId(scoped ref Utf8JsonReader reader, out bool isString, out int unescapedLength, scoped ref LineError error)
    {
        isString = reader.TokenType == JsonTokenType.String;
        unescapedLength = 0;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                if (_idScratch.Length < reader.ValueSpan.Length)
                {
                    _idScratch = new byte[reader.ValueSpan.Length];
                }

                // Unescaped (never longer than the raw text), for the verdict id derived from it.
                unescapedLength = reader.CopyString(_idScratch);
                return reader.ValueSpan;
            case JsonTokenType.Number:
                return reader.ValueSpan;
            default:
                SetOnce(ref error, new LineError(LineError.InvalidLine, $"'id' must be a string or a number, not {Describe(reader.TokenType)}."));
                reader.Skip();
                return default;
        }
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name, ref LineError error)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Null:
                return null;
            default:
                SetOnce(ref error, new LineError(LineError.InvalidLine, $"'{name}' must be a string, not {Describe(reader.TokenType)}."));
                reader.Skip();
                return null;
        }
    }

    /// <summary>A known policy name (the shared instance), or the unknown name that was given.</summary>
    private (string? Known, string? Unknown) ReadPolicy(ref Utf8JsonReader reader, ref LineError error)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            if (reader.TokenType != JsonTokenType.Null)
            {
                SetOnce(ref error, new LineError(LineError.InvalidLine, $"'policy' must be a string, not {Describe(reader.TokenType)}."));
                reader.Skip();
            }

            return (null, null);
        }

        // Compared as bytes against the few known names: no string per line for the policy.
        foreach (var (utf8, name) in _policies)
        {
            if (reader.ValueTextEquals(utf8))
            {
                return (name, null);
            }
        }

        return (null, reader.GetString());
    }

    /// <summary>txt2img, img2img or inpaint (compared as bytes: no string per line), or the unknown name given.</summary>
    private static (Core.Verdicts.GenerationMode Mode, string? Unknown) ReadMode(ref Utf8JsonReader reader, ref LineError error)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            if (reader.TokenType != JsonTokenType.Null)
            {
                SetOnce(ref error, new LineError(LineError.InvalidLine, $"'mode' must be a string, not {Describe(reader.TokenType)}."));
                reader.Skip();
            }

            return (Core.Verdicts.GenerationMode.Txt2Img, null);
        }

        if (reader.ValueTextEquals("txt2img"u8))
        {
            return (Core.Verdicts.GenerationMode.Txt2Img, null);
        }

        if (reader.ValueTextEquals("img2img"u8))
        {
            return (Core.Verdicts.GenerationMode.Img2Img, null);
        }

        if (reader.ValueTextEquals("inpaint"u8))
        {
            return (Core.Verdicts.GenerationMode.Inpaint, null);
        }

        return (Core.Verdicts.GenerationMode.Txt2Img, reader.GetString());
    }

    private static void SetOnce(ref LineError error, LineError value)
    {
        if (error.Code is null)
        {
            error = value;
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "a string",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
