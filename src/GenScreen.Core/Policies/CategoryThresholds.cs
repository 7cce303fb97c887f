using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Policies;

/// <summary>Severity at which a category is reviewed or blocked; null means never.</summary>
public sealed record CategoryThresholds(int? ReviewAt, int? BlockAt)
{
    public Decision DecisionFor(int severity) =>
        severity > 0 && severity >= BlockAt ? Decision.Block
        : severity > 0 && severity >= ReviewAt ? Decision.Review
        : Decision.Allow;
}
