using GenScreen.LocalHost;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using GenScreen.LocalDev;
using GenScreen.Images.Tests.Nsfw;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Images;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.Images;

/// <summary>The local host with the image pipeline on, over real Azurite, with its own containers and table.</summary>
public sealed class ImageHost : IAsyncDisposable
{
    private ImageHost(RunningHost host, BlobServiceClient blobs, string incoming, string quarantine, string table, string connection)
    {
        Host = host;
        Blobs = blobs;
        Incoming = blobs.GetBlobContainerClient(incoming);
        Quarantine = blobs.GetBlobContainerClient(quarantine);
        Table = new TableClient(connection, table);
    }

    public RunningHost Host { get; }

    public BlobServiceClient Blobs { get; }

    public BlobContainerClient Incoming { get; }

    public BlobContainerClient Quarantine { get; }

    public TableClient Table { get; }

    public BlobScreeningService Service => Host.App.Services.GetRequiredService<BlobScreeningService>();

    /// <summary>The host's pipeline, but talking to storage through <paramref name="blobs"/> (e.g. a SAS with fewer permissions).</summary>
    public BlobScreeningService ServiceUsing(BlobServiceClient blobs)
    {
        var services = Host.App.Services;
        var options = services.GetRequiredService<IOptions<ImageScreeningOptions>>();
        return new BlobScreeningService(
            blobs,
            services.GetRequiredService<ImageVerdictStore>(),
            new QuarantineMover(blobs, options, NullLogger<QuarantineMover>.Instance),
            services.GetRequiredService<IImageScreener>(),
            services.GetRequiredService<IPromptVerdictStore>(),
            options,
            TimeProvider.System,
            NullLogger<BlobScreeningService>.Instance);
    }

    public static string Samples => SkimageSamples.EnsureCached(RepositoryRoot.Find());

    /// <param name="pollInterval">The local trigger's listing interval; long when a test drives deliveries itself.</param>
    /// <param name="observe">The connection the test itself reads and uploads through (default: the host's own), e.g. direct to Azurite when the host goes through a fault proxy.</param>
    public static async Task<ImageHost> StartAsync(string connection, TimeSpan pollInterval, IDictionary<string, string?>? extra = null, string? observe = null, Microsoft.Extensions.Logging.ILoggerProvider? logs = null)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var settings = new Dictionary<string, string?>
        {
            ["ImageScreening:Enabled"] = "true",
            ["ImageScreening:IncomingContainer"] = $"in-{id}",
            ["ImageScreening:QuarantineContainer"] = $"q-{id}",
            ["ImageScreening:VerdictTable"] = $"Img{id}",
            ["ImageScreening:PollInterval"] = pollInterval.ToString(),
            // Each host its own banks: an image one test quarantines must not be blocked by its hash in another.
            ["HashBanks:BankTable"] = $"Banks{id}",
            ["HashBanks:EntryTable"] = $"BankEntries{id}",
            ["HashBanks:SnapshotContainer"] = $"banks-{id}",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            settings[k] = v;
        }

        var host = await RunningHost.StartAsync(connection, settings, logs);
        // The watcher lists the container once at start: let that pass end before a test uploads, so a test that
        // drives deliveries itself never races it (e.g. an append blob seen between create and append).
        await host.App.Services.GetRequiredService<BlobWatcher>().FirstPass.WaitAsync(TimeSpan.FromMinutes(2));
        var blobs = new BlobServiceClient(observe ?? connection);
        var incoming = blobs.GetBlobContainerClient(settings["ImageScreening:IncomingContainer"]);
        await incoming.CreateIfNotExistsAsync();
        return new ImageHost(host, blobs, incoming.Name, settings["ImageScreening:QuarantineContainer"]!, settings["ImageScreening:VerdictTable"]!, observe ?? connection);
    }

    public async Task<BlobClient> UploadAsync(string name, byte[] content, IDictionary<string, string>? metadata = null)
    {
        var blob = Incoming.GetBlobClient(name);
        await blob.UploadAsync(new BinaryData(content), new Azure.Storage.Blobs.Models.BlobUploadOptions { Metadata = metadata });
        return blob;
    }

    public async Task<List<TableEntity>> VerdictRowsAsync() =>
        await Table.QueryAsync<TableEntity>(e => true).Where(e => !e.RowKey.EndsWith("-attempts", StringComparison.Ordinal) && !e.ContainsKey(ImageVerdictStore.AliasOf)).ToListAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
