using GenScreen.Core.Images;
using GenScreen.Core.Policies;

namespace GenScreen.Core.Tests.Policies;

/// <summary>"Stricter" is derived from the thresholds, so an uploader can tighten screening but never loosen it.</summary>
public sealed class PolicyStrictnessTests
{
    private static ScreeningPolicy Policy(string name) =>
        TestScreeners.Default.TryGetPolicy(name, out var policy) ? policy : throw new InvalidOperationException(name);

    [Fact]
    public void Strict_IsAtLeastAsStrictAsMature_NotTheReverse()
    {
        Assert.True(Policy("strict").IsAtLeastAsStrictAs(Policy("mature")));
        Assert.False(Policy("mature").IsAtLeastAsStrictAs(Policy("strict")));
        Assert.True(Policy("mature").IsAtLeastAsStrictAs(Policy("mature")));
    }

    [Fact]
    public void Incomparable_Policies_AreNotStricterEitherWay()
    {
        var strict = Policy("strict");
        var laxViolence = strict with { Name = "a", Violence = new CategoryThresholds(null, null) };
        var laxSexual = strict with { Name = "b", Sexual = new CategoryThresholds(null, null) };

        Assert.False(laxViolence.IsAtLeastAsStrictAs(laxSexual));
        Assert.False(laxSexual.IsAtLeastAsStrictAs(laxViolence));
    }

    [Theory]
    [InlineData("strict", "mature", "strict", true)]   // laxer request: ignored, noted
    [InlineData("mature", "strict", "strict", false)]  // stricter request: honoured
    [InlineData("mature", "mature", "mature", false)]  // same: nothing to say
    [InlineData("strict", "nonsense", "strict", true)] // unknown: ignored, noted
    [InlineData("mature", null, "mature", false)]      // none
    public void Resolve_UploaderMayOnlyTighten(string configured, string? requested, string expected, bool noted)
    {
        var (policy, note) = ImagePolicyChoice.Resolve(TestScreeners.Default, null, configured, requested);

        Assert.Equal(expected, policy.Name);
        Assert.Equal(noted, note?.Code == ImagePolicyChoice.RequestIgnored);
    }

    [Fact]
    public void Resolve_OperatorPolicyWinsOverConfigured_AndUnknownConfiguredThrows()
    {
        Assert.Equal("strict", ImagePolicyChoice.Resolve(TestScreeners.Default, "strict", "mature", null).Policy.Name);
        Assert.Throws<ArgumentException>(() => ImagePolicyChoice.Resolve(TestScreeners.Default, null, "lenient", null));
    }
}
