namespace GenScreen.Images.Faces;

/// <summary>Which face-api detector finds the faces (<c>Faces:Detector</c>); landmarks, alignment and age are the same after it.</summary>
public enum FaceDetectorKind
{
    /// <summary>
    /// TinyFaceDetector (TinyYolov2 with separable convolutions, 416×416): about a tenth of SSD's arithmetic, 0.2 MB;
    /// face-api's recommended detector for speed. Boxes are looser than SSD's, which the landmark alignment absorbs.
    /// </summary>
    Tiny,

    /// <summary>SSD MobileNetV1 (512×512): face-api's most accurate detector, about ten times Tiny's cost.</summary>
    Ssd,
}
