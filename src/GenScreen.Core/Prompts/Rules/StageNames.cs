using System.Numerics;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A one-word stage name that is also a given name, read in the language of the star's own audience (session 22,
/// i16-people23): "Elodie nuda" in an Italian prompt is the singer Elodie, "Raisa bugil" in an Indonesian one is Raisa,
/// "설현 알몸" is Seolhyun; "Elodie nue" in a French prompt is anyone named Elodie. The name is a real-person hint (nudity
/// blocks, suggestive content reviews) when the prompt has sexual content or undressing, the name stands as a word of its
/// own as written (a Latin name with its capital), and, for a Latin name, another word of the prompt is claimed by the
/// name's language alone (one of its stop words or terms: <see cref="Token.Languages"/>); a name in another script is
/// that script's audience already. The names are data (Rules/Data/stage-names.tsv).
/// </summary>
/// <remarks>Runs only beside sexual content (the caller's condition); one lookup per word and one pass for the language.</remarks>
internal static class StageNames
{
    private static readonly Lazy<Dictionary<string, string>> Names = new(Load);

    public static void Detect(TokenizedText text, TermIndex index, SignalSummary into)
    {
        if (into.Has(Signal.RealPerson) || into.Has(Signal.RealPersonHint))
        {
            return;
        }

        var names = Names.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        var n = text.SequenceCount;
        var shown = new LanguageWords();
        for (var i = 0; i < n; i++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[i];
            if (token.SourceEnd - token.SourceStart < 2 || (token.Flags & TokenFlags.Digit) != 0)
            {
                continue;
            }

            if (!names.TryGetValue(text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart), out var language))
            {
                // An Arabic or Hebrew name behind a joined particle (لـإليسا, لإليسا "of Elissa", ושרית): the name as written after
                // the particle and any tatweel (session 25). The stage names are few and listed as written, so no ordinary word
                // is read by this.
                var at = AfterParticle(text.Source, token.SourceStart, token.SourceEnd);
                if (at > token.SourceStart && names.ContainsKey(text.Source.AsSpan(at, token.SourceEnd - at)) && IsWordAlone(text.Source, token.SourceStart, token.SourceEnd))
                {
                    into.Add(Signal.RealPersonHint, text.Source[at..token.SourceEnd], 2, at, token.SourceEnd, PromptField.Prompt);
                    return;
                }

                continue;
            }

            // The name alone (not the first word of "Mina Kimes" or a glued compound): a word boundary on both sides as written.
            if (!IsWordAlone(text.Source, token.SourceStart, token.SourceEnd))
            {
                continue;
            }

            if (IsLatin(text.Source[token.SourceStart]) && !shown.OtherThan(text, i, index.LanguageBits.GetValueOrDefault(language)))
            {
                continue;
            }

            PersonDetector.Emit(text, i, i, into);
            return;
        }
    }

    /// <summary>
    /// Whether a word other than the name is claimed by one language alone. The words are counted per language once for the
    /// prompt, on the first name that asks: a prompt of many repeated names (hostile input) pays one pass, not one per name.
    /// </summary>
    private struct LanguageWords
    {
        private int[]? _counts;

        public bool OtherThan(TokenizedText text, int name, ulong bit)
        {
            if (bit == 0 || !BitOperations.IsPow2(bit))
            {
                return false;
            }

            if (_counts is null)
            {
                _counts = new int[64];
                for (var j = 0; j < text.SequenceCount; j++)
                {
                    WorkCounter.Add(1);
                    var languages = text[j].Languages;
                    if (BitOperations.IsPow2(languages))
                    {
                        _counts[BitOperations.TrailingZeroCount(languages)]++;
                    }
                }
            }

            return _counts[BitOperations.TrailingZeroCount(bit)] - (text[name].Languages == bit ? 1 : 0) > 0;
        }
    }

    /// <summary>Neither a letter nor a digit right before or after the name, and the next word is no capitalised surname.</summary>
    private static bool IsWordAlone(string source, int start, int end)
    {
        if ((start > 0 && char.IsLetterOrDigit(source[start - 1])) || (end < source.Length && char.IsLetterOrDigit(source[end])))
        {
            return false;
        }

        // "Mina Kimes", "Belinda Carlisle": a capitalised word right after makes the name a given name of a full name.
        var p = end;
        if (p < source.Length && source[p] == ' ')
        {
            p++;
        }

        return p == end || p >= source.Length || !char.IsUpper(source[p]);
    }

    private static bool IsLatin(char c) => c < '\u0250';

    /// <summary>
    /// Where a word opened by a one-letter Arabic (ل ب و ف ك) or Hebrew (ל ב ו כ ש מ ה) particle continues after it and any
    /// tatweel (ـ) written to set it off; <paramref name="start"/> when the word opens with no particle or too little follows.
    /// </summary>
    internal static int AfterParticle(string source, int start, int end)
    {
        if (end - start < 4 || source[start] is not ('ل' or 'ب' or 'و' or 'ف' or 'ك' or 'ל' or 'ב' or 'ו' or 'כ' or 'ש' or 'מ' or 'ה'))
        {
            return start;
        }

        var at = start + 1;
        while (at < end && source[at] == '\u0640')
        {
            at++;
        }

        return end - at >= 3 ? at : start;
    }

    private static Dictionary<string, string> Load()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        RuleDataFile.ReadKindRows("stage-names.tsv", cells =>
        {
            if (cells is not [{ Length: > 0 } language, { Length: > 0 } name])
            {
                return false;
            }

            names[name] = language;
            return true;
        });
        return names;
    }
}
