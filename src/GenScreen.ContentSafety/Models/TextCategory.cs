using System.ComponentModel;

namespace GenScreen.ContentSafety;

/// <summary>
/// A text harm category. Extensible like the SDK's: the service may add categories, so unknown wire
/// values are kept verbatim instead of failing the whole response.
/// </summary>
public readonly struct TextCategory : IEquatable<TextCategory>
{
    private readonly string? _value;

    /// <summary>Creates a category from its wire value.</summary>
    public TextCategory(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Hate and fairness.</summary>
    public static TextCategory Hate { get; } = new("Hate");

    /// <summary>Self-harm.</summary>
    public static TextCategory SelfHarm { get; } = new("SelfHarm");

    /// <summary>Sexual content.</summary>
    public static TextCategory Sexual { get; } = new("Sexual");

    /// <summary>Violence.</summary>
    public static TextCategory Violence { get; } = new("Violence");

    /// <summary>Compares two categories by wire value (ordinal, case-insensitive as in the SDK).</summary>
    public static bool operator ==(TextCategory left, TextCategory right) => left.Equals(right);

    /// <summary>Negation of <see cref="op_Equality"/>.</summary>
    public static bool operator !=(TextCategory left, TextCategory right) => !left.Equals(right);

    /// <summary>Converts a wire value to a category.</summary>
    public static implicit operator TextCategory(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TextCategory other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is TextCategory other && Equals(other);

    /// <inheritdoc />
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, e.g. "SelfHarm".</summary>
    public override string ToString() => _value ?? string.Empty;
}
