namespace GenScreen.Storage.Images;

/// <summary>Where a screened blob is in its life; recorded so a crash at any step resumes at that step.</summary>
public enum ImageAction
{
    /// <summary>Verdict recorded; the blob still has to be quarantined.</summary>
    PendingQuarantine,

    /// <summary>Verdict recorded; the blob still has to be tagged as screened.</summary>
    PendingTag,

    /// <summary>Publish mode: allowed; the blob still has to be copied from staging to the published container.</summary>
    PendingPublish,

    /// <summary>Publish mode: copied to the published container (same name), verified, tagged; the staging blob deleted or kept.</summary>
    Published,

    /// <summary>Copied to quarantine, verified, source deleted.</summary>
    Quarantined,

    /// <summary>Allowed and tagged in place.</summary>
    Tagged,

    /// <summary>The blob was overwritten or deleted while being handled: this version is gone; a new version is screened on its own.</summary>
    SourceChanged,

    /// <summary>
    /// Screened through <c>POST /api/screen/image</c>: the verdict was returned to the caller and there is no blob to act
    /// on. Never an approval of a blob (<see cref="ImageApprovals"/> only trusts <see cref="Tagged"/>).
    /// </summary>
    Answered,
}
