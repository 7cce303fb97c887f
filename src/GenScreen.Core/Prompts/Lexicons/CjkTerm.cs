namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>A term in a script written without spaces, matched as a substring.</summary>
internal sealed record CjkTerm(string Text, LexiconEntry Entry);
