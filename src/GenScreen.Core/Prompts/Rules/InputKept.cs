namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Whether an img2img or inpaint prompt keeps the person of the uploaded image in the result: their face, identity or
/// pose ("keep face, same pose", 顔はそのまま, сохранить лицо) or the photo itself ("from this photo", في الصورة). Beside
/// nudity such a prompt exposes the person in the input, a nudify request even with no undressing verb
/// (<see cref="PromptRules"/>, docs/categories.md "Nudify").
/// </summary>
/// <remarks>
/// The cues are data (Rules/Data/input-kept-cues.tsv). The scan runs only with an input image and nudity, never on the
/// text-to-image hot path; it is one ordinal search per cue over the lower-cased prompt (no regex, linear in the prompt
/// for the fixed table).
/// </remarks>
internal static class InputKept
{
    private static readonly Lazy<string[]> Cues = new(() => Load("input-kept-cues.tsv"));

    /// <summary>Words that say the picture is a drawing (anime, illustration, イラスト): Rules/Data/drawn-cues.tsv.</summary>
    private static readonly Lazy<string[]> DrawnCues = new(() => Load("drawn-cues.tsv"));

    /// <summary>Words that say the prompt's person is in a photo the user uploaded or sent: Rules/Data/uploaded-cues.tsv.</summary>
    private static readonly Lazy<string[]> UploadedCues = new(() => Load("uploaded-cues.tsv"));

    public static bool IsCued(string prompt) => Find(prompt, Cues.Value);

    /// <summary>
    /// Whether a text-to-image prompt says its person is in a photo the user uploaded or sent ("my coworker in the photo I
    /// uploaded", "foto yang gue upload", 내가 올린 사진): the prompt then asks about that photo as an img2img request does
    /// (session 22, <see cref="PromptRules"/>).
    /// </summary>
    public static bool IsUploaded(string prompt) => Find(prompt, UploadedCues.Value);

    /// <summary>
    /// Whether the prompt says its picture is drawn (anime, illustration, cartoon): an inpainted nude detail of a drawing is
    /// the image side's to judge (session 14, <see cref="PromptRules"/>).
    /// </summary>
    public static bool IsDrawn(string prompt) => Find(prompt, DrawnCues.Value);

    private static bool Find(string prompt, string[] cues)
    {
        var n = prompt.Length;
        Span<char> lower = n <= 1024 ? stackalloc char[n] : new char[n];
        prompt.AsSpan().ToLowerInvariant(lower);
        foreach (var cue in cues)
        {
            for (var from = 0; from <= n - cue.Length;)
            {
                WorkCounter.Add(1);
                var at = ((ReadOnlySpan<char>)lower[from..]).IndexOf(cue.AsSpan(), StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                at += from;

                // A Latin cue starts a word ("same face", not "shame facets"); other scripts are matched where they stand.
                if (!IsLatinLetter(cue[0]) || at == 0 || !char.IsLetterOrDigit(lower[at - 1]))
                {
                    return true;
                }

                from = at + 1;
            }
        }

        return false;
    }

    private static bool IsLatinLetter(char c) => c is >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F';

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
