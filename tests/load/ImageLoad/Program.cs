// Uploader and meter of tests/load/image-load.sh: uploads N 1024x1024 images (PNG and JPEG q90, alternating, from
// four real photos) to the incoming container of a running `genscreen serve`, polls the ImageVerdicts table until
// every image has its verdict row (and its action), and samples the server's memory from /proc.
// Traffic goes to 127.0.0.1 only; every loop is bounded by --count or by --timeout-seconds.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GenScreen.Benchmarks;
using GenScreen.Load.Images;

var o = LoadOptions.Parse(args);
var root = o.Root ?? FindRoot();
var timeout = TimeSpan.FromSeconds(o.TimeoutSeconds);
using var cts = new CancellationTokenSource(timeout + TimeSpan.FromSeconds(300)); // hard stop for everything below (warm-up included)

// 1. Payloads, made before the clock starts: each photo as PNG and as JPEG; blob i gets payload i % payloads.Count.
var payloads = new List<Payload>();
foreach (var photo in BenchImages.LoadPhotos)
{
    using var bitmap = BenchImages.Resized(root, photo, BenchImages.Side, BenchImages.Side);
    payloads.Add(new Payload($"{photo}.png", "image/png", BinaryData.FromBytes(BenchImages.EncodePng(bitmap))));
    payloads.Add(new Payload($"{photo}.jpg", "image/jpeg", BinaryData.FromBytes(BenchImages.EncodeJpeg(bitmap))));
}

Console.WriteLine($"payloads: {string.Join(", ", payloads.Select(p => $"{p.Name} {p.Data.ToMemory().Length / 1024} KB"))}");

var connection =
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" + // Azurite's published dev key
    $"BlobEndpoint=http://127.0.0.1:{o.BlobPort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{o.TablePort}/devstoreaccount1;";
var container = new BlobServiceClient(connection).GetBlobContainerClient(o.Container);
await container.CreateIfNotExistsAsync(cancellationToken: cts.Token);
var table = new TableClient(connection, o.Table);
var runId = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

// 2. Warm-up: JIT, the ONNX session's first runs, connection pools. Not measured.
var warmupPrefix = $"warmup-{runId}/";
var warmupStarted = Stopwatch.GetTimestamp();
await UploadAsync(container, payloads, warmupPrefix, o.Warmup, o.Concurrency, cts.Token);
var warm = await Poller.WaitAsync(table, o.Container, warmupPrefix, o.Warmup, o.PollMilliseconds, TimeSpan.FromSeconds(Math.Min(180, o.TimeoutSeconds)), cts.Token);
if (warm.VerdictsObservedAt is null)
{
    Console.Error.WriteLine($"warm-up: only {warm.Rows.Count} of {o.Warmup} verdict rows within the time limit; is the server watching '{o.Container}'?");
    return 1;
}

Console.WriteLine($"warm-up: {o.Warmup} images screened in {Stopwatch.GetElapsedTime(warmupStarted).TotalSeconds:F1} s");
await Task.Delay(TimeSpan.FromSeconds(2), cts.Token); // let the last actions and the GC settle

// 3. Memory baseline, then reset the peak (VmHWM) so it covers the measured run only.
var server = o.ServerPid is { } sp ? new ProcMemory(sp) : null;
var azurite = o.AzuritePid is { } ap ? new ProcMemory(ap) : null;
var serverPeakBeforeReset = server?.Read().HwmKb;
var serverBaseline = server?.Read().RssKb;
var azuriteBaseline = azurite?.Read().RssKb;
var peakReset = server?.ResetPeak() ?? false;
azurite?.ResetPeak();
using var samplerStop = CancellationTokenSource.CreateLinkedTokenSource(cts.Token);
var sampler = Task.Run(() => ProcMemory.SampleAsync(server, azurite, TimeSpan.FromMilliseconds(50), samplerStop.Token));

