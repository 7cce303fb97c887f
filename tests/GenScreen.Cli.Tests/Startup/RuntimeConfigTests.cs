using System.Text.Json;

namespace GenScreen.Cli.Tests.Startup;

/// <summary>
/// The CLI's runtime settings as written beside genscreen.dll (GenScreen.Cli.csproj): start-up depends on them
/// (docs/performance.md, sessions 19 and 28), so a lost property is caught here rather than by a slower start.
/// </summary>
public sealed class RuntimeConfigTests
{
    private static JsonElement ConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "genscreen.runtimeconfig.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void RuntimeConfig_TieringWithoutQuickJitOrPgo()
    {
        var properties = ConfigProperties();
        Assert.True(properties.GetProperty("System.Runtime.TieredCompilation").GetBoolean());
        Assert.False(properties.GetProperty("System.Runtime.TieredCompilation.QuickJit").GetBoolean());
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }

    /// <summary>
    /// Session 28 (startup32): tier-1 call counting waits a second without new methods, so the lexicon build's precompiled
    /// methods (run once per process) are not re-compiled during start-up.
    /// </summary>
    [Fact]
    public void RuntimeConfig_CallCountingDelayOfOneSecond()
    {
        Assert.Equal(1000, ConfigProperties().GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
    }
}
