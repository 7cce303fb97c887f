using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.OpenApi;

/// <summary><c>GET /api/openapi.json</c>: the API's description, anonymous (it holds no data), for client generators.</summary>
public sealed class OpenApiHandler
{
    public Task<IResult> HandleAsync() =>
        Task.FromResult<IResult>(TypedResults.Bytes(OpenApiDocumentSource.Utf8Json, "application/json; charset=utf-8"));
}
