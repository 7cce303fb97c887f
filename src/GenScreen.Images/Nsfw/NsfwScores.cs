namespace GenScreen.Images.Nsfw;

/// <summary>
/// The classifier's softmax probabilities for one image (they sum to 1) and the exact model that produced them,
/// e.g. <c>nsfwjs-mobilenet_v2@4.4.0+sha256:7de6747aee09</c>, so stored verdicts can be traced to a model file.
/// </summary>
public sealed record NsfwScores(float Drawing, float Hentai, float Neutral, float Porn, float Sexy, string ModelVersion)
{
    public float this[NsfwClass nsfwClass] => nsfwClass switch
    {
        NsfwClass.Drawing => Drawing,
        NsfwClass.Hentai => Hentai,
        NsfwClass.Neutral => Neutral,
        NsfwClass.Porn => Porn,
        NsfwClass.Sexy => Sexy,
        _ => throw new ArgumentOutOfRangeException(nameof(nsfwClass), nsfwClass, "Unknown NSFW class."),
    };

    /// <summary>The most probable class (the first one on a tie, in class order).</summary>
    public NsfwClass TopClass => Enum.GetValues<NsfwClass>().MaxBy(c => this[c]);
}
