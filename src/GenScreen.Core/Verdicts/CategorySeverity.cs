namespace GenScreen.Core.Verdicts;

/// <summary>A category and its severity on Azure AI Content Safety's 0-7 scale.</summary>
public readonly record struct CategorySeverity(HarmCategory Category, int Severity);
