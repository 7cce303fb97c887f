namespace GenScreen.Storage.Rescreen;

/// <summary>What re-screening did with one stored verdict.</summary>
public enum RescreenStatus
{
    /// <summary>Screened again under the target rules (written with --apply), whether or not the decision changed.</summary>
    Rescreened,

    /// <summary>Already at the target policy version: nothing to do (why a second run is harmless).</summary>
    AlreadyCurrent,

    /// <summary>The prompt text was not retained (only its hash), so it cannot be screened again.</summary>
    NoText,

    /// <summary>The verdict's policy does not exist under the target rules.</summary>
    UnknownPolicy,

    /// <summary>The row was deleted while it was being re-screened.</summary>
    Deleted,

    /// <summary>The row kept changing under us (ETag mismatch twice); left for the next run.</summary>
    Conflict,

    /// <summary>Unreadable row or storage failure; left for the next run.</summary>
    Failed,
}
