using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.OpenApi;

/// <summary><c>GET /api/openapi.json</c>: the API's description, anonymous (it holds no data), for client generators.</summary>
public sealed class OpenApiHandler
{
    // Composed once per process (the first request, or start-up when the host resolves the handler eagerly).
    private readonly ReadOnlyMemory<byte> _document = OpenApiDocumentSource.Utf8Json;

    public Task<IResult> HandleAsync() =>
        Task.FromResult<IResult>(TypedResults.Bytes(_document, "application/json; charset=utf-8"));
}
