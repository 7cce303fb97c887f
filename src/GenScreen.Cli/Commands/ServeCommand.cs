using System.CommandLine;
using GenScreen.LocalHost;
using GenScreen.LocalDev;
using GenScreen.LocalDev.Azurite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen serve</c>: the Functions app's HTTP routes on Kestrel. With no storage configured
/// (<c>GenScreenStorage</c> unset) it starts Azurite from the repo's lockfile and stops it on exit.
/// </summary>
internal static class ServeCommand
{
    /// <summary>The staging container of <c>--publish</c> (infra/names.json <c>containers.staging</c>).</summary>
    public const string PublishStagingContainer = "staging";

    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "Address to listen on.", DefaultValueFactory = _ => "http://127.0.0.1:7071" };
        var policy = new Option<string?>("--policy") { Description = "Default policy: mature or strict." };
        var sample = new Option<bool>("--sample") { Description = "Once listening, screen sample prompts over HTTP and show the stored verdicts." };
        var once = new Option<bool>("--once") { Description = "Exit after --sample instead of serving until Ctrl+C." };
        var noStorage = new Option<bool>("--no-storage") { Description = "Do not record verdicts (no Azurite)." };
        var inMemory = new Option<bool>("--in-memory") { Description = "Keep Azurite's data in memory instead of .azurite/." };
        var publish = new Option<bool>("--publish")
        {
            Description = "Publish mode: generators upload to the private 'staging' container and only allowed images are copied to 'published' (docs/storage.md).",
        };
        var logLevel = new Option<LogLevel>("--log-level") { Description = "Minimum log level (Information logs every verdict).", DefaultValueFactory = _ => LogLevel.Information };
        var command = new Command("serve", "Serve the GenScreen HTTP API locally (Kestrel + Azurite).")
        {
            url, policy, sample, once, noStorage, inMemory, publish, logLevel,
        };
        command.SetAction((parse, ct) => RunAsync(
            parse.GetValue(url)!, parse.GetValue(policy), parse.GetValue(sample), parse.GetValue(once), parse.GetValue(noStorage), parse.GetValue(inMemory), parse.GetValue(publish), parse.GetValue(logLevel), ct));
        return command;
    }

    private static async Task<int> RunAsync(string url, string? policy, bool sample, bool once, bool noStorage, bool inMemory, bool publish, LogLevel logLevel, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (policy is not null)
        {
            settings["Screening:DefaultPolicy"] = policy;
        }

        var incoming = new GenScreen.Core.Configuration.ImageScreeningOptions().IncomingContainer;
        if (publish)
        {
            incoming = PublishStagingContainer;
            settings["ImageScreening:IncomingContainer"] = incoming;
            settings["ImageScreening:Publish:Enabled"] = "true";
            Console.WriteLine($"Publish mode: upload to '{incoming}' (private); allowed images are copied to 'published'.");
        }

        AzuriteRunner? azurite = null;
        if (noStorage)
        {
            settings["VerdictStore:Enabled"] = "false";
        }
        else if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GenScreenStorage")))
        {
            Console.WriteLine("No GenScreenStorage configured: starting local Azurite...");
            azurite = await AzuriteRunner.StartAsync(new AzuriteOptions { InMemory = inMemory }, Console.WriteLine, cancellationToken).ConfigureAwait(false);
            settings["GenScreenStorage"] = azurite.ConnectionString;
            Console.WriteLine($"Azurite: blob {azurite.BlobPort}, queue {azurite.QueuePort}, table {azurite.TablePort} ({(inMemory ? "in memory" : ".azurite/")})");
            LocalAzuriteDefaults.Apply(settings, Environment.GetEnvironmentVariable);
        }

        if (!noStorage && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("VerdictStore__IdKey")))
        {
            // Verdict ids of request ids are keyed (VerdictStore:IdKey); a developer machine keeps a generated key,
            // so replays keep finding their rows after a restart, like the data Azurite keeps in .azurite/.
            var keyFile = LocalVerdictIdKey.DefaultPath();
            settings[VerdictIdKeys.Setting] = LocalVerdictIdKey.LoadOrCreate(keyFile);
            Console.WriteLine($"Verdict id key: {keyFile} (set VerdictStore__IdKey to use another)");
        }

        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("Admin__ApiKey")))
        {
            Console.WriteLine("No admin key (Admin__ApiKey): full verdict records (GET /api/moderation/verdicts/{id}) are closed.");
        }

        try
        {
            await using var app = LocalWebHost.Build(url, settings, logLevel);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.BoundAddress();
            Console.WriteLine($"GenScreen listening on {address}  (POST /api/screen/prompt, GET /api/verdicts/{{id}}, GET /api/moderation/verdicts/{{id}} with GenScreen-Admin-Key)");
            if (sample)
            {
                await SampleClient.RunAsync(address, Console.Out, cancellationToken).ConfigureAwait(false);
                if (settings.TryGetValue("GenScreenStorage", out var storage) && storage is not null)
                {
                    await SampleImageUpload.RunAsync(storage, incoming, Console.Out, cancellationToken).ConfigureAwait(false);
                }
            }

            if (!once)
            {
                Console.WriteLine("Press Ctrl+C to stop.");
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
