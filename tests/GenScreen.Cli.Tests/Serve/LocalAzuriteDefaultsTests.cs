using GenScreen.Cli.Commands;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Configuration;

namespace GenScreen.Cli.Tests.Serve;

public sealed class LocalAzuriteDefaultsTests
{
    [Fact]
    public void OneLane_WhenTheEnvironmentSetsNone()
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        LocalAzuriteDefaults.Apply(settings, _ => null);
        Assert.Equal(1, Bind(settings).GroupCommitLanes);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("3")]
    public void TheEnvironmentsLaneCount_IsKept(string lanes)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        LocalAzuriteDefaults.Apply(settings, name => name == LocalAzuriteDefaults.LanesVariable ? lanes : null);
        Assert.False(settings.ContainsKey("VerdictStore:GroupCommitLanes"));
    }

    [Fact]
    public void WithoutTheSetting_TheStoreDefaultIsTwoLanes()
    {
        // What serve's one lane departs from: the product default that holds against Azure.
        Assert.Equal(2, Bind(new Dictionary<string, string?>()).GroupCommitLanes);
    }

    private static VerdictStoreOptions Bind(Dictionary<string, string?> settings)
    {
        var options = new VerdictStoreOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(VerdictStoreOptions.SectionName).Bind(options);
        return options;
    }
}
