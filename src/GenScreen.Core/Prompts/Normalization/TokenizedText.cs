namespace GenScreen.Core.Prompts.Normalization;

/// <summary>
/// A reusable workspace holding one normalized, tokenized text. Tokens are written into
/// <see cref="Buffer"/> separated by exactly one space, so a run of consecutive tokens is itself a
/// contiguous span: a multi-word phrase is looked up without copying.
/// </summary>
internal sealed class TokenizedText
{
    private char[] _buffer = new char[1024];
    private Token[] _tokens = new Token[256];
    private int[] _sourceIndex = new int[1024];
    private char[] _emoji = new char[32];
    private int[] _emojiSource = new int[32];
    private int[] _emojiRunEnds = new int[8];
    private int[] _emojiRunSourceEnds = new int[8];

    public ReadOnlySpan<char> Buffer => _buffer.AsSpan(0, BufferLength);

    public int BufferLength { get; private set; }

    /// <summary>Number of tokens in source order (excludes synthetic tokens).</summary>
    public int SequenceCount { get; private set; }

    /// <summary>All tokens: the sequence followed by synthetic ones.</summary>
    public int Count { get; private set; }

    public string Source { get; private set; } = string.Empty;

    public ref Token this[int index] => ref _tokens[index];

    public ReadOnlySpan<char> TextOf(in Token token) => _buffer.AsSpan(token.Start, token.Length);

    /// <summary>The contiguous span of tokens [first, first+count) including the single spaces between.</summary>
    public ReadOnlySpan<char> TextOf(int first, int count)
    {
        ref var a = ref _tokens[first];
        ref var b = ref _tokens[first + count - 1];
        return _buffer.AsSpan(a.Start, b.End - a.Start);
    }

    /// <summary>Emoji collected apart from the words (they separate words), in runs of adjacent emoji.</summary>
    public int EmojiRunCount { get; private set; }

    /// <summary>The folded emoji of run <paramref name="run"/> (UTF-16, modifiers and joiners dropped).</summary>
    public ReadOnlySpan<char> EmojiRun(int run, out int offset)
    {
        offset = run == 0 ? 0 : _emojiRunEnds[run - 1];
        return _emoji.AsSpan(offset, _emojiRunEnds[run] - offset);
    }

    /// <summary>Source index of the emoji unit at <paramref name="emojiIndex"/> (an offset from <see cref="EmojiRun"/> plus a position).</summary>
    public int EmojiSourceAt(int emojiIndex) => _emojiSource[emojiIndex];

    /// <summary>Where run <paramref name="run"/> ends in the source, after any trailing skin tone or joiner.</summary>
    public int EmojiRunSourceEnd(int run) => _emojiRunSourceEnds[run];

    /// <summary>A modifier or joiner that belongs to the last run: its span grows over it.</summary>
    internal void ExtendEmojiRun(int sourceEnd)
    {
        if (EmojiRunCount > 0)
        {
            _emojiRunSourceEnds[EmojiRunCount - 1] = sourceEnd;
        }
    }

    internal void AppendEmoji(ReadOnlySpan<char> units, int sourceStart, bool continuesRun)
    {
        var length = EmojiRunCount == 0 ? 0 : _emojiRunEnds[EmojiRunCount - 1];
        if (length + units.Length > _emoji.Length)
        {
            Array.Resize(ref _emoji, Math.Max(length + units.Length, _emoji.Length * 2));
            Array.Resize(ref _emojiSource, _emoji.Length);
        }

        for (var k = 0; k < units.Length; k++)
        {
            _emoji[length + k] = units[k];
            _emojiSource[length + k] = sourceStart + k;
        }

        if (!continuesRun || EmojiRunCount == 0)
        {
            if (EmojiRunCount == _emojiRunEnds.Length)
            {
                Array.Resize(ref _emojiRunEnds, _emojiRunEnds.Length * 2);
                Array.Resize(ref _emojiRunSourceEnds, _emojiRunEnds.Length);
            }

            EmojiRunCount++;
        }

        _emojiRunEnds[EmojiRunCount - 1] = length + units.Length;
        _emojiRunSourceEnds[EmojiRunCount - 1] = sourceStart + units.Length;
    }

    /// <summary>
    /// The source holds only ASCII characters (<see cref="PromptTokenizer"/> tests this first): then no token is a Cjk run, none
    /// holds a Greek, Cyrillic or other non-Latin letter, and the buffer is ASCII, so per-token tests of those scripts can be
    /// skipped for the whole prompt (session 30, speed36).
    /// </summary>
    public bool IsAscii { get; private set; }

