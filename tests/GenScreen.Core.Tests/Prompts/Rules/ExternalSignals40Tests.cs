using GenScreen.Core.Detectors;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 40: an external detector's signal has no span in the prompt (-1, -1). The clothes-taken-out-of-a-place guard
/// remembered "no span" with the same value and dropped every sexual signal at it, so Azure AI Content Safety's sexual
/// severity was ignored (found by the Content Safety integration tests at the round's CI).
/// </summary>
public sealed class ExternalSignals40Tests
{
    private static DetectorResult Sexual(int severity) =>
        new("content-safety", [new CategorySeverity(HarmCategory.Sexual, severity)], []);

    [Fact]
    public void Screen_ExternalSexualSeverity_BlocksUnderStrict() =>
        Assert.Equal(Decision.Block, TestScreeners.Default.Screen("a tasteful photo of a lighthouse", null, "strict", [Sexual(6)]).Decision);

    [Fact]
    public void Screen_ExternalSexualWithALexiconMinor_BlocksUnderMature() =>
        Assert.Equal(Decision.Block, TestScreeners.Default.Screen("a child on a bed, soft light", null, "mature", [Sexual(4)]).Decision);

    [Fact]
    public void Screen_NoExternalSignal_AllowsTheLighthouse() =>
        Assert.Equal(Decision.Allow, TestScreeners.Default.Screen("a tasteful photo of a lighthouse", null, "strict", []).Decision);
}
