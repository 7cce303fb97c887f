using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>What a word or phrase of Rules/Data/child-statements.tsv does in a statement (<see cref="ChildStatements"/>).</summary>
[Flags]
internal enum ChildStatementKinds : ulong
{
    None = 0,
    NotYet = 1 << 0,
    TooSmall = 1 << 1,
    TooShort = 1 << 2,
    Negation = 1 << 3,
    Yet = 1 << 4,
    Skill = 1 << 5,
    Shared = 1 << 6,
    Reach = 1 << 7,
    GrownUps = 1 << 8,
    Apart = 1 << 9,
    Other = 1 << 10,
    Carry = 1 << 11,
    Parent = 1 << 12,
    Smallest = 1 << 13,
    Object = 1 << 14,
    Adult = 1 << 15,
    Relative = 1 << 16,
    Purpose = 1 << 17,
    Care = 1 << 18,
    Permission = 1 << 19,
    Permitted = 1 << 20,
    Thing = 1 << 21,
    Offspring = 1 << 22,
    Article = 1 << 23,
    Possessive = 1 << 24,
    Definite = 1 << 25,
    Reward = 1 << 26,
    Boost = 1 << 27,
    ReachTo = 1 << 28,
    Bringer = 1 << 29,
    Ritual = 1 << 30,
    Someone = 1u << 31,
    Owned = 1ul << 32,
    Pronoun = 1ul << 33,
    Benefactive = 1ul << 34,
    Kin = 1ul << 35,

    /// <summary>Session 23: what a grown-up reaches standing (a washbasin, a light switch, a tap): a stool or tiptoe to reach one is a child's reach.</summary>
    Low = 1ul << 36,

    /// <summary>Session 23: a grown-up's knee, legs or waist beside a parent word (mum's knee, Mamas Beinen, 엄마 다리): the scale of a small child.</summary>
    Body = 1ul << 37,

    /// <summary>Session 23: a genitive linker between a body word and its owner after it (genou de sa mère, τα πόδια της μαμάς, הברך של אמא).</summary>
    Of = 1ul << 38,

    /// <summary>
    /// Session 24: an onlooker's act (watches, films, waves, cheers, claps, calls, runs behind) after a parent heading a clause
    /// that is not the prompt's first (<c>…, mama zwaait</c>, <c>…, papa filme</c>): the parent watches the subject, so is hers.
    /// </summary>
    Watch = 1ul << 39,

    /// <summary>
    /// Session 27 (lead): a picture noun (portrait, photo, painting, statue) right before a parent, across "of" and an article
    /// (<c>retrato de la abuela</c>, <c>Porträt der Oma</c>, <c>דיוקן של אמא</c>): the parent is the one the picture shows, not
    /// the subject's.
    /// </summary>
    Picture = 1ul << 40,

    /// <summary>Session 30 (i16-children36): a first-time word (first time, zum ersten Mal, 第一次, 처음으로): with a milestone, a hint.</summary>
    First = 1ul << 41,

    /// <summary>Session 30: a milestone of early childhood (shoelaces, a milk tooth, a day of kindergarten, a bike without training wheels).</summary>
    Milestone = 1ul << 42,

    /// <summary>Session 30: a character of children's media (Doraemon, Peppa, Paw Patrol, Elsa, 뽀로로): with the child's gear, a hint.</summary>
    Character = 1ul << 43,

    /// <summary>Session 30: a thing of the child's own gear that a character is printed on (water flask, lunchbox, backpack, pyjamas).</summary>
    Gear = 1ul << 44,

    /// <summary>Session 30: a baby-fat word (chubby, pudgy, paffute, 胖乎乎, 통통한): with a small body part beside it, a hint.</summary>
    Plump = 1ul << 45,

    /// <summary>Session 30: a small body part (hands, fingers, cheeks, ручки, 小手).</summary>
    Limb = 1ul << 46,

