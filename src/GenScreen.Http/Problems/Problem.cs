namespace GenScreen.Http.Problems;

/// <summary>An RFC 9457 problem: a machine-readable type, a title, and a detail a developer can act on.</summary>
public sealed record Problem(
    int Status,
    string Type,
    string Title,
    string Detail,
    IReadOnlyDictionary<string, string[]>? Errors = null);
