using GenScreen.ModelImport.Onnx;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.ModelImport.Quantization;

/// <summary>
/// Min/max calibration: runs the float model on ONNX Runtime (no graph optimisation, one thread, so the values are those
/// of the plain graph) with every tensor to calibrate exposed as an extra output, and records each tensor's smallest and
/// largest value over all samples, rounded outwards (<see cref="ActivationRange.Rounded"/>).
/// </summary>
internal static class ActivationCalibrator
{
    public static Dictionary<string, ActivationRange> Calibrate(OnnxModel model, IReadOnlyList<string> tensors, IEnumerable<CalibrationSample> samples)
    {
        ArgumentNullException.ThrowIfNull(model);
        var probe = model with
        {
            Graph = model.Graph with
            {
                Outputs = [.. tensors.Select(t => new OnnxValueInfo(t, OnnxDataType.Float, null))],
            },
        };
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL,
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
        };
        using var session = new InferenceSession(OnnxProtoWriter.Serialize(probe), options);
        var inputName = model.Graph.Inputs.Single().Name;
        var min = new float[tensors.Count];
        var max = new float[tensors.Count];
        Array.Fill(min, float.PositiveInfinity);
        Array.Fill(max, float.NegativeInfinity);
        var count = 0;
        foreach (var sample in samples)
        {
            using var input = OrtValue.CreateTensorValueFromMemory(sample.Data, sample.Shape);
            using var outputs = session.Run(new RunOptions(), [inputName], [input], tensors);
            for (var t = 0; t < tensors.Count; t++)
            {
                foreach (var v in outputs[t].GetTensorDataAsSpan<float>())
                {
                    min[t] = Math.Min(min[t], v);
                    max[t] = Math.Max(max[t], v);
                }
            }

            count++;
        }

        if (count == 0)
        {
            throw new InvalidOperationException("Calibration needs at least one sample.");
        }

        var ranges = new Dictionary<string, ActivationRange>(StringComparer.Ordinal);
        for (var t = 0; t < tensors.Count; t++)
        {
            ranges[tensors[t]] = new ActivationRange(min[t], max[t]).Rounded();
        }

        return ranges;
    }
}

/// <summary>One calibration input: the model's single input tensor (float32) and its shape.</summary>
internal sealed record CalibrationSample(float[] Data, long[] Shape);
