namespace GenScreen.Images.Decoding;

/// <summary>How the source file stores colour, read from its header. Informational: output is always RGB24.</summary>
public enum SourceColorModel
{
    Unknown = 0,
    Gray,
    GrayAlpha,
    Rgb,
    Rgba,
    /// <summary>Indexed colour (PNG colour type 3, GIF).</summary>
    Palette,
    /// <summary>Four-component JPEG (CMYK or YCCK).</summary>
    Cmyk,
}
