using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Names written the way a sentence bends them (session 21, i16-people22), in a prompt with sexual content or undressing:
/// <list type="bullet">
/// <item>a listed two-word name in a case or possessive form: German, Swedish and Dutch <c>-s</c> (<c>Dunja Hayalis</c>,
/// <c>Ebba Buschs</c>), Polish and Czech genitive, dative and instrumental (<c>Julii Wieniawy</c>, <c>Lucie Bílé</c>,
/// <c>s Taťánou Kuchařovou</c>, <c>Lewandowskiego</c>): each word's ending is replaced by the nominative ending it stands
/// for (<see cref="Endings"/>) and the phrase looked up in the prompt index, as the matcher would have found it;</item>
/// <item>"Lastname, Firstname" opening its tag (<c>Reid, Susanna nude</c>): a surname-shaped word, one comma, a
/// capitalised given name and then a word in lower case (the capitals end there); the listed person when the turned
/// phrase is listed, else a likely real person, as a given name and a surname are;</item>
/// <item>a given name and one initial with its full stop (<c>Anna K. from accounting</c>): how a real person is
/// written when the writer hides the surname; a likely real person.</item>
/// </list>
/// Runs only when the prompt has something a person signal could change (<see cref="PlatformRoles.Matters"/>), so a benign
/// prompt pays nothing; at most a few look-ups per capitalised pair.
/// </summary>
internal static class InflectedNames
{
    /// <summary>
    /// Folded endings of a case or possessive form and the nominative ending each replaces, longest first. <c>Oblique</c>:
    /// the ending is a Polish or Czech oblique case of a feminine given name and hardly ends a nominative word (Taťánou,
    /// Julii, Leony), so a given name found by it opens a likely name even when no list holds the pair; -e, -a, -s end too
    /// many words as written (Belle, Bella).
    /// </summary>
    private static readonly (string Ending, string Base, bool Oblique)[] Endings =
    [
        ("skiego", "ski", false), ("ckiego", "cki", false), ("skiej", "ska", false), ("ckiej", "cka", false), ("owej", "owa", false),
        ("ovou", "ova", false), ("owi", "", false), ("iem", "", false), ("ou", "a", true), ("ii", "ia", true), ("ie", "a", false),
        ("em", "", false), ("s", "", false), ("y", "a", true), ("e", "a", false), ("a", "", false),
    ];

    private const int MaxForms = 4;
    private const int MaxWord = 30;