// 4. The measured run: upload everything as fast as --concurrency allows, poll until every verdict and action is in.
var prefix = $"load-{runId}/";
var cpuBefore = CpuTimes.Take(o.ServerPid, o.AzuritePid);
var t0 = DateTimeOffset.UtcNow;
var clock = Stopwatch.StartNew();
var uploads = await UploadAsync(container, payloads, prefix, o.Count, o.Concurrency, cts.Token);
var uploadSeconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"uploaded {o.Count} images in {uploadSeconds:F2} s ({o.Count / uploadSeconds:F1}/s, {o.Concurrency} at a time)");
var run = await Poller.WaitAsync(table, o.Container, prefix, o.Count, o.PollMilliseconds, timeout, cts.Token, clock);
var cpu = CpuTimes.Take(o.ServerPid, o.AzuritePid).Since(cpuBefore);
await samplerStop.CancelAsync();
var samples = await sampler;
var serverEnd = server?.Read();
var azuriteEnd = azurite?.Read();

// 5. Figures.
var rows = run.Rows.Values.ToList();
var screenedAt = rows.Select(r => (r.ScreenedAt - t0).TotalSeconds).Order().ToList();
double? Rate(double? seconds) => seconds is > 0 ? o.Count / seconds : null;
var lastVerdictSeconds = screenedAt.Count == o.Count ? screenedAt[^1] : (double?)null;
var steady = screenedAt.Count == o.Count && o.Count >= 20
    ? (Count: (int)(0.9 * o.Count) - (int)(0.1 * o.Count), Seconds: screenedAt[(int)(0.9 * o.Count) - 1] - screenedAt[(int)(0.1 * o.Count) - 1])
    : (Count: 0, Seconds: 0.0);
var queueToVerdict = rows.Where(r => uploads.ContainsKey(r.BlobName)).Select(r => (r.ScreenedAt - uploads[r.BlobName]).TotalMilliseconds).ToList();
var maxInFlight = MaxOverlap(rows.Select(r => (Start: r.ScreenedAt.AddMilliseconds(-r.TotalMs), End: r.ScreenedAt)));
var serverPeakKb = serverEnd?.HwmKb;
var deltaMb = serverPeakKb is { } peak && serverBaseline is { } baseKb ? (peak - baseKb) / 1024.0 : (double?)null;

var result = new
{
    runId,
    o.Count,
    o.Concurrency,
    o.Warmup,
    payloads = payloads.Select(p => new { p.Name, Bytes = p.Data.ToMemory().Length }),
    complete = run.ActionsObservedAt is not null,
    verdictRows = rows.Count,
    uploadSeconds,
    lastVerdictSeconds,
    imagesPerSecondToLastVerdict = Rate(lastVerdictSeconds),
    verdictsObservedSeconds = run.VerdictsObservedAt,
    imagesPerSecondObserved = Rate(run.VerdictsObservedAt),
    actionsObservedSeconds = run.ActionsObservedAt,
    imagesPerSecondWithActions = Rate(run.ActionsObservedAt),
    steadyStateImagesPerSecond = steady.Seconds > 0 ? steady.Count / steady.Seconds : (double?)null,
    uploadToVerdictMs = Percentiles(queueToVerdict),
    serviceTotalMs = Percentiles(rows.Select(r => r.TotalMs).ToList()),
    decodeMs = Percentiles(rows.Select(r => r.DecodeMs).ToList()),
    inferenceMs = Percentiles(rows.Select(r => r.InferenceMs).ToList()),
    decisions = rows.GroupBy(r => r.Decision).ToDictionary(g => g.Key, g => g.Count()),
    actions = rows.GroupBy(r => r.Action).ToDictionary(g => g.Key, g => g.Count()),
    formats = rows.GroupBy(r => r.Format).ToDictionary(g => g.Key, g => g.Count()),
    maxScreeningsInFlight = maxInFlight,
    cpu = new
    {
        seconds = cpu.WallSeconds,
        machineBusyPercent = cpu.MachineBusyPercent,
        cores = Environment.ProcessorCount,
        serverCpuSeconds = cpu.ServerSeconds,
        azuriteCpuSeconds = cpu.AzuriteSeconds,
        uploaderCpuSeconds = cpu.UploaderSeconds,
        otherProcessesCpuSeconds = cpu.OtherSeconds,
        serverCpuMsPerImage = cpu.ServerSeconds * 1000 / o.Count,
        azuriteCpuMsPerImage = cpu.AzuriteSeconds * 1000 / o.Count,
    },
    memory = new
    {
        serverPid = o.ServerPid,
        serverPeakBeforeResetMb = serverPeakBeforeReset / 1024.0,
        peakReset,
        serverBaselineRssMb = serverBaseline / 1024.0,
        serverPeakRssMb = serverPeakKb / 1024.0,
        serverPeakSampledRssMb = samples.ServerMaxKb / 1024.0,
        serverEndRssMb = serverEnd?.RssKb / 1024.0,
        serverPeakAboveBaselineMb = deltaMb,
        estimatedPeakMbPerImageInFlight = deltaMb is { } d && maxInFlight > 0 ? d / maxInFlight : (double?)null,
        azuritePid = o.AzuritePid,
        azuriteBaselineRssMb = azuriteBaseline / 1024.0,
        azuritePeakRssMb = azuriteEnd?.HwmKb / 1024.0,
        samples = samples.Count,
    },
};

