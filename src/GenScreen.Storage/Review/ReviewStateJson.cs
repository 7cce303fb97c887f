using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Review;

/// <summary>The before/after snapshot an audit row keeps: the review state and what the verdict said, as a JSON object.</summary>
internal static class ReviewStateJson
{
    public static string Of(ReviewItem item, bool? imageInQuarantine = null) => VerdictJson.ToJsonString(w =>
    {
        w.WriteStartObject();
        w.WriteString("status", item.State.Status);
        w.WriteNumber("version", item.State.Version);
        w.WriteString("decision", WireNames.Of(item.Decision));
        w.WriteStartArray("categories");
        foreach (var c in item.Categories.Where(c => c.Severity > 0))
        {
            w.WriteStringValue(WireNames.Of(c.Category));
        }

        w.WriteEndArray();
        if (item.State.ConfirmedCategory is { } confirmed)
        {
            w.WriteString("confirmedCategory", WireNames.Of(confirmed));
        }

        if (item.Image is { } image)
        {
            w.WriteString("location", item.State.ReleasedTo ?? (image.QuarantineBlob is { } q ? "quarantine:" + q : image.Container + "/" + image.BlobName));
            w.WriteBoolean("imageInQuarantine", imageInQuarantine ?? item.ImageAvailable);
        }

        if (item.State.EvidencePurgedAt is { } purged)
        {
            w.WriteString("evidencePurgedAt", purged);
        }

        w.WriteEndObject();
    });
}
