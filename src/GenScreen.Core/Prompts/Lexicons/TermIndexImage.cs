using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GenScreen.Core.Prompts.Lexicons.Snapshot;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// The term-index image (issue 16, session 29): the prompt and negative <see cref="TermIndex"/>es as the in-memory build
/// leaves them (packed word-and-phrase table with its values, squeezed table, known-word set, gates, bit arrays, join heads
/// and tails, fold losers, unspaced tables), written at build time by tools/GenScreen.TermIndexImage into a file beside
/// GenScreen.Core.dll (<see cref="FileName"/>), so start-up reads arrays instead of building ~230,000 keys' hash tables
/// (~1 s of CPU).
/// </summary>
/// <remarks>
/// Start-up still reads the sources in order (<see cref="LexiconSet"/>): that read creates the <see cref="LexiconEntry"/>
/// objects the people lexicon shares, and the image refers to them by the position of the first term that carries each one
/// (the prompt and negative term lists, in the order the read makes them). The image is used only when its header
/// matches this start-up: the same format, the same GenScreen.Core build (the assembly's module version id, which the
/// compiler derives from the code) and the same lexicon sources (<see cref="LexiconSet.ContentHash"/>, SHA-256 over every
/// source's name and bytes) with the same term counts. Otherwise, or when the file is missing or unreadable, the index is
/// built in memory as before and the lexicon set's <see cref="LexiconSet.TermIndexImageNotice"/> says why (the host logs it).
/// </remarks>
internal static class TermIndexImage
{
    /// <summary>The image's file name, beside GenScreen.Core.dll.</summary>
    public const string FileName = "GenScreen.Core.termindex";

    private const int Magic = 0x49545347; // "GSTI"
    private const int FormatVersion = 1;

    /// <summary>Where the host's image is: beside GenScreen.Core.dll (the application's base directory when the assembly has no file).</summary>
    public static string DefaultPath
    {
        get
        {
            var location = typeof(TermIndexImage).Assembly.Location;
            var directory = string.IsNullOrEmpty(location) ? AppContext.BaseDirectory : Path.GetDirectoryName(location) ?? AppContext.BaseDirectory;
            return Path.Combine(directory, FileName);
        }
    }

    /// <summary>The build of GenScreen.Core an image belongs to (the compiler's module version id: new code, new id).</summary>
    internal static Guid CodeVersion => typeof(TermIndexImage).Module.ModuleVersionId;

    /// <summary>Why a read did not use the image; kept for the one lexicon build that asked (a value of that build, not of
    /// the process: builds running side by side, as tests do, must not report each other's reasons).</summary>
    private static void Note(string notice, bool absentImage = false)
    {
        _lastNotice = notice;
        _lastNoticeIsAbsentImage = absentImage;
    }

    /// <summary>Builds the built-in lexicons in memory and writes their image to <paramref name="path"/> (the build-time tool's entry point).</summary>
    /// <returns>A line for the build log.</returns>
    internal static string WriteBuiltIn(string path)
    {
        var set = LexiconSet.Build(BuiltInLexicons.Load(), parallel: true, LexiconSnapshot.BuiltIn, stages: null, termIndexImage: null, writeTermIndexImage: path);
        return $"term-index image {path}: {new FileInfo(path).Length:N0} bytes, {set.PromptTermCount:N0} prompt terms, lexicons {set.ContentHash[..12]}, code {CodeVersion}";
    }

