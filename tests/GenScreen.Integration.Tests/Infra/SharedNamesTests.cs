using System.Reflection;
using System.Text.Json;
using GenScreen.ContentSafety;
using GenScreen.Core.Configuration;
using GenScreen.Core.HashBanks;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Integration.Tests.Infra;

/// <summary>
/// infra/names.json is the one place that names app settings, containers and tables. These tests check
/// that the code's configuration binds every setting the Bicep writes, with the same defaults.
/// </summary>
public sealed class SharedNamesTests
{
    /// <summary>Sections named in infra ahead of the code that binds them: the audit log and quarantine retention (not yet built).</summary>
    private static readonly HashSet<string> PendingSections = ["Audit", "Quarantine"];

    private static readonly Dictionary<string, Type> OptionsBySection = new()
    {
        [ScreeningOptions.SectionName] = typeof(ScreeningOptions),
        [VerdictStoreOptions.SectionName] = typeof(VerdictStoreOptions),
        [ContentSafetyOptions.SectionName] = typeof(ContentSafetyOptions),
        [ImageScreeningOptions.SectionName] = typeof(ImageScreeningOptions),
        [HashBankOptions.SectionName] = typeof(HashBankOptions),
    };

    private static readonly JsonElement Names = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("infra", "names.json"))).RootElement;

    public static TheoryData<string> SectionedAppSettings()
    {
        var data = new TheoryData<string>();
        foreach (var p in Names.GetProperty("appSettings").EnumerateObject())
        {
            if (p.Value.GetString()!.Contains("__", StringComparison.Ordinal))
            {
                data.Add(p.Value.GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SectionedAppSettings))]
    public void AppSetting_FromNamesJson_BindsToAnOptionsProperty(string setting)
    {
        var parts = setting.Split("__");
        Assert.True(parts.Length >= 2, setting);

        if (OptionsBySection.TryGetValue(parts[0], out var optionsType))
        {
            // Nested sections (ImageScreening__Publish__Enabled) walk the property types.
            PropertyInfo? property = null;
            foreach (var part in parts[1..])
            {
                property = optionsType.GetProperty(part, BindingFlags.Public | BindingFlags.Instance);
                Assert.True(property is not null, $"{setting}: {optionsType.Name} has no property {part}");
                optionsType = property.PropertyType;
            }

            Assert.True(property is { CanWrite: true }, $"{setting}: {parts[^1]} is not settable");
        }
        else
        {
            Assert.Contains(parts[0], PendingSections);
        }
    }

    [Fact]
    public void Names_TablesAndConnection_MatchCodeDefaults()
    {
        var defaults = new VerdictStoreOptions();
        var images = new ImageScreeningOptions();
        Assert.Equal(Names.GetProperty("containers").GetProperty("incoming").GetString(), images.IncomingContainer);
        Assert.Equal(Names.GetProperty("containers").GetProperty("quarantine").GetString(), images.QuarantineContainer);
        Assert.Equal(Names.GetProperty("containers").GetProperty("published").GetString(), images.Publish.Container);
        Assert.Equal(Names.GetProperty("tables").GetProperty("imageVerdicts").GetString(), images.VerdictTable);

        Assert.Equal(Names.GetProperty("tables").GetProperty("promptVerdicts").GetString(), defaults.TableName);
        Assert.Equal(Names.GetProperty("appSettings").GetProperty("storageConnection").GetString(), defaults.Connection);
        Assert.Equal($"{VerdictStoreOptions.SectionName}__{nameof(VerdictStoreOptions.TableName)}", Names.GetProperty("appSettings").GetProperty("promptVerdictTable").GetString());
        Assert.Equal($"{ScreeningOptions.SectionName}__{nameof(ScreeningOptions.DefaultPolicy)}", Names.GetProperty("appSettings").GetProperty("defaultPolicy").GetString());

        var banks = new HashBankOptions();
        Assert.Equal(Names.GetProperty("tables").GetProperty("hashBanks").GetString(), banks.BankTable);
        Assert.Equal(Names.GetProperty("tables").GetProperty("hashBankEntries").GetString(), banks.EntryTable);
        Assert.Equal(Names.GetProperty("containers").GetProperty("hashBankSnapshots").GetString(), banks.SnapshotContainer);
    }

    [Fact]
    public void MainBicep_LoadsNamesJson()
    {
        var bicep = File.ReadAllText(RepositoryFiles.PathOf("infra", "main.bicep"));

        Assert.Contains("loadJsonContent('names.json')", bicep, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalSettingsSample_UsesOnlyKnownSettings()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("local.settings.sample.json")));
        var known = Names.GetProperty("appSettings").EnumerateObject().Select(p => p.Value.GetString()).ToHashSet();

        foreach (var setting in sample.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name))
        {
            if (setting == "FUNCTIONS_WORKER_RUNTIME")
            {
                continue;
            }

            var section = setting.Split("__")[0];
            Assert.True(known.Contains(setting) || OptionsBySection.ContainsKey(section), $"{setting} is neither in names.json nor an options section");
        }
    }
}
