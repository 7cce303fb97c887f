using System.ComponentModel.DataAnnotations;
using System.Runtime.InteropServices;
using GenScreen.Core.Configuration;
using GenScreen.Images.Nsfw;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>
/// <c>ImageScreening:SecondStagePrecision</c> picks the second stage's file, independently of the first stage's; a value
/// that names no precision is refused at start-up, and so is Int8 on a CPU whose int8 kernels are not the validated ones
/// (no VNNI) unless the operator allows it, naming the setting that asked for it.
/// </summary>
public sealed class SecondStagePrecisionTests
{
    [Theory]
    [InlineData(ModelPrecision.Float32, "nsfw_inception_v3.onnx", "inception_v3")]
    [InlineData(ModelPrecision.Int8, "nsfw_inception_v3.int8.onnx", "inception_v3-int8")]
    public void SecondStage_EachPrecision_ItsOwnFileAndAVersionNamingIt(ModelPrecision precision, string fileName, string modelName)
    {
        var spec = NsfwModelSpec.SecondStage(precision);

        Assert.Equal((fileName, modelName, 299), (spec.FileName, spec.ModelName, spec.InputSize));
        Assert.True(spec.IsSecondStage);
        Assert.Equal(precision == ModelPrecision.Int8, spec.IsInt8);
        Assert.StartsWith($"nsfwjs-{modelName}@", spec.ModelVersion(spec.Sha256), StringComparison.Ordinal);
    }

    [Fact]
    public void Imported_EveryNsfwFile_DistinctNamesAndHashes()
    {
        Assert.Equal(4, NsfwModelSpec.Imported.Count);
        Assert.Equal(4, NsfwModelSpec.Imported.Select(s => s.FileName).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(4, NsfwModelSpec.Imported.Select(s => s.Sha256).Distinct(StringComparer.Ordinal).Count());
        Assert.All(NsfwModelSpec.Imported, s => Assert.Matches("^[0-9a-f]{64}$", s.Sha256));
    }

    [Fact]
    public void SecondStage_PrecisionsChosenIndependently()
    {
        var cpu = Int8KernelSupport.Detect(Architecture.X64, Flags("avx2 avx512f avx512_vnni"));
        var options = new ImageScreeningOptions { FirstStagePrecision = ModelPrecision.Float32, SecondStagePrecision = ModelPrecision.Int8 };

        Assert.Same(NsfwModelSpec.MobileNetV2, NsfwModelSpec.FirstStage(options, cpu));
        Assert.Same(NsfwModelSpec.InceptionV3Int8, NsfwModelSpec.SecondStage(options, cpu));
        Assert.Same(NsfwModelSpec.InceptionV3, NsfwModelSpec.SecondStage(new ImageScreeningOptions { FirstStagePrecision = ModelPrecision.Int8 }, cpu));
    }

    [Fact]
    public void Validate_UnknownPrecision_Refused()
    {
        var options = new ImageScreeningOptions { SecondStagePrecision = (ModelPrecision)7 };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(ImageScreeningOptions.SecondStagePrecision)));
        Assert.Throws<ArgumentOutOfRangeException>(() => NsfwModelSpec.SecondStage((ModelPrecision)7));
    }

    [Theory]
    [InlineData(Architecture.X64, "fpu sse2 avx avx2 fma")]
    [InlineData(Architecture.X64, "avx2 avx512f avx512bw avx512vl")]
    [InlineData(Architecture.Arm64, "fp asimd")]
    public void SecondStage_Int8OnACpuWithoutValidatedKernels_RefusedNamingTheSetting(Architecture architecture, string flags)
    {
        var cpu = Int8KernelSupport.Detect(architecture, Flags(flags));

        var refused = Assert.Throws<UnvalidatedInt8KernelsException>(() => NsfwModelSpec.SecondStage(new ImageScreeningOptions { SecondStagePrecision = ModelPrecision.Int8 }, cpu));

        Assert.Equal("SecondStagePrecision", refused.Setting);
        Assert.Contains("ImageScreening:SecondStagePrecision is Int8", refused.Message, StringComparison.Ordinal);
        Assert.Contains("AllowInt8WithoutVnni", refused.Message, StringComparison.Ordinal);
        Assert.Same(NsfwModelSpec.InceptionV3, NsfwModelSpec.SecondStage(new ImageScreeningOptions(), cpu));
        Assert.Same(NsfwModelSpec.InceptionV3Int8, NsfwModelSpec.SecondStage(new ImageScreeningOptions { SecondStagePrecision = ModelPrecision.Int8, AllowInt8WithoutVnni = true }, cpu));
    }

    [Theory]
    [InlineData(Architecture.X64, "avx2 avx512f avx512_vnni")]
    [InlineData(Architecture.X64, "avx2 avx_vnni")]
    [InlineData(Architecture.Arm64, "fp asimd asimddp")]
    public void SecondStage_Int8OnACpuWithDotProductKernels_TheInt8File(Architecture architecture, string flags)
    {
        var cpu = Int8KernelSupport.Detect(architecture, Flags(flags));

        Assert.Same(NsfwModelSpec.InceptionV3Int8, NsfwModelSpec.SecondStage(new ImageScreeningOptions { SecondStagePrecision = ModelPrecision.Int8 }, cpu));
    }

    private static HashSet<string> Flags(string flags) => [.. flags.Split(' ')];
}
