using System.Text;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// Start-up builds the lexicons on both cores (sources parsed and names normalized ahead, the index of names in
/// other scripts beside the term index). It must build exactly what the in-order, one-thread path builds: the
/// same verdict, to the reason and span, for every prompt of the labelled set under every policy, and the same
/// errors for bad files.
/// </summary>
public sealed class ParallelBuildTests
{
    [Fact]
    public void Build_ParallelAndInOrder_SameVerdictForEveryLabelledPromptUnderEachPolicy()
    {
        var sources = BuiltInLexicons.Load();
        var parallel = LexiconSet.Build(sources, parallel: true);
        var inOrder = LexiconSet.Build(sources, parallel: false);
        Assert.Equal(inOrder.ContentHash, parallel.ContentHash);
        Assert.Equal(inOrder.PromptTermCount, parallel.PromptTermCount);
        Assert.Equal(inOrder.ProtectedNameCount, parallel.ProtectedNameCount);
        var compared = SameVerdicts.AssertForEveryLabelledPrompt(inOrder, "in order", parallel, "parallel");
        Assert.Equal(2 * LabelledPrompt.LoadAll().Count, compared);
    }

    /// <summary>
    /// The term index packs its squeezed table, its known words and its gate on the other core when parallel (session 23):
    /// every key of the word and phrase table has the same value in both builds, and every word of a key, and every squeezed
    /// one-word key, gets the same answer.
    /// </summary>
    [Fact]
    public void Build_ParallelAndInOrder_SameTermIndexTables()
    {
        var sources = BuiltInLexicons.Load();
        var parallel = LexiconSet.Build(sources, parallel: true).Prompt;
        var inOrder = LexiconSet.Build(sources, parallel: false).Prompt;
        var keys = inOrder.Keys.ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), parallel.Keys.Order(StringComparer.Ordinal));
        var buffer = new char[256];
        var squeezedChecked = 0;
        foreach (var key in keys)
        {
            Assert.True(inOrder.TryGet(key, out var expected));
            Assert.True(parallel.TryGet(key, out var actual), key);
            Assert.Equal(expected, actual);
            foreach (var word in key.Split(' '))
            {
                Assert.Equal(inOrder.IsKnownWord(word), parallel.IsKnownWord(word));
            }

            if (!key.Contains(' ', StringComparison.Ordinal) && key.Length <= buffer.Length)
            {
                var squeezed = buffer.AsSpan(0, GenScreen.Core.Prompts.Normalization.TokenVariants.Squeeze(key, buffer, out _));
                var found = inOrder.TryGetSqueezed(squeezed, out var entry);
                Assert.Equal(found, parallel.TryGetSqueezed(squeezed, out var parallelEntry));
                Assert.Equal(entry, parallelEntry);
                squeezedChecked += found ? 1 : 0;
            }
        }

        Assert.True(squeezedChecked > 10_000, $"only {squeezedChecked} squeezed keys found");
        Assert.False(parallel.TryGet("zzqxw", out _));
        Assert.False(parallel.IsKnownWord("zzqxw"));
    }

    /// <summary>
    /// The inflection tables (stems, compound heads and tails, their gates) are built on the other core while the term index
    /// is built, when parallel (session 25): the same sizes, and the same stem and compound answers for every one-word key and
    /// the key with an ending added.
    /// </summary>
    [Fact]
    public void Build_ParallelAndInOrder_SameInflectionTables()
    {
        var sources = BuiltInLexicons.Load();
        var parallel = LexiconSet.Build(sources, parallel: true).Prompt.Inflections;
        var inOrderIndex = LexiconSet.Build(sources, parallel: false).Prompt;
        var inOrder = inOrderIndex.Inflections;
        Assert.True(inOrder.HasStems && inOrder.HasCompounds);
        Assert.Equal(inOrder.StemCount, parallel.StemCount);
        Assert.Equal(inOrder.CompoundPartCount, parallel.CompoundPartCount);
        Assert.Equal(inOrder.MaxEnding, parallel.MaxEnding);
        Assert.Equal(inOrder.CompoundLanguages, parallel.CompoundLanguages);
        Assert.Equal(inOrder.Affixes.Length, parallel.Affixes.Length);
        var expectedBuffer = new char[Inflections.MaxWordLength + 8];
        var actualBuffer = new char[Inflections.MaxWordLength + 8];
        var stems = 0;
        var compounds = 0;
        foreach (var key in inOrderIndex.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal) && k.Length <= Inflections.MaxWordLength - 3))
        {
            foreach (var word in new[] { key, key + "en", key + "ami", key + "s" })
            {
                var stemmed = inOrder.TryStem(word, expectedBuffer, out var entry, out var language);
                Assert.Equal(stemmed, parallel.TryStem(word, actualBuffer, out var parallelEntry, out var parallelLanguage));
                Assert.Equal(entry, parallelEntry);
                Assert.Equal(language, parallelLanguage);
                var compound = inOrder.TryCompound(word, out var head, out var tail);
                Assert.Equal(compound, parallel.TryCompound(word, out var parallelHead, out var parallelTail));
                Assert.Equal(head, parallelHead);
                Assert.Equal(tail, parallelTail);
                stems += stemmed ? 1 : 0;
                compounds += compound ? 1 : 0;
            }
        }

        Assert.True(stems > 1_000, $"only {stems} words stemmed");
        Assert.True(compounds > 100, $"only {compounds} compounds found");
    }

    [Theory]
    [InlineData("{ \"names\": [ ")] // invalid JSON in the second file
    [InlineData("""{ "names": [ "Jane Doe", null ] }""")] // a null name: not normalized ahead, reported in order
    [InlineData("""{ "names": [ "!!! ,,," ] }""")] // a name with no letters
    public void Build_BadSecondSource_SameErrorInBothPaths(string json)
    {
        LexiconSource[] sources =
        [
            new("first", Encoding.UTF8.GetBytes("""{ "names": [ "John Q Example" ] }"""), IsConfigured: true),
            new("second", Encoding.UTF8.GetBytes(json), IsConfigured: true),
        ];

        var inOrder = Assert.Throws<LexiconFormatException>(() => LexiconSet.Build(sources, parallel: false));
        var parallel = Assert.Throws<LexiconFormatException>(() => LexiconSet.Build(sources, parallel: true));

        Assert.Equal(inOrder.Message, parallel.Message);
        Assert.Contains("second", parallel.Message, StringComparison.Ordinal);
    }
}
