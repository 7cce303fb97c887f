namespace GenScreen.Evaluation;

/// <summary>A verdict reason present under one set of rules and not the other: why a decision flipped.</summary>
/// <param name="Added">True when the reason appears under the new rules, false when it disappeared.</param>
public sealed record ReasonChange(bool Added, string Code, string Message, string? Term, string? Field);
