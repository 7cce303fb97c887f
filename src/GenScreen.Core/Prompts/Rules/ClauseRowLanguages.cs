using System.Collections.Frozen;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 40 (i16-precision48): the clause tables (<see cref="ChildStatementTable"/>, <see cref="SexualStatementTable"/>) are
/// read without knowing the prompt's language, so a one-word row of one language that is a frequent ordinary word of another
/// fired there (Vietnamese <c>má</c>, mum, is Czech "has"; Swedish <c>ben</c>, leg, is Turkish "I"; Portuguese <c>vai</c>, goes,
/// is the Vietnamese carrying row <c>vai</c>, shoulders). Such rows are listed, with the languages that list them (own) and
/// those whose frequent word they are (friends), in Rules/Data/clause-row-false-friends.tsv, found and written by
/// tools/precision48/collisions.py from the frequent-word lists of 22 languages. A listed row fires unless the prompt shows a
/// friend language (a word only friend languages claim, or a letter only they write) and none of its own: the prompt's
/// language, read once per prompt and language pair, decides which word it is.
/// <para>
/// The prompt screener sets the prompt being read (<see cref="Begin"/>) around the clause readers; read without it (a test
/// reading one table) every row fires, as before.
/// </para>
/// </summary>
internal static class ClauseRowLanguages
{
    private static readonly Lazy<FrozenDictionary<string, (string[] Own, string[] Friends)>> Rows = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The rows' language masks for one index's language bits (computed once per index).</summary>
    private static (IReadOnlyDictionary<string, ulong>? Bits, FrozenDictionary<string, (ulong Own, ulong Friends)> Masks) s_masks =
        (null, FrozenDictionary<string, (ulong, ulong)>.Empty);

    [ThreadStatic]
    private static TokenizedText? t_text;

    [ThreadStatic]
    private static Inflections? t_inflections;

    [ThreadStatic]
    private static FrozenDictionary<string, (ulong Own, ulong Friends)>? t_masks;

    [ThreadStatic]
    private static (ulong Mask, bool Shows)[]? t_shown;

    [ThreadStatic]
    private static int t_shownCount;

    /// <summary>The guarded rows as written (tests, the collision measure).</summary>
    internal static IEnumerable<string> Texts => Rows.Value.Keys;

    /// <summary>Is <paramref name="text"/> (a row as keyed) a guarded row?</summary>
    internal static bool IsGuarded(string text) => Rows.Value.ContainsKey(text);

    /// <summary>The own and friend languages of a guarded row (codes), or null.</summary>
    internal static (string[] Own, string[] Friends)? LanguagesOf(string text) => Rows.Value.TryGetValue(text, out var row) ? row : null;

    /// <summary>
    /// Starts reading the clauses of the prompt tokenized as <paramref name="text"/> with <paramref name="index"/>'s languages
    /// (its stop words claim the tokens' languages, its letters the letters'); <see cref="End"/> after.
    /// </summary>
    public static void Begin(TokenizedText text, TermIndex index)
    {
        var masks = s_masks;
        if (!ReferenceEquals(masks.Bits, index.LanguageBits))
        {
            masks = (index.LanguageBits, BuildMasks(index.LanguageBits));
            s_masks = masks;
        }

        t_text = text;
        t_inflections = index.Inflections;
        t_masks = masks.Masks;
        t_shownCount = 0;
    }

    /// <summary>Ends the prompt's reading: every row fires again (a reader called alone).</summary>
    public static void End()
    {
        t_text = null;
        t_inflections = null;
        t_masks = null;
        t_shownCount = 0;
    }

    /// <summary>
    /// May the row keyed <paramref name="term"/> fire in the prompt being read? Yes unless it is a guarded row and the prompt
    /// shows one of its friend languages and none of its own.
    /// </summary>
    public static bool Allows(string term)
    {
        var text = t_text;
        if (text is null || t_masks is not { } masks || !masks.TryGetValue(term, out var row))
        {
            return true;
        }

        return !ShowsLanguage(text, row.Friends) || ShowsLanguage(text, row.Own);
    }

    /// <summary>Does the prompt show a word or a letter claimed only by <paramref name="mask"/>? Once per prompt and mask.</summary>
    private static bool ShowsLanguage(TokenizedText text, ulong mask)
    {
        if (mask == 0)
        {
            return false;
        }

        var shown = t_shown ??= new (ulong, bool)[16];
        for (var i = 0; i < t_shownCount; i++)
        {
            if (shown[i].Mask == mask)
            {
                return shown[i].Shows;
            }
        }

        var shows = WordShows(text, mask, t_masks!) || (t_inflections?.LettersShow(text, mask) ?? false);
        if (t_shownCount < shown.Length)
        {
            shown[t_shownCount++] = (mask, shows);
        }

        return shows;
    }

    /// <summary>
    /// Is some word of the text claimed by <paramref name="mask"/> alone? A guarded row's word is never evidence: it is the
    /// ambiguous word itself (Turkish stop word <c>ben</c> proves no Turkish for the Swedish leg it may be).
    /// </summary>
    private static bool WordShows(TokenizedText text, ulong mask, FrozenDictionary<string, (ulong Own, ulong Friends)> guarded)
    {
        var lookup = guarded.GetAlternateLookup<ReadOnlySpan<char>>();
        WorkCounter.Add(text.SequenceCount);
        for (var t = 0; t < text.SequenceCount; t++)
        {
            var claimedBy = text[t].Languages;
            if (claimedBy != 0 && (claimedBy & ~mask) == 0 && !lookup.ContainsKey(text.TextOf(in text[t])))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, (ulong Own, ulong Friends)> BuildMasks(IReadOnlyDictionary<string, ulong> bits)
    {
        var masks = new Dictionary<string, (ulong, ulong)>(StringComparer.Ordinal);
        foreach (var (text, (own, friends)) in Rows.Value)
        {
            var friendMask = Mask(friends, bits);
            if (friendMask != 0)
            {
                masks[text] = (Mask(own, bits), friendMask);
            }
        }

        return masks.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static ulong Mask(string[] codes, IReadOnlyDictionary<string, ulong> bits)
    {
        var mask = 0UL;
        foreach (var code in codes)
        {
            mask |= bits.GetValueOrDefault(code);
        }

        return mask;
    }

    private static FrozenDictionary<string, (string[] Own, string[] Friends)> Load()
    {
        var rows = new Dictionary<string, (string[], string[])>(StringComparer.Ordinal);
        RuleDataFile.ReadKindRows("clause-row-false-friends.tsv", cells =>
        {
            if (cells.Length != 4 || cells[0].Length == 0 || cells[1].Length == 0 || cells[2].Length == 0)
            {
                return false;
            }

            rows[ClauseTableRows<ChildStatementKinds>.AsClauseKey(cells[0].ToLowerInvariant())] =
                (cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), cells[2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            return true;
        });
        return rows.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
