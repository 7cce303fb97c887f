using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// A term after normalization: what <see cref="LexiconSet"/> needs to add it (docs/performance.md, start-up). Also
/// compiled into tools/GenScreen.LexiconSnapshot, which stores the name lists' forms in the lexicon snapshot.
/// </summary>
internal readonly record struct NormalizedForm(string Key, int TokenCount, TermShape Shape, int EmojiRunCount)
{
    public static NormalizedForm Of(string term, TokenizedText workspace)
    {
        var key = Normalize(term, workspace, out var tokens, out var shape);
        return new NormalizedForm(key, tokens, shape, workspace.EmojiRunCount);
    }

    /// <summary>
    /// Normalizes a term exactly as prompts are normalized, so both sides meet in the same form. A term made
    /// only of emoji is keyed by its folded emoji run.
    /// </summary>
    internal static string Normalize(string term, TokenizedText workspace, out int tokenCount, out TermShape shape)
    {
        PromptTokenizer.Tokenize(term, workspace);
        tokenCount = workspace.SequenceCount;
        shape = tokenCount == 1 && workspace[0].Has(TokenFlags.Cjk) ? TermShape.Unspaced : TermShape.Words;
        if (tokenCount == 0 && workspace.EmojiRunCount == 1)
        {
            tokenCount = 1;
            shape = TermShape.Emoji;
            return new string(workspace.EmojiRun(0, out _));
        }

        return tokenCount == 0 ? string.Empty : new string(workspace.TextOf(0, tokenCount));
    }
}