    /// <summary>Session 31 (i16-children38): a carer's act that takes another person as its object by its sense (lifts her up,
    /// spoon-feeds, buckles into the car seat, tucks in, pushes on the swing, carries on the shoulders, تطعمها, 把她抱起来): beside a
    /// parent it is her care of the subject, and a parent heading the prompt who does it is the subject's, not the one described.</summary>
    Tend = 1ul << 47,

    /// <summary>Session 31: an object clitic or pronoun of a third person (es <c>la</c>, <c>le</c>, <c>lo</c>; it <c>la</c>, <c>gli</c>; fr
    /// <c>la</c>, <c>l</c>; de <c>sie</c>, <c>ihn</c>; nl <c>haar</c>): right after a parent (Romance <c>mamá le ata</c>) or after her verb (V2
    /// <c>Oma schiebt sie</c>, <c>papa tilt haar op</c>) the parent acts on another, the one described.</summary>
    Clitic = 1ul << 48,

    /// <summary>Session 31: an object pronoun of a V2 language after the parent's verb (de <c>sie</c>, <c>ihn</c>; nl <c>haar</c>, <c>hem</c>;
    /// sv <c>henne</c>, <c>honom</c>): <c>Oma schiebt sie</c>, <c>papa tilt haar op</c>. Read only there: <c>sie</c> is also "they".</summary>
    VerbObject = 1ul << 49,

    /// <summary>Session 32 (i16-para40): the subject itself as the standard of a comparison (<c>than herself</c>, <c>als sie selbst</c>,
    /// <c>que ela</c>, <c>od niej samej</c>, <c>از خودش</c>, <c>নিজের চেয়ে</c>, <c>dari badannya</c>, <c>体より</c>, <c>比自己</c>, <c>몸보다</c>):
    /// with a size word beside it (<see cref="Oversize"/>), the subject is smaller than one of its own things, a hint.</summary>
    Self = 1ul << 50,

    /// <summary>Session 32: a size comparative (bigger, taller, größer, plus grand, maior, больше, büyük, أكبر, बड़ा, 大きい, 还大, 큰):
    /// read only beside <see cref="Self"/>.</summary>
    Oversize = 1ul << 51,

    /// <summary>Session 37 (i16-minors45): a carer's verb of feeding, pushing or holding (feeds, füttert, кормит, pushes, hält,
    /// يطعم, ป้อน, 喂): read only with a <see cref="CareTool"/> near it after a parent, the two making a tending act by its parts.</summary>
    CareVerb = 1ul << 52,

    /// <summary>Session 37: what that verb works on when its object is a small child: a little spoon, a swing, a bicycle's saddle,
    /// a sledge (Löffelchen, ложечки, la balançoire, le sellino, 秋千): the verb and the tool, in either order and with other
    /// words between (<c>бабушка кормит манной кашей с ложечки</c>), say the carer acts on the unnamed subject.</summary>
    CareTool = 1ul << 53,

    /// <summary>Session 40 (i16-minors48): out with a grandparent, said with the companion adposition the way a child says it (with
    /// grandpa, mit Oma, z dziadkiem, с бабушкой, दादी के साथ, おばあちゃんと一緒に, 할머니랑 같이, 跟着爷爷): one child hint, read as a
    /// <see cref="Thing"/> is; the grandparent inside it is the subject's companion, never the one described (a Japanese or Korean
    /// grandparent heading the prompt with the companion particle after her).</summary>
    Companion = 1ul << 54,

    /// <summary>Session 44 (i16-minors52): Mother's or Father's Day by name (Mother's Day, fête des mères, Muttertag, عيد الأم,
    /// 母の日, 어버이날): the parent word inside the day's name is no adult marker of the one described; no hint alone (a Mother's
    /// Day boudoir shoot is an adult's). What a small child makes for the day is a <see cref="Thing"/> row.</summary>
    ParentsDay = 1ul << 55,
}

