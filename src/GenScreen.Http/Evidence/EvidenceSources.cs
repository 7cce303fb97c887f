using Azure.Storage.Blobs;
using GenScreen.Storage.Evidence;
using GenScreen.Storage.Images;
using GenScreen.Storage.Reports;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Http.Evidence;

/// <summary>Where an evidence package is read from: the verdict tables, their history, the report ledger, the audit trail, the quarantine.</summary>
public sealed record EvidenceSources(
    PromptVerdictTable Prompts,
    PromptVerdictHistoryStore History,
    ImageVerdictStore? Images,
    ReportLedger? Reports,
    IAuditTrailReader Audit,
    BlobServiceClient? Blobs,
    string QuarantineContainer,
    TimeProvider Time);

/// <summary>What was written: the package directory, its files (manifest last), and whether the image is in it.</summary>
public sealed record EvidencePackage(string Directory, string Kind, IReadOnlyList<EvidenceFile> Files, bool ImageIncluded, string? ImageProblem);

/// <summary>A file of the package, by its path inside the package (forward slashes).</summary>
public sealed record EvidenceFile(string Path, long Bytes, string Sha256);
