namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>One term of a lexicon as written in its file, with the signal it raises.</summary>
public sealed record LexiconEntry
{
    // The term as written: the string itself, or, for a name of a names list, the list's WrittenNames holding it as UTF-8
    // at _at (read when the name matches) and the list's source. For a string, _at is the entry's source and language-only
    // languages as an index of EntrySources (a few hundred pairs in all). Two fields instead of three: the object is 32
    // bytes, not 40 (session 26, memory30: ~135,000 entries, ~1 MiB).
    private readonly object _written;
    private readonly int _at;

    /// <param name="Term">The term as written (for reasons); matching uses its normalized form.</param>
    /// <param name="Signal">What the term signals.</param>
    /// <param name="Level">Severity on the 0-7 scale (see <see cref="Signal"/>).</param>
    /// <param name="Source">The file or setting it came from, e.g. <c>builtin:en</c>.</param>
    public LexiconEntry(string Term, Signal Signal, byte Level, string Source)
    {
        _written = Term;
        _at = EntrySources.IndexOf(Source, 0);
        this.Signal = Signal;
        this.Level = Level;
    }

    /// <summary>A name of a names list, kept as written in <paramref name="names"/> at <paramref name="start"/>.</summary>
    internal LexiconEntry(WrittenNames names, int start, Signal signal, byte level, string source)
    {
        (_written, _at) = string.Equals(names.Source, source, StringComparison.Ordinal)
            ? ((object)names, start)
            : (names.Read(start), EntrySources.IndexOf(source, 0));
        Signal = signal;
        Level = level;
    }

    /// <summary>The term as written (for reasons); matching uses its normalized form.</summary>
    public string Term
    {
        get => _written as string ?? ((WrittenNames)_written).Read(_at);
        init => (_written, _at) = (value, EntrySources.IndexOf(Source, OnlyInLanguages));
    }

    /// <summary>What the term signals.</summary>
    public Signal Signal { get; init; }

    /// <summary>Severity on the 0-7 scale (see <see cref="Signal"/>).</summary>
    public byte Level { get; init; }

    /// <summary>The file or setting it came from, e.g. <c>builtin:en</c>.</summary>
    public string Source
    {
        get => _written is WrittenNames names ? names.Source : EntrySources.At(_at).Source;
        init => (_written, _at) = (Term, EntrySources.IndexOf(value, OnlyInLanguages));
    }

    /// <summary>
    /// For a language-only term (a false friend such as Swedish <c>barn</c>): the languages, one bit each,
    /// whose evidence in the prompt lets it count. 0 for ordinary terms, which always count.
    /// </summary>
    internal ulong OnlyInLanguages
    {
        get => _written is WrittenNames ? 0 : EntrySources.At(_at).Languages;
        init
        {
            if (value != 0 || _written is string)
            {
                (_written, _at) = (Term, EntrySources.IndexOf(Source, value));
            }
        }
    }

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

/// <summary>
/// The (source, language-only languages) pairs of every <see cref="LexiconEntry"/> of the process, each kept once and
/// named by its index, so an entry keeps an int instead of a reference to its source and another to its languages. The
/// built-in lexicons have a few hundred pairs; a configured source adds one or two. Read without a lock: the array is
/// replaced, never changed in place, when it grows.
/// </summary>
internal static class EntrySources
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<(string Source, ulong Languages), int> Indexes = [];
    private static (string Source, ulong Languages)[] _pairs = new (string, ulong)[64];

    /// <summary>The pair at <paramref name="index"/> (one <see cref="IndexOf"/> returned).</summary>
    public static (string Source, ulong Languages) At(int index) => Volatile.Read(ref _pairs)[index];

    /// <summary>The index of (<paramref name="source"/>, <paramref name="languages"/>), added if new.</summary>
    public static int IndexOf(string source, ulong languages)
    {
        lock (Gate)
        {
            if (Indexes.TryGetValue((source, languages), out var index))
            {
                return index;
            }

            index = Indexes.Count;
            var pairs = _pairs;
            if (index == pairs.Length)
            {
                Array.Resize(ref pairs, pairs.Length * 2);
            }

            pairs[index] = (source, languages);
            Volatile.Write(ref _pairs, pairs);
            Indexes.Add((source, languages), index);
            return index;
        }
    }
}
