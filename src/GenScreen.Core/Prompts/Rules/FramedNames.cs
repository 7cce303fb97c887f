using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A real person recognised from the frame, not the name (session 31, i16-frames38). A prompt that puts its person in public
/// life or in recorded media only a person who exists has (a broadcast and its presenter, a stage or concert, a premiere and its
/// red carpet, backstage, a film set, a magazine cover, a stream or fan platform, a sex tape: Rules/Data/public-frame-cues.tsv)
/// singles that person out as surely as a description does ("the weather presenter on BBC Breakfast"):
/// <list type="bullet">
/// <item>a full name read by shape (realPersonLikely: "Kelsey Marwood from the Channel 5 morning show, topless") becomes a
/// hint that singles out (<see cref="PromptRules.SingledOut"/>): with suggestive or stronger content it blocks, as a listed name
/// does, where the name alone is only held for review;</item>
/// <item>a pair of capitalised words that no name list holds, in a sentence whose words around it are lower case, no common
/// word of any language, not after a preposition of place ("Chiara Bonfadini su OnlyFans, completamente nuda") is read as that
/// name: the frame says a person is meant, and the pair is the only one there.</item>
/// </list>
/// An invented character is named without such a frame ("Captain Vera Solano of the starship Meridian, nude in her quarters"),
/// and the fiction cues (<see cref="FictionalNames.DropLikelyInFiction"/>) drop the name before it is upgraded.
/// </summary>
/// <remarks>Both steps run only beside a sexual or undressing signal (<see cref="PlatformRoles.Matters"/>), the cue table is
/// scanned only when a likely name or a candidate pair stands: no work on an ordinary prompt.</remarks>
internal static class FramedNames
{
    private const int MinWord = 3;
    private const int MaxWord = 32;

    private static readonly Lazy<string[]> Cues = new(Load);

    /// <summary>Whether the prompt puts its person in public life or in recorded media (one <see cref="CueScan"/>).</summary>
    public static bool Says(string prompt) => CueScan.Find(prompt, Cues.Value, CueScan.WordStart.Cased);

    /// <summary>
    /// Reads an unlisted capitalised pair as a likely full name when the prompt frames its person as public and no name,
    /// hint or relation was read. Called before the likely-name drops (ordinary phrases, fiction), which still apply.
    /// </summary>
    public static void ReadPair(TokenizedText text, PeopleLexicon people, SignalSummary into)
    {
        if (into.Has(Signal.RealPerson) || into.Has(Signal.RealPersonLikely) || into.Has(Signal.RealPersonHint))
        {
            return;
        }

        var found = -1;
        var last = -1;
        for (var i = 0; i + 1 < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            var given = (text[i].Tags & WordTags.GivenName) != 0;
            if (!IsNameWord(text, i, people, given) || !PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart)
                || WorldNameShapes.PlacePrepositionBefore(text, i) || (i > 0 && Capitalised(text, i - 1) && PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart)))
            {
                continue;
            }

            // A listed given name keeps a family name that is also an ordinary word (Katarzyna Glinka, Hilary Barry): the frame
            // already says a person is meant. Up to three name words (Windy Cantika Aisah, Jana Mračková Vildumetzová).
            var stop = i + 1;
            if (!IsNameWord(text, stop, people, given))
            {
                continue;
            }

            if (stop + 1 < text.SequenceCount && PersonDetector.OnlySpaceBetween(text.Source, text[stop].SourceEnd, text[stop + 1].SourceStart) && Capitalised(text, stop + 1))
            {
                if (!IsNameWord(text, stop + 1, people, given))
                {
                    continue; // a capitalised run longer than a name, or ending in an ordinary word: a title or heading
                }

                stop++;
                if (stop + 1 < text.SequenceCount && PersonDetector.OnlySpaceBetween(text.Source, text[stop].SourceEnd, text[stop + 1].SourceStart) && Capitalised(text, stop + 1))
                {
                    continue;
                }
            }

