using System.Diagnostics;
using System.Globalization;
using GenScreen.Core.Images.Faces;
using GenScreen.Images.Faces;
using GenScreen.ModelImport.FaceApi;

namespace GenScreen.Benchmarks;

/// <summary>
/// <c>face-timeline [rounds] [configuration]</c> (a diagnostic): where the whole face stage's wall time goes against its
/// CPU. Each <see cref="FaceAnalyzer.Analyze(ReadOnlyMemory{byte}, int, int, bool)"/> of the budget frame records, through
/// <see cref="FaceAnalyzer.StageMarks"/>, every stage's start and end on the thread that runs it: wall time since the
/// call began, the thread's CPU clock and the process's. Per stage it prints the medians of its start and end (ms since
/// the call began), its wall time, the running thread's CPU in it and the process's CPU in it (the detector's
/// intra-op threads show only there); then the gaps: wall time between one stage's end and the next one's start.
/// </summary>
internal static class FaceTimeline
{
    private const int Size = 1024;

    private readonly record struct Mark(string Stage, bool Start, int Thread, long Wall, long ThreadCpu, long ProcessCpu);

    public static void Run(TextWriter output, int rounds, FaceAnalyzerOptions options, string label)
    {
        var root = ImageBenchContext.Root;
        var rgb = FaceAnalysisBenchmarks.Sample4Letterboxed(root, Size);
        var files = FaceModelCache.EnsureFiles(root, detector: FaceDetectorKind.Tiny);
        var marks = new List<Mark>(64);
        var gate = new object();
        using var analyzer = new FaceAnalyzer(files, options)
        {
            StageMarks = (stage, start) =>
            {
                var mark = new Mark(stage, start, Environment.CurrentManagedThreadId, Stopwatch.GetTimestamp(), CpuClock.ThreadNanoseconds(), CpuClock.ProcessNanoseconds());
                lock (gate)
                {
                    marks.Add(mark);
                }
            },
        };
        for (var i = 0; i < 3; i++)
        {
            analyzer.Analyze(rgb, Size, Size);
        }

        // Per stage occurrence ("resize#0" is the first resize band to start): start, end, wall, thread CPU, process CPU.
        var rows = new Dictionary<string, List<double[]>>();
        var order = new List<string>();
        var wholeWall = new double[rounds];
        var wholeCpu = new double[rounds];
        var fastest = (Wall: double.MaxValue, Lines: new List<string>());
        for (var r = 0; r < rounds; r++)
        {
            marks.Clear();
            var caller = Environment.CurrentManagedThreadId;
            var cpu0 = CpuClock.ProcessNanoseconds();
            var wall0 = Stopwatch.GetTimestamp();
            analyzer.Analyze(rgb, Size, Size);
            wholeWall[r] = Stopwatch.GetElapsedTime(wall0).TotalMilliseconds;
            wholeCpu[r] = (CpuClock.ProcessNanoseconds() - cpu0) / 1e6;
            var seen = new Dictionary<string, int>();
            var lines = new List<string>();
            foreach (var start in marks.Where(m => m.Start).OrderBy(m => m.Wall))
            {
                var end = marks.First(m => !m.Start && m.Stage == start.Stage && m.Thread == start.Thread && m.Wall >= start.Wall);
                var n = seen.GetValueOrDefault(start.Stage);
                seen[start.Stage] = n + 1;
                var key = $"{start.Stage}#{n}";
                if (!rows.TryGetValue(key, out var list))
                {
                    rows[key] = list = [];
                    order.Add(key);
                }

                lines.Add(string.Create(CultureInfo.InvariantCulture, $"    {key,-14} thread {(start.Thread == caller ? "caller" : start.Thread.ToString(CultureInfo.InvariantCulture)),-7} {Stopwatch.GetElapsedTime(wall0, start.Wall).TotalMilliseconds,7:F3} → {Stopwatch.GetElapsedTime(wall0, end.Wall).TotalMilliseconds,7:F3} ms  thread CPU {(end.ThreadCpu - start.ThreadCpu) / 1e6,6:F3}  process CPU {(end.ProcessCpu - start.ProcessCpu) / 1e6,6:F3}"));
                list.Add([
                    Stopwatch.GetElapsedTime(wall0, start.Wall).TotalMilliseconds,
                    Stopwatch.GetElapsedTime(wall0, end.Wall).TotalMilliseconds,
                    Stopwatch.GetElapsedTime(start.Wall, end.Wall).TotalMilliseconds,
                    (end.ThreadCpu - start.ThreadCpu) / 1e6,
                    (end.ProcessCpu - start.ProcessCpu) / 1e6,
                    start.Thread == caller ? 1 : 0,
                ]);
            }

            if (wholeWall[r] < fastest.Wall)
            {
                fastest = (wholeWall[r], lines);
            }
        }

        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"face timeline [{label}], {rounds} rounds, {DateTime.UtcNow:HH:mm:ss} UTC, load average {load} at the end"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  whole Analyze: wall median {SampleStats.Median(wholeWall),7:F3} ms min {wholeWall.Min(),7:F3}  process CPU median {SampleStats.Median(wholeCpu),7:F3} ms min {wholeCpu.Min(),7:F3}  cores busy {SampleStats.Median(wholeCpu.Zip(wholeWall, (c, w) => c / w)):F2}"));
        output.WriteLine("  stage (occurrence)   n   start    end     wall   thread CPU  process CPU  on the calling thread");
        foreach (var key in order.OrderBy(k => SampleStats.Median(rows[k].Select(v => v[0]))))
        {
            var list = rows[key];
            double M(int i) => SampleStats.Median(list.Select(v => v[i]));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key,-18} {list.Count,4} {M(0),7:F3} {M(1),7:F3} {M(2),7:F3} {M(3),10:F3} {M(4),11:F3}  {list.Average(v => v[5]) * 100,5:F0} %"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  the fastest round ({fastest.Wall:F3} ms wall), stage by stage:"));
        foreach (var line in fastest.Lines)
        {
            output.WriteLine(line);
        }
    }
}
