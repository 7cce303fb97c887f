using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Lexicons.Snapshot;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// The term-index image (session 29, startup33; written at build time by tools/GenScreen.TermIndexImage beside
/// GenScreen.Core.dll): read back, it is the index the in-memory build makes, table for table and verdict for verdict;
/// missing, stale or damaged, or with configured sources it does not cover, start-up builds the index in memory, with the
/// same verdicts, and says why.
/// </summary>
public sealed class TermIndexImageTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("genscreen-termindex-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string PathOf(string name) => Path.Combine(_directory, name);

    private static LexiconSet Build(IEnumerable<LexiconSource> sources, string? read = null, string? write = null) =>
        LexiconSet.Build(sources, parallel: true, LexiconSnapshot.BuiltIn, stages: null, termIndexImage: read, writeTermIndexImage: write);

    [Fact]
    public void Image_ReadBack_SameIndexAsTheInMemoryBuild_SameVerdictForEveryLabelledPrompt()
    {
        var sources = BuiltInLexicons.Load();
        var image = PathOf("built.termindex");
        var built = Build(sources, write: image);
        Assert.False(built.Prompt.FromImage);
        Assert.True(new FileInfo(image).Length > 1_000_000);

        // Read, and written again from what was read: the same bytes (every table, chain, gate, bit array and entry).
        var again = PathOf("read.termindex");
        var read = Build(sources, read: image, write: again);
        Assert.True(read.Prompt.FromImage, read.TermIndexImageNotice);
        Assert.Null(read.TermIndexImageNotice);
        Assert.True(read.Negative.FromImage);
        Assert.Equal(File.ReadAllBytes(image), File.ReadAllBytes(again));

        // The same keys with the same values, compared through the index's own lookups (entries by value).
        Assert.Equal(built.PromptTermCount, read.PromptTermCount);
        foreach (var (builtIndex, readIndex) in new[] { (built.Prompt, read.Prompt), (built.Negative, read.Negative) })
        {
            var keys = builtIndex.Keys.ToList();
            Assert.Equal(keys, readIndex.Keys);
            foreach (var key in keys)
            {
                Assert.True(builtIndex.TryGet(key, out var want) & readIndex.TryGet(key, out var got), key);
                Assert.Equal(want, got);
                Assert.Equal(builtIndex.IsKnownWord(key), readIndex.IsKnownWord(key));
            }
        }

        var compared = SameVerdicts.AssertForEveryLabelledPrompt(built, "built in memory", read, "read from the image");
        Assert.True(compared > 4000, $"only {compared} verdicts compared");
    }

    [Fact]
    public void Image_MissingStaleDamagedOrConfigured_BuiltInMemory_SameVerdicts_Notice()
    {
        var sources = BuiltInLexicons.Load();
        var image = PathOf("good.termindex");
        var reference = Build(sources, write: image);
        var bytes = File.ReadAllBytes(image);

        // Missing.
        var missing = Build(sources, read: PathOf("absent.termindex"));
        AssertFellBack(missing, "missing");

        // Stale: made from other lexicons (one character of the content hash in the header changed).
        var stale = (byte[])bytes.Clone();
        var hashAt = 4 + 4 + 16 + 1; // magic, format, code version, the hash string's length byte
        stale[hashAt] = (byte)(stale[hashAt] == (byte)'0' ? '1' : '0');
        File.WriteAllBytes(PathOf("stale.termindex"), stale);
        AssertFellBack(Build(sources, read: PathOf("stale.termindex")), "stale");

        // Damaged: cut short in the middle of a table.
        File.WriteAllBytes(PathOf("short.termindex"), bytes[..(bytes.Length / 2)]);
        AssertFellBack(Build(sources, read: PathOf("short.termindex")), "unreadable");

        // A configured source the image does not cover (an operator's term).
        var configured = sources.Append(new LexiconSource(
            "configuration", """{ "language": "config", "prompt": [ { "term": "glorbnax", "signal": "sexual", "level": 3 } ] }"""u8.ToArray(), IsConfigured: true));
        var withTerm = Build(configured, read: image);
        AssertFellBack(withTerm, "configured");
        var screener = new PromptScreener(withTerm, PolicyCatalog.LoadBuiltIn(), "mature");
        Assert.Contains(screener.Screen("glorbnax", null, "strict", GenerationMode.Txt2Img).Reasons, r => r.Term == "glorbnax");

        // Each build keeps its own reason: the configured build after it does not change what the missing-image build says
        // (session 38: a process-wide notice let one CLI test's configured build print on another test's stderr).
        var withoutImage = new PromptScreener(missing, PolicyCatalog.LoadBuiltIn(), "mature");
        Assert.Contains("missing", withoutImage.TermIndexImageNotice(), StringComparison.Ordinal);
        Assert.Null(withoutImage.TermIndexImageNotice(includeAbsentImage: false));
        Assert.Contains("configured", screener.TermIndexImageNotice(includeAbsentImage: false), StringComparison.Ordinal);

        void AssertFellBack(LexiconSet set, string why)
        {
            Assert.False(set.Prompt.FromImage);
            var notice = set.TermIndexImageNotice;
            Assert.NotNull(notice);
            Assert.Contains(why, notice, StringComparison.Ordinal);
            Assert.Contains("built in memory", notice, StringComparison.Ordinal);
            if (why != "configured")
            {
                Assert.Equal(reference.PromptTermCount, set.PromptTermCount);
                var policies = PolicyCatalog.LoadBuiltIn();
                var a = new PromptScreener(reference, policies, "mature");
                var b = new PromptScreener(set, policies, "mature");
                foreach (var prompt in new[] { "a cat in a hat", "nude photo of taylor swift", "naked 12 year old girl", "portrait of an old man" })
                {
                    Assert.Equal(a.Screen(prompt, null, "strict", GenerationMode.Txt2Img).Decision, b.Screen(prompt, null, "strict", GenerationMode.Txt2Img).Decision);
                }
            }
        }
    }
}