    /// <summary>
    /// Session 43 (i16-speed51): the index of the source's first and last non-ASCII character, or (-1, -1) for an ASCII source;
    /// found on first use after each <see cref="Reset"/> (a vectorized search from each end), so a reader asking after letters
    /// above ASCII (<c>Inflections.LettersShow</c>) reads only the stretch between them.
    /// </summary>
    public (int First, int Last) NonAsciiBounds
    {
        get
        {
            if (_nonAsciiBounds.First == NotSought)
            {
                _nonAsciiBounds = IsAscii
                    ? (-1, -1)
                    : (Source.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F'), Source.AsSpan().LastIndexOfAnyExceptInRange('\0', '\u007F'));
            }

            return _nonAsciiBounds;
        }
    }

    private const int NotSought = -2;

    private (int First, int Last) _nonAsciiBounds = (NotSought, NotSought);

    internal void Reset(string source, bool ascii = false)
    {
        Source = source;
        IsAscii = ascii;
        _nonAsciiBounds = (NotSought, NotSought);
        BufferLength = 0;
        SequenceCount = 0;
        Count = 0;
        EmojiRunCount = 0;
        EnsureBuffer((source.Length * 3) + 16);
    }

    /// <summary>Appends a character and the index in the source it came from (for exact spans inside CJK runs).</summary>
    internal void AppendChar(char c, int sourceIndex)
    {
        EnsureBuffer(BufferLength + 1);
        _sourceIndex[BufferLength] = sourceIndex;
        _buffer[BufferLength++] = c;
    }

    /// <summary>Room for <paramref name="count"/> more characters and their source indices; <see cref="Commit"/> keeps them.</summary>
    internal Span<char> Reserve(int count, out Span<int> sources)
    {
        EnsureBuffer(BufferLength + count);
        sources = _sourceIndex.AsSpan(BufferLength, count);
        return _buffer.AsSpan(BufferLength, count);
    }

    internal void Commit(int count) => BufferLength += count;

    /// <summary>Source index of the normalized character at <paramref name="bufferIndex"/>.</summary>
    public int SourceIndexAt(int bufferIndex) => _sourceIndex[bufferIndex];

    /// <summary>The index of the word that starts at source index <paramref name="sourceStart"/>, or -1 (words are in source order).</summary>
    public int SequenceStartingAt(int sourceStart)
    {
        for (var k = 0; k < SequenceCount; k++)
        {
            var start = this[k].SourceStart;
            if (start >= sourceStart)
            {
                return start == sourceStart ? k : -1;
            }
        }

        return -1;
    }

    internal char LastChar => BufferLength == 0 ? ' ' : _buffer[BufferLength - 1];

    /// <summary>
    /// A fresh token at the end: every field cleared, no number or ordinal word (-1), so a reused slot carries nothing
    /// from an earlier prompt; the caller sets where it is and its flags.
    /// </summary>
    internal ref Token AddToken()
    {
        if (Count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        // Cleared in place: the token holds a reference (its memo entry), and a whole new value copied in would go through
        // the GC's write barrier for it; zeroing needs none.
        ref var token = ref _tokens[Count++];
        token = default;
        token.NumberWord = -1;
        token.OrdinalWord = -1;
        return ref token;
    }

    internal void RemoveLastToken() => Count--;

    internal void SealSequence() => SequenceCount = Count;

    internal void Truncate(int bufferLength) => BufferLength = bufferLength;

    /// <summary>Replaces a token's text with a same-length canonical form (homoglyphs or leet undone).</summary>
    internal void Rewrite(ref Token token, ReadOnlySpan<char> canonical)
    {
        canonical.CopyTo(_buffer.AsSpan(token.Start, token.Length));
        token.Hash = WordHash.Of(canonical);
        token.Flags &= ~(TokenFlags.NonLatin | TokenFlags.LeetSymbol | TokenFlags.Digit);
        token.Flags |= TokenFlags.Letter;
    }

    /// <summary>Runs of sequence tokens to merge into one word (see <see cref="MergeRuns"/>), reused between texts.</summary>
    internal List<(int First, int Count)> PendingMerges { get; } = [];

    /// <summary>
    /// Merges each run in <see cref="PendingMerges"/> (ascending, not overlapping, inside the sequence) into one
    /// token without separators: <c>tay-lor</c> becomes <c>taylor</c>. One forward pass over the buffer and the
    /// tokens, synthetic ones included; text only ever moves left, so it is done in place. Spans still point
    /// into the original text.
    /// </summary>
    internal void MergeRuns()
    {
        var merges = PendingMerges;
        var write = 0;
        var kept = 0;
        var next = 0;
        var removed = 0;
        for (var t = 0; t < Count;)
        {
            WorkCounter.Add(1);
            var count = next < merges.Count && merges[next].First == t ? merges[next++].Count : 1;
            var token = _tokens[t];
            if (kept > 0)
            {
                _sourceIndex[write] = token.SourceStart;
                _buffer[write++] = ' ';
            }

            var start = write;
            for (var k = 0; k < count; k++)
            {
                ref var part = ref _tokens[t + k];
                WorkCounter.Add(1 + part.Length);
                Array.Copy(_buffer, part.Start, _buffer, write, part.Length);
                Array.Copy(_sourceIndex, part.Start, _sourceIndex, write, part.Length);
                write += part.Length;
                if (k > 0)
                {
                    token.Flags |= part.Flags & ~TokenFlags.Joined;
                }
            }

            token.Start = start;
            token.Length = write - start;
            token.SourceEnd = _tokens[t + count - 1].SourceEnd;
            if (count > 1)
            {
                token.Hash = WordHash.Of(_buffer.AsSpan(start, token.Length)); // a new word: tay-lor is taylor
            }

            _tokens[kept++] = token;
            removed += count - 1;
            t += count;
        }

        SequenceCount -= removed;
        Count = kept;
        BufferLength = write;
        merges.Clear();
    }

    private void EnsureBuffer(int size)
    {
        if (_buffer.Length < size)
        {
            var newSize = Math.Max(size, _buffer.Length * 2);
            Array.Resize(ref _buffer, newSize);
            Array.Resize(ref _sourceIndex, newSize);
        }
    }
}
