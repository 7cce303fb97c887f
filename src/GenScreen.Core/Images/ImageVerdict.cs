using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Images;

/// <summary>The outcome of screening one image under one policy.</summary>
public sealed record ImageVerdict(
    Decision Decision,
    string Policy,
    string PolicyVersion,
    IReadOnlyList<CategorySeverity> Categories,
    IReadOnlyList<VerdictReason> Reasons);
