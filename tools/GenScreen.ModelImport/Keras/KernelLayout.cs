namespace GenScreen.ModelImport.Keras;

/// <summary>Reorders Keras (channels_last) convolution kernels into the layouts ONNX <c>Conv</c> expects.</summary>
internal static class KernelLayout
{
    /// <summary>Conv2D kernel <c>[kh,kw,cin,cout]</c> (HWIO) to <c>[cout,cin,kh,kw]</c> (OIHW).</summary>
    public static float[] HwioToOihw(ReadOnlySpan<float> src, int kh, int kw, int cin, int cout)
    {
        var dst = new float[src.Length];
        for (var y = 0; y < kh; y++)
        {
            for (var x = 0; x < kw; x++)
            {
                for (var i = 0; i < cin; i++)
                {
                    for (var o = 0; o < cout; o++)
                    {
                        dst[(((((o * cin) + i) * kh) + y) * kw) + x] = src[(((((y * kw) + x) * cin) + i) * cout) + o];
                    }
                }
            }
        }

        return dst;
    }

    /// <summary>
    /// DepthwiseConv2D kernel <c>[kh,kw,c,m]</c> to a grouped-conv kernel <c>[c*m,1,kh,kw]</c> with group=c:
    /// TF numbers the outputs <c>c*m+j</c>, which is exactly ONNX's group-major output order.
    /// </summary>
    public static float[] DepthwiseToGrouped(ReadOnlySpan<float> src, int kh, int kw, int channels, int multiplier)
    {
        var dst = new float[src.Length];
        for (var y = 0; y < kh; y++)
        {
            for (var x = 0; x < kw; x++)
            {
                for (var c = 0; c < channels; c++)
                {
                    for (var j = 0; j < multiplier; j++)
                    {
                        dst[(((((c * multiplier) + j) * kh) + y) * kw) + x] = src[(((((y * kw) + x) * channels) + c) * multiplier) + j];
                    }
                }
            }
        }

        return dst;
    }
}