var json = JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true });
if (o.Out is { } outPath)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
    await File.WriteAllTextAsync(outPath, json);
}

Console.WriteLine(json);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"SUMMARY {rows.Count}/{o.Count} images: {Rate(lastVerdictSeconds):F1} images/s to the last verdict row ({lastVerdictSeconds:F2} s), " +
    $"{Rate(run.ActionsObservedAt):F1}/s with actions as polled, steady {result.steadyStateImagesPerSecond:F1}/s; " +
    $"server peak RSS {serverPeakKb / 1024.0:F0} MB (baseline {serverBaseline / 1024.0:F0} MB, +{deltaMb:F0} MB, ~{result.memory.estimatedPeakMbPerImageInFlight:F1} MB per image in flight, max {maxInFlight} in flight); " +
    $"machine CPU busy {cpu.MachineBusyPercent:F0}% (server {cpu.ServerSeconds:F1} s, Azurite {cpu.AzuriteSeconds:F1} s, uploader {cpu.UploaderSeconds:F1} s, other processes {cpu.OtherSeconds:F1} s)"));
if (run.ActionsObservedAt is null)
{
    Console.Error.WriteLine($"incomplete: {rows.Count} of {o.Count} verdict rows, {rows.Count(r => r.IsFinal)} with their action, within {o.TimeoutSeconds} s");
    return 1;
}

return 0;

static async Task<Dictionary<string, DateTimeOffset>> UploadAsync(BlobContainerClient container, List<Payload> payloads, string prefix, int count, int concurrency, CancellationToken ct)
{
    var done = new Dictionary<string, DateTimeOffset>();
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct }, async (i, token) =>
    {
        var payload = payloads[i % payloads.Count];
        var name = $"{prefix}{i:D5}-{payload.Name}";
        await container.GetBlobClient(name).UploadAsync(payload.Data, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = payload.ContentType } }, token);
        lock (done)
        {
            done[name] = DateTimeOffset.UtcNow;
        }
    });
    return done;
}

static object? Percentiles(List<double> values)
{
    if (values.Count == 0)
    {
        return null;
    }

    values.Sort();
    double At(double q) => values[Math.Min(values.Count - 1, (int)Math.Floor(q * values.Count))];
    var median = values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    return new { median, p90 = At(0.90), p95 = At(0.95), min = values[0], max = values[^1], n = values.Count };
}

static int MaxOverlap(IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> intervals)
{
    var events = intervals.SelectMany(i => new[] { (i.Start, +1), (i.End, -1) }).OrderBy(e => e.Item1).ThenBy(e => e.Item2).ToList();
    int current = 0, max = 0;
    foreach (var (_, delta) in events)
    {
        current += delta;
        max = Math.Max(max, current);
    }

    return max;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run inside the GenScreen clone or pass --root.");
}

namespace GenScreen.Load.Images
{
    internal sealed record Payload(string Name, string ContentType, BinaryData Data);

