using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// Compile-time JSON metadata for lexicon files: loading the lexicons is most of a cold start, and the
/// reflection-based serializer would first have to discover these types at run time.
/// </summary>
[JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(LexiconDocument))]
internal sealed partial class LexiconJsonContext : JsonSerializerContext;
