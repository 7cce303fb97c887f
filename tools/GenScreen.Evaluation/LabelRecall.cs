namespace GenScreen.Evaluation;

/// <summary>Of the items of one label that must be blocked, how many were.</summary>
public readonly record struct LabelRecall(string Label, int MustBlock, int Blocked)
{
    /// <summary>Blocked / must-block; 1 when nothing had to be blocked (nothing was missed).</summary>
    public double Recall => MustBlock == 0 ? 1 : (double)Blocked / MustBlock;
}
