using GenScreen.Core.Configuration;

namespace GenScreen.Images.Nsfw;

/// <summary>
/// One of the nsfwjs classifiers GenScreen runs: its name, cache file name, recorded SHA-256 (MODEL.md), square input
/// size, and where it lives in the npm package (the tooling, tools/GenScreen.ModelImport, imports it from there). <see cref="MobileNetV2"/> is the first stage (every frame), <see cref="InceptionV3"/>
/// the second (only frames the first stage flags, see docs/images.md); each also in int8 (<c>FirstStagePrecision</c>, <c>SecondStagePrecision</c>).
/// </summary>
public sealed record NsfwModelSpec(string ModelName, string FileName, string Sha256, int InputSize, string PackageDirectory)
{
    public static NsfwModelSpec MobileNetV2 { get; } = new(
        NsfwModelInfo.ModelName, NsfwModelInfo.FileName, NsfwModelInfo.Sha256, 224, "dist/models/mobilenet_v2");

    /// <summary>MobileNetV2 quantized to int8 by the importer (static QDQ, calibrated on fixed images; MODEL.md).</summary>
    public static NsfwModelSpec MobileNetV2Int8 { get; } = new(
        NsfwModelInfo.Int8ModelName, NsfwModelInfo.Int8FileName, NsfwModelInfo.Int8Sha256, 224, "dist/models/mobilenet_v2");

    public static NsfwModelSpec InceptionV3 { get; } = new(
        NsfwModelInfo.InceptionV3ModelName, NsfwModelInfo.InceptionV3FileName, NsfwModelInfo.InceptionV3Sha256, 299, "dist/models/inception_v3");

    /// <summary>InceptionV3 quantized to int8 by the importer (the first stage's procedure, at 299×299; MODEL.md).</summary>
    public static NsfwModelSpec InceptionV3Int8 { get; } = new(
        NsfwModelInfo.InceptionV3Int8ModelName, NsfwModelInfo.InceptionV3Int8FileName, NsfwModelInfo.InceptionV3Int8Sha256, 299, "dist/models/inception_v3");

    /// <summary>Every NSFW model file the importer makes (<c>genscreen models import</c>, the Functions build), in that order.</summary>
    public static IReadOnlyList<NsfwModelSpec> Imported { get; } = [MobileNetV2, MobileNetV2Int8, InceptionV3, InceptionV3Int8];

    /// <summary>Whether this is the second stage's model (InceptionV3, either precision).</summary>
    public bool IsSecondStage => this == InceptionV3 || this == InceptionV3Int8;

    /// <summary>Whether this is an int8 quantization the importer calibrates (on face-api's demo photos).</summary>
    public bool IsInt8 => this == MobileNetV2Int8 || this == InceptionV3Int8;

    /// <summary>The first stage in <paramref name="precision"/>.</summary>
    public static NsfwModelSpec FirstStage(ModelPrecision precision) => precision switch
    {
        ModelPrecision.Float32 => MobileNetV2,
        ModelPrecision.Int8 => MobileNetV2Int8,
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown model precision."),
    };

    /// <summary>The second stage in <paramref name="precision"/>.</summary>
    public static NsfwModelSpec SecondStage(ModelPrecision precision) => precision switch
    {
        ModelPrecision.Float32 => InceptionV3,
        ModelPrecision.Int8 => InceptionV3Int8,
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown model precision."),
    };

    /// <summary>
    /// The first stage the options ask for on <paramref name="cpu"/>: <c>Int8</c> is refused (an
    /// <see cref="UnvalidatedInt8KernelsException"/> at start-up, naming the setting) where the int8 kernels are not the validated
    /// ones, unless <see cref="ImageScreeningOptions.AllowInt8WithoutVnni"/> is set.
    /// </summary>
    public static NsfwModelSpec FirstStage(ImageScreeningOptions options, Int8KernelSupport cpu)
    {
        ArgumentNullException.ThrowIfNull(options);
        return FirstStage(Checked(options.FirstStagePrecision, nameof(ImageScreeningOptions.FirstStagePrecision), options, cpu));
    }

    /// <summary>The second stage the options ask for on <paramref name="cpu"/>, refused like the first stage's <c>Int8</c> where the kernels are not validated.</summary>
    public static NsfwModelSpec SecondStage(ImageScreeningOptions options, Int8KernelSupport cpu)
    {
        ArgumentNullException.ThrowIfNull(options);
        return SecondStage(Checked(options.SecondStagePrecision, nameof(ImageScreeningOptions.SecondStagePrecision), options, cpu));
    }

    private static ModelPrecision Checked(ModelPrecision precision, string setting, ImageScreeningOptions options, Int8KernelSupport cpu)
    {
        ArgumentNullException.ThrowIfNull(cpu);
        if (precision == ModelPrecision.Int8 && !cpu.Exact && !options.AllowInt8WithoutVnni)
        {
            throw new UnvalidatedInt8KernelsException(cpu.Cpu, setting);
        }

        return precision;
    }

    /// <summary>Floats in one NHWC image tensor <c>[S,S,3]</c>.</summary>
    public int TensorLength => InputSize * InputSize * NsfwPreprocessing.Channels;

    /// <summary>E.g. <c>nsfwjs-inception_v3@4.4.0+sha256:0123456789ab</c>.</summary>
    public string ModelVersion(string sha256)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        return $"{NsfwModelInfo.PackageName}-{ModelName}@{NsfwModelInfo.PackageVersion}+sha256:{sha256[..Math.Min(12, sha256.Length)]}";
    }
}
