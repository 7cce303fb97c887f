using System.Text.Json.Nodes;
using GenScreen.ModelImport.Keras;
using GenScreen.ModelImport.Onnx;
using GenScreen.ModelImport.Tfjs;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>
/// A small model with every supported layer kind and deliberately unequal sizes (H≠W, kh≠kw, cin≠cout, depth multiplier 2,
/// a Flatten over 3 pixels) so any kernel-layout, padding or flatten-order mistake shows up, checked against
/// <see cref="KerasReference"/>.
/// </summary>
public sealed class KerasOnnxConverterTests
{
    private readonly Random _random = new(42);
    private readonly Dictionary<string, WeightTensor> _weights = new(StringComparer.Ordinal);

    [Fact]
    public void Convert_MobileNetStyleLayers_MatchesReferenceImplementation()
    {
        var model = KerasLayersModel.FromTopology(Topology());
        var conv = AddWeight("conv/kernel", 3, 2, 2, 3);
        var convBias = AddWeight("conv/bias", 3);
        var dw = AddWeight("dw/depthwise_kernel", 3, 3, 3, 2);
        var gamma = AddWeight("bn/gamma", 6);
        var beta = AddWeight("bn/beta", 6);
        var mean = AddWeight("bn/moving_mean", 6);
        var variance = AddWeight("bn/moving_variance", 6).Select(v => v + 1.5f).ToArray();
        _weights["bn/moving_variance"] = new WeightTensor([6], variance);
        var fc = AddWeight("fc/kernel", 18, 4);
        var fcBias = AddWeight("fc/bias", 4);
        var x = Enumerable.Range(0, 5 * 6 * 2).Select(_ => (float)_random.NextDouble()).ToArray();

        var onnx = OnnxProtoWriter.Serialize(new OnnxModel(7, 13, "test", "1", string.Empty, KerasOnnxConverter.Convert(model, _weights), []));
        using var session = new InferenceSession(onnx);
        using var input = OrtValue.CreateTensorValueFromMemory(x, [1, 5, 6, 2]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, ["input_1"], [input], ["fc"]);
        var actual = outputs[0].GetTensorDataAsSpan<float>().ToArray();

        var padded = KerasReference.ZeroPad(x, 5, 6, 2, 0, 1, 0, 1);
        var c1 = KerasReference.Conv(padded, 6, 7, 2, conv, 3, 2, 3, convBias, 2, 0, 0, 2, 3).Select(v => Math.Max(v, 0)).ToArray();
        var d1 = KerasReference.DepthwiseSame(c1, 2, 3, 3, dw, 3, 3, 2);
        var bn = KerasReference.BatchNorm(d1, 6, gamma, beta, mean, variance, 1e-3);
        var sum = bn.Select(v => v + Math.Clamp(v, 0, 6)).ToArray();
        var pooled = KerasReference.AveragePool(sum, 2, 3, 6, 2, 1);
        var expected = KerasReference.Softmax(KerasReference.Dense(pooled, fc, fcBias));

        Assert.Equal(4, actual.Length);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(expected[i], actual[i], 1e-5f);
        }
    }

    [Fact]
    public void Convert_ManifestWeightNoLayerUses_ThrowsInvalidDataException()
    {
        var model = KerasLayersModel.FromTopology(Topology());
        foreach (var (name, shape) in new (string, int[])[]
        {
            ("conv/kernel", [3, 2, 2, 3]), ("conv/bias", [3]), ("dw/depthwise_kernel", [3, 3, 3, 2]), ("bn/gamma", [6]), ("bn/beta", [6]),
            ("bn/moving_mean", [6]), ("bn/moving_variance", [6]), ("fc/kernel", [18, 4]), ("fc/bias", [4]), ("stray/kernel", [1]),
        })
        {
            AddWeight(name, shape);
        }

        var error = Assert.Throws<InvalidDataException>(() => KerasOnnxConverter.Convert(model, _weights));
        Assert.Contains("stray/kernel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_UnsupportedLayerClass_ThrowsNotSupportedException()
    {
        JsonArray layers =
        [
            Layer("input_1", "InputLayer", new JsonObject { ["batch_input_shape"] = new JsonArray(null, 5, 6, 2) }),
            Layer("lstm", "LSTM", new JsonObject(), "input_1"),
        ];
        var model = KerasLayersModel.FromTopology(Wrap(layers, "lstm"));

        Assert.Throws<NotSupportedException>(() => KerasOnnxConverter.Convert(model, _weights));
    }

    private float[] AddWeight(string name, params int[] shape)
    {
        var values = Enumerable.Range(0, shape.Aggregate(1, (a, b) => a * b)).Select(_ => (float)((_random.NextDouble() * 2) - 1)).ToArray();
        _weights[name] = new WeightTensor(shape, values);
        return values;
    }

    private static JsonObject Topology()
    {
        JsonArray layers =
        [
            Layer("input_1", "InputLayer", new JsonObject { ["batch_input_shape"] = new JsonArray(null, 5, 6, 2) }),
            Layer("pad", "ZeroPadding2D", new JsonObject { ["padding"] = new JsonArray(new JsonArray(0, 1), new JsonArray(0, 1)) }, "input_1"),
            Layer("conv", "Conv2D", new JsonObject
            {
                ["filters"] = 3, ["kernel_size"] = new JsonArray(3, 2), ["strides"] = new JsonArray(2, 2), ["padding"] = "valid",
                ["dilation_rate"] = new JsonArray(1, 1), ["use_bias"] = true, ["activation"] = "relu",
            }, "pad"),
            Layer("dw", "DepthwiseConv2D", new JsonObject
            {
                ["kernel_size"] = new JsonArray(3, 3), ["strides"] = new JsonArray(1, 1), ["padding"] = "same",
                ["depth_multiplier"] = 2, ["use_bias"] = false, ["activation"] = "linear",
            }, "conv"),
            Layer("bn", "BatchNormalization", new JsonObject { ["axis"] = -1, ["epsilon"] = 1e-3, ["center"] = true, ["scale"] = true }, "dw"),
            Layer("relu6", "ReLU", new JsonObject { ["max_value"] = 6, ["negative_slope"] = 0, ["threshold"] = 0 }, "bn"),
            Layer("add", "Add", new JsonObject(), "bn", "relu6"),
            Layer("pool", "AveragePooling2D", new JsonObject { ["pool_size"] = new JsonArray(2, 1), ["strides"] = new JsonArray(2, 1), ["padding"] = "valid" }, "add"),
            Layer("flatten", "Flatten", new JsonObject(), "pool"),
            Layer("drop", "Dropout", new JsonObject { ["rate"] = 0.5 }, "flatten"),
            Layer("fc", "Dense", new JsonObject { ["units"] = 4, ["activation"] = "softmax", ["use_bias"] = true }, "drop"),
        ];
        return Wrap(layers, "fc");
    }

    private static JsonObject Wrap(JsonArray layers, string output) =>
        new()
        {
            ["keras_version"] = "2.2.4",
            ["model_config"] = new JsonObject
            {
                ["class_name"] = "Model",
                ["config"] = new JsonObject
                {
                    ["name"] = "test",
                    ["layers"] = layers,
                    ["input_layers"] = new JsonArray(new JsonArray("input_1", 0, 0)),
                    ["output_layers"] = new JsonArray(new JsonArray(output, 0, 0)),
                },
            },
        };

    private static JsonObject Layer(string name, string className, JsonObject config, params string[] inputs) => new()
    {
        ["name"] = name,
        ["class_name"] = className,
        ["config"] = config,
        ["inbound_nodes"] = inputs.Length == 0
            ? new JsonArray()
            : new JsonArray(new JsonArray(inputs.Select(i => (JsonNode)new JsonArray(i, 0, 0, new JsonObject())).ToArray())),
    };
}
