namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>A lexicon file that cannot be used; raised at start-up so a bad file never half-loads.</summary>
public sealed class LexiconFormatException : Exception
{
    public LexiconFormatException(string message)
        : base(message)
    {
    }

    public LexiconFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
