using GenScreen.Functions.Adapters;
using GenScreen.Http.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GenScreen.Functions.Triggers;

/// <summary><c>POST /api/screen/prompt</c>: a generator asks before generating.</summary>
public sealed class ScreenPromptFunction(ScreenPromptHandler handler)
{
    [Function("ScreenPrompt")]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "screen/prompt")] HttpRequest request,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(request, cancellationToken).AsActionResult();
}