    internal sealed class LoadOptions
    {
        public int BlobPort { get; private set; }
        public int TablePort { get; private set; }
        public int Count { get; private set; } = 200;
        public int Concurrency { get; private set; } = 4;
        public int Warmup { get; private set; } = 4;
        public int PollMilliseconds { get; private set; } = 100;
        public int TimeoutSeconds { get; private set; } = 600;
        public string Container { get; private set; } = "generated";
        public string Table { get; private set; } = "ImageVerdicts";
        public int? ServerPid { get; private set; }
        public int? AzuritePid { get; private set; }
        public string? Out { get; private set; }
        public string? Root { get; private set; }

        public static LoadOptions Parse(string[] args)
        {
            var o = new LoadOptions();
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                var v = args[i + 1];
                int Int() => int.Parse(v, CultureInfo.InvariantCulture);
                switch (args[i])
                {
                    case "--blob-port": o.BlobPort = Int(); break;
                    case "--table-port": o.TablePort = Int(); break;
                    case "--count": o.Count = Math.Clamp(Int(), 1, 10_000); break;
                    case "--concurrency": o.Concurrency = Math.Clamp(Int(), 1, 64); break;
                    case "--warmup": o.Warmup = Math.Clamp(Int(), 1, 100); break;
                    case "--poll-ms": o.PollMilliseconds = Math.Clamp(Int(), 20, 5_000); break;
                    case "--timeout-seconds": o.TimeoutSeconds = Math.Clamp(Int(), 10, 3_600); break;
                    case "--container": o.Container = v; break;
                    case "--table": o.Table = v; break;
                    case "--server-pid": o.ServerPid = Int(); break;
                    case "--azurite-pid": o.AzuritePid = Int(); break;
                    case "--out": o.Out = v; break;
                    case "--root": o.Root = v; break;
                    default: throw new ArgumentException($"unknown option {args[i]}");
                }
            }

            if (o.BlobPort <= 0 || o.TablePort <= 0)
            {
                throw new ArgumentException("--blob-port and --table-port (Azurite on 127.0.0.1) are required");
            }

