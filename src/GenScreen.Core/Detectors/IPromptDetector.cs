namespace GenScreen.Core.Detectors;

/// <summary>
/// An external classifier consulted for prompts beside GenScreen's own rules (e.g. Azure AI Content
/// Safety). It returns signals; the policy decides. It must not throw for service failures: it reports
/// them in its result, with the failure mode the operator chose.
/// </summary>
public interface IPromptDetector
{
    /// <summary>Stable name used in reasons, e.g. <c>content-safety</c>.</summary>
    string Name { get; }

    Task<DetectorResult> AnalyzeAsync(string prompt, CancellationToken cancellationToken);
}