/// <summary>The loaded table of <see cref="ChildStatements"/> (<see cref="ClauseTable{TKinds}"/>), and a word's kinds for the clause's own cutting.</summary>
internal sealed class ChildStatementTable : ClauseTable<ChildStatementKinds>
{
    /// <summary>Kinds whose words set off the reading of their clause; the others (negations, skills, adults) are common words read only there.</summary>
    private const ChildStatementKinds TriggerKinds = ChildStatementKinds.NotYet | ChildStatementKinds.TooSmall | ChildStatementKinds.TooShort
        | ChildStatementKinds.Yet | ChildStatementKinds.Reach | ChildStatementKinds.GrownUps | ChildStatementKinds.Parent
        | ChildStatementKinds.Smallest | ChildStatementKinds.Object | ChildStatementKinds.Permission | ChildStatementKinds.Thing
        | ChildStatementKinds.Reward | ChildStatementKinds.Boost | ChildStatementKinds.Bringer | ChildStatementKinds.Someone
        | ChildStatementKinds.First | ChildStatementKinds.Character | ChildStatementKinds.Plump | ChildStatementKinds.Self
        | ChildStatementKinds.Companion | ChildStatementKinds.ParentsDay;

    /// <summary>The Turkish rows alone, looked up again with a word's case, possessive and plural endings taken off (<see cref="TurkishSuffixes"/>).</summary>
    private readonly Dictionary<string, ChildStatementKinds> _turkish;

    /// <summary>Words of a Turkish phrase read with an ending on its last word (<c>okul servisini</c>: two).</summary>
    private const int TurkishPhraseWords = 2;

    /// <summary>
    /// Session 22 (i16-para23): stems (a row ending in <c>*</c>, one word): any word that starts with one is read as its row,
    /// so a thing of a child's day is read in every case, number and compound of an inflecting language (<c>nočník*</c>:
    /// nočníku, nočníkem; <c>schnuller*</c>: Schnullerkette; <c>нарукавник*</c>: нарукавниках) without a row per form.
    /// </summary>
    private readonly Dictionary<string, ChildStatementKinds> _stems;

    /// <summary>Longest stem, in letters (a word is looked up by its prefixes from this length down to <see cref="MinStem"/>).</summary>
    private readonly int _longestStem;

    /// <summary>Shortest stem: a shorter one would start too many unrelated words.</summary>
    public const int MinStem = 4;

    private ChildStatementTable(ClauseTableRows<ChildStatementKinds> rows, Dictionary<string, ChildStatementKinds> turkish, Dictionary<string, ChildStatementKinds> stems)
        : base(rows)
    {
        _turkish = turkish;
        _stems = stems;
        _longestStem = stems.Count == 0 ? 0 : stems.Keys.Max(k => k.Length);
    }

    /// <summary>A table match at a word: its kinds, how many words it spans and its text (the evidence term).</summary>
    public readonly record struct Found(ChildStatementKinds Kinds, int Words, string? Term);

    /// <summary>
    /// Thai and the CJK and Hangul blocks: text written without spaces between words (Korean has spaces, but its particles are
    /// glued to the word), looked for inside a clause.
    /// </summary>
    public static bool IsUnspaced(char c) => ClauseWords.IsUnspaced(c);

