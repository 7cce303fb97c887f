namespace GenScreen.Core.Configuration;

/// <summary>
/// The numeric precision of a model file: the float32 import, or its int8 quantization (smaller, faster on CPUs with
/// int8 dot products, within the parity bound docs/performance.md states). The model version on every score names it.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members name numeric precisions as operators write them in configuration, not .NET types.")]
public enum ModelPrecision
{
    Float32,
    Int8,
}
