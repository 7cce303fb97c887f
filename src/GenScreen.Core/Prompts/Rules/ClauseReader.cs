using System.Buffers;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A clause reader as the trigger scan drives it (<see cref="ChildStatements"/>, <see cref="SexualStatements"/>): find a
/// trigger word of its table, read the clause around it, go on after that clause. Each reader brings its tag in the shared
/// ASCII finder (<see cref="StatementTriggers"/>), its clause cutting, its table's triggers for prompts in other scripts,
/// and its reading of a clause.
/// </summary>
/// <param name="tag">The reader's tag in the shared ASCII finder.</param>
/// <param name="late">The reader's late triggers (<see cref="LateTriggers"/>), or null for none.</param>
/// <param name="clauses">How the reader cuts its clause.</param>
/// <param name="triggers">The table's triggers, for the search of every script (asked when needed: the table loads lazily).</param>
/// <param name="startsAWordAfterLetter">Whether a trigger right after a letter still starts a word there (a prefix letter), or null for never.</param>
/// <param name="read">Reads the clause [start, end), noting in the prompt's state what is read over the whole prompt.</param>
/// <param name="finish">Reads the prompt's state once its clauses are read (null: nothing to read).</param>
/// <typeparam name="TState">What a reader carries from clause to clause of one prompt (the sexual reader's BDSM gear; <see cref="NoState"/>).</typeparam>
internal sealed class ClauseReader<TState>(
    uint tag,
    LateTriggers? late,
    ClauseBounds clauses,
    Func<ScriptSplitTriggers> triggers,
    Func<string, int, bool>? startsAWordAfterLetter,
    ClauseReader<TState>.ReadClause read,
    ClauseReader<TState>.Finish? finish = null)
    where TState : struct
{
    public delegate void ReadClause(string source, int start, int end, SignalSummary into, ref TState state);

    public delegate void Finish(string source, SignalSummary into, ref TState state);

    public uint Tag => tag;

    /// <summary>Reads the prompt's statements of this reader alone (tests, diagnostics; the screener uses <see cref="StatementTriggers.Detect"/>).</summary>
    public void Detect(string source, SignalSummary into)
    {
        var ascii = StatementTriggers.AsciiFinderFor(source);
        ReadFrom(source, into, ascii, ascii?.Find(source, 0, tag) ?? FindTrigger(source, 0));
    }

    /// <summary>Reads the clause around each trigger, from the first on.</summary>
    /// <param name="ascii">The shared finder when the prompt is ASCII, else null: each next trigger by the search of every script.</param>
    /// <param name="first">The first trigger of this reader in the prompt, or -1.</param>
    public void ReadFrom(string source, SignalSummary into, AsciiTriggerFinder? ascii, int first)
    {
        var state = default(TState);
        for (var at = first; at >= 0;)
        {
            var (start, end) = clauses.Around(source, at);
            read(source, start, end, into, ref state);
            var from = Math.Max(end, at + 1);
            if (from >= source.Length)
            {
                break;
            }

            at = ascii?.Find(source, from, tag) ?? FindTrigger(source, from);
        }

        if (late is not null)
        {
            for (var at = ascii?.Find(source, 0, late.Tag) ?? late.Find(source, 0); at >= 0;)
            {
                var (start, end) = clauses.Around(source, at);
                read(source, start, end, into, ref state);
                var from = Math.Max(end, at + 1);
                at = from >= source.Length ? -1 : ascii?.Find(source, from, late.Tag) ?? late.Find(source, from);
            }
        }

        finish?.Invoke(source, into, ref state);
    }

    /// <summary>
    /// Reads the clause around each trigger of this reader's tag among <paramref name="hits"/> (every trigger place of the
    /// prompt in order, <see cref="AsciiTriggerFinder.FindAll"/>): the same clauses <see cref="ReadFrom"/> reads, since the
    /// next trigger at or after a place is the first hit there.
    /// </summary>
    public void ReadHits(string source, SignalSummary into, ReadOnlySpan<(int At, uint Tags)> hits)
    {
        var state = default(TState);
        ReadHitsOf(tag, source, into, hits, ref state);
        if (late is not null)
        {
            ReadHitsOf(late.Tag, source, into, hits, ref state);
        }

        finish?.Invoke(source, into, ref state);
    }

    private void ReadHitsOf(uint ofTag, string source, SignalSummary into, ReadOnlySpan<(int At, uint Tags)> hits, ref TState state)
    {
        var from = 0;
        foreach (var (at, tags) in hits)
        {
            if ((tags & ofTag) == 0 || at < from)
            {
                continue;
            }

            var (start, end) = clauses.Around(source, at);
            read(source, start, end, into, ref state);
            from = Math.Max(end, at + 1);
            if (from >= source.Length)
            {
                break;
            }
        }
    }

    /// <summary>The first trigger at or after <paramref name="from"/> that starts a word (any script), or -1.</summary>
    public int FindTrigger(string source, int from)
    {
        var search = triggers();
        while (from < source.Length)
        {
            var hit = search.IndexOfAny(source.AsSpan(from));
            WorkCounter.Add(1);
            if (hit < 0)
            {
                return -1;
            }

            // A trigger inside a longer word (mum in maximum, lap in overlap) starts nothing: only the left edge is known here.
            var at = from + hit;
            if (at > 0 && !ClauseWords.IsUnspaced(source[at]) && char.IsLetter(source[at - 1])
                && !(startsAWordAfterLetter is not null && startsAWordAfterLetter(source, at)))
            {
                from = at + 1;
                continue;
            }

            return at;
        }

        return -1;
    }
}

