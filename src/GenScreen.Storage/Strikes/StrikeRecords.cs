namespace GenScreen.Storage.Strikes;

/// <summary>One strike: a blocked verdict of the user.</summary>
public sealed record Strike(string VerdictId, string Kind, DateTimeOffset At, string? Reason);

/// <summary>A user's standing: the strikes in the window after the last clear, and the escalation they make.</summary>
public sealed record StrikeSummary(
    string UserId,
    IReadOnlyList<Strike> Strikes,
    Escalation Escalation,
    DateTimeOffset WindowStart,
    DateTimeOffset? ClearedAt)
{
    public int Count => Strikes.Count;
}

/// <summary>An audit row of a clear: who, why, when, and how many strikes it set aside. Never updated or deleted.</summary>
public sealed record StrikeClearance(string UserId, DateTimeOffset At, string By, string Reason, int StrikesCleared, string EscalationBefore);
