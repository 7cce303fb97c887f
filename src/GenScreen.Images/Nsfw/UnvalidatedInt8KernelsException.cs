namespace GenScreen.Images.Nsfw;

/// <summary>
/// <c>ImageScreening:FirstStagePrecision=Int8</c> or <c>SecondStagePrecision=Int8</c> on a CPU whose int8 kernels are not the
/// validated ones (<see cref="Int8KernelSupport"/>): the host refuses to start rather than screen with results nobody checked.
/// </summary>
public sealed class UnvalidatedInt8KernelsException(string cpu, string setting) : InvalidOperationException(
    $"ImageScreening:{setting} is Int8, but this CPU ({cpu}) runs int8 models with other results than the validated ones " +
    "(benign images changed decision under strict). Use Float32, or set ImageScreening:AllowInt8WithoutVnni=true after running " +
    "NsfwPrecisionParityTests on this CPU kind (docs/images.md).")
{
    public string Cpu { get; } = cpu;

    /// <summary>The setting that asked for Int8.</summary>
    public string Setting { get; } = setting;
}
