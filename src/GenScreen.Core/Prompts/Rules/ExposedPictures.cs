namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Words saying a picture was leaked or taken by paparazzi (session 26, i16-names30; Rules/Data/exposed-picture-cues.tsv:
/// "leaked nudes of …", "paparazzi shot", "uniklé fotky", "läckta nakenbilder", "злиті фото", "عکس لو رفته", 流出), or taken
/// secretly (the covert cues of <see cref="Surroundings"/>). Such a picture is of someone who exists: beside a likely full name
/// and sexual content, the name is a real person's.
/// </summary>
/// <remarks>Read by <see cref="PromptRules"/> only when a likely name and suggestive or stronger content are both present,
/// never on an ordinary prompt; one <see cref="CueScan"/> over the prompt.</remarks>
internal static class ExposedPictures
{
    private static readonly Lazy<string[]> Cues = new(Load);

    /// <summary>Whether the prompt says its picture is leaked, a paparazzi shot or taken secretly.</summary>
    public static bool Says(string prompt) =>
        CueScan.Find(prompt, Cues.Value, CueScan.WordStart.Cased) || Surroundings.IsCovert(prompt);

    private static string[] Load()
    {
        using var reader = RuleDataFile.Open("exposed-picture-cues.tsv");
        return Parse(reader);
    }

    internal static string[] Parse(TextReader reader)
    {
        var cues = new List<string>();
        foreach (var line in RuleDataFile.Rows(reader))
        {
            var cells = line.Split('\t');
            if (cells.Length != 2 || cells[1].Trim().Length == 0)
            {
                throw new InvalidDataException($"exposed-picture-cues.tsv: a row needs a language and a cue: '{line}'.");
            }

            cues.Add(cells[1].Trim().ToLowerInvariant());
        }

        return [.. cues];
    }
}
