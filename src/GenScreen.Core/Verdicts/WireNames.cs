namespace GenScreen.Core.Verdicts;

/// <summary>The names GenScreen uses on the wire and in storage; one place so every adapter agrees.</summary>
public static class WireNames
{
    public static string Of(Decision decision) => decision switch
    {
        Decision.Allow => "allow",
        Decision.Review => "review",
        Decision.Block => "block",
        _ => throw new ArgumentOutOfRangeException(nameof(decision)),
    };

    public static string Of(HarmCategory category) => category.ToString();

    public static string Of(GenerationMode mode) => mode switch
    {
        GenerationMode.Txt2Img => "txt2img",
        GenerationMode.Img2Img => "img2img",
        GenerationMode.Inpaint => "inpaint",
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    /// <summary>The mode names a request may use (<c>txt2img</c>, <c>img2img</c>, <c>inpaint</c>), exactly.</summary>
    public static IReadOnlyList<string> ModeNames { get; } = ["txt2img", "img2img", "inpaint"];

    public static bool TryParseMode(string? value, out GenerationMode mode)
    {
        switch (value)
        {
            case "txt2img": mode = GenerationMode.Txt2Img; return true;
            case "img2img": mode = GenerationMode.Img2Img; return true;
            case "inpaint": mode = GenerationMode.Inpaint; return true;
            default: mode = default; return false;
        }
    }

    public static bool TryParseDecision(string? value, out Decision decision)
    {
        switch (value)
        {
            case "allow": decision = Decision.Allow; return true;
            case "review": decision = Decision.Review; return true;
            case "block": decision = Decision.Block; return true;
            default: decision = default; return false;
        }
    }
}
