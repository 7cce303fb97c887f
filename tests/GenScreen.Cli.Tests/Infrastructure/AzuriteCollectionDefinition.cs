namespace GenScreen.Cli.Tests.Infrastructure;

/// <summary>The tests that need Azurite share one instance.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
