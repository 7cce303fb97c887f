using System.Text.Json;
using System.Xml.Linq;

namespace GenScreen.Integration.Tests.Infra;

/// <summary>
/// Packages no GenScreen project may depend on, directly or through another package. SixLabors.ImageSharp: 2.1.13,
/// the only version our NuGet mirror serves, has known flaws with crafted images. Images are read by GenScreen's
/// safe decoder (GenScreen.Images, SkiaSharp); the Content Safety preparer uses it too, and the tests build their
/// animated GIFs with their own encoder (tests/GenScreen.Images.Tests/Gif).
/// </summary>
public sealed class BannedPackageTests
{
    private static readonly string[] Banned = ["SixLabors.ImageSharp"];

    private static readonly string[] SkippedDirectories = ["bin", "obj", "node_modules", "artifacts", ".git", ".azurite"];

    [Fact]
    public void ProjectFiles_DeclareNoBannedPackage()
    {
        var files = MsBuildFiles(RepositoryFiles.Root).ToList();
        Assert.Contains(files, f => f.EndsWith("Directory.Packages.props", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("GenScreen.ContentSafety.csproj", StringComparison.Ordinal));

        var offending = (
            from file in files
            from element in XDocument.Load(file).Descendants()
            from attribute in element.Attributes()
            where attribute.Name.LocalName is "Include" or "Update" && IsBanned(attribute.Value)
            select $"{Path.GetRelativePath(RepositoryFiles.Root, file)}: <{element.Name.LocalName} {attribute.Name.LocalName}=\"{attribute.Value}\">").ToList();

        Assert.True(offending.Count == 0, "Banned packages referenced:\n" + string.Join('\n', offending));
    }

    [Fact]
    public void ResolvedDependencies_IncludeNoBannedPackageTransitively()
    {
        // This test project's graph holds every library project the hosts use (Http, Storage, ContentSafety, Images,
        // Core); the restore of each project that has been built (Functions is built with this one) is read too.
        var graphs = new List<string> { Path.Combine(AppContext.BaseDirectory, "GenScreen.Integration.Tests.deps.json") };
        graphs.AddRange(Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "project.assets.json", SearchOption.AllDirectories));
        // The graph is read correctly: the image stack is there, so a banned package would be too.
        Assert.Contains(Libraries(graphs[0]), l => l.StartsWith("SkiaSharp/", StringComparison.Ordinal));

        var offending = (
            from graph in graphs
            from library in Libraries(graph)
            where IsBanned(library)
            select $"{Path.GetRelativePath(RepositoryFiles.Root, graph)}: {library}").ToList();

        Assert.True(offending.Count == 0, "Banned packages resolved:\n" + string.Join('\n', offending));
    }

    private static bool IsBanned(string package) =>
        Banned.Any(b => package.StartsWith(b, StringComparison.OrdinalIgnoreCase));

    /// <summary>Library names ("Name/Version") from a deps.json or project.assets.json.</summary>
    private static List<string> Libraries(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.TryGetProperty("libraries", out var libraries)
            ? [.. libraries.EnumerateObject().Select(p => p.Name)]
            : [];
    }

    private static IEnumerable<string> MsBuildFiles(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            if (file.EndsWith(".csproj", StringComparison.Ordinal) || file.EndsWith(".props", StringComparison.Ordinal) || file.EndsWith(".targets", StringComparison.Ordinal))
            {
                yield return file;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(directory))
        {
            if (!SkippedDirectories.Contains(Path.GetFileName(sub)))
            {
                foreach (var file in MsBuildFiles(sub))
                {
                    yield return file;
                }
            }
        }
    }
}
