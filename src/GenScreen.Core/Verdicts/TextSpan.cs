namespace GenScreen.Core.Verdicts;

/// <summary>A range of the caller's original text, in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int Length);
