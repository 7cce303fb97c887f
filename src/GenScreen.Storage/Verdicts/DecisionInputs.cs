namespace GenScreen.Storage.Verdicts;

/// <summary>
/// Everything in a request that determines its decision. A request that reuses a <c>requestId</c> is a
/// replay, answered with the stored verdict, only when all of these match; otherwise it is a conflict,
/// never the old decision (a request id first screened under <c>mature</c> must not return that allow
/// under <c>strict</c>: issue 14, item 5). The <c>mode</c> decides too: undressing is a nudify request only
/// with an uploaded image. A new decision input is added to this record and to <see cref="Compared"/>, and nowhere else.
/// </summary>
/// <param name="Policy">The policy the verdict was decided under (the default already resolved).</param>
/// <param name="Mode">What the generator does with the prompt (txt2img, img2img, inpaint), by its wire name.</param>
public sealed record DecisionInputs(string PromptSha256, string? NegativePromptSha256, string Policy, string Mode)
{
    /// <summary>The inputs by their API field names, in the order a conflict reports them.</summary>
    private static readonly (string Field, Func<DecisionInputs, string?> Value)[] Compared =
    [
        ("prompt", i => i.PromptSha256),
        ("negativePrompt", i => i.NegativePromptSha256),
        ("policy", i => i.Policy),
        ("mode", i => i.Mode),
    ];

    /// <summary>The API fields whose values differ between the two requests; empty for a true replay.</summary>
    public IReadOnlyList<string> DifferencesFrom(DecisionInputs other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return [.. Compared.Where(c => !string.Equals(c.Value(this), c.Value(other), StringComparison.Ordinal)).Select(c => c.Field)];
    }
}
