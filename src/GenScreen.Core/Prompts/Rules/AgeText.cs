using System.Buffers;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// What lies between and around tokens, for the age and school-stage readers: the source text between
/// two tokens (a comma ends a tag; a space or hyphen keeps a phrase together), the roles of a word and
/// whether it names a person or a thing. Lookups happen only around a number, so prompts without one
/// pay nothing.
/// </summary>
internal static class AgeText
{
    /// <summary>Characters that end a prompt tag or clause: what follows is about something else.</summary>
    private static readonly SearchValues<char> ChunkBreaks = SearchValues.Create(",;|()[]{}<>\n\r\t!?\u3001\u3002\uFF0C\u060C\u061B\uFF08\uFF09\uFF3B\uFF3D\uFF1B\uFF01\uFF1F");

    /// <summary>Characters inside one phrase: <c>12 year old</c>, <c>12-year-old</c>, <c>12_years_old</c> (a full-width space too).</summary>
    private static readonly SearchValues<char> PhraseGap = SearchValues.Create(" -_\u3000");

    /// <summary>The caller's text between tokens <paramref name="a"/> and <paramref name="b"/> (a &lt; b).</summary>
    public static ReadOnlySpan<char> Gap(TokenizedText text, int a, int b)
    {
        var start = text[a].SourceEnd;
        var length = Math.Max(0, text[b].SourceStart - start);
        WorkCounter.Add(1 + length);
        return text.Source.AsSpan(start, length);
    }

    /// <summary>Tokens <paramref name="a"/> and <paramref name="b"/> belong to one phrase (only spaces, hyphens or underscores between).</summary>
    public static bool InPhrase(TokenizedText text, int a, int b) => !Gap(text, a, b).ContainsAnyExcept(PhraseGap);

    /// <summary>Only the given characters (or nothing) between the two tokens.</summary>
    public static bool GapOnly(TokenizedText text, int a, int b, SearchValues<char> allowed) => !Gap(text, a, b).ContainsAnyExcept(allowed);

    /// <summary>
    /// A tag or clause ends between the two tokens: a comma, semicolon, bracket, line break, sentence end,
    /// or the <c>BREAK</c>/<c>AND</c> keywords of prompt syntax.
    /// </summary>
    public static bool IsChunkBreak(TokenizedText text, int a, int b)
    {
        var gap = Gap(text, a, b);
        if (gap.ContainsAny(ChunkBreaks) || IsKeyword(text, a) || IsKeyword(text, b))
        {
            return true;
        }

        var dot = gap.IndexOf('.');
        return dot >= 0 && dot + 1 < gap.Length && char.IsWhiteSpace(gap[dot + 1]);
    }

    /// <summary>Token <paramref name="i"/> starts a tag (or the prompt).</summary>
    public static bool StartsChunk(TokenizedText text, int i) => i == 0 || IsChunkBreak(text, i - 1, i);

    /// <summary>Token <paramref name="i"/> ends a tag (or the prompt): nothing of the same phrase follows.</summary>
    public static bool EndsChunk(TokenizedText text, int i)
    {
        if (i + 1 < text.SequenceCount)
        {
            return IsChunkBreak(text, i, i + 1);
        }

        // The last token: a trailing "." or nothing at all.
        return true;
    }

    public static WordRole RolesAt(TokenizedText text, int i, TermIndex index)
    {
        ref var token = ref text[i];
        if (token.Roles != WordRole.None || token.Has(TokenFlags.Cjk))
        {
            return token.Roles;
        }

        return index.TryGet(text.TextOf(in token), out var info) ? info.Roles : WordRole.None;
    }

    public static bool Has(TokenizedText text, int i, TermIndex index, WordRole role) => (RolesAt(text, i, index) & role) != 0;

    /// <summary>
    /// A word of <paramref name="role"/> in the tag of the words <paramref name="first"/>..<paramref name="last"/>: at most
    /// <paramref name="reach"/> words before or after them, not across a chunk break (the comma between two tags).
    /// </summary>
    public static bool RoleInTag(TokenizedText text, int first, int last, TermIndex index, WordRole role, int reach = int.MaxValue)
    {
        for (var j = first - 1; j >= 0 && first - j <= reach && !IsChunkBreak(text, j, j + 1); j--)
        {
            WorkCounter.Add(1);
            if (Has(text, j, index, role))
            {
                return true;
            }
        }

        for (var j = last + 1; j < text.SequenceCount && j - last <= reach && !IsChunkBreak(text, j - 1, j); j++)
        {
            WorkCounter.Add(1);
            if (Has(text, j, index, role))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lexicon term of signal <c>adult</c> (<c>woman</c>, <c>মহিলা</c>): whoever the tag names is grown up.</summary>
    public static bool IsAdultWord(TokenizedText text, int j, TermIndex index) =>
        index.TryGet(text.TextOf(in text[j]), out var info) && info.Entry is { Signal: Signal.Adult };

    /// <summary>A person: a pronoun or person noun, or any youth, adult or protected-name term that is no false friend.</summary>
    public static bool IsPerson(TokenizedText text, int i, TermIndex index)
    {
        ref var token = ref text[i];
        if (token.Has(TokenFlags.Cjk) || !index.TryGet(text.TextOf(in token), out var info))
        {
            return false;
        }

        // A false friend (Swedish "barn") is a person only through a role: its term counts only when the
        // prompt shows its language (LanguageEvidence), and "a red barn, 12" is no one's age.
        return (info.Roles & WordRole.Person) != 0
            || info.Entry is { Signal: Signal.Minor or Signal.Adult or Signal.SexualMinor or Signal.RealPerson, OnlyInLanguages: 0 };
    }

    private static bool IsKeyword(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        var source = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        return source is "BREAK" or "AND";
    }
}
