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
        var policies = PolicyCatalog.LoadBuiltIn();
        var a = new PromptScreener(parallel, policies, "mature");
        var b = new PromptScreener(inOrder, policies, "mature");

        Assert.Equal(inOrder.ContentHash, parallel.ContentHash);
        Assert.Equal(inOrder.PromptTermCount, parallel.PromptTermCount);
        Assert.Equal(inOrder.ProtectedNameCount, parallel.ProtectedNameCount);
        var prompts = LabelledPrompt.LoadAll();
        Assert.True(prompts.Count > 2000, $"only {prompts.Count} labelled prompts were found");
        var compared = 0;
        foreach (var p in prompts)
        {
            Assert.True(WireNames.TryParseMode(p.Mode ?? "txt2img", out var mode), $"{p.Id}: unknown mode '{p.Mode}'");
            foreach (var policy in new[] { "mature", "strict" })
            {
                var expected = Describe(b.Screen(p.Prompt, p.NegativePrompt, policy, mode));
                var actual = Describe(a.Screen(p.Prompt, p.NegativePrompt, policy, mode));
                Assert.True(expected == actual, $"{p.Id} under {policy}:\n in order: {expected}\n parallel: {actual}");
                compared++;
            }
        }

        Assert.Equal(2 * prompts.Count, compared);
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

    private static string Describe(PromptVerdict verdict) =>
        VerdictJson.ToJsonString(writer =>
        {
            writer.WriteStartObject();
            VerdictJson.WriteDecisionFields(writer, verdict.Decision, verdict.Policy, verdict.PolicyVersion, verdict.Categories, verdict.Reasons);
            VerdictJson.WritePromptFields(writer, verdict);
            writer.WriteEndObject();
        });
}
