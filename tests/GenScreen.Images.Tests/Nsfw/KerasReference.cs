namespace GenScreen.Images.Tests.Nsfw;

/// <summary>
/// Straightforward NHWC (batch 1) implementations of the Keras layers the importer maps, written from TensorFlow's
/// definitions with no layout tricks, as the ground truth for the converter test. Images are [H,W,C] row-major.
/// </summary>
internal static class KerasReference
{
    public static float[] ZeroPad(float[] x, int h, int w, int c, int top, int bottom, int left, int right)
    {
        var (oh, ow) = (h + top + bottom, w + left + right);
        var y = new float[oh * ow * c];
        for (var i = 0; i < h; i++)
        {
            Array.Copy(x, i * w * c, y, (((i + top) * ow) + left) * c, w * c);
        }

        return y;
    }

    /// <summary>Conv2D, kernel [kh,kw,cin,cout]; explicit top/left pads, output size given.</summary>
    public static float[] Conv(float[] x, int h, int w, int cin, float[] k, int kh, int kw, int cout, float[]? bias, int stride, int padTop, int padLeft, int oh, int ow)
    {
        var y = new float[oh * ow * cout];
        for (var oy = 0; oy < oh; oy++)
        {
            for (var ox = 0; ox < ow; ox++)
            {
                for (var o = 0; o < cout; o++)
                {
                    double sum = bias?[o] ?? 0;
                    for (var ky = 0; ky < kh; ky++)
                    {
                        for (var kx = 0; kx < kw; kx++)
                        {
                            var (iy, ix) = ((oy * stride) + ky - padTop, (ox * stride) + kx - padLeft);
                            if (iy < 0 || iy >= h || ix < 0 || ix >= w)
                            {
                                continue;
                            }

                            for (var i = 0; i < cin; i++)
                            {
                                sum += x[(((iy * w) + ix) * cin) + i] * k[(((((ky * kw) + kx) * cin) + i) * cout) + o];
                            }
                        }
                    }

                    y[(((oy * ow) + ox) * cout) + o] = (float)sum;
                }
            }
        }

        return y;
    }

    /// <summary>DepthwiseConv2D, kernel [kh,kw,c,m], output channel c*m+j, stride 1, SAME padding.</summary>
    public static float[] DepthwiseSame(float[] x, int h, int w, int c, float[] k, int kh, int kw, int m)
    {
        var y = new float[h * w * c * m];
        for (var oy = 0; oy < h; oy++)
        {
            for (var ox = 0; ox < w; ox++)
            {
                for (var ch = 0; ch < c; ch++)
                {
                    for (var j = 0; j < m; j++)
                    {
                        double sum = 0;
                        for (var ky = 0; ky < kh; ky++)
                        {
                            for (var kx = 0; kx < kw; kx++)
                            {
                                var (iy, ix) = (oy + ky - ((kh - 1) / 2), ox + kx - ((kw - 1) / 2));
                                if (iy >= 0 && iy < h && ix >= 0 && ix < w)
                                {
                                    sum += x[(((iy * w) + ix) * c) + ch] * k[(((((ky * kw) + kx) * c) + ch) * m) + j];
                                }
                            }
                        }

                        y[(((oy * w) + ox) * c * m) + (ch * m) + j] = (float)sum;
                    }
                }
            }
        }

        return y;
    }

    public static float[] BatchNorm(float[] x, int c, float[] gamma, float[] beta, float[] mean, float[] variance, double epsilon) =>
        x.Select((v, i) => (float)(((v - mean[i % c]) / Math.Sqrt(variance[i % c] + epsilon) * gamma[i % c]) + beta[i % c])).ToArray();

    public static float[] AveragePool(float[] x, int h, int w, int c, int ph, int pw)
    {
        var (oh, ow) = (h / ph, w / pw);
        var y = new float[oh * ow * c];
        for (var oy = 0; oy < oh; oy++)
        {
            for (var ox = 0; ox < ow; ox++)
            {
                for (var ch = 0; ch < c; ch++)
                {
                    double sum = 0;
                    for (var py = 0; py < ph; py++)
                    {
                        for (var px = 0; px < pw; px++)
                        {
                            sum += x[(((((oy * ph) + py) * w) + (ox * pw) + px) * c) + ch];
                        }
                    }

                    y[(((oy * ow) + ox) * c) + ch] = (float)(sum / (ph * pw));
                }
            }
        }

        return y;
    }

    public static float[] Dense(float[] x, float[] kernel, float[] bias) =>
        Enumerable.Range(0, bias.Length).Select(o => (float)(bias[o] + x.Select((v, i) => (double)v * kernel[(i * bias.Length) + o]).Sum())).ToArray();

    public static float[] Softmax(float[] x)
    {
        var max = x.Max();
        var exp = x.Select(v => Math.Exp(v - max)).ToArray();
        return exp.Select(v => (float)(v / exp.Sum())).ToArray();
    }
}
