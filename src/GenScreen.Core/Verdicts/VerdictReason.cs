namespace GenScreen.Core.Verdicts;

/// <summary>
/// One reason behind a verdict. <see cref="Code"/> is stable and machine-readable (see docs/categories.md);
/// <see cref="Term"/> is the lexicon term that matched and <see cref="Span"/> where it stands in the input.
/// </summary>
public sealed record VerdictReason(string Code, string Message, string? Term = null, TextSpan? Span = null, string? Field = null);