    public static void Detect(TokenizedText text, TermIndex index, PeopleLexicon people, SignalSummary into)
    {
        if (!PlatformRoles.Matters(into) || into.Has(Signal.RealPerson))
        {
            return;
        }

        var n = text.SequenceCount;
        Span<char> buffer = stackalloc char[2 * MaxWord + 1];
        for (var i = 0; i + 1 < n; i++)
        {
            WorkCounter.Add(1);
            if (!IsLatinWord(text, i) || !IsLatinWord(text, i + 1))
            {
                continue;
            }

            var separated = !PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart);
            if (separated)
            {
                if (TryInverted(text, i, index, people, buffer, into))
                {
                    return;
                }

                continue;
            }

            if (TryCaseForms(text, i, index, people, buffer, into) || TryInitial(text, i, people, into))
            {
                return;
            }
        }
    }

    /// <summary>Two words side by side, neither matched, both capitalised or neither a common word: the nominative forms looked up.</summary>
    private static bool TryCaseForms(TokenizedText text, int i, TermIndex index, PeopleLexicon people, Span<char> buffer, SignalSummary into)
    {
        var first = text.TextOf(in text[i]);
        var second = text.TextOf(in text[i + 1]);
        var capitalised = char.IsUpper(text.Source[text[i].SourceStart]) && char.IsUpper(text.Source[text[i + 1].SourceStart]);
        if (!capitalised && (people.IsCommonWord(first) || people.IsCommonWord(second)))
        {
            return false;
        }

        Span<Range> firstForms = stackalloc Range[MaxForms];
        Span<Range> secondForms = stackalloc Range[MaxForms];
        Span<int> firstBase = stackalloc int[MaxForms];
        Span<int> secondBase = stackalloc int[MaxForms];
        var a = Forms(first, firstForms, firstBase);
        var b = Forms(second, secondForms, secondBase);
        for (var x = 0; x < a; x++)
        {
            for (var y = 0; y < b; y++)
            {
                WorkCounter.Add(1);
                if (x == 0 && y == 0)
                {
                    continue; // as written: the matcher had its chance
                }

                var left = Write(first, firstForms[x], firstBase[x], buffer);
                buffer[left] = ' ';
                var right = Write(second, secondForms[y], secondBase[y], buffer[(left + 1)..]);
                if (index.TryGet(buffer[..(left + 1 + right)], out var info) && info.Entry is { Signal: Signal.RealPerson } person)
                {
                    into.Add(Signal.RealPerson, person.Term, person.Level, text[i].SourceStart, text[i + 1].SourceEnd, PromptField.Prompt);
                    return true;
                }
            }
        }

        // No list holds it: a given name in a case form ("s Taťánou Kuchařovou", "Julii Wieniawy") and a capitalised
        // surname-shaped word are a likely real person, as the nominative pair is (PersonDetector's full-name rule).
        if (capitalised && (text[i].Tags & WordTags.GivenName) == 0 && text[i].Languages == 0 && !people.IsCommonWord(first)
            && PersonDetector.IsNameShaped(text, in text[i + 1], people))
        {
            for (var x = 1; x < a; x++)
            {
                WorkCounter.Add(1);
                if (!Endings[firstBase[x]].Oblique)
                {
                    continue;
                }

                var length = Write(first, firstForms[x], firstBase[x], buffer);
                if (index.TryGet(buffer[..length], out var info) && (info.Tags & WordTags.GivenName) != 0 && !people.IsCommonWord(buffer[..length]))
                {
                    into.Add(Signal.RealPersonLikely, text.Source[text[i].SourceStart..text[i + 1].SourceEnd], 3, text[i].SourceStart, text[i + 1].SourceEnd, PromptField.Prompt);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The word as written (form 0) and the stems its case endings leave (<paramref name="forms"/> the kept part, <paramref
    /// name="bases"/> the index of the nominative ending in <see cref="Endings"/>, -1 for none).
    /// </summary>
    private static int Forms(ReadOnlySpan<char> word, Span<Range> forms, Span<int> bases)
    {
        forms[0] = ..word.Length;
        bases[0] = -1;
        var count = 1;
        for (var e = 0; e < Endings.Length && count < MaxForms; e++)
        {
            var ending = Endings[e].Ending;
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                forms[count] = ..(word.Length - ending.Length);
                bases[count++] = e;
            }
        }

        return count;
    }

    private static int Write(ReadOnlySpan<char> word, Range kept, int ending, Span<char> into)
    {
        var stem = word[kept];
        stem.CopyTo(into);
        if (ending < 0)
        {
            return stem.Length;
        }

        var tail = Endings[ending].Base;
        tail.AsSpan().CopyTo(into[stem.Length..]);
        return stem.Length + tail.Length;
    }

    /// <summary>"Reid, Susanna nude": a surname-shaped word opening its tag, a comma, a capitalised given name, then lower case.</summary>
    private static bool TryInverted(TokenizedText text, int i, TermIndex index, PeopleLexicon people, Span<char> buffer, SignalSummary into)
    {
        ref var surname = ref text[i];
        ref var given = ref text[i + 1];
        if (!OnlyCommaBetween(text.Source, surname.SourceEnd, given.SourceStart) || !StartsTag(text, i)
            || !PersonDetector.IsNameShaped(text, in surname, people) || surname.Length < 3
            || (given.Tags & WordTags.GivenName) == 0 || !char.IsUpper(text.Source[given.SourceStart])
            || (given.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.PublicRole)) != 0
            || !EndsName(text, i + 1))
        {
            return false;
        }

        var g = text.TextOf(in given);
        var s = text.TextOf(in surname);
        var start = surname.SourceStart;
        var end = given.SourceEnd;
        if (g.Length + s.Length + 1 <= buffer.Length)
        {
            g.CopyTo(buffer);
            buffer[g.Length] = ' ';
            s.CopyTo(buffer[(g.Length + 1)..]);
            if (index.TryGet(buffer[..(g.Length + 1 + s.Length)], out var info) && info.Entry is { Signal: Signal.RealPerson } person)
            {
                into.Add(Signal.RealPerson, person.Term, person.Level, start, end, PromptField.Prompt);
                return true;
            }
        }

        // Two given names with a comma between are a list ("Anna, Maria nude") unless the turned phrase is listed.
        if ((surname.Tags & WordTags.GivenName) != 0)
        {
            return false;
        }

        into.Add(Signal.RealPersonLikely, text.Source[start..end], 3, start, end, PromptField.Prompt);
        return true;
    }

    /// <summary>"Anna K. naked": a capitalised listed given name, one capital letter and its full stop right after it.</summary>
    private static bool TryInitial(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        ref var given = ref text[i];
        ref var initial = ref text[i + 1];
        var end = initial.SourceEnd;
        if ((given.Tags & WordTags.GivenName) == 0 || (given.Tags & WordTags.Matched) != 0 || !char.IsUpper(text.Source[given.SourceStart])
            || people.IsCommonWord(text.TextOf(in given))
            || initial.Length != 1 || !char.IsAsciiLetterUpper(text.Source[initial.SourceStart])
            || end >= text.Source.Length || text.Source[end] != '.'
            || (end + 1 < text.Source.Length && !char.IsWhiteSpace(text.Source[end + 1])))
        {
            return false;
        }

        into.Add(Signal.RealPersonLikely, text.Source[given.SourceStart..(end + 1)], 3, given.SourceStart, end + 1, PromptField.Prompt);
        return true;
    }

    private static bool IsLatinWord(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        return token.Length <= MaxWord && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) == 0
            && (token.Tags & WordTags.Matched) == 0;
    }

    private static bool OnlyCommaBetween(string source, int end, int start)
    {
        var commas = 0;
        for (var k = end; k < start; k++)
        {
            if (source[k] == ',')
            {
                commas++;
            }
            else if (!char.IsWhiteSpace(source[k]))
            {
                return false;
            }
        }

        return commas == 1;
    }

    /// <summary>The word opens the prompt or follows punctuation other than a comma (a tag's first word).</summary>
    private static bool StartsTag(TokenizedText text, int i)
    {
        if (i == 0)
        {
            return text.Source.AsSpan(0, text[0].SourceStart).Trim().IsEmpty;
        }

        var gap = text.Source.AsSpan(text[i - 1].SourceEnd, text[i].SourceStart - text[i - 1].SourceEnd).Trim();
        return gap.Length == 1 && gap[0] is ';' or '.' or '|' or '\n';
    }

    /// <summary>After the given name: the end, punctuation, or a word in lower case (the capitals of the name end there).</summary>
    private static bool EndsName(TokenizedText text, int j) =>
        j + 1 >= text.SequenceCount
        || !PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart)
        || (!text[j + 1].Has(TokenFlags.Cjk) && char.IsLower(text.Source[text[j + 1].SourceStart]));
}
