using System.Text;

namespace GenScreen.Core.Prompts.Normalization;

/// <summary>
/// Normalizes and tokenizes a prompt in one linear pass: folds every character (<see cref="CharFolding"/>),
/// drops Stable Diffusion weights (<c>(word:1.3)</c>, <c>[a:b:0.5]</c>, <c>&lt;lora:name:0.8&gt;</c>) while
/// keeping the words they weight, splits on separators and records which tokens were joined by
/// <c>_ - . *</c>. Runs of single letters (<c>n u d e</c>) are joined into extra synthetic tokens.
/// </summary>
internal static class PromptTokenizer
{
    public static void Tokenize(string source, TokenizedText into)
    {
        var ascii = Ascii.IsValid(source);
        source = ascii ? source : ComposeIfNeeded(source);
        WorkCounter.Add(source.Length);
        into.Reset(source, ascii);
        var state = new State();
        var groupDepth = 0;
        var lastOpener = '(';
        var emojiRunContinuesAt = -1;
        Span<char> folded = stackalloc char[18];
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c < 128)
            {
                // ASCII fast path: most prompts are entirely ASCII, and most of their characters are letters.
                if (char.IsAsciiLetterOrDigit(c))
                {
                    i = state.AppendAsciiRun(into, source, i);
                    continue;
                }

                // A space (most separators) only ends the token: no group, weight or class to look at.
                if (c == ' ')
                {
                    state.EndToken(into);
                    state.SeenSeparator(joiner: false);
                    i++;
                    continue;
                }

                groupDepth = c switch
                {
                    '(' or '[' or '<' => groupDepth + 1,
                    ')' or ']' or '>' => Math.Max(0, groupDepth - 1),
                    _ => groupDepth,
                };
                lastOpener = c is '(' or '[' or '<' ? c : lastOpener;
                if (c == ':' && groupDepth > 0 && TrySkipWeight(source, i, lastOpener, out var afterWeight))
                {
                    state.EndToken(into);
                    state.SeenSeparator(joiner: false);
                    i = afterWeight;
                    continue;
                }

                state.Accept(into, c, CharFolding.ClassOf(c), i, i + 1, source);
                i++;
                continue;
            }

            var consumed = CharFolding.Fold(source, i, folded, out var written);
            if (written == 0 || c >= EmojiChars.LowestBmpEmoji)
            {
                emojiRunContinuesAt = TrackEmoji(into, source, i, consumed, folded[..written], emojiRunContinuesAt);
            }

            for (var k = 0; k < written; k++)
            {
                state.Accept(into, folded[k], CharFolding.ClassOf(folded[k]), i, i + consumed, source);
            }

