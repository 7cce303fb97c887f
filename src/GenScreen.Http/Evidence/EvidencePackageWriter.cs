using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using GenScreen.Core.Verdicts;
using GenScreen.Http.Results;
using GenScreen.Storage.Images;
using GenScreen.Storage.Reports;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Http.Evidence;

/// <summary>
/// Writes the evidence package of one verdict (docs/evidence-package.md) for the person who files a report: a new
/// directory <c>evidence-{verdictId}</c> with the verdict, its history, hashes, the retained prompt, the report and
/// audit status, the image only when asked for, and <c>manifest.json</c> listing the SHA-256 of every other file.
/// Never overwrites: an existing package directory is an error, so evidence once handed over is not silently changed.
/// </summary>
public static class EvidencePackageWriter
{
    public const int Schema = 1;
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>Null when no prompt or image verdict has this id.</summary>
    public static async Task<EvidencePackage?> WriteAsync(EvidenceSources sources, string verdictId, string outputDirectory, bool includeImage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (!VerdictIds.IsValid(verdictId))
        {
            return null;
        }

        var prompt = (await sources.Prompts.GetRowAsync(verdictId, cancellationToken).ConfigureAwait(false))?.Verdict;
        var image = prompt is null && sources.Images is not null ? (await sources.Images.GetAsync(verdictId, cancellationToken).ConfigureAwait(false))?.Record : null;
        if (prompt is null && image is null)
        {
            return null;
        }

        var directory = Path.Combine(outputDirectory, $"evidence-{verdictId}");
        if (Directory.Exists(directory))
        {
            throw new IOException($"'{directory}' already exists: an evidence package is never overwritten. Move it away or choose another --out.");
        }

        Directory.CreateDirectory(directory);
        var files = new List<EvidenceFile>();
        var kind = prompt is not null ? ReportMessage.PromptKind : ReportMessage.ImageKind;
        var (decision, categories, reasons) = prompt is not null
            ? (prompt.Verdict.Decision, prompt.Verdict.Categories, prompt.Verdict.Reasons)
            : (image!.Verdict.Decision, image.Verdict.Categories, image.Verdict.Reasons);
        var reportable = ReportRule.Requires(decision, categories, reasons);
        var report = sources.Reports is not null ? await sources.Reports.GetAsync(verdictId, cancellationToken).ConfigureAwait(false) : null;

        // The verdict as an admin sees it (GET /api/moderation/...verdicts/{id}), including needsReport.
        files.Add(await WriteJsonAsync(directory, "verdict.json", w =>
        {
            if (prompt is not null)
            {
                VerdictResult.Write(w, prompt, VerdictView.FullRecord, ModerationFields.ReportStatus(reportable, report));
            }
            else
            {
                ImageVerdictResult.Write(w, image!, fullRecord: true, ModerationFields.ReportStatus(reportable, report));
            }
        }, cancellationToken).ConfigureAwait(false));

        // The correlated prompt of an image verdict: its own record, and its text when it was retained.
        var correlated = image?.PromptVerdictId is { } pid ? (await sources.Prompts.GetRowAsync(pid, cancellationToken).ConfigureAwait(false))?.Verdict : null;
        if (correlated is not null)
        {
            files.Add(await WriteJsonAsync(directory, "prompt-verdict.json", w => VerdictResult.Write(w, correlated, VerdictView.FullRecord), cancellationToken).ConfigureAwait(false));
        }

        var history = prompt is not null ? await sources.History.GetHistoryAsync(verdictId, cancellationToken).ConfigureAwait(false) : [];
        files.Add(await WriteJsonAsync(directory, "history.json", w =>
        {
            w.WriteStartObject();
            w.WriteString("note", prompt is not null
                ? "Earlier versions of this verdict, replaced by re-screening (oldest policy version first); empty when it was never re-screened."
                : "Image verdicts keep one version; nothing replaced it.");
            w.WriteStartArray("versions");
            foreach (var old in history)
            {
                w.WriteStartObject();
                w.WriteString("supersededBy", old.SupersededBy);
                w.WriteString("supersededAt", old.SupersededAt);
                w.WritePropertyName("verdict");
                VerdictResult.Write(w, old.Verdict, VerdictView.FullRecord);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false));

        var retained = prompt ?? correlated;
        if (retained?.Prompt is not null)
        {
            files.Add(await WriteJsonAsync(directory, "prompt.json", w =>
            {
                w.WriteStartObject();
                w.WriteString("verdictId", retained.VerdictId);
                w.WriteString("prompt", retained.Prompt);
                if (retained.NegativePrompt is not null)
                {
                    w.WriteString("negativePrompt", retained.NegativePrompt);
                }

                w.WriteString("promptSha256", retained.PromptSha256);
                w.WriteEndObject();
            }, cancellationToken).ConfigureAwait(false));
        }

        files.Add(await WriteJsonAsync(directory, "hashes.json", w => WriteHashes(w, prompt, image, correlated), cancellationToken).ConfigureAwait(false));
        files.Add(await WriteAuditAsync(sources, directory, verdictId, cancellationToken).ConfigureAwait(false));

        var (imageFile, imageProblem) = includeImage && image is not null
            ? await WriteImageAsync(sources, directory, image, cancellationToken).ConfigureAwait(false)
            : (null, includeImage ? "A prompt verdict has no image." : null);
        if (imageFile is not null)
        {
            files.Add(imageFile);
        }

        var exportedAt = sources.Time.GetUtcNow();
        files.Add(await WriteJsonAsync(directory, "summary.json", w =>
        {
            w.WriteStartObject();
            w.WriteNumber("schema", Schema);
            w.WriteString("verdictId", verdictId);
            w.WriteString("kind", kind);
            w.WriteString("decision", WireNames.Of(decision));
            w.WriteStartArray("reasons");
            foreach (var code in reasons.Select(r => r.Code).Distinct())
            {
                w.WriteStringValue(code);
            }

            w.WriteEndArray();
            w.WriteBoolean("reportable", reportable);
            w.WriteBoolean("needsReport", reportable && report is not { IsReported: true });
            if ((prompt ?? correlated)?.UserId is { } userId)
            {
                w.WriteString("userId", userId);
            }

            w.WriteString("screenedAt", prompt?.ScreenedAt ?? image!.ScreenedAt);
            w.WriteString("exportedAt", exportedAt);
            w.WriteBoolean("promptRetained", retained?.Prompt is not null);
            w.WriteBoolean("imageIncluded", imageFile is not null);
            if (imageProblem is not null && includeImage)
            {
                w.WriteString("imageProblem", imageProblem);
            }

            w.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false));

        files.Add(await WriteJsonAsync(directory, "manifest.json", w =>
        {
            w.WriteStartObject();
            w.WriteNumber("schema", Schema);
            w.WriteString("verdictId", verdictId);
            w.WriteString("createdAt", exportedAt);
            w.WriteString("hashAlgorithm", "SHA-256");
            w.WriteStartArray("files");
            foreach (var f in files)
            {
                w.WriteStartObject();
                w.WriteString("path", f.Path);
                w.WriteNumber("bytes", f.Bytes);
                w.WriteString("sha256", f.Sha256);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false));

        return new EvidencePackage(directory, kind, files, imageFile is not null, includeImage ? imageProblem : null);
    }

    private static void WriteHashes(Utf8JsonWriter w, StoredPromptVerdict? prompt, ImageVerdictRecord? image, StoredPromptVerdict? correlated)
    {
        w.WriteStartObject();
        if (image?.Facts is { } f)
        {
            w.WriteString("imageSha256", f.ContentSha256);
            w.WriteNumber("imageBytes", f.Size);
            if (f.Pdq is { } pdq)
            {
                w.WriteStartObject("pdq");
                w.WriteString("hash", pdq.Hash.ToString());
                w.WriteNumber("quality", pdq.Quality);
                w.WriteNumber("frame", pdq.Frame);
                w.WriteEndObject();
            }
        }

        if ((prompt ?? correlated) is { } p)
        {
            w.WriteString("promptSha256", p.PromptSha256);
            if (p.NegativePromptSha256 is not null)
            {
                w.WriteString("negativePromptSha256", p.NegativePromptSha256);
            }
        }

        w.WriteEndObject();
    }

    private static async Task<EvidenceFile> WriteAuditAsync(EvidenceSources sources, string directory, string verdictId, CancellationToken cancellationToken)
    {
        var rows = await sources.Audit.ReadAsync(verdictId, cancellationToken).ConfigureAwait(false);
        return await WriteJsonAsync(directory, "audit.json", w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("available", rows is not null);
            if (rows is null)
            {
                // Said plainly: an empty list would read as "nobody ever acted on this verdict".
                w.WriteString("note", "NO AUDIT TRAIL AVAILABLE: this deployment has no audit table; moderator actions on this verdict, if any, are not in this package.");
            }

            w.WriteStartArray("entries");
            foreach (var r in rows ?? [])
            {
                w.WriteStartObject();
                w.WriteString("at", r.At);
                w.WriteString("who", r.Who);
                w.WriteString("action", r.Action);
                if (r.Reason is not null)
                {
                    w.WriteString("reason", r.Reason);
                }

                if (r.Before is not null)
                {
                    w.WriteString("before", r.Before);
                }

                if (r.After is not null)
                {
                    w.WriteString("after", r.After);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The quarantined copy (or the blob still in place), checked against the recorded SHA-256 before it is packaged.</summary>
    private static async Task<(EvidenceFile? File, string? Problem)> WriteImageAsync(EvidenceSources sources, string directory, ImageVerdictRecord image, CancellationToken cancellationToken)
    {
        if (sources.Blobs is null)
        {
            return (null, "No blob storage is configured.");
        }

        var blob = image.QuarantineBlob is { } q
            ? sources.Blobs.GetBlobContainerClient(sources.QuarantineContainer).GetBlobClient(q)
            : image.Container.Length > 0 ? sources.Blobs.GetBlobContainerClient(image.Container).GetBlobClient(image.BlobName) : null;
        if (blob is null)
        {
            return (null, "The image was screened through the API, which does not keep image bytes.");
        }

        BinaryData content;
        try
        {
            content = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (null, $"The image is no longer stored at {blob.BlobContainerName}/{blob.Name}.");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(content.ToMemory().Span));
        if (image.Facts is { } facts && !string.Equals(sha, facts.ContentSha256, StringComparison.Ordinal))
        {
            return (null, $"The stored blob's SHA-256 ({sha}) is not the screened image's ({facts.ContentSha256}): it was not packaged.");
        }

        var name = "image/" + SafeFileName(Path.GetFileName(image.BlobName), image.Facts?.Format);
        return (await WriteFileAsync(directory, name, content.ToArray(), cancellationToken).ConfigureAwait(false), null);
    }

    private static string SafeFileName(string name, string? format)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray();
        var safe = new string(chars).Trim('.');
        return safe.Length > 0 ? safe : "image." + (format ?? "bin");
    }

    private static async Task<EvidenceFile> WriteJsonAsync(string directory, string name, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            write(writer);
        }

        buffer.WriteByte((byte)'\n');
        return await WriteFileAsync(directory, name, buffer.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<EvidenceFile> WriteFileAsync(string directory, string name, byte[] bytes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, name.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }

        return new EvidenceFile(name, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
