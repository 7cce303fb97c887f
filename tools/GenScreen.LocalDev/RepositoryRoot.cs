namespace GenScreen.LocalDev;

/// <summary>Finds the GenScreen repository (the folder with Functions.sln and package.json).</summary>
public static class RepositoryRoot
{
    /// <summary>The clone's root, or null when running outside one (e.g. a deployed app).</summary>
    public static string? TryFind()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")) && File.Exists(Path.Combine(dir.FullName, "package.json")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    public static string Find() => TryFind()
        ?? throw new InvalidOperationException("Cannot find the GenScreen repository (Functions.sln + package.json) above the current directory; run from inside the clone.");

}
