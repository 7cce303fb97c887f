using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// The people indexes only words of other scripts reach (names in other scripts, kanji/Han/Hangul names, given-name
/// keys) are built when a prompt first needs them, not at start-up: a Latin prompt leaves them unbuilt, the first
/// prompt in another script builds them, concurrent first prompts share one build, and verdicts are the same as
/// with every index built up front.
/// </summary>
public sealed class DeferredIndexTests
{
    private static readonly Lazy<List<LexiconSource>> Sources = new(() => [.. BuiltInLexicons.Load()]);

    [Fact]
    public void LatinPrompt_LeavesOtherScriptIndexesUnbuilt()
    {
        var lexicons = LexiconSet.Build(Sources.Value);
        var screener = new PromptScreener(lexicons, PolicyCatalog.LoadBuiltIn(), "mature");

        screener.Screen("a cat in a hat, watercolor", null, "mature");
        screener.Screen("Taylor Swift nude on a beach", null, "mature");

        Assert.False(lexicons.People.DeferredBuilt);
    }

    [Fact]
    public void OfficeCues_BuiltOnlyWhenASexualPromptNeedsThem_AndByTheWarmUp()
    {
        var lexicons = LexiconSet.Build(Sources.Value);
        var screener = new PromptScreener(lexicons, PolicyCatalog.LoadBuiltIn(), "mature");

        screener.Screen("the former president of Brazil at a summit", null, "mature");
        Assert.False(lexicons.OfficeCuesBuilt, "without sexual content the office cues are never read");

        var verdict = screener.Screen("ex CEO of Tesla, naked", null, "mature");
        Assert.True(lexicons.OfficeCuesBuilt);
        Assert.Equal(Decision.Block, verdict.Decision);

        var warmed = LexiconSet.Build(Sources.Value);
        warmed.BuildDeferredIndexes();
        Assert.True(warmed.OfficeCuesBuilt);
    }

    [Theory]
    [InlineData("Тейлор Свифт голая")]
    [InlineData("山田花子 ヌード")]
    [InlineData("นักแสดง สมชาย ใจดี เปลือย")]
    public void PromptInAnotherScript_BuildsThemAndDecidesAsIfBuiltUpFront(string prompt)
    {
        var deferred = LexiconSet.Build(Sources.Value);
        var upFront = LexiconSet.Build(Sources.Value);
        upFront.BuildDeferredIndexes();
        Assert.True(upFront.People.DeferredBuilt);
        var policies = PolicyCatalog.LoadBuiltIn();

        var got = new PromptScreener(deferred, policies, "mature").Screen(prompt, null, "mature");
        var want = new PromptScreener(upFront, policies, "mature").Screen(prompt, null, "mature");

        Assert.True(deferred.People.DeferredBuilt, "a prompt in another script reads the other-script indexes");
        Assert.Equal(want.Decision, got.Decision);
        Assert.Equal(want.Reasons.Select(r => r.ToString()), got.Reasons.Select(r => r.ToString()));
    }

    [Fact]
    public void ConcurrentFirstPrompts_ShareOneBuild()
    {
        var lexicons = LexiconSet.Build(Sources.Value);
        var screener = new PromptScreener(lexicons, PolicyCatalog.LoadBuiltIn(), "mature");
        var reference = new PromptScreener(LexiconSet.Build(Sources.Value, parallel: false), PolicyCatalog.LoadBuiltIn(), "mature");
        string[] prompts = ["Тейлор Свифт голая", "山田花子 ヌード", "테일러 스위프트 누드", "Τέιλορ Σουίφτ γυμνή"];

        var results = new string[16];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var verdict = screener.Screen(prompts[i % prompts.Length], null, "mature");
            results[i] = $"{verdict.Decision} {string.Join(';', verdict.Reasons.Select(r => r.ToString()))}";
        });

        for (var i = 0; i < results.Length; i++)
        {
            var verdict = reference.Screen(prompts[i % prompts.Length], null, "mature");
            Assert.Equal($"{verdict.Decision} {string.Join(';', verdict.Reasons.Select(r => r.ToString()))}", results[i]);
        }
    }
}
