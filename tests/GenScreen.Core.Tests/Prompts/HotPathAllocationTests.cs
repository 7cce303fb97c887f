using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>
/// Tokenizing, matching and reading ages allocate nothing once the workspace is warm (only a verdict, and
/// the text of a found age, are allocated): measured in bytes allocated on this thread, not in time.
/// </summary>
public sealed class HotPathAllocationTests
{
    private static readonly Lazy<LexiconSet> Lexicons = new(() => LexiconSet.Build(BuiltInLexicons.Load()));

    [Theory]
    [InlineData("score_9, score_8_up, score_7_up, source_anime, 1girl, woman, nude, (detailed skin:1.2), 1024x1536, f/1.8, year 2025")]
    [InlineData("she is one of the most beautiful women, (naked sword:1.2), not nude, younggirlish, kidney, zwölfjährigerweise, 12:30, #7")]
    [InlineData("grade A beef, first class cabin, woman in a class 3 hurricane, 5th grade teacher, married for 12 years")]
    [InlineData("\u5927\u5E74\u521D\u4E00, \u8EAB\u9AD8\u4E00\u7C73\u516D, \u4E2D\u4E8C\u75C5, \u88F8\u4F53\u5973\u4EBA")]
    [InlineData("\u0648\u0627\u0644\u0637\u0641\u0644\u0629 \u0648\u0644\u0627 \u0639\u0627\u0631\u064A\u0629, \U0001F476\U0001F3FD\U0001F346\U0001F4A6\u200D\U0001F467, nakna barn p\u00E5 stranden, a kind barn, mankind")]
    public void MatchAndDetectAges_WarmWorkspace_AllocateNothing(string prompt)
    {
        var text = new TokenizedText();
        var summary = new SignalSummary();
        void Run()
        {
            summary.Clear();
            PromptTokenizer.Tokenize(prompt, text);
            TermMatcher.Match(text, Lexicons.Value.Prompt, summary, PromptField.Prompt);
            AgeDetector.Detect(text, Lexicons.Value, summary, 2026);
        }

        Run(); // warm: workspace buffers grown, code jitted
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
