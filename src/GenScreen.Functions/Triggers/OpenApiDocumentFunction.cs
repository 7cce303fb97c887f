using GenScreen.Functions.Adapters;
using GenScreen.Http.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GenScreen.Functions.Triggers;

/// <summary>
/// <c>GET /api/openapi.json</c>: the OpenAPI document client developers generate from. Anonymous: it describes the API
/// and holds no data, and a generator fetching it should not need the screening key.
/// </summary>
public sealed class OpenApiDocumentFunction(OpenApiHandler handler)
{
    [Function("OpenApiDocument")]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        handler.HandleAsync().AsActionResult();
}
