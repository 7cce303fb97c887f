using Azure;

namespace GenScreen.Storage.Images;

/// <summary>
/// Storage refused an operation the pipeline needs (HTTP 403): the app's identity lacks a data action — e.g.
/// <c>blobs/tags/write</c>, which Storage Blob Data Contributor does not grant. A deployment error, not a property
/// of the image: it is never counted as a failed screening attempt (that would quarantine allowed images as
/// <c>screening-failed</c> and hide the cause); the delivery fails loudly and is retried once the role is fixed.
/// </summary>
public sealed class StoragePermissionException : Exception
{
    public StoragePermissionException()
    {
    }

    public StoragePermissionException(string message)
        : base(message)
    {
    }

    public StoragePermissionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The operation that was refused (e.g. "set blob index tags").</summary>
    public string Operation { get; init; } = "unknown";

    /// <summary>True for a 403 from storage (authorization or permission mismatch).</summary>
    public static bool IsPermissionDenied(RequestFailedException ex) => ex is { Status: 403 };

    /// <summary>Runs a storage call, turning a 403 into a <see cref="StoragePermissionException"/> naming the operation.</summary>
    public static async Task<T> GuardAsync<T>(string operation, string dataAction, Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (IsPermissionDenied(ex))
        {
            throw new StoragePermissionException(
                $"Storage refused to {operation} ({ex.ErrorCode ?? "403"}): grant the app's identity the data action '{dataAction}' (infra/app/rbac.bicep). Nothing was screened as failed; the delivery is retried.", ex)
            {
                Operation = operation,
            };
        }
    }

    /// <inheritdoc cref="GuardAsync{T}(string, string, Func{Task{T}})"/>
    public static Task GuardAsync(string operation, string dataAction, Func<Task> call) =>
        GuardAsync<bool>(operation, dataAction, async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        });
}
