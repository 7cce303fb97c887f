using GenScreen.Images.Models;

namespace GenScreen.ModelImport;

/// <summary>
/// How the clone makes one model: the run-time <see cref="ModelIdentity"/> (file name, recorded SHA-256), the npm package
/// its weights ship in, the package files whose presence means <c>npm ci</c> has run, and the import itself (package
/// directory → ONNX bytes).
/// </summary>
public sealed record ImportedModelSpec(ModelIdentity Identity, string PackageName, IReadOnlyList<string> RequiredPackageFiles, Func<string, byte[]> Import);
