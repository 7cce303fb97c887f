using GenScreen.ModelImport.Onnx;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>The hand-written protobuf must be a model ONNX Runtime loads and runs, with every attribute kind and the metadata intact.</summary>
public sealed class OnnxProtoWriterTests
{
    private static OnnxModel TinyModel()
    {
        // Y = Clip(LeakyRelu(Transpose(X, [0,2,1]), 0.5) + B, -1, 4): exercises INTS, FLOAT, raw float and scalar initializers.
        OnnxNode[] nodes =
        [
            new("Transpose", "t", ["X"], ["xt"], [OnnxAttribute.Of("perm", 0L, 2L, 1L)]),
            new("LeakyRelu", "l", ["xt"], ["xl"], [OnnxAttribute.Of("alpha", 0.5f)]),
            new("Add", "a", ["xl", "B"], ["xa"], []),
            new("Clip", "c", ["xa", "lo", "hi"], ["Y"], []),
        ];
        OnnxTensor[] initializers =
        [
            OnnxTensor.FromFloats("B", [3, 2], [1, 2, 3, 4, 5, 6]),
            OnnxTensor.FromFloats("lo", [], [-1]),
            OnnxTensor.FromFloats("hi", [], [4]),
        ];
        var graph = new OnnxGraph(
            "tiny",
            nodes,
            initializers,
            [new OnnxValueInfo("X", OnnxDataType.Float, [OnnxDimension.Symbolic("N"), OnnxDimension.Fixed(2), OnnxDimension.Fixed(3)])],
            [new OnnxValueInfo("Y", OnnxDataType.Float, [OnnxDimension.Symbolic("N"), OnnxDimension.Fixed(3), OnnxDimension.Fixed(2)])]);
        return new OnnxModel(7, 13, "GenScreen.Tests", "1", "a tiny model", graph, [new("source", "unit test")]);
    }

    [Fact]
    public void Serialize_TinyModel_RunsInOnnxRuntime()
    {
        using var session = new InferenceSession(OnnxProtoWriter.Serialize(TinyModel()));
        float[] x = [-4, 0, 2, 10, -2, 1]; // [1,2,3]
        using var input = OrtValue.CreateTensorValueFromMemory(x, [1, 2, 3]);
        using var runOptions = new RunOptions();

        using var outputs = session.Run(runOptions, ["X"], [input], ["Y"]);

        // Transpose -> [[-4,10],[0,-2],[2,1]]; LeakyRelu(0.5) -> [[-2,10],[0,-1],[2,1]]; +B -> [[-1,12],[3,3],[7,7]]; Clip[-1,4].
        Assert.Equal(new float[] { -1, 4, 3, 3, 4, 4 }, outputs[0].GetTensorDataAsSpan<float>().ToArray());
        Assert.Equal([-1L, 3, 2], session.OutputMetadata["Y"].Dimensions.Select(d => (long)d));
    }

    [Fact]
    public void Serialize_ModelMetadata_IsReadBackByOnnxRuntime()
    {
        using var session = new InferenceSession(OnnxProtoWriter.Serialize(TinyModel()));

        var metadata = session.ModelMetadata;
        Assert.Equal("GenScreen.Tests", metadata.ProducerName);
        Assert.Equal("tiny", metadata.GraphName);
        Assert.Equal("a tiny model", metadata.Description);
        Assert.Equal("unit test", metadata.CustomMetadataMap["source"]);
    }

    [Fact]
    public void Serialize_SameModelTwice_ProducesIdenticalBytes()
    {
        Assert.Equal(OnnxProtoWriter.Serialize(TinyModel()), OnnxProtoWriter.Serialize(TinyModel()));
    }
}
