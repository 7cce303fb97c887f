namespace GenScreen.Core.Images;

/// <summary>
/// The NSFW classifier's class probabilities for one image (max over screened frames): the scores that decide. With
/// two stages, a frame the first stage flagged counts with the second stage's scores; <see cref="FirstStage"/> then
/// keeps the first stage's own maxima as evidence and <see cref="SecondStageFrames"/> says how many frames went on.
/// </summary>
public sealed record ImageClassScores(double Drawing, double Hentai, double Neutral, double Porn, double Sexy, string ModelVersion)
{
    /// <summary>The first stage's maxima over all frames when the second stage decided at least one frame; else null.</summary>
    public ImageClassScores? FirstStage { get; init; }

    /// <summary>Frames the first stage flagged and the second stage classified.</summary>
    public int SecondStageFrames { get; init; }

    public static IReadOnlyList<string> ClassNames { get; } = ["Drawing", "Hentai", "Neutral", "Porn", "Sexy"];

    public double this[string className] => className switch
    {
        "Drawing" => Drawing,
        "Hentai" => Hentai,
        "Neutral" => Neutral,
        "Porn" => Porn,
        "Sexy" => Sexy,
        _ => throw new ArgumentOutOfRangeException(nameof(className), className, "Classes are Drawing, Hentai, Neutral, Porn, Sexy."),
    };
}
