using Microsoft.Extensions.Logging;

namespace GenScreen.ContentSafety;

/// <summary>Log messages of the registration. Only endpoint and auth mode are logged, never the key.</summary>
internal static partial class ContentSafetyLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Azure AI Content Safety detector enabled: endpoint {Endpoint}, authentication {Authentication}, timeout {Timeout}, retries {MaxRetries}, failure mode {FailureMode}.")]
    public static partial void Enabled(ILogger logger, Uri endpoint, string authentication, TimeSpan timeout, int maxRetries, ContentSafetyFailureMode failureMode);
}
