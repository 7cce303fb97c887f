namespace GenScreen.Cli.Tests.Infrastructure;

/// <summary>A temporary folder for a test's input files, deleted afterwards.</summary>
public sealed class TempFiles : IDisposable
{
    public TempFiles() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "genscreen-cli-tests", Guid.NewGuid().ToString("N"));

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // best effort: the OS cleans the temp folder eventually
        }
    }
}
