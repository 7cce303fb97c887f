using GenScreen.LocalDev;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GenScreen.LocalDev.Azurite;

/// <summary>
/// Starts Azurite (blob, queue, table) from the repository's npm lockfile, installing it on first use, on
/// ports the OS picks (read back from its start-up lines, so parallel runs never collide), and stops it on
/// dispose. Used by <c>genscreen serve</c> when no storage is configured, and by the integration tests.
/// </summary>
public sealed partial class AzuriteRunner : IAsyncDisposable
{
    /// <summary>Azurite's published development account; a well-known constant, not a secret.</summary>
    public const string DevAccountName = "devstoreaccount1";
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;

    private AzuriteRunner(Process process, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={DevAccountName};AccountKey={DevAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{DevAccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{DevAccountName};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{DevAccountName};";

    public static async Task<AzuriteRunner> StartAsync(AzuriteOptions options, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        var root = options.RepositoryRoot ?? RepositoryRoot.Find();
        var script = await AzuriteInstaller.EnsureInstalledAsync(root, log, cancellationToken).ConfigureAwait(false);
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        // The SDK is newer than the emulator: skip its API version check. Loose mode ignores unsupported headers.
        foreach (var arg in new[] { script, "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--blobHost", "127.0.0.1", "--blobPort", "0", "--queueHost", "127.0.0.1", "--queuePort", "0", "--tableHost", "127.0.0.1", "--tablePort", "0" })
        {
            start.ArgumentList.Add(arg);
        }

        if (options.InMemory)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            var data = options.DataDirectory ?? Path.Combine(root, ".azurite");
            Directory.CreateDirectory(data);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(data);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                ready.TrySetException(new InvalidOperationException($"Azurite exited during start-up: {errors}"));
                return;
            }

            var m = ListeningLine().Match(e.Data);
            if (m.Success)
            {
                lock (ports)
                {
                    ports[m.Groups["service"].Value] = int.Parse(m.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (ports.Count == 3)
                    {
                        ready.TrySetResult();
                    }
                }
            }
            else if (e.Data.Contains("error", StringComparison.OrdinalIgnoreCase))
            {
                errors.AppendLine(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await ready.Task.WaitAsync(options.StartTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Kill(process);
            process.Dispose();
            throw;
        }

        return new AzuriteRunner(process, ports["Blob"], ports["Queue"], ports["Table"]);
    }

    public async ValueTask DisposeAsync()
    {
        Kill(_process);
        await _process.WaitForExitAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at http://[^:]+:(?<port>\d+)")]
    private static partial Regex ListeningLine();
}
