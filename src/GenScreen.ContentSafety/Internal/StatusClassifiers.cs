using Azure.Core;

namespace GenScreen.ContentSafety;

/// <summary>The success statuses of each operation, per the 2024-09-01 REST spec.</summary>
internal static class StatusClassifiers
{
    public static ResponseClassifier Ok { get; } = new StatusCodeClassifier([200]);

    public static ResponseClassifier OkOrCreated { get; } = new StatusCodeClassifier([200, 201]);

    public static ResponseClassifier NoContent { get; } = new StatusCodeClassifier([204]);
}
