using System.Text.Json;
using Azure.Data.Tables;
using GenScreen.Core.HashBanks;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Images;

/// <summary>Maps <see cref="ImageVerdictRecord"/> to and from its table row.</summary>
internal static class ImageVerdictEntity
{
    public static TableEntity From(ImageVerdictRecord r)
    {
        var e = new TableEntity(ImageReceipts.PartitionOf(r.ReceiptId), r.ReceiptId)
        {
            ["Container"] = r.Container,
            ["BlobName"] = r.BlobName,
            ["Version"] = r.Version,
            ["Decision"] = WireNames.Of(r.Verdict.Decision),
            ["Policy"] = r.Verdict.Policy,
            ["PolicyVersion"] = r.Verdict.PolicyVersion,
            ["Categories"] = VerdictJson.ToJsonString(w => VerdictJson.WriteCategories(w, r.Verdict.Categories)),
            ["Reasons"] = VerdictJson.ToJsonString(w => VerdictJson.WriteReasons(w, r.Verdict.Reasons)),
            ["PromptVerdictId"] = r.PromptVerdictId,
            ["Action"] = r.Action.ToString(),
            ["Attempts"] = r.Attempts,
            ["ScreenedAt"] = r.ScreenedAt,
            ["TotalMs"] = r.TotalMilliseconds,
            ["QuarantineBlob"] = r.QuarantineBlob,
            ["Immutable"] = r.Immutable,
        };
        if (r.Facts is { } f)
        {
            e["ContentSha256"] = f.ContentSha256;
            e["Size"] = f.Size;
            e["Width"] = f.Width;
            e["Height"] = f.Height;
            e["Format"] = f.Format;
            e["FrameCount"] = f.FrameCount;
            e["FramesScreened"] = f.FramesScreened;
            e["FormatMismatch"] = f.DeclaredFormatMismatch;
            e["DecodeMs"] = f.DecodeMilliseconds;
            e["InferenceMs"] = f.InferenceMilliseconds;
            if (f.Scores is { } s)
            {
                e["Scores"] = JsonSerializer.Serialize(new Dictionary<string, double>
                {
                    ["Drawing"] = s.Drawing, ["Hentai"] = s.Hentai, ["Neutral"] = s.Neutral, ["Porn"] = s.Porn, ["Sexy"] = s.Sexy,
                });
                e["ModelVersion"] = s.ModelVersion;
            }

            if (f.Pdq is { } pdq)
            {
                e["PdqHash"] = pdq.Hash.ToString();
                e["PdqQuality"] = pdq.Quality;
                e["PdqFrame"] = pdq.Frame;
            }

            if (f.Faces is { } faces)
            {
                e["FaceCount"] = faces.Faces.Count;
                e["Faces"] = FacesColumn.Write(faces);
            }
        }

        if (r.ReviewStatus is { } status)
        {
            e["ReviewStatus"] = status;
        }

        if (r.Purpose is { } purpose)
        {
            e["Purpose"] = ImagePurposes.Of(purpose);
        }

        return e;
    }

    public static ImageVerdictRecord To(TableEntity e)
    {
        if (!WireNames.TryParseDecision(e.GetString("Decision"), out var decision))
        {
            decision = Decision.Block; // unreadable never reads as allow
        }

        using var categories = JsonDocument.Parse(e.GetString("Categories") ?? "[]");
        using var reasons = JsonDocument.Parse(e.GetString("Reasons") ?? "[]");
        var verdict = new ImageVerdict(decision, e.GetString("Policy") ?? "", e.GetString("PolicyVersion") ?? "",
            VerdictJson.ReadCategories(categories.RootElement), VerdictJson.ReadReasons(reasons.RootElement));
        ImageFacts? facts = e.GetString("ContentSha256") is { } sha
            ? new ImageFacts(sha, e.GetInt64("Size") ?? 0, e.GetInt32("Width") ?? 0, e.GetInt32("Height") ?? 0, e.GetString("Format"),
                e.GetInt32("FrameCount") ?? 0, e.GetInt32("FramesScreened") ?? 0, e.GetBoolean("FormatMismatch") ?? false,
                ReadScores(e), e.GetDouble("DecodeMs") ?? 0, e.GetDouble("InferenceMs") ?? 0, FacesColumn.Read(e.GetString("Faces")))
            {
                Pdq = ReadPdq(e),
            }
            : null;
        return new ImageVerdictRecord(
            e.RowKey, e.GetString("Container") ?? "", e.GetString("BlobName") ?? "", e.GetString("Version") ?? "",
            verdict, facts, e.GetString("PromptVerdictId"),
            Enum.TryParse<ImageAction>(e.GetString("Action"), out var action) ? action : ImageAction.PendingQuarantine,
            e.GetInt32("Attempts") ?? 0, e.GetDateTimeOffset("ScreenedAt") ?? default, e.GetDouble("TotalMs") ?? 0,
            e.GetString("QuarantineBlob"), e.GetBoolean("Immutable"))
        {
            FaceCount = e.GetInt32("FaceCount"),
            Purpose = ImagePurposes.TryParse(e.GetString("Purpose"), out var purpose) ? purpose : null,
            ReviewStatus = e.GetString("ReviewStatus"),
        };
    }

    private static ImagePdq? ReadPdq(TableEntity e) =>
        e.GetString("PdqHash") is { } hex && PdqHash.TryParse(hex, out var hash)
            ? new ImagePdq(hash, e.GetInt32("PdqQuality") ?? 0, e.GetInt32("PdqFrame") ?? 0)
            : null;

    private static ImageClassScores? ReadScores(TableEntity e)
    {
        if (e.GetString("Scores") is not { } json)
        {
            return null;
        }

        var s = JsonSerializer.Deserialize<Dictionary<string, double>>(json)!;
        return new ImageClassScores(s["Drawing"], s["Hentai"], s["Neutral"], s["Porn"], s["Sexy"], e.GetString("ModelVersion") ?? "");
    }
}
