using System.ComponentModel.DataAnnotations;

namespace GenScreen.Core.HashBanks;

/// <summary>Configuration section <c>HashBanks</c>: known-image banks (PDQ), their storage and refresh, and what a match does.</summary>
public sealed class HashBankOptions
{
    public const string SectionName = "HashBanks";

    /// <summary>Hash every screened image and match it against the banks.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Table of bank settings and change markers (one row per bank).</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string BankTable { get; set; } = "HashBanks";

    /// <summary>Table of banked hashes (one row per bank and hash).</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string EntryTable { get; set; } = "HashBankEntries";

    /// <summary>
    /// Private blob container of bank snapshots: an import writes the whole list as one blob per bank version, which
    /// the bank's row then names (docs/hashing.md, "Storage").
    /// </summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")]
    public string SnapshotContainer { get; set; } = "hashbanks";

    /// <summary>How often a host reads the bank table's change markers and reloads the banks that changed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>PDQ quality below which an image's hash never matches (Meta's recommendation: 50).</summary>
    [Range(0, 100)]
    public int MinQuality { get; set; } = PdqHashes.DefaultMinQuality;

    /// <summary>
    /// When an image matches both an allow bank and a block bank: false (default) the block bank wins; true the allow
    /// bank's match is applied instead (for operators who curate allow banks against a noisy shared block list).
    /// </summary>
    public bool AllowWinsOverBlock { get; set; }

    /// <summary>Add every image quarantined as a block to the built-in <c>quarantined</c> bank, with its verdict id.</summary>
    public bool BankQuarantinedBlocks { get; set; } = true;

    /// <summary>
    /// With <see cref="BankQuarantinedBlocks"/>: also bank the hashes of 27 canonical crops of the image (3, 5 and 7 %
    /// off each side, at each corner, around the centre), so a re-upload cropped by a few percent, which moves PDQ's
    /// hash past 31 bits, still matches. 28 entries per quarantined image instead of 1 (docs/hashing.md).
    /// </summary>
    public bool BankCropEntries { get; set; } = true;
}
