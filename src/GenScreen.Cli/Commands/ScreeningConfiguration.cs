using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using Microsoft.Extensions.Configuration;

namespace GenScreen.Cli.Commands;

/// <summary>
/// The rules a batch command screens with: the <c>Screening</c> section of the environment
/// (<c>Screening__BlockTerms__0=…</c>, as the Functions app reads its app settings), or a JSON file of the
/// same shape given with <c>--config</c> / <c>--compare</c>.
/// </summary>
internal static class ScreeningConfiguration
{
    /// <summary>Today's rules: the environment's <c>Screening</c> section over the built-in defaults.</summary>
    public static ScreeningOptions FromConfiguration(IConfiguration configuration)
    {
        var options = new ScreeningOptions();
        configuration.GetSection(ScreeningOptions.SectionName).Bind(options);
        return options;
    }

    /// <summary>
    /// A JSON file with <see cref="ScreeningOptions"/>' properties, at the top level or under
    /// <c>"Screening"</c> (so an appsettings-style file works too). Relative lexicon and policy file paths
    /// are taken from the file's own folder, so a candidate and its lexicons travel together.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON.</exception>
    public static ScreeningOptions FromFile(string path)
    {
        var full = Path.GetFullPath(path);
        IConfigurationRoot root;
        try
        {
            root = new ConfigurationBuilder().AddJsonFile(full, optional: false, reloadOnChange: false).Build();
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"'{path}' is not a valid JSON configuration file: {ex.Message}", ex);
        }

        var section = root.GetSection(ScreeningOptions.SectionName);
        var options = new ScreeningOptions();
        (section.Exists() ? section : (IConfiguration)root).Bind(options);
        var folder = Path.GetDirectoryName(full)!;
        options.AdditionalLexiconFiles = [.. options.AdditionalLexiconFiles.Select(f => Path.GetFullPath(f, folder))];
        if (options.PolicyFile is { Length: > 0 } policyFile)
        {
            options.PolicyFile = Path.GetFullPath(policyFile, folder);
        }

        return options;
    }

    /// <summary><see cref="FromFile"/> when a file is given, else <see cref="FromConfiguration"/>.</summary>
    public static ScreeningOptions Load(IConfiguration configuration, string? file) =>
        file is null ? FromConfiguration(configuration) : FromFile(file);

    /// <summary>
    /// Builds the screener, or writes why the rules cannot be loaded and returns null. Options are
    /// validated as the service validates them at start-up (data annotations), before any work.
    /// </summary>
    public static PromptScreener? TryCreateScreener(Func<ScreeningOptions> options, string what, TextWriter error)
    {
        try
        {
            var resolved = options();
            var problems = new List<ValidationResult>();
            if (!Validator.TryValidateObject(resolved, new ValidationContext(resolved), problems, validateAllProperties: true))
            {
                error.WriteLine($"Cannot load {what}: {string.Join(" ", problems.Select(p => p.ErrorMessage))}");
                return null;
            }

            var screener = ScreeningSetup.CreateScreener(resolved);
            if (ScreeningSetup.TakeLexiconSnapshotNotice() is { } notice)
            {
                error.WriteLine(notice); // the lexicon snapshot was not used: slower start-up, same verdicts
            }

            // An image that is there but stale or unreadable is worth a line on stderr; a build without one (tests,
            // -p:GenScreenTermIndexImage=false) is a supported set-up and stays quiet, as bulk output expects.
            if (screener.TermIndexImageNotice(includeAbsentImage: false) is { } imageNotice)
            {
                error.WriteLine(imageNotice); // the term-index image was not used: slower start-up, same verdicts
            }

            return screener;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or FormatException
            or LexiconFormatException or JsonException or ArgumentException or InvalidOperationException)
        {
            error.WriteLine($"Cannot load {what}: {ex.Message}");
            return null;
        }
    }
}
