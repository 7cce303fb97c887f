using GenScreen.Storage.Rescreen;
using Microsoft.Azure.Functions.Worker;

namespace GenScreen.Functions.Triggers;

/// <summary>
/// One page of a re-screening fan-out (<c>genscreen rescreen --fan-out</c> enqueues the first page of each partition): the
/// platform scales out across messages; a failed page is redelivered and, after host.json's maxDequeueCount, lands in
/// <c>rescreen-pages-poison</c>. The logic is the library's <see cref="RescreenPageHandler"/>.
/// </summary>
public sealed class RescreenPageFunction(RescreenPageHandler handler)
{
    [Function("RescreenPage")]
    public Task Run(
        [QueueTrigger(RescreenQueueOptions.PagesQueue, Connection = "GenScreenStorage")] string message,
        FunctionContext context) =>
        handler.HandleAsync(message, context.CancellationToken);
}
