using GenScreen.Functions.Adapters;
using GenScreen.Http.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GenScreen.Functions.Triggers;

/// <summary><c>POST /api/screen/image</c>: a generator asks about one image (an init image before img2img, or a generated one) and waits for the verdict.</summary>
public sealed class ScreenImageFunction(ScreenImageHandler handler)
{
    [Function("ScreenImage")]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "screen/image")] HttpRequest request,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(request, cancellationToken).AsActionResult();
}
