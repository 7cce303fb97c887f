using GenScreen.Core.HashBanks;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Images;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.HashBanks;

/// <summary>
/// The built-in <see cref="HashBank.Quarantined"/> bank: every image quarantined as a <b>block</b> is added with its
/// verdict id (receipt) and its strongest category, so a re-upload — resized, re-encoded, lightly cropped, flipped
/// or rotated — is blocked at once, even if the classifier would now let it through. Images held for review are
/// not banked (a moderator has not confirmed them), nor hashes below the quality floor (they could never match),
/// nor images blocked because they matched a bank: they are already covered by the entry they matched, and banking
/// them would let a chain of edits drift away from the original and survive its release.
/// <see cref="ReleaseAsync"/> is what a review that releases an image from quarantine calls.
/// </summary>
public sealed partial class QuarantineBanker(HashBankStore store, HashBankCache cache, ImageVerdictStore verdicts, IOptions<HashBankOptions> options, ILogger<QuarantineBanker> logger)
{
    /// <summary>Source of the crop entries banked beside a quarantined image's own hash.</summary>
    public const string CropSource = "genscreen-crop";

    /// <summary>The bank as created on first use: block, category Sexual unless an entry says otherwise.</summary>
    public static readonly HashBank DefaultBank = new(HashBank.Quarantined, HashBankKind.Block, HarmCategory.Sexual, HashBank.DefaultMaxDistance, 1,
        "Images GenScreen quarantined as a block (added automatically, with their verdict id)");

    /// <summary>Banks a blocked, quarantined image. Idempotent (an upsert): a retried delivery banks it again harmlessly.</summary>
    public async Task<bool> BankAsync(ImageVerdictRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var o = options.Value;
        if (!o.Enabled || !o.BankQuarantinedBlocks || record.Verdict.Decision != Decision.Block || record.Facts?.Pdq is not { } pdq || pdq.Quality < o.MinQuality
            || record.Verdict.Reasons.Any(r => r.Code == HashBankRules.Match))
        {
            return false;
        }

        await store.CreateAsync(DefaultBank, cancellationToken).ConfigureAwait(false);
        // The strongest category decides what a re-upload is blocked as (ties: the more specific one, not plain Sexual).
        HarmCategory? strongest = record.Verdict.Categories.Where(c => c.Severity > 0)
            .OrderByDescending(c => c.Severity).ThenBy(c => c.Category == HarmCategory.Sexual ? 1 : 0)
            .Select(c => (HarmCategory?)c.Category).FirstOrDefault();
        var entry = new HashBankEntry(pdq.Hash, Label: record.Verdict.Reasons.Count > 0 ? record.Verdict.Reasons[0].Code : null, Source: "genscreen", Date: record.ScreenedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            VerdictId: record.ReceiptId, Category: strongest);
        // The crop entries (present when the screener hashed them: not on a delivery resumed from the stored row) carry
        // the same verdict, so a cropped re-upload names the quarantined original and a release removes them too.
        List<HashBankEntry> entries = [entry, .. (o.BankCropEntries ? pdq.Crops ?? [] : []).Select(h => entry with { Hash = h, Source = CropSource })];
        var updated = await store.AddAsync(HashBank.Quarantined, entries, null, cancellationToken).ConfigureAwait(false);
        LogBanked(logger, record.ReceiptId, pdq.Hash, entries.Count - 1);
        await cache.ApplyAsync(updated, entries, [], cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Removes the hash of the image with verdict (receipt) <paramref name="verdictId"/> from the quarantined bank, when
    /// it was banked for that verdict; returns whether an entry was removed. For the review workflow's release.
    /// </summary>
    public async Task<bool> ReleaseAsync(string verdictId, CancellationToken cancellationToken)
    {
        if (await verdicts.GetAsync(verdictId, cancellationToken).ConfigureAwait(false) is not { Record.Facts.Pdq: { } pdq })
        {
            return false;
        }

        if (await store.GetAsync(HashBank.Quarantined, cancellationToken).ConfigureAwait(false) is null)
        {
            return false;
        }

        // The recorded hash and every entry banked for this verdict (its crop entries), as the loaded bank knows them.
        var hashes = cache.Current.Find(HashBank.Quarantined) is { } loaded
            ? loaded.Entries().Where(e => e.VerdictId == verdictId).Select(e => e.Hash).Append(pdq.Hash).Distinct().ToList()
            : [pdq.Hash];
        var removed = await store.RemoveAsync(HashBank.Quarantined, hashes, cancellationToken, onlyVerdictId: verdictId).ConfigureAwait(false) > 0;
        await cache.RefreshAsync(cancellationToken).ConfigureAwait(false);
        return removed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Quarantined image {VerdictId} banked as {Hash} with {Crops} crop entries")]
    private static partial void LogBanked(ILogger logger, string verdictId, PdqHash hash, int crops);
}