    /// <summary>The longest entry starting at word <paramref name="i"/> (lower-cased, one space between words, ’ read as ').</summary>
    public Found Longest(string source, ReadOnlySpan<(int Start, int End)> words, int i, int count, bool turkish = false)
    {
        var (kinds, n, term) = LongestEntry(source, words, i, count);
        if (kinds == ChildStatementKinds.Gear && turkish && n < TurkishPhraseWords && TurkishRow(source, words, i, count, minWords: n + 1) is { Kinds: not ChildStatementKinds.None } longer)
        {
            // A gear word (an everyday thing, a child's only beside a children's character) never hides a longer Turkish row with
            // its endings: pastel boya-lar (crayons) over the Spanish gear word pastel, a cake (sealed batch 36, session 30 merge).
            return longer;
        }

        if (kinds != ChildStatementKinds.None)
        {
            // Session 23: a word listed as it stands that a stem of another kind also reads (umywalki, a reach; umywal*, a washbasin
            // a grown-up reaches standing) is read as both.
            if (n == 1 && _longestStem > 0 && Stem(source.AsSpan(words[i].Start, words[i].End - words[i].Start)) is { } also)
            {
                kinds |= _stems[also];
            }

            return new Found(kinds, n, term);
        }

        if (_longestStem > 0 && Stem(source.AsSpan(words[i].Start, words[i].End - words[i].Start)) is { } stem)
        {
            return new Found(_stems[stem], 1, stem);
        }

        return turkish ? TurkishRow(source, words, i, count, minWords: 1) : default;
    }

    /// <summary>A Turkish row with its endings (kum havuzu-nda, kumbara-sı-na, oku-yamıyor) of at least <paramref name="minWords"/>
    /// words starting at word <paramref name="i"/>: TurkishSuffixes.</summary>
    private Found TurkishRow(string source, ReadOnlySpan<(int Start, int End)> words, int i, int count, int minWords)
    {
        Span<char> key = stackalloc char[ClauseWords.MaxKey];
        var rows = _turkish.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var m = Math.Min(TurkishPhraseWords, count - i); m >= minWords; m--)
        {
            var length = ClauseWords.WriteKey(source, words, i, m, key);
            if (length >= 0 && TurkishSuffixes.Find(key[..length], rows) is { } stemmed)
            {
                // A Turkish parent with an ending (öğretmen-in-den, babaanne-si-nin) is someone's: owned by its form (session 21).
                var kinds2 = (stemmed.Kinds & ChildStatementKinds.Parent) != 0 ? stemmed.Kinds | ChildStatementKinds.Owned : stemmed.Kinds;
                return new Found(kinds2, m, stemmed.Term);
            }
        }

