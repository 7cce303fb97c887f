using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GenScreen.Integration.Tests.Functions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace GenScreen.Integration.Tests.OpenApi;

/// <summary>One HTTP operation as a host serves it or the document describes it: <c>GET /api/verdicts/{id}</c>.</summary>
internal sealed record ApiOperation(string Method, string Path, string Source)
{
    public string Key => $"{Method} {Path}";
}

/// <summary>What each host actually serves, and what the OpenAPI document describes, in one comparable form.</summary>
internal static partial class ApiRouteInventory
{
    /// <summary>Every route endpoint the local host mapped (its EndpointDataSources), one entry per method.</summary>
    public static IReadOnlyList<ApiOperation> LocalHost(WebApplication app)
    {
        var operations = new List<ApiOperation>();
        foreach (var endpoint in ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
        {
            var path = Normalize("/" + endpoint.RoutePattern.RawText!.TrimStart('/'));
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            operations.AddRange(methods.Select(m => new ApiOperation(m.ToUpperInvariant(), path, $"local host endpoint '{endpoint.DisplayName}'")));
        }

        return operations;
    }

    /// <summary>Every HTTP trigger in the Functions app's functions.metadata (what the Functions host routes), with its auth level.</summary>
    public static IReadOnlyList<(ApiOperation Operation, string FunctionName, string AuthLevel)> FunctionsApp()
    {
        var output = FunctionAppMetadataTests.FindFunctionsOutput();
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "functions.metadata")));
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "host.json")));
        var prefix = host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString();
        var result = new List<(ApiOperation, string, string)>();
        foreach (var function in metadata.RootElement.EnumerateArray())
        {
            var name = function.GetProperty("name").GetString()!;
            foreach (var trigger in function.GetProperty("bindings").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "httpTrigger"))
            {
                var route = trigger.TryGetProperty("route", out var r) ? r.GetString()! : name;
                var path = Normalize($"/{prefix}/{route}".Replace("//", "/", StringComparison.Ordinal));
                var methods = trigger.TryGetProperty("methods", out var m) ? m.EnumerateArray().Select(x => x.GetString()!.ToUpperInvariant()).ToArray() : ["ANY"];
                var auth = trigger.GetProperty("authLevel").GetString()!;
                result.AddRange(methods.Select(method => (new ApiOperation(method, path, $"Functions HTTP trigger '{name}'"), name, auth)));
            }
        }

        return result;
    }

    /// <summary>Every operation the document describes, with its operationId and security scheme names.</summary>
    public static IReadOnlyList<(ApiOperation Operation, string? OperationId, IReadOnlyList<string> Security)> Document(JsonObject document)
    {
        var result = new List<(ApiOperation, string?, IReadOnlyList<string>)>();
        foreach (var (path, item) in (JsonObject)document["paths"]!)
        {
            foreach (var (method, operation) in (JsonObject)item!)
            {
                var security = operation!["security"] is JsonArray requirements
                    ? requirements.SelectMany(r => ((JsonObject)r!).Select(p => p.Key)).ToArray()
                    : ["(none given)"];
                result.Add((new ApiOperation(method.ToUpperInvariant(), path, "OpenAPI document"), operation["operationId"]?.GetValue<string>(), security));
            }
        }

        return result;
    }

    /// <summary>Route parameters compared by name only: <c>{id:guid}</c>, <c>{id?}</c> and <c>{**rest}</c> become <c>{id}</c>, <c>{rest}</c>.</summary>
    public static string Normalize(string path) => Parameter().Replace(path, m => "{" + m.Groups["name"].Value + "}");

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Parameter();
}
