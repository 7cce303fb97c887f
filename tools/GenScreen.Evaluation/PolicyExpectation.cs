using GenScreen.Core.Verdicts;

namespace GenScreen.Evaluation;

/// <summary>The decision a labelled prompt must get under one policy.</summary>
public readonly record struct PolicyExpectation(string Policy, Decision Decision);
