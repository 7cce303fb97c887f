namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>One lexicon file's content and where it came from.</summary>
/// <param name="Name">e.g. <c>builtin:en</c> or a file path.</param>
/// <param name="Json">The file's UTF-8 JSON.</param>
/// <param name="IsConfigured">Loaded from configuration: its terms override built-ins.</param>
public sealed record LexiconSource(string Name, byte[] Json, bool IsConfigured);
