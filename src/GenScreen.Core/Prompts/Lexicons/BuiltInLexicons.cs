using System.Reflection;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>The lexicons that ship inside the assembly (Prompts/Lexicons/Data): English first, then the rest.</summary>
public static class BuiltInLexicons
{
    private const string Prefix = "GenScreen.Lexicons.";

    public static IReadOnlyList<LexiconSource> Load()
    {
        var assembly = typeof(BuiltInLexicons).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .OrderBy(EnglishFirst)
            .ThenBy(n => n, StringComparer.Ordinal)
            .Select(n => new LexiconSource("builtin:" + n[Prefix.Length..^".json".Length], Read(assembly, n), IsConfigured: false))];
    }

    // The main English file, then the other English files (folders of later rounds), then the rest by name: a folder whose
    // name sorts before "en" (acts32/en.json) must not come before the main English file.
    private static int EnglishFirst(string resourceName) =>
        resourceName == Prefix + "en.json" ? 0 : resourceName.EndsWith("/en.json", StringComparison.Ordinal) ? 1 : 2;

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded lexicon {name} is missing.");
        // A manifest resource knows its length: one array of that size, read once. Copying through a MemoryStream grew a
        // buffer by doubling and then copied it out (~3 times the 9.7 MB of JSON allocated at every start-up, most of it
        // large-object arrays, which count towards full collections in the middle of the lexicon build).
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
