using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace GenScreen.Storage.Rescreen;

/// <summary>
/// Drains the page queue the way the Functions queue trigger does, for hosts without one (tests on Azurite, a developer
/// machine): each message goes to the handler; success deletes it; a failure makes it visible again at once, and after
/// <c>maxDequeueCount</c> deliveries it moves to the poison queue (the host's <c>&lt;queue&gt;-poison</c> convention).
/// </summary>
public sealed class RescreenQueueWorker(QueueClient pages, QueueClient poison, Func<string, CancellationToken, Task> handle, int maxDequeueCount = RescreenQueueOptions.MaxDequeueCount)
{
    /// <summary>Processes messages until the queue is empty (continuations included); returns the deliveries made.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var deliveries = 0;
        while (true)
        {
            QueueMessage[] received = (await pages.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false)).Value;
            if (received.Length == 0)
            {
                return deliveries;
            }

            foreach (var message in received)
            {
                deliveries++;
                try
                {
                    await handle(message.Body.ToString(), cancellationToken).ConfigureAwait(false);
                    await pages.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    if (message.DequeueCount >= maxDequeueCount)
                    {
                        await poison.SendMessageAsync(message.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
                        await pages.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await pages.UpdateMessageAsync(message.MessageId, message.PopReceipt, message.Body, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
    }
}
