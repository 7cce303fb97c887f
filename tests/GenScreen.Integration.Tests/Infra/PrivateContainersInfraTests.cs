using System.Text.RegularExpressions;

namespace GenScreen.Integration.Tests.Infra;

/// <summary>
/// Nothing GenScreen provisions is publicly readable: every storage account it declares (not merely references with
/// <c>existing</c>) sets <c>allowBlobPublicAccess: false</c>, and every container it declares sets
/// <c>publicAccess: 'None'</c> — the quarantine container above all. Azurite cannot show an account setting, so the
/// Bicep is read (docs/reliability.md, "Access").
/// </summary>
public sealed partial class PrivateContainersInfraTests
{
    private static readonly List<(string File, string Text)> Bicep =
        [.. Directory.GetFiles(RepositoryFiles.PathOf("infra"), "*.bicep", SearchOption.AllDirectories).Select(f => (Path.GetRelativePath(RepositoryFiles.Root, f), File.ReadAllText(f)))];

    [Fact]
    public void EveryDeclaredStorageAccount_DisallowsPublicBlobAccess()
    {
        var accounts = Declared(AccountRegex()).ToList();

        Assert.NotEmpty(accounts);
        Assert.All(accounts, a => Assert.Matches(@"allowBlobPublicAccess:\s*false\b", a.Body));
    }

    [Fact]
    public void EveryDeclaredContainer_HasNoPublicAccess_TheQuarantineIncluded()
    {
        var containers = Declared(ContainerRegex()).ToList();

        Assert.Contains(containers, c => c.Name == "quarantineContainer");
        Assert.Contains(containers, c => c.Name == "publishedContainer"); // publish mode: only allowed images, still private
        Assert.All(containers, c => Assert.True(
            Regex.IsMatch(c.Body, @"publicAccess:\s*'None'", RegexOptions.None, TimeSpan.FromSeconds(1)),
            $"{c.File}: container '{c.Name}' does not set publicAccess: 'None'"));
    }

    /// <summary>Declared resources of a type with the body up to the next top-level resource (references marked <c>existing</c> skipped).</summary>
    private static IEnumerable<(string File, string Name, string Body)> Declared(Regex start)
    {
        foreach (var (file, text) in Bicep)
        {
            foreach (Match m in start.Matches(text))
            {
                int end = text.IndexOf("\nresource ", m.Index + m.Length, StringComparison.Ordinal);
                var body = text[m.Index..(end < 0 ? text.Length : end)];
                yield return (file, m.Groups["name"].Value, body);
            }
        }
    }

    [GeneratedRegex(@"^resource (?<name>\w+) 'Microsoft\.Storage/storageAccounts@[^']+' = ", RegexOptions.Multiline, 1000)]
    private static partial Regex AccountRegex();

    [GeneratedRegex(@"^resource (?<name>\w+) 'Microsoft\.Storage/storageAccounts/blobServices/containers@[^']+' = ", RegexOptions.Multiline, 1000)]
    private static partial Regex ContainerRegex();
}
