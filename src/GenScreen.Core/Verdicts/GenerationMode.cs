namespace GenScreen.Core.Verdicts;

/// <summary>
/// What the generator will do with the prompt. With an input image (img2img, inpaint) a request to undress
/// someone is a request to undress the person in that photo: a non-consensual intimate image (nudify).
/// </summary>
public enum GenerationMode
{
    /// <summary>Text to image (the default): nothing but the prompt.</summary>
    Txt2Img = 0,

    /// <summary>Image to image: the prompt transforms an uploaded image.</summary>
    Img2Img = 1,

    /// <summary>Inpainting: the prompt repaints part of an uploaded image.</summary>
    Inpaint = 2,
}
