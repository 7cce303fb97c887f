using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Protected names written in another script, matched by sound (<see cref="ScriptNameIndex"/>): each word is
/// written in Latin letters (<see cref="ScriptTransliterator"/>) and reduced to its <see cref="PhoneticKey"/>.
/// Words are the tokens of spaced scripts (Cyrillic, Greek, Arabic, Devanagari, Thai, Hangul: a Korean
/// particle glued to the last word is tried without it) and, inside runs of kana and Han, the pieces between
/// <c>・</c>/<c>·</c> and script changes. Chinese names are also read as pinyin, 2-4 characters at a time.
/// </summary>
internal static class OtherScriptNames
{
    private const int MaxWords = 3;
    private const int MaxLatin = 48;
    private const int MaxHanName = 4;

    public static void Match(TokenizedText text, ScriptNameIndex names, SignalSummary into)
    {
        Span<Piece> pieces = stackalloc Piece[64];
        var count = Split(text, pieces);
        Span<char> latin = stackalloc char[MaxLatin];
        Span<char> keys = stackalloc char[(MaxLatin + 1) * MaxWords];
        for (var p = 0; p < count; p++)
        {
            WorkCounter.Add(1);
            if (pieces[p].IsHan)
            {
                MatchHan(text, pieces[p], names, into, latin);
            }

            // Word by word: this piece and up to two that follow it, separated by a space or a name dot.
            var length = 0;
            for (var w = 0; w < MaxWords && p + w < count && (w == 0 || pieces[p + w].FollowsPrevious); w++)
            {
                WorkCounter.Add(1);
                var piece = pieces[p + w];
                var word = text.Buffer.Slice(piece.Start, piece.Length);
                if (!ScriptTransliterator.TryWrite(word, names.HanReadings, latin, out var written))
                {
                    break;
                }

                if (w > 0)
                {
                    keys[length++] = ' ';
                }

                var key = PhoneticKey.Write(latin[..written], keys[length..]);
                if (key == 0)
                {
                    break;
                }

                length += key;
                if (w > 0 && length - w >= ScriptNameIndex.MinKeyLength && TryWords(keys[..length], word, text, pieces[p], piece, names, into))
                {
                    return;
                }
            }

            // A name written without a space (Thai, kana): the piece alone, run together.
            var single = text.Buffer.Slice(pieces[p].Start, pieces[p].Length);
            if (ScriptTransliterator.TryWrite(single, names.HanReadings, latin, out var n))
            {
                var key = PhoneticKey.Write(latin[..n], keys);
                if (names.TryMatchJoined(keys[..key], out var entry))
                {
                    Emit(text, pieces[p], pieces[p], entry, into);
                }
            }
        }
    }

