namespace GenScreen.Core.Detectors;

/// <summary>
/// An external image classifier (e.g. Azure AI Content Safety image:analyze). It receives the image already
/// decoded safely and re-encoded as PNG within common service limits (≤ 2048 px on the long side, ≥ 50 px), so
/// untrusted bytes are never forwarded as they came. Like <see cref="IPromptDetector"/> it reports failures
/// in its result, never by throwing.
/// </summary>
public interface IImageDetector
{
    string Name { get; }

    Task<DetectorResult> AnalyzeAsync(ReadOnlyMemory<byte> png, CancellationToken cancellationToken);
}
