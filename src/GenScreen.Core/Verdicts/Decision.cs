namespace GenScreen.Core.Verdicts;

/// <summary>What the caller should do with the screened content.</summary>
public enum Decision
{
    /// <summary>Generate / publish.</summary>
    Allow = 0,

    /// <summary>Hold for a human moderator; do not publish automatically.</summary>
    Review = 1,

    /// <summary>Refuse; never generate or publish.</summary>
    Block = 2,
}
