namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Whether an img2img or inpaint prompt keeps the person of the uploaded image in the result: their face, identity or
/// pose ("keep face, same pose", 顔はそのまま, сохранить лицо) or the photo itself ("from this photo", في الصورة). Beside
/// nudity such a prompt exposes the person in the input, a nudify request even with no undressing verb
/// (<see cref="PromptRules"/>, docs/categories.md "Nudify").
/// </summary>
/// <remarks>
/// The cues are data (Rules/Data/input-kept-cues.tsv). The scan runs only with an input image and nudity, never on the
/// text-to-image hot path; it is a <see cref="CueScan"/> over the prompt.
/// </remarks>
internal static class InputKept
{
    private static readonly Lazy<string[]> Cues = new(() => Load("input-kept-cues.tsv"));

    /// <summary>Words that say the picture is a drawing (anime, illustration, イラスト): Rules/Data/drawn-cues.tsv.</summary>
    private static readonly Lazy<string[]> DrawnCues = new(() => Load("drawn-cues.tsv"));

    /// <summary>Words that say the prompt's person is in a photo the user uploaded or sent: Rules/Data/uploaded-cues.tsv.</summary>
    private static readonly Lazy<string[]> UploadedCues = new(() => Load("uploaded-cues.tsv"));

    public static bool IsCued(string prompt) => CueScan.Find(prompt, Cues.Value, CueScan.WordStart.Latin);

    /// <summary>
    /// Whether a text-to-image prompt says its person is in a photo the user uploaded or sent ("my coworker in the photo I
    /// uploaded", "foto yang gue upload", 내가 올린 사진): the prompt then asks about that photo as an img2img request does
    /// (session 22, <see cref="PromptRules"/>).
    /// </summary>
    public static bool IsUploaded(string prompt) => CueScan.Find(prompt, UploadedCues.Value, CueScan.WordStart.Latin);

    /// <summary>
    /// Whether the prompt says its picture is drawn (anime, illustration, cartoon): an inpainted nude detail of a drawing is
    /// the image side's to judge (session 14, <see cref="PromptRules"/>).
    /// </summary>
    public static bool IsDrawn(string prompt) => CueScan.Find(prompt, DrawnCues.Value, CueScan.WordStart.Latin);

    private static string[] Load(string fileName)
    {
        using var reader = RuleDataFile.Open(fileName);
        return [.. Parse(reader)];
    }

    internal static IEnumerable<string> Parse(TextReader reader)
    {
        foreach (var line in RuleDataFile.Rows(reader))
        {
            var tab = line.IndexOf('\t');
            var cue = tab < 0 ? string.Empty : line[(tab + 1)..].Trim();
            if (cue.Length == 0)
            {
                throw new InvalidDataException($"input-kept-cues.tsv: a row needs a language and a cue: '{line}'.");
            }

            yield return cue;
        }
    }
}
