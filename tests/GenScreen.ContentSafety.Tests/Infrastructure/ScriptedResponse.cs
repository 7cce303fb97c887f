using System.Text.Json;

namespace GenScreen.ContentSafety.Tests;

/// <summary>A response the loopback server replays, or holds back until the client gives up (for timeout tests).</summary>
internal sealed record ScriptedResponse(int Status, string? Body = null)
{
    public Dictionary<string, string> Headers { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The server never answers: only the client's timeout or cancellation can end the attempt.</summary>
    public bool NeverAnswers { get; init; }

    public static ScriptedResponse Json(int status, string body) => new(status, body);

    public static ScriptedResponse NoAnswer() => new(200, WireExamples.AnalyzeTextResponse) { NeverAnswers = true };

    public static ScriptedResponse Empty(int status) => new(status);

    /// <summary>An Azure.Core.Foundations.ErrorResponse body, with or without the x-ms-error-code header.</summary>
    public static ScriptedResponse Error(int status, string code, string message, bool withErrorCodeHeader = true)
    {
        string body = JsonSerializer.Serialize(new { error = new { code, message } });
        var response = new ScriptedResponse(status, body);
        if (withErrorCodeHeader)
        {
            response.Headers["x-ms-error-code"] = code;
        }

        return response;
    }

    public ScriptedResponse WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}
