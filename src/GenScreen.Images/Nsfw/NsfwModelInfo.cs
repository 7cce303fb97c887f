namespace GenScreen.Images.Nsfw;

/// <summary>
/// Identity of the NSFW model GenScreen uses: nsfwjs's MobileNetV2 converted to ONNX by the importer in tools/GenScreen.ModelImport.
/// <see cref="Sha256"/> is the hash of the converted file; the conversion is deterministic, so every import from
/// nsfwjs@<see cref="PackageVersion"/> must reproduce it (see MODEL.md beside this file).
/// </summary>
public static class NsfwModelInfo
{
    public const string PackageName = "nsfwjs";

    /// <summary>Must match the exact version pinned in the repository's package.json / package-lock.json.</summary>
    public const string PackageVersion = "4.4.0";

    public const string ModelName = "mobilenet_v2";

    public const string FileName = "nsfw_mobilenet_v2.onnx";

    /// <summary>The graph's input: float32 NHWC <c>[N,224,224,3]</c>, RGB in [0,1].</summary>
    public const string InputName = "input_1";

    /// <summary>The graph's output: softmax <c>[N,5]</c> over Drawing, Hentai, Neutral, Porn, Sexy.</summary>
    public const string OutputName = "dense_3";

    /// <summary>SHA-256 (lower-case hex) of the ONNX file produced by importing nsfwjs@4.4.0.</summary>
    public const string Sha256 = "7de6747aee09c678799ea94e95fd52541258c0e509535c052f812ca9c67e1321";

    /// <summary>The int8 first stage: the model name in its version string names the precision.</summary>
    public const string Int8ModelName = "mobilenet_v2-int8";

    public const string Int8FileName = "nsfw_mobilenet_v2.int8.onnx";

    /// <summary>SHA-256 (lower-case hex) of the int8 quantization of <see cref="FileName"/> the importer makes (calibration set in MODEL.md).</summary>
    public const string Int8Sha256 = "94cd8b23760525248fa3aa0c256d18b308de5dcbe522a23f0d2e2c1fc115f0a2";

    public const string InceptionV3ModelName = "inception_v3";

    public const string InceptionV3FileName = "nsfw_inception_v3.onnx";

    /// <summary>SHA-256 (lower-case hex) of the ONNX file produced by importing nsfwjs@4.4.0's InceptionV3 (the second stage).</summary>
    public const string InceptionV3Sha256 = "d5da7549b1d4fc21d94925284b1032638337e767e5f60f635c3b30200e248a67";

    /// <summary>The int8 second stage: InceptionV3 quantized by the importer as the first stage's int8 file (MODEL.md).</summary>
    public const string InceptionV3Int8ModelName = "inception_v3-int8";

    public const string InceptionV3Int8FileName = "nsfw_inception_v3.int8.onnx";

    /// <summary>SHA-256 (lower-case hex) of the int8 quantization of InceptionV3 the importer makes (calibration set in MODEL.md).</summary>
    public const string InceptionV3Int8Sha256 = "cad11149b088eac67b722138d6ad57c9d9358a05de43c2f76c3460b8de3672d5";

    /// <summary>The version string reported with every score, e.g. <c>nsfwjs-mobilenet_v2@4.4.0+sha256:7de6747aee09</c>.</summary>
    public static string ModelVersion(string sha256)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        return $"{PackageName}-{ModelName}@{PackageVersion}+sha256:{sha256[..Math.Min(12, sha256.Length)]}";
    }
}