    /// <summary>The words' keys, and for Hangul the last word without a one-syllable particle (의, 가, 는, 를…).</summary>
    private static bool TryWords(ReadOnlySpan<char> keys, ReadOnlySpan<char> lastWord, TokenizedText text, Piece first, Piece last, ScriptNameIndex names, SignalSummary into)
    {
        if (names.TryMatchWords(keys, out var entry))
        {
            Emit(text, first, last, entry, into);
            return true;
        }

        if (lastWord.Length >= 3 && lastWord[^1] is >= '\uAC00' and <= '\uD7A3')
        {
            Span<char> latin = stackalloc char[MaxLatin];
            Span<char> trimmed = stackalloc char[keys.Length];
            var space = keys.LastIndexOf(' ');
            keys[..(space + 1)].CopyTo(trimmed);
            if (ScriptTransliterator.TryWrite(lastWord[..^1], names.HanReadings, latin, out var written))
            {
                var key = PhoneticKey.Write(latin[..written], trimmed[(space + 1)..]);
                if (names.TryMatchWords(trimmed[..(space + 1 + key)], out entry))
                {
                    Emit(text, first, last, entry, into);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Chinese names read as pinyin: every 2-4 character window of a Han run.</summary>
    private static void MatchHan(TokenizedText text, Piece piece, ScriptNameIndex names, SignalSummary into, Span<char> latin)
    {
        var run = text.Buffer.Slice(piece.Start, piece.Length);
        for (var start = 0; start + 2 <= run.Length; start++)
        {
            WorkCounter.Add(1);
            var written = 0;
            for (var length = 1; length <= MaxHanName && start + length <= run.Length; length++)
            {
                WorkCounter.Add(1);
                if (!names.HanReadings.TryGetValue(run[start + length - 1], out var reading) || written + reading.Length > latin.Length)
                {
                    break;
                }

                reading.CopyTo(latin[written..]);
                written += reading.Length;
                if (length >= 2 && names.TryMatchPinyin(latin[..written], out var entry))
                {
                    var at = new Piece(piece.Start + start, length, true, false);
                    Emit(text, at, at, entry, into);
                    return;
                }
            }
        }
    }

    private static void Emit(TokenizedText text, Piece first, Piece last, LexiconEntry entry, SignalSummary into)
    {
        var start = text.SourceIndexAt(first.Start);
        var end = text.SourceIndexAt(last.Start + last.Length - 1) + 1;
        into.Add(Signal.RealPerson, entry.Term, entry.Level, start, end, PromptField.Prompt);
    }

    /// <summary>
    /// The words of other scripts in sequence order: tokens of spaced scripts as they are, runs of kana, Han and
    /// Hangul cut at <c>・</c> and at changes of script. <see cref="Piece.FollowsPrevious"/> says the piece
    /// continues a name begun by the one before (a space, a joiner or a name dot between them). Words of spaced
    /// scripts that a lexicon term matched are left out.
    /// </summary>
    private static int Split(TokenizedText text, Span<Piece> pieces)
    {
        var count = 0;
        var previousToken = -2;
        for (var i = 0; i < text.SequenceCount && count < pieces.Length; i++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[i];
            var word = text.TextOf(in token);
            if (!token.Has(TokenFlags.Cjk))
            {
                // A word a lexicon term consumed is a word of its language (Persian زن "woman", Hindi महिला), never part of a name.
                if ((token.Tags & WordTags.Matched) == 0 && (token.Has(TokenFlags.NonLatin) || ScriptTransliterator.IsTransliterable(word[0])))
                {
                    pieces[count++] = new Piece(token.Start, token.Length, false, previousToken == i - 1);
                    previousToken = i;
                }

                continue;
            }

            var follows = previousToken == i - 1;
            var start = 0;
            for (var k = 1; k <= word.Length && count < pieces.Length; k++)
            {
                WorkCounter.Add(1);
                if (k < word.Length && word[k] != '・' && ScriptOf(word[k]) == ScriptOf(word[start]))
                {
                    continue;
                }

                if (word[start] != '・')
                {
                    pieces[count++] = new Piece(token.Start + start, k - start, ScriptOf(word[start]) == 2, follows);
                }

                // Pieces go on a name only across a name dot; a script change (テイラーの) ends it.
                follows = k < word.Length && word[k] == '・' || (k < word.Length && word[start] == '・');
                start = k;
            }

            previousToken = i;
        }

        return count;
    }

    /// <summary>1 katakana, 2 Han, 3 Hangul, 4 hiragana (particles: テイラーの), 0 anything else.</summary>
    private static int ScriptOf(char c) => c switch
    {
        >= '\u3040' and <= '\u309F' => 4,
        >= '\u30A0' and <= '\u30FF' => c == '・' ? 0 : 1,
        >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => 2,
        >= '\uAC00' and <= '\uD7AF' => 3,
        _ => 0,
    };

    /// <param name="Start">Buffer index of the piece.</param>
    /// <param name="Length">Characters.</param>
    /// <param name="IsHan">A run of Han characters (also read as pinyin).</param>
    /// <param name="FollowsPrevious">Continues a name begun by the previous piece.</param>
    private readonly record struct Piece(int Start, int Length, bool IsHan, bool FollowsPrevious);
}
