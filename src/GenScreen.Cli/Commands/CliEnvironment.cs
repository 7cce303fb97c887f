using Microsoft.Extensions.Configuration;

namespace GenScreen.Cli.Commands;

/// <summary>
/// What a command reads and writes besides its arguments: standard streams, whether stderr is a terminal,
/// and configuration (environment variables, as app settings are in Azure). Commands take it instead of
/// touching <see cref="Console"/>, so tests run them in-process with their own streams, settings and clock.
/// </summary>
internal sealed class CliEnvironment
{
    private static readonly Lazy<CliEnvironment> ProcessEnvironment = new(() => new CliEnvironment
    {
        OpenStandardInput = Console.OpenStandardInput,
        OpenStandardOutput = Console.OpenStandardOutput,
        Out = Console.Out,
        Error = Console.Error,
        IsErrorRedirected = Console.IsErrorRedirected,
        Configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build(),
    });

    /// <summary>The real console and environment variables; built on first use, not at registration.</summary>
    public static CliEnvironment Process => ProcessEnvironment.Value;

    /// <summary>Raw standard input, for streamed JSON lines.</summary>
    public required Func<Stream> OpenStandardInput { get; init; }

    /// <summary>Raw standard output, for streamed JSON lines (bytes, never through a TextWriter).</summary>
    public required Func<Stream> OpenStandardOutput { get; init; }

    /// <summary>Standard output for human-readable reports.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: progress, throughput, diagnostics.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>False when stderr is a terminal: only then is a live progress line worth drawing.</summary>
    public bool IsErrorRedirected { get; init; } = true;

    public required IConfiguration Configuration { get; init; }

    /// <summary>The clock of progress redraws and throughput figures (a fake one in tests).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
