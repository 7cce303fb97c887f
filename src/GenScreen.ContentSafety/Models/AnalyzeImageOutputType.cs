using System.ComponentModel;

namespace GenScreen.ContentSafety;

/// <summary>Severity scale of image analysis; the service only offers four levels (0, 2, 4, 6).</summary>
public readonly struct AnalyzeImageOutputType : IEquatable<AnalyzeImageOutputType>
{
    private readonly string? _value;

    /// <summary>Creates an output type from its wire value.</summary>
    public AnalyzeImageOutputType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Severities 0, 2, 4, 6.</summary>
    public static AnalyzeImageOutputType FourSeverityLevels { get; } = new("FourSeverityLevels");

    /// <summary>Compares by wire value.</summary>
    public static bool operator ==(AnalyzeImageOutputType left, AnalyzeImageOutputType right) => left.Equals(right);

    /// <summary>Negation of <see cref="op_Equality"/>.</summary>
    public static bool operator !=(AnalyzeImageOutputType left, AnalyzeImageOutputType right) => !left.Equals(right);

    /// <summary>Converts a wire value.</summary>
    public static implicit operator AnalyzeImageOutputType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(AnalyzeImageOutputType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is AnalyzeImageOutputType other && Equals(other);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value.</summary>
    public override string ToString() => _value ?? string.Empty;
}
