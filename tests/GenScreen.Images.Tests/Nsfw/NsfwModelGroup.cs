namespace GenScreen.Images.Tests.Nsfw;

/// <summary>Test classes that share the imported model and one classifier; they run one after another (2-core machine).</summary>
[CollectionDefinition(Name)]
public sealed class NsfwModelGroup : ICollectionFixture<NsfwModelFixture>
{
    public const string Name = "NSFW model";
}