            i += consumed;
        }

        state.EndToken(into);
        into.SealSequence();
        AddSpacedLetterTokens(into);
        if (!ascii)
        {
            // Kana and Han tokens only come from characters above ASCII: an ASCII prompt (most prompts) has none to join.
            AddSpacedKanaTokens(into);
            AddDotlessKanaTokens(into);
        }
    }

    /// <summary>
    /// The katakana middle dot <c>・</c> and double hyphen <c>゠</c> are kana, so they stay inside a run and
    /// separate a katakana name's parts for transliteration (<c>テイラー・スウィフト</c>); written inside a
    /// word (<c>ロ・リ</c>, <c>ロ・リ・コ・ン</c>) they hide it. A run that holds one also gets an extra token
    /// without them, searched like any run.
    /// </summary>
    private static void AddDotlessKanaTokens(TokenizedText text)
    {
        var n = text.SequenceCount;
        for (var i = 0; i < n; i++)
        {
            if (!text[i].Has(TokenFlags.Cjk) || text.TextOf(in text[i]).IndexOfAny('\u30FB', '\u30A0') < 0)
            {
                continue;
            }

            WorkCounter.Add(text[i].Length);
            ref var run = ref text[i];
            var (runStart, runLength, sourceStart, sourceEnd, flags) = (run.Start, run.Length, run.SourceStart, run.SourceEnd, run.Flags);
            text.AppendChar(' ', sourceStart);
            var start = text.BufferLength;
            for (var j = 0; j < runLength; j++)
            {
                var c = text.Buffer[runStart + j];
                if (c is not ('\u30FB' or '\u30A0'))
                {
                    text.AppendChar(c, text.SourceIndexAt(runStart + j));
                }
            }

            ref var t = ref text.AddToken();
            t.Start = start;
            t.Length = text.BufferLength - start;
            t.SourceStart = sourceStart;
            t.SourceEnd = sourceEnd;
            t.Flags = (flags & ~TokenFlags.Joined) | TokenFlags.Synthetic;
        }
    }

    /// <summary>
    /// Japanese and Chinese words spelled one character at a time (<c>ロ リ</c>, <c>ロ・リ</c>, <c>萝 莉</c>): a run
    /// of two or more one-character kana or Han tokens, separated only by spaces, dots or joiners, is joined
    /// into one extra unspaced token that is searched like any run. A separator that is not a space (a middle
    /// dot, a full stop, a full-width space, <c>_ - *</c>) also joins a one-character token to a longer
    /// neighbour (<c>ロ・リっ子</c>, <c>萝・莉控</c>); plain spaces between longer words do not, since they
    /// separate words. Hangul is left alone: Korean puts spaces between words, and one-syllable words are common.
    /// </summary>
    private static void AddSpacedKanaTokens(TokenizedText text)
    {
        var n = text.SequenceCount;
        WorkCounter.Add(n);
        var runStart = -1;
        var runHasSingle = false;
        for (var i = 0; i <= n; i++)
        {
            var kana = i < n && IsKanaOrHanToken(text, i);
            var single = kana && text[i].Length == 1;
            if (kana && runStart >= 0 && JoinsPrevious(text, i, single))
            {
                runHasSingle |= single;
                continue;
            }

            if (runStart >= 0 && i - runStart >= 2 && runHasSingle)
            {
                AppendJoined(text, runStart, i - runStart);
                text[text.Count - 1].Flags |= TokenFlags.Cjk;
            }

            runStart = kana ? i : -1;
            runHasSingle = single;
        }
    }

    /// <summary>The longest kana or Han token that may be joined to a spelled-out neighbour.</summary>
    private const int MaxSpelledPart = 8;

    private static bool IsKanaOrHanToken(TokenizedText text, int i) =>
        text[i].Length <= MaxSpelledPart && text[i].Has(TokenFlags.Cjk) && IsKanaOrHan(text.Buffer[text[i].Start]);

    private static bool JoinsPrevious(TokenizedText text, int i, bool single)
    {
        var previousSingle = text[i - 1].Length == 1;
        if (!(single || previousSingle) || !IsSpellingGap(text, i, out var spaceOnly))
        {
            return false;
        }

        return (single && previousSingle) || !spaceOnly;
    }

    private static bool IsKanaOrHan(char c) => Scripts.IsKana(c) || c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'; // not the compatibility ideographs

    /// <summary>Only spaces, dots and joiners between token <paramref name="i"/> and the one before (no comma or 、).</summary>
    private static bool IsSpellingGap(TokenizedText text, int i, out bool spaceOnly)
    {
        var source = text.Source;
        spaceOnly = true;
        for (var k = text[i - 1].SourceEnd; k < text[i].SourceStart; k++)
        {
            WorkCounter.Add(1);
            if (source[k] is not (' ' or '.' or '\u30FB' or '\u00B7' or '\uFF0E' or '\u3002' or '\u2022' or '\u2027' or '\u30A0' or '_' or '-' or '*' or '\u3000'))
            {
                return false;
            }

            spaceOnly &= source[k] == ' ';
        }

        return true;
    }

    /// <summary>
    /// Emoji are separators for words (as before) and are also collected, in runs of adjacent emoji, for
    /// matching as terms: skin-tone and hair modifiers, zero-width joiners and variation selectors are
    /// dropped without ending a run, so 👶🏽 is 👶 and 👨‍👩‍👧 is the run 👨👩👧. Returns where the current
    /// run may continue (any other character ends it).
    /// </summary>
    private static int TrackEmoji(TokenizedText into, string source, int at, int consumed, ReadOnlySpan<char> folded, int continuesAt)
    {
        var codePoint = consumed == 2 ? char.ConvertToUtf32(source[at], source[at + 1]) : source[at];
        if (folded.Length == 0 || EmojiChars.IsModifier(codePoint))
        {
            if (at != continuesAt)
            {
                return continuesAt;
            }

            into.ExtendEmojiRun(at + consumed);
            return at + consumed;
        }

        if (EmojiChars.IsPictograph(codePoint) && folded.SequenceEqual(source.AsSpan(at, consumed)))
        {
            into.AppendEmoji(folded, at, continuesRun: at == continuesAt);
            return at + consumed;
        }

        return continuesAt;
    }

    /// <summary>
    /// Half-width katakana, decomposed kana voicing marks and conjoining Hangul jamo only become the letters
    /// the lexicons hold when composed with their neighbours, which per-character folding cannot do: such
    /// (rare) text is NFKC-normalized as a whole first. Spans then refer to the composed text.
    /// </summary>
    private static string ComposeIfNeeded(string source)
    {
        // Every character that may need composing is U+1100 or above: an ASCII prompt (most prompts) is settled by one
        // vectorized scan in Tokenize, which calls this only for the others.
        foreach (var c in source)
        {
            if (c is >= '\uFF65' and <= '\uFF9F' or '\u3099' or '\u309A' or '\u309B' or '\u309C' or >= '\u1100' and <= '\u11FF')
            {
                try
                {
                    return AttachSpacingVoicingMarks(source).Normalize(System.Text.NormalizationForm.FormKC);
                }
                catch (ArgumentException)
                {
                    return source; // lone surrogates: fold per character as usual
                }
            }
        }

        return source;
    }

    /// <summary>
    /// The spacing voicing marks <c>゛ ゜</c> written after a kana are its voicing (<c>し゛</c> is <c>じ</c>), a
    /// way to disguise words; they become the combining marks that NFKC composes. A Latin or Greek letter
    /// that imitates a kana (<c>ι</c> for <c>し</c>) is read as that kana when a voicing mark follows it, since
    /// only kana take one. Linear: one pass.
    /// </summary>
    private static string AttachSpacingVoicingMarks(string source)
    {
        if (source.AsSpan().IndexOfAny('\u309B', '\u309C') < 0)
        {
            return source;
        }

        var chars = source.ToCharArray();
        for (var i = 1; i < chars.Length; i++)
        {
            if (chars[i] is not ('\u309B' or '\u309C'))
            {
                continue;
            }

            chars[i] = chars[i] == '\u309B' ? '\u3099' : '\u309A';
            chars[i - 1] = chars[i - 1] switch
            {
                'ι' or 'l' or 'I' or '|' => 'し',
                _ => chars[i - 1],
            };
        }

        return new string(chars);
    }

    /// <summary>
    /// A prompt weight (inside <c>( [ &lt;</c>) is <c>:</c> then a number, then the end of the group (<c>) ] &gt; , :</c>).
    /// Anything else (<c>12:30</c>, <c>style: anime</c>) stays text. Inside round brackets an attention weight
    /// is a small number (<c>1.2</c>, <c>0.8</c>, <c>2</c>); a whole number of 3 or more is a value written
    /// as key: value (<c>(age:12)</c>, <c>(her age: 10)</c>) and stays text, so the age is read. Square and
    /// angle brackets keep whole numbers as syntax (<c>[a:b:10]</c> switches at step 10).
    /// </summary>
    private static bool TrySkipWeight(string s, int colon, char opener, out int next)
    {
        var j = colon + 1;
        while (j < s.Length && s[j] == ' ')
        {
            j++;
        }

        if (j < s.Length && s[j] == '-')
        {
            j++;
        }

        var digits = 0;
        var dot = false;
        var wholeValue = 0;
        while (j < s.Length && (char.IsAsciiDigit(s[j]) || s[j] == '.'))
        {
            digits += char.IsAsciiDigit(s[j]) ? 1 : 0;
            dot |= s[j] == '.';
            wholeValue = dot || !char.IsAsciiDigit(s[j]) ? wholeValue : Math.Min(1000, (wholeValue * 10) + (s[j] - '0'));
            j++;
        }

        if (opener == '(' && !dot && wholeValue >= 3)
        {
            next = colon + 1;
            WorkCounter.Add(j - colon);
            return false;
        }

        while (j < s.Length && s[j] == ' ')
        {
            j++;
        }

        next = j;
        WorkCounter.Add(j - colon);
        return digits > 0 && (j == s.Length || s[j] is ')' or ']' or '>' or ',' or ':' or '|');
    }

    /// <summary>
    /// Joins each run of three or more one-letter tokens (<c>n u d e</c>, <c>n.u.d.e</c>) into one token. A run
    /// keeps one kind of separator, so <c>c-h-i-l-d, n-u-d-e</c> is two words, not one.
    /// </summary>
    /// <remarks>
    /// Two such runs side by side (<c>l.i.t.t.l.e g.i.r.l</c>, one word per run) are also joined together, so a
    /// phrase spelled out letter by letter meets the phrase's one-word form (<c>littlegirl</c>, see
    /// <c>TermIndex.MinJoinedLength</c>).
    /// </remarks>
    private static void AddSpacedLetterTokens(TokenizedText text)
    {
        var n = text.SequenceCount;
        WorkCounter.Add(n);
        var runStart = -1;
        var runJoined = false;
        var previousStart = -1;
        var previousEnd = -1;
        for (var i = 0; i <= n; i++)
        {
            var single = i < n && text[i].Length == 1 && !text[i].Has(TokenFlags.Cjk);
            var joined = single && text[i].Has(TokenFlags.Joined);
            if (single && runStart >= 0 && (i == runStart + 1 || joined == runJoined) && !IsTagBreakBefore(text, i))
            {
                runJoined = i == runStart + 1 ? joined : runJoined;
                continue;
            }

            if (runStart >= 0 && i - runStart >= 2)
            {
                // A run of two letters is only kept as half of a pair of runs ("m.y e.x" is not a word, "u.s" neither).
                if (i - runStart >= 3)
                {
                    AppendJoined(text, runStart, i - runStart);
                }

                if (previousEnd == runStart && (i - previousStart) >= 5 && IsWordGap(text, runStart))
                {
                    AppendJoined(text, previousStart, i - previousStart);
                }

                previousStart = runStart;
                previousEnd = i;
            }

            // A single letter starts the next run: "n u d e" then "g i r l" with a wider gap are two runs only
            // when the separator kind changes, so the run just ended and the one starting here are neighbours.
            runStart = single ? i : -1;
        }
    }

    /// <summary>
    /// A tag break (comma, semicolon, bracket, line break) before token <paramref name="i"/>: a spelled-out run ends there,
    /// so <c>g i r l, 1 3 y o, n a k e d</c> is three runs, not one word <c>girl13yonaked</c> that no term is.
    /// </summary>
    private static bool IsTagBreakBefore(TokenizedText text, int i)
    {
        for (var k = text[i - 1].SourceEnd; k < text[i].SourceStart; k++)
        {
            WorkCounter.Add(1);
            if (text.Source[k] is ',' or ';' or '|' or '(' or ')' or '[' or ']' or '\n' or '\r' or '\u3001' or '\uFF0C')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Only white space before token <paramref name="i"/> (a gap between words, not a comma between list items).</summary>
    private static bool IsWordGap(TokenizedText text, int i)
    {
        for (var k = text[i - 1].SourceEnd; k < text[i].SourceStart; k++)
        {
            WorkCounter.Add(1);
            if (!char.IsWhiteSpace(text.Source[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendJoined(TokenizedText text, int first, int count)
    {
        text.AppendChar(' ', text[first].SourceStart);
        var start = text.BufferLength;
        var flags = TokenFlags.Synthetic;
        for (var k = 0; k < count; k++)
        {
            // Whole tokens: a spelled-out kana word may join a longer neighbour (ロ・リっ子).
            ref var part = ref text[first + k];
            for (var j = 0; j < part.Length; j++)
            {
                text.AppendChar(text.Buffer[part.Start + j], text.SourceIndexAt(part.Start + j));
            }

            flags |= part.Flags & (TokenFlags.Digit | TokenFlags.Letter | TokenFlags.LeetSymbol | TokenFlags.NonLatin);
        }

        ref var t = ref text.AddToken();
        t.Start = start;
        t.Length = text.BufferLength - start;
        t.SourceStart = text[first].SourceStart;
        t.SourceEnd = text[first + count - 1].SourceEnd;
        t.Flags = flags;
    }

    /// <summary>Tokenizer state between characters; the open token's flags and end are kept here until it closes.</summary>
    private struct State
    {
        private bool _inToken;
        private bool _cjk;
        private int _separators;
        private bool _onlyJoiner;
        private int _tokenIndex;
        private char _last;
        private TokenFlags _flags;
        private int _sourceEnd;
        private uint _hash;

        public void Accept(TokenizedText into, char c, CharClass cls, int sourceStart, int sourceEnd, string source)
        {
            switch (cls)
            {
                case CharClass.Word:
                case CharClass.LeetSymbol:
                    Append(into, c, cjk: false, sourceStart, sourceEnd);
                    break;
                case CharClass.LeetInner when _inToken && !_cjk && sourceEnd < source.Length && char.IsLetter(source[sourceEnd]):
                    Append(into, c, cjk: false, sourceStart, sourceEnd);
                    break;
                case CharClass.Cjk:
                    Append(into, c, cjk: true, sourceStart, sourceEnd);
                    break;
                case CharClass.Joiner:
                    EndToken(into);
                    SeenSeparator(joiner: true);
                    break;
                default:
                    EndToken(into);
                    SeenSeparator(joiner: false);
                    break;
            }
        }

        public void SeenSeparator(bool joiner)
        {
            _onlyJoiner = (_separators == 0 || _onlyJoiner) && joiner;
            _separators++;
        }

        public void EndToken(TokenizedText into)
        {
            if (!_inToken)
            {
                return;
            }

            ref var t = ref into[_tokenIndex];
            t.Length = into.BufferLength - t.Start;
            t.SourceEnd = _sourceEnd;
            t.Flags = _flags;
            t.Hash = _hash;
            _inToken = false;
            _separators = 0;
            _onlyJoiner = false;
        }

        /// <summary>
        /// Appends the run of ASCII letters and digits starting at <paramref name="start"/>, and the words that follow it after
        /// spaces and commas only (each its own token); returns where the last one ends.
        /// </summary>
        public int AppendAsciiRun(TokenizedText into, string source, int start)
        {
            if (_inToken && _cjk)
            {
                EndToken(into); // a script change splits the token but joins it to the next
                _separators = 1;
                _onlyJoiner = true;
            }

            if (!_inToken)
            {
                StartToken(into, cjk: false, start);
            }

            // One pass a character: find the run's end, lower-case it, note digits, letters and a repeated letter, and
            // record where each character came from. Runs are words (six characters on average), too short for vector
            // instructions to pay for their setup: four vectorized scans a run (session 11) cost more than this loop.
            var rest = source.AsSpan(start);
            var chars = into.Reserve(rest.Length, out var sources); // a gap of n characters writes one: never more than the source
            var bufferStart = into.BufferLength;
            var flags = _flags;
            var last = _last;
            var hash = _hash; // the memo's hash of the word, while its characters pass (Token.Hash)
            var tokenIndex = _tokenIndex;
            var gap = 0; // separators before the token now open, when this call opened it
            var n = 0; // read from rest
            var w = 0; // written to chars and sources
            while (n < rest.Length)
            {
                var c = rest[n];
                if ((uint)(c - '0') <= 9)
                {
                    flags |= TokenFlags.Digit;
                }
                else if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    c = (char)(c | 0x20);
                    flags |= c == last ? TokenFlags.Letter | TokenFlags.Repeats : TokenFlags.Letter; // a letter written twice in a row (digits never count)
                }
                else
                {
                    // Spaces and commas, then a letter or digit (most gaps between words and tags): the word ends and the next
                    // begins here, as EndToken, SeenSeparator per separator and StartToken would leave them, without a return to
                    // Tokenize's loop and a new reservation per word (session 35). Any other gap goes back to the loop, which
                    // reads the separators again (at most twice each: linear).
                    var next = n;
                    while (next < rest.Length && rest[next] is ' ' or ',')
                    {
                        next++;
                    }

                    if (next == n || next == rest.Length || !char.IsAsciiLetterOrDigit(rest[next]))
                    {
                        break;
                    }

                    ref var ended = ref into[tokenIndex];
                    ended.Length = bufferStart + w - ended.Start;
                    ended.SourceEnd = start + n;
                    ended.Flags = flags;
                    ended.Hash = hash;
                    chars[w] = ' ';
                    sources[w++] = start + next; // as StartToken writes it: the next word's first character
                    ref var begun = ref into.AddToken();
                    begun.Start = bufferStart + w;
                    begun.SourceStart = start + next;
                    tokenIndex = into.Count - 1;
                    (flags, last, hash) = (TokenFlags.None, '\0', 0u); // spaces and commas are no joiner: no Joined flag
                    gap = next - n;
                    n = next;
                    continue;
                }

                chars[w] = c;
                sources[w++] = start + n;
                last = c;
                hash = WordHash.Step(hash, c);
                n++;
            }

            into.Commit(w);
            if (gap > 0)
            {
                (_tokenIndex, _separators, _onlyJoiner) = (tokenIndex, gap, false);
            }

            _flags = flags;
            _last = last;
            _hash = hash;
            _sourceEnd = start + n;
            return start + n;
        }

        private void Append(TokenizedText into, char c, bool cjk, int sourceStart, int sourceEnd)
        {
            if (_inToken && _cjk != cjk)
            {
                // A script change (12歳) splits the token but joins it to the next.
                EndToken(into);
                _separators = 1;
                _onlyJoiner = true;
            }

            if (!_inToken)
            {
                StartToken(into, cjk, sourceStart);
            }

            into.AppendChar(c, sourceStart);
            _hash = WordHash.Step(_hash, c);
            _sourceEnd = sourceEnd;
            _flags |= FlagsOf(c);
            if (c == _last && char.IsLetter(c))
            {
                _flags |= TokenFlags.Repeats;
            }

            _last = c;
        }

        private void StartToken(TokenizedText into, bool cjk, int sourceStart)
        {
            var first = into.Count == 0;
            if (!first)
            {
                into.AppendChar(' ', sourceStart);
            }

            ref var t = ref into.AddToken();
            t.Start = into.BufferLength;
            t.Length = 0;
            t.SourceStart = sourceStart;
            _flags = cjk ? TokenFlags.Cjk : TokenFlags.None;
            if (!first && _separators == 1 && _onlyJoiner)
            {
                _flags |= TokenFlags.Joined;
            }

            _tokenIndex = into.Count - 1;
            _inToken = true;
            _cjk = cjk;
            _last = '\0';
            _hash = 0;
        }

        private static TokenFlags FlagsOf(char c)
        {
            if (c is >= 'a' and <= 'z')
            {
                return TokenFlags.Letter;
            }

            if (char.IsAsciiDigit(c))
            {
                return TokenFlags.Digit;
            }

            if (c is '@' or '$' or '!' or '|')
            {
                return TokenFlags.LeetSymbol;
            }

            // Greek and Cyrillic, and the small capitals of the IPA and phonetic blocks (ʟᴏʟɪ): letters that
            // may be look-alikes of Latin ones (TokenVariants folds them when the plain word is a term).
            if (c is >= '\u0370' and < '\u0530' or >= '\u0250' and <= '\u02AF' or >= '\u1D00' and <= '\u1D7F')
            {
                return TokenFlags.NonLatin | TokenFlags.Letter;
            }

            return char.IsLetter(c) ? TokenFlags.Letter : TokenFlags.None;
        }
    }
}
