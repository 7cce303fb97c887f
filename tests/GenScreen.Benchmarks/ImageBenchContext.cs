using GenScreen.LocalDev;
using GenScreen.Images.Decoding;
using GenScreen.Images.Nsfw;
using GenScreen.ModelImport;

namespace GenScreen.Benchmarks;

/// <summary>What every image benchmark's GlobalSetup needs: the repository, the test images and the model.</summary>
internal static class ImageBenchContext
{
    public static string Root => RepositoryRoot.Find();

    /// <summary>The ONNX model as the tooling finds it in the clone (artifacts/models cache, imported from node_modules/nsfwjs on first use).</summary>
    public static NsfwModelFile Model() => new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = Root }).GetModel();

    /// <summary>Decodes <paramref name="bytes"/> with the production decoder and default limits; throws if it fails.</summary>
    public static DecodedFrame DecodeOrThrow(byte[] bytes, string name)
    {
        var result = SafeImageDecoder.Decode(bytes, null, name, new ImageDecodeLimits(), CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new InvalidDataException($"{name}: {result.FailureReason} {result.Message}");
        }

        return result.Frames[0];
    }
}