            // A capitalised pair right before a garment is its maker ("Dolce Gabbana gown", "Taylor Made cap"), not its wearer.
            if (stop + 1 < text.SequenceCount && (text[stop + 1].Tags & WordTags.Clothing) != 0
                && PersonDetector.OnlySpaceBetween(text.Source, text[stop].SourceEnd, text[stop + 1].SourceStart))
            {
                continue;
            }

            if (found >= 0)
            {
                return; // two candidate names: a heading, brands or places, not one person
            }

            found = i;
            last = stop;
            i = stop;
        }

        if (found < 0 || !(Says(text.Source) || ExposedPictures.Says(text.Source)))
        {
            return;
        }

        var start = text[found].SourceStart;
        var end = text[last].SourceEnd;
        into.Add(Signal.RealPersonLikely, text.Source[start..end], 3, start, end, PromptField.Prompt);
    }

    /// <summary>
    /// A likely full name that survived the drops, in a public frame, is singled out: it gains a hint at the
    /// <see cref="PromptRules.SingledOut"/> level (suggestive content then blocks).
    /// </summary>
    public static void SingleOut(SignalSummary into)
    {
        if (into[Signal.RealPersonLikely] is not { IsPresent: true, Field: PromptField.Prompt } likely
            || into.LevelOf(Signal.RealPersonHint) >= PromptRules.SingledOut || !Says(into.Source))
        {
            return;
        }

        into.Add(Signal.RealPersonHint, likely.Term, PromptRules.SingledOut, likely.SourceStart, likely.SourceEnd, PromptField.Prompt);
    }

    /// <summary>
    /// A word written as a name is: letters only (a hyphen inside), a capital first and a small letter after it (not an all-caps
    /// tag), no term, person, role or title word, and no common or frequent word of any language as written or folded.
    /// </summary>
    private static bool Capitalised(TokenizedText text, int i) => text[i].Length > 0 && char.IsUpper(text.Source[text[i].SourceStart]);

    private static bool IsNameWord(TokenizedText text, int i, PeopleLexicon people, bool afterGiven = false)
    {
        ref var token = ref text[i];
        if (token.Length < MinWord || token.Languages != 0
            || (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) != 0
            || (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.Cjk)) != 0)
        {
            return false;
        }

        var word = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        if (word.Length > MaxWord || !char.IsUpper(word[0]))
        {
            return false;
        }

        var small = false;
        foreach (var c in word[1..])
        {
            if (char.IsLower(c))
            {
                small = true;
            }
            else if (!char.IsLetter(c) && c != '-' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                return false;
            }
        }

        if (!small)
        {
            return false;
        }

        var folded = text.TextOf(in token);
        if (afterGiven && (token.Tags & WordTags.GivenName) != 0)
        {
            return true; // a listed given name may be an ordinary word (Joy, Rose)
        }

        // After a listed given name the family name may be another language's ordinary word (Katarzyna Glinka), not one of
        // the common words of English that make brands (Taylor Made, Victoria Secret).
        if (afterGiven && !people.IsCommonWord(folded))
        {
            return true;
        }

        if (people.IsCommonWord(folded) || OrdinaryPhrases.IsOrdinaryWord(folded))
        {
            return false;
        }

        Span<char> lower = stackalloc char[MaxWord];
        var n = InvariantLower.Write(word, lower);
        return n <= 0 || !OrdinaryPhrases.IsOrdinaryWord(lower[..n]);
    }

    private static string[] Load()
    {
        using var reader = RuleDataFile.Open("public-frame-cues.tsv");
        return Parse(reader);
    }

    internal static string[] Parse(TextReader reader)
    {
        var cues = new List<string>();
        foreach (var line in RuleDataFile.Rows(reader))
        {
            var cells = line.Split('\t');
            if (cells.Length != 2 || cells[1].Length == 0 || !string.Equals(cells[1], cells[1].ToLowerInvariant(), StringComparison.Ordinal))
            {
                throw new InvalidDataException($"public-frame-cues.tsv: a row needs a language and a lower-case cue: '{line}'.");
            }

            cues.Add(cells[1]);
        }

        return [.. cues];
    }
}
