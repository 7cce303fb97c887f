namespace GenScreen.Storage.Verdicts;

/// <summary>What happened to a verdict write; reported to the caller (header <c>GenScreen-Storage</c>).</summary>
public enum VerdictWriteOutcome
{
    /// <summary>Written now.</summary>
    Stored,

    /// <summary>The same request id was already recorded with the same decision inputs (<see cref="DecisionInputs"/>): the stored verdict is returned.</summary>
    Replayed,

    /// <summary>The request id was already used with different decision inputs (prompt, negative prompt or policy).</summary>
    Conflict,

    /// <summary>The table was unreachable: the write is queued for background retry.</summary>
    Deferred,

    /// <summary>The table was unreachable and the retry queue is full: the write is lost and logged as an error.</summary>
    Dropped,

    /// <summary>Storage is disabled by configuration.</summary>
    Disabled,
}
