using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenScreen.Core.Policies;

/// <summary>
/// The policy file's JSON contract, generated at compile time: the reflection-based serializer built its converters
/// (and, with tiering off in the CLI, compiled them optimized) at start-up. Same options as before: comments
/// skipped, property names matched case-insensitively.
/// </summary>
[JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(PolicyCatalog.PolicyFile))]
internal sealed partial class PolicyJsonContext : JsonSerializerContext;
