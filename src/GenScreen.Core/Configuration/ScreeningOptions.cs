using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace GenScreen.Core.Configuration;

/// <summary>Configuration section <c>Screening</c>: policies and lexicons.</summary>
public sealed class ScreeningOptions
{
    public const string SectionName = "Screening";

    /// <summary>Policy used when a request names none: <c>mature</c> or <c>strict</c>.</summary>
    [Required]
    [RegularExpression("^[a-z][a-z0-9-]{0,31}$")]
    public string DefaultPolicy { get; set; } = "mature";

    /// <summary>Longest prompt (and negative prompt) accepted, in characters.</summary>
    [Range(1, 100_000)]
    public int MaxPromptLength { get; set; } = 10_000;

    /// <summary>A policy file replacing the built-in one (same schema as Policies/policies.json).</summary>
    public string? PolicyFile { get; set; }

    /// <summary>Extra lexicon files (same schema as the built-in ones); their terms override built-ins.</summary>
    public List<string> AdditionalLexiconFiles { get; set; } = [];

    /// <summary>Extra protected names of real people, e.g. a customer's own list of creators.</summary>
    public List<string> ProtectedNames { get; set; } = [];

    /// <summary>Names removed from the protected names (built-in gazetteer included), e.g. a mascot that shares a public figure's name.</summary>
    public List<string> ExcludedNames { get; set; } = [];

    /// <summary>Negative-prompt steering for allowed prompts that depict people.</summary>
    [ValidateObjectMembers]
    public SteeringOptions Steering { get; set; } = new();

    /// <summary>Innocent phrases that must never match (allow terms), e.g. a product named "Nude Rose".</summary>
    public List<string> AllowTerms { get; set; } = [];

    /// <summary>Extra terms that raise a signal, as <c>signal:level:term</c>, e.g. <c>sexual:6:some slang</c>.</summary>
    public List<string> BlockTerms { get; set; } = [];
}
