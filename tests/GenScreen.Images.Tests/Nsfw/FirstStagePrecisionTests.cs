using System.ComponentModel.DataAnnotations;
using System.Runtime.InteropServices;
using GenScreen.Core.Configuration;
using GenScreen.Images.Nsfw;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>
/// <c>ImageScreening:FirstStagePrecision</c> picks the first stage's file; a value that names no precision is refused at start-up,
/// and so is Int8 on a CPU whose int8 kernels are not the validated ones (no VNNI) unless the operator allows it.
/// </summary>
public sealed class FirstStagePrecisionTests
{
    [Theory]
    [InlineData(ModelPrecision.Float32, "nsfw_mobilenet_v2.onnx", "mobilenet_v2")]
    [InlineData(ModelPrecision.Int8, "nsfw_mobilenet_v2.int8.onnx", "mobilenet_v2-int8")]
    public void FirstStage_EachPrecision_ItsOwnFileAndAVersionNamingIt(ModelPrecision precision, string fileName, string modelName)
    {
        var spec = NsfwModelSpec.FirstStage(precision);

        Assert.Equal((fileName, modelName, 224), (spec.FileName, spec.ModelName, spec.InputSize));
        Assert.StartsWith($"nsfwjs-{modelName}@", spec.ModelVersion(spec.Sha256), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownPrecision_Refused()
    {
        var options = new ImageScreeningOptions { FirstStagePrecision = (ModelPrecision)7 };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(ImageScreeningOptions.FirstStagePrecision)));
        Assert.Throws<ArgumentOutOfRangeException>(() => NsfwModelSpec.FirstStage((ModelPrecision)7));
    }

    [Theory]
    [InlineData(Architecture.X64, "fpu sse2 avx avx2 fma")]
    [InlineData(Architecture.X64, "avx2 avx512f avx512bw avx512vl")]
    [InlineData(Architecture.Arm64, "fp asimd")]
    public void FirstStage_Int8OnACpuWithoutValidatedKernels_RefusedNamingTheSetting(Architecture architecture, string flags)
    {
        var cpu = Int8KernelSupport.Detect(architecture, Flags(flags));

        var refused = Assert.Throws<UnvalidatedInt8KernelsException>(() => NsfwModelSpec.FirstStage(new ImageScreeningOptions { FirstStagePrecision = ModelPrecision.Int8 }, cpu));

        Assert.False(cpu.Exact);
        Assert.Contains("AllowInt8WithoutVnni", refused.Message, StringComparison.Ordinal);
        Assert.Equal("FirstStagePrecision", refused.Setting);
        Assert.Same(NsfwModelSpec.MobileNetV2, NsfwModelSpec.FirstStage(new ImageScreeningOptions(), cpu));
        Assert.Same(NsfwModelSpec.MobileNetV2Int8, NsfwModelSpec.FirstStage(new ImageScreeningOptions { FirstStagePrecision = ModelPrecision.Int8, AllowInt8WithoutVnni = true }, cpu));
    }

    [Theory]
    [InlineData(Architecture.X64, "avx2 avx512f avx512_vnni")]
    [InlineData(Architecture.X64, "avx2 avx_vnni")]
    [InlineData(Architecture.Arm64, "fp asimd asimddp")]
    public void FirstStage_Int8OnACpuWithDotProductKernels_TheInt8File(Architecture architecture, string flags)
    {
        var cpu = Int8KernelSupport.Detect(architecture, Flags(flags));

        Assert.True(cpu.Exact);
        Assert.Same(NsfwModelSpec.MobileNetV2Int8, NsfwModelSpec.FirstStage(new ImageScreeningOptions { FirstStagePrecision = ModelPrecision.Int8 }, cpu));
    }

    [Fact]
    public void ThisCpu_OnLinuxX64_ExactExactlyWhenCpuinfoListsVnni()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            return; // CI and Azure's Linux plans are Linux x64; elsewhere there is no /proc/cpuinfo to compare with
        }

        var flagsLine = File.ReadLines("/proc/cpuinfo").First(l => l.StartsWith("flags", StringComparison.Ordinal));
        var listed = flagsLine.Split(' ').Any(f => f is "avx512_vnni" or "avx_vnni");

        Assert.Equal(listed, Int8KernelSupport.ThisCpu.Exact);
    }

    private static HashSet<string> Flags(string flags) => [.. flags.Split(' ')];
}
