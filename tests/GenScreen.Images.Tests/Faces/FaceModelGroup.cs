namespace GenScreen.Images.Tests.Faces;

/// <summary>Test classes that share the imported face models and one analyzer; they run one after another (2-core machine).</summary>
[CollectionDefinition(Name)]
public sealed class FaceModelGroup : ICollectionFixture<FaceModelFixture>
{
    public const string Name = "Face models";
}
