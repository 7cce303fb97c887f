using System.Diagnostics;
using System.Globalization;

namespace GenScreen.Benchmarks;

/// <summary>
/// The speed half of the int8 evaluations (<see cref="InceptionInt8Evaluation"/>, <see cref="RecognitionInt8Evaluation"/>):
/// the shipped model and its int8 candidate run on the same input in alternated order, pair by pair, so a loaded machine
/// moves both sides of every pair alike; the per-pair ratio is the figure to read.
/// </summary>
internal static class ShippedVersusInt8Timing
{
    /// <summary>Three warm-up runs of each, then <paramref name="pairs"/> alternated pairs; one summary line.</summary>
    /// <param name="what">The input, as the line names it.</param>
    /// <param name="msFormat">The format of the median times (their resolution differs by model).</param>
    public static string Measure(int pairs, Action shipped, Action int8, string what, string msFormat)
    {
        for (var i = 0; i < 3; i++)
        {
            shipped();
            int8();
        }

        var load = LoadAverage();
        var shippedMs = new List<double>();
        var int8Ms = new List<double>();
        var ratios = new List<double>();
        for (var i = 0; i < pairs; i++)
        {
            double f, q;
            if (i % 2 == 0)
            {
                f = Time(shipped);
                q = Time(int8);
            }
            else
            {
                q = Time(int8);
                f = Time(shipped);
            }

            shippedMs.Add(f);
            int8Ms.Add(q);
            ratios.Add(q / f);
        }

        var c = CultureInfo.InvariantCulture;
        return $"speed ({pairs} pairs, {what}, load {load} → {LoadAverage()}): shipped median {Quantile(shippedMs, 0.5).ToString(msFormat, c)} ms, " +
            $"int8 median {Quantile(int8Ms, 0.5).ToString(msFormat, c)} ms, per-pair int8/shipped median ×{Quantile(ratios, 0.5).ToString("0.00", c)} " +
            $"(quartiles {Quantile(ratios, 0.25).ToString("0.00", c)}–{Quantile(ratios, 0.75).ToString("0.00", c)})";
    }

    private static double Time(Action run)
    {
        var watch = Stopwatch.StartNew();
        run();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Round(q * (sorted.Count - 1))];
    }
}
