namespace GenScreen.Storage.Images;

/// <summary>How a quarantine move ended.</summary>
/// <param name="Moved">True when the copy is verified and the source is gone; false when the source changed meanwhile.</param>
/// <param name="QuarantineBlob">Name of the copy in the quarantine container.</param>
/// <param name="Immutable">Whether a legal hold could be set (false on storage without immutability, e.g. Azurite).</param>
public sealed record QuarantineResult(bool Moved, string QuarantineBlob, bool Immutable);
