using System.Security.Cryptography;
using System.Text;

namespace GenScreen.Storage.Images;

/// <summary>
/// One receipt (and verdict row) per blob version: the id hashes container, name and version (version id
/// where versioning is on, else the ETag), so every delivery of the same version maps to the same row and an
/// overwritten blob gets a new one. The first two hex digits are the partition key (256 partitions).
/// </summary>
public static class ImageReceipts
{
    public static string IdOf(string container, string blobName, string version) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"image\n{container}\n{blobName}\n{version}")).AsSpan(0, 16));

    /// <summary>Key of the row naming the verdict whose quarantine move is under way for this blob name (any version).</summary>
    public static string MoveIntentOf(string container, string blobName) => IdOf(container, blobName, "\nmove-intent");

    public static string PartitionOf(string receiptId) => receiptId[..2];
}
