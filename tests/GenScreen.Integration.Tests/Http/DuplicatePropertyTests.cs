using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using GenScreen.Http.Contracts;
using GenScreen.Integration.Tests.Fixtures;

namespace GenScreen.Integration.Tests.Http;

/// <summary>
/// Issue 14, item 6: with duplicate properties the last one won, so a violating prompt followed by a benign
/// one was allowed. A body with a property twice in one object is now a 400 naming it, and nothing is stored.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class DuplicatePropertyTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("""{"prompt":"little girl, nude","prompt":"a cat"}""", "prompt")]
    [InlineData("""{"prompt":"portrait of a woman, nude","policy":"strict","policy":"mature"}""", "policy")]
    [InlineData("""{"prompt":"little girl, nude","\u0070rompt":"a cat"}""", "prompt")]
    [InlineData("""{"prompt":"a cat","negativePrompt":"x","negativePrompt":"y"}""", "negativePrompt")]
    [InlineData("""{"prompt":"a cat","options":{"seed":1,"seed":2}}""", "options.seed")]
    [InlineData("""{"prompt":"a cat","items":[{"id":1},{"id":2,"id":3}]}""", "items[1].id")]
    public async Task ScreenPrompt_DuplicateProperty_Returns400NamingItAndStoresNothing(string body, string duplicated)
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var response = await host.PostJsonAsync(body);

        var problem = await JsonAssert.ProblemAsync(response, 400, "urn:genscreen:problem:duplicate-property");
        Assert.Equal([duplicated], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Contains($"'{duplicated}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await RowsAsync(host));
    }

    [Fact]
    public async Task ScreenPrompt_SameNameInDifferentCase_IsNotADuplicate()
    {
        // Names are case-sensitive: "Prompt" is an unknown (ignored) field, and "prompt" is what is screened.
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);

        using var response = await host.PostJsonAsync("""{"prompt":"little girl, nude","Prompt":"a cat"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("block", (await JsonAssert.ReadAsync(response)).GetProperty("decision").GetString());
    }

    [Fact]
    public void Find_SeveralDuplicates_ReportsEachOnceInDocumentOrder()
    {
        using var document = JsonDocument.Parse("""{"b":1,"a":{"x":1,"x":2,"x":3},"b":2,"c":[1,{"y":0,"y":0}],"b":3}""");

        var found = DuplicateProperties.Find(document.RootElement);

        Assert.Equal(["a.x", "b", "c[1].y"], found);
    }

    private async Task<List<TableEntity>> RowsAsync(RunningHost host)
    {
        try
        {
            return await new TableClient(azurite.ConnectionString, host.TableName).QueryAsync<TableEntity>().ToListAsync();
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return []; // the table is created on the first write: no table, nothing written
        }
    }
}
