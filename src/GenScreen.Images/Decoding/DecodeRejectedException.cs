namespace GenScreen.Images.Decoding;

/// <summary>
/// Thrown inside the decode thread to stop at the first refusal; converted to a failed
/// <see cref="ImageDecodeResult"/> before it leaves <see cref="DecodeJob"/>. Never escapes the decoder.
/// </summary>
internal sealed class DecodeRejectedException : Exception
{
    internal DecodeRejectedException(string reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    internal string Reason { get; }
}
