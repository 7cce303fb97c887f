namespace GenScreen.Core.Images;

/// <summary>The NSFW classifier's class probabilities for one image (max over screened frames).</summary>
public sealed record ImageClassScores(double Drawing, double Hentai, double Neutral, double Porn, double Sexy, string ModelVersion)
{
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
