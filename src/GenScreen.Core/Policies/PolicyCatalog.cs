using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenScreen.Core.Policies;

/// <summary>The policies GenScreen knows, loaded from <c>policies.json</c> (built in, or a configured file).</summary>
public sealed class PolicyCatalog
{
    private readonly FrozenDictionary<string, ScreeningPolicy> _policies;

    private PolicyCatalog(string version, FrozenDictionary<string, ScreeningPolicy> policies)
    {
        Version = version;
        _policies = policies;
    }

    /// <summary>Version of the policy file; part of every verdict's policy version.</summary>
    public string Version { get; }

    public IEnumerable<string> Names => _policies.Keys;

    public bool TryGet(string name, out ScreeningPolicy policy) => _policies.TryGetValue(name, out policy!);

    public static PolicyCatalog LoadBuiltIn()
    {
        using var stream = typeof(PolicyCatalog).Assembly.GetManifestResourceStream("GenScreen.Policies.policies.json")
            ?? throw new InvalidOperationException("The built-in policies.json resource is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Parse(copy.ToArray(), "builtin:policies");
    }

    /// <exception cref="FormatException">The file is not a valid policy file.</exception>
    public static PolicyCatalog Parse(byte[] json, string sourceName)
    {
        PolicyFile? file;
        try
        {
            // Source-generated (PolicyJsonContext): the reflection-based serializer cost ~0.1-0.2 s of CPU at start-up to read 1 kB.
            file = JsonSerializer.Deserialize(json, PolicyJsonContext.Default.PolicyFile);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Policy file '{sourceName}' is not valid JSON: {ex.Message}", ex);
        }

        if (file?.Version is not { Length: > 0 } version || file.Policies is not { Count: > 0 })
        {
            throw new FormatException($"Policy file '{sourceName}' needs a version and at least one policy.");
        }

        if (file.Policies.FirstOrDefault(kv => kv.Value is null) is { Key: { } emptyPolicy })
        {
            throw new FormatException($"Policy '{emptyPolicy}' in '{sourceName}' is null.");
        }

        var policies = file.Policies.ToFrozenDictionary(
            kv => kv.Key,
            kv => new ScreeningPolicy(
                kv.Key,
                kv.Value.Description ?? string.Empty,
                Required(kv.Value.Sexual, kv.Key, "sexual", sourceName),
                Required(kv.Value.Violence, kv.Key, "violence", sourceName),
                Required(kv.Value.Hate, kv.Key, "hate", sourceName),
                Required(kv.Value.SelfHarm, kv.Key, "selfHarm", sourceName)),
            StringComparer.Ordinal);
        return new PolicyCatalog(version, policies);
    }

    private static CategoryThresholds Required(CategoryThresholds? thresholds, string policy, string category, string source) =>
        thresholds ?? throw new FormatException($"Policy '{policy}' in '{source}' has no '{category}' thresholds.");

    internal sealed class PolicyFile
    {
        [JsonPropertyName("version")]
        public string? Version { get; set; }

        [JsonPropertyName("policies")]
        public Dictionary<string, PolicyEntry>? Policies { get; set; }
    }

    internal sealed class PolicyEntry
    {
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        [JsonPropertyName("sexual")]
        public CategoryThresholds? Sexual { get; set; }

        [JsonPropertyName("violence")]
        public CategoryThresholds? Violence { get; set; }

        [JsonPropertyName("hate")]
        public CategoryThresholds? Hate { get; set; }

        [JsonPropertyName("selfHarm")]
        public CategoryThresholds? SelfHarm { get; set; }
    }
}
