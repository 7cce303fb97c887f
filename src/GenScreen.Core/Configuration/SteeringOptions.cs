using System.ComponentModel.DataAnnotations;

namespace GenScreen.Core.Configuration;

/// <summary>
/// Configuration section <c>Screening:Steering</c>: the negative-prompt terms an allowed prompt that depicts
/// people gets in its verdict (<c>negativePromptAdditions</c>), so the generator steers away from minors
/// (docs/api.md, "Steering").
/// </summary>
public sealed class SteeringOptions
{
    /// <summary>Add steering terms at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Policies whose allowed verdicts get steering terms (the ones that allow adult content).</summary>
    public List<string> Policies { get; set; } = ["mature"];

    /// <summary>Replaces the built-in terms of every language when not empty (one list, in the operator's words).</summary>
    public List<string> NegativeTerms { get; set; } = [];

    /// <summary>Terms added after the built-in ones (or after <see cref="NegativeTerms"/>), in every language.</summary>
    public List<string> AdditionalNegativeTerms { get; set; } = [];

    /// <summary>Name of a negative embedding (textual inversion) the operator ships to its generators; returned as <c>negativeEmbedding</c>.</summary>
    [RegularExpression("^[A-Za-z0-9_.:-]{1,128}$")]
    public string? NegativeEmbedding { get; set; }
}
