using System.Text.Json;
using GenScreen.Core.Images;
using GenScreen.Core.Images.Faces;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Images;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Results;

/// <summary>
/// Writes an image verdict as JSON: the decision fields every verdict has, what was measured (size, format, frames,
/// classifier scores) and the faces (box, detector confidence, apparent age or "too small to judge", a protected-person
/// match by id). <c>GenScreen-Storage</c> says whether it was stored, replayed or could not be stored.
/// </summary>
public sealed class ImageVerdictResult(ImageVerdictRecord record, string? storage, double? screenMilliseconds, bool fullRecord) : IResult
{
    public ImageVerdictRecord Record { get; } = record;

    /// <summary>Fields other features add to this answer (report status: <see cref="ModerationFields"/>).</summary>
    public Action<Utf8JsonWriter>? AdditionalFields { get; init; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = VerdictResponse.Start(httpContext, storage, screenMilliseconds);
        await using var writer = new Utf8JsonWriter(response.BodyWriter);
        Write(writer, Record, fullRecord, AdditionalFields);
        await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }

    public static void Write(Utf8JsonWriter writer, ImageVerdictRecord record, bool fullRecord, Action<Utf8JsonWriter>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        var v = record.Verdict;
        writer.WriteStartObject();
        writer.WriteString("verdictId", record.ReceiptId);
        VerdictJson.WriteDecisionFields(writer, v.Decision, v.Policy, v.PolicyVersion, v.Categories, v.Reasons);
        writer.WriteString("purpose", ImagePurposes.Of(record.Purpose ?? ImagePurpose.Generated));
        if (record.PromptVerdictId is not null)
        {
            writer.WriteString("promptVerdictId", record.PromptVerdictId);
        }

        writer.WriteString("screenedAt", record.ScreenedAt);
        if (fullRecord)
        {
            // Where a blob verdict came from and what was done with it; API verdicts have no blob.
            if (record.Container.Length > 0)
            {
                writer.WriteString("container", record.Container);
                writer.WriteString("blobName", record.BlobName);
                writer.WriteString("version", record.Version);
            }

            writer.WriteString("action", record.Action.ToString());
            if (record.QuarantineBlob is not null)
            {
                writer.WriteString("quarantineBlob", record.QuarantineBlob);
            }
        }

        if (record.Facts is { } f)
        {
            WriteImage(writer, f);
            if (f.Faces is { } faces)
            {
                WriteFaces(writer, faces, record.FaceCount ?? faces.Faces.Count);
            }
        }

        additionalFields?.Invoke(writer);
        writer.WriteEndObject();
    }

    private static void WriteImage(Utf8JsonWriter writer, ImageFacts f)
    {
        writer.WriteStartObject("image");
        writer.WriteString("sha256", f.ContentSha256);
        writer.WriteNumber("size", f.Size);
        writer.WriteNumber("width", f.Width);
        writer.WriteNumber("height", f.Height);
        if (f.Format is not null)
        {
            writer.WriteString("format", f.Format);
        }

        writer.WriteNumber("frameCount", f.FrameCount);
        writer.WriteNumber("framesScreened", f.FramesScreened);
        if (f.Scores is { } s)
        {
            writer.WriteStartObject("scores");
            foreach (var name in ImageClassScores.ClassNames)
            {
                writer.WriteNumber(name, Math.Round(s[name], 6));
            }

            writer.WriteString("model", s.ModelVersion);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteFaces(Utf8JsonWriter writer, FaceFacts faces, int count)
    {
        writer.WriteStartObject("faces");
        writer.WriteBoolean("searched", faces.Searched);
        writer.WriteString("model", faces.ModelVersion);
        writer.WriteNumber("count", count);
        writer.WriteStartArray("faces");
        foreach (var face in faces.Faces)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("box");
            writer.WriteNumber("x", face.Box.X);
            writer.WriteNumber("y", face.Box.Y);
            writer.WriteNumber("width", face.Box.Width);
            writer.WriteNumber("height", face.Box.Height);
            writer.WriteEndObject();
            writer.WriteNumber("confidence", Math.Round(face.DetectorConfidence, 4));
            // An estimate from the pixels, named as one: never "age".
            if (face.ApparentAge is { } age)
            {
                writer.WriteNumber("apparentAge", Math.Round(age, 1));
            }

            writer.WriteBoolean("tooSmallToJudge", face.TooSmallToJudge);
            if (face.Match is { } match)
            {
                writer.WriteStartObject("protectedPerson");
                writer.WriteString("personId", match.PersonId);
                writer.WriteNumber("distance", Math.Round(match.Distance, 4));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
