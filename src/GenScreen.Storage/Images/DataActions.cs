namespace GenScreen.Storage.Images;

/// <summary>
/// The Azure RBAC data actions the image pipeline uses, named in permission errors. infra/app/rbac.bicep grants
/// exactly these (custom roles); a test keeps the two lists in step.
/// </summary>
public static class DataActions
{
    private const string Blobs = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs";

    public const string Read = Blobs + "/read";
    public const string Write = Blobs + "/write";
    public const string Delete = Blobs + "/delete";
    public const string DeleteVersion = Blobs + "/deleteBlobVersion/action";
    public const string TagsRead = Blobs + "/tags/read";
    public const string TagsWrite = Blobs + "/tags/write";

    /// <summary>On the incoming container: read and screen, tag and mark allowed blobs, delete moved ones (every version).</summary>
    public static IReadOnlyList<string> Incoming { get; } = [Read, Write, Delete, DeleteVersion, TagsRead, TagsWrite];

    /// <summary>
    /// On the quarantine container: write verified copies, read them back, delete an unverified copy. The legal hold
    /// is best effort on top of the container's default version-level retention (docs/azure-architecture.md).
    /// </summary>
    public static IReadOnlyList<string> Quarantine { get; } = [Read, Write, Delete];

    /// <summary>On the published container (publish mode): write verified copies, read them back, tag them, delete an unverified copy.</summary>
    public static IReadOnlyList<string> Published { get; } = [Read, Write, Delete, TagsWrite];
}
