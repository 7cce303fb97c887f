namespace GenScreen.Core.Prompts.Rules;

/// <summary>The strongest match of one signal: what matched, how strong, where, and in which field.</summary>
internal readonly record struct Evidence(string Term, int Level, int SourceStart, int SourceEnd, PromptField Field)
{
    public bool IsPresent => Term is not null;
}

/// <summary>Which request field a match came from.</summary>
internal enum PromptField : byte
{
    Prompt,
    NegativePrompt,
}
