using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Detectors;

/// <summary>
/// What an external detector found: category severities (merged with the lexicon signals before the rules
/// run), extra reasons (e.g. blocklist hits), and the least severe decision it demands (a blocklist hit
/// demands block; an unavailable detector in fail-closed mode demands review).
/// </summary>
public sealed record DetectorResult(
    string Detector,
    IReadOnlyList<CategorySeverity> Categories,
    IReadOnlyList<VerdictReason> Reasons,
    Decision DecisionFloor = Decision.Allow)
{
    public static DetectorResult Unavailable(string detector, string code, string message, bool failClosed) =>
        new(detector, [], [new VerdictReason(code, message)], failClosed ? Decision.Review : Decision.Allow);
}
