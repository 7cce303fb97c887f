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

    public const string LandmarkInput = "face";

    public const string LandmarkOutput = "landmarks";

    public const string AgeGenderInput = "face";

    public const string AgeOutput = "age";

    public const string GenderOutput = "gender";

    /// <summary>Input size of the landmark net and of ageGenderNet.</summary>
    public const int FaceInputSize = 112;
}
