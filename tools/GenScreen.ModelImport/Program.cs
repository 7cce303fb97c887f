using GenScreen.ModelImport;

// The build's entry point (GenScreen.Functions.csproj runs it when artifacts/models lacks the model):
// `GenScreen.ModelImport import [repository-root]` imports nsfwjs's MobileNetV2 and InceptionV3 (the second stage), each in float32 and its int8 quantization,
// and face-api's models (both detectors, landmarks, age: FaceApi/FaceModelCache; the recognition net) into the clone's cache, checks
// their SHA-256, writes each one's Brotli-compressed copy beside it (x.onnx.br: ModelCompression) and prints their paths, one a line;
// the Functions build ships the compressed copy of one of each role in models/ (a deployed app has no importer).
if (args is not ["import", ..] || args.Length > 2)
{
    await Console.Error.WriteLineAsync("usage: GenScreen.ModelImport import [repository-root]").ConfigureAwait(false);
    return 2;
}

try
{
    var root = args.Length == 2 ? args[1] : null;
    var paths = new List<string>();
    foreach (var model in GenScreen.Images.Nsfw.NsfwModelSpec.Imported)
    {
        paths.Add(NsfwModelCache.EnsureFile(model, root, Console.Error.WriteLine));
    }

    var faces = GenScreen.ModelImport.FaceApi.FaceModelCache.EnsureFiles(root, Console.Error.WriteLine);
    paths.AddRange([faces.Detector.Path, faces.Landmarks.Path, faces.Age.Path]);
    paths.Add(GenScreen.ModelImport.FaceApi.FaceModelCache.EnsureDetector(GenScreen.Images.Faces.FaceDetectorKind.Tiny, root, Console.Error.WriteLine).Path);
    paths.Add(GenScreen.ModelImport.FaceRecognition.FaceApiRecognitionModelImporter.EnsureFile(root, Console.Error.WriteLine).Path);
    foreach (var path in paths)
    {
        // The Functions build ships the compressed copies (x.onnx.br), expanded and hash-checked at load.
        ModelCompression.EnsureCompressed(path, Console.Error.WriteLine);
        Console.WriteLine(path);
    }

    return 0;
}
catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or IOException or TimeoutException)
{
    await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
    return 1;
}
