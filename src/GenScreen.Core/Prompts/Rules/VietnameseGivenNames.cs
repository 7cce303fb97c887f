using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A Vietnamese person called by the two syllables of the middle and given name, as Vietnamese call people (Thu Trang,
/// Hồng Diễm), with no family name before them that <see cref="WorldNameShapes"/> could read: both syllables capitalised,
/// written with their tone marks and together one of the two-syllable given names of Data/vietnamese-given-names.txt
/// (faker's vi data). Beside sexual content only, a likely real person (review under <c>mature</c>). Unaccented pairs
/// are left alone (Thanh Van, Lan Anh also spell words and names of other languages), and so are places, which
/// <see cref="OrdinaryPhrases.DropLikely"/> drops after a place word (bên Hồ Gươm).
/// </summary>
internal static class VietnameseGivenNames
{
    /// <summary>Longest pair looked up (two syllables of at most seven letters and a space).</summary>
    private const int MaxPair = 16;

    private static readonly Lazy<CompactWordSet> Pairs = new(Load);

    /// <summary>Tries the pair at token <paramref name="i"/>; emits realPersonLikely when it is a listed given name.</summary>
    public static bool TryAt(TokenizedText text, int i, SignalSummary into)
    {
        if (i + 1 >= text.SequenceCount || !into.Has(Signal.Sexual))
        {
            return false;
        }

        ref var first = ref text[i];
        ref var second = ref text[i + 1];
        var start = first.SourceStart;
        var end = second.SourceEnd;
        var source = text.Source;
        if (end - start > MaxPair || !IsSyllable(text, i) || !IsSyllable(text, i + 1)
            || !PersonDetector.OnlySpaceBetween(source, first.SourceEnd, second.SourceStart)
            || System.Text.Ascii.IsValid(source.AsSpan(start, end - start)))
        {
            return false;
        }

        if (!IsListed(source.AsSpan(start, end - start)))
        {
            return false;
        }

        into.Add(Signal.RealPersonLikely, source[start..end], 3, start, end, PromptField.Prompt);
        return true;
    }

    /// <summary>
    /// Whether a span of two words (one space between) is a listed two-syllable given name, compared in lower case as the
    /// list holds it: <see cref="OrdinaryPhrases"/> keeps such a name though its syllables are ordinary words (hồng "pink").
    /// </summary>
    public static bool IsListed(ReadOnlySpan<char> span)
    {
        var space = span.IndexOf(' ');
        if (span.Length > MaxPair || space <= 0 || span[(space + 1)..].Contains(' '))
        {
            return false;
        }

        Span<char> pair = stackalloc char[MaxPair];
        var n = span.ToLowerInvariant(pair);
        return n > 0 && Pairs.Value.Contains(pair[..n]);
    }

    /// <summary>A capitalised Latin word no term or person word claimed, not written all in capitals (BREAK).</summary>
    private static bool IsSyllable(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        var word = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        return word.Length is >= 2 and <= 7 && char.IsUpper(word[0]) && !char.IsUpper(word[1])
            && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) == 0
            && (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) == 0;
    }

    private static CompactWordSet Load()
    {
        using var reader = RuleDataFile.Open("vietnamese-given-names.txt");
        return new CompactWordSet(RuleDataFile.Rows(reader).Select(row => row.Trim().Normalize()).ToList());
    }
}
