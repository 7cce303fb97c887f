using System.Diagnostics;
using GenScreen.LocalDev;

namespace GenScreen.Cli.Tests.Tooling;

/// <summary>
/// Every lexicon table and labelled set that a Python generator under tools/ writes must come out of that generator
/// byte for byte (tools/generators.tsv, tools/check_generators.py): the project's rule is "never hand-edit a generated
/// file, change its generator", and before session 33 a quarter of the generators had silently stopped reproducing
/// their files after hand edits and later rounds. The checker runs in a scratch copy and never writes the clone.
/// </summary>
public sealed class GeneratorsReproduceTests
{
    [Fact]
    public async Task EveryReproducingGenerator_WritesItsCommittedFilesByteForByte()
    {
        var root = RepositoryRoot.Find();
        var start = new ProcessStartInfo("python3")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(root, "tools", "check_generators.py"));

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"check_generators.py exited {process.ExitCode}:\n{await stdout}\n{await stderr}");
        Assert.Contains("reproduce their files byte for byte", await stdout, StringComparison.Ordinal);
    }
}
