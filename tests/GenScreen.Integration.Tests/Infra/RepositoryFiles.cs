using GenScreen.LocalDev;

namespace GenScreen.Integration.Tests.Infra;

internal static class RepositoryFiles
{
    public static string Root { get; } = RepositoryRoot.Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
