namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>One term of a lexicon as written in its file, with the signal it raises.</summary>
/// <param name="Term">The term as written (for reasons); matching uses its normalized form.</param>
/// <param name="Signal">What the term signals.</param>
/// <param name="Level">Severity on the 0-7 scale (see <see cref="Signal"/>).</param>
/// <param name="Source">The file or setting it came from, e.g. <c>builtin:en</c>.</param>
public sealed record LexiconEntry(string Term, Signal Signal, byte Level, string Source)
{
    /// <summary>
    /// For a language-only term (a false friend such as Swedish <c>barn</c>): the languages, one bit each,
    /// whose evidence in the prompt lets it count. 0 for ordinary terms, which always count.
    /// </summary>
    internal ulong OnlyInLanguages { get; init; }

    /// <summary>
    /// A protected name of an <c>exactNames</c> list: matched as written (word for word, or inside a run of an
    /// unspaced script), not through the typo index nor as one joined word, which would cost more memory than the
    /// lexicon budget allows for lists of tens of thousands.
    /// </summary>
    internal bool ExactOnly { get; init; }
}
