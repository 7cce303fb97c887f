using System.Buffers;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A clause reader as the trigger scan drives it (<see cref="ChildStatements"/>, <see cref="SexualStatements"/>): find a
/// trigger word of its table, read the clause around it, go on after that clause. Each reader brings its tag in the shared
/// ASCII finder (<see cref="StatementTriggers"/>), its clause cutting, its table's triggers for prompts in other scripts,
/// and its reading of a clause.
/// </summary>
/// <param name="tag">The reader's tag in the shared ASCII finder.</param>
/// <param name="clauses">How the reader cuts its clause.</param>
/// <param name="triggers">The table's triggers, for the search of every script (asked when needed: the table loads lazily).</param>
/// <param name="startsAWordAfterLetter">Whether a trigger right after a letter still starts a word there (a prefix letter), or null for never.</param>
/// <param name="read">Reads the clause [start, end).</param>
internal sealed class ClauseReader(uint tag, ClauseBounds clauses, Func<SearchValues<string>> triggers, Func<string, int, bool>? startsAWordAfterLetter, ClauseReader.ReadClause read)
{
    public delegate void ReadClause(string source, int start, int end, SignalSummary into);

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
        for (var at = first; at >= 0;)
        {
            var (start, end) = clauses.Around(source, at);
            read(source, start, end, into);
            var from = Math.Max(end, at + 1);
            if (from >= source.Length)
            {
                return;
            }

            at = ascii?.Find(source, from, tag) ?? FindTrigger(source, from);
        }
    }

    /// <summary>
    /// Reads the clause around each trigger of this reader's tag among <paramref name="hits"/> (every trigger place of the
    /// prompt in order, <see cref="AsciiTriggerFinder.FindAll"/>): the same clauses <see cref="ReadFrom"/> reads, since the
    /// next trigger at or after a place is the first hit there.
    /// </summary>
    public void ReadHits(string source, SignalSummary into, ReadOnlySpan<(int At, uint Tags)> hits)
    {
        var from = 0;
        foreach (var (at, tags) in hits)
        {
            if ((tags & tag) == 0 || at < from)
            {
                continue;
            }

            var (start, end) = clauses.Around(source, at);
            read(source, start, end, into);
            from = Math.Max(end, at + 1);
            if (from >= source.Length)
            {
                return;
            }
        }
    }

    /// <summary>The first trigger at or after <paramref name="from"/> that starts a word (any script), or -1.</summary>
    public int FindTrigger(string source, int from)
    {
        var search = triggers();
        while (from < source.Length)
        {
            var hit = source.AsSpan(from).IndexOfAny(search);
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
