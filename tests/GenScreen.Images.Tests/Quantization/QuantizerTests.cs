using GenScreen.Images.Decoding;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Tests.Nsfw;
using GenScreen.ModelImport;
using GenScreen.ModelImport.Onnx;
using GenScreen.ModelImport.Quantization;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Images.Tests.Quantization;

/// <summary>
/// The importer's int8 steps on the real MobileNetV2 graph and a real photo: BatchNorm folding keeps the outputs, the
/// QDQ graph has the structure ONNX Runtime fuses (int8 weights on every Conv, float logits before the Softmax), and the
/// calibration ranges are rounded so that tiny float differences do not change the file.
/// </summary>
[Collection(NsfwModelGroup.Name)]
public sealed class QuantizerTests(NsfwModelFixture fixture)
{
    private string NsfwjsPackage => Path.Combine(fixture.RepositoryRoot, "node_modules", "nsfwjs");

    [Fact]
    public void FoldBatchNorm_MobileNetV2_NoBatchNormLeftAndSameProbabilities()
    {
        var model = NsfwjsModelImporter.ImportMobileNetV2Model(NsfwjsPackage);
        var folded = model with { Graph = BatchNormFolding.Fold(model.Graph) };

        Assert.Contains(model.Graph.Nodes, n => n.OpType == "BatchNormalization");
        Assert.DoesNotContain(folded.Graph.Nodes, n => n.OpType == "BatchNormalization");
        var input = PhotoTensor();
        var expected = Run(model, input);
        var actual = Run(folded, input);
        Assert.All(expected.Zip(actual), p => Assert.InRange(Math.Abs(p.First - p.Second), 0, 1e-4));
    }

    [Fact]
    public void Quantize_MobileNetV2_Int8WeightsOnEveryConvAndFloatLogits()
    {
        var folded = NsfwjsModelImporter.ImportMobileNetV2Model(NsfwjsPackage);
        folded = folded with { Graph = BatchNormFolding.Fold(folded.Graph) };
        var tensors = QdqQuantizer.ActivationTensors(folded.Graph);
        var ranges = ActivationCalibrator.Calibrate(folded, tensors, [new CalibrationSample(PhotoTensor(), [1, 224, 224, 3])]);

        var graph = QdqQuantizer.Quantize(folded.Graph, ranges);

        var producers = graph.Nodes.SelectMany(n => n.Outputs.Select(o => (o, n))).ToDictionary(p => p.o, p => p.n);
        var initializers = graph.Initializers.ToDictionary(t => t.Name);
        var convs = graph.Nodes.Where(n => n.OpType == "Conv").ToList();
        Assert.Equal(folded.Graph.Nodes.Count(n => n.OpType == "Conv"), convs.Count);
        Assert.All(convs, conv =>
        {
            var weight = producers[conv.Inputs[1]];
            Assert.Equal("DequantizeLinear", weight.OpType);
            Assert.Equal(OnnxDataType.Int8, initializers[weight.Inputs[0]].DataType);
            Assert.Equal(OnnxDataType.Int32, initializers[producers[conv.Inputs[2]].Inputs[0]].DataType);
            Assert.Equal("DequantizeLinear", producers[conv.Inputs[0]].OpType);
        });
        var softmax = Assert.Single(graph.Nodes, n => n.OpType == "Softmax");
        Assert.NotEqual("DequantizeLinear", producers[softmax.Inputs[0]].OpType);
        Assert.DoesNotContain(graph.Initializers, t => t.DataType == OnnxDataType.Float && t.ElementCount > 4096);
    }

    [Theory]
    [InlineData(0.1f)]
    [InlineData(5.999f)]
    [InlineData(123.456f)]
    [InlineData(0.37f)]
    public void Rounded_Range_OutwardsToSixteenthOctaveAndStableUnderUlpNoise(float bound)
    {
        var rounded = new ActivationRange(-bound, bound).Rounded();
        var nudged = new ActivationRange(-MathF.BitIncrement(bound), MathF.BitIncrement(bound)).Rounded();

        Assert.InRange(rounded.Max, bound, bound * (1 + (1f / 16)));
        Assert.Equal(-rounded.Max, rounded.Min);
        Assert.Equal(rounded, rounded.Rounded());
        Assert.Equal(rounded, nudged);
    }

    [Fact]
    public void ToUint8_RangeAcrossZero_ZeroIsExact()
    {
        var (scale, zeroPoint) = new ActivationRange(-1.3f, 4.1f).ToUint8();
        var (positiveScale, positiveZero) = new ActivationRange(0.5f, 6f).ToUint8();

        // Level 0 and level 255 are the range's ends (within one step), and the zero point is the level of 0.
        Assert.InRange((0 - zeroPoint) * scale, -1.3f - scale, -1.3f + scale);
        Assert.InRange((255 - zeroPoint) * scale, 4.1f - scale, 4.1f + scale);
        Assert.Equal((byte)MathF.Round(1.3f / scale), zeroPoint);
        Assert.Equal(0, positiveZero);
        Assert.Equal(6f / 255f, positiveScale);
    }

    private float[] PhotoTensor()
    {
        var path = Path.Combine(fixture.RepositoryRoot, "node_modules", "@vladmandic", "face-api", "demo", "sample2.jpg");
        var frame = SafeImageDecoder.Decode(File.ReadAllBytes(path), null, path, new ImageDecodeLimits(), CancellationToken.None).Frames[0];
        return NsfwPreprocessing.ToInputTensor(frame.Rgb.Span, frame.Width, frame.Height);
    }

    private static float[] Run(OnnxModel model, float[] input)
    {
        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL };
        using var session = new InferenceSession(OnnxProtoWriter.Serialize(model), options);
        using var value = OrtValue.CreateTensorValueFromMemory(input, [1, 224, 224, 3]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, [NsfwModelInfo.InputName], [value], [NsfwModelInfo.OutputName]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }
}
