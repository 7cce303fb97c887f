using GenScreen.Core.Verdicts;

namespace GenScreen.Evaluation;

/// <summary>
/// The figures of one group of a labelled set under one policy: a label, a language or a file. Recall is
/// over the group's must-block items, the false-positive rate over its must-allow items.
/// </summary>
/// <param name="Name">The label, language or file.</param>
/// <param name="Items">Items of the group screened under this policy.</param>
/// <param name="AsExpected">Items that got exactly their expected decision.</param>
/// <param name="MustBlock">Items expected <c>block</c>.</param>
/// <param name="Blocked">Of those, items that were blocked.</param>
/// <param name="MustAllow">Items expected <c>allow</c>.</param>
/// <param name="MustAllowFlagged">Of those, items that were reviewed or blocked.</param>
public readonly record struct GroupResult(string Name, int Items, int AsExpected, int MustBlock, int Blocked, int MustAllow, int MustAllowFlagged)
{
    /// <summary>Blocked / must-block; 1 when nothing had to be blocked.</summary>
    public double Recall => MustBlock == 0 ? 1 : (double)Blocked / MustBlock;

    /// <summary>Flagged / must-allow; 0 when nothing had to be allowed.</summary>
    public double FalsePositiveRate => MustAllow == 0 ? 0 : (double)MustAllowFlagged / MustAllow;

    /// <summary>As expected / items.</summary>
    public double ExpectedRate => Items == 0 ? 1 : (double)AsExpected / Items;

    internal GroupResult With(Decision expected, Decision actual) => this with
    {
        Items = Items + 1,
        AsExpected = AsExpected + (expected == actual ? 1 : 0),
        MustBlock = MustBlock + (expected == Decision.Block ? 1 : 0),
        Blocked = Blocked + (expected == Decision.Block && actual == Decision.Block ? 1 : 0),
        MustAllow = MustAllow + (expected == Decision.Allow ? 1 : 0),
        MustAllowFlagged = MustAllowFlagged + (expected == Decision.Allow && actual != Decision.Allow ? 1 : 0),
    };
}
