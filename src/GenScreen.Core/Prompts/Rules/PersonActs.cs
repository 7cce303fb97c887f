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
        Intimate,
        Exposed,
        Gradual,
        Ride,
        Lick,
        Jerk,
        Mutual,
        Fully,
        Bare,
        Hosiery,

        // Session 33 (i16-acts41, act-part-cues.tsv): sexual content said by its parts.
        Count,
        Bed,
        Group,
        UnderwearNone,
        NothingUnder,
        Sheer,
        Wet,
        Wear,
        Domme,
        Mistress,
        Sub,
        Gear,
        Tack,
        Spread,
        OralGuard,
        Guard,
    }

    private const int KindCount = (int)Kind.Guard + 1;

    private static readonly string[] KindNames =
        ["oral", "partner", "garment", "slip", "reveal", "only", "underwear", "braless", "strip", "clothes", "covert", "strip-self", "thread", "sep-verb", "sep-particle",
         "pose", "else", "cover", "topless", "couple", "change", "leak", "oral-noun", "place-word", "intimate", "exposed", "gradual", "ride", "lick", "jerk", "mutual", "fully", "bare", "hosiery",
         "count", "bed", "group", "underwear-none", "nothing-under", "sheer", "wet", "wear", "domme", "mistress", "sub", "gear", "tack", "spread",
         "oral-guard", "guard"];

    /// <summary>A cue; <paramref name="ObjectFirst"/>: its language may put the verb's object before it (German and Dutch
    /// subordinate clauses, the case languages, the verb-final ones), so a partner before an oral or coupling verb is its object
    /// there and its subject elsewhere ("a guy blowing out the candles").</summary>
    internal readonly record struct Cue(string Text, Kind Kind, bool WordEnd, bool ObjectFirst = true);

    private readonly record struct Hit(Kind Kind, int Start, int End, int Clause, bool Unspaced, bool ObjectFirst);

    private const int MaxHits = 48;

    private static readonly Lazy<Dictionary<char, Cue[]>> Cues = new(Load);

    /// <summary>
    /// Session 44 (i16-speed52): the cues of <see cref="Cues"/> (each bucket in its order) in one <see cref="CueTrie"/>, walked
    /// once at a word's start instead of comparing each cue of the place's letter in turn (the buckets of common letters hold
    /// hundreds of the ~4,400 rows); the trie gives the matching rows in the bucket's order, so the hits are the same, in the
    /// same order (docs/performance.md, session 44).
    /// </summary>
    private static readonly Lazy<(Cue[] Rows, CueTrie Trie)> Trie = new(() => BuildTrie(Cues.Value));

    /// <summary>Most cues the trie may find at one place before <see cref="Read"/> compares the place's bucket itself.</summary>
    private const int MaxFound = 64;

    internal static (Cue[] Rows, CueTrie Trie) BuildTrie(Dictionary<char, Cue[]> table)
    {
        Cue[] rows = [.. table.Values.SelectMany(bucket => bucket)];
        return (rows, new CueTrie([.. rows.Select(r => r.Text)]));
    }

    /// <summary>The cues by first letter, as read (tests).</summary>
    internal static Dictionary<char, Cue[]> Table => Cues.Value;

    /// <summary>The level read (0 none, 1 underwear beside the person, 2 suggestive, 4 nudity, 6 explicit) and the words that
    /// said it (start and end in <paramref name="prompt"/>; -1 when none).</summary>
    /// <param name="named">Whether a name was read: "completely" with a bare adjective and "only" with stockings or a sheet
    /// are read only then (session 31: "zupełnie goła ściana" is a bare wall, "nur High Heels im Schaufenster" a shop window,
    /// and beside an adult word alone they would block a strict user's ordinary prompt).</param>
    public static (int Level, int Start, int End) Read(string prompt, bool named = true)
    {
        var n = prompt.Length;
        if (n == 0)
        {
            return (0, -1, -1);
        }

        var lower = InvariantLower.Of(prompt);
        var (rows, trie) = Trie.Value;
        Span<int> found = stackalloc int[MaxFound];
        var hits = new List<Hit>(8);
        var clause = 0;
        for (var i = 0; i < n; i++)
        {
            var c = lower[i];
            if (ClausePunctuation.EndsClause(c))
            {
                clause++;
                continue;
            }

            WorkCounter.Add(1);
            if (!trie.Starts(c))
            {
                continue;
            }

            if (ClausePunctuation.IsCasedLetter(c) && i > 0 && char.IsLetterOrDigit(lower[i - 1]))
            {
                continue;
            }

            // Session 44: the cues that match here by one walk of the trie, in the bucket's order; the bucket compared in turn only
            // if more than MaxFound match at one place (none of the table does).
            var matched = trie.Match(lower, i, found, lowered: true);
            if (matched >= 0)
            {
                foreach (var index in found[..matched])
                {
                    Add(rows[index], lower, i, c, clause, hits);
                }
            }
            else
            {
                foreach (var cue in Cues.Value[c])
                {
                    WorkCounter.Add(1);
                    if (i + cue.Text.Length <= n && string.CompareOrdinal(lower, i, cue.Text, 0, cue.Text.Length) == 0)
                    {
                        Add(cue, lower, i, c, clause, hits);
                    }
                }
            }

            if (hits.Count >= MaxHits)
            {
                // The classes are combined pairwise; a prompt with this many cues has said what it says (and a pathological
                // one stays linear).
                break;
            }
        }

        return Combine(hits, lower, named);
    }

    /// <summary>A cue found at <paramref name="i"/> (its text already compared) makes a hit unless it must end a word and does not.</summary>
    private static void Add(Cue cue, string lower, int i, char c, int clause, List<Hit> hits)
    {
        var end = i + cue.Text.Length;
        if (cue.WordEnd && end < lower.Length && char.IsLetterOrDigit(lower[end]))
        {
            return;
        }

        hits.Add(new Hit(cue.Kind, i, end, clause, Unspaced(c), cue.ObjectFirst));
    }

    private static (int, int, int) Combine(List<Hit> hits, string lower, bool named)
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
                    Take(Gradual(hits, a) ? 4 : 2, a, a);
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
                    case (Kind.Oral, Kind.Partner) when Near(a, b) && !any[(int)Kind.OralGuard]:
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
                        // Session 31 (i16-acts38, stage 2): undressing slowly or piece by piece ("ধীরে ধীরে শাড়ি খুলছে", "慢慢脱下旗袍",
                        // "تخلع بدلة الرقص قطعة قطعة") is a striptease: nudity.
                        stripping = true;
                        Take(Gradual(hits, a) ? 4 : 2, a, b);
                        break;
                    case (Kind.Couple, Kind.Partner) when Near(a, b):
                        Take(4, a, b);
                        break;
                    case (Kind.Pose, Kind.Underwear or Kind.Garment) when !guarded:
                    case (Kind.Pose, Kind.Bed) when !guarded:
                        // Session 44 (i16-verbs52): on all fours on a bed beside a named person ("a cuatro patas en la cama", "na
                        // čtyřech na posteli"): suggestive. A crawl on a rug or a floor has no bed.
                        Take(2, a, b);
                        break;
                    case (Kind.Else, Kind.Garment or Kind.Cover or Kind.Clothes or Kind.Underwear) when !guarded:
                        Take(4, a, b);
                        break;
                    case (Kind.Ride, Kind.Partner) when Adjacent(a, b):
                        // Stage 2 (batch 39): riding a partner ("تركب على زوجها", "erkeğin kucağında hoplıyor"): explicit.
                        // Only right beside it: "riding with her husband" and "riding a bike" are no act.
                        Take(6, a, b);
                        break;
                    case (Kind.Lick or Kind.Jerk, Kind.Mutual) when Close(a, b):
                    case (Kind.Jerk, Kind.Partner) when Near(a, b):
                        // Stage 2: licking or jerking each other ("se navzájem lížou", "se branlent mutuellement"): explicit.
                        Take(6, a, b);
                        break;
                    case (Kind.Fully, Kind.Bare) when named && Close(a, b):
                        // Stage 2: "zupełnie goła" (goła is also a bare wall; "completely" says the body): nudity.
                        Take(4, a, b);
                        break;
                    case (Kind.Only, Kind.Hosiery or Kind.Cover) when named && !guarded && Close(a, b):
                        // Stage 2: only stockings, tights, heels or a sheet ("у самих панчохах", "רק עם גרביונים", "ملفوفة
                        // بشرشف بس"): nudity, as "and nothing else" is.
                        Take(4, a, b);
                        break;
                    case (Kind.Intimate, Kind.Exposed) when !guarded && Close(a, b):
                        // Session 31 (i16-acts38): a body part whose only sense is the intimate one and an exposure state, in
                        // either order ("Brüste raus", "s holými prsy", "seins à moitié sortis", "se le ven los pezones",
                        // "乳房が丸出し"): nudity. A nursing mother, a mammogram or a chicken breast guards it.
                        Take(4, a, b);
                        break;
                    case (Kind.SepVerb, Kind.SepParticle) when b.Start > a.End && !guarded && HasBetween(hits, a, b):
                        stripping = true;
                        Take(2, a, b);
                        break;
                }
            }
        }

        ReadParts(hits, any, guarded, Take);

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

    /// <summary>Session 33 (i16-acts41): sexual content said by its parts (act-part-cues.tsv, tools/acts41/act_parts.py), each a
    /// pair of weak cues no one of which is sexual alone. A group-sex count word (3P, threesome, 쓰리섬) or a count of men with a bed
    /// in one clause ("丘みどりと男二人の3P", "दो मर्दों के साथ बिस्तर पर", "บนเตียงกับผู้ชายสองคน"; "two men at a bar" has no bed): explicit.
    /// Underwear said absent or "nothing underneath" with a worn garment, a wet or a sheer word anywhere in the prompt ("ไม่ใส่ชั้นใน",
    /// "không mặc đồ lót", "ما تحته شي"; a table with nothing underneath has no garment): nudity; underwear absent alone:
    /// suggestive. A see-through garment with a wet word, a body part, "nothing underneath", no bra or "everything visible"
    /// ("濡れて透けた", "เปียกโชกจนเห็นทะลุ"; a transparent vase has no garment), and a wet top with no bra: nudity. A dominant or
    /// submissive role with a BDSM instrument or the other role (domina + Peitsche, mistress + slave), and a dominant role that is
    /// also an ordinary word (mistress, maîtresse, 女王様) with two instruments (女王様 + ムチ + ハイヒールで踏), unless a horse, a dog
    /// or a laboratory is in the prompt: nudity-level, so `strict` blocks it. Legs spread with lingerie, stockings, a bed or an
    /// intimate part: nudity-level.</summary>
    private static void ReadParts(List<Hit> hits, bool[] any, bool guarded, Action<int, Hit, Hit> take)
    {
        var garmentWorn = any[(int)Kind.Wear] || any[(int)Kind.Garment] || any[(int)Kind.Clothes] || any[(int)Kind.Underwear];
        foreach (var a in hits)
        {
            switch (a.Kind)
            {
                case Kind.Group:
                    take(6, a, a);
                    break;
                case Kind.Count:
                    foreach (var b in hits)
                    {
                        if (b.Kind == Kind.Bed && b.Clause == a.Clause)
                        {
                            take(6, a, b);
                        }
                    }

                    break;
                case Kind.UnderwearNone when !guarded:
                    take(garmentWorn || any[(int)Kind.Sheer] || any[(int)Kind.Wet] ? 4 : 2, a, a);
                    break;
                case Kind.NothingUnder or Kind.Else when !guarded && (garmentWorn || any[(int)Kind.Sheer] || any[(int)Kind.Wet]):
                    take(4, a, a);
                    break;
                case Kind.Sheer when !guarded && garmentWorn && (any[(int)Kind.Wet] || any[(int)Kind.Intimate] || any[(int)Kind.NothingUnder]
                                                                  || any[(int)Kind.Else] || any[(int)Kind.UnderwearNone] || any[(int)Kind.Braless]
                                                                  || any[(int)Kind.Reveal]):
                    take(4, a, a);
                    break;
                case Kind.Wet when !guarded && any[(int)Kind.Wear] && any[(int)Kind.Braless]:
                    take(4, a, a);
                    break;
                case Kind.Domme or Kind.Sub when !any[(int)Kind.Tack] && (any[(int)Kind.Gear] || (any[(int)Kind.Sub] && a.Kind != Kind.Sub)):
                    take(4, a, a);
                    break;
                case Kind.Mistress when !any[(int)Kind.Tack] && (any[(int)Kind.Sub] || GearPieces(hits) >= 2):
                    // A mistress, a maîtresse or a queen is also a teacher, a lover or a monarch: one piece may be her necklace
                    // (collier, Halsband), so two, as SexualStatements (session 26) asks of a dominant role.
                    take(4, a, a);
                    break;
                case Kind.Spread when any[(int)Kind.Underwear] || any[(int)Kind.Bed] || any[(int)Kind.Hosiery] || any[(int)Kind.Intimate]:
                    take(4, a, a);
                    break;
            }
        }

    }

    /// <summary>Distinct instruments: gear cues that do not overlap (latex + whip is two; "riding crop" is one).</summary>
    private static int GearPieces(List<Hit> hits)
    {
        var pieces = 0;
        var lastEnd = -1;
        foreach (var h in hits)
        {
            if (h.Kind == Kind.Gear && h.Start >= lastEnd)
            {
                pieces++;
                lastEnd = h.End;
            }
        }

        return pieces;
    }

    /// <summary>A partner right after the verb (at most one short word between: "sucking a guy off", "quan hệ với hai người đàn ông"; not
    /// "sucking a lemon next to a guy") or, in a verb-final
    /// language, right before it ("एक लड़के का चूस रही"); in a script without spaces anywhere in the clause.
    /// Session 31 (i16-acts38): before the verb too with one short word between ("einem Typen einen bläst", 7 characters).</summary>
    private static bool Near(Hit verb, Hit partner) =>
        (partner.Start >= verb.End && partner.Start - verb.End <= 8) || (verb.ObjectFirst && partner.End <= verb.Start && verb.Start - partner.End <= 8)
        || (verb.Unspaced && partner.Unspaced);

    /// <summary>A body part and its exposure state at most two short words apart, in either order ("seins à moitié sortis",
    /// "göğüsleri yarı dışarıda", "se le ven los pezones"); anywhere in the clause in a script without spaces.</summary>
    private static bool Close(Hit part, Hit state) =>
        (state.Start >= part.End && state.Start - part.End <= 14) || (part.Start >= state.End && part.Start - state.End <= 14)
        || (part.Unspaced && state.Unspaced);

    /// <summary>A partner right after a riding verb ("rides her husband", "تركب على زوجها") or, in an object-first language,
    /// right before it ("erkeğin kucağında hoplıyor").</summary>
    private static bool Adjacent(Hit verb, Hit partner) =>
        (partner.Start >= verb.End && partner.Start - verb.End <= 1) || (verb.ObjectFirst && partner.End <= verb.Start && verb.Start - partner.End <= 1)
        || (verb.Unspaced && partner.Unspaced);

    /// <summary>Whether a "slowly" or "piece by piece" word stands in the clause of <paramref name="verb"/>.</summary>
    private static bool Gradual(List<Hit> hits, Hit verb) => hits.Exists(h => h.Kind == Kind.Gradual && h.Clause == verb.Clause);

    /// <summary>Thai, kana, Han and Hangul: scripts whose words are not (or not always) set apart by spaces.</summary>
    private static bool Unspaced(char c) => c is >= '\u0E00' and <= '\u0E7F' or >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF';

    /// <summary>Whether nothing but spaces stands between <paramref name="at"/> and the end of its clause.</summary>
    private static bool EndsClause(string lower, int at)
    {
        for (var i = at; i < lower.Length; i++)
        {
            if (ClausePunctuation.EndsClause(lower[i]))
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

    private static Dictionary<char, Cue[]> Load()
    {
        // Session 31 (i16-acts38): act-order-cues.tsv (tools/acts38/act_order.py) adds its kinds to the acts33 table.
        // Session 33 (i16-acts41): act-part-cues.tsv (tools/acts41/act_parts.py) adds the parts read by ReadParts.
        // Session 42 (i16-acts50): act-construction-cues.tsv (tools/acts50/act_cues.py) adds swimsuits, wrap cloths and shirts
        // to the garments, a garment coming off, the verbs of showing through, a garment just taken off, nightwear that is
        // lingerie, and reflexive undressing without its pronoun beside it, to the kinds the combinations above already read.
        // Session 44 (i16-verbs52): verb-act-cues.tsv (tools/verbs52/lexicon.py) adds Turkish all-fours poses.
        using var joined = RuleDataFile.Joined("person-act-cues.tsv", "act-order-cues.tsv", "act-part-cues.tsv", "act-construction-cues.tsv",
            "verb-act-cues.tsv");
        return Parse(joined);
    }

    /// <summary>Languages whose object may stand before its verb (session 31, i16-acts38: "einem Typen einen bläst", "мужу
    /// делает", "bir adama"); an English, Romance, Scandinavian, Semitic or South-East Asian partner before the verb is its
    /// subject.</summary>
    private static readonly HashSet<string> ObjectFirstLanguages = ["de", "nl", "tr", "fa", "hi", "bn", "ja", "ko", "pl", "cs", "ru", "uk", "el"];

    internal static Dictionary<char, Cue[]> Parse(TextReader reader) =>
        KindCueRows.ByFirstChar(
            KindCueRows.Read(reader, KindNames, "person-act cues").Select(r => new Cue(r.Text, (Kind)r.Kind, r.WordEnd, ObjectFirstLanguages.Contains(r.Language))),
            c => c.Text);
}
