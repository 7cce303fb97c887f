namespace GenScreen.Images.Faces;

/// <summary>
/// The bytes of the three face models a <see cref="FaceAnalyzer"/> builds its sessions from, and the version string its
/// verdicts carry. The app makes it only from hash-checked files (<see cref="FaceModelFiles"/>); benchmarks and
/// evaluations also make it from models imported on purpose (the tiny detector at another input size).
/// </summary>
internal sealed record FaceModelBytes(byte[] Detector, byte[] Landmarks, byte[] Age, FaceDetectorKind DetectorKind, string ModelVersion);
