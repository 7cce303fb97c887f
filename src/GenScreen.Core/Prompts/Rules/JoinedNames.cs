using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A protected two-word name written run together (<c>georginarodriguez</c>, <c>mollysanden</c>, <c>ngoctrinh</c>,
/// <c>#LizaSoberano</c>) when its list keeps no joined form: the large <c>exactNames</c> lists (politicians, world
/// entertainers, K-pop real names) have no joined index, which would cost ~20 MB of lexicon memory (docs/lexicons.md).
/// Instead the word is split at each place into the phrase <c>left right</c> and the phrase looked up: at most one
/// phrase-start bit per place and a table look-up only where the bit is set, for words that matched nothing else,
/// and the plain-word memo keeps an inert word from being tried again (session 20, i16-people21).
/// </summary>
internal static class JoinedNames
{
    /// <summary>Shorter joined words too often spell an ordinary word of some language (<c>annamaria</c> aside).</summary>
    internal const int MinLength = 8;

    /// <summary>Each part at least this long: a one- or two-letter part is an initial or a particle, not a name word.</summary>
    private const int MinPart = 3;

    private const int MaxLength = 32;

    public static bool TryMatch(ReadOnlySpan<char> word, in Token token, TermIndex index, Span<char> buffer, out LexiconEntry entry)
    {
        entry = null!;
        if (word.Length < MinLength || word.Length > MaxLength || buffer.Length <= word.Length
            || (token.Flags & ~(TokenFlags.Letter | TokenFlags.Repeats)) != 0 || !IsLowerAscii(word))
        {
            return false;
        }

        for (var split = MinPart; split <= word.Length - MinPart; split++)
        {
            var left = word[..split];
            var right = word[split..];
            if (!index.MayStartPhrase(left, right))
            {
                continue;
            }

            left.CopyTo(buffer);
            buffer[split] = ' ';
            right.CopyTo(buffer[(split + 1)..]);
            if (index.TryGet(buffer[..(word.Length + 1)], out var info) && info.Entry is { Signal: Signal.RealPerson } person
                && !index.IsOrdinaryWord(word))
            {
                entry = person;
                return true;
            }
        }

        return false;
    }

    /// <summary>Latin letters only, as the normalizer leaves them (accents folded, lower case): no script mixes here.</summary>
    private static bool IsLowerAscii(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
