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
