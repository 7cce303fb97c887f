using System.ComponentModel.DataAnnotations;
using GenScreen.Core.Configuration;
using GenScreen.Images.Nsfw;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary><c>ImageScreening:FirstStagePrecision</c> picks the first stage's file; a value that names no precision is refused at start-up.</summary>
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
}
