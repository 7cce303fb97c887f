using System.Net;
using System.Text.Json.Nodes;
using GenScreen.Http.OpenApi;
using GenScreen.Integration.Tests.Fixtures;
using Microsoft.OpenApi;

namespace GenScreen.Integration.Tests.OpenApi;

/// <summary>
/// Issue 11, "the API, described": the OpenAPI document both hosts serve at /api/openapi.json reads without errors with
/// Microsoft.OpenApi, and describes exactly the routes the hosts serve (the local host's endpoints and the Functions
/// app's HTTP triggers), with the same methods. A route added without a description file fails here by name.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class OpenApiDocumentTests(AzuriteFixture azurite)
{
    private const string HowToAdd = "describe it in a file under src/GenScreen.Http/OpenApi/Routes/ (docs/api.md#adding-a-route)";

    [Fact]
    public async Task ServedDocument_ReadsWithMicrosoftOpenApi_WithoutErrorsOrWarnings()
    {
        await using var host = await StartAsync();

        using var response = await host.GetAsync("api/openapi.json");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        var (document, diagnostic) = OpenApiDocument.Load(stream, "json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(document);
        Assert.NotNull(diagnostic);
        Assert.True(diagnostic.Errors.Count == 0, "OpenAPI errors: " + string.Join("; ", diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.True(diagnostic.Warnings.Count == 0, "OpenAPI warnings: " + string.Join("; ", diagnostic.Warnings.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.StartsWith("3.", diagnostic.SpecificationVersion.ToString().Replace("OpenApi", "", StringComparison.Ordinal).Replace('_', '.'), StringComparison.Ordinal);
        Assert.Contains("/api/screen/prompt", document.Paths.Keys);
        Assert.Contains("functionKey", document.Components!.SecuritySchemes!.Keys);
    }

    [Fact]
    public void Document_EveryReference_ResolvesToAComponent()
    {
        var document = OpenApiDocumentSource.Compose();
        var unresolved = References(document).Where(r => Resolve(document, r) is null).Distinct().ToList();

        Assert.True(unresolved.Count == 0, "Unresolved $ref: " + string.Join(", ", unresolved));
    }

    [Fact]
    public async Task LocalHost_EveryMappedRoute_IsDescribedWithTheSameMethods_AndNothingElse()
    {
        await using var host = await StartAsync();
        var served = ApiRouteInventory.LocalHost(host.App);
        var described = ApiRouteInventory.Document(OpenApiDocumentSource.Compose()).Select(d => d.Operation).ToList();

        Assert.NotEmpty(served);
        AssertSameOperations(served, described, "the local host (src/GenScreen.Http/Hosting/EndpointRouteBuilderExtensions.cs)");
    }

    [Fact]
    public void FunctionsApp_EveryHttpTrigger_IsDescribedWithTheSameMethods_AndNothingElse()
    {
        var triggers = ApiRouteInventory.FunctionsApp();
        var described = ApiRouteInventory.Document(OpenApiDocumentSource.Compose()).Select(d => d.Operation).ToList();

        Assert.NotEmpty(triggers);
        AssertSameOperations(triggers.Select(t => t.Operation).ToList(), described, "the Functions app (src/GenScreen.Functions/Triggers)");
    }

    [Fact]
    public void FunctionsApp_EveryHttpTrigger_IsTheOperationIdAndItsAuthLevelMatchesTheDocumentedSecurity()
    {
        var described = ApiRouteInventory.Document(OpenApiDocumentSource.Compose()).ToDictionary(d => d.Operation.Key);
        var problems = new List<string>();
        foreach (var (operation, function, auth) in ApiRouteInventory.FunctionsApp())
        {
            if (!described.TryGetValue(operation.Key, out var d))
            {
                continue; // reported by the coverage test, by name
            }

            if (d.OperationId != function)
            {
                problems.Add($"{operation.Key}: operationId '{d.OperationId}' should be the function name '{function}'");
            }

            // Function-level triggers need the key; anonymous ones are public (no security) or gated by the handler's admin check.
            string[][] allowed = auth == "Function" ? [["functionKey"]] : [[], ["adminKey", "entraId"]];
            if (!allowed.Any(a => a.SequenceEqual(d.Security.Order(StringComparer.Ordinal))))
            {
                problems.Add($"{operation.Key}: authLevel {auth} allows security {string.Join(" or ", allowed.Select(a => $"[{string.Join(", ", a)}]"))}, the document says [{string.Join(", ", d.Security)}]");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Document_EveryOperation_HasSecurityAndProblemResponses_AdminOnesDocument401And403()
    {
        var document = OpenApiDocumentSource.Compose();
        var problems = new List<string>();
        foreach (var (path, item) in (JsonObject)document["paths"]!)
        {
            foreach (var (method, node) in (JsonObject)item!)
            {
                var operation = (JsonObject)node!;
                var key = $"{method.ToUpperInvariant()} {path}";
                var responses = ((JsonObject)operation["responses"]!).Select(r => r.Key).ToHashSet();
                if (operation["security"] is not JsonArray security)
                {
                    problems.Add($"{key}: no 'security' (use [] for an anonymous route)");
                    continue;
                }

                var schemes = security.SelectMany(r => ((JsonObject)r!).Select(p => p.Key)).ToHashSet();
                if (schemes.Contains("adminKey") && !(responses.Contains("401") && responses.Contains("403")))
                {
                    problems.Add($"{key}: an admin route documents 401 and 403");
                }

                if (schemes.Contains("functionKey") && !responses.Contains("401"))
                {
                    problems.Add($"{key}: a keyed route documents 401");
                }

                if (operation["requestBody"] is not null && !responses.Contains("400"))
                {
                    problems.Add($"{key}: a route with a body documents 400");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Compose_AnOperationDescribedInTwoFiles_FailsNamingBoth()
    {
        var baseDocument = new JsonObject { ["openapi"] = "3.0.3", ["paths"] = new JsonObject(), ["components"] = new JsonObject() };
        JsonObject Fragment() => JsonNode.Parse("""{"paths":{"/api/x":{"get":{"responses":{"200":{"description":"ok"}}}}}}""")!.AsObject();

        var error = Assert.Throws<InvalidOperationException>(() => OpenApiDocumentSource.Compose(baseDocument, [("Routes.a.json", Fragment()), ("Routes.b.json", Fragment())]));

        Assert.Contains("GET /api/x", error.Message, StringComparison.Ordinal);
        Assert.Contains("Routes.a.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("Routes.b.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_TwoFilesWithDifferentMethodsOnOnePath_AreMerged()
    {
        var baseDocument = new JsonObject { ["openapi"] = "3.0.3", ["paths"] = new JsonObject(), ["components"] = new JsonObject() };
        var get = JsonNode.Parse("""{"paths":{"/api/x":{"get":{"responses":{"200":{"description":"ok"}}}}}}""")!.AsObject();
        var post = JsonNode.Parse("""{"paths":{"/api/x":{"post":{"responses":{"200":{"description":"ok"}}}}}}""")!.AsObject();

        var document = OpenApiDocumentSource.Compose(baseDocument, [("Routes.get.json", get), ("Routes.post.json", post)]);

        Assert.Equal(["GET /api/x", "POST /api/x"], ApiRouteInventory.Document(document).Select(d => d.Operation.Key).Order());
    }

    private static void AssertSameOperations(IReadOnlyList<ApiOperation> served, IReadOnlyList<ApiOperation> described, string host)
    {
        var documented = described.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var servedKeys = served.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var missing = served.Where(s => !documented.Contains(s.Key))
            .Select(s => $"{s.Key} ({s.Source}) is served by {host} but not in the OpenAPI document: {HowToAdd}.");
        var extra = described.Where(d => !servedKeys.Contains(d.Key))
            .Select(d => $"{d.Key} is in the OpenAPI document but {host} does not serve it (a wrong method or path in the description, or a route that was removed).");
        var problems = missing.Concat(extra).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue v ? [v.GetValue<string>()] : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };

    private static JsonNode? Resolve(JsonObject document, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? node = document;
        foreach (var segment in reference[2..].Split('/'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal), out var next) ? next : null;
        }

        return node;
    }

    private Task<RunningHost> StartAsync() => RunningHost.StartAsync(azurite.ConnectionString);
}
