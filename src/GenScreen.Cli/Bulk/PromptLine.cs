namespace GenScreen.Cli.Bulk;

/// <summary>
/// One parsed input line of <c>screen prompts</c>. The id is kept as the raw JSON bytes of the line (a
/// slice, echoed verbatim into the output line: no string is made for it).
/// </summary>
internal ref struct PromptLine
{
    /// <summary>The id's raw JSON text: without quotes for a string, as written for a number; empty when absent.</summary>
    public ReadOnlySpan<byte> RawId;

    public bool IdIsString;

    /// <summary>Length of the unescaped UTF-8 id in the worker's scratch buffer (strings only).</summary>
    public int UnescapedIdLength;

    public string? Prompt;

    public string? NegativePrompt;

    /// <summary>A known policy name (shared instance, not allocated per line), or null for the default.</summary>
    public string? Policy;

    /// <summary>Set when the line names a policy the screener does not know.</summary>
    public string? UnknownPolicy;

    /// <summary>The line's <c>mode</c> (default txt2img).</summary>
    public Core.Verdicts.GenerationMode Mode;

    /// <summary>Set when the line names a mode that does not exist.</summary>
    public string? UnknownMode;

    public readonly bool HasId => !RawId.IsEmpty;
}
