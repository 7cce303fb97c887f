namespace GenScreen.Storage.Images;

/// <summary>Metadata keys written on quarantined copies and on screened blobs (C# identifiers: blob metadata names must be).</summary>
public static class QuarantineMetadata
{
    public const string ReceiptId = "genscreen_receipt";
    public const string VerdictDecision = "genscreen_decision";
    public const string Reason = "genscreen_reason";
    public const string Origin = "genscreen_origin";
    public const string ContentSha256 = "genscreen_sha256";
    public const string PolicyVersion = "genscreen_policy_version";

    /// <summary>On a quarantined copy stored under a hashed name (<see cref="QuarantinePath"/>): the source name, base64url of its UTF-8.</summary>
    public const string SourceName = "genscreen_source_name";

    /// <summary>Set by the generator on upload: the prompt verdict id the image was generated from.</summary>
    public const string PromptVerdictId = "genscreen_prompt_verdict";

    /// <summary>Set by the generator on upload: a stricter policy than the configured one (a laxer one is ignored).</summary>
    public const string Policy = "genscreen_policy";

    /// <summary>
    /// Set by a moderator's release on the copy put back: the released verdict's id. Believed only when that verdict says
    /// it was released and the bytes hash to its SHA-256 (<see cref="ReleasedImages"/>); an uploader setting it gains nothing.
    /// </summary>
    public const string Released = "genscreen_released";

    /// <summary>Prefix of every key above.</summary>
    public const string Prefix = "genscreen_";

    /// <summary>
    /// Metadata for a screened blob: the uploader's own keys and the two inputs it may set (prompt verdict, policy)
    /// kept; any other <c>genscreen_*</c> key it set dropped, so only what screening wrote reads as a result.
    /// </summary>
    public static Dictionary<string, string> ScreenedFrom(IDictionary<string, string> uploaded, IReadOnlyDictionary<string, string> results)
    {
        ArgumentNullException.ThrowIfNull(uploaded);
        ArgumentNullException.ThrowIfNull(results);
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in uploaded)
        {
            if (!key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || key.Equals(PromptVerdictId, StringComparison.OrdinalIgnoreCase) || key.Equals(Policy, StringComparison.OrdinalIgnoreCase))
            {
                metadata[key] = value;
            }
        }

        foreach (var (key, value) in results)
        {
            metadata[key] = value;
        }

        return metadata;
    }
}
