namespace GenScreen.ModelImport.Quantization;

/// <summary>The calibrated range of one activation tensor (min and max seen over the calibration images).</summary>
internal readonly record struct ActivationRange(float Min, float Max)
{
    /// <summary>
    /// uint8 asymmetric parameters: the range widened to include 0 (so 0 is exact, as padding needs), scale = (max − min) / 255,
    /// zero point = round(−min / scale). A constant-zero tensor gets scale 1.
    /// </summary>
    public (float Scale, byte ZeroPoint) ToUint8()
    {
        var min = Math.Min(0f, Min);
        var max = Math.Max(0f, Max);
        if (max - min <= 0f)
        {
            return (1f, 0);
        }

        var scale = (max - min) / 255f;
        return (scale, (byte)Math.Clamp(Math.Round(-min / scale, MidpointRounding.ToEven), 0, 255));
    }

    /// <summary>
    /// The range rounded outwards to a grid of 16 steps an octave (the top 4 mantissa bits of a float32), by bit
    /// operations only: the few-ulp differences between CPUs' float kernels while calibrating then almost never change
    /// the quantized file, so the import stays byte-identical (its SHA-256 is recorded).
    /// </summary>
    public ActivationRange Rounded() => new(-RoundUp(-Min), RoundUp(Max));

    // A bound on the other side of 0 is replaced by 0 in ToUint8, so only positive values need rounding.
    private static float RoundUp(float value) => value > 0f && float.IsFinite(value) ? RoundUpMagnitude(value) : value;

    private static float RoundUpMagnitude(float magnitude)
    {
        if (magnitude == 0f)
        {
            return 0f;
        }

        const int dropped = 19; // 23 mantissa bits, keep 4
        var bits = BitConverter.SingleToInt32Bits(magnitude);
        var mask = (1 << dropped) - 1;
        if ((bits & mask) != 0)
        {
            bits = (bits & ~mask) + (1 << dropped);
        }

        return BitConverter.Int32BitsToSingle(bits);
    }
}
