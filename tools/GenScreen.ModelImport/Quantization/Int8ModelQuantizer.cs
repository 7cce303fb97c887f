using GenScreen.ModelImport.Onnx;

namespace GenScreen.ModelImport.Quantization;

/// <summary>
/// The int8 variant of an imported float model: BatchNormalization folded into its Conv
/// (<see cref="BatchNormFolding"/>), activation ranges calibrated on fixed images (<see cref="ActivationCalibrator"/>),
/// then QDQ int8 (<see cref="QdqQuantizer"/>). Deterministic: same float model and samples, same bytes. The file's
/// metadata names its precision and calibration set.
/// </summary>
internal static class Int8ModelQuantizer
{
    public const string Procedure =
        "static QDQ int8: BatchNormalization folded into Conv; weights int8 symmetric per output channel (Conv) or per tensor (Gemm/MatMul), " +
        "bias int32; activations uint8 asymmetric, min/max calibrated (ranges rounded outwards to 1/16 octave) on the inputs and outputs of every Conv/Gemm/MatMul";

    public static OnnxModel Quantize(OnnxModel model, IEnumerable<CalibrationSample> samples, string calibrationSet, int weightLevels = QdqQuantizer.FullWeightLevels)
    {
        ArgumentNullException.ThrowIfNull(model);
        var folded = model with { Graph = BatchNormFolding.Fold(model.Graph) };
        var tensors = QdqQuantizer.ActivationTensors(folded.Graph);
        var ranges = ActivationCalibrator.Calibrate(folded, tensors, samples);
        return folded with
        {
            DocString = $"{model.DocString} Quantized to int8 by GenScreen.ModelImport ({Procedure}); calibration: {calibrationSet}.",
            Graph = QdqQuantizer.Quantize(folded.Graph, ranges, weightLevels),
            Metadata = [.. model.Metadata, new("precision", "int8"), new("quantization", Procedure), new("calibration", calibrationSet)],
        };
    }
}
