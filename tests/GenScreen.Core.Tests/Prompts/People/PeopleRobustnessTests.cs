using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// The people detectors on pathological input: every pass is linear with bounded look-ahead, so these finish
/// (xUnit's run would hang otherwise) and give the same verdict twice. No timing is asserted.
/// </summary>
public sealed class PeopleRobustnessTests
{
    public static TheoryData<string, string> Inputs() => new()
    {
        { "joined chain", string.Join('-', Enumerable.Repeat("ta", 50_000)) },
        { "dotted letters", string.Join('.', Enumerable.Repeat("a", 50_000)) },
        { "spaced letter runs", string.Concat(Enumerable.Repeat("a.b.c d.e.f ", 8_000)) },
        { "handles", string.Concat(Enumerable.Repeat("@a1b2 ", 15_000)) },
        { "given names", string.Concat(Enumerable.Repeat("Sarah ", 15_000)) },
        { "possessives", string.Concat(Enumerable.Repeat("my my ", 15_000)) },
        { "roles", string.Concat(Enumerable.Repeat("the drummer of ", 6_000)) },
        { "cyrillic", string.Concat(Enumerable.Repeat("тейлор ", 12_000)) },
        { "han run", new string('泰', 90_000) },
        { "kana with dots", string.Concat(Enumerable.Repeat("テイラー・", 18_000)) },
        { "hangul", string.Concat(Enumerable.Repeat("테일러 ", 20_000)) },
        { "thai", string.Concat(Enumerable.Repeat("เทย์เลอร์ ", 9_000)) },
        { "undress verbs", string.Concat(Enumerable.Repeat("remove her ", 9_000)) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Screen_PathologicalInput_FinishesWithTheSameVerdictTwice(string name, string prompt)
    {
        var first = TestScreeners.Default.Screen(prompt, null, "mature", GenerationMode.Img2Img);
        var second = TestScreeners.Default.Screen(prompt, null, "mature", GenerationMode.Img2Img);

        Assert.True(first.Decision == second.Decision, name);
        Assert.Equal(first.Reasons.Select(r => r.Code), second.Reasons.Select(r => r.Code));
    }
}
