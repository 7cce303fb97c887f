namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>The signal names used in lexicon files.</summary>
internal static class SignalNames
{
    private static readonly Dictionary<string, Signal> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sexual"] = Signal.Sexual,
        ["minor"] = Signal.Minor,
        ["adult"] = Signal.Adult,
        ["real-person"] = Signal.RealPerson,
        ["real-person-hint"] = Signal.RealPersonHint,
        ["violence"] = Signal.Violence,
        ["hate"] = Signal.Hate,
        ["self-harm"] = Signal.SelfHarm,
        ["benign"] = Signal.Benign,
        ["sexual-minor"] = Signal.SexualMinor,
        ["sexual-violence"] = Signal.SexualViolence,
        ["undress"] = Signal.Undress,
        ["nudity-intent"] = Signal.NudityIntent,
        ["minor-intent"] = Signal.MinorIntent,
        ["nudity-excluded"] = Signal.NudityExcluded,
        ["child-hint"] = Signal.ChildHint,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static bool TryParse(string? name, out Signal signal) =>
        ByName.TryGetValue(name ?? string.Empty, out signal);
}
