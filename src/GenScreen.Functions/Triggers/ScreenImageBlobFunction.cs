using Azure.Storage.Blobs;
using GenScreen.Storage.Images;
using Microsoft.Azure.Functions.Worker;

namespace GenScreen.Functions.Triggers;

/// <summary>
/// Every blob written to the incoming container (virtual folders included) is screened. Event Grid source:
/// the production setting on Flex Consumption (no polling, low latency); infra wires the subscription.
/// The trigger binds a <see cref="BlobClient"/> (an SDK-type binding: no content is read by the host), and
/// the service reads properties and content itself, with ETag conditions and receipts.
/// </summary>
public sealed class ScreenImageBlobFunction(BlobScreeningService screening)
{
    [Function("ScreenImageBlob")]
    public Task Run(
        [BlobTrigger("%ImageScreening:IncomingContainer%/{name}", Source = BlobTriggerSource.EventGrid, Connection = "GenScreenStorage")] BlobClient blob,
        FunctionContext context) =>
        screening.ScreenAsync(blob.BlobContainerName, blob.Name, context.CancellationToken);
}
