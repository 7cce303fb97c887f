using System.Text;
using System.Text.Json;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Lexicons.Snapshot;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// The lexicon snapshot (written at build time by tools/GenScreen.LexiconSnapshot, embedded in GenScreen.Core):
/// it covers every built-in file as this build embeds it, gives back exactly the document the JSON gives, is the
/// same bytes for the same data, and is never used for data it was not written from; a corrupt or stale snapshot
/// leaves start-up to the JSON, with the same lexicon.
/// </summary>
public sealed class LexiconSnapshotTests
{
    // Per test, not static: the snapshot is held weakly by the product (LexiconMemoryTests proves a built lexicon keeps
    // none of it), and a static here would keep it alive for the rest of the test run.
    private readonly Lazy<LexiconSnapshot> Embedded = new(() =>
        LexiconSnapshot.BuiltIn ?? throw new InvalidOperationException("the build embedded no readable lexicon snapshot"));

    [Fact]
    public void BuiltIn_HoldsEveryBuiltInFileAsEmbedded_SameDocumentAsItsJson()
    {
        var sources = BuiltInLexicons.Load();
        Assert.True(sources.Count >= 60, $"only {sources.Count} built-in lexicon files");
        Assert.Equal(sources.Count, Embedded.Value.Count);
        var workspace = new TokenizedText();
        foreach (var source in sources)
        {
            var entry = Embedded.Value.Find(source);
            Assert.True(entry is not null, $"{source.Name}: no snapshot entry for the embedded JSON (stale snapshot)");
            var parsed = LexiconSet.Parse(source);
            Assert.Equal(AsJson(parsed), AsJson(entry.Document));

            // The names, normalized at build time, as start-up would normalize them.
            Assert.NotNull(entry.Names);
            List<string>[] lists = [parsed.Names, parsed.ExactNames, parsed.WellKnownNames];
            for (var list = 0; list < lists.Length; list++)
            {
                Assert.Equal(lists[list].Select(name => NormalizedForm.Of(name, workspace)), entry.Names[list]!);
            }
        }
    }

    /// <summary>
    /// Every list, map and flag of <see cref="LexiconDocument"/> survives the codec, including fields no built-in file
    /// uses yet: a field added to the document but not to the codec would otherwise vanish from the snapshot unnoticed
    /// until a data file used it (as <c>honorificsBefore</c> did when two branches met).
    /// </summary>
    [Fact]
    public void Codec_EveryStringListMapAndFlagOfTheDocument_RoundTrips()
    {
        var doc = new LexiconDocument();
        var probed = 0;
        foreach (var property in typeof(LexiconDocument).GetProperties().Where(p => p.CanWrite))
        {
            object? value = property.PropertyType switch
            {
                var t when t == typeof(List<string>) => new List<string> { $"probe-{property.Name}" },
                var t when t == typeof(Dictionary<string, string>) => new Dictionary<string, string> { [$"probe-{property.Name}"] = "value" },
                var t when t == typeof(bool) => true,
                _ => null,
            };
            if (value is null)
            {
                continue;
            }

            property.SetValue(doc, value);
            probed++;
        }

        Assert.True(probed >= 30, $"only {probed} properties probed");
        var writer = new SnapshotWriter();
        LexiconDocumentCodec.Write(doc, writer);
        var reader = new SnapshotReader(writer.ToArray());
        var read = LexiconDocumentCodec.Read(ref reader);
        Assert.Equal(AsJson(doc), AsJson(read));
    }

    [Fact]
    public void Write_SameData_SameBytes_EqualToTheEmbeddedSnapshot()
    {
        var files = BuiltInLexicons.Load().Select(s => (s.Name, s.Json)).ToList();
        var first = WriteSnapshot(files);
        files.Reverse(); // the order files are found in does not matter
        var second = WriteSnapshot(files);

        Assert.Equal(first, second);
        Assert.Equal(EmbeddedBytes(), first);
    }

    [Fact]
    public void Build_WithAndWithoutSnapshot_SameVerdictForEveryLabelledPromptUnderEachPolicy()
    {
        var sources = BuiltInLexicons.Load();
        var fromSnapshot = LexiconSet.Build(sources, parallel: true, snapshot: Embedded.Value);
        var fromJson = LexiconSet.Build(sources, parallel: true, snapshot: null);
        Assert.Equal(fromJson.ContentHash, fromSnapshot.ContentHash);
        Assert.Equal(fromJson.PromptTermCount, fromSnapshot.PromptTermCount);
        Assert.Equal(fromJson.ProtectedNameCount, fromSnapshot.ProtectedNameCount);

        SameVerdicts.AssertForEveryLabelledPrompt(fromJson, "JSON", fromSnapshot, "snapshot");
    }

