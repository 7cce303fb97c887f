using System.Globalization;
using GenScreen.Images.Decoding;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace GenScreen.Images.Tests.Hostile;

/// <summary>
/// The hostile-image fuzz loop that runs in CI: the hand-made corpus (<see cref="HostileImages"/>) and a bounded number
/// of deterministic mutations (<see cref="ImageMutator"/>) of the committed decoding fixtures plus JPEGs carrying
/// thumbnails and multi-picture images. Every input must give a result (a screened image or a failure with a stable reason
/// and a message), never an exception or an internal error, and stay inside the memory bound stated in
/// docs/reliability.md, measured as the managed bytes the decode thread and the caller allocate. Time is bounded by the
/// decoder's budget on its TimeProvider (its own tests prove the budget); here a case over budget is a clear error
/// (<c>decode-timeout</c>), not a failure. A failing case prints the seed, its index and the mutations that made it,
/// and is written to artifacts/fuzz-failures for replay. GENSCREEN_FUZZ_SEED and GENSCREEN_FUZZ_CASES run other or
/// longer loops (the CI count is kept to a few seconds on two cores).
/// </summary>
public sealed class ImageFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20_261_201;
    private const int DefaultCases = 1_500;

    /// <summary>Canvas (4 B/px) and at most two RGB frames (3 B/px each): the decoder's buffers, whatever the frame count.</summary>
    private const int BytesPerCanvasPixel = 10;

    /// <summary>Headroom for the container walk, the codec wrappers and the test's own bookkeeping per input.</summary>
    private const long FixedOverheadBytes = 2L * 1024 * 1024;

    private static readonly HashSet<string> Reasons =
    [
        DecodeFailureReason.Empty, DecodeFailureReason.Truncated, DecodeFailureReason.Corrupt, DecodeFailureReason.UnsupportedFormat,
        DecodeFailureReason.TooLargeBytes, DecodeFailureReason.TooManyPixels, DecodeFailureReason.DimensionsTooLarge,
        DecodeFailureReason.TooManyFrames, DecodeFailureReason.DecodeTimeout,
    ];

    /// <summary>Tighter than production so a bomb that slipped past a check would show as memory, fast.</summary>
    private static ImageDecodeLimits Limits() => new()
    {
        MaxBytes = 8L * 1024 * 1024,
        MaxPixels = 4_000_000,
        MaxDimension = 4_096,
        MaxFrames = 24,
        MaxTotalPixels = 16_000_000,
    };

    [Fact]
    public void Decode_HostileCorpus_EveryInputGetsAResultWithinTheMemoryBound()
    {
        var seeds = Seeds();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, bytes) in HostileImages.Cases(seeds))
        {
            var result = Check(bytes, $"corpus case '{name}'", "corpus");
            Count(outcomes, result);
            if (name.StartsWith("png-declares", StringComparison.Ordinal) || name.Contains("65535", StringComparison.Ordinal) || name.EndsWith("2^24", StringComparison.Ordinal))
            {
                // Dimension bombs are refused for what they declare, before any pixel buffer exists.
                Assert.False(result.Succeeded, name);
                Assert.True(result.DecodeThreadAllocatedBytes < 1024 * 1024, $"{name} allocated {result.DecodeThreadAllocatedBytes} bytes before refusing");
            }
        }

        output.WriteLine("corpus outcomes: " + string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}")));
        // The corpus exercises refusals of every kind, and its valid polyglots still decode (the image part is screened).
        // Each refusal kind the corpus is built to reach (a slow machine may add "timeout" for a heavy case; never required).
        string[] refusals = ["corrupt", "dimensions-too-large", "too-large-bytes", "too-many-frames", "too-many-pixels", "truncated", "unsupported-format"];
        Assert.True(refusals.All(outcomes.ContainsKey), "missing refusal kinds: " + string.Join(", ", refusals.Where(r => !outcomes.ContainsKey(r))));
        Assert.True(outcomes.GetValueOrDefault("ok") > 0);
    }

    [Fact]
    public void Decode_MutatedImages_EveryInputGetsAResultWithinTheMemoryBound()
    {
        int seed = EnvironmentInt("GENSCREEN_FUZZ_SEED", DefaultSeed);
        int cases = EnvironmentInt("GENSCREEN_FUZZ_CASES", DefaultCases);
        var seeds = Seeds();
        var random = new Random(seed);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < cases; i++)
        {
            var (name, original) = seeds[random.Next(seeds.Count)];
            var other = seeds[random.Next(seeds.Count)].Bytes;
            var (bytes, what) = ImageMutator.Mutate(original, other, random);
            var result = Check(bytes, $"seed {seed}, case {i}: {name}, {what}", $"{seed}-{i}");
            Count(outcomes, result);
        }

        output.WriteLine($"seed {seed}, {cases} cases: " + string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}")));
        Assert.True(outcomes.GetValueOrDefault("ok") > 0, "some mutations leave a decodable image (a flip in a comment, a polyglot tail)");
        Assert.True(outcomes.Count >= 4);
    }

    /// <summary>Decodes one input into a counting sink and checks the contract; any exception becomes a failure naming the case.</summary>
    private static ImageDecodeResult Check(byte[] bytes, string description, string fileTag)
    {
        var limits = Limits();
        var sink = new CountingSink();
        try
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var result = SafeImageDecoder.Decode(bytes, null, null, limits, sink, TimeProvider.System, CancellationToken.None);
            long allocated = result.DecodeThreadAllocatedBytes + (GC.GetAllocatedBytesForCurrentThread() - before);
            long bound = (BytesPerCanvasPixel * limits.MaxPixels) + (2L * bytes.Length) + FixedOverheadBytes;
            if (result.Succeeded)
            {
                Assert.True(sink.Frames == result.FramesScreened + result.EmbeddedImagesScreened, $"{sink.Frames} frames delivered, {result.FramesScreened} + {result.EmbeddedImagesScreened} reported");
                Assert.True(result.FramesScreened == result.FrameCount, "never screened in part");
                Assert.True(result.Width > 0 && result.Height > 0);
            }
            else
            {
                Assert.True(Reasons.Contains(result.FailureReason), $"failure reason '{result.FailureReason}': {result.Message}");
                Assert.False(string.IsNullOrWhiteSpace(result.Message));
            }

            Assert.True(allocated <= bound, $"allocated {allocated} bytes; the bound is {bound}");
            return result;
        }
        catch (Exception e)
        {
            var folder = Path.Combine(RepositoryRootPath(), "artifacts", "fuzz-failures");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, fileTag + ".bin");
            File.WriteAllBytes(path, bytes);
            throw new XunitException($"{description} ({bytes.Length} bytes, saved to {path}): {e.GetType().Name}: {e.Message}");
        }
    }

    private static void Count(Dictionary<string, int> outcomes, ImageDecodeResult result)
    {
        var key = result.FailureReason ?? "ok";
        outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
    }

    /// <summary>The committed decoding fixtures, plus JPEGs that carry a thumbnail and a second picture.</summary>
    internal static List<(string Name, byte[] Bytes)> Seeds()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "decoding");
        var seeds = Directory.GetFiles(directory)
            .Where(f => !f.EndsWith(".sh", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();
        var quadrants = seeds.Single(s => s.Item1 == "quadrants.jpg").Item2;
        var ramp = seeds.Single(s => s.Item1 == "gray-ramp.jpg").Item2;
        seeds.Add(("quadrants-with-thumbnail.jpg", EmbeddedJpegs.WithExifThumbnail(quadrants, ramp)));
        seeds.Add(("quadrants-multi-picture.jpg", EmbeddedJpegs.MultiPicture(quadrants, ramp)));
        return seeds;
    }

    private static int EnvironmentInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string RepositoryRootPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        return Path.GetTempPath();
    }

    /// <summary>Counts frames without copying them: the memory measured is the decoder's own.</summary>
    private sealed class CountingSink : IFrameSink
    {
        public int Frames { get; private set; }

        public bool Accept(DecodedFrame frame)
        {
            Assert.Equal(frame.Width * frame.Height * 3, frame.Rgb.Length);
            Frames++;
            return false;
        }
    }
}
