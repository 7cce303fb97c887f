namespace GenScreen.Images.Nsfw;

/// <summary>One decoded, orientation-corrected image as tightly packed 8-bit RGB (<c>Width * Height * 3</c> bytes, row-major).</summary>
public readonly record struct NsfwImage(ReadOnlyMemory<byte> Rgb24, int Width, int Height);
