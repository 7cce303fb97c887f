using System.ComponentModel.DataAnnotations;

namespace GenScreen.Core.Configuration;

/// <summary>
/// Configuration section <c>ImageScreening:Publish</c>: publish mode. Generators upload to a private staging container
/// (<see cref="ImageScreeningOptions.IncomingContainer"/>, the one the trigger watches) and only allowed images are
/// copied, with their verdict tags, to <see cref="Container"/>; blocked and review images go to quarantine and never
/// appear there (docs/storage.md, "Publish mode").
/// </summary>
public sealed class PublishOptions
{
    /// <summary>Publish allowed images to <see cref="Container"/> instead of tagging them in place.</summary>
    public bool Enabled { get; set; }

    /// <summary>The published container (private; served through a CDN with a SAS or a read role, never anonymous).</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "Container names are 3-63 lower-case letters, digits and single dashes.")]
    public string Container { get; set; } = "published";

    /// <summary>What happens to the staging blob once its published copy is verified and tagged.</summary>
    public StagingAfterPublish StagingAfterPublish { get; set; } = StagingAfterPublish.Delete;
}

/// <summary>The staging blob of a published image.</summary>
public enum StagingAfterPublish
{
    /// <summary>Deleted (If-Match the screened version), with its screened version where versioning is on: one copy only.</summary>
    Delete,

    /// <summary>Kept unchanged; the infra's lifecycle rule deletes staging blobs after <c>stagingRetentionDays</c>.</summary>
    Keep,
}
