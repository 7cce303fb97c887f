namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>One term of a lexicon as written in its file, with the signal it raises.</summary>
public sealed record LexiconEntry
{
    // The term as written: the string itself, or, for a name of a names list, the list's WrittenNames holding it as
    // UTF-8 at _writtenStart (read when the name matches); the int fills what would be padding.
    private readonly object _written;
    private readonly int _writtenStart;
    // The source's string, or for a language-only term (a few hundred of ~133,000 entries) a LanguageOnlySource with
    // its languages: one reference instead of a string and a ulong, so the object is 40 bytes, not 48 (session 21, ~1 MiB).
    private readonly object _source;

    /// <param name="Term">The term as written (for reasons); matching uses its normalized form.</param>
    /// <param name="Signal">What the term signals.</param>
    /// <param name="Level">Severity on the 0-7 scale (see <see cref="Signal"/>).</param>
    /// <param name="Source">The file or setting it came from, e.g. <c>builtin:en</c>.</param>
    public LexiconEntry(string Term, Signal Signal, byte Level, string Source)
    {
        _written = Term;
        this.Signal = Signal;
        this.Level = Level;
        _source = Source;
    }

    /// <summary>A name of a names list, kept as written in <paramref name="names"/> at <paramref name="start"/>.</summary>
    internal LexiconEntry(WrittenNames names, int start, Signal signal, byte level, string source)
    {
        _written = names;
        _writtenStart = start;
        Signal = signal;
        Level = level;
        _source = source;
    }

    /// <summary>The term as written (for reasons); matching uses its normalized form.</summary>
    public string Term
    {
        get => _written as string ?? ((WrittenNames)_written).Read(_writtenStart);
        init => (_written, _writtenStart) = (value, 0);
    }

    /// <summary>What the term signals.</summary>
    public Signal Signal { get; init; }

    /// <summary>Severity on the 0-7 scale (see <see cref="Signal"/>).</summary>
    public byte Level { get; init; }

    /// <summary>The file or setting it came from, e.g. <c>builtin:en</c>.</summary>
    public string Source
    {
        get => _source is LanguageOnlySource languageOnly ? languageOnly.Source : (string)_source;
        init => _source = _source is LanguageOnlySource { Languages: var languages } ? new LanguageOnlySource(value, languages) : value;
    }

    /// <summary>
    /// For a language-only term (a false friend such as Swedish <c>barn</c>): the languages, one bit each,
    /// whose evidence in the prompt lets it count. 0 for ordinary terms, which always count.
    /// </summary>
    internal ulong OnlyInLanguages
    {
        get => (_source as LanguageOnlySource)?.Languages ?? 0;
        init => _source = value == 0 ? Source : new LanguageOnlySource(Source, value);
    }

    private sealed record LanguageOnlySource(string Source, ulong Languages);

    /// <summary>
    /// A protected name of an <c>exactNames</c> list: matched as written (word for word, or inside a run of an
    /// unspaced script), not through the typo index nor as one joined word, which would cost more memory than the
    /// lexicon budget allows for lists of tens of thousands.
    /// </summary>
    internal bool ExactOnly { get; init; }

    public void Deconstruct(out string Term, out Signal Signal, out byte Level, out string Source) =>
        (Term, Signal, Level, Source) = (this.Term, this.Signal, this.Level, this.Source);

    /// <summary>By value, as the positional record compared (a name kept as UTF-8 equals the same name kept as a string).</summary>
    public bool Equals(LexiconEntry? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Signal == other.Signal && Level == other.Level && OnlyInLanguages == other.OnlyInLanguages && ExactOnly == other.ExactOnly
                && string.Equals(Source, other.Source, StringComparison.Ordinal) && string.Equals(Term, other.Term, StringComparison.Ordinal)));

    public override int GetHashCode() => HashCode.Combine(Term, Signal, Level, Source, OnlyInLanguages, ExactOnly);
}