    [Fact]
    public void Find_ChangedFile_NoEntry_BuildParsesTheNewJson()
    {
        var old = Source("""{ "language": "en", "prompt": [ { "term": "glorbnax", "signal": "sexual", "level": 3 } ] }""");
        var snapshot = Read(WriteSnapshot([(old.Name, old.Json)]));
        Assert.NotNull(snapshot.Find(old));

        // The same file edited after the snapshot was written: the snapshot must not answer for it.
        var changed = Source("""{ "language": "en", "prompt": [ { "term": "zintrovel", "signal": "sexual", "level": 3 } ] }""");
        Assert.Null(snapshot.Find(changed));

        var lexicon = LexiconSet.Build([changed], parallel: true, snapshot: snapshot);
        var expected = LexiconSet.Build([changed], parallel: true, snapshot: null);
        Assert.Equal(expected.PromptTermCount, lexicon.PromptTermCount);
        var screener = new PromptScreener(lexicon, PolicyCatalog.LoadBuiltIn(), "mature");
        Assert.Contains(screener.Screen("zintrovel", null, "strict", GenerationMode.Txt2Img).Reasons, r => r.Term == "zintrovel");
        Assert.DoesNotContain(screener.Screen("glorbnax", null, "strict", GenerationMode.Txt2Img).Reasons, r => r.Term == "glorbnax");
    }

    [Theory]
    [InlineData(0)] // the magic
    [InlineData(12)] // the entry count
    [InlineData(-40)] // the last document's bytes
    [InlineData(-1)] // the checksum
    public void FromBytes_CorruptByte_RefusedWithReason(int position)
    {
        var bytes = EmbeddedBytes();
        var at = position >= 0 ? position : bytes.Length + position;
        bytes[at] ^= 0x5A;

        Assert.Null(LexiconSnapshot.FromBytes(bytes, out var error));
        Assert.StartsWith("Lexicon snapshot:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(1000)]
    public void FromBytes_Truncated_RefusedWithReason(int keep)
    {
        Assert.Null(LexiconSnapshot.FromBytes(EmbeddedBytes()[..keep], out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Build_CorruptSnapshot_FallsBackToJson_SameLexicon()
    {
        var bytes = EmbeddedBytes();
        bytes[bytes.Length / 2] ^= 0xFF;
        var refused = LexiconSnapshot.FromBytes(bytes, out _);
        var sources = BuiltInLexicons.Load().Where(s => s.Name is "builtin:en" or "builtin:de" or "builtin:names/fictional-adults").ToList();

        var fallback = LexiconSet.Build(sources, parallel: true, snapshot: refused);
        var fromSnapshot = LexiconSet.Build(sources, parallel: true, snapshot: Embedded.Value);

        Assert.Null(refused);
        Assert.Equal(fromSnapshot.ContentHash, fallback.ContentHash);
        Assert.Equal(fromSnapshot.PromptTermCount, fallback.PromptTermCount);
        Assert.Equal(fromSnapshot.ProtectedNameCount, fallback.ProtectedNameCount);
    }

    [Fact]
    public void Write_FileThatDoesNotParse_LeftOut_ItsErrorStaysTheLoaders()
    {
        var bad = Source("""{ "prompt": [ """);
        var snapshot = Read(WriteSnapshot([(bad.Name, bad.Json)]));

        Assert.Equal(0, snapshot.Count);
        var ex = Assert.Throws<LexiconFormatException>(() => LexiconSet.Build([bad], parallel: true, snapshot: snapshot));
        Assert.Contains("builtin:test", ex.Message, StringComparison.Ordinal);
    }

    private static LexiconSource Source(string json) => new("builtin:test", Encoding.UTF8.GetBytes(json), IsConfigured: false);

    private static byte[] WriteSnapshot(IEnumerable<(string Name, byte[] Json)> files) =>
        LexiconSnapshotFile.Write(files, json => JsonSerializer.Deserialize(json, LexiconJsonContext.Default.LexiconDocument));

    private static LexiconSnapshot Read(byte[] bytes) =>
        LexiconSnapshot.FromBytes(bytes, out var error) ?? throw new InvalidOperationException(error);

    private static byte[] EmbeddedBytes()
    {
        using var stream = typeof(LexiconSet).Assembly.GetManifestResourceStream(LexiconSnapshot.ResourceName)
            ?? throw new InvalidOperationException("no embedded lexicon snapshot");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string AsJson(LexiconDocument doc) => JsonSerializer.Serialize(doc, LexiconJsonContext.Default.LexiconDocument);
}
