using System.Text.Json.Nodes;
using GenScreen.ModelImport.Keras;
using GenScreen.ModelImport.Onnx;
using GenScreen.ModelImport.Tfjs;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>
/// The layer kinds InceptionV3 adds, on a small model with unequal sizes (H≠W, odd widths), checked against plain
/// loops: Conv2D without bias into BatchNormalization with scale=false, SAME 3×3/1 average pooling (TensorFlow divides
/// by the real cells only, so the border averages differ from a zero-padded mean), MaxPooling2D 3×3/2 valid,
/// Concatenate on channels. Then the same model with its uint8 kernels stored compactly must give the same outputs.
/// </summary>
public sealed class KerasOnnxConverterInceptionTests
{
    private const int H = 5;
    private const int W = 7;
    private const int Cin = 2;
    private const int Filters = 3;
    private readonly Random _random = new(7);

    [Fact]
    public void Convert_InceptionStyleLayers_MatchesReference()
    {
        var (weights, kernel, beta, mean, variance) = Weights();
        var x = Enumerable.Range(0, H * W * Cin).Select(_ => (float)_random.NextDouble()).ToArray();

        var actual = Run(KerasOnnxConverter.Convert(KerasLayersModel.FromTopology(Topology()), weights), x);

        // conv (same, no bias) → bn (γ = 1) → relu
        var conv = KerasReference.Conv(x, H, W, Cin, kernel, 3, 3, Filters, null, 1, 1, 1, H, W);
        var bn = KerasReference.BatchNorm(conv, Filters, [.. Enumerable.Repeat(1f, Filters)], beta, mean, variance, 1e-3).Select(v => Math.Max(v, 0f)).ToArray();
        var avg = Pool(bn, H, W, Filters, 3, 1, same: true, max: false, out var ah, out var aw);
        var maxed = Pool(bn, H, W, Filters, 3, 2, same: false, max: true, out var mh, out var mw);
        Assert.Equal((5, 7, 2, 3), (ah, aw, mh, mw));
        // mixed = Concatenate(avg, relu) on channels, then Flatten in H, W, C order.
        var concat = new float[ah * aw * Filters * 2];
        for (var p = 0; p < ah * aw; p++)
        {
            for (var c = 0; c < Filters; c++)
            {
                concat[(p * Filters * 2) + c] = avg[(p * Filters) + c];
                concat[(p * Filters * 2) + Filters + c] = bn[(p * Filters) + c];
            }
        }

        var expected = concat.Concat(maxed).ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 1e-5f);
        }
    }

    [Fact]
    public void Convert_CompactUint8Kernels_SameOutputsAsFloat()
    {
        var (weights, _, _, _, _) = Weights();
        var x = Enumerable.Range(0, H * W * Cin).Select(_ => (float)_random.NextDouble()).ToArray();
        var model = KerasLayersModel.FromTopology(Topology());

        var asFloat = Run(KerasOnnxConverter.Convert(model, weights), x);
        var compact = KerasOnnxConverter.Convert(model, weights, compactWeights: true);
        var asBytes = Run(compact, x);

        Assert.Contains(compact.Initializers, t => t.DataType == OnnxDataType.Uint8);
        Assert.Equal(asFloat.Length, asBytes.Length);
        for (var i = 0; i < asFloat.Length; i++)
        {
            Assert.Equal(asFloat[i], asBytes[i], 1e-5f);
        }
    }

    private (Dictionary<string, WeightTensor> Weights, float[] Kernel, float[] Beta, float[] Mean, float[] Variance) Weights()
    {
        // The kernel is uint8-quantized like nsfwjs's: w = float32(q * scale + min).
        const double scale = 0.0123, min = -1.4;
        var q = Enumerable.Range(0, 3 * 3 * Cin * Filters).Select(_ => (byte)_random.Next(256)).ToArray();
        var kernel = q.Select(b => (float)((b * scale) + min)).ToArray();
        float[] beta = [0.1f, -0.2f, 0.3f], mean = [0.05f, -0.1f, 0.2f], variance = [1.5f, 0.7f, 2.2f];
        var weights = new Dictionary<string, WeightTensor>(StringComparer.Ordinal)
        {
            ["conv/kernel"] = new WeightTensor([3, 3, Cin, Filters], kernel, q, new TfjsQuantization("uint8", scale, min)),
            ["bn/beta"] = new WeightTensor([Filters], beta),
            ["bn/moving_mean"] = new WeightTensor([Filters], mean),
            ["bn/moving_variance"] = new WeightTensor([Filters], variance),
        };
        return (weights, kernel, beta, mean, variance);
    }

    private static float[] Run(OnnxGraph graph, float[] x)
    {
        var onnx = OnnxProtoWriter.Serialize(new OnnxModel(7, 13, "test", "1", string.Empty, graph, []));
        using var session = new InferenceSession(onnx);
        using var input = OrtValue.CreateTensorValueFromMemory(x, [1, H, W, Cin]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, ["input_1"], [input], ["flat_mixed", "flat_max"]);
        return [.. outputs[0].GetTensorDataAsSpan<float>().ToArray(), .. outputs[1].GetTensorDataAsSpan<float>().ToArray()];
    }

    /// <summary>TensorFlow pooling, NHWC; SAME pads with the odd cell after, and an average counts real cells only.</summary>
    private static float[] Pool(float[] x, int h, int w, int c, int k, int stride, bool same, bool max, out int oh, out int ow)
    {
        oh = same ? (h + stride - 1) / stride : ((h - k) / stride) + 1;
        ow = same ? (w + stride - 1) / stride : ((w - k) / stride) + 1;
        var padTop = same ? Math.Max(((oh - 1) * stride) + k - h, 0) / 2 : 0;
        var padLeft = same ? Math.Max(((ow - 1) * stride) + k - w, 0) / 2 : 0;
        var y = new float[oh * ow * c];
        for (var oy = 0; oy < oh; oy++)
        {
            for (var ox = 0; ox < ow; ox++)
            {
                for (var ch = 0; ch < c; ch++)
                {
                    var acc = max ? float.NegativeInfinity : 0f;
                    var count = 0;
                    for (var ky = 0; ky < k; ky++)
                    {
                        for (var kx = 0; kx < k; kx++)
                        {
                            var iy = (oy * stride) + ky - padTop;
                            var ix = (ox * stride) + kx - padLeft;
                            if (iy < 0 || iy >= h || ix < 0 || ix >= w)
                            {
                                continue;
                            }

                            var v = x[(((iy * w) + ix) * c) + ch];
                            acc = max ? Math.Max(acc, v) : acc + v;
                            count++;
                        }
                    }

                    y[(((oy * ow) + ox) * c) + ch] = max ? acc : acc / count;
                }
            }
        }

        return y;
    }

    /// <summary>
    /// input (5×7×2) → conv 3×3 same, no bias → bn (scale=false) → relu; output <c>flat_mixed</c>: Concatenate(avg 3×3/1
    /// same of relu, relu) flattened; output <c>flat_max</c>: max 3×3/2 valid of relu, flattened.
    /// </summary>
    private static JsonObject Topology()
    {
        JsonArray layers =
        [
            Layer("input_1", "InputLayer", new JsonObject { ["batch_input_shape"] = new JsonArray(null, H, W, Cin) }),
            Layer("conv", "Conv2D", new JsonObject
            {
                ["filters"] = Filters, ["kernel_size"] = new JsonArray(3, 3), ["strides"] = new JsonArray(1, 1), ["padding"] = "same",
                ["dilation_rate"] = new JsonArray(1, 1), ["use_bias"] = false, ["activation"] = "linear",
            }, "input_1"),
            Layer("bn", "BatchNormalization", new JsonObject { ["axis"] = 3, ["epsilon"] = 1e-3, ["center"] = true, ["scale"] = false }, "conv"),
            Layer("relu", "Activation", new JsonObject { ["activation"] = "relu" }, "bn"),
            Layer("avg", "AveragePooling2D", new JsonObject { ["pool_size"] = new JsonArray(3, 3), ["strides"] = new JsonArray(1, 1), ["padding"] = "same" }, "relu"),
            Layer("mixed", "Concatenate", new JsonObject { ["axis"] = 3 }, "avg", "relu"),
            Layer("flat_mixed", "Flatten", new JsonObject(), "mixed"),
            Layer("max", "MaxPooling2D", new JsonObject { ["pool_size"] = new JsonArray(3, 3), ["strides"] = new JsonArray(2, 2), ["padding"] = "valid" }, "relu"),
            Layer("flat_max", "Flatten", new JsonObject(), "max"),
        ];
        return Wrap(layers);
    }

    private static JsonObject Wrap(JsonArray layers) =>
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
                    ["output_layers"] = new JsonArray(new JsonArray("flat_mixed", 0, 0), new JsonArray("flat_max", 0, 0)),
                },
            },
        };

    private static JsonObject Layer(string name, string className, JsonObject config, params string[] inputs) => new()
    {
        ["name"] = name,
        ["class_name"] = className,
        ["config"] = config,
        ["inbound_nodes"] = inputs.Length == 0 ? new JsonArray() : new JsonArray(new JsonArray([.. inputs.Select(i => (JsonNode)new JsonArray(i, 0, 0, new JsonObject()))])),
    };
}
