using System.Text.RegularExpressions;
using GenScreen.Storage.Images;

namespace GenScreen.Integration.Tests.Infra;

/// <summary>
/// The app's roles on the content containers grant exactly the data actions the pipeline uses
/// (<see cref="DataActions"/>). Storage Blob Data Contributor on `incoming` lacked blobs/tags/write, so in Azure
/// every allowed image would have failed tagging; Azurite cannot show a role, so the Bicep is checked.
/// </summary>
public sealed partial class StorageRoleTests
{
    private static readonly string Rbac = File.ReadAllText(RepositoryFiles.PathOf("infra", "app", "rbac.bicep"));

    [Theory]
    [InlineData("incomingScreenerDataActions", "incoming")]
    [InlineData("quarantineWriterDataActions", "quarantine")]
    [InlineData("publishedWriterDataActions", "published")]
    public void CustomRole_GrantsExactlyThePipelinesDataActions(string variable, string container)
    {
        var expected = container switch
        {
            "incoming" => DataActions.Incoming,
            "quarantine" => DataActions.Quarantine,
            _ => DataActions.Published,
        };

        var granted = DataActionsOf(variable);

        Assert.Equal(expected.Order(StringComparer.Ordinal), granted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void IncomingRole_CanWriteIndexTagsAndDeleteVersions()
    {
        var granted = DataActionsOf("incomingScreenerDataActions");

        Assert.Contains(DataActions.TagsWrite, granted);
        Assert.Contains(DataActions.DeleteVersion, granted);
    }

    [Theory]
    [InlineData("incomingContainer", "incomingScreenerRole")]
    [InlineData("quarantineContainer", "quarantineWriterRole")]
    [InlineData("publishedContainer", "publishedWriterRole")]
    public void ContentContainers_AreAssignedTheCustomRoles_NotBlobDataContributor(string scope, string role)
    {
        var assignments = AssignmentRegex().Matches(Rbac).Where(m => m.Groups["scope"].Value == scope).ToList();

        var assignment = Assert.Single(assignments);
        Assert.Contains($"roleDefinitionId: {role}.id", assignment.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void HashBankSnapshots_AreOnlyReadByTheApp_OnTheirContainer()
    {
        // Hosts load snapshots; imports run with an operator's identity, so the app needs no write there.
        var assignment = Assert.Single(AssignmentRegex().Matches(Rbac), m => m.Groups["scope"].Value == "hashBankSnapshotContainer");

        Assert.Contains("roles.storageBlobDataReader)", assignment.Value, StringComparison.Ordinal);
        Assert.Contains("storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'", Rbac, StringComparison.Ordinal);
        Assert.Contains("name: hashBankSnapshotContainerName", Rbac, StringComparison.Ordinal);
    }

    private static List<string> DataActionsOf(string variable)
    {
        var block = Regex.Match(Rbac, $@"var {variable} = \[(?<body>[^\]]*)\]", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(block.Success, $"rbac.bicep declares no '{variable}'");
        return [.. Regex.Matches(block.Groups["body"].Value, @"'\$\{blobDataAction\}(?<tail>[^']+)'", RegexOptions.None, TimeSpan.FromSeconds(1))
            .Select(m => "Microsoft.Storage/storageAccounts/blobServices/containers/blobs" + m.Groups["tail"].Value)];
    }

    [GeneratedRegex(@"resource \w+ 'Microsoft\.Authorization/roleAssignments@[^']+' = (?:if \(.+?\) )?\{[^}]*?scope: (?<scope>\w+)\s*properties: \{[^}]*\}", RegexOptions.Singleline, 1000)]
    private static partial Regex AssignmentRegex();
}
