using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// What a named person does or wears when no lexicon term says it (session 29, i16-acts33; Rules/Data/person-act-cues.tsv,
/// written by tools/acts33/person_acts.py): word classes combined by grammar, in the 26 languages. An oral verb whose sense
/// alone is innocent (suck, blasen, kouřit, chupar) with a male partner noun right after it ("sucking a guy off", "bläst einem
/// Typen", "kouří chlapovi"; in verb-final languages right before it): explicit. A covering garment slipped off in one clause
/// ("handdoek afgegleden", "ručník jí spadl"): suggestive; with "everything visible" ("alles zichtbaar", "je vidět všechno"):
/// nudity. "Only" with underwear in one clause ("ブラとパンツだけ", "nur in BH und Slip"), no bra ("بی‌سوتین"), an undressing verb
/// with a garment or clothes in its clause or a reflexive undressing ("zieht gerade das Kleid aus", "옷 벗는"): suggestive; with a
/// hidden camera: nudity. "Not a thread on" ("실오라기 하나 안 걸친", "sans un fil"): nudity. Underwear alone: level 1, which
/// <see cref="PromptRules"/> holds for review beside a named person. A kitchen, dishes or a hanger guard the garment classes
/// (a tea towel falling is no body shown).
/// </summary>
/// <remarks>Read by <see cref="PromptRules"/> only when a real person's name was read and nothing suggestive was, never on an
/// ordinary prompt: one pass over the lower-cased prompt, looking up the cues that start with each character (linear in the
/// prompt for the fixed table).</remarks>
internal static class PersonActs
{
    internal enum Kind
    {
        Oral,
        Partner,
        Garment,
        Slip,
        Reveal,
        Only,
        Underwear,
        Braless,
        Strip,
        Clothes,
        Covert,
        StripSelf,
        Thread,
        SepVerb,
        SepParticle,
        Pose,
        Else,
        Cover,
        Topless,
        Couple,
        Change,
        Leak,
        OralNoun,
        PlaceWord,
        Guard,
    }

    private const int KindCount = (int)Kind.Guard + 1;

    private static readonly string[] KindNames =
        ["oral", "partner", "garment", "slip", "reveal", "only", "underwear", "braless", "strip", "clothes", "covert", "strip-self", "thread", "sep-verb", "sep-particle",
         "pose", "else", "cover", "topless", "couple", "change", "leak", "oral-noun", "place-word", "guard"];

    internal readonly record struct Cue(string Text, Kind Kind, bool WordEnd);

    private readonly record struct Hit(Kind Kind, int Start, int End, int Clause, bool Unspaced);

    private const int MaxHits = 48;

    private static readonly Lazy<Dictionary<char, Cue[]>> Cues = new(Load);

    /// <summary>The level read (0 none, 1 underwear beside the person, 2 suggestive, 4 nudity, 6 explicit) and the words that
    /// said it (start and end in <paramref name="prompt"/>; -1 when none).</summary>
    public static (int Level, int Start, int End) Read(string prompt)
    {
        var n = prompt.Length;
        if (n == 0)
        {
            return (0, -1, -1);
        }

        var lower = InvariantLower.Of(prompt);
        var table = Cues.Value;
        var hits = new List<Hit>(8);
        var clause = 0;
        for (var i = 0; i < n; i++)
        {
            var c = lower[i];
            if (IsClauseBreak(c))
            {
                clause++;
                continue;
            }

            WorkCounter.Add(1);
            if (!table.TryGetValue(c, out var bucket))
            {
                continue;
            }

            if (Cased(c) && i > 0 && char.IsLetterOrDigit(lower[i - 1]))
            {
                continue;
            }

            foreach (var cue in bucket)
            {
                var end = i + cue.Text.Length;
                if (end > n || string.CompareOrdinal(lower, i, cue.Text, 0, cue.Text.Length) != 0)
                {
                    continue;
                }

                if (cue.WordEnd && end < n && char.IsLetterOrDigit(lower[end]))
                {
                    continue;
                }

                hits.Add(new Hit(cue.Kind, i, end, clause, Unspaced(c)));
            }

            if (hits.Count >= MaxHits)
            {
                // The classes are combined pairwise; a prompt with this many cues has said what it says (and a pathological
                // one stays linear).
                break;
            }
        }

        return Combine(hits, lower);
    }

    private static (int, int, int) Combine(List<Hit> hits, string lower)
    {
        var any = new bool[KindCount];
        foreach (var h in hits)
        {
            any[(int)h.Kind] = true;
        }

        var guarded = any[(int)Kind.Guard];
        (int Level, int Start, int End) best = (0, -1, -1);
        void Take(int level, Hit a, Hit b)
        {
            if (level > best.Level)
            {
                best = (level, Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));
            }
        }

