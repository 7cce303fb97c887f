namespace GenScreen.Core.HashBanks;

/// <summary>
/// The eight rotations and mirror images of a picture (the dihedral group of the square), in the reference's order.
/// Names say what was done to the picture whose hash this variant equals.
/// </summary>
public enum PdqDihedral
{
    Original = 0,

    /// <summary>Rotated 90° counter-clockwise (the reference's "rotate 90").</summary>
    Rotate90 = 1,
    Rotate180 = 2,

    /// <summary>Rotated 90° clockwise.</summary>
    Rotate270 = 3,

    /// <summary>Mirrored top to bottom (the reference's "flip x": about the horizontal axis).</summary>
    FlipVertical = 4,

    /// <summary>Mirrored left to right (the reference's "flip y").</summary>
    FlipHorizontal = 5,

    /// <summary>Mirrored about the main diagonal (transposed; "flip plus 1").</summary>
    Transpose = 6,

    /// <summary>Mirrored about the anti-diagonal ("flip minus 1").</summary>
    AntiTranspose = 7,
}
