using System.Diagnostics;

namespace GenScreen.Integration.Tests.Infra;

/// <summary>Runs infra/validate.sh: bicep build + bicep lint on every module, zero warnings (Bicep CLI restored from NuGet).</summary>
public sealed class BicepValidationTests
{
    [Fact]
    public async Task ValidateScript_AllBicepModules_BuildAndLintWithZeroWarnings()
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryFiles.Root };
        start.ArgumentList.Add(RepositoryFiles.PathOf("infra", "validate.sh"));
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, output);
        Assert.Contains("0 warnings, 0 errors", output, StringComparison.Ordinal);
    }
}
