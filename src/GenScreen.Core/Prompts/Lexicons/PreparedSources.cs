using System.Runtime.ExceptionServices;
using GenScreen.Core.Prompts.Lexicons.Snapshot;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// The sources parsed, and their name lists normalized, on both cores before <see cref="LexiconSet.Build"/> reads
/// them in load order. Start-up is spent mostly here (the world gazetteer's ~75,000 name forms); the result is
/// the same as doing it in order, since parsing and normalizing a term depend on nothing but the text. Errors are
/// kept and rethrown when the source's turn comes, so a bad file fails exactly as it did before; a names list
/// that cannot be normalized ahead (a null entry) is left for the in-order path, which reports it.
/// </summary>
internal sealed class PreparedSources
{
    /// <summary>Names per unit of parallel work: large enough that scheduling is noise, small enough to balance.</summary>
    private const int ChunkSize = 2048;

    private readonly LexiconDocument?[] _documents;
    private readonly ExceptionDispatchInfo?[] _errors;
    private readonly NormalizedForm[]?[][] _names;
    private readonly (NormalizedForm[]? Prompt, NormalizedForm[]? Negative)[] _termForms;
    private readonly LexiconSnapshot? _snapshot;

    private PreparedSources(int count, LexiconSnapshot? snapshot)
    {
        _snapshot = snapshot;
        _documents = new LexiconDocument?[count];
        _errors = new ExceptionDispatchInfo?[count];
        _names = new NormalizedForm[]?[count][];
        _termForms = new (NormalizedForm[]?, NormalizedForm[]?)[count];
    }

    /// <summary>The name lists prepared ahead, in this order.</summary>
    internal enum NameList
    {
        Names,
        ExactNames,
        WellKnownNames,
    }

    /// <param name="parallel">False prepares nothing ahead: every source is parsed and normalized in order (the reference path).</param>
    /// <param name="snapshot">Where the built-in files' documents are read from instead of their JSON; null parses every file.</param>
    public static PreparedSources Prepare(IReadOnlyList<LexiconSource> sources, bool parallel, LexiconSnapshot? snapshot)
    {
        var prepared = new PreparedSources(sources.Count, snapshot);
        if (!parallel || sources.Count == 0)
        {
            return prepared;
        }

        // Largest first, so the big gazetteer files do not start last and leave one core idle.
        var bySize = Enumerable.Range(0, sources.Count).OrderByDescending(i => sources[i].Json.Length).ToArray();
        Parallel.For(0, bySize.Length, k => prepared.Parse(bySize[k], sources[bySize[k]]));

        var chunks = new List<(int Source, int List, int Start)>();
        for (var i = 0; i < sources.Count; i++)
        {
            if (prepared._documents[i] is not { } doc || prepared._names[i] is not null || HasNullName(doc))
            {
                continue;
            }

            List<string>[] lists = [doc.Names, doc.ExactNames, doc.WellKnownNames];
            prepared._names[i] = new NormalizedForm[]?[lists.Length];
            for (var list = 0; list < lists.Length; list++)
            {
                prepared._names[i][list] = new NormalizedForm[lists[list].Count];
                for (var start = 0; start < lists[list].Count; start += ChunkSize)
                {
                    chunks.Add((i, list, start));
                }
            }
        }

        Parallel.For(
            0,
            chunks.Count,
            () => new TokenizedText(),
            (c, _, workspace) =>
            {
                var (source, list, start) = chunks[c];
                var doc = prepared._documents[source]!;
                var names = list switch { 0 => doc.Names, 1 => doc.ExactNames, _ => doc.WellKnownNames };
                var into = prepared._names[source][list]!;
                for (var n = start; n < Math.Min(start + ChunkSize, names.Count); n++)
                {
                    into[n] = NormalizedForm.Of(names[n], workspace);
                }

                return workspace;
            },
            _ => { });
        return prepared;
    }

    /// <summary>The parsed document of source <paramref name="index"/>; its parse error, rethrown, if it had one.</summary>
    public LexiconDocument Document(int index, LexiconSource source)
    {
        _errors[index]?.Throw();
        return _documents[index] ?? _snapshot?.Find(source)?.Document ?? LexiconSet.Parse(source);
    }

    /// <summary>The normalized forms of one names list of source <paramref name="index"/>, or null when not prepared.</summary>
    public NormalizedForm[]? Names(int index, NameList list) => _names[index] is { } lists ? lists[(int)list] : null;

    /// <summary>The normalized forms of the prompt or negative terms of source <paramref name="index"/> (from the snapshot), or null.</summary>
    public NormalizedForm[]? TermForms(int index, bool negative) => negative ? _termForms[index].Negative : _termForms[index].Prompt;

    private static bool HasNullName(LexiconDocument doc) =>
        doc.Names.Contains(null!) || doc.ExactNames.Contains(null!) || doc.WellKnownNames.Contains(null!);

    private void Parse(int index, LexiconSource source)
    {
        try
        {
            // From the snapshot when it holds this exact JSON (its names normalized too), else parsed.
            if (_snapshot?.Find(source) is { } entry)
            {
                _documents[index] = entry.Document;
                _names[index] = entry.Names!;
                _termForms[index] = (entry.PromptTerms, entry.NegativeTerms);
            }
            else
            {
                _documents[index] = LexiconSet.Parse(source);
            }
        }
        catch (Exception ex)
        {
            _errors[index] = ExceptionDispatchInfo.Capture(ex);
        }
    }
}
