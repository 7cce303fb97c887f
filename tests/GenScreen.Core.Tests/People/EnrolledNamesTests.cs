using GenScreen.Core.Configuration;
using GenScreen.Core.People;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.People;

/// <summary>Names of enrolled people reach prompt screening as gazetteer real people, and leave it when removed.</summary>
public sealed class EnrolledNamesTests
{
    private static PromptScreeningService NewService(ScreeningOptions options) => new(ScreeningSetup.CreateScreener(options), []);

    private static bool RealPersonSexual(PromptVerdict verdict) => verdict.Reasons.Any(r => r.Code == ReasonCodes.RealPersonSexual);

    [Fact]
    public async Task Apply_EnrolledNameAndAlias_SexualPromptNamingThemBlocksUnderEveryPolicy()
    {
        var options = new ScreeningOptions();
        var service = NewService(options);
        var names = new EnrolledNames(options, service);
        var versionBefore = service.Screener.PolicyVersion;

        foreach (var policy in new[] { "mature", "strict" })
        {
            Assert.False(RealPersonSexual(await service.ScreenAsync("Quilla Marrowgate, sexy", null, policy, CancellationToken.None)));
        }

        Assert.True(names.Apply(["Quilla Marrowgate", "Q. Marrowgate-Sloane"]));

        foreach (var policy in new[] { "mature", "strict" })
        {
            var byName = await service.ScreenAsync("Quilla Marrowgate, sexy", null, policy, CancellationToken.None);
            var byAlias = await service.ScreenAsync("nude photo of q. marrowgate-sloane", null, policy, CancellationToken.None);
            Assert.Equal(Decision.Block, byName.Decision);
            Assert.True(RealPersonSexual(byName));
            Assert.Equal(Decision.Block, byAlias.Decision);
            Assert.True(RealPersonSexual(byAlias));
        }

        Assert.NotEqual(versionBefore, service.Screener.PolicyVersion);
    }

    [Fact]
    public async Task Apply_EnrolledNameMatchesLikeAGazetteerName_SameReasonAsConfiguredProtectedName()
    {
        var options = new ScreeningOptions();
        var service = NewService(options);
        new EnrolledNames(options, service).Apply(["Quilla Marrowgate"]);
        var configured = ScreeningSetup.CreateScreener(new ScreeningOptions { ProtectedNames = ["Quilla Marrowgate"] });

        var enrolled = await service.ScreenAsync("quilla marrowgate in lingerie", null, "mature", CancellationToken.None);
        var gazetteer = configured.Screen("quilla marrowgate in lingerie", null, "mature");

        Assert.Equal(gazetteer.Decision, enrolled.Decision);
        Assert.Equal(gazetteer.Reasons.Select(r => r.Code).Order(), enrolled.Reasons.Select(r => r.Code).Order());
    }

    [Fact]
    public async Task Apply_PersonRemoved_NameNoLongerProtected()
    {
        var options = new ScreeningOptions();
        var service = NewService(options);
        var names = new EnrolledNames(options, service);
        names.Apply(["Quilla Marrowgate"]);
        Assert.True(RealPersonSexual(await service.ScreenAsync("Quilla Marrowgate, sexy", null, "mature", CancellationToken.None)));

        Assert.True(names.Apply([]));

        Assert.False(RealPersonSexual(await service.ScreenAsync("Quilla Marrowgate, sexy", null, "mature", CancellationToken.None)));
        Assert.Empty(names.Current);
    }

    [Fact]
    public void Apply_SameNamesAgain_DoesNotRebuild()
    {
        var options = new ScreeningOptions();
        var service = NewService(options);
        var names = new EnrolledNames(options, service);
        Assert.True(names.Apply(["Quilla Marrowgate", "quilla marrowgate "]));
        var screener = service.Screener;

        Assert.False(names.Apply([" Quilla Marrowgate"]));

        Assert.Same(screener, service.Screener);
    }

    [Fact]
    public async Task Apply_OperatorExcludedName_StaysExcluded()
    {
        var options = new ScreeningOptions { ExcludedNames = ["Quilla Marrowgate"] };
        var service = NewService(options);
        new EnrolledNames(options, service).Apply(["Quilla Marrowgate"]);

        Assert.False(RealPersonSexual(await service.ScreenAsync("Quilla Marrowgate, sexy", null, "mature", CancellationToken.None)));
    }
}
