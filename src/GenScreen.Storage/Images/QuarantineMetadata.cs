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

    /// <summary>Set by the generator on upload: the prompt verdict id the image was generated from.</summary>
    public const string PromptVerdictId = "genscreen_prompt_verdict";

    /// <summary>Set by the generator on upload: the policy to screen under (else the default).</summary>
    public const string Policy = "genscreen_policy";
}
