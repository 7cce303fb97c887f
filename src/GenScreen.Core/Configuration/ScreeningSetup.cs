using System.Text;
using System.Text.Json;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Configuration;

/// <summary>Builds a <see cref="PromptScreener"/> from <see cref="ScreeningOptions"/>: built-in data plus configured extensions.</summary>
public static class ScreeningSetup
{
    public static PromptScreener CreateScreener(ScreeningOptions options) => CreateScreener(options, []);

    /// <summary>
    /// Why the last lexicon build parsed built-in JSON instead of the build-time snapshot (missing, corrupt or stale),
    /// once per process, for the host to log; null when the snapshot served or the notice was taken already.
    /// </summary>
    public static string? TakeLexiconSnapshotNotice() => Prompts.Lexicons.Snapshot.LexiconSnapshot.TakeNotice();

    /// <summary>As <see cref="CreateScreener(ScreeningOptions)"/>, plus the names of enrolled protected people (see People/EnrolledNames).</summary>
    /// <param name="time">The verdicts' clock (birth years are counted against it); the system clock when null.</param>
    public static PromptScreener CreateScreener(ScreeningOptions options, IReadOnlyCollection<string> enrolledNames, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(enrolledNames);
        // An operator's policy file is read first, so a broken one is reported before the lexicons are built. The built-in
        // catalog cannot fail that way: it is read on another core while this one builds the lexicons (session 25: ~80 ms of
        // the main thread's CPU in a cold process, the System.Text.Json start-up it is the first to pay; start-up's path to
        // the first verdict is the main thread's, and the other core has slack while the sources are read in order).
        var policies = options.PolicyFile is { Length: > 0 } path
            ? Task.FromResult(PolicyCatalog.Parse(File.ReadAllBytes(path), path))
            : Task.Run(PolicyCatalog.LoadBuiltIn);
        var sources = Sources(options);
        if (enrolledNames.Count > 0)
        {
            sources = sources.Append(EnrolledNamesSource(enrolledNames));
        }

        var lexicons = LexiconSet.Build(sources);
        return new PromptScreener(lexicons, policies.GetAwaiter().GetResult(), options.DefaultPolicy, options.Steering, time);
    }

    /// <summary>
    /// Enrolled people's names as one more configured lexicon (the same <c>names</c> list as Screening:ProtectedNames),
    /// after the configured sources (Screening:ExcludedNames applies to every source, so an operator's exclusion still wins).
    /// </summary>
    private static LexiconSource EnrolledNamesSource(IReadOnlyCollection<string> names)
    {
        var doc = new { language = "config", version = "enrolled-people", prompt = Array.Empty<object>(), names };
        return new LexiconSource("enrolled-people", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(doc)), IsConfigured: true);
    }

    /// <summary>Built-in lexicons, then configured files, then inline configured terms (last wins).</summary>
    public static IEnumerable<LexiconSource> Sources(ScreeningOptions options)
    {
        foreach (var source in BuiltInLexicons.Load())
        {
            yield return source;
        }

        foreach (var file in options.AdditionalLexiconFiles)
        {
            yield return new LexiconSource(file, File.ReadAllBytes(file), IsConfigured: true);
        }

        if (options.ProtectedNames.Count + options.ExcludedNames.Count + options.AllowTerms.Count + options.BlockTerms.Count > 0)
        {
            yield return new LexiconSource("configuration", InlineLexicon(options), IsConfigured: true);
        }
    }

    private static byte[] InlineLexicon(ScreeningOptions options)
    {
        var prompt = new List<object>();
        prompt.AddRange(options.AllowTerms.Select(t => new { term = t, signal = "benign", level = 0 }));
        foreach (var spec in options.BlockTerms)
        {
            var parts = spec.Split(':', 3);
            if (parts.Length != 3 || !int.TryParse(parts[1], out var level))
            {
                throw new LexiconFormatException($"Screening:BlockTerms entry '{spec}' is not 'signal:level:term'.");
            }

            prompt.Add(new { term = parts[2], signal = parts[0], level });
        }

        var doc = new { language = "config", version = "inline", prompt, names = options.ProtectedNames, excludedNames = options.ExcludedNames };
        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(doc));
    }
}