/// <summary>
/// A reader's late triggers: ASCII words shorter than the shared finder's key (the number 69), each a whole word on both
/// sides (no letter or digit before or after it), whose clauses are read after the reader's other clauses, so a clause they
/// share is read again and what the others found first stays first. The shared scan finds them under <paramref name="tag"/>;
/// a prompt the scan does not read (not ASCII) is searched for them here.
/// </summary>
/// <param name="tag">Their tag in the shared ASCII finder.</param>
/// <param name="triggers">The words (asked when needed: the table loads lazily).</param>
internal sealed class LateTriggers(uint tag, Func<string[]> triggers)
{
    // All the words in one search (the runtime's multi-string search, ignoring case as String.IndexOf does): one pass over
    // the prompt instead of one per word, each of which ran to the prompt's end (session 36, i16-speed44: 187 -> 116 ns
    // of thread CPU per non-ASCII flagged prompt of the bulk file, the prompts the shared ASCII scan does not read).
    private readonly Lazy<SearchValues<string>> _search = new(() => SearchValues.Create(triggers(), StringComparison.OrdinalIgnoreCase));

    public uint Tag => tag;

    /// <summary>The first late trigger at or after <paramref name="from"/> standing as a whole word, or -1.</summary>
    public int Find(string source, int from)
    {
        var words = triggers();
        if (words.Length == 0)
        {
            return -1;
        }

        var search = _search.Value;
        for (var at = from; at < source.Length; at++)
        {
            var hit = source.AsSpan(at).IndexOfAny(search);
            WorkCounter.Add(1);
            if (hit < 0)
            {
                return -1;
            }

            // Some word starts here; the place counts if one of the words that start here ends a whole word.
            at += hit;
            if (StandsAsWholeWord(source, at, words))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Does one of <paramref name="words"/> start at <paramref name="at"/> (ignoring case) with no letter or digit on either side?</summary>
    private static bool StandsAsWholeWord(string source, int at, string[] words)
    {
        if (at > 0 && char.IsLetterOrDigit(source[at - 1]))
        {
            return false;
        }

        foreach (var word in words)
        {
            var after = at + word.Length;
            if (source.AsSpan(at).StartsWith(word, StringComparison.OrdinalIgnoreCase) && !(after < source.Length && char.IsLetterOrDigit(source[after])))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The state of a reader that carries nothing from clause to clause.</summary>
internal readonly struct NoState;
