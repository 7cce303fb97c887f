namespace GenScreen.Storage.Images;

/// <summary>
/// Another delivery of the same blob version recorded (or finished) the verdict first. Not a failure: the delivery
/// that got here ends as a duplicate instead of racing the other one, and no attempt is counted against the blob.
/// </summary>
internal sealed class ConcurrentDeliveryException(ImageVerdictRecord row) : Exception($"Blob version {row.ReceiptId} is handled by another delivery.")
{
    public ImageVerdictRecord Row { get; } = row;
}
