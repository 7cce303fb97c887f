using GenScreen.ModelImport;

// The build's entry point (GenScreen.Functions.csproj runs it when artifacts/models lacks the model):
// `GenScreen.ModelImport import [repository-root]` imports nsfwjs's MobileNetV2 into the clone's cache, checks its
// SHA-256 and prints the path. `genscreen models import` does the same for people. (The face models have their own
// cache, FaceApi/FaceModelCache; shipping them with the Functions build is left to the faces integration.)
if (args is not ["import", ..] || args.Length > 2)
{
    await Console.Error.WriteLineAsync("usage: GenScreen.ModelImport import [repository-root]").ConfigureAwait(false);
    return 2;
}

try
{
    Console.WriteLine(NsfwModelCache.EnsureFile(args.Length == 2 ? args[1] : null, Console.Error.WriteLine));
    return 0;
}
catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or IOException or TimeoutException)
{
    await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
    return 1;
}
