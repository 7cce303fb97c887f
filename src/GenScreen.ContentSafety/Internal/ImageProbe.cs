using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;

namespace GenScreen.ContentSafety;

/// <summary>Reads an image's format and size from its header only, without decoding pixels.</summary>
internal static class ImageProbe
{
    public readonly record struct Info(int Width, int Height, string MimeType);

    /// <summary>Returns null when the bytes are not an image ImageSharp recognises or the header is corrupt.</summary>
    public static Info? Identify(BinaryData bytes)
    {
        try
        {
            using Stream stream = bytes.ToStream();
            IImageInfo? info = Image.Identify(Configuration.Default, stream, out IImageFormat? format);
            if (info is null || format is null)
            {
                return null;
            }

            return new Info(info.Width, info.Height, format.DefaultMimeType);
        }
        catch (ImageFormatException)
        {
            return null;
        }
    }
}
