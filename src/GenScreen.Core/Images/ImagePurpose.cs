namespace GenScreen.Core.Images;

/// <summary>Why an image is screened: what the rules may assume about it.</summary>
public enum ImagePurpose
{
    /// <summary>An image a generator produced (the blob pipeline, <c>purpose=generated</c>).</summary>
    Generated = 0,

    /// <summary>
    /// The photo a user uploads as the start of img2img or inpainting (<c>purpose=init-image</c>): the correlated prompt
    /// transforms this very image, so a sexual prompt on a photo of a real face is a "nudify" request.
    /// </summary>
    InitImage = 1,
}

/// <summary>Wire names of <see cref="ImagePurpose"/>: <c>generated</c>, <c>init-image</c>, exactly.</summary>
public static class ImagePurposes
{
    public static IReadOnlyList<string> Names { get; } = ["generated", "init-image"];

    public static string Of(ImagePurpose purpose) => purpose switch
    {
        ImagePurpose.Generated => "generated",
        ImagePurpose.InitImage => "init-image",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose)),
    };

    public static bool TryParse(string? value, out ImagePurpose purpose)
    {
        switch (value)
        {
            case "generated": purpose = ImagePurpose.Generated; return true;
            case "init-image": purpose = ImagePurpose.InitImage; return true;
            default: purpose = default; return false;
        }
    }
}
