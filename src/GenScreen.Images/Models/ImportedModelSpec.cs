namespace GenScreen.Images.Models;

/// <summary>
/// What <see cref="ImportedModelStore"/> needs to know about one model produced by the in-repo importer from an npm
/// package: its cache file name, the SHA-256 every copy must have (recorded in <see cref="ModelDoc"/>), the package
/// files whose presence means <c>npm ci</c> has run, and the import itself (package directory → ONNX bytes).
/// </summary>
/// <param name="DisplayName">Used in messages, e.g. "face detector (SSD MobileNetV1)".</param>
/// <param name="FileName">Cache file name under <c>artifacts/models</c>, e.g. <c>faceapi_ssd_mobilenetv1.onnx</c>.</param>
/// <param name="Sha256">Expected SHA-256, lower-case hex.</param>
/// <param name="PackageName">npm package the weights come from, e.g. <c>@vladmandic/face-api</c>.</param>
/// <param name="RequiredPackageFiles">Files relative to the package directory that must exist before importing.</param>
/// <param name="ModelDoc">Repository path of the MODEL.md recording the hash, for error messages.</param>
/// <param name="Import">Converts the installed package (its directory) into the ONNX file's bytes.</param>
public sealed record ImportedModelSpec(
    string DisplayName,
    string FileName,
    string Sha256,
    string PackageName,
    IReadOnlyList<string> RequiredPackageFiles,
    string ModelDoc,
    Func<string, byte[]> Import);
