using GenScreen.ModelImport.Keras;
using GenScreen.ModelImport.Onnx;
using GenScreen.ModelImport.Tfjs;

namespace GenScreen.ModelImport;

/// <summary>Converts a TF.js layers-model bundle to an ONNX model (opset 13) and serializes it deterministically.</summary>
internal static class TfjsLayersModelImporter
{
    /// <summary>Opset 13 (ONNX 1.8) has every operator needed (Clip with tensor bounds, Softmax on one axis) and runs anywhere.</summary>
    public const long OpsetVersion = 13;

    /// <summary>The IR version that goes with opset 13.</summary>
    public const long IrVersion = 7;

    /// <summary>Fixed producer identity: no assembly version or clock, so re-imports are byte-identical.</summary>
    // Recorded in the ONNX file (part of its SHA-256): the name the importer had when the hash was recorded, kept on purpose.
    public const string ProducerName = "GenScreen.Images.ModelImport";

    public const string ProducerVersion = "1";

    /// <param name="compactWeights">Store uint8-quantized kernels as their bytes, dequantized in the graph (a quarter of the file size).</param>
    public static byte[] ToOnnx(TfjsLayersModelBundle bundle, string docString, IReadOnlyList<KeyValuePair<string, string>> metadata, bool compactWeights = false) =>
        OnnxProtoWriter.Serialize(ToModel(bundle, docString, metadata, compactWeights));

    /// <summary>The converted model before serialization (the int8 import quantizes it first).</summary>
    public static OnnxModel ToModel(TfjsLayersModelBundle bundle, string docString, IReadOnlyList<KeyValuePair<string, string>> metadata, bool compactWeights = false)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var keras = KerasLayersModel.FromTopology(bundle.ModelTopology);
        var weights = TfjsWeightDecoder.Decode(bundle.Weights, bundle.WeightData);
        var graph = KerasOnnxConverter.Convert(keras, weights, compactWeights);
        return new OnnxModel(IrVersion, OpsetVersion, ProducerName, ProducerVersion, docString, graph, metadata);
    }
}
