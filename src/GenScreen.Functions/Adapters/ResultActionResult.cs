using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GenScreen.Functions.Adapters;

/// <summary>Lets a function return the shared handlers' <see cref="IResult"/> as the <see cref="IActionResult"/> Functions expects.</summary>
internal sealed class ResultActionResult(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}

internal static class ResultExtensions
{
    public static async Task<IActionResult> AsActionResult(this Task<IResult> result) =>
        new ResultActionResult(await result.ConfigureAwait(false));
}
