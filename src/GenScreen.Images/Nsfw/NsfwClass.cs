namespace GenScreen.Images.Nsfw;

/// <summary>The five nsfwjs classes, numbered as the model's output columns.</summary>
public enum NsfwClass
{
    Drawing = 0,
    Hentai = 1,
    Neutral = 2,
    Porn = 3,
    Sexy = 4,
}
