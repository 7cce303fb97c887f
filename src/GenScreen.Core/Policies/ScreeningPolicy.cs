namespace GenScreen.Core.Policies;

/// <summary>
/// A named policy: thresholds for the Azure-aligned categories. The mission rules (minors with any
/// sexual signal, real people sexualized) are not thresholds: they apply under every policy.
/// </summary>
public sealed record ScreeningPolicy(
    string Name,
    string Description,
    CategoryThresholds Sexual,
    CategoryThresholds Violence,
    CategoryThresholds Hate,
    CategoryThresholds SelfHarm);
