using GenScreen.ModelImport;

// The build's entry point (GenScreen.Functions.csproj runs it when artifacts/models lacks the model):
// `GenScreen.ModelImport import [repository-root]` imports nsfwjs's MobileNetV2 and face-api's three face models
// (FaceApi/FaceModelCache) into the clone's cache, checks their SHA-256 and prints their paths, one a line; the
// Functions build ships all four in models/ (faces are on by default, and a deployed app has no importer).
if (args is not ["import", ..] || args.Length > 2)
{
    await Console.Error.WriteLineAsync("usage: GenScreen.ModelImport import [repository-root]").ConfigureAwait(false);
    return 2;
}

try
{
    var root = args.Length == 2 ? args[1] : null;
    Console.WriteLine(NsfwModelCache.EnsureFile(root, Console.Error.WriteLine));
    var faces = GenScreen.ModelImport.FaceApi.FaceModelCache.EnsureFiles(root, Console.Error.WriteLine);
    Console.WriteLine(faces.Detector.Path);
    Console.WriteLine(faces.Landmarks.Path);
    Console.WriteLine(faces.Age.Path);
    return 0;
}
catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or IOException or TimeoutException)
{
    await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
    return 1;
}
