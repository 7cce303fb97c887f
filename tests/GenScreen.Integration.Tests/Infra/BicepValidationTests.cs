namespace GenScreen.Integration.Tests.Infra;

/// <summary>Runs infra/validate.sh: bicep build + bicep lint on every module, zero warnings (Bicep CLI restored from NuGet).</summary>
[Collection(InfrastructureCollectionDefinition.Name)]
public sealed class BicepValidationTests(ValidatedInfrastructure infra)
{
    [Fact]
    public void ValidateScript_AllBicepModules_BuildAndLintWithZeroWarnings()
    {
        Assert.True(infra.ExitCode == 0, infra.Output);
        Assert.Contains("0 warnings, 0 errors", infra.Output, StringComparison.Ordinal);
    }
}
