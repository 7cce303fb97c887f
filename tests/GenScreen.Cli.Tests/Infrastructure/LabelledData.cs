namespace GenScreen.Cli.Tests.Infrastructure;

/// <summary>The project's labelled prompt set, copied next to the tests (from tests/GenScreen.Core.Tests/Data).</summary>
public static class LabelledData
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Data");

    public static IReadOnlyList<string> Files =>
        [.. Directory.EnumerateFiles(Folder, "*.jsonl").Order(StringComparer.Ordinal)];

    public static string MainFile => Path.Combine(Folder, "labelled-prompts.jsonl");
}
