namespace GenScreen.Core.Images;

/// <summary>A verdict and the facts it was based on.</summary>
public sealed record ImageScreenResult(ImageVerdict Verdict, ImageFacts Facts);