    /// <summary>Writes both indexes' image to <paramref name="path"/> (through a temporary file, so a reader never sees half of one).</summary>
    internal static void Write(
        string path, string contentHash, List<NormalizedTerm> prompt, TermIndex promptIndex, List<NormalizedTerm> negative, TermIndex negativeIndex)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var image = new BinaryWriter(stream))
        {
            image.Write(Magic);
            image.Write(FormatVersion);
            image.Write(CodeVersion.ToByteArray());
            image.Write(contentHash);
            image.Write(prompt.Count);
            image.Write(negative.Count);
            promptIndex.WriteImage(image, FirstTermNumbers(prompt));
            negativeIndex.WriteImage(image, FirstTermNumbers(negative));
            image.Write(Magic);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Each entry's number: the position of the first term in <paramref name="terms"/> that carries it.</summary>
    private static Func<LexiconEntry, int> FirstTermNumbers(List<NormalizedTerm> terms)
    {
        var numbers = new Dictionary<LexiconEntry, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < terms.Count; i++)
        {
            numbers.TryAdd(terms[i].Entry, i);
        }

        return entry => numbers.TryGetValue(entry, out var number)
            ? number
            : throw new InvalidOperationException($"Term-index image: the entry '{entry.Term}' ({entry.Source}) is no term's and no language-only mark's.");
    }

    /// <summary>
    /// Reads both indexes' image from <paramref name="path"/> when it was made from these sources by this build; null (and
    /// a notice) otherwise, and the caller builds the indexes in memory.
    /// </summary>
    /// <param name="absentImage">True when the notice says only that there is no image file (a supported set-up).</param>
    internal static (Section Prompt, Section Negative)? TryRead(
        string path, IReadOnlyList<LexiconSource> sources, string contentHash, List<NormalizedTerm> prompt, List<NormalizedTerm> negative,
        out string? notice, out bool absentImage)
    {
        _lastNotice = null;
        _lastNoticeIsAbsentImage = false;
        var read = TryRead(path, sources, contentHash, prompt, negative);
        notice = read is null ? _lastNotice : null;
        absentImage = read is null && _lastNoticeIsAbsentImage;
        return read;
    }

    [ThreadStatic]
    private static string? _lastNotice;

    [ThreadStatic]
    private static bool _lastNoticeIsAbsentImage;

    private static (Section Prompt, Section Negative)? TryRead(
        string path, IReadOnlyList<LexiconSource> sources, string contentHash, List<NormalizedTerm> prompt, List<NormalizedTerm> negative)
    {
        const string Fallback = "the term index was built in memory (same verdicts, slower start-up)";
        if (sources.Any(s => s.IsConfigured))
        {
            Note($"Term-index image not used: it covers the built-in lexicons only and configured lexicon sources are loaded; {Fallback}.");
            return null;
        }

        if (!BitConverter.IsLittleEndian)
        {
            Note($"Term-index image not used: it is written little-endian; {Fallback}.");
            return null;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Note($"Term-index image {path} missing or unreadable ({ex.GetType().Name}); {Fallback}.",
                absentImage: ex is FileNotFoundException or DirectoryNotFoundException);
            return null;
        }

        try
        {
            using (stream)
            using (var image = new BinaryReader(stream))
            {
                if (image.ReadInt32() != Magic || image.ReadInt32() != FormatVersion)
                {
                    Note($"Term-index image {path} is not one of this format; {Fallback}.");
                    return null;
                }

                var code = new Guid(image.ReadBytes(16));
                var hash = image.ReadString();
                var (promptCount, negativeCount) = (image.ReadInt32(), image.ReadInt32());
                if (code != CodeVersion || !string.Equals(hash, contentHash, StringComparison.Ordinal)
                    || promptCount != prompt.Count || negativeCount != negative.Count)
                {
                    Note($"Term-index image {path} is stale (made by code {code} from lexicons {Short(hash)}; this is code {CodeVersion} with lexicons {Short(contentHash)}); {Fallback}.");
                    return null;
                }

                var promptSection = Section.Read(image, prompt);
                var negativeSection = Section.Read(image, negative);
                if (image.ReadInt32() != Magic || stream.Position != stream.Length)
                {
                    throw new InvalidDataException("Term-index image: the file does not end where its last section does.");
                }

                return (promptSection, negativeSection);
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException or ArgumentException or IndexOutOfRangeException or OverflowException or LexiconFormatException)
        {
            Note($"Term-index image {path} is unreadable ({ex.Message}); {Fallback}.");
            return null;
        }
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;

    /// <summary>A <see cref="TermInfo"/> with its entry as a number: 32 bytes, read and written as one array.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct PackedTermInfo
    {
        public ulong Languages;
        public int Entry;
        public int Number;
        public uint Roles;
        public uint Tags;
        public short Ordinal;
        public byte MaxPhraseTokens;
        public byte Language;

        public static PackedTermInfo Of(TermInfo info, int entry) => new()
        {
            Languages = info.Languages,
            Entry = entry,
            Number = info.Number,
            Roles = (uint)info.Roles,
            Tags = (uint)info.Tags,
            Ordinal = (short)info.Ordinal,
            MaxPhraseTokens = (byte)info.MaxPhraseTokens,
            Language = info.Language,
        };

        public readonly TermInfo ToInfo(LexiconEntry? entry) =>
            new(entry, MaxPhraseTokens, Number, Ordinal, (WordRole)Roles, Languages, (WordTags)Tags, Language);
    }

    /// <summary>One index's tables as read from the image (<see cref="TermIndex.WriteImage"/> writes them in this order).</summary>
    internal sealed class Section
    {
        public required int Count { get; init; }
        public required PackedKeyTable<TermInfo> Terms { get; init; }
        public required KeyGate TermGate { get; init; }
        public required PackedKeyTable<LexiconEntry> Squeezed { get; init; }
        public required KeyGate SqueezedGate { get; init; }
        public required PackedKeySet Words { get; init; }
        public required Dictionary<string, LexiconEntry> FoldLosers { get; init; }
        public required JoinedWordParts JoinHeads { get; init; }
        public required JoinedWordParts JoinTails { get; init; }
        public required ulong[] CompoundHeads { get; init; }
        public required ulong[] CompoundShapes { get; init; }
        public required ulong[] PhraseStarts { get; init; }
        public required Dictionary<uint, CjkTerm[]> CjkFirstTwo { get; init; }
        public required Dictionary<char, CjkTerm[]> CjkSingle { get; init; }
        public required Dictionary<int, CjkTerm[]> Emoji { get; init; }
        public required List<(LexiconEntry Marked, LexiconEntry From)> LanguageOnlyMarks { get; init; }

        public static Section Read(BinaryReader image, List<NormalizedTerm> terms)
        {
            var marks = new List<(LexiconEntry Marked, LexiconEntry From)>();
            var markCount = image.ReadInt32();
            for (var i = 0; i < markCount; i++)
            {
                var origin = TermEntry(image.ReadInt32());
                marks.Add((origin with { OnlyInLanguages = image.ReadUInt64() }, origin));
            }

            LexiconEntry TermEntry(int number) => (uint)number < (uint)terms.Count
                ? terms[number].Entry
                : throw new InvalidDataException($"Term-index image: entry number {number} is out of range.");

            LexiconEntry? Entry(int number) => number switch
            {
                -1 => null,
                >= 0 => TermEntry(number),
                _ when -2 - number < marks.Count => marks[-2 - number].Marked,
                _ => throw new InvalidDataException($"Term-index image: entry number {number} is out of range."),
            };

            LexiconEntry NotNull(int number) => Entry(number) ?? throw new InvalidDataException("Term-index image: an entry is missing.");

            var count = image.ReadInt32();
            PackedTermInfo[]? infos = null;
            var termsTable = new PackedKeyTable<TermInfo>(image, i => infos![i].ToInfo(Entry(infos[i].Entry)), () => infos = ImageArrays.Read<PackedTermInfo>(image));
            var termGate = new KeyGate(image);
            int[]? squeezedEntries = null;
            var squeezed = new PackedKeyTable<LexiconEntry>(image, i => NotNull(squeezedEntries![i]), () => squeezedEntries = ImageArrays.Read<int>(image));
            var squeezedGate = new KeyGate(image);
            var words = new PackedKeySet(image);
            var losers = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
            var loserCount = image.ReadInt32();
            for (var i = 0; i < loserCount; i++)
            {
                var key = image.ReadString();
                losers[key] = NotNull(image.ReadInt32());
            }

            return new Section
            {
                Count = count,
                Terms = termsTable,
                TermGate = termGate,
                Squeezed = squeezed,
                SqueezedGate = squeezedGate,
                Words = words,
                FoldLosers = losers,
                JoinHeads = JoinedWordParts.ReadImage(image, byLastPair: false),
                JoinTails = JoinedWordParts.ReadImage(image, byLastPair: true),
                CompoundHeads = ImageArrays.Read<ulong>(image),
                CompoundShapes = ImageArrays.Read<ulong>(image),
                PhraseStarts = ImageArrays.Read<ulong>(image),
                CjkFirstTwo = ReadUnspaced(image, r => r.ReadUInt32(), NotNull),
                CjkSingle = ReadUnspaced(image, r => (char)r.ReadUInt16(), NotNull),
                Emoji = ReadUnspaced(image, r => r.ReadInt32(), NotNull),
                LanguageOnlyMarks = marks,
            };
        }

        private static Dictionary<TKey, CjkTerm[]> ReadUnspaced<TKey>(BinaryReader image, Func<BinaryReader, TKey> readKey, Func<int, LexiconEntry> entry)
            where TKey : notnull
        {
            var count = image.ReadInt32();
            var table = new Dictionary<TKey, CjkTerm[]>(count);
            for (var i = 0; i < count; i++)
            {
                var key = readKey(image);
                var terms = new CjkTerm[image.ReadInt32()];
                for (var t = 0; t < terms.Length; t++)
                {
                    var text = image.ReadString();
                    terms[t] = new CjkTerm(text, entry(image.ReadInt32()));
                }

                table.Add(key, terms);
            }

            return table;
        }
    }
}

/// <summary>Arrays of plain values in the term-index image: a length, then the elements' bytes as memory holds them (little-endian).</summary>
internal static class ImageArrays
{
    public static T[] Read<T>(BinaryReader image)
        where T : unmanaged
    {
        var length = image.ReadInt32();
        if (length < 0 || (long)length * Unsafe.SizeOf<T>() > image.BaseStream.Length - image.BaseStream.Position)
        {
            throw new InvalidDataException($"Term-index image: an array of {length} elements does not fit the file.");
        }

        var array = GC.AllocateUninitializedArray<T>(length);
        image.BaseStream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    public static void Write<T>(BinaryWriter image, ReadOnlySpan<T> array)
        where T : unmanaged
    {
        image.Write(array.Length);
        image.Write(MemoryMarshal.AsBytes(array));
    }
}
