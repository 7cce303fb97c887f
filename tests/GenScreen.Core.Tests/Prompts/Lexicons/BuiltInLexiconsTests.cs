using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// The built-in lexicon files are read from the assembly's resources into one array each, of the resource's length
/// (session 28, startup32: no growing MemoryStream and copy at start-up). The bytes must be exactly the resource's,
/// since the lexicon's content hash and the snapshot's lookup (by SHA-256 of the JSON) both read them.
/// </summary>
public sealed class BuiltInLexiconsTests
{
    private const string Prefix = "GenScreen.Lexicons.";

    [Fact]
    public void Load_EveryEmbeddedFile_SameBytesAsTheResourceStreamCopied()
    {
        var assembly = typeof(BuiltInLexicons).Assembly;
        var sources = BuiltInLexicons.Load();
        var resources = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).ToList();
        Assert.True(sources.Count >= 60, $"only {sources.Count} built-in lexicon files");
        Assert.Equal(resources.Count, sources.Count);
        foreach (var source in sources)
        {
            var resource = Prefix + source.Name["builtin:".Length..] + ".json";
            using var stream = assembly.GetManifestResourceStream(resource);
            Assert.NotNull(stream);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.True(copy.ToArray().AsSpan().SequenceEqual(source.Json), $"{source.Name}: bytes differ from its resource");
        }
    }
}
