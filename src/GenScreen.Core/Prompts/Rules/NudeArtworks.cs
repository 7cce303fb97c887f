using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A real person's face put on a named nude artwork (session 28, i16-acts32; Rules/Data/nude-artwork-cues.tsv): "Venere di
/// Urbino, ma con il volto di …", "Birth of Venus but with the face of …", "la Vénus d'Urbino avec le visage de …",
/// "ヴィーナスの誕生、ただし顔は …". The painting's body is nude, so the picture is that person nude: sexual content about them,
/// however classical the style. The artwork alone (a Venus in a museum, a copy of the painting) and a face alone (a face
/// painted on a statue) are nothing.
/// </summary>
/// <remarks>Read by <see cref="PromptRules"/> only when a real person is named and nothing sexual was read, never on an
/// ordinary prompt: two <see cref="CueScan"/> passes over the prompt.</remarks>
internal static class NudeArtworks
{
    private static readonly Lazy<(string[] Artworks, string[] Faces)> Cues = new(Load);

    /// <summary>Whether the prompt names a nude artwork and a face put on it.</summary>
    public static bool FaceOnNude(string prompt) =>
        CueScan.Find(prompt, Cues.Value.Artworks, CueScan.WordStart.Cased) && CueScan.Find(prompt, Cues.Value.Faces, CueScan.WordStart.Cased);

    /// <summary>
    /// Whether the words <paramref name="first"/> to <paramref name="last"/> of the prompt, as written in lower case, are a
    /// listed nude artwork (Венера Милосская): a title, not a person's name (session 30, CasedNameShapes).
    /// </summary>
    internal static bool IsArtwork(TokenizedText text, int first, int last)
    {
        var span = text.Source.AsSpan(text[first].SourceStart, text[last].SourceEnd - text[first].SourceStart);
        foreach (var artwork in Cues.Value.Artworks)
        {
            if (span.Equals(artwork, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static (string[], string[]) Load()
    {
        using var reader = RuleDataFile.Open("nude-artwork-cues.tsv");
        return Parse(reader);
    }

    internal static (string[] Artworks, string[] Faces) Parse(TextReader reader)
    {
        var lists = RuleDataFile.CueLists(reader, "nude-artwork-cues.tsv", "artwork", "face");
        return (Lower(lists["artwork"]), Lower(lists["face"]));
    }

    private static string[] Lower(string[] cues) => [.. cues.Select(cue => cue.ToLowerInvariant())];
}
