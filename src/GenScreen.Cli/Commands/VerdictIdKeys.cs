using GenScreen.LocalDev;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Configuration;

namespace GenScreen.Cli.Commands;

/// <summary>
/// The verdict id key of a command: <c>VerdictStore:IdKey</c> when configured (then ids match the service
/// that has the same key), else this machine's generated key (<see cref="LocalVerdictIdKey"/>), so that
/// <c>genscreen serve</c> and <c>screen prompts</c> agree and their ids survive restarts.
/// </summary>
internal static class VerdictIdKeys
{
    public const string Setting = $"{VerdictStoreOptions.SectionName}:{nameof(VerdictStoreOptions.IdKey)}";

    /// <summary>The configured key, or null when none is configured.</summary>
    /// <exception cref="InvalidOperationException">A key is configured but shorter than <see cref="VerdictIdGenerator.MinKeyLength"/>.</exception>
    public static string? Configured(IConfiguration configuration)
    {
        var key = configuration[Setting];
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        return key.Length >= VerdictIdGenerator.MinKeyLength
            ? key
            : throw new InvalidOperationException($"{Setting} has {key.Length} characters; a verdict id key has at least {VerdictIdGenerator.MinKeyLength} (generate one with `openssl rand -base64 32`).");
    }

    public static string Resolve(IConfiguration configuration) =>
        Configured(configuration) ?? LocalVerdictIdKey.LoadOrCreate(LocalVerdictIdKey.DefaultPath());
}
