using Azure;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Logging;

namespace GenScreen.Storage.Images;

/// <summary>Reads the prompt verdict an image names, for the blob pipeline and <c>POST /api/screen/image</c> alike.</summary>
public static partial class CorrelatedPrompt
{
    /// <summary>
    /// The correlated prompt verdict. A named verdict that cannot be read — not found (its write may still be
    /// deferred) or the table failing — is "unavailable": the image is then held for review, never judged as if
    /// it had no prompt.
    /// </summary>
    public static async Task<(StoredPromptVerdict? Verdict, bool Unavailable)> ReadAsync(IPromptVerdictStore prompts, string? promptId, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        if (promptId is null)
        {
            return (null, false);
        }

        try
        {
            var stored = await prompts.GetAsync(promptId, cancellationToken).ConfigureAwait(false);
            return (stored, stored is null);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            LogPromptUnavailable(logger, ex);
            return (null, true);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The correlated prompt verdict could not be read; the image is held for review")]
    private static partial void LogPromptUnavailable(ILogger logger, Exception ex);
}
