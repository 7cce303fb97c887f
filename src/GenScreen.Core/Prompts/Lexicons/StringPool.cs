namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// One string per distinct text among the structures built from the lexicons: the same word is a term key, a part
/// of a phrase, a given name, a name anchor and a reading, and each structure used to keep its own copy (about
/// 3 MiB of the lexicon memory budget, docs/performance.md). Used while building only. Thread-safe: the people typo
/// index and the prompt term index share it while they are built on the two cores (a lock, uncontended nearly always:
/// tens of thousands of calls in a build).
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _byText;

    public StringPool() => _byText = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="text"/>; <paramref name="text"/> itself when it is new.</summary>
    public string Share(string text)
    {
        lock (_strings)
        {
            return ShareLocked(text);
        }
    }

    private string ShareLocked(string text)
    {
        if (_strings.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        _strings.Add(text);
        return text;
    }

    /// <summary>The pooled string equal to <paramref name="text"/>, allocated only when it is new.</summary>
    public string Share(ReadOnlySpan<char> text)
    {
        lock (_strings)
        {
            return ShareLocked(text);
        }
    }

    private string ShareLocked(ReadOnlySpan<char> text)
    {
        if (_byText.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var created = new string(text);
        _strings.Add(created);
        return created;
    }
}
