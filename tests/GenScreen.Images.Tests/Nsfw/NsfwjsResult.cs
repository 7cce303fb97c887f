namespace GenScreen.Images.Tests.Nsfw;

/// <summary>What nsfwjs reported for one image: hashes of its decoded RGB bytes and model input, its probabilities, its time.</summary>
internal sealed record NsfwjsResult(string Path, string RgbSha256, string InputSha256, IReadOnlyList<double> Probabilities, double Milliseconds);
