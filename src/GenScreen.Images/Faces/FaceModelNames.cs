namespace GenScreen.Images.Faces;

/// <summary>
/// The interface of the three converted face-api ONNX files (input and output names and sizes), shared by the importer
/// that writes them and the analyzer that runs them. See MODEL.md beside this file.
/// </summary>
public static class FaceModelNames
{
    public const string SsdInput = "image";

    /// <summary>face-api's SSD input size: the frame is padded to a square (bottom/right) and resized to 512×512.</summary>
    public const int SsdInputSize = 512;

    /// <summary>Anchors of the six SSD feature maps (32²·3 + 16²·6 + 8²·6 + 4²·6 + 2²·6 + 1²·6).</summary>
    public const int SsdAnchorCount = 5118;

    public const string SsdBoxes = "boxes";

    public const string SsdScores = "scores";

    public const string TinyInput = "image";

    /// <summary>Mean RGB the tiny face detector's input has subtracted before the division by 255 (face-api's <c>tinyFaceDetector/const.ts</c>).</summary>
    public static ReadOnlySpan<float> TinyMeanRgb => [117.001f, 114.697f, 97.404f];

    /// <summary>Mean RGB the 112×112 face nets' input has subtracted before the division by 255 (face-api's <c>normalize(x, meanRgb).div(255)</c>).</summary>
    public static ReadOnlySpan<float> FaceMeanRgb => [122.782f, 117.001f, 104.298f];

    /// <summary>
    /// The tiny face detector's input size as shipped (face-api's default <c>inputSize</c>, a multiple of 32): the frame is
    /// padded to a square (bottom/right) and resized to 416×416; the net's grid is 13×13 cells. The analyzer reads the size
    /// from the model file; smaller sizes were measured and rejected (they lose faces and read adults as minors:
    /// docs/performance.md, "Face budget: smaller detector inputs rejected").
    /// </summary>
    public const int TinyInputSize = 416;

    /// <summary>Cells per side of the tiny detector's output grid (<see cref="TinyInputSize"/> / 32).</summary>
    public const int TinyGridSize = TinyInputSize / 32;

    /// <summary>Anchor boxes per cell of the tiny detector.</summary>
    public const int TinyAnchorCount = 5;

    /// <summary>Values per anchor: x, y, w, h offsets and the objectness logit (one class, no class scores).</summary>
    public const int TinyBoxEncoding = 5;

    /// <summary>The tiny detector's raw output, NHWC <c>[N,13,13,25]</c> (anchor-major: channel = anchor·5 + value); its input is planar, <c>[N,3,416,416]</c>.</summary>
    public const string TinyOutput = "grid";

    public const string LandmarkInput = "face";

    public const string LandmarkOutput = "landmarks";

    public const string AgeGenderInput = "face";

    public const string AgeOutput = "age";

    public const string GenderOutput = "gender";

    /// <summary>Input size of the landmark net and of ageGenderNet.</summary>
    public const int FaceInputSize = 112;
}