        var stripping = false;
        var slipped = false;
        foreach (var a in hits)
        {
            switch (a.Kind)
            {
                case Kind.Thread:
                    Take(4, a, a);
                    break;
                case Kind.Braless:
                    Take(2, a, a);
                    break;
                case Kind.Underwear when !guarded:
                    Take(1, a, a);
                    break;
                case Kind.StripSelf:
                    stripping = true;
                    Take(2, a, a);
                    break;
                case Kind.Topless:
                    Take(2, a, a);
                    break;
                case Kind.OralNoun when EndsClause(lower, a.End) || hits.Exists(h => h.Kind == Kind.PlaceWord && h.Start > a.End && h.Start - a.End <= 1):
                    Take(6, a, a);
                    break;
            }

            foreach (var b in hits)
            {
                if (b.Clause != a.Clause)
                {
                    continue;
                }

                switch (a.Kind, b.Kind)
                {
                    case (Kind.Oral, Kind.Partner) when Near(a, b):
                        Take(6, a, b);
                        break;
                    case (Kind.Garment, Kind.Slip) when !guarded:
                        slipped = true;
                        Take(2, a, b);
                        break;
                    case (Kind.Only, Kind.Underwear):
                        Take(2, a, b);
                        break;
                    case (Kind.Strip, Kind.Garment or Kind.Underwear or Kind.Clothes) when !guarded:
                        stripping = true;
                        Take(2, a, b);
                        break;
                    case (Kind.Couple, Kind.Partner) when Near(a, b):
                        Take(4, a, b);
                        break;
                    case (Kind.Pose, Kind.Underwear or Kind.Garment) when !guarded:
                        Take(2, a, b);
                        break;
                    case (Kind.Else, Kind.Garment or Kind.Cover or Kind.Clothes or Kind.Underwear) when !guarded:
                        Take(4, a, b);
                        break;
                    case (Kind.SepVerb, Kind.SepParticle) when b.Start > a.End && !guarded && HasBetween(hits, a, b):
                        stripping = true;
                        Take(2, a, b);
                        break;
                }
            }
        }

        foreach (var a in hits)
        {
            if (a.Kind == Kind.Reveal && (slipped || stripping || (any[(int)Kind.Garment] && !guarded)))
            {
                Take(4, a, a);
            }
            else if (a.Kind is Kind.Covert or Kind.Leak && (stripping || any[(int)Kind.Change]))
            {
                Take(4, a, a);
            }
            else if (a.Kind is Kind.Covert or Kind.Leak && any[(int)Kind.Underwear])
            {
                Take(2, a, a);
            }
        }

        return best;
    }

    /// <summary>A partner right after the verb (at most one short word between: "sucking a guy off", "quan hệ với hai người đàn ông"; not
    /// "sucking a lemon next to a guy") or, in a verb-final
    /// language, right before it ("एक लड़के का चूस रही"); in a script without spaces anywhere in the clause.</summary>
    private static bool Near(Hit verb, Hit partner) =>
        (partner.Start >= verb.End && partner.Start - verb.End <= 8) || (partner.End <= verb.Start && verb.Start - partner.End <= 6)
        || (verb.Unspaced && partner.Unspaced);

    /// <summary>Thai, kana, Han and Hangul: scripts whose words are not (or not always) set apart by spaces.</summary>
    private static bool Unspaced(char c) => c is >= '\u0E00' and <= '\u0E7F' or >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF';

    /// <summary>Whether nothing but spaces stands between <paramref name="at"/> and the end of its clause.</summary>
    private static bool EndsClause(string lower, int at)
    {
        for (var i = at; i < lower.Length; i++)
        {
            if (IsClauseBreak(lower[i]))
            {
                return true;
            }

            if (!char.IsWhiteSpace(lower[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasBetween(List<Hit> hits, Hit verb, Hit particle)
    {
        foreach (var h in hits)
        {
            if (h.Clause == verb.Clause && h.Start >= verb.End && h.End <= particle.Start && h.Kind is Kind.Garment or Kind.Underwear or Kind.Clothes)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Cased(char c) => c is >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F' or >= '\u0370' and <= '\u04FF';

    private static bool IsClauseBreak(char c) => c is ',' or ';' or '.' or '!' or '?' or ':' or '\n' or '(' or ')' or '|'
        or '、' or '。' or '，' or '；' or '！' or '？' or '：' or '،' or '؛';

    private static Dictionary<char, Cue[]> Load()
    {
        using var reader = RuleDataFile.Open("person-act-cues.tsv");
        return Parse(reader);
    }

    internal static Dictionary<char, Cue[]> Parse(TextReader reader)
    {
        var lists = RuleDataFile.CueLists(reader, "person-act-cues.tsv", KindNames);
        var cues = new List<Cue>();
        for (var k = 0; k < KindCount; k++)
        {
            foreach (var raw in lists[KindNames[k]])
            {
                var text = raw.ToLowerInvariant();
                var wordEnd = text.EndsWith('=');
                cues.Add(new Cue(wordEnd ? text[..^1] : text, (Kind)k, wordEnd));
            }
        }

        return cues.GroupBy(c => c.Text[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }
}
