using GenScreen.Core.Verdicts;

namespace GenScreen.Evaluation;

/// <summary>
/// Counts of decision pairs in a 3×3 grid: a confusion matrix (rows expected, columns actual) or a flip
/// table (rows before, columns after). One type for both so the two read, print and test the same way.
/// </summary>
public sealed class DecisionMatrix
{
    // A flat array rather than int[,]: three decisions, nine cells, no multidimensional-array overhead.
    private readonly int[] _counts = new int[9];

    /// <summary>The decisions in row and column order: allow, review, block.</summary>
    public static IReadOnlyList<Decision> Decisions { get; } = [Decision.Allow, Decision.Review, Decision.Block];

    public void Add(Decision row, Decision column) => _counts[Index(row, column)]++;

    public int Count(Decision row, Decision column) => _counts[Index(row, column)];

    public int RowTotal(Decision row)
    {
        var r = (int)row * 3;
        return _counts[r] + _counts[r + 1] + _counts[r + 2];
    }

    public int Total => _counts.Sum();

    /// <summary>Pairs whose row and column agree (expected = actual, or the decision did not change).</summary>
    public int Diagonal => _counts[0] + _counts[4] + _counts[8];

    private static int Index(Decision row, Decision column)
    {
        if ((uint)row > 2 || (uint)column > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(row), "Decisions are allow, review and block.");
        }

        return ((int)row * 3) + (int)column;
    }
}
