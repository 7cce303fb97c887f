namespace GenScreen.Core.Images;

/// <summary>
/// Decode → detect → decide for one image, without storage. Implemented by GenScreen.Images (SkiaSharp +
/// ONNX Runtime); the blob pipeline, the local host and the CLI all call it. Never throws for a bad image:
/// an image that cannot be screened gets a blocking verdict with the reason (fail closed).
/// </summary>
public interface IImageScreener
{
    Task<ImageScreenResult> ScreenAsync(ImageScreenRequest request, CancellationToken cancellationToken);
}
