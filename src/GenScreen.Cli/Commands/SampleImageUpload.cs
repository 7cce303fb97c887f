using Azure.Data.Tables;
using Azure.Storage.Blobs;
using GenScreen.Core.Configuration;
using SkiaSharp;

namespace GenScreen.Cli.Commands;

/// <summary>
/// For <c>serve --sample</c>: uploads a generated picture to the incoming container, as a generator would,
/// and waits for the watcher's verdict row, showing the image pipeline end to end.
/// </summary>
internal static class SampleImageUpload
{
    /// <param name="incomingContainer">The watched container (the staging container in publish mode).</param>
    public static async Task RunAsync(string storageConnection, string incomingContainer, TextWriter output, CancellationToken cancellationToken)
    {
        var options = new ImageScreeningOptions();
        var name = $"samples/{DateTime.UtcNow:yyyyMMdd-HHmmss}-sunset.png";
        var container = new BlobServiceClient(storageConnection).GetBlobContainerClient(incomingContainer);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await container.GetBlobClient(name).UploadAsync(new BinaryData(Picture()), cancellationToken).ConfigureAwait(false);
        output.WriteLine($"\n> uploaded {incomingContainer}/{name}; waiting for the blob watcher...");

        var table = new TableClient(storageConnection, options.VerdictTable);
        for (var i = 0; i < 600 && !cancellationToken.IsCancellationRequested; i++)
        {
            try
            {
                await foreach (var row in table.QueryAsync<TableEntity>(e => e.GetString("BlobName") == name, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    if (row.GetString("Action") is "Tagged" or "Published" or "Quarantined")
                    {
                        output.WriteLine($"  {row.GetString("Decision")!.ToUpperInvariant()}  action: {row.GetString("Action")}, scores: {row.GetString("Scores")}");
                        output.WriteLine($"  model {row.GetString("ModelVersion")}, decode {row.GetDouble("DecodeMs"):0.0} ms, inference {row.GetDouble("InferenceMs"):0.0} ms");
                        return;
                    }
                }
            }
            catch (Azure.RequestFailedException ex) when (ex.Status == 404)
            {
                // the verdict table is created with the first verdict
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        output.WriteLine("  no verdict within 60 s (first run imports the model; see the log)");
    }

    /// <summary>A small synthetic landscape: nothing to flag, made here so no image ships with the repo.</summary>
    private static byte[] Picture()
    {
        using var surface = SKSurface.Create(new SKImageInfo(512, 384));
        var canvas = surface.Canvas;
        using var sky = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, 260), [new SKColor(255, 140, 60), new SKColor(90, 60, 140)], SKShaderTileMode.Clamp) };
        canvas.DrawRect(0, 0, 512, 260, sky);
        using var sun = new SKPaint { Color = new SKColor(255, 220, 120), IsAntialias = true };
        canvas.DrawCircle(256, 250, 60, sun);
        using var sea = new SKPaint { Color = new SKColor(30, 60, 110) };
        canvas.DrawRect(0, 260, 512, 124, sea);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
