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
            .OrderBy(n => n.EndsWith("en.json", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(n => n, StringComparer.Ordinal)
            .Select(n => new LexiconSource("builtin:" + n[Prefix.Length..^".json".Length], Read(assembly, n), IsConfigured: false))];
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded lexicon {name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