            return o;
        }
    }

    internal sealed record VerdictRow(string BlobName, string Decision, string Action, string Format, DateTimeOffset ScreenedAt, double TotalMs, double DecodeMs, double InferenceMs)
    {
        public bool IsFinal => Action is "Tagged" or "Quarantined" or "SourceChanged";
    }

    internal sealed record PollResult(Dictionary<string, VerdictRow> Rows, double? VerdictsObservedAt, double? ActionsObservedAt);

    internal static class Poller
    {
        private static readonly string[] Columns = ["BlobName", "Decision", "Action", "Format", "ScreenedAt", "TotalMs", "DecodeMs", "InferenceMs"];

        /// <summary>Polls the verdict rows of the blobs under <paramref name="prefix"/> until all <paramref name="count"/> have their action, or the time limit.</summary>
        public static async Task<PollResult> WaitAsync(
            TableClient table, string container, string prefix, int count, int pollMs, TimeSpan limit, CancellationToken ct, Stopwatch? clock = null)
        {
            // Times are reported from the caller's clock (the measured run's t0) when given, else from this call.
            clock ??= Stopwatch.StartNew();
            var start = clock.Elapsed;
            // '/' + 1 == '0': every name that starts with the prefix sorts in [prefix, prefix with its last char bumped).
            var filter = TableClient.CreateQueryFilter($"Container eq {container} and BlobName ge {prefix} and BlobName lt {prefix[..^1] + (char)(prefix[^1] + 1)}");
            var rows = new Dictionary<string, VerdictRow>();
            double? verdictsAt = null;
            while (clock.Elapsed - start < limit)
            {
                try
                {
                    await foreach (var e in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: Columns, cancellationToken: ct))
                    {
                        var row = new VerdictRow(
                            e.GetString("BlobName") ?? string.Empty,
                            e.GetString("Decision") ?? "?",
                            e.GetString("Action") ?? "?",
                            e.GetString("Format") ?? "?",
                            e.GetDateTimeOffset("ScreenedAt") ?? DateTimeOffset.MinValue,
                            e.GetDouble("TotalMs") ?? 0,
                            e.GetDouble("DecodeMs") ?? 0,
                            e.GetDouble("InferenceMs") ?? 0);
                        rows[row.BlobName] = row;
                    }
                }
                catch (Azure.RequestFailedException ex) when (ex.Status == 404)
                {
                    // the server creates the table with its first verdict
                }

                var elapsed = clock.Elapsed.TotalSeconds;
                if (rows.Count >= count && verdictsAt is null)
                {
                    verdictsAt = elapsed;
                }

                if (rows.Count >= count && rows.Values.All(r => r.IsFinal))
                {
                    return new PollResult(rows, verdictsAt, elapsed);
                }

                await Task.Delay(pollMs, ct);
            }

            return new PollResult(rows, verdictsAt, null);
        }
    }

    /// <summary>CPU time from /proc: the machine (all cores), the server, Azurite and this process.</summary>
    internal sealed record CpuTimes(long Timestamp, double MachineBusy, double MachineTotal, double Server, double Azurite, double Uploader)
    {
        private const double TicksPerSecond = 100; // USER_HZ on Linux

        public static CpuTimes Take(int? serverPid, int? azuritePid)
        {
            // First line of /proc/stat: cpu user nice system idle iowait irq softirq steal ...
            var f = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
                .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var total = f.Sum();
            var busy = total - f[3] - f[4];
            return new CpuTimes(
                Stopwatch.GetTimestamp(), busy / TicksPerSecond, total / TicksPerSecond, Process(serverPid), Process(azuritePid),
                System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
        }

        public CpuUse Since(CpuTimes before)
        {
            var wall = Stopwatch.GetElapsedTime(before.Timestamp, Timestamp).TotalSeconds;
            var busy = MachineBusy - before.MachineBusy;
            var total = MachineTotal - before.MachineTotal;
            var server = Server - before.Server;
            var azurite = Azurite - before.Azurite;
            var uploader = Uploader - before.Uploader;
            return new CpuUse(wall, total > 0 ? 100 * busy / total : 0, server, azurite, uploader, Math.Max(0, busy - server - azurite - uploader));
        }

        private static double Process(int? pid)
        {
            if (pid is null)
            {
                return 0;
            }

            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            }
            catch (IOException)
            {
                return 0;
            }
        }
    }

    internal sealed record CpuUse(double WallSeconds, double MachineBusyPercent, double ServerSeconds, double AzuriteSeconds, double UploaderSeconds, double OtherSeconds);

    internal sealed class ProcMemory(int pid)
    {
        public (long RssKb, long HwmKb) Read()
        {
            long rss = 0, hwm = 0;
            try
            {
                foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                {
                    if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    {
                        rss = Kb(line);
                    }
                    else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    {
                        hwm = Kb(line);
                    }
                }
            }
            catch (IOException)
            {
                // the process is gone
            }

            return (rss, hwm);
        }

        /// <summary>Resets VmHWM to the current RSS (Linux: write 5 to clear_refs; needs the same user or root).</summary>
        public bool ResetPeak()
        {
            try
            {
                File.WriteAllText($"/proc/{pid}/clear_refs", "5");
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        public static async Task<(long ServerMaxKb, long AzuriteMaxKb, int Count)> SampleAsync(ProcMemory? server, ProcMemory? azurite, TimeSpan every, CancellationToken ct)
        {
            long serverMax = 0, azuriteMax = 0;
            var count = 0;
            using var timer = new PeriodicTimer(every);
            try
            {
                do
                {
                    serverMax = Math.Max(serverMax, server?.Read().RssKb ?? 0);
                    azuriteMax = Math.Max(azuriteMax, azurite?.Read().RssKb ?? 0);
                    count++;
                }
                while (await timer.WaitForNextTickAsync(ct));
            }
            catch (OperationCanceledException)
            {
                // stopped by the caller
            }

            return (serverMax, azuriteMax, count);
        }

        private static long Kb(string line) =>
            long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
