namespace GenScreen.Core.Prompts.Lexicons.Snapshot;

/// <summary>
/// The built-in lexicon files already parsed, written at build time (tools/GenScreen.LexiconSnapshot, run by
/// GenScreen.Core.csproj) and embedded beside the JSON they came from. <see cref="LexiconSet.Build(IEnumerable{LexiconSource})"/>
/// takes a source's document from here when the snapshot holds one for exactly that JSON (same SHA-256), and
/// parses the JSON otherwise: a configured file, a file changed after the snapshot was written, a snapshot that is
/// missing, corrupt or of another format. The lexicon built is the same either way (LexiconSnapshotTests).
/// </summary>
internal sealed class LexiconSnapshot
{
    /// <summary>The embedded resource's name (GenScreen.Core.csproj).</summary>
    public const string ResourceName = "GenScreen.LexiconSnapshot";

    // Held weakly: a build reads the snapshot once and keeps nothing of its bytes, so a strong static would keep ≈ 6 MiB
    // for the life of the process for nothing (issue 16's lexicon memory budget). A later build (enrolled names
    // changed, rules reloaded) reads it again from the assembly if it was collected meanwhile: a copy of a few ms.
    private static readonly WeakReference<LexiconSnapshot> Embedded = new(null!);
    private static readonly Lock EmbeddedGate = new();
    private static string? _notice;
    private static int _noticeTaken;

    private readonly byte[] _bytes;
    private readonly Dictionary<UInt256Key, (string Name, int Offset, int Length)> _index;

    private LexiconSnapshot(byte[] bytes, Dictionary<UInt256Key, (string Name, int Offset, int Length)> index)
    {
        _bytes = bytes;
        _index = index;
    }

    /// <summary>
    /// The snapshot embedded in this assembly; null when it is missing or unreadable (the reason is in <see cref="TakeNotice"/>).
    /// Only callers keep it alive: once no build holds it, the garbage collector may take it back.
    /// </summary>
    public static LexiconSnapshot? BuiltIn
    {
        get
        {
            lock (EmbeddedGate)
            {
                if (Embedded.TryGetTarget(out var cached))
                {
                    return cached;
                }

                var loaded = LoadEmbedded();
                if (loaded is not null)
                {
                    Embedded.SetTarget(loaded);
                }

                return loaded;
            }
        }
    }

    /// <summary>Files in the snapshot.</summary>
    public int Count => _index.Count;

    /// <summary>
    /// Why start-up parsed JSON instead of reading the snapshot (missing, corrupt, or stale for a built-in file),
    /// given once per process so the host logs it once; null when there is nothing to say or it was taken already.
    /// </summary>
    public static string? TakeNotice() =>
        Volatile.Read(ref _notice) is { } notice && Interlocked.Exchange(ref _noticeTaken, 1) == 0 ? notice : null;

    /// <summary>Reads a snapshot; null (with the reason in <paramref name="error"/>) when it is not an intact one of this format.</summary>
    public static LexiconSnapshot? FromBytes(byte[] bytes, out string? error)
    {
        try
        {
            error = null;
            return new LexiconSnapshot(bytes, LexiconSnapshotFile.ReadIndex(bytes));
        }
        catch (InvalidDataException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>
    /// The document of <paramref name="source"/>, with its names normalized, if the snapshot holds its exact JSON; null otherwise (the caller
    /// parses the JSON). A built-in source that finds no entry means the snapshot is stale: noted once.
    /// </summary>
    public SnapshotEntry? Find(LexiconSource source)
    {
        if (!_index.TryGetValue(UInt256Key.Of(source.Json), out var entry))
        {
            if (source.Name.StartsWith("builtin:", StringComparison.Ordinal))
            {
                Note($"Lexicon snapshot has no entry for the current data of '{source.Name}' (stale); its JSON was parsed.");
            }

            return null;
        }

        try
        {
            var reader = new SnapshotReader(_bytes.AsSpan(entry.Offset, entry.Length));
            var doc = LexiconDocumentCodec.Read(ref reader);
            var names = LexiconDocumentCodec.ReadNameForms(ref reader);
            var prompt = LexiconDocumentCodec.ReadTermForms(ref reader);
            var negative = LexiconDocumentCodec.ReadTermForms(ref reader);
            return reader.AtEnd ? new SnapshotEntry(doc, names, prompt, negative) : throw new InvalidDataException("Lexicon snapshot: entry longer than its document.");
        }
        catch (InvalidDataException ex)
        {
            Note($"Lexicon snapshot entry '{entry.Name}' is unreadable ({ex.Message}); its JSON was parsed.");
            return null;
        }
    }

    private static LexiconSnapshot? LoadEmbedded()
    {
        using var stream = typeof(LexiconSnapshot).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            Note("Lexicon snapshot is missing from the assembly; the lexicon files' JSON was parsed.");
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var snapshot = FromBytes(bytes, out var error);
        if (snapshot is null)
        {
            Note($"{error} The lexicon files' JSON was parsed.");
        }

        return snapshot;
    }

    /// <summary>Keeps the first reason only: one log line per process, not one per file.</summary>
    private static void Note(string notice) => Interlocked.CompareExchange(ref _notice, notice, null);
}

/// <summary>One file as the snapshot holds it: its document and the normalized forms of its names lists and term sections (null when they were not stored).</summary>
internal sealed record SnapshotEntry(LexiconDocument Document, NormalizedForm[]?[]? Names, NormalizedForm[]? PromptTerms, NormalizedForm[]? NegativeTerms);