        return default;
    }

    /// <summary>The longest stem <paramref name="word"/> starts with (compared lower-cased, the word longer than the stem), or null.</summary>
    internal string? Stem(ReadOnlySpan<char> word)
    {
        if (word.Length <= MinStem || word.Length > ClauseWords.MaxKey)
        {
            return null;
        }

        Span<char> key = stackalloc char[ClauseWords.MaxKey];
        var written = InvariantLower.Write(word, key);
        var stems = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var n = Math.Min(written - 1, _longestStem); n >= MinStem; n--)
        {
            WorkCounter.Add(1);
            if (stems.TryGetValue(key[..n], out var stem, out _))
            {
                return stem;
            }
        }

        return null;
    }

    /// <summary>The kinds of one word (lower-cased here), or none.</summary>
    public ChildStatementKinds KindsOf(ReadOnlySpan<char> word)
    {
        Span<char> key = stackalloc char[ClauseWords.MaxKey];
        if (word.Length > ClauseWords.MaxKey)
        {
            return ChildStatementKinds.None;
        }

        var written = InvariantLower.Write(word, key);
        return TryGetSpaced(key[..written], out var kinds) ? kinds : ChildStatementKinds.None;
    }

    public static ChildStatementTable Load()
    {
        // The Turkish rows are also kept apart (the row's language cell), to be read with their endings.
        var turkish = new Dictionary<string, ChildStatementKinds>(StringComparer.Ordinal);
        var stems = new Dictionary<string, ChildStatementKinds>(StringComparer.Ordinal);
        var rows = ClauseTableRows<ChildStatementKinds>.Read("child-statements.tsv", KindOf, TriggerKinds, (rows, text, kind, line) =>
        {
            // A trailing * marks a stem of one word (session 22): any longer word that starts with it.
            if (text.EndsWith('*'))
            {
                var stem = text[..^1];
                if (stem.Length < MinStem || stem.Contains(' '))
                {
                    throw new InvalidDataException($"child-statements.tsv: a stem is one word of at least {MinStem} letters: '{line}'.");
                }

                if (rows.IsTrigger(kind))
                {
                    rows.Triggers.Add(stem);
                    rows.PrefixTriggers.Add(stem);
                }

                stems[stem] = stems.GetValueOrDefault(stem) | kind;
                return true;
            }

            if (line.AsSpan(line.IndexOf('\t') + 1).StartsWith("tr\t", StringComparison.Ordinal))
            {
                turkish[text] = turkish.GetValueOrDefault(text) | kind;
            }

            return false;
        });
        return new(rows, turkish, stems);
    }

    private static ChildStatementKinds? KindOf(ReadOnlySpan<char> name) => name switch
    {
        "not-yet" => ChildStatementKinds.NotYet,
        "too-small" => ChildStatementKinds.TooSmall,
        "too-short" => ChildStatementKinds.TooShort,
        "negation" => ChildStatementKinds.Negation,
        "yet" => ChildStatementKinds.Yet,
        "skill" => ChildStatementKinds.Skill,
        "shared" => ChildStatementKinds.Shared,
        "reach" => ChildStatementKinds.Reach,
        "grown-ups" => ChildStatementKinds.GrownUps,
        "apart" => ChildStatementKinds.Apart,
        "other" => ChildStatementKinds.Other,
        "carry" => ChildStatementKinds.Carry,
        "parent" => ChildStatementKinds.Parent,
        "smallest" => ChildStatementKinds.Smallest,
        "object" => ChildStatementKinds.Object,
        "adult" => ChildStatementKinds.Adult,
        "relative" => ChildStatementKinds.Relative,
        "purpose" => ChildStatementKinds.Purpose,
        "care" => ChildStatementKinds.Care,
        "permission" => ChildStatementKinds.Permission,
        "permitted" => ChildStatementKinds.Permitted,
        "thing" => ChildStatementKinds.Thing,
        "offspring" => ChildStatementKinds.Offspring,
        "article" => ChildStatementKinds.Article,
        "possessive" => ChildStatementKinds.Possessive,
        "definite" => ChildStatementKinds.Definite,
        "reward" => ChildStatementKinds.Reward,
        "boost" => ChildStatementKinds.Boost,
        "reach-to" => ChildStatementKinds.ReachTo,
        "bringer" => ChildStatementKinds.Bringer,
        "ritual" => ChildStatementKinds.Ritual,
        "someone" => ChildStatementKinds.Someone,
        "owned" => ChildStatementKinds.Owned,
        "pronoun" => ChildStatementKinds.Pronoun,
        "benefactive" => ChildStatementKinds.Benefactive,
        "kin" => ChildStatementKinds.Kin,
        "low" => ChildStatementKinds.Low,
        "body" => ChildStatementKinds.Body,
        "of" => ChildStatementKinds.Of,
        "watch" => ChildStatementKinds.Watch,
        "picture" => ChildStatementKinds.Picture,
        "first" => ChildStatementKinds.First,
        "milestone" => ChildStatementKinds.Milestone,
        "character" => ChildStatementKinds.Character,
        "gear" => ChildStatementKinds.Gear,
        "plump" => ChildStatementKinds.Plump,
        "limb" => ChildStatementKinds.Limb,
        "tend" => ChildStatementKinds.Tend,
        "care-verb" => ChildStatementKinds.CareVerb,
        "care-tool" => ChildStatementKinds.CareTool,
        "clitic" => ChildStatementKinds.Clitic,
        "verb-object" => ChildStatementKinds.VerbObject,
        "self" => ChildStatementKinds.Self,
        "oversize" => ChildStatementKinds.Oversize,
        "companion" => ChildStatementKinds.Companion,
        "parents-day" => ChildStatementKinds.ParentsDay,
        _ => null,
    };
}
