using System.ComponentModel;

namespace GenScreen.ContentSafety;

/// <summary>
/// Severity scale of text analysis: four levels (0, 2, 4, 6; the service default) or eight (0..7).
/// </summary>
public readonly struct AnalyzeTextOutputType : IEquatable<AnalyzeTextOutputType>
{
    private readonly string? _value;

    /// <summary>Creates an output type from its wire value.</summary>
    public AnalyzeTextOutputType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Severities 0, 2, 4, 6.</summary>
    public static AnalyzeTextOutputType FourSeverityLevels { get; } = new("FourSeverityLevels");

    /// <summary>Severities 0 to 7.</summary>
    public static AnalyzeTextOutputType EightSeverityLevels { get; } = new("EightSeverityLevels");

    /// <summary>Compares by wire value.</summary>
    public static bool operator ==(AnalyzeTextOutputType left, AnalyzeTextOutputType right) => left.Equals(right);

    /// <summary>Negation of <see cref="op_Equality"/>.</summary>
    public static bool operator !=(AnalyzeTextOutputType left, AnalyzeTextOutputType right) => !left.Equals(right);

    /// <summary>Converts a wire value.</summary>
    public static implicit operator AnalyzeTextOutputType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(AnalyzeTextOutputType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is AnalyzeTextOutputType other && Equals(other);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value.</summary>
    public override string ToString() => _value ?? string.Empty;
}
