using System.Diagnostics;
using System.Text.Json;

namespace GenScreen.Integration.Tests.Infra;

/// <summary>
/// Runs infra/validate.sh once per test run (bicep build + lint, Bicep CLI restored from NuGet) and keeps
/// both its output and the compiled ARM template, so the lint test and the tests of what the template
/// deploys share one run.
/// </summary>
public sealed class ValidatedInfrastructure : IAsyncLifetime
{
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("genscreen-bicep-");

    public int ExitCode { get; private set; }

    public string Output { get; private set; } = string.Empty;

    /// <summary>The compiled infra/main.bicep (modules inlined as nested deployments).</summary>
    public JsonElement MainTemplate { get; private set; }

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryFiles.Root };
        start.ArgumentList.Add(RepositoryFiles.PathOf("infra", "validate.sh"));
        start.Environment["GENSCREEN_BICEP_OUT"] = _out.FullName;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        ExitCode = process.ExitCode;
        Output = await stdout + await stderr;
        var main = Path.Combine(_out.FullName, "main.json");
        if (File.Exists(main))
        {
            using var template = JsonDocument.Parse(await File.ReadAllTextAsync(main));
            MainTemplate = template.RootElement.Clone();
        }
    }

    public Task DisposeAsync()
    {
        _out.Delete(recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The nested deployment of a module of main.bicep, by its deployment name.</summary>
    public JsonElement Module(string name)
    {
        Assert.True(MainTemplate.ValueKind == JsonValueKind.Object, $"infra/main.bicep did not compile:\n{Output}");
        return MainTemplate.GetProperty("resources").EnumerateArray()
            .Single(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments" && r.GetProperty("name").GetString() == name);
    }
}

[CollectionDefinition(Name)]
public sealed class InfrastructureCollectionDefinition : ICollectionFixture<ValidatedInfrastructure>
{
    public const string Name = "Infrastructure";
}
