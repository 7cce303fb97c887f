using GenScreen.Core.Images.Faces;

namespace GenScreen.Images.Faces;

/// <summary>
/// The aligned face crop exactly as face-api feeds its recognition net (<c>faceRecognitionNet</c>, 150×150): the
/// landmark-aligned rectangle <see cref="Region"/> of the frame, zero-padded centred to a square and resized
/// bilinearly (tfjs <c>resizeBilinear</c>, align_corners=false) to <see cref="Size"/>×<see cref="Size"/>.
/// <see cref="Pixels"/> is RGB float 0..255, row-major HWC (<c>Size·Size·3</c> values): the recognition net's
/// own normalization is left to it.
/// </summary>
public sealed class AlignedFace
{
    /// <summary>face-api's recognition input size.</summary>
    public const int RecognitionSize = 150;

    internal AlignedFace(FaceBox region, int size, float[] pixels)
    {
        Region = region;
        Size = size;
        Pixels = pixels;
    }

    /// <summary>The crop rectangle in the frame (face-api's <c>alignedRect</c>, clipped to the frame and floored).</summary>
    public FaceBox Region { get; }

    public int Size { get; }

    public ReadOnlyMemory<float> Pixels { get; }
}
